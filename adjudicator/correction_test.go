package adjudicator_test

import (
	"encoding/hex"
	"encoding/json"
	"strings"
	"sync"
	"testing"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/testkit"
)

func correctionJSON(t *testing.T, id, freq, original, member string, charge int64) []byte {
	t.Helper()
	var c adjudicator.Claim
	if err := json.Unmarshal(claimJSON(id, member, charge), &c); err != nil {
		t.Fatal(err)
	}
	c.Frequency, c.OriginalClaimID = freq, original
	b, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// seenRules pays half like payHalf and remembers how many allowed prior services each claim saw, by
// claim id and frequency.
type seenRules struct {
	mu   sync.Mutex
	seen map[string]int
}

func (s *seenRules) rules() testkit.RulesFunc {
	return testkit.RulesFunc{Hash: payHalf.Hash, F: func(c *adjudicator.Claim, f adjudicator.Facts) (adjudicator.Decision, error) {
		n := 0
		for _, p := range f.History.Services {
			if p.Allowed {
				n++
			}
		}
		s.mu.Lock()
		s.seen[c.ClaimID+"/"+c.Frequency] = n
		s.mu.Unlock()
		return payHalf.F(c, f)
	}}
}

// TestCorrectedClaims: a void takes back what its original credited, a replacement is decided
// as if its original had never been and takes the original's credit back, and a correction
// whose original the engine does not hold (unknown, or voided already) is denied CO-129.
func TestCorrectedClaims(t *testing.T) {
	r := newRig(t, 1)
	r.elig[r.k.Member("M1")] = []adjudicator.Span{{PlanID: "medicare", Start: "2016-01-01", End: "2018-12-31"}}
	msgs := [][]byte{
		claimJSON("C1", "M1", 1000),                     // 0: pays 500
		claimJSON("C2", "M1", 2000),                     // 1: pays 1000
		correctionJSON(t, "C1", "8", "", "M1", 1000),    // 2: voids 0
		correctionJSON(t, "C2", "7", "", "M1", 3000),    // 3: replaces 1: pays 1500, takes 1000 back
		correctionJSON(t, "C1", "8", "", "M1", 1000),    // 4: C1 is voided already: CO-129
		correctionJSON(t, "V9", "8", "NOPE", "M1", 700), // 5: no such original: CO-129
		correctionJSON(t, "C3", "7", "C2", "M1", 400),   // 6: replaces 3 (named by id): pays 200, takes 1500 back
	}
	// Batches of three: corrections find stored originals as well as originals earlier in
	// their own batch.
	for _, m := range msgs {
		r.log.Append(0, []byte("M1"), m)
	}
	s := &seenRules{seen: map[string]int{}}
	e, err := adjudicator.New(r.log, r.elig, s.rules(), r.settler, r.pub, r.k,
		append(r.baseOpts(), adjudicator.WithHistory(&adjudicator.MemoryHistory{}), adjudicator.WithBatchSize(3))...)
	if err != nil {
		t.Fatal(err)
	}
	r.runUntil(t, e, 1)

	decisions := map[int64]adjudicator.Decision{}
	records := map[int64][]byte{}
	for pos, recs := range r.pub.BySource() {
		var d adjudicator.Decision
		if err := json.Unmarshal(recs[0], &d); err != nil {
			t.Fatal(err)
		}
		decisions[pos.Offset], records[pos.Offset] = d, recs[0]
	}
	leafOf := func(off int64) string {
		d := decisions[off]
		h := adjudicator.Leaf(testkit.TestDomain, r.k.Claim(d.ClaimID), adjudicator.Position{Offset: off},
			r.k.Provider(d.BillingNPI), &d, r.k.Record(records[off])).Hash()
		return hex.EncodeToString(h[:])
	}

	void := decisions[2]
	if void.Outcome != adjudicator.Void || void.PaidCents != 0 || void.Corrects == nil ||
		void.Corrects.Original != (adjudicator.Position{Offset: 0}) || void.Corrects.Cents != 500 || void.Corrects.Leaf != leafOf(0) {
		t.Fatalf("void of C1: %+v corrects %+v, want outcome void reversing 500 cents of offset 0 (leaf %s)", void, void.Corrects, leafOf(0))
	}
	repl := decisions[3]
	if repl.Outcome != adjudicator.Approve || repl.PaidCents != 1500 || repl.Corrects == nil ||
		repl.Corrects.Original.Offset != 1 || repl.Corrects.Cents != 1000 {
		t.Fatalf("replacement of C2: %+v corrects %+v, want 1500 paid reversing 1000 of offset 1", repl, repl.Corrects)
	}
	for _, off := range []int64{4, 5} {
		d := decisions[off]
		if d.Outcome != adjudicator.Deny || d.Corrects != nil || len(d.Lines) != 1 ||
			d.Lines[0].Adjustments[0] != (adjudicator.Adjustment{Group: "CO", CARC: "129", Cents: d.Lines[0].ChargeCents}) {
			t.Fatalf("offset %d: %+v, want a CO-129 denial with nothing reversed", off, d)
		}
	}
	named := decisions[6]
	if named.PaidCents != 200 || named.Corrects == nil || named.Corrects.Original.Offset != 3 || named.Corrects.Cents != 1500 {
		t.Fatalf("replacement naming C2: %+v corrects %+v, want it to replace offset 3 (the live C2) and reverse 1500", named, named.Corrects)
	}

	// The chain was asked to take back exactly the originals' credits, once each.
	var reversed []adjudicator.Reversal
	for _, b := range r.settler.Batches() {
		reversed = append(reversed, b.Reversals...)
	}
	if len(reversed) != 3 {
		t.Fatalf("reversals %+v, want 3 (void of C1, replacement of C2, replacement of that)", reversed)
	}
	for i, want := range []struct {
		off   int64
		cents int64
	}{{0, 500}, {1, 1000}, {3, 1500}} {
		got := reversed[i]
		if hex.EncodeToString(got.Leaf[:]) != leafOf(want.off) || got.Cents != want.cents ||
			got.Provider != r.k.Provider("1234567893") || got.ClaimKey != r.k.Claim(decisions[want.off].ClaimID) || got.Pended {
			t.Fatalf("reversal %d: %+v, want the leaf of offset %d and %d cents", i, got, want.off, want.cents)
		}
	}

	// The replacement of C2 did not see C2 among the member's allowed services (C1 was voided
	// before it, so it saw none); the last replacement saw neither C2 nor its replacement (the
	// two CO-129 denials are services, but not allowed ones). C2 itself saw C1.
	if got := s.seen["C2/"]; got != 1 {
		t.Fatalf("C2 saw %d allowed prior services, want 1 (C1)", got)
	}
	if got := s.seen["C2/7"]; got != 0 {
		t.Fatalf("the replacement of C2 saw %d allowed prior services, want 0 (C1 voided, C2 replaced)", got)
	}
	if got := s.seen["C3/7"]; got != 0 {
		t.Fatalf("the replacement naming C2 saw %d allowed prior services, want 0", got)
	}
}

// TestHistoryDropsCorrectedClaims: a replaced or voided claim's services and cost sharing stop
// counting, also when the replacement was itself replaced, and a correction after the position
// asked about changes nothing before it (a replay sees what the first run saw).
func TestHistoryDropsCorrectedClaims(t *testing.T) {
	svc := func(code string) []adjudicator.PriorService {
		return []adjudicator.PriorService{{Code: code, Allowed: true}}
	}
	acc := map[string]adjudicator.Accumulator{"p/2017": {DeductibleCents: 100, OOPCents: 100}}
	at := func(off int64) adjudicator.Position { return adjudicator.Position{Offset: off} }
	entries := []adjudicator.HistoryEntry{
		{Source: at(0), Services: svc("A"), Accrued: acc},
		{Source: at(1), Services: svc("B"), Accrued: acc, Corrects: &adjudicator.Position{Offset: 0}},
		{Source: at(2), Services: svc("C"), Accrued: acc, Corrects: &adjudicator.Position{Offset: 1}},
		{Source: at(3), Services: svc("D")},
	}
	h := adjudicator.HistoryBefore(entries, at(4))
	if len(h.Services) != 2 || h.Services[0].Code != "C" || h.Services[1].Code != "D" || h.Accumulators["p/2017"].DeductibleCents != 100 {
		t.Fatalf("history %+v, want services C and D and one claim's deductible", h)
	}
	h = adjudicator.HistoryBefore(entries, at(2))
	if len(h.Services) != 1 || h.Services[0].Code != "B" {
		t.Fatalf("history before offset 2 %+v, want only B (A replaced by it; C comes later)", h)
	}
}

func TestClaimFrequencyValidation(t *testing.T) {
	c, err := adjudicator.DecodeClaim(correctionJSON(t, "C1", "5", "", "M1", 100))
	if err == nil || !containsPath(err, "$.frequency") {
		t.Fatalf("frequency 5: %v (%+v), want an error at $.frequency", err, c)
	}
	if _, err := adjudicator.DecodeClaim(correctionJSON(t, "C1", "", "C0", "M1", 100)); err == nil || !containsPath(err, "$.original_claim_id") {
		t.Fatalf("original_claim_id on an original claim: %v, want an error at $.original_claim_id", err)
	}
	for _, f := range []string{"", "1", "7", "8"} {
		if _, err := adjudicator.DecodeClaim(correctionJSON(t, "C1", f, "", "M1", 100)); err != nil {
			t.Fatalf("frequency %q: %v", f, err)
		}
	}
	// A correction is a submission of its own; an original keeps its claim id.
	a, _ := adjudicator.DecodeClaim(correctionJSON(t, "C1", "7", "", "M1", 100))
	b, _ := adjudicator.DecodeClaim(correctionJSON(t, "C1", "7", "", "M1", 200))
	o, _ := adjudicator.DecodeClaim(claimJSON("C1", "M1", 100))
	if a.SubmissionID() == b.SubmissionID() || a.SubmissionID() == o.SubmissionID() || o.SubmissionID() != "C1" {
		t.Fatalf("submission ids %q %q %q: two different replacements and the original must differ", a.SubmissionID(), b.SubmissionID(), o.SubmissionID())
	}
}

func containsPath(err error, path string) bool {
	return strings.Contains(err.Error(), path+":")
}
