package fhir

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/claimsledger/claims/adjudicator"
)

// FuzzDecodeFHIR feeds Decode arbitrary documents. Properties:
//   - it never panics; a document-level error is an *Error with at least
//     one issue, each with a known issue type and a message;
//   - every result has a path of its own (Claim, or its Bundle entry) and
//     every issue of it lies under that path;
//   - every accepted claim validates as claims.v1, and written back as a
//     FHIR Claim reads back equal (the mapping is a fixed point).
//
// Seeds: Synthea Claims of both types, the fixture and broken copies of it, a few
// bundled claims written as FHIR, a Bundle, and a minimal Claim.
func FuzzDecodeFHIR(f *testing.F) {
	// A few Synthea Claims of each type: a corpus of all 192 long
	// documents spreads the mutations too thin to reach the values of the
	// short ones.
	lines := syntheaLines(f)
	for _, i := range []int{0, 1, 2, 3, 50, 100, 150, 191} {
		f.Add(lines[i])
	}
	fx := fixture(f)
	f.Add([]byte(fx))
	f.Add([]byte(edit(f, fx, `"quantity": {"value": 2.0}`, `"quantity": {"value": 2.5}`)))
	f.Add([]byte(edit(f, fx, `"value": 75.10`, `"value": 75.1e1`)))
	f.Add([]byte(edit(f, fx, `"code": "professional"`, `"code": "institutional"`)))
	f.Add([]byte(`{"resourceType":"Bundle","type":"batch","entry":[{"resource":` + fx + `},{"resource":{"resourceType":"Claim"}}]}`))
	claims := sampleClaims(f)
	for _, i := range []int{0, 5, 100, 700, 1137} {
		b, err := Encode(&claims[i])
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	b, err := EncodeBundle(claims[10:13])
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	// A small valid Claim: byte mutations of a short document reach its
	// values more often than those of a long one.
	f.Add([]byte(minimalClaim))
	f.Add([]byte(`{"resourceType":"Claim"}`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		res, err := Decode(data)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || len(e.Issues) == 0 {
				t.Fatalf("error %T: %v", err, err)
			}
			checkIssues(t, "", e.Issues)
			return
		}
		if len(res) == 0 {
			t.Fatal("no results and no error")
		}
		for _, r := range res {
			if r.Path != "Claim" && !strings.HasPrefix(r.Path, "Bundle.entry[") {
				t.Fatalf("result path %q", r.Path)
			}
			if len(r.Issues) > 0 {
				// A Bundle entry's own problems (an unknown element beside its resource, a
				// missing resource) belong to that entry's result too, placed on the entry.
				checkIssues(t, strings.TrimSuffix(r.Path, ".resource"), r.Issues)
				continue
			}
			if err := r.Claim.Validate(); err != nil {
				t.Fatalf("accepted an invalid claim: %v", err)
			}
			b, err := Encode(&r.Claim)
			if err != nil {
				t.Fatalf("accepted claim does not encode: %v", err)
			}
			back, err := DecodeClaim(b)
			if err != nil {
				t.Fatalf("re-encoded claim rejected: %v\n%s", err, b)
			}
			if !reflect.DeepEqual(back, r.Claim) {
				t.Fatalf("re-encoded claim changed:\n%+v\n%+v", back, r.Claim)
			}
		}
	})
}

const minimalClaim = `{"resourceType":"Claim","status":"active","use":"claim","created":"2017-01-02",` +
	`"type":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/claim-type","code":"professional"}]},` +
	`"identifier":[{"system":"urn:x","value":"C1"}],"patient":{"reference":"Patient/M1"},` +
	`"provider":{"identifier":{"system":"http://hl7.org/fhir/sid/us-npi","value":"1234567893"}},` +
	`"priority":{"coding":[{"code":"normal"}]},"insurance":[{"sequence":1,"focal":true,"coverage":{"display":"P"}}],` +
	`"billablePeriod":{"start":"2017-01-02","end":"2017-01-02"},` +
	`"item":[{"sequence":1,"productOrService":{"coding":[{"system":"http://www.ama-assn.org/go/cpt","code":"99213"}]},` +
	`"quantity":{"value":1},"net":{"value":75.00}}]}`

func checkIssues(t *testing.T, root string, issues []Issue) {
	t.Helper()
	for _, is := range issues {
		if _, ok := issueTypes[is.Code]; !ok || is.Msg == "" {
			t.Fatalf("issue %+v", is)
		}
		if root != "" && is.Path != root && !strings.HasPrefix(is.Path, root+".") && !strings.HasPrefix(is.Path, root+"[") {
			t.Fatalf("issue %s is not under %s", is, root)
		}
	}
}

// FuzzDecodeEligibilityRequest feeds DecodeEligibilityRequestOn arbitrary
// documents. Properties:
//   - it never panics; an error is an *Error with at least one issue, each
//     with a known issue type and a message, placed under the request (or
//     nowhere, for a document that is not one);
//   - an accepted request has a member id, a 10-digit provider NPI, a
//     range of calendar days and a purpose the engine answers;
//   - its answer, for a member covered on its first day and for an unknown
//     member, is a valid R4 CoverageEligibilityResponse.
//
// Seeds: the test fixture and variants of each way to name the patient
// and the days, a minimal request, and documents that are not one.
func FuzzDecodeEligibilityRequest(f *testing.F) {
	fx := eligibilityFixture
	f.Add([]byte(fx))
	f.Add([]byte(edit(f, fx, `"patient": {"reference": "#pat"}`, `"patient": {"reference": "Patient?identifier=urn:x|M-4"}`)))
	f.Add([]byte(edit(f, fx, `"servicedPeriod": {"start": "2024-03-01", "end": "2024-03-31T23:59:59-05:00"}`, `"servicedDate": "2024-04-02"`)))
	f.Add([]byte(edit(f, fx, `"2024-03-31T23:59:59-05:00"`, `"2024-02-29"`)))
	f.Add([]byte(minimalEligibilityRequest))
	f.Add([]byte(`{"resourceType":"CoverageEligibilityRequest"}`))
	f.Add([]byte(`{"resourceType":"Claim"}`))
	f.Add([]byte(`[]`))
	today := time.Date(2024, 5, 6, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, data []byte) {
		req, err := DecodeEligibilityRequestOn(data, today)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || len(e.Issues) == 0 {
				t.Fatalf("error %T: %v", err, err)
			}
			for _, is := range e.Issues {
				if is.Path != "" {
					checkIssues(t, eligibilityRoot, []Issue{is})
				}
			}
			checkIssues(t, "", e.Issues)
			return
		}
		from, err1 := time.Parse(time.DateOnly, req.From)
		to, err2 := time.Parse(time.DateOnly, req.To)
		if req.MemberID == "" || !npiDigits.MatchString(req.ProviderNPI) || err1 != nil || err2 != nil || to.Before(from) || len(req.Purposes) == 0 {
			t.Fatalf("accepted %+v", req)
		}
		for _, el := range []adjudicator.Eligibility{{}, {Spans: []adjudicator.Span{{PlanID: "medicare", Start: req.From, End: req.From}}}} {
			b, err := CoverageEligibilityResponse(&req, el, EligibilityOptions{Created: today})
			if err != nil {
				t.Fatalf("accepted request not answered: %v", err)
			}
			if is := schemaIssuesOf(t, b, "CoverageEligibilityResponse"); len(is) > 0 {
				t.Fatalf("answer is not R4: %q\n%s", is, b)
			}
		}
	})
}

const minimalEligibilityRequest = `{"resourceType":"CoverageEligibilityRequest","status":"active","purpose":["validation"],` +
	`"patient":{"identifier":{"value":"M1"}},"created":"2024-01-02","insurer":{"display":"P"},` +
	`"provider":{"identifier":{"system":"http://hl7.org/fhir/sid/us-npi","value":"1234567893"}}}`
