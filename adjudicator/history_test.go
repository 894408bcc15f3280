package adjudicator_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/testkit"
)

// deductible1500 charges the member the first $15 of allowed per plan year
// (PR-1), then pays the rest, and denies a line seen before (CARC 18): the
// smallest rules that depend on history.
var deductible1500 = testkit.RulesFunc{F: func(c *adjudicator.Claim, f adjudicator.Facts) (adjudicator.Decision, error) {
	d := adjudicator.Decision{ClaimID: c.ClaimID, BillingNPI: c.BillingNPI, Outcome: adjudicator.Approve}
	seen := map[string]bool{}
	for _, s := range f.History.Services {
		seen[fmt.Sprintf("%s|%s|%s|%d|%d", s.BillingNPI, s.Code, s.Date, s.Units, s.ChargeCents)] = true
	}
	used := f.History.Accumulators[adjudicator.PlanYearKey("medicare", c.ServiceFrom)].DeductibleCents
	for _, l := range c.Lines {
		ld := adjudicator.LineDecision{Line: l.Number, Code: l.Code, Units: l.Units, ChargeCents: l.ChargeCents, AllowedCents: l.ChargeCents}
		if seen[fmt.Sprintf("%s|%s|%s|%d|%d", c.BillingNPI, l.Code, c.DateOfService(l), l.Units, l.ChargeCents)] {
			ld.AllowedCents = 0
			ld.Adjustments = []adjudicator.Adjustment{{Group: "CO", CARC: "18", Cents: l.ChargeCents}}
			d.Outcome = adjudicator.Deny
		} else if ded := min(ld.AllowedCents, max(0, 1500-used)); ded > 0 {
			used += ded
			ld.PatientCents = ded
			ld.Adjustments = []adjudicator.Adjustment{{Group: "PR", CARC: "1", Cents: ded}}
		}
		ld.PaidCents = ld.AllowedCents - ld.PatientCents
		d.PaidCents += ld.PaidCents
		d.Lines = append(d.Lines, ld)
	}
	return d, nil
}}

func TestAccumulatorsExactAcrossCrashAndReplay(t *testing.T) {
	r := newRig(t, 1)
	hist := &adjudicator.MemoryHistory{}
	// Three members, 8 claims each of 700+i cents (distinct, so none is a
	// duplicate): each member's deductible is met on their third claim.
	for i := 0; i < 24; i++ {
		m := fmt.Sprintf("M%d", i%3)
		r.elig[r.k.Member(m)] = []adjudicator.Span{{PlanID: "medicare", Start: "2016-01-01", End: "2018-12-31"}}
		r.log.Append(0, []byte(m), claimJSON(fmt.Sprintf("C%d", i), m, int64(700+i)))
	}
	// The first life records history and settles, but its second
	// publication fails until it is killed: the batch's history entries are
	// stored, its offsets are not committed, and the next life replays it.
	// The replay must not count the stored entries of its own batch.
	var published atomic.Int32
	r.pub.Fail = func() error {
		if published.Add(1) >= 2 {
			return errors.New("broker unreachable")
		}
		return nil
	}
	opts := []adjudicator.Option{adjudicator.WithHistory(hist), adjudicator.WithBatchSize(5)}
	e1, err := adjudicator.New(r.log, r.elig, deductible1500, r.settler, r.pub, r.k, append(r.baseOpts(), append(opts, adjudicator.WithDrainTimeout(50*time.Millisecond))...)...)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- e1.Run(ctx) }()
	for published.Load() < 3 {
		time.Sleep(time.Millisecond)
	}
	cancel()
	<-done
	r.pub.Fail = nil
	stored := 0
	for i := 0; i < 3; i++ {
		entries, _ := hist.Entries(context.Background(), r.k.Member(fmt.Sprintf("M%d", i)))
		stored += len(entries)
	}
	if stored <= int(r.log.Committed(0)) {
		t.Fatalf("setup: %d history entries stored, %d committed: the crash did not leave uncommitted history behind", stored, r.log.Committed(0))
	}

	e2, err := adjudicator.New(r.log, r.elig, deductible1500, r.settler, r.pub, r.k, append(r.baseOpts(), opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	r.runUntil(t, e2, 1)

	// Allowed: sum of 700+i for i < 24 = 16,800 + 276 = 17,076; three
	// deductibles of 1,500 come off; the rest is paid.
	r.assertExactlyOnce(t, 1, 17076-3*1500)
	for i := 0; i < 3; i++ {
		entries, _ := hist.Entries(context.Background(), r.k.Member(fmt.Sprintf("M%d", i)))
		h := adjudicator.HistoryBefore(entries, adjudicator.Position{Partition: 0, Offset: 1 << 62})
		if got := h.Accumulators["medicare/2017"].DeductibleCents; got != 1500 {
			t.Errorf("member M%d: deductible accumulated %d, want exactly 1500", i, got)
		}
		if len(h.Services) != 8 {
			t.Errorf("member M%d: %d services in history, want 8", i, len(h.Services))
		}
	}
	for _, rep := range r.reports {
		if rep.Replayed && !rep.RootMatched {
			t.Fatal("a replay did not reproduce the settled root: history is not deterministic")
		}
	}
}

func TestResubmittedClaimSeesItsFirstDecision(t *testing.T) {
	r := newRig(t, 1)
	hist := &adjudicator.MemoryHistory{}
	r.elig[r.k.Member("M1")] = []adjudicator.Span{{PlanID: "medicare", Start: "2016-01-01", End: "2018-12-31"}}
	doc := claimJSON("C1", "M1", 5000)
	r.log.Append(0, []byte("M1"), doc)
	r.log.Append(0, []byte("M1"), doc) // same batch
	e, err := adjudicator.New(r.log, r.elig, deductible1500, r.settler, r.pub, r.k, append(r.baseOpts(), adjudicator.WithHistory(hist))...)
	if err != nil {
		t.Fatal(err)
	}
	r.runUntil(t, e, 1)
	r.log.Append(0, []byte("M1"), doc) // a later batch, a later process
	e, err = adjudicator.New(r.log, r.elig, deductible1500, r.settler, r.pub, r.k, append(r.baseOpts(), adjudicator.WithHistory(hist))...)
	if err != nil {
		t.Fatal(err)
	}
	r.runUntil(t, e, 1)
	if len(r.pub.Decisions) != 3 {
		t.Fatalf("%d decisions", len(r.pub.Decisions))
	}
	for i, p := range r.pub.Decisions {
		dup := bytesContains(p.Record, `"carc":"18"`)
		if (i == 0) == dup {
			t.Fatalf("decision %d: duplicate=%v, want %v: %s", i, dup, i != 0, p.Record)
		}
	}
}

// TestLostHistoryIsRebuiltBeforeDeciding loses the whole history store between two lives (a
// flushed Redis): the engine must see the store behind the chain, rebuild it from the history
// published with the decisions, and decide the resubmitted claim as a duplicate. Without a
// history log it must refuse to decide rather than pay the claim again.
func TestLostHistoryIsRebuiltBeforeDeciding(t *testing.T) {
	r := newRig(t, 1)
	hist := &adjudicator.MemoryHistory{}
	r.elig[r.k.Member("M1")] = []adjudicator.Span{{PlanID: "medicare", Start: "2016-01-01", End: "2018-12-31"}}
	doc := claimJSON("C1", "M1", 5000)
	r.log.Append(0, []byte("M1"), doc)
	r.log.Append(0, []byte("M1"), claimJSON("C2", "M1", 700))
	e, err := adjudicator.New(r.log, r.elig, deductible1500, r.settler, r.pub, r.k, append(r.baseOpts(), adjudicator.WithHistory(hist))...)
	if err != nil {
		t.Fatal(err)
	}
	r.runUntil(t, e, 1)
	if got, _ := hist.Recorded(context.Background(), 0); got != 2 {
		t.Fatalf("recorded watermark %d after two claims, want 2", got)
	}
	hist.Forget()
	r.log.Append(0, []byte("M1"), doc) // the same claim again, after the loss

	// No log to rebuild from: the partition stops instead of deciding blind.
	e, err = adjudicator.New(r.log, r.elig, deductible1500, r.settler, r.pub, r.k, append(r.baseOpts(), adjudicator.WithHistory(hist))...)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := e.Run(ctx); err == nil || !strings.Contains(err.Error(), "incomplete history") {
		t.Fatalf("run without a history log after the loss: %v; want a refusal to decide", err)
	}
	if len(r.pub.Decisions) != 2 {
		t.Fatalf("%d decisions published; the resubmitted claim was decided from a lost history", len(r.pub.Decisions))
	}

	e, err = adjudicator.New(r.log, r.elig, deductible1500, r.settler, r.pub, r.k,
		append(r.baseOpts(), adjudicator.WithHistory(hist), adjudicator.WithHistoryLog(r.pub))...)
	if err != nil {
		t.Fatal(err)
	}
	r.runUntil(t, e, 1)
	if len(r.pub.Decisions) != 3 || !bytesContains(r.pub.Decisions[2].Record, `"carc":"18"`) {
		t.Fatalf("resubmitted claim after the rebuild: %s; want a duplicate (CARC 18)", r.pub.Decisions[len(r.pub.Decisions)-1].Record)
	}
	entries, _ := hist.Entries(context.Background(), r.k.Member("M1"))
	h := adjudicator.HistoryBefore(entries, adjudicator.Position{Partition: 0, Offset: 1 << 62})
	if got := h.Accumulators["medicare/2017"].DeductibleCents; got != 1500 {
		t.Fatalf("deductible after the rebuild %d, want 1500 (met once, not restarted)", got)
	}
}

func bytesContains(b []byte, s string) bool { return strings.Contains(string(b), s) }
