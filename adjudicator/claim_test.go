package adjudicator_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/claimsledger/claims/adjudicator"
)

const goodClaim = `{"schema":"claims.v1","claim_id":"C1","claim_type":"professional","member_id":"10007",
 "billing_npi":"1234567893","rendering_npi":"1234567893","place_of_service":"11",
 "service_from":"2017-03-01","service_to":"2017-03-02","diagnoses":["E119","I10"],
 "lines":[{"line":1,"code":"99213","modifiers":["25"],"units":1,"charge_cents":12000},
          {"line":2,"code":"G0439","units":1,"charge_cents":5000,"service_date":"2017-03-02"}]}`

func TestDecodeClaimValid(t *testing.T) {
	c, err := adjudicator.DecodeClaim([]byte(goodClaim))
	if err != nil {
		t.Fatal(err)
	}
	if c.TotalChargeCents() != 17000 || c.DateOfService(c.Lines[0]) != "2017-03-01" || c.DateOfService(c.Lines[1]) != "2017-03-02" {
		t.Fatalf("decoded %+v", c)
	}
}

func TestDecodeClaimErrorsNameThePath(t *testing.T) {
	cases := []struct {
		name, from, to, want string
	}{
		{"schema", `"claims.v1"`, `"claims.v0"`, `$.schema: want "claims.v1"`},
		{"npi", `"billing_npi":"1234567893"`, `"billing_npi":"12"`, `$.billing_npi: want a 10-digit NPI`},
		{"date", `"service_to":"2017-03-02"`, `"service_to":"2017-02-30"`, `$.service_to: want a date`},
		{"order", `"service_to":"2017-03-02"`, `"service_to":"2017-02-01"`, `$.service_to: before service_from`},
		{"units", `"units":1,"charge_cents":5000`, `"units":0,"charge_cents":5000`, `$.lines[1].units`},
		{"negative charge", `"charge_cents":12000`, `"charge_cents":-1`, `$.lines[0].charge_cents`},
		{"modifier", `["25"]`, `["250"]`, `$.lines[0].modifiers[0]`},
		{"line date outside claim", `"service_date":"2017-03-02"`, `"service_date":"2017-04-02"`, `$.lines[1].service_date: 2017-04-02 is outside`},
		{"duplicate line", `"line":2`, `"line":1`, `$.lines[1].line: duplicate line number 1`},
		{"diagnosis", `"I10"`, `"I1.0"`, `$.diagnoses[1]`},
		{"prior auth", `"units":1,"charge_cents":12000`, `"units":1,"charge_cents":12000,"prior_auth":"PA 1"`, `$.lines[0].prior_auth`},
		{"money type", `"charge_cents":12000`, `"charge_cents":120.5`, `charge_cents: want int64`},
		{"unknown field", `"claim_id"`, `"claimid"`, `unknown field "claimid"`},
		{"syntax", `"lines":[`, `"lines":[[`, `line 5`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc := strings.Replace(goodClaim, tc.from, tc.to, 1)
			if doc == goodClaim {
				t.Fatalf("replacement %q not found", tc.from)
			}
			_, err := adjudicator.DecodeClaim([]byte(doc))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want it to contain %q", err, tc.want)
			}
		})
	}
}

func TestValidationErrorListsEveryField(t *testing.T) {
	_, err := adjudicator.DecodeClaim([]byte(`{"schema":"claims.v1","lines":[]}`))
	var ve *adjudicator.ValidationError
	if !errors.As(err, &ve) || len(ve.Fields) < 5 {
		t.Fatalf("err = %v, want a ValidationError with every missing field", err)
	}
}

func TestDecisionCheck(t *testing.T) {
	ok := adjudicator.Decision{ClaimID: "C", Outcome: adjudicator.Approve, PaidCents: 70, Lines: []adjudicator.LineDecision{{
		Line: 1, ChargeCents: 100, AllowedCents: 80, PaidCents: 70, PatientCents: 10,
		Adjustments: []adjudicator.Adjustment{{Group: "CO", CARC: "45", Cents: 20}, {Group: "PR", CARC: "2", Cents: 10}},
	}}}
	if err := ok.Check(); err != nil {
		t.Fatal(err)
	}
	broken := []func(d *adjudicator.Decision){
		func(d *adjudicator.Decision) { d.Lines[0].Adjustments[0].Cents = 19 },
		func(d *adjudicator.Decision) { d.Lines[0].PaidCents = 71; d.PaidCents = 71 },
		func(d *adjudicator.Decision) { d.PaidCents = 69 },
		func(d *adjudicator.Decision) { d.Outcome = "maybe" },
		func(d *adjudicator.Decision) { d.Lines[0].PatientCents = 0 },
		func(d *adjudicator.Decision) { d.Lines[0].Adjustments[1].Group = "XX" },
	}
	for i, f := range broken {
		d := ok
		d.Lines = []adjudicator.LineDecision{ok.Lines[0]}
		d.Lines[0].Adjustments = append([]adjudicator.Adjustment(nil), ok.Lines[0].Adjustments...)
		f(&d)
		if d.Check() == nil {
			t.Errorf("case %d: broken decision passed Check", i)
		}
	}
}

func FuzzDecodeClaim(f *testing.F) {
	f.Add([]byte(goodClaim))
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"schema":"claims.v1","lines":[{"line":1}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := adjudicator.DecodeClaim(data)
		if err != nil {
			return
		}
		// Anything accepted must satisfy the schema's invariants.
		if len(c.Lines) == 0 || c.ClaimID == "" {
			t.Fatalf("accepted an invalid claim: %+v", c)
		}
		for _, l := range c.Lines {
			if l.Units < 1 || l.ChargeCents < 0 {
				t.Fatalf("accepted line %+v", l)
			}
		}
	})
}
