package rules

import (
	"bytes"
	"context"
	"crypto/sha256"
	"reflect"
	"strings"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/exclusion"
)

// sampleExclusions is the made-up list shipped in adjudicator/sample.
func sampleExclusions(t testing.TB) *exclusion.List {
	t.Helper()
	l, err := exclusion.Load("../sample/leie_sample.csv")
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// A claim rendered by an excluded provider is held: EXCLUDED alone reaches
// the threshold. The flags are in the record, so its leaf's record digest
// commits to them.
func TestExcludedProviderIsPended(t *testing.T) {
	e := newEvaluator(t, WithExclusions(sampleExclusions(t)))
	c := withRendering(prof("2017-02-01", office99213()), "1900000005") // excluded from 2016-06-15
	d, err := e.Decide(context.Background(), c, met(medicare))
	if err != nil {
		t.Fatal(err)
	}
	want := []adjudicator.Flag{{Code: "EXCLUDED", Score: 100, Why: "the rendering provider 1900000005 is on the exclusion list " +
		"from 2016-06-15, which covers line 1's date of service 2017-02-01"}}
	if d.Outcome != adjudicator.Pend || d.HeldCents != 8895 || d.FraudScore != 100 || !reflect.DeepEqual(d.Flags, want) {
		t.Fatalf("outcome %s held %d score %d flags %+v; want pend, 8895 held, score 100, %+v", d.Outcome, d.HeldCents, d.FraudScore, d.Flags, want)
	}
	rec, err := d.Encode()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(rec, []byte(`"fraud_score":100,"flags":[{"code":"EXCLUDED","score":100,"why":"the rendering provider`)) {
		t.Errorf("record does not carry the flags: %s", rec)
	}

	// Without the list, or reinstated before the date of service, nothing fires.
	for name, tc := range map[string]struct {
		e *Evaluator
		c *adjudicator.Claim
	}{
		"no list":    {newEvaluator(t), c},
		"reinstated": {e, withRendering(prof("2017-02-01", office99213()), "1999999992")}, // reinstated 2017-01-10
	} {
		d, err := tc.e.Decide(context.Background(), tc.c, met(medicare))
		if err != nil {
			t.Fatal(err)
		}
		rec, _ := d.Encode()
		if d.Outcome != adjudicator.Approve || d.Flags != nil || bytes.Contains(rec, []byte("flags")) {
			t.Errorf("%s: outcome %s, record %s; want approved without flags", name, d.Outcome, rec)
		}
	}
}

// The exclusion list decides claims, so the policy hash covers it: a
// replay under another list cannot claim the same hash.
func TestExclusionListIsInThePolicyHash(t *testing.T) {
	none := newEvaluator(t).PolicyHash()
	sample := newEvaluator(t, WithExclusions(sampleExclusions(t))).PolicyHash()
	if sample == none {
		t.Error("a list left the policy hash unchanged")
	}
	if newEvaluator(t, WithExclusions(sampleExclusions(t))).PolicyHash() != sample {
		t.Error("the same list gives another hash")
	}
	other, err := exclusion.Read(strings.NewReader(strings.Join(exclusion.Header, ",") + "\n" +
		",,,X,,,,1900000005,,,,,,1128a1,20160616,00000000,00000000,\n"))
	if err != nil {
		t.Fatal(err)
	}
	if newEvaluator(t, WithExclusions(other)).PolicyHash() == sample {
		t.Error("another list (one exclusion date a day later) gives the same hash")
	}
	if _, err := New(context.Background(), WithExclusions(nil)); err == nil {
		t.Error("WithExclusions(nil) accepted")
	}
}

// A near duplicate found through the history the engine records:
// NewHistoryEntry keeps the modifiers, the index carries them, and the
// claim is flagged below the threshold (paid as usual).
func TestNearDuplicateThroughHistory(t *testing.T) {
	e := newEvaluator(t)
	ctx := context.Background()
	first := prof("2017-02-01", line(1, "99213", 1, 15000, "25"))
	first.ClaimID = "C0"
	d0, err := e.Decide(ctx, first, met(medicare))
	if err != nil {
		t.Fatal(err)
	}
	entry := adjudicator.NewHistoryEntry(adjudicator.Position{Offset: 0}, first, &d0, medicare)
	f := met(medicare)
	f.History = adjudicator.HistoryBefore([]adjudicator.HistoryEntry{entry}, adjudicator.Position{Offset: 1})
	f.History.Accumulators = met(medicare).History.Accumulators

	// Same charge, another modifier and units: near. Same units and
	// charge: an exact duplicate, denied OA-18 and not flagged again.
	again := prof("2017-02-01", line(1, "99213", 2, 15000))
	d, err := e.Decide(ctx, again, f)
	if err != nil {
		t.Fatal(err)
	}
	if d.Outcome != adjudicator.Approve || d.FraudScore != 60 || len(d.Flags) != 1 || d.Flags[0].Code != "DUP_NEAR" ||
		!strings.Contains(d.Flags[0].Why, "earlier claim C0 with 1 units, 15000 cents, modifiers 25; now 2 units, 15000 cents, modifiers none") {
		t.Errorf("outcome %s score %d flags %+v; want approved with DUP_NEAR naming C0 and modifier 25", d.Outcome, d.FraudScore, d.Flags)
	}
	exact := prof("2017-02-01", line(1, "99213", 1, 15000))
	if d, err := e.Decide(ctx, exact, f); err != nil || d.Flags != nil || d.Lines[0].Adjustments[0].CARC != "18" {
		t.Errorf("exact duplicate: %+v, %v; want OA-18 and no flag", d, err)
	}
}

// TestFraudFlagsReplay decides the Tuva claims in file order, then each
// again twice: from the history it first saw, and as a replay after a
// crash would, from the member's complete history (its own entry and later
// ones included) folded by HistoryBefore at its position. Every record,
// flags included, must be byte-identical: the leaf commits to the record,
// and the chain's root to the leaves.
func TestFraudFlagsReplay(t *testing.T) {
	e := newEvaluator(t, WithExplain(true))
	claims, decisions := decideTuva(t, e)
	ctx := context.Background()
	// Every entry of every member, as the store holds them after the run.
	all := map[adjudicator.Hash][]adjudicator.HistoryEntry{}
	for i := range claims {
		c := &claims[i].claim
		member := adjudicator.Hash(sha256.Sum256([]byte(c.MemberID)))
		all[member] = append(all[member], adjudicator.NewHistoryEntry(adjudicator.Position{Offset: int64(i)}, c, &decisions[i], claims[i].facts.Eligibility))
	}
	var flagged int
	for i := range claims {
		c := &claims[i].claim
		want, err := decisions[i].Encode()
		if err != nil {
			t.Fatal(err)
		}
		if len(decisions[i].Flags) > 0 {
			flagged++
		}
		member := adjudicator.Hash(sha256.Sum256([]byte(c.MemberID)))
		replay := adjudicator.Facts{
			Eligibility: claims[i].facts.Eligibility,
			History:     adjudicator.HistoryBefore(all[member], adjudicator.Position{Offset: int64(i)}),
		}
		for name, f := range map[string]adjudicator.Facts{"again": claims[i].facts, "replay": replay} {
			d, err := e.Decide(ctx, c, f)
			if err != nil {
				t.Fatal(err)
			}
			got, err := d.Encode()
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Fatalf("claim %s (%s): record differs:\n%s\n%s", c.ClaimID, name, got, want)
			}
		}
	}
	// The test means something only if flags were decided.
	if flagged < 50 {
		t.Fatalf("%d flagged claims; the Tuva run flags 75", flagged)
	}
}

func TestDecodeFlags(t *testing.T) {
	c := prof("2017-02-01", office99213())
	base := `{"outcome": "approve", "lines": [{"line": 1, "allowed_cents": 15000, "paid_cents": 15000, "adjustments": []}]`
	d, err := decode(value(base+`, "flags": [{"code": "A", "score": 30, "why": "a"}, {"code": "B", "score": 40, "why": "b"}]}`), c, []int{0})
	if err != nil {
		t.Fatal(err)
	}
	if d.FraudScore != 70 || !reflect.DeepEqual(d.Flags, []adjudicator.Flag{{Code: "A", Score: 30, Why: "a"}, {Code: "B", Score: 40, Why: "b"}}) {
		t.Errorf("decoded score %d flags %+v; want the sum 70 and both flags", d.FraudScore, d.Flags)
	}
	for _, doc := range []string{base + `, "flags": []}`, base + `}`} {
		if d, err := decode(value(doc), c, []int{0}); err != nil || d.Flags != nil || d.FraudScore != 0 {
			t.Errorf("%s: flags %+v score %d, %v; want none", doc, d.Flags, d.FraudScore, err)
		}
	}
	for _, tc := range []struct{ doc, want string }{
		{base + `, "flags": [{"code": "A", "score": 30}]}`, "decision.flags[0].why: missing"},
		{base + `, "flags": [{"code": "A", "score": "30", "why": "a"}]}`, "decision.flags[0].score: want an integer"},
		{base + `, "flags": [{"code": "A", "score": 1.5, "why": "a"}]}`, "decision.flags[0].score: want an integer"},
		{base + `, "flags": [{"code": "", "score": 0, "why": "a"}]}`, "decision.flags[0]: want a code"},
		{base + `, "flags": [{"code": "A", "score": -1, "why": "a"}]}`, "decision.flags[0]: want a code and a score >= 0"},
		{base + `, "flags": ["A"]}`, "decision.flags[0]: want an object"},
		{base + `, "flags": {}}`, "decision.flags: want an array"},
	} {
		if _, err := decode(value(tc.doc), c, []int{0}); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("decode(%s) err = %v, want %q", tc.doc, err, tc.want)
		}
	}
}

func value(doc string) ast.Value { return ast.MustParseTerm(doc).Value }
