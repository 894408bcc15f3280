package rules

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/claimsledger/claims/policies"
)

func benchWith(b *testing.B, replace [][3]string) {
	claims, _ := loadTuva(b)
	files := fstest.MapFS{}
	src, _ := policies.Files(nil)
	for _, f := range src {
		files[f.Path] = &fstest.MapFile{Data: f.Data}
	}
	for _, r := range replace {
		old := string(files[r[0]].Data)
		if !strings.Contains(old, r[1]) {
			b.Fatalf("no %q in %s", r[1], r[0])
		}
		files[r[0]] = &fstest.MapFile{Data: []byte(strings.ReplaceAll(old, r[1], r[2]))}
	}
	e := newEngine(b, WithFS(files))
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		c := &claims[i%len(claims)]
		if _, err := e.Decide(context.Background(), &c.claim, c.elig); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkXBase(b *testing.B) { benchWith(b, nil) }

func BenchmarkXNoTrail(b *testing.B) {
	benchWith(b, [][3]string{
		{"claims/claims.rego", "array.concat(trail, [b.why])", "[]"},
		{"claims/claims.rego", "array.concat(trail, [p.why])", "[]"},
	})
}

func BenchmarkXNoReview(b *testing.B) {
	benchWith(b, [][3]string{
		{"claims/claims.rego", "review.reasons({c.plan_id | some c in _coverage})", "set()"},
	})
}

func BenchmarkXNoExplainFn(b *testing.B) {
	benchWith(b, [][3]string{{"claims/claims.rego", `"explain": _explain(a.trail),`, `"explain": [],`}})
}

func BenchmarkXNoBenefit(b *testing.B) {
	benchWith(b, [][3]string{{"claims/claims.rego", `benefits.check(line, cov.plan_id))`, `object.union({"group": "x", "why": ["", []]}, {}))`}})
}

func BenchmarkXNoPricing(b *testing.B) {
	benchWith(b, [][3]string{{"claims/claims.rego", `pricing.price(line, plan_id))`, `object.union({"allowed_cents": line.charge_cents, "why": ["", []]}, {}))`}})
}

func BenchmarkXNoElig(b *testing.B) {
	benchWith(b, [][3]string{{"claims/claims.rego", `_coverage := [eligibility.coverage(line) | some line in input.claim.lines]`, `_coverage := [object.union({"plan_id": "medicare", "why": ["", []]}, {}) | some line in input.claim.lines]`}})
}

func BenchmarkXTrivial(b *testing.B) {
	claims, _ := loadTuva(b)
	e := newEngine(b, WithFS(fstest.MapFS{"claims/claims.rego": {Data: []byte(`package claims

decision := {"claim_id": input.claim.claim_id, "outcome": "deny", "billing_npi": input.claim.billing_npi, "paid_cents": 0,
	"lines": [{"line": l.line, "code": l.code, "units": l.units, "charge_cents": l.charge_cents, "allowed_cents": 0, "paid_cents": 0, "patient_cents": 0,
	"adjustments": [{"group": "CO", "carc": "96", "cents": l.charge_cents}], "remarks": []} | some l in input.claim.lines]}
`)}}))
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		c := &claims[i%len(claims)]
		if _, err := e.Decide(context.Background(), &c.claim, c.elig); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkXInput(b *testing.B) {
	claims, _ := loadTuva(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		c := &claims[i%len(claims)]
		_ = inputValue(&c.claim, c.elig, false)
	}
}

func BenchmarkXPriceNoKey(b *testing.B) {
	benchWith(b, [][3]string{{"claims/pricing/pricing.rego", `_professional(line, fee_key(line))`, `_professional(line, line.code)`}})
}

func BenchmarkXPriceNoUnit(b *testing.B) {
	benchWith(b, [][3]string{{"claims/pricing/pricing.rego", `[unit, setting] := _unit_fee(fee, submission.place_of_service(line))`, `[unit, setting] := [fee.non_facility_cents, "x"]`}})
}

func BenchmarkXBenefitNoShape(b *testing.B) {
	benchWith(b, [][3]string{{"claims/benefits/benefits.rego", `index.ranges[plan_id][list][shape(code)]`, `index.ranges[plan_id][list]["99999"]`}})
}
