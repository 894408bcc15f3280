package adjudicator_test

import (
	"testing"

	"github.com/claimsledger/claims/adjudicator"
)

func BenchmarkDecodeClaim(b *testing.B) {
	doc := []byte(goodClaim)
	b.ReportAllocs()
	b.SetBytes(int64(len(doc)))
	for b.Loop() {
		if _, err := adjudicator.DecodeClaim(doc); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecisionEncode(b *testing.B) {
	c, err := adjudicator.DecodeClaim([]byte(goodClaim))
	if err != nil {
		b.Fatal(err)
	}
	d, _ := payHalf.F(&c, adjudicator.Facts{Eligibility: adjudicator.Eligibility{Spans: []adjudicator.Span{{PlanID: "p", Start: "2016-01-01", End: "2018-12-31"}}}})
	b.ReportAllocs()
	for b.Loop() {
		if _, err := d.Encode(); err != nil {
			b.Fatal(err)
		}
	}
}
