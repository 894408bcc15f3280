package demo_test

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/demo"
	"github.com/claimsledger/claims/adjudicator/privacy"
	"github.com/claimsledger/claims/adjudicator/rules"
)

// The planted day, decided in submission order as one partition decides it (member history and
// provider counters of the claims before), flags every planted claim IMPOSSIBLE_DAY with its
// figures, and nothing else on any of its claims.
func TestImpossibleDayIsFlagged(t *testing.T) {
	ctx := context.Background()
	r, err := rules.New(ctx)
	if err != nil {
		t.Fatal(err)
	}
	k, err := privacy.NewKeyer(bytes.Repeat([]byte{5}, privacy.MinSecretLen))
	if err != nil {
		t.Fatal(err)
	}
	day := demo.ImpossibleDay("PLANTED-M1", "1234567893", "2017-06-14", "PD")
	if len(day.Setup) == 0 || len(day.Planted) == 0 {
		t.Fatalf("%d setup, %d planted claims", len(day.Setup), len(day.Planted))
	}
	el := adjudicator.Eligibility{Spans: []adjudicator.Span{{PlanID: "medicare", Start: "2017-01-01", End: "2017-12-31"}}}
	hist, tallies := &adjudicator.MemoryHistory{}, &adjudicator.MemoryTallies{}
	member := k.Member("PLANTED-M1")
	minutes := int64(0)
	for i, c := range append(append([]adjudicator.Claim(nil), day.Setup...), day.Planted...) {
		if err := c.Validate(); err != nil {
			t.Fatalf("claim %d: %v", i, err)
		}
		if c.MemberID != "PLANTED-M1" { // the message key: one partition, in order
			t.Fatalf("claim %d is for another member", i)
		}
		pos := adjudicator.Position{Offset: int64(i)}
		entries, _ := hist.Entries(ctx, member)
		sums, _ := tallies.Before(ctx, 0, pos.Offset, adjudicator.TallyKeys(k, &c, ""))
		d, err := r.Decide(ctx, &c, adjudicator.Facts{Eligibility: el, History: adjudicator.HistoryBefore(entries, pos),
			Provider: adjudicator.ProviderFactsOf(k, &c, "", sums)})
		if err != nil {
			t.Fatal(err)
		}
		h := adjudicator.NewHistoryEntry(pos, &c, &d, el)
		h.Timed(r, time.Time{})
		_ = hist.Put(ctx, member, []adjudicator.HistoryEntry{h})
		_ = tallies.Put(ctx, adjudicator.TalliesOf(k, h, nil))
		for _, l := range c.Lines {
			minutes += r.TypicalMinutes(l.Code) * int64(l.Units)
		}
		var codes []string
		for _, f := range d.Flags {
			codes = append(codes, f.Code)
		}
		planted := i >= len(day.Setup)
		if i == len(day.Setup)-1 && minutes != demo.ImpossibleDaySetupMinutes {
			t.Errorf("the setup claims add up to %d minutes, want %d", minutes, demo.ImpossibleDaySetupMinutes)
		}
		switch {
		case !planted && len(codes) > 0:
			t.Errorf("setup claim %s flagged %v", c.ClaimID, codes)
		case planted && strings.Join(codes, ",") != "IMPOSSIBLE_DAY":
			t.Errorf("planted claim %s flagged %v, want IMPOSSIBLE_DAY alone", c.ClaimID, codes)
		case planted && !strings.Contains(d.Flags[0].Why, "on 2017-06-14 in this and "):
			t.Errorf("planted claim %s: %q", c.ClaimID, d.Flags[0].Why)
		}
	}
}
