package fhir

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/sample"
)

func sampleClaims(t testing.TB) []adjudicator.Claim {
	t.Helper()
	claims, err := sample.Claims()
	if err != nil {
		t.Fatal(err)
	}
	if len(claims) != 1138 {
		t.Fatalf("%d bundled claims, want 1138", len(claims))
	}
	return claims
}

// schemaIssuesOf validates an encoded resource against its R4 definition.
func schemaIssuesOf(t testing.TB, b []byte, def string) []Issue {
	t.Helper()
	tree, err := parseTree(b)
	if err != nil {
		t.Fatal(err)
	}
	is, err := validateSchema(tree, def, def)
	if err != nil {
		t.Fatal(err)
	}
	return is
}

// TestRoundTripSample: every bundled claim, written as a FHIR Claim, is
// valid R4 and reads back equal in every field; the Bundle of all of them
// reads back the same, in order.
func TestRoundTripSample(t *testing.T) {
	claims := sampleClaims(t)
	institutional, revenueOnly, billTypes, modifiers := 0, 0, 0, 0
	for i := range claims {
		c := &claims[i]
		b, err := Encode(c)
		if err != nil {
			t.Fatalf("claim %d: %v", i, err)
		}
		if is := schemaIssuesOf(t, b, "Claim"); len(is) > 0 {
			t.Fatalf("claim %d is not R4: %q", i, is)
		}
		got, err := DecodeClaim(b)
		if err != nil {
			t.Fatalf("claim %d: %v", i, err)
		}
		if !reflect.DeepEqual(got, *c) {
			t.Fatalf("claim %d changed:\ngot  %+v\nwant %+v", i, got, *c)
		}
		if c.ClaimType == adjudicator.Institutional {
			institutional++
		}
		if c.BillType != "" {
			billTypes++
		}
		for _, l := range c.Lines {
			if l.Code == "" {
				revenueOnly++
			}
			modifiers += len(l.Modifiers)
		}
	}
	// The sample exercises what the mapping has to carry.
	if institutional == 0 || revenueOnly == 0 || billTypes == 0 || modifiers == 0 {
		t.Fatalf("sample lacks a case: %d institutional, %d revenue-only lines, %d bill types, %d modifiers", institutional, revenueOnly, billTypes, modifiers)
	}
	b, err := EncodeBundle(claims)
	if err != nil {
		t.Fatal(err)
	}
	res, err := Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != len(claims) {
		t.Fatalf("%d results, want %d", len(res), len(claims))
	}
	for i, r := range res {
		if r.Err() != nil || !reflect.DeepEqual(r.Claim, claims[i]) {
			t.Fatalf("bundle entry %d: %v", i, r.Err())
		}
	}
}

// TestRoundTripFields: the fields the sample never sets (line place of
// service, prior authorization, a line without a date) survive too, and a
// line's place of service equal to the claim's comes back inherited.
func TestRoundTripFields(t *testing.T) {
	c := fixtureClaim
	c.PlaceOfService, c.BillType = "11", "0131"
	c.Lines = []adjudicator.Line{
		{Number: 3, Code: "J1100", Modifiers: []string{"25", "XS"}, Units: 12, ChargeCents: 1, PlaceOfService: "22", PriorAuth: "A-1"},
		{Number: 1, Code: "0001F", Units: 1, ChargeCents: 0, ServiceDate: "2017-03-02"},
		{Number: 2, Code: "99213", Units: 1, ChargeCents: 922337203685477580, PriorAuth: "A-2"},
	}
	b, err := Encode(&c)
	if err != nil {
		t.Fatal(err)
	}
	if is := schemaIssuesOf(t, b, "Claim"); len(is) > 0 {
		t.Fatalf("not R4: %q", is)
	}
	got, err := DecodeClaim(b)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, c) {
		t.Fatalf("got\n%+v\nwant\n%+v", got, c)
	}
	for _, want := range []string{`"code":"J1100"`, `"system":"` + SystemHCPCS + `","code":"XS"`, `"system":"` + SystemCPT + `","code":"25"`,
		`"value":9223372036854775.80`, `"value":0.00`, `"value":0.01`, `"preAuthRef":["A-1","A-2"]`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("encoded claim lacks %s", want)
		}
	}

	c.Lines[0].PlaceOfService = "11" // the claim's own
	b, err = Encode(&c)
	if err != nil {
		t.Fatal(err)
	}
	got, err = DecodeClaim(b)
	if err != nil {
		t.Fatal(err)
	}
	if got.Lines[0].PlaceOfService != "" || got.PlaceOfService != "11" {
		t.Fatalf("place of service: claim %q, line %q; want 11 and inherited", got.PlaceOfService, got.Lines[0].PlaceOfService)
	}
}

// TestEncodeRejects: only valid claims are written, and only as valid R4.
func TestEncodeRejects(t *testing.T) {
	bad := fixtureClaim
	bad.BillingNPI = "12"
	if _, err := Encode(&bad); err == nil || !strings.Contains(err.Error(), "$.billing_npi") {
		t.Errorf("invalid claim: %v", err)
	}
	bad = fixtureClaim
	bad.BillType = " 0131"
	if _, err := Encode(&bad); err == nil || !strings.Contains(err.Error(), "bill_type") {
		t.Errorf("bill type with a leading space: %v", err)
	}
	bad = fixtureClaim
	bad.Lines = []adjudicator.Line{{Number: 1 << 40, Code: "99213", Units: 1}}
	if _, err := Encode(&bad); err == nil || !strings.Contains(err.Error(), "integer range") {
		t.Errorf("line number beyond int32: %v", err)
	}
	if _, err := EncodeBundle([]adjudicator.Claim{fixtureClaim, bad}); err == nil || !strings.Contains(err.Error(), "claim 2 of 2") {
		t.Errorf("bundle with a bad claim: %v", err)
	}
}

func TestFormatCents(t *testing.T) {
	cases := map[int64]string{27100: "271.00", 0: "0.00", 5: "0.05", -5: "-0.05", 95000: "950.00", 52175: "521.75",
		-9223372036854775808: "-92233720368547758.08", 9223372036854775807: "92233720368547758.07"}
	for c, want := range cases {
		if got := FormatCents(c); got != want {
			t.Errorf("FormatCents(%d) = %q, want %q", c, got, want)
		}
		// What is written reads back to the same cents.
		r, ok := decimal(json.Number(want))
		if back, ok2 := cents(r); !ok || !ok2 || back != c {
			t.Errorf("%q reads back as %d", want, back)
		}
	}
	for in, want := range map[string]int64{"0.29": 29, "1100.20": 110020, "1e2": 10000, "12.3400": 1234, "-0.01": -1} {
		r, ok := decimal(json.Number(in))
		if got, ok2 := cents(r); !ok || !ok2 || got != want {
			t.Errorf("cents(%s) = %d, want %d", in, got, want)
		}
	}
	for _, in := range []string{"0.001", "92233720368547758.08", "1e-3"} {
		r, ok := decimal(json.Number(in))
		if _, ok2 := cents(r); ok && ok2 {
			t.Errorf("cents(%s) accepted", in)
		}
	}
}

// TestRoundTripCorrections: a replacement is an active Claim and a void a cancelled one, each
// naming its original as the prior claim; both are R4 and read back unchanged, with or without
// an original claim id of their own.
func TestRoundTripCorrections(t *testing.T) {
	base := sampleClaims(t)[0]
	for _, tc := range []struct{ freq, original, status string }{
		{"7", "", "active"}, {"8", "", "cancelled"}, {"7", "ORIG-1", "active"}, {"8", "ORIG-1", "cancelled"},
	} {
		c := base
		c.Frequency, c.OriginalClaimID = tc.freq, tc.original
		b, err := Encode(&c)
		if err != nil {
			t.Fatal(err)
		}
		if is := schemaIssuesOf(t, b, "Claim"); len(is) > 0 {
			t.Fatalf("frequency %s is not R4: %q", tc.freq, is)
		}
		var doc struct {
			Status  string `json:"status"`
			Related []struct {
				Relationship struct{ Coding []codingJSON } `json:"relationship"`
				Reference    struct{ Value string }        `json:"reference"`
			} `json:"related"`
		}
		if err := json.Unmarshal(b, &doc); err != nil {
			t.Fatal(err)
		}
		if doc.Status != tc.status || len(doc.Related) != 1 || doc.Related[0].Relationship.Coding[0].Code != "prior" ||
			doc.Related[0].Reference.Value != c.OriginalID() {
			t.Fatalf("frequency %s: status %q related %+v, want %s naming %s as prior", tc.freq, doc.Status, doc.Related, tc.status, c.OriginalID())
		}
		got, err := DecodeClaim(b)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, c) {
			t.Fatalf("frequency %s changed:\ngot  %+v\nwant %+v", tc.freq, got, c)
		}
	}
}
