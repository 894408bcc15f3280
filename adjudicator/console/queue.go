package console

import (
	"fmt"
	"maps"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/claimsledger/claims/adjudicator/chain"
	"github.com/claimsledger/claims/adjudicator/service"
)

// PageSize is how many claims a queue page lists.
const PageSize = 25

type queueRow struct {
	Pos        string
	ClaimID    string
	NPI        string
	HeldCents  int64
	Score      int
	Signals    []string
	BatchID    uint64
	PendedAt   string
	Age        string
	Resolvable bool
	State      string
}

type signalChoice struct {
	Code    string
	Checked bool
}

type queueData struct {
	Rows     []queueRow
	Total    int // in the queue, before filtering
	Matching int
	Page     int
	Pages    int
	PrevURL  string
	NextURL  string
	Signals  []signalChoice
	NPI      string
	MinHeld  string
	Age      string
	AgeUnit  string
	Sort     string
	Sorts    []string
	Error    string
	Now      string
	Unpub    int
}

// queueFilterOf reads the queue's form: signal (repeated), npi, min_held (dollars), age with
// age_unit (hours or days), sort, page.
func queueFilterOf(q url.Values) (service.QueueFilter, int, error) {
	f := service.QueueFilter{NPI: strings.TrimSpace(q.Get("npi")), Sort: q.Get("sort")}
	for _, s := range q["signal"] {
		if s = strings.TrimSpace(s); s != "" {
			f.Signals = append(f.Signals, s)
		}
	}
	var err error
	if f.MinHeldCents, err = parseCents(q.Get("min_held")); err != nil {
		return f, 1, fmt.Errorf("minimum held: %w", err)
	}
	if a := strings.TrimSpace(q.Get("age")); a != "" {
		n, err := strconv.Atoi(a)
		if err != nil || n < 0 || n > 100000 {
			return f, 1, fmt.Errorf("pended longer than: %q is not a whole number", a)
		}
		unit := time.Hour
		if q.Get("age_unit") == "days" {
			unit = 24 * time.Hour
		}
		f.MinAge = time.Duration(n) * unit
	}
	if err := f.Check(); err != nil {
		return f, 1, err
	}
	page := 1
	if p := q.Get("page"); p != "" {
		if page, err = strconv.Atoi(p); err != nil || page < 1 {
			page = 1
		}
	}
	return f, page, nil
}

func (s *Server) queuePage(w http.ResponseWriter, r *http.Request, u who) {
	q := r.URL.Query()
	d := queueData{NPI: q.Get("npi"), MinHeld: q.Get("min_held"), Age: q.Get("age"), AgeUnit: q.Get("age_unit"),
		Sort: q.Get("sort"), Sorts: service.QueueSorts}
	if d.Sort == "" {
		d.Sort = "window"
	}
	if d.AgeUnit == "" {
		d.AgeUnit = "hours"
	}
	f, page, ferr := queueFilterOf(q)
	if ferr != nil {
		d.Error = ferr.Error()
		f = service.QueueFilter{}
	}
	err := s.cache.with(r.Context(), func(rv *service.Review) error {
		items, err := rv.Queue(r.Context())
		if err != nil {
			return err
		}
		now := rv.Now()
		d.Now, d.Total, d.Unpub = now.Format(time.RFC3339), len(items), rv.Unpublished()
		seen := map[string]bool{}
		for _, it := range items {
			for _, c := range service.SignalsOf(it) {
				seen[c] = true
			}
		}
		for _, c := range f.Signals {
			seen[strings.ToUpper(c)] = true
		}
		for _, c := range slices.Sorted(maps.Keys(seen)) {
			d.Signals = append(d.Signals, signalChoice{Code: c, Checked: slices.ContainsFunc(f.Signals, func(s string) bool { return strings.EqualFold(s, c) })})
		}
		kept, err := f.Apply(items, now)
		if err != nil {
			return err
		}
		d.Matching = len(kept)
		d.Pages = max(1, (len(kept)+PageSize-1)/PageSize)
		d.Page = min(page, d.Pages)
		for _, it := range kept[min((d.Page-1)*PageSize, len(kept)):min(d.Page*PageSize, len(kept))] {
			d.Rows = append(d.Rows, rowOf(it, now))
		}
		return nil
	})
	if err != nil {
		s.log.Error("queue", "err", err)
		s.fail(w, r, http.StatusServiceUnavailable, u, "The queue could not be read from the chain and the decisions topic; try again shortly.")
		return
	}
	if d.Page > 1 {
		d.PrevURL = pageURL(q, d.Page-1)
	}
	if d.Page < d.Pages {
		d.NextURL = pageURL(q, d.Page+1)
	}
	s.render(w, r, http.StatusOK, "queue", u, "Review queue", d)
}

func pageURL(q url.Values, page int) string {
	c := url.Values{}
	for k, v := range q {
		c[k] = v
	}
	c.Set("page", strconv.Itoa(page))
	return Prefix + "/queue?" + c.Encode()
}

func rowOf(it service.ReviewItem, now time.Time) queueRow {
	d := it.Decided
	row := queueRow{Pos: posString(d.Source), ClaimID: d.Decision.ClaimID, NPI: d.Decision.BillingNPI, HeldCents: d.Decision.HeldCents,
		Score: service.ScoreOf(it), Signals: service.SignalsOf(it), BatchID: d.Batch.Event.BatchID, Resolvable: it.Resolvable(now)}
	if !it.PendedAt.IsZero() {
		row.PendedAt = it.PendedAt.Format(time.RFC3339)
		row.Age = ageString(now.Sub(it.PendedAt))
	}
	switch {
	case row.Resolvable:
		row.State = "resolvable"
	case it.BatchInfo.Status == chain.BatchFrozenStatus:
		row.State = "batch frozen"
	default:
		row.State = "window open until " + it.WindowClosesAt().Format(time.RFC3339)
	}
	return row
}

func ageString(d time.Duration) string {
	switch {
	case d < time.Hour:
		return fmt.Sprintf("%d min", int(d/time.Minute))
	case d < 48*time.Hour:
		return fmt.Sprintf("%d h", int(d/time.Hour))
	default:
		return fmt.Sprintf("%d days", int(d/(24*time.Hour)))
	}
}
