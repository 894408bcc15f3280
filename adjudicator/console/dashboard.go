package console

import (
	"fmt"
	"maps"
	"net/http"
	"slices"
	"strconv"
	"time"

	"github.com/claimsledger/claims/adjudicator/chain"
	"github.com/claimsledger/claims/adjudicator/service"
)

// The dashboard's charts are SVG drawn on the server: bars whose geometry is computed here in
// integers, each chart with role="img", a <title>, a <desc> and the same figures as a table.

// MaxBatchesCharted is how many of the latest batches the flags chart shows.
const MaxBatchesCharted = 30

const (
	chartW, chartH = 640, 240
	plotL, plotB   = 48, 200 // left edge and baseline of the plot area
	plotT          = 16
)

type bar struct {
	X, Y, W, H int
	Fill       string
	Label      string // the bar's value, for its <title>
}

type tick struct {
	X, Y  int
	Label string
}

type chart struct {
	ID     string
	Title  string
	Desc   string
	W, H   int
	Bars   []bar
	XTicks []tick
	YTicks []tick
	Legend []legendItem
	// Head and Rows are the table alternative.
	Head []string
	Rows [][]string
}

type legendItem struct {
	X, Y  int
	Fill  string
	Label string
}

// palette is distinguishable in greyscale order and for the common colour blindnesses
// (Okabe-Ito).
var palette = []string{"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"}

type dashboardData struct {
	Charts    []chart
	Open      int
	Resolved  int
	Decisions int
	Now       string
}

func (s *Server) dashboardPage(w http.ResponseWriter, r *http.Request, u who) {
	var d dashboardData
	err := s.cache.with(r.Context(), func(rv *service.Review) error {
		all, err := rv.All(r.Context())
		if err != nil {
			return err
		}
		now := rv.Now()
		d.Now, d.Decisions = now.Format(time.RFC3339), len(all)
		d.Charts = append(d.Charts, flagsChart(all), queueChart(all, now, &d), approvalChart(all))
		return nil
	})
	if err != nil {
		s.log.Error("dashboard", "err", err)
		s.fail(w, r, http.StatusServiceUnavailable, u, "The dashboard could not be read from the chain and the decisions topic; try again shortly.")
		return
	}
	s.render(w, r, http.StatusOK, "dashboard", u, "Dashboard", d)
}

// flagsChart: fraud flags by signal per batch (stacked), the latest batches.
func flagsChart(all []service.ReviewItem) chart {
	perBatch := map[uint64]map[string]int{}
	codes := map[string]bool{}
	for _, it := range all {
		id := it.Decided.Batch.Event.BatchID
		if perBatch[id] == nil {
			perBatch[id] = map[string]int{}
		}
		for _, c := range service.SignalsOf(it) {
			perBatch[id][c]++
			codes[c] = true
		}
	}
	batches := slices.Sorted(maps.Keys(perBatch))
	if len(batches) > MaxBatchesCharted {
		batches = batches[len(batches)-MaxBatchesCharted:]
	}
	signals := slices.Sorted(maps.Keys(codes))
	c := chart{ID: "flags", Title: "Fraud flags by signal, per batch",
		Desc: fmt.Sprintf("Stacked bars: how many claims of each of the latest %d settled batches each fraud signal flagged.", len(batches)),
		W:    chartW, H: chartH, Head: append([]string{"Batch"}, signals...)}
	top := 1
	for _, b := range batches {
		n := 0
		for _, v := range perBatch[b] {
			n += v
		}
		top = max(top, n)
	}
	top = niceCeil(top)
	slot := (chartW - plotL - 8) / max(1, len(batches))
	for i, b := range batches {
		x := plotL + i*slot + slot/8
		y := plotB
		row := []string{strconv.FormatUint(b, 10)}
		for k, code := range signals {
			v := perBatch[b][code]
			row = append(row, strconv.Itoa(v))
			if v == 0 {
				continue
			}
			h := v * (plotB - plotT) / top
			y -= h
			c.Bars = append(c.Bars, bar{X: x, Y: y, W: max(1, slot*3/4), H: h, Fill: palette[k%len(palette)],
				Label: fmt.Sprintf("batch %d, %s: %d", b, code, v)})
		}
		c.Rows = append(c.Rows, row)
		if len(batches) <= 12 || i%((len(batches)+11)/12) == 0 {
			c.XTicks = append(c.XTicks, tick{X: x + slot*3/8, Y: plotB + 16, Label: strconv.FormatUint(b, 10)})
		}
	}
	c.YTicks = yTicks(top)
	for k, code := range signals {
		c.Legend = append(c.Legend, legendItem{X: plotL + (k%4)*148, Y: chartH - 12 + (k/4)*14, Fill: palette[k%len(palette)], Label: code})
	}
	if len(signals) > 4 {
		c.H += (len(signals) - 1) / 4 * 14
	}
	return c
}

// ageBuckets are the queue's age buckets, by time pended (chain time).
var ageBuckets = []struct {
	label string
	upTo  time.Duration
}{
	{"under 1 hour", time.Hour}, {"1 to 24 hours", 24 * time.Hour}, {"1 to 3 days", 72 * time.Hour},
	{"3 to 7 days", 7 * 24 * time.Hour}, {"7 days or more", 1 << 62},
}

// queueChart: the open queue by how long its claims have waited.
func queueChart(all []service.ReviewItem, now time.Time, d *dashboardData) chart {
	counts := make([]int, len(ageBuckets))
	for _, it := range all {
		switch {
		case it.Pended && it.Resolution == chain.ResolutionOpen:
			d.Open++
			age := now.Sub(it.PendedAt)
			for i, b := range ageBuckets {
				if age < b.upTo {
					counts[i]++
					break
				}
			}
		case it.Resolved != nil:
			d.Resolved++
		}
	}
	c := chart{ID: "queue", Title: fmt.Sprintf("Open queue: %d claims, by time pended", d.Open),
		Desc: "Bars: how many open pended claims have waited for an analyst how long (chain time).",
		W:    chartW, H: chartH, Head: []string{"Pended for", "Claims"}}
	top := 1
	for _, n := range counts {
		top = max(top, n)
	}
	top = niceCeil(top)
	slot := (chartW - plotL - 8) / len(ageBuckets)
	for i, b := range ageBuckets {
		h := counts[i] * (plotB - plotT) / top
		x := plotL + i*slot + slot/8
		c.Bars = append(c.Bars, bar{X: x, Y: plotB - h, W: slot * 3 / 4, H: h, Fill: palette[0], Label: fmt.Sprintf("%s: %d", b.label, counts[i])})
		c.XTicks = append(c.XTicks, tick{X: x + slot*3/8, Y: plotB + 16, Label: b.label})
		c.Rows = append(c.Rows, []string{b.label, strconv.Itoa(counts[i])})
	}
	c.YTicks = yTicks(top)
	return c
}

// approvalChart: of the resolved pended claims flagged with each signal, the share approved.
func approvalChart(all []service.ReviewItem) chart {
	type tally struct{ approved, denied int }
	by := map[string]*tally{}
	for _, it := range all {
		if it.Resolved == nil {
			continue
		}
		sig := service.SignalsOf(it)
		if len(sig) == 0 {
			sig = []string{"(no signal)"}
		}
		for _, code := range sig {
			t := by[code]
			if t == nil {
				t = &tally{}
				by[code] = t
			}
			if it.Resolved.Approved {
				t.approved++
			} else {
				t.denied++
			}
		}
	}
	codes := slices.Sorted(maps.Keys(by))
	c := chart{ID: "approval", Title: "Approval rate by signal",
		Desc: "Bars: of the resolved pended claims each signal flagged, the percentage analysts approved (0 to 100).",
		W:    chartW, H: chartH, Head: []string{"Signal", "Approved", "Denied", "Approval rate"}}
	slot := (chartW - plotL - 8) / max(1, len(codes))
	for i, code := range codes {
		t := by[code]
		// Basis points, integer: no floats near money or rates.
		bp := t.approved * 10000 / (t.approved + t.denied)
		h := bp * (plotB - plotT) / 10000
		x := plotL + i*slot + slot/8
		rate := fmt.Sprintf("%d.%02d%%", bp/100, bp%100)
		c.Bars = append(c.Bars, bar{X: x, Y: plotB - h, W: max(1, slot*3/4), H: h, Fill: palette[2], Label: code + ": " + rate})
		c.XTicks = append(c.XTicks, tick{X: x + slot*3/8, Y: plotB + 16, Label: code})
		c.Rows = append(c.Rows, []string{code, strconv.Itoa(t.approved), strconv.Itoa(t.denied), rate})
	}
	for _, v := range []int{0, 25, 50, 75, 100} {
		c.YTicks = append(c.YTicks, tick{X: plotL - 6, Y: plotB - v*(plotB-plotT)/100 + 4, Label: strconv.Itoa(v) + "%"})
	}
	return c
}

func yTicks(top int) []tick {
	var out []tick
	for i := 0; i <= 4; i++ {
		v := top * i / 4
		out = append(out, tick{X: plotL - 6, Y: plotB - v*(plotB-plotT)/top + 4, Label: strconv.Itoa(v)})
	}
	return out
}

// niceCeil rounds n up to 4, 8, 20, 40, 100, ... so the axis ticks (quarters) are whole.
func niceCeil(n int) int {
	for _, step := range []int{4, 8, 20, 40, 100, 200, 400, 1000, 2000, 4000, 10000, 20000, 40000, 100000} {
		if n <= step {
			return step
		}
	}
	return (n + 99999) / 100000 * 100000
}
