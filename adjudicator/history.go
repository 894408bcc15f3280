package adjudicator

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
)

// History is what the rules see of a member's earlier decisions: cost
// sharing accumulated per plan year (deductible, out-of-pocket maximum),
// and the services already decided (duplicates, frequency limits).
type History struct {
	// Accumulators by PlanYearKey ("planid/YYYY").
	Accumulators map[string]Accumulator `json:"accumulators"`
	Services     []PriorService         `json:"services"`
}

// Accumulator is what a member has paid toward a plan year's limits.
type Accumulator struct {
	DeductibleCents int64 `json:"deductible_cents"`
	OOPCents        int64 `json:"oop_cents"`
}

// PriorService is one line of an earlier decided claim.
type PriorService struct {
	ClaimID     string `json:"claim_id"`
	BillingNPI  string `json:"billing_npi"`
	Code        string `json:"code"`
	Date        string `json:"date"`
	Units       int    `json:"units"`
	ChargeCents int64  `json:"charge_cents"`
	// Modifiers are the line's modifiers as billed: a line that repeats an
	// earlier one with other modifiers (or another charge) is a near
	// duplicate, a fraud signal (claims.fraud DUP_NEAR). Entries recorded
	// before the field existed have none.
	Modifiers []string `json:"modifiers,omitempty"`
	// Allowed is true when the line was not denied; only allowed services
	// count toward frequency limits.
	Allowed bool `json:"allowed"`
	// Minutes are the line's typical minutes (per unit, times units) as the policy gave them
	// when the claim was decided (ServiceTimer): the provider's day counter is rebuilt from
	// them, so a later change of the table does not rewrite the past. 0 for an untimed code.
	Minutes int64 `json:"minutes,omitempty"`
}

// PlanYearKey names an accumulator: the plan and the calendar year of the
// date of service.
func PlanYearKey(planID, date string) string {
	if len(date) >= 4 {
		return planID + "/" + date[:4]
	}
	return planID + "/"
}

// HistoryEntry is what one decided claim adds to its member's history. It is
// keyed by the claim's input position so that recording it again (after a
// crash) changes nothing, and so that a replayed claim sees exactly the
// history it saw the first time: only entries before its own position.
type HistoryEntry struct {
	Source   Position       `json:"source"`
	Services []PriorService `json:"services"`
	// Accrued is the cost sharing this claim added, by PlanYearKey.
	Accrued map[string]Accumulator `json:"accrued,omitempty"`
	// Claim lets a later replacement or void find this claim and reverse its credit; absent on
	// voids (nothing to void) and on entries recorded before corrections existed.
	Claim *ClaimRef `json:"claim,omitempty"`
	// Corrects is the position of the claim this one replaced or voided: from here on that
	// claim's services and cost sharing no longer count.
	Corrects *Position `json:"corrects,omitempty"`
	// Hour is the claim's intake hour (IntakeHour of its record time), "" when unknown: the
	// provider's hourly claim counter is rebuilt from it.
	Hour string `json:"hour,omitempty"`
	// ClaimType is the claim's type (professional, institutional): the fraud baseline
	// (adjudicator/fraudbase) compares professional lines only, whose units and charges are
	// comparable across providers. Absent on voids and on entries recorded before it existed.
	ClaimType string `json:"claim_type,omitempty"`
}

// HistoryStore keeps members' history entries. Put must be idempotent:
// an entry is identified by (member, Source).
//
// The store also says how far it is complete, per input partition (a
// member's claims all share one): Recorded is the offset below which it
// holds the entry of every decided claim. A new store, or one that lost its
// data (Redis flushed, restored from an old snapshot), reports less than the
// engine has decided, and the engine rebuilds it from the HistoryLog before
// it decides anything more.
type HistoryStore interface {
	Entries(ctx context.Context, member Hash) ([]HistoryEntry, error)
	Put(ctx context.Context, member Hash, entries []HistoryEntry) error
	// Recorded is the offset of partition below which every entry is held;
	// 0 when none is known.
	Recorded(ctx context.Context, partition int32) (int64, error)
	// SetRecorded moves Recorded to next; it never moves it back.
	SetRecorded(ctx context.Context, partition int32, next int64) error
}

// HistoryLog is the durable copy of member history: every decision is
// published with its member's history entry, in order, so a store that
// lost entries can be rebuilt from it.
type HistoryLog interface {
	// Replay calls fn with every entry published for input partition at an
	// offset below before.
	Replay(ctx context.Context, partition int32, before int64, fn func(member Hash, e HistoryEntry) error) error
}

// NewHistoryEntry derives a claim's contribution from its decision: every
// line as a prior service, and per plan year the PR-1 cents (deductible)
// and PR-1/2/3 cents (out-of-pocket), under the plan of the eligibility span
// covering the line's date of service.
func NewHistoryEntry(src Position, c *Claim, d *Decision, el Eligibility) HistoryEntry {
	h := HistoryEntry{Source: src, Accrued: map[string]Accumulator{}, ClaimType: c.ClaimType}
	byLine := make(map[int]Line, len(c.Lines))
	for _, l := range c.Lines {
		byLine[l.Number] = l
	}
	for _, ld := range d.Lines {
		l := byLine[ld.Line]
		date := c.DateOfService(l)
		denied := ld.AllowedCents == 0 && ld.ChargeCents > 0
		h.Services = append(h.Services, PriorService{
			ClaimID: c.ClaimID, BillingNPI: c.BillingNPI, Code: l.Code, Date: date,
			Units: l.Units, ChargeCents: l.ChargeCents, Modifiers: slices.Clone(l.Modifiers),
			Allowed: !denied && d.Outcome != Pend,
		})
		var ded, oop int64
		for _, a := range ld.Adjustments {
			if a.Group != GroupPR {
				continue
			}
			switch a.CARC {
			case "1":
				ded += a.Cents
				oop += a.Cents
			case "2", "3":
				oop += a.Cents
			}
		}
		if ded == 0 && oop == 0 {
			continue
		}
		key := PlanYearKey(planOn(el, date), date)
		acc := h.Accrued[key]
		acc.DeductibleCents += ded
		acc.OOPCents += oop
		h.Accrued[key] = acc
	}
	if len(h.Accrued) == 0 {
		h.Accrued = nil
	}
	return h
}

func planOn(el Eligibility, date string) string {
	for _, s := range el.Spans {
		if s.Start <= date && date <= s.End {
			return s.PlanID
		}
	}
	return ""
}

// HistoryBefore folds the entries that precede pos into a History. Entries
// of pos's own partition at or after pos are ignored: they are this claim's
// own (or later) contributions, recorded before a crash. Entries from other
// partitions predate a repartitioning and all count.
func HistoryBefore(entries []HistoryEntry, pos Position) History {
	// One entry per source position: the store and the batch in flight may
	// both hold a claim's entry after a crash, and it must count once.
	bySource := make(map[Position]HistoryEntry, len(entries))
	for _, e := range entries {
		if e.Source.Partition == pos.Partition && e.Source.Offset >= pos.Offset {
			continue
		}
		bySource[e.Source] = e
	}
	// A replaced or voided claim no longer counts: not its services (frequency limits,
	// duplicates), not the deductible it met.
	// Collected first: a replacement that was itself replaced still uncounts its original.
	kept := make([]HistoryEntry, 0, len(bySource))
	for _, e := range bySource {
		kept = append(kept, e)
	}
	for pos := range corrected(kept) {
		delete(bySource, pos)
	}
	sorted := make([]HistoryEntry, 0, len(bySource))
	for _, e := range bySource {
		sorted = append(sorted, e)
	}
	// Deterministic order whatever order the store returned them in.
	sort.Slice(sorted, func(i, j int) bool {
		a, b := sorted[i].Source, sorted[j].Source
		if a.Partition != b.Partition {
			return a.Partition < b.Partition
		}
		return a.Offset < b.Offset
	})
	return History{Accumulators: map[string]Accumulator{}}.plus(sorted)
}

// plus returns h with later entries folded in, leaving h unchanged: the
// engine folds a member's stored history once per batch and adds the
// batch's earlier claims on top for each claim.
func (h History) plus(entries []HistoryEntry) History {
	if len(entries) == 0 {
		return h
	}
	out := History{
		Accumulators: make(map[string]Accumulator, len(h.Accumulators)+1),
		// Full slice expression: appending must copy, never write into the
		// shared base.
		Services: h.Services[:len(h.Services):len(h.Services)],
	}
	for k, a := range h.Accumulators {
		out.Accumulators[k] = a
	}
	for _, e := range entries {
		out.Services = append(out.Services, e.Services...)
		for k, a := range e.Accrued {
			acc := out.Accumulators[k]
			acc.DeductibleCents += a.DeductibleCents
			acc.OOPCents += a.OOPCents
			out.Accumulators[k] = acc
		}
	}
	return out
}

// MemoryHistory is a HistoryStore in memory, for `claims adjudicate` and
// tests. The zero value is ready to use, and it is safe for concurrent use.
type MemoryHistory struct {
	memoryRecorded
	mu      sync.Mutex
	entries map[Hash]map[Position]HistoryEntry
}

// Entries implements HistoryStore.
func (m *MemoryHistory) Entries(_ context.Context, member Hash) ([]HistoryEntry, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := make([]HistoryEntry, 0, len(m.entries[member]))
	for _, e := range m.entries[member] {
		out = append(out, e)
	}
	return out, nil
}

// Put implements HistoryStore.
func (m *MemoryHistory) Put(_ context.Context, member Hash, entries []HistoryEntry) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.entries == nil {
		m.entries = map[Hash]map[Position]HistoryEntry{}
	}
	if m.entries[member] == nil {
		m.entries[member] = map[Position]HistoryEntry{}
	}
	for _, e := range entries {
		m.entries[member][e.Source] = e
	}
	return nil
}

// Forget drops everything, as a flushed Redis would: for tests.
func (m *MemoryHistory) Forget() {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.entries = nil
	m.forget()
}

// memoryRecorded is an in-memory store's Recorded watermark per partition (HistoryStore,
// TallyStore). The zero value is ready to use, and it is safe for concurrent use.
type memoryRecorded struct {
	mu   sync.Mutex
	next map[int32]int64
}

// Recorded is partition's watermark; 0 when none.
func (m *memoryRecorded) Recorded(_ context.Context, partition int32) (int64, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.next[partition], nil
}

// SetRecorded moves partition's watermark to next, never back.
func (m *memoryRecorded) SetRecorded(_ context.Context, partition int32, next int64) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.next == nil {
		m.next = map[int32]int64{}
	}
	m.next[partition] = max(m.next[partition], next)
	return nil
}

func (m *memoryRecorded) forget() {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.next = nil
}

// String describes an accumulator map compactly for logs.
func (h History) String() string {
	keys := make([]string, 0, len(h.Accumulators))
	for k := range h.Accumulators {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "%s ded=%d oop=%d; ", k, h.Accumulators[k].DeductibleCents, h.Accumulators[k].OOPCents)
	}
	fmt.Fprintf(&b, "%d prior services", len(h.Services))
	return b.String()
}
