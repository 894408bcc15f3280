package fhir

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/claimsledger/claims/adjudicator"
)

// eligibilityFixture asks whether member M-1001, named by a contained
// Patient's member number, is covered in March 2024.
const eligibilityFixture = `{
  "resourceType": "CoverageEligibilityRequest",
  "id": "req-1",
  "contained": [{"resourceType": "Patient", "id": "pat",
    "identifier": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MB"}]}, "value": "M-1001"}]}],
  "identifier": [{"system": "urn:example:requests", "value": "ELIG-1"}],
  "status": "active",
  "purpose": ["validation", "benefits", "auth-requirements", "validation"],
  "patient": {"reference": "#pat"},
  "servicedPeriod": {"start": "2024-03-01", "end": "2024-03-31T23:59:59-05:00"},
  "created": "2024-02-28T10:00:00Z",
  "provider": {"identifier": {"system": "http://hl7.org/fhir/sid/us-npi", "value": "1234567893"}},
  "insurer": {"display": "Claims Ledger"}
}`

var eligToday = time.Date(2024, 5, 6, 12, 0, 0, 0, time.UTC)

func TestDecodeEligibilityRequest(t *testing.T) {
	got, err := DecodeEligibilityRequestOn([]byte(eligibilityFixture), eligToday)
	if err != nil {
		t.Fatal(err)
	}
	want := EligibilityRequest{
		MemberID: "M-1001", ProviderNPI: "1234567893", From: "2024-03-01", To: "2024-03-31", Period: true,
		// auth-requirements is not answered; a repeat is echoed once.
		Purposes:   []string{PurposeValidation, PurposeBenefits},
		Identifier: &RequestIdentifier{System: "urn:example:requests", Value: "ELIG-1"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got  %+v\nwant %+v", got, want)
	}
}

// The patient and provider are read as a Claim's are, and the days from
// servicedDate, either bound of servicedPeriod, or today.
func TestDecodeEligibilityRequestConventions(t *testing.T) {
	base := eligibilityFixture
	cases := []struct {
		name  string
		edits []string
		check func(EligibilityRequest) bool
	}{
		{"patient identifier", []string{`"patient": {"reference": "#pat"}`, `"patient": {"identifier": {"value": "M-2"}}`},
			func(r EligibilityRequest) bool { return r.MemberID == "M-2" }},
		{"literal reference", []string{`"patient": {"reference": "#pat"}`, `"patient": {"reference": "https://payer.example/fhir/Patient/M-3"}`},
			func(r EligibilityRequest) bool { return r.MemberID == "M-3" }},
		{"conditional reference", []string{`"patient": {"reference": "#pat"}`, `"patient": {"reference": "Patient?identifier=urn:x|M-4"}`},
			func(r EligibilityRequest) bool { return r.MemberID == "M-4" }},
		{"contained Organization provider", []string{
			`"provider": {"identifier": {"system": "http://hl7.org/fhir/sid/us-npi", "value": "1234567893"}}`, `"provider": {"reference": "#org"}`,
			`"contained": [`, `"contained": [{"resourceType": "Organization", "id": "org", "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": "1003811290"}]}, `},
			func(r EligibilityRequest) bool { return r.ProviderNPI == "1003811290" }},
		{"servicedDate", []string{`"servicedPeriod": {"start": "2024-03-01", "end": "2024-03-31T23:59:59-05:00"}`, `"servicedDate": "2024-04-02"`},
			func(r EligibilityRequest) bool { return r.From == "2024-04-02" && r.To == "2024-04-02" && !r.Period }},
		{"period start only", []string{`, "end": "2024-03-31T23:59:59-05:00"`, ``},
			func(r EligibilityRequest) bool { return r.From == "2024-03-01" && r.To == "2024-03-01" && !r.Period }},
		{"period end only", []string{`"start": "2024-03-01", `, ``},
			func(r EligibilityRequest) bool { return r.From == "2024-03-31" && r.To == "2024-03-31" && !r.Period }},
		{"no date: today", []string{`"servicedPeriod": {"start": "2024-03-01", "end": "2024-03-31T23:59:59-05:00"},`, ``},
			func(r EligibilityRequest) bool { return r.From == "2024-05-06" && r.To == "2024-05-06" && !r.Period }},
		{"discovery", []string{`"purpose": ["validation", "benefits", "auth-requirements", "validation"]`, `"purpose": ["discovery"]`},
			func(r EligibilityRequest) bool { return reflect.DeepEqual(r.Purposes, []string{PurposeDiscovery}) }},
		{"no identifier", []string{`"identifier": [{"system": "urn:example:requests", "value": "ELIG-1"}],`, ``},
			func(r EligibilityRequest) bool { return r.Identifier == nil }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := DecodeEligibilityRequestOn([]byte(edit(t, base, tc.edits...)), eligToday)
			if err != nil {
				t.Fatal(err)
			}
			if !tc.check(got) {
				t.Fatalf("read %+v", got)
			}
		})
	}
}

func TestDecodeEligibilityRequestRejects(t *testing.T) {
	fx := eligibilityFixture
	cases := []struct {
		name string
		doc  string
		want []Issue
	}{
		{"not JSON", `{"resourceType": "CoverageEligibilityRequest",}`,
			[]Issue{{"", CodeInvalid, "line 1, column 46: invalid JSON: invalid character '}' looking for beginning of object key string"}}},
		{"a Claim", `{"resourceType": "Claim"}`,
			[]Issue{{"", CodeValue, `resourceType: want "CoverageEligibilityRequest" (one request, not in a Bundle), got "Claim"`}}},
		{"no patient", edit(t, fx, `"patient": {"reference": "#pat"},`, ``),
			[]Issue{{"CoverageEligibilityRequest.patient", CodeRequired, "required by FHIR R4"}}},
		{"unknown element", edit(t, fx, `"status": "active"`, `"status": "active", "subscriber": "x"`),
			[]Issue{{"CoverageEligibilityRequest.subscriber", CodeInvalid, `unknown element "subscriber": FHIR R4 has no such element here`}}},
		{"purpose not a code", edit(t, fx, `"auth-requirements", "validation"]`, `"coverage"]`),
			[]Issue{{"CoverageEligibilityRequest.purpose[2]", CodeInvalid, "want one of auth-requirements, benefits, discovery, validation"}}},
		{"contained Patient not R4", edit(t, fx, `"id": "pat",`, `"id": "pat", "gender": 1,`),
			[]Issue{{"CoverageEligibilityRequest.contained[0].gender", CodeInvalid, "want one of male, female, other, unknown"}}},
		{"modifier extension", edit(t, fx, `"status": "active"`, `"status": "active", "modifierExtension": [{"url": "http://example.org/x", "valueBoolean": true}]`),
			[]Issue{{"CoverageEligibilityRequest.modifierExtension", CodeValue, "a modifier extension changes the meaning of its element, and this engine understands none: the request is not answered"}}},
		{"cancelled", edit(t, fx, `"status": "active"`, `"status": "cancelled"`),
			[]Issue{{"CoverageEligibilityRequest.status", CodeValue, `want active: a request "cancelled" is not answered`}}},
		{"no status, no created", edit(t, fx, `"status": "active",`, ``, `"created": "2024-02-28T10:00:00Z",`, ``),
			[]Issue{{"CoverageEligibilityRequest.status", CodeRequired, "required by FHIR R4: want active"},
				{"CoverageEligibilityRequest.created", CodeRequired, "required by FHIR R4"}}},
		{"auth-requirements only", edit(t, fx, `["validation", "benefits", "auth-requirements", "validation"]`, `["auth-requirements"]`),
			[]Issue{{"CoverageEligibilityRequest.purpose", CodeValue, "prior-authorization requirements (auth-requirements) are not answered here: want validation, benefits or discovery"}}},
		{"no purpose", edit(t, fx, `"purpose": ["validation", "benefits", "auth-requirements", "validation"],`, ``),
			[]Issue{{"CoverageEligibilityRequest.purpose", CodeRequired, "required by FHIR R4: want validation or benefits"}}},
		{"contained Patient missing", edit(t, fx, `"reference": "#pat"`, `"reference": "#nobody"`),
			[]Issue{{"CoverageEligibilityRequest.patient.reference", CodeValue, "refers to a contained resource that the CoverageEligibilityRequest does not contain"}}},
		{"Patient without a member number", edit(t, fx, `"code": "MB"`, `"code": "MR"`),
			[]Issue{{"CoverageEligibilityRequest.contained[0].identifier", CodeValue, "want an identifier typed MB (member number, http://terminology.hl7.org/CodeSystem/v2-0203): the plan's member id"}}},
		{"no provider", edit(t, fx, `"provider": {"identifier": {"system": "http://hl7.org/fhir/sid/us-npi", "value": "1234567893"}},`, ``),
			[]Issue{{"CoverageEligibilityRequest.provider", CodeRequired, "want the provider's NPI: an identifier with system http://hl7.org/fhir/sid/us-npi, a reference to a contained Practitioner or Organization that has one, or a conditional reference Practitioner?identifier=http://hl7.org/fhir/sid/us-npi|NPI"}}},
		{"provider NPI not 10 digits", edit(t, fx, `"value": "1234567893"`, `"value": "12345"`),
			[]Issue{{"CoverageEligibilityRequest.provider.identifier.value", CodeValue, "want a 10-digit NPI, got 5 characters (digits)"}}},
		{"end before start", edit(t, fx, `"2024-03-31T23:59:59-05:00"`, `"2024-02-29"`),
			[]Issue{{"CoverageEligibilityRequest.servicedPeriod.end", CodeValue, "is before servicedPeriod.start"}}},
		{"not a calendar date", edit(t, fx, `"start": "2024-03-01"`, `"start": "2023-02-29"`),
			[]Issue{{"CoverageEligibilityRequest.servicedPeriod.start", CodeValue, "want a calendar date, got a YYYY-MM-DD value that is not a calendar date"}}},
		{"partial date", edit(t, fx, `"servicedPeriod": {"start": "2024-03-01", "end": "2024-03-31T23:59:59-05:00"}`, `"servicedDate": "2024-03"`),
			[]Issue{{"CoverageEligibilityRequest.servicedDate", CodeValue, "want a full date (YYYY-MM-DD), got a partial date"}}},
		{"both serviced", edit(t, fx, `"servicedPeriod"`, `"servicedDate": "2024-03-01", "servicedPeriod"`),
			[]Issue{{"CoverageEligibilityRequest.servicedPeriod", CodeValue, "send servicedDate or servicedPeriod, not both: serviced[x] is one element"}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := DecodeEligibilityRequestOn([]byte(tc.doc), eligToday)
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("got %+v, %v; want an *Error", got, err)
			}
			if !reflect.DeepEqual(e.Issues, tc.want) {
				t.Fatalf("issues\n%q\nwant\n%q", e.Issues, tc.want)
			}
		})
	}
}

// Issues name elements, never the member id, the NPI or the dates sent.
func TestEligibilityIssuesQuoteNoHealthData(t *testing.T) {
	doc := edit(t, eligibilityFixture,
		`"value": "M-1001"`, `"value": " "`,
		`"value": "1234567893"`, `"value": "SECRETNPI"`,
		`"start": "2024-03-01"`, `"start": "2024-13-01"`,
	)
	_, err := DecodeEligibilityRequestOn([]byte(doc), eligToday)
	var e *Error
	if !errors.As(err, &e) || len(e.Issues) == 0 {
		t.Fatalf("accepted: %v", err)
	}
	doc = edit(t, doc, `"start": "2024-13-01"`, `"start": "2024-02-30"`)
	_, err = DecodeEligibilityRequestOn([]byte(doc), eligToday)
	var e2 *Error
	if !errors.As(err, &e2) || len(e2.Issues) != 3 {
		t.Fatalf("want the member id, the NPI and the date rejected: %v", err)
	}
	for _, is := range append(e.Issues, e2.Issues...) {
		for _, s := range []string{"SECRETNPI", "2024-13-01", "2024-02-30"} {
			if strings.Contains(is.String(), s) {
				t.Errorf("issue quotes %s: %s", s, is)
			}
		}
	}
}

// readEligibility parses a CoverageEligibilityResponse and checks it is
// valid R4.
func readEligibility(t testing.TB, b []byte) node {
	t.Helper()
	if is := schemaIssuesOf(t, b, "CoverageEligibilityResponse"); len(is) > 0 {
		t.Fatalf("not R4: %q\n%s", is, b)
	}
	tree, err := parseTree(b)
	if err != nil {
		t.Fatal(err)
	}
	return node{v: tree, path: "CoverageEligibilityResponse"}
}

// insuranceOf summarizes insurance[]: "plan inforce start..end" each.
func insuranceOf(r node) []string {
	var out []string
	for _, ins := range r.get("insurance").list() {
		in, _ := ins.get("inforce").boolean()
		s := ins.get("coverage").get("identifier").get("value").str()
		if ins.get("coverage").get("identifier").get("system").str() != SystemPlanID || ins.get("coverage").get("display").str() != s {
			s = "?" + s
		}
		s += map[bool]string{true: " inforce", false: " not"}[in]
		if bp := ins.get("benefitPeriod"); bp.present() {
			s += " " + bp.get("start").str() + ".." + bp.get("end").str()
		}
		out = append(out, s)
	}
	return out
}

func TestCoverageEligibilityResponse(t *testing.T) {
	req, err := DecodeEligibilityRequestOn([]byte(eligibilityFixture), eligToday)
	if err != nil {
		t.Fatal(err)
	}
	day := req
	day.From, day.To, day.Period = "2024-03-15", "2024-03-15", false
	span := func(plan, start, end string) adjudicator.Span {
		return adjudicator.Span{PlanID: plan, Start: start, End: end}
	}
	year := span("medicare", "2024-01-01", "2024-12-31")
	cases := []struct {
		name        string
		req         EligibilityRequest
		spans       []adjudicator.Span
		outcome     string
		insurance   []string
		disposition string
	}{
		{"covered day", day, []adjudicator.Span{span("medicare", "2023-01-01", "2023-12-31"), year}, "complete",
			[]string{"medicare inforce 2024-01-01..2024-12-31"}, "Coverage is in force on every day asked about."},
		{"uncovered day", day, []adjudicator.Span{span("medicare", "2023-01-01", "2023-12-31")}, "complete",
			[]string{"medicare not"}, "Not covered on the days asked about."},
		{"month half covered", req, []adjudicator.Span{span("medicare", "2023-01-01", "2024-03-15")}, "complete",
			[]string{"medicare not 2023-01-01..2024-03-15"}, "Covered on some of the days asked about, not all: see each insurance's benefit period."},
		{"month over two spans of a plan", req, []adjudicator.Span{span("medicare", "2024-03-16", "2024-12-31"), span("medicare", "2024-01-01", "2024-03-15")}, "complete",
			[]string{"medicare inforce 2024-01-01..2024-03-15"}, "Coverage is in force on every day asked about."},
		{"month over two plans", req, []adjudicator.Span{span("commercial_ppo", "2024-03-10", "2024-12-31"), span("medicare", "2023-01-01", "2024-03-09"), span("medicare", "2020-01-01", "2020-12-31")}, "complete",
			[]string{"medicare not 2023-01-01..2024-03-09", "commercial_ppo not 2024-03-10..2024-12-31"},
			"Every day asked about is covered, though by more than one plan: see each insurance's benefit period."},
		{"unknown member", day, nil, "error", nil, "The member id is not on record: no coverage can be told."},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			b, err := CoverageEligibilityResponse(&tc.req, adjudicator.Eligibility{Spans: tc.spans}, EligibilityOptions{Created: created, Insurer: "Keystone Health Plan"})
			if err != nil {
				t.Fatal(err)
			}
			r := readEligibility(t, b)
			if got := r.get("outcome").str(); got != tc.outcome {
				t.Errorf("outcome %s, want %s", got, tc.outcome)
			}
			if got := insuranceOf(r); !reflect.DeepEqual(got, tc.insurance) {
				t.Errorf("insurance %q, want %q", got, tc.insurance)
			}
			if got := r.get("disposition").str(); got != tc.disposition {
				t.Errorf("disposition %q, want %q", got, tc.disposition)
			}
			// What every answer echoes.
			var purposes []string
			for _, p := range r.get("purpose").list() {
				purposes = append(purposes, p.str())
			}
			if r.get("status").str() != "active" || !reflect.DeepEqual(purposes, []string{"validation", "benefits"}) ||
				r.get("patient").get("identifier").get("value").str() != "M-1001" ||
				r.get("request").get("identifier").get("value").str() != "ELIG-1" || r.get("request").get("type").str() != "CoverageEligibilityRequest" ||
				r.get("requestor").get("identifier").get("value").str() != "1234567893" ||
				r.get("insurer").get("display").str() != "Keystone Health Plan" || r.get("created").str() != "2017-03-10T09:30:00Z" {
				t.Errorf("echo: %s", b)
			}
			if tc.req.Period {
				if p := r.get("servicedPeriod"); p.get("start").str() != "2024-03-01" || p.get("end").str() != "2024-03-31" || r.get("servicedDate").present() {
					t.Errorf("servicedPeriod: %s", b)
				}
			} else if r.get("servicedDate").str() != "2024-03-15" || r.get("servicedPeriod").present() {
				t.Errorf("servicedDate: %s", b)
			}
			errs := r.get("error").list()
			if tc.outcome == "error" {
				if len(errs) != 1 || codingOf(errs[0].get("code")) != SystemX12RejectReason+"|72" || errs[0].get("code").get("text").str() != "member not found" {
					t.Errorf("error: %s", b)
				}
			} else if len(errs) != 0 {
				t.Errorf("errors on a known member: %s", b)
			}
		})
	}
}

func TestCoverageEligibilityResponseRejects(t *testing.T) {
	req, err := DecodeEligibilityRequestOn([]byte(eligibilityFixture), eligToday)
	if err != nil {
		t.Fatal(err)
	}
	bad := []adjudicator.Eligibility{
		{Spans: []adjudicator.Span{{PlanID: "medicare", Start: "2024-01-01", End: "2024/12/31"}}},
		{Spans: []adjudicator.Span{{PlanID: "medicare", Start: "2024-12-31", End: "2024-01-01"}}},
		{Spans: []adjudicator.Span{{Start: "2024-01-01", End: "2024-12-31"}}},
	}
	for i, el := range bad {
		if _, err := CoverageEligibilityResponse(&req, el, EligibilityOptions{}); err == nil || strings.Contains(err.Error(), "M-1001") {
			t.Errorf("span set %d: %v", i, err)
		}
	}
	undecoded := EligibilityRequest{From: "2024-03-01", To: "2024-03-01"}
	if _, err := CoverageEligibilityResponse(&undecoded, adjudicator.Eligibility{}, EligibilityOptions{}); err == nil {
		t.Error("a request without a member id answered")
	}
	// The default insurer, and created now.
	b, err := CoverageEligibilityResponse(&req, adjudicator.Eligibility{}, EligibilityOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var r struct {
		Insurer struct{ Display string }
		Created string
	}
	if err := json.Unmarshal(b, &r); err != nil || r.Insurer.Display != DefaultInsurer {
		t.Errorf("default insurer: %s", b)
	}
	if c, err := time.Parse(time.RFC3339, r.Created); err != nil || time.Since(c) > time.Minute {
		t.Errorf("created %q", r.Created)
	}
}
