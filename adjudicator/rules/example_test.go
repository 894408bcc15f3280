package rules_test

import (
	"context"
	"fmt"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/rules"
)

func ExampleEvaluator_Decide() {
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
	facts := adjudicator.Facts{
		Eligibility: adjudicator.Eligibility{Spans: []adjudicator.Span{{PlanID: "medicare", Start: "2017-01-01", End: "2017-12-31"}}},
		History: adjudicator.History{Accumulators: map[string]adjudicator.Accumulator{
			"medicare/2017": {DeductibleCents: 10000, OOPCents: 10000},
		}},
	}
	d, err := e.Decide(ctx, claim, facts)
	if err != nil {
		panic(err)
	}
	fmt.Println(d.Outcome, d.PaidCents, d.Lines[0].Adjustments)
	for _, why := range d.Lines[0].Explain {
		fmt.Println(why)
	}
	// Output:
	// approve 1215 [{CO 45 5181} {PR 1 8300} {PR 2 304}]
	// claims.eligibility: 2017-03-01 is within coverage span medicare 2017-01-01..2017-12-31
	// claims.benefits: 99213 is covered by plan medicare: CPT medicine, evaluation and management
	// claims.pricing: 99213 locality "1182-18" non-facility: 9819 cents x 1 units = 9819; charge 15000; allowed 9819
	// claims.cost_sharing: plan medicare 2017 (standard): deductible 8300, coinsurance 304, copay 0 (deductible left before this line 8300, out-of-pocket left 660000)
}
