package tuva

import (
	"os"
	"strings"
	"testing"

	"github.com/claimsledger/claims/adjudicator/shareddata"
)

func TestParseCents(t *testing.T) {
	cases := map[string]int64{"31505.00": 3150500, "1260.01": 126001, "87": 8700, "0.5": 50, "-3.25": -325, "10.100": 1010, ".07": 7}
	for in, want := range cases {
		got, err := ParseCents(in)
		if err != nil || got != want {
			t.Errorf("ParseCents(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "1.001", "abc", "1.2.3", "1.-5"} {
		if _, err := ParseCents(bad); err == nil {
			t.Errorf("ParseCents(%q) accepted", bad)
		}
	}
}

func TestReadSharedTuvaClaims(t *testing.T) {
	f, err := os.Open(shareddata.Path(t, "claims/tuva_medical_claim_seed.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	claims, err := ReadClaims(f)
	if err != nil {
		t.Fatal(err)
	}
	// The data README: 2,075 lines, 1,138 claims.
	lines := 0
	var charge int64
	for _, c := range claims {
		lines += len(c.Lines)
		charge += c.TotalChargeCents()
	}
	if len(claims) != 1138 || lines != 2075 {
		t.Fatalf("%d claims, %d lines; want 1138 and 2075", len(claims), lines)
	}
	// Claim 1582931 line 9 (the file's first row): 75625 with modifier 59,
	// revenue code 0481, $31,505.00.
	for _, c := range claims {
		if c.ClaimID != "1582931" {
			continue
		}
		for _, l := range c.Lines {
			if l.Number == 9 && (l.Code != "75625" || l.ChargeCents != 3150500 || l.RevenueCode != "0481" || len(l.Modifiers) != 1 || l.Modifiers[0] != "59") {
				t.Fatalf("line 9 = %+v", l)
			}
		}
		if c.BillingNPI != "1003811290" || c.ClaimType != "institutional" {
			t.Fatalf("claim 1582931 = billing %s type %s; want the facility NPI as billing", c.BillingNPI, c.ClaimType)
		}
	}
	t.Logf("total charge %d cents", charge)
}

func TestReadSharedEligibility(t *testing.T) {
	f, err := os.Open(shareddata.Path(t, "claims/tuva_eligibility_seed.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	el, err := ReadEligibility(f)
	if err != nil {
		t.Fatal(err)
	}
	spans := 0
	for _, s := range el {
		spans += len(s)
	}
	if len(el) != 10 || spans != 31 {
		t.Fatalf("%d members, %d spans; want 10 and 31", len(el), spans)
	}
	if got := el["10007"]; len(got) != 4 || got[1].Start != "2017-01-01" || got[1].End != "2017-02-28" || got[1].PlanID != "medicare" {
		t.Fatalf("member 10007 spans = %+v", got)
	}
}

func TestErrorsNameRowAndColumn(t *testing.T) {
	csv := "claim_id,claim_line_number,claim_type,member_id,claim_start_date,claim_end_date,hcpcs_code,charge_amount,billing_npi\n" +
		"1,1,professional,9,2017-01-01,2017-01-01,99213,12.00,1234567893\n" +
		"1,2,professional,9,2017-01-01,2017-01-01,99213,12.001,1234567893\n"
	_, err := ReadClaims(strings.NewReader(csv))
	if err == nil || err.Error() != `row 3, column charge_amount: want a dollar amount >= 0 with at most 2 decimals, got "12.001"` {
		t.Fatalf("err = %v", err)
	}
	_, err = ReadClaims(strings.NewReader("claim_id,claim_type\n"))
	if err == nil || !strings.Contains(err.Error(), `row 1: missing column "claim_line_number"`) {
		t.Fatalf("err = %v", err)
	}
}
