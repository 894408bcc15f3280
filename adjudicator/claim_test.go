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
		{"order", `"service_to":"2017-03-02"`, `"service_to":"2017-02-01"`, `$.service_to: is before service_from`},
		{"units", `"units":1,"charge_cents":5000`, `"units":0,"charge_cents":5000`, `$.lines[1].units`},
		{"negative charge", `"charge_cents":12000`, `"charge_cents":-1`, `$.lines[0].charge_cents`},
		{"modifier", `["25"]`, `["250"]`, `$.lines[0].modifiers[0]`},
		{"line date outside claim", `"service_date":"2017-03-02"`, `"service_date":"2017-04-02"`, `$.lines[1].service_date: is outside the claim's service dates`},
		{"duplicate line", `"line":2`, `"line":1`, `$.lines[1].line: duplicate line number 1`},
		{"diagnosis", `"I10"`, `"I1.0"`, `$.diagnoses[1]`},
		{"prior auth", `"units":1,"charge_cents":12000`, `"units":1,"charge_cents":12000,"prior_auth":"PA 1"`, `$.lines[0].prior_auth`},
		{"money type", `"charge_cents":12000`, `"charge_cents":120.5`, `line 4, column 80: $.lines[0].charge_cents: want a whole number, got a number with a fraction`},
		{"string type", `"units":1,"charge_cents":5000`, `"units":"1","charge_cents":5000`, `line 5, column 44: $.lines[1].units: want a whole number, got a string`},
		{"unknown field", `"claim_id"`, `"claimid"`, `line 1, column 23: $: unknown field "claimid"`},
		{"unknown line field", `"line":2,`, `"line":2,"note":"x",`, `line 5, column 21: $.lines[1]: unknown field "note"`},
		{"syntax", `"lines":[`, `"lines":[[`, `line 5, column 95: invalid JSON: invalid character '}' after array element`},
		{"unquoted value", `"I10"`, `I10`, `line 3, column 76: invalid JSON: invalid character (a letter) looking for beginning of value`},
		{"trailing data", `"2017-03-02"}]}`, `"2017-03-02"}]}}`, `line 5, column 96: trailing data after the claim object`},
		{"truncated", `"2017-03-02"}]}`, `"2017-03-02"}`, `line 5, column 94: unexpected end of input`},
		{"npi value not quoted", `"billing_npi":"1234567893"`, `"billing_npi":"12-34"`, `$.billing_npi: want a 10-digit NPI, got 5 characters (digits, punctuation)`},
		{"diagnosis value not quoted", `"I10"`, `"F32.9"`, `$.diagnoses[1]: want an ICD-10-CM code without the dot (an uppercase letter, a digit, then 1-5 uppercase letters or digits), got 5 characters (uppercase letters, digits, punctuation)`},
		{"not a calendar date", `"service_from":"2017-03-01"`, `"service_from":"2017-02-30"`, `$.service_from: want a date YYYY-MM-DD, got a YYYY-MM-DD value that is not a calendar date`},
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
	flagged := ok
	flagged.FraudScore, flagged.Flags = 70, []adjudicator.Flag{{Code: "A", Score: 30, Why: "a"}, {Code: "B", Score: 40, Why: "b"}}
	if err := flagged.Check(); err != nil {
		t.Fatal(err)
	}
	for i, f := range []func(d *adjudicator.Decision){
		func(d *adjudicator.Decision) { d.FraudScore = 69 },
		func(d *adjudicator.Decision) { d.Flags = nil },
		func(d *adjudicator.Decision) { d.Flags = []adjudicator.Flag{{Score: 70}} },
		func(d *adjudicator.Decision) {
			d.Flags = []adjudicator.Flag{{Code: "A", Score: -30}, {Code: "B", Score: 100}}
		},
	} {
		d := flagged
		f(&d)
		if d.Check() == nil {
			t.Errorf("flags case %d: broken decision passed Check", i)
		}
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

// Errors about a claim end up in logs and dead-letter reasons, also for
// sealed payloads: they name the path and the rule, never the value.
func TestErrorsQuoteNoValues(t *testing.T) {
	secrets := []string{"HIV CLINIC PA#1", "F32.9", "hiv12", "Jane Doe", "MRN-SECRET-77", "PA#99", "2017-13-45", "123456.78", "x-ray"}
	docs := []string{
		`{"schema":"claims.v1","claim_id":"MRN-SECRET-77","claim_type":"Jane Doe","member_id":"MRN-SECRET-77",
		  "billing_npi":"Jane Doe","rendering_npi":"PA#99","place_of_service":"x-ray",
		  "service_from":"2017-13-45","service_to":"F32.9","diagnoses":["F32.9","HIV CLINIC PA#1"],
		  "lines":[{"line":1,"code":"hiv12","modifiers":["PA#99"],"units":1,"charge_cents":1,"revenue_code":"x-ray",
		            "service_date":"2017-13-45","prior_auth":"HIV CLINIC PA#1","place_of_service":"F32.9"}]}`,
		`{"schema":"HIV CLINIC PA#1"}`,
		`{"lines":[{"units":"HIV CLINIC PA#1"}]}`,
		`{"lines":[{"charge_cents":123456.78}]}`,
		`{"F32.9":"x"}`,
		`{"diagnoses":["F32.9", Jane Doe]}`,
	}
	for _, doc := range docs {
		_, err := adjudicator.DecodeClaim([]byte(doc))
		if err == nil {
			t.Fatalf("accepted %s", doc)
		}
		for _, s := range secrets {
			if strings.Contains(err.Error(), s) {
				t.Errorf("error quotes %q: %v", s, err)
			}
		}
	}
}

func TestDecodeErrorPositions(t *testing.T) {
	// Pretty-printed: the error is on line 7, not line 1.
	doc := "{\n  \"schema\": \"claims.v1\",\n  \"lines\": [\n    {\n      \"line\": 1,\n      \"units\": 2\n      \"code\": \"99213\"\n    }\n  ]\n}\n"
	_, err := adjudicator.DecodeClaim([]byte(doc))
	var de *adjudicator.DecodeError
	if !errors.As(err, &de) || de.Line != 7 || de.Column != 7 || de.Path != "" {
		t.Fatalf("err = %#v", err)
	}
	// Columns count characters, not bytes.
	doc = "{\"schema\": \"é€\", \"units\": 1}"
	_, err = adjudicator.DecodeClaim([]byte(doc))
	if !errors.As(err, &de) || de.Line != 1 || de.Column != 18 || de.Offset != 20 || !strings.Contains(de.Msg, `unknown field "units"`) {
		t.Fatalf("err = %#v", err)
	}
	// Relocated into a file where the document starts on line 3.
	file := []byte("\n\n  " + doc)
	moved := de.In(file, 4)
	if moved.Line != 3 || moved.Column != 20 || moved.Offset != de.Offset+4 || moved.Msg != de.Msg {
		t.Fatalf("moved = %#v", moved)
	}
	if l, c := adjudicator.LineColumn([]byte("ab\ncd"), 4); l != 2 || c != 2 {
		t.Fatalf("LineColumn = %d:%d", l, c)
	}
	if l, c := adjudicator.LineColumn([]byte("ab"), 99); l != 1 || c != 3 {
		t.Fatalf("LineColumn past the end = %d:%d", l, c)
	}
}

func TestDescribe(t *testing.T) {
	cases := map[string]string{
		"":       "nothing (missing or empty)",
		"F32.9":  "5 characters (uppercase letters, digits, punctuation)",
		"a":      "1 character (lowercase letters)",
		"Jo Do€": "6 characters (uppercase letters, lowercase letters, spaces, other characters)",
	}
	for in, want := range cases {
		if got := adjudicator.Describe(in); got != want {
			t.Errorf("Describe(%q) = %q, want %q", in, got, want)
		}
	}
}
