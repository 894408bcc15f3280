package cms_test

import (
	"context"
	"fmt"

	"github.com/open-policy-agent/opa/v1/rego"

	"github.com/claimsledger/claims/adjudicator/cms"
)

// The bundled slice needs nothing outside the binary; production loads
// the full tables with cms.LoadDir.
func Example() {
	tables, err := cms.Load(cms.Bundled())
	if err != nil {
		panic(err)
	}
	mi, ok := tables.PTP("93000", "93010", "2018-03-01")
	fmt.Println("93000 bundles 93010:", ok, "modifier indicator", mi)
	uos, mai, _ := tables.MUE("99213")
	fmt.Println("99213 MUE:", uos, "units, MAI", mai)
	fee, _ := tables.Fee("99213", "", "1182-18", false)
	fmt.Println("99213 in Los Angeles, office:", fee.PerUnitCents, "cents, status", fee.Status)
	// Output:
	// 93000 bundles 93010: true modifier indicator 1
	// 99213 MUE: 2 units, MAI 3
	// 99213 in Los Angeles, office: 9819 cents, status A
}

func ExampleTables_RegoOptions() {
	tables, err := cms.Load(cms.Bundled())
	if err != nil {
		panic(err)
	}
	ctx := context.Background()
	opts := append([]func(*rego.Rego){
		rego.Query(`edits := cms.ptp_edits(input.codes, input.dos); fee := cms.fee("99213", "", "", false)`),
	}, tables.RegoOptions()...)
	pq, err := rego.New(opts...).PrepareForEval(ctx)
	if err != nil {
		panic(err)
	}
	rs, err := pq.Eval(ctx, rego.EvalInput(map[string]any{
		"codes": []string{"93010", "99213", "93000", "92012"},
		"dos":   "2018-03-01",
	}))
	if err != nil {
		panic(err)
	}
	fmt.Println(rs[0].Bindings["edits"])
	fmt.Println(rs[0].Bindings["fee"].(map[string]any)["per_unit_cents"])
	// Output:
	// [[1 3 0] [2 0 1]]
	// 8895
}
