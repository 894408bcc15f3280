package adjudicator

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"time"
)

// Tally is what a billing provider's claims add up to on one date of service or in one intake
// hour: how many claims, and their lines' typical minutes (IMPOSSIBLE_DAY).
type Tally struct {
	Claims  int64 `json:"claims"`
	Minutes int64 `json:"minutes"`
}

// Add returns t plus u.
func (t Tally) Add(u Tally) Tally {
	return Tally{Claims: t.Claims + u.Claims, Minutes: t.Minutes + u.Minutes}
}

// ProviderFacts is what the billing provider's earlier claims add up to, counting only claims
// of the claim's own input partition at lower offsets: that is what makes a replay see exactly
// what the first decision saw, whatever other partitions did meanwhile. A provider whose claims
// spread over partitions (they are keyed by member) is undercounted: the figures are a lower
// bound, like the per-partition watermarks.
type ProviderFacts struct {
	// Days holds, for each of the claim's dates of service, the provider's earlier claims with a
	// service that day and their typical minutes.
	Days map[string]Tally
	// Hour is the claim's intake hour, "2006-01-02T15" in UTC, from the input record's
	// timestamp; "" when the intake gave none. HourClaims counts the provider's earlier claims
	// in that hour.
	Hour       string
	HourClaims int64
}

// ServiceTimer is implemented by Rules whose policy knows a service's typical minutes (the
// IMPOSSIBLE_DAY reference table): the engine records them with each line, so the counters
// rebuilt from the decisions topic are the ones the policy computed then.
type ServiceTimer interface {
	// TypicalMinutes is one unit's typical minutes; 0 for a code without one.
	TypicalMinutes(code string) int64
}

// TallyEntry is one claim's contribution to one counter: Key is a keyed hash of the billing
// NPI and a date of service (privacy.Keyer.ProviderDay) or intake hour (ProviderHour). A
// correcting claim adds a negative entry for what its original counted that day.
type TallyEntry struct {
	Key    Hash     `json:"key"`
	Source Position `json:"source"`
	Tally  Tally    `json:"tally"`
}

// TallyStore keeps the per-provider counters as entries keyed by the input position that
// added them, like HistoryStore: Put is idempotent, an entry is identified by (Key, Source), so
// recording a replayed batch again changes nothing. Its Recorded watermark says, per partition,
// below which offset it holds every entry; one behind the engine is rebuilt from the history
// log (the counters derive from the history entries the decisions topic carries).
type TallyStore interface {
	// Before sums, for each key, the entries of partition at offsets below before; a key with
	// none is absent.
	Before(ctx context.Context, partition int32, before int64, keys []Hash) (map[Hash]Tally, error)
	Put(ctx context.Context, entries []TallyEntry) error
	Recorded(ctx context.Context, partition int32) (int64, error)
	SetRecorded(ctx context.Context, partition int32, next int64) error
}

// TallyKeyer derives the counters' keys.
type TallyKeyer interface {
	ProviderDay(npi, date string) [32]byte
	ProviderHour(npi, hour string) [32]byte
}

// IntakeHour is the hour a record's timestamp falls in, "2006-01-02T15" in UTC, or "" for none.
func IntakeHour(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format("2006-01-02T15")
}

// TalliesOf derives a claim's counter entries from its history entry: per date of service, one
// claim and its lines' minutes; one claim in its intake hour. A claim that corrects (replaces
// or voids) orig takes back what orig counted on its dates, when orig is of the same partition
// (an original elsewhere was never counted here); its hour is not taken back: it was sent.
func TalliesOf(k TallyKeyer, e HistoryEntry, orig *HistoryEntry) []TallyEntry {
	var out []TallyEntry
	add := func(key Hash, t Tally) {
		for i := range out {
			if out[i].Key == key {
				out[i].Tally = out[i].Tally.Add(t)
				return
			}
		}
		out = append(out, TallyEntry{Key: key, Source: e.Source, Tally: t})
	}
	for _, d := range dayTallies(e) {
		add(k.ProviderDay(d.npi, d.date), d.t)
	}
	if orig != nil && orig.Source.Partition == e.Source.Partition {
		for _, d := range dayTallies(*orig) {
			add(k.ProviderDay(d.npi, d.date), Tally{Claims: -d.t.Claims, Minutes: -d.t.Minutes})
		}
	}
	if e.Hour != "" && len(e.Services) > 0 {
		add(k.ProviderHour(e.Services[0].BillingNPI, e.Hour), Tally{Claims: 1})
	}
	return out
}

type dayTally struct {
	npi, date string
	t         Tally
}

// dayTallies sums an entry's services per (billing NPI, date): one claim per date.
func dayTallies(e HistoryEntry) []dayTally {
	var out []dayTally
	for _, s := range e.Services {
		i := 0
		for i < len(out) && (out[i].npi != s.BillingNPI || out[i].date != s.Date) {
			i++
		}
		if i == len(out) {
			out = append(out, dayTally{npi: s.BillingNPI, date: s.Date, t: Tally{Claims: 1}})
		}
		out[i].t.Minutes += s.Minutes
	}
	return out
}

// WithTallies keeps per-provider counters for the IMPOSSIBLE_DAY and VELOCITY_PROVIDER signals
// in t. It needs WithHistory: the counters derive from the history entries, and are rebuilt
// from the same history log.
func WithTallies(t TallyStore) Option { return func(e *Engine) { e.tallies = t } }

// MemoryTallies is a TallyStore in memory, for `claims adjudicate` and tests. The zero value is
// ready to use, and it is safe for concurrent use.
type MemoryTallies struct {
	memoryRecorded
	mu      sync.Mutex
	entries map[Hash]map[Position]Tally
}

// Before implements TallyStore.
func (m *MemoryTallies) Before(_ context.Context, partition int32, before int64, keys []Hash) (map[Hash]Tally, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := map[Hash]Tally{}
	for _, k := range keys {
		for pos, t := range m.entries[k] {
			if pos.Partition == partition && pos.Offset < before {
				out[k] = out[k].Add(t)
			}
		}
	}
	return out, nil
}

// Put implements TallyStore.
func (m *MemoryTallies) Put(_ context.Context, entries []TallyEntry) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.entries == nil {
		m.entries = map[Hash]map[Position]Tally{}
	}
	for _, e := range entries {
		if m.entries[e.Key] == nil {
			m.entries[e.Key] = map[Position]Tally{}
		}
		m.entries[e.Key][e.Source] = e.Tally
	}
	return nil
}

// Forget drops everything, as a flushed Redis would: for tests.
func (m *MemoryTallies) Forget() {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.entries = nil
	m.forget()
}

// Timed records the claim's intake hour (IntakeHour of its record time) and its lines'
// typical minutes (timer's, times units; none without a timer) in its history entry, where
// the counters are rebuilt from.
func (h *HistoryEntry) Timed(timer ServiceTimer, at time.Time) {
	h.Hour = IntakeHour(at)
	if timer == nil {
		return
	}
	for i := range h.Services {
		s := &h.Services[i]
		s.Minutes = timer.TypicalMinutes(s.Code) * int64(s.Units)
	}
}

// TallyKeys lists the counters a claim reads: its billing provider on each of its dates of
// service, then in its intake hour when hour is not "".
func TallyKeys(k TallyKeyer, c *Claim, hour string) []Hash {
	var keys []Hash
	for _, d := range c.ServiceDates() {
		keys = append(keys, k.ProviderDay(c.BillingNPI, d))
	}
	if hour != "" {
		keys = append(keys, k.ProviderHour(c.BillingNPI, hour))
	}
	return keys
}

// ProviderFactsOf reads a claim's figures from counter sums (TallyStore.Before, plus the
// entries recorded since).
func ProviderFactsOf(k TallyKeyer, c *Claim, hour string, sums map[Hash]Tally) ProviderFacts {
	f := ProviderFacts{Hour: hour, Days: map[string]Tally{}}
	for _, d := range c.ServiceDates() {
		f.Days[d] = sums[k.ProviderDay(c.BillingNPI, d)]
	}
	if hour != "" {
		f.HourClaims = sums[k.ProviderHour(c.BillingNPI, hour)].Claims
	}
	return f
}

// ServiceDates lists the claim's dates of service, each once, in line order.
func (c *Claim) ServiceDates() []string {
	var out []string
	for _, l := range c.Lines {
		if d := c.DateOfService(l); !slices.Contains(out, d) {
			out = append(out, d)
		}
	}
	return out
}

type decodedMsg struct {
	claim  Claim
	member Hash
	err    error
}

// batchTallies are the counters a batch's claims see: the store's as of the batch's first
// offset, plus the entries of the batch's claims decided so far.
type batchTallies struct {
	sums map[Hash]Tally // nil: no tally store
}

// readTallies reads, in one call, every counter the batch's claims look up, as of its start:
// entries the store holds at or after it were left by a crash and are the batch's own.
func (e *Engine) readTallies(ctx context.Context, ref BatchRef, msgs []Message, decoded []decodedMsg) (*batchTallies, error) {
	if e.tallies == nil {
		return &batchTallies{}, nil
	}
	seen := map[Hash]bool{}
	var keys []Hash
	for i, d := range decoded {
		if d.err != nil {
			continue
		}
		for _, k := range TallyKeys(e.keyer, &d.claim, IntakeHour(msgs[i].Time)) {
			if !seen[k] {
				seen[k] = true
				keys = append(keys, k)
			}
		}
	}
	// Infrastructure, not a claim: the error fails the batch, which is retried whole.
	sums, err := e.tallies.Before(ctx, ref.Partition, ref.From, keys)
	if err != nil {
		return nil, fmt.Errorf("partition %d: provider tallies: %w", ref.Partition, err)
	}
	if sums == nil {
		sums = map[Hash]Tally{}
	}
	return &batchTallies{sums: sums}, nil
}

func (b *batchTallies) facts(k TallyKeyer, c *Claim, at time.Time) ProviderFacts {
	if b.sums == nil {
		return ProviderFacts{Hour: IntakeHour(at)}
	}
	return ProviderFactsOf(k, c, IntakeHour(at), b.sums)
}

func (b *batchTallies) add(entries []TallyEntry) {
	if b.sums == nil {
		return
	}
	for _, t := range entries {
		b.sums[t.Key] = b.sums[t.Key].Add(t.Tally)
	}
}
