package audit

import (
	"testing"

	"github.com/claimsledger/claims/adjudicator"
)

func TestLinesSum(t *testing.T) {
	line := func(n int, held int64) adjudicator.LineDecision {
		return adjudicator.LineDecision{Line: n, Adjustments: []adjudicator.Adjustment{{Group: adjudicator.GroupOA, CARC: "133", Cents: held}}}
	}
	// Amounts that straddle 64-bit words, so the word-wise shift is exercised.
	d := adjudicator.Decision{Outcome: adjudicator.Pend, HeldCents: 12_345 + 700 + 64 + 1_000_003,
		Lines: []adjudicator.LineDecision{line(1, 12_345), line(2, 700), line(3, 64), line(4, 1_000_003), {Line: 5}}}
	for _, c := range []struct {
		cents int64
		want  bool
	}{
		{d.HeldCents, true}, {0, true}, {12_345, true}, {700, true}, {64, true}, {764, true}, {12_345 + 64, true},
		{1_000_003 + 700, true}, {d.HeldCents - 12_345, true}, {12_345 + 700, true}, {12_345 + 700 + 64, true}, {12_345 + 700 + 1_000_003, true},
		{1, false}, {763, false}, {765, false}, {12_344, false}, {d.HeldCents + 1, false}, {-1, false}, {d.HeldCents - 1, false},
	} {
		if got := linesSum(&d, c.cents); got != c.want {
			t.Errorf("linesSum(%d) = %v, want %v", c.cents, got, c.want)
		}
	}
}
