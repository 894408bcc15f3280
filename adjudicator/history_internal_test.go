package adjudicator

import (
	"fmt"
	"reflect"
	"testing"
)

func entryAt(off, ded int64) HistoryEntry {
	return HistoryEntry{Source: Position{Offset: off},
		Services: []PriorService{{ClaimID: fmt.Sprint(off), Code: "99213", Date: "2017-01-01", Allowed: true}},
		Accrued:  map[string]Accumulator{"medicare/2017": {DeductibleCents: ded, OOPCents: ded}}}
}

// TestBatchFoldEqualsFullFold checks what the engine relies on: folding the
// stored entries once at the batch start, then adding the batch's earlier
// entries, gives the history a full fold at the claim's position gives,
// and never writes into the base that every claim of the batch shares.
func TestBatchFoldEqualsFullFold(t *testing.T) {
	// Three entries before the batch: the folded base then has spare
	// capacity (3 of 4), which is what would let an append write into it.
	stored := []HistoryEntry{entryAt(1, 100), entryAt(2, 200), entryAt(3, 50), entryAt(10, 300)} // 10: left by a crash
	inFlight := []HistoryEntry{entryAt(10, 300), entryAt(11, 400)}

	full := HistoryBefore(append(append([]HistoryEntry{}, stored...), inFlight...), Position{Offset: 12})
	base := HistoryBefore(stored, Position{Offset: 10})
	fast := base.plus(inFlight)
	if full.String() != fast.String() || len(full.Services) != len(fast.Services) {
		t.Fatalf("full fold %s, batch fold %s", full, fast)
	}
	if got := fast.Accumulators["medicare/2017"].DeductibleCents; got != 1050 {
		t.Fatalf("deductible %d, want 100+200+50+300+400 = 1050: entry 10 counted twice or lost", got)
	}
	for i := range full.Services {
		if !reflect.DeepEqual(full.Services[i], fast.Services[i]) {
			t.Fatalf("service %d: %+v vs %+v", i, full.Services[i], fast.Services[i])
		}
	}

	// Two claims build on the same base with different in-flight entries.
	a := base.plus([]HistoryEntry{entryAt(20, 1)})
	b := base.plus([]HistoryEntry{entryAt(21, 2)})
	if cap(base.Services) == len(base.Services) {
		t.Fatalf("fixture: base has no spare capacity (len %d), so aliasing could not show", len(base.Services))
	}
	if a.Services[3].ClaimID != "20" || b.Services[3].ClaimID != "21" || len(base.Services) != 3 {
		t.Fatalf("base services %d, a %d, b %d", len(base.Services), len(a.Services), len(b.Services))
	}
	if base.Accumulators["medicare/2017"].DeductibleCents != 350 ||
		a.Accumulators["medicare/2017"].DeductibleCents != 351 || b.Accumulators["medicare/2017"].DeductibleCents != 352 {
		t.Fatalf("accumulators leaked between claims: base %s, a %s, b %s", base, a, b)
	}
}
