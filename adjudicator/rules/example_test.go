package rules_test

import (
	"context"
	"fmt"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/rules"
)

func ExampleEngine_Decide() {
	ctx := context.Background()
	e, err := rules.New(ctx, rules.WithExplain(true))
	if err != nil {
		panic(err)
	}
	claim := &adjudicator.Claim{
		Schema: adjudicator.ClaimSchemaV1, ClaimID: "C-1", ClaimType: adjudicator.Professional,
		MemberID: "M-1", BillingNPI: "1234567893", PlaceOfService: "11",
		ServiceFrom: "2017-03-01", ServiceTo: "2017-03-01",
		Lines: []adjudicator.Line{{Number: 1, Code: "99213", Units: 1, ChargeCents: 15000}},
	}
	elig := adjudicator.Eligibility{Spans: []adjudicator.Span{{PlanID: "medicare", Start: "2017-01-01", End: "2017-12-31"}}}
	d, err := e.Decide(ctx, claim, elig)
	if err != nil {
		panic(err)
	}
	fmt.Println(d.Outcome, d.PaidCents, d.Lines[0].Adjustments)
	for _, why := range d.Lines[0].Explain {
		fmt.Println(why)
	}
	// Output:
	// approve 8895 [{CO 45 6105}]
	// claims.eligibility: 2017-03-01 is within coverage span medicare 2017-01-01..2017-12-31
	// claims.benefits: 99213 is covered by plan medicare: CPT medicine, evaluation and management
	// claims.pricing: 99213 non-facility fee 8895 cents x 1 units = 8895; charge 15000; allowed 8895
}
