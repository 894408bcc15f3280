package api_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/api"
	"github.com/claimsledger/claims/adjudicator/apikeys"
)

// In-memory stand-ins for what service wires over Redis and Kafka.
type (
	memKeys     map[string]string // API key → NPI
	nopIntake   struct{}
	nopLedger   struct{}
	memCoverage map[adjudicator.Hash]adjudicator.Eligibility
)

func (k memKeys) Lookup(_ context.Context, key string) (apikeys.Key, error) {
	npi, ok := k[key]
	if !ok {
		return apikeys.Key{}, apikeys.ErrUnknown
	}
	return apikeys.Key{NPI: npi}, nil
}

func (nopIntake) Submit(context.Context, []adjudicator.Claim) error { return nil }

func (nopLedger) Reserve(context.Context, string, string) (api.Reservation, error) {
	return api.Reserved, nil
}
func (nopLedger) Lookup(context.Context, string) (api.Reservation, string, error) {
	return api.Unknown, "", nil
}
func (nopLedger) Produced(context.Context, string) error { return nil }
func (nopLedger) Release(context.Context, string) error  { return nil }

func (c memCoverage) Eligibility(_ context.Context, member adjudicator.Hash) (adjudicator.Eligibility, error) {
	return c[member], nil
}

func memberHash(id string) adjudicator.Hash { return sha256.Sum256([]byte("member|" + id)) }

// Two providers: keyA's NPI and keyB's.
const (
	keyA, npiA = "key-a", "1234567893"
	keyB, npiB = "key-b", "1003811290"
)

// newServer is the API over in-memory stores, with o's other options.
func newServer(t *testing.T, o api.Options) *httptest.Server {
	t.Helper()
	return newServerWith(t, o, nopLedger{})
}

// newServerWith is newServer with ledger as the submissions ledger.
func newServerWith(t *testing.T, o api.Options, ledger api.Ledger) *httptest.Server {
	t.Helper()
	o.Keys = memKeys{keyA: npiA, keyB: npiB}
	o.Intake, o.Ledger = nopIntake{}, ledger
	o.ID = func(npi, id string) string { return "c_" + npi + "_" + id }
	o.Logger = slog.New(slog.DiscardHandler)
	if o.Access == nil {
		o.Access = &memAccess{}
	}
	if o.AccessKeys == nil {
		o.AccessKeys = hashKeys{}
	}
	srv, err := api.New(o)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	t.Cleanup(ts.Close)
	return ts
}

func do(t *testing.T, method, url, key, ctype string, body []byte) (int, http.Header, []byte) {
	t.Helper()
	req, _ := http.NewRequest(method, url, bytes.NewReader(body))
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	req.Header.Set("Authorization", "Bearer "+key)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header, b
}

// eligibilityRequest asks, as provider npi, whether member is covered on day.
func eligibilityRequest(member, npi, day string) []byte {
	return []byte(`{"resourceType": "CoverageEligibilityRequest", "status": "active", "purpose": ["validation"],
  "identifier": [{"system": "urn:example:req", "value": "R-7"}],
  "patient": {"identifier": {"value": "` + member + `"}}, "servicedDate": "` + day + `", "created": "2024-03-01",
  "provider": {"identifier": {"system": "http://hl7.org/fhir/sid/us-npi", "value": "` + npi + `"}},
  "insurer": {"display": "Keystone"}}`)
}

// POST /v1/eligibility with a FHIR CoverageEligibilityRequest: a covered member, a day out of
// coverage, an unknown member, a malformed request (an OperationOutcome naming the element),
// and a request as another provider (403), over the same coverage store the 270 is answered from.
func TestFHIREligibility(t *testing.T) {
	coverage := memCoverage{memberHash("M-1"): {Spans: []adjudicator.Span{{PlanID: "medicare", Start: "2024-01-01", End: "2024-06-30"}}}}
	ts := newServer(t, api.Options{Eligibility: &api.Eligibility{Store: coverage, Member: memberHash}})
	url := ts.URL + "/v1/eligibility"

	type response struct {
		ResourceType, Outcome, Disposition, ServicedDate string
		Insurer                                          struct{ Display string }
		Request                                          struct{ Identifier struct{ Value string } }
		Insurance                                        []struct {
			Coverage      struct{ Display string }
			Inforce       *bool
			BenefitPeriod struct{ Start, End string }
		}
		Error []struct {
			Code struct {
				Coding []struct{ System, Code string }
				Text   string
			}
		}
		Issue []struct {
			Severity, Code, Diagnostics string
			Expression                  []string
		}
	}
	ask := func(t *testing.T, key string, body []byte) (int, string, response) {
		t.Helper()
		code, h, b := do(t, http.MethodPost, url, key, "application/fhir+json; charset=utf-8", body)
		var r response
		if err := json.Unmarshal(b, &r); err != nil {
			t.Fatalf("%d, not JSON: %s", code, b)
		}
		return code, h.Get("Content-Type"), r
	}

	t.Run("covered", func(t *testing.T) {
		code, ct, r := ask(t, keyA, eligibilityRequest("M-1", npiA, "2024-03-15"))
		if code != 200 || ct != "application/fhir+json" || r.ResourceType != "CoverageEligibilityResponse" || r.Outcome != "complete" ||
			len(r.Insurance) != 1 || r.Insurance[0].Inforce == nil || !*r.Insurance[0].Inforce || r.Insurance[0].Coverage.Display != "medicare" ||
			r.Insurance[0].BenefitPeriod.Start != "2024-01-01" || r.Insurance[0].BenefitPeriod.End != "2024-06-30" ||
			r.ServicedDate != "2024-03-15" || r.Request.Identifier.Value != "R-7" || r.Insurer.Display != "Claims Ledger" {
			t.Errorf("%d %s %+v", code, ct, r)
		}
	})
	t.Run("uncovered day", func(t *testing.T) {
		code, _, r := ask(t, keyA, eligibilityRequest("M-1", npiA, "2024-07-01"))
		if code != 200 || r.Outcome != "complete" || len(r.Insurance) != 1 || r.Insurance[0].Inforce == nil || *r.Insurance[0].Inforce ||
			r.Insurance[0].BenefitPeriod.Start != "" || r.Disposition != "Not covered on the days asked about." {
			t.Errorf("%d %+v", code, r)
		}
	})
	t.Run("unknown member", func(t *testing.T) {
		code, _, r := ask(t, keyA, eligibilityRequest("M-404", npiA, "2024-03-15"))
		if code != 200 || r.Outcome != "error" || len(r.Insurance) != 0 || len(r.Error) != 1 ||
			len(r.Error[0].Code.Coding) != 1 || r.Error[0].Code.Coding[0].Code != "72" || r.Error[0].Code.Text != "member not found" {
			t.Errorf("%d %+v", code, r)
		}
	})
	t.Run("malformed", func(t *testing.T) {
		body := bytes.Replace(eligibilityRequest("M-1", npiA, "2024-03-15"), []byte(`"servicedDate": "2024-03-15"`), []byte(`"servicedPeriod": {"start": "2024-03-15", "end": "2024-03-01"}`), 1)
		code, ct, r := ask(t, keyA, body)
		if code != 400 || ct != "application/fhir+json" || r.ResourceType != "OperationOutcome" || len(r.Issue) != 1 ||
			r.Issue[0].Code != "value" || r.Issue[0].Severity != "error" ||
			len(r.Issue[0].Expression) != 1 || r.Issue[0].Expression[0] != "CoverageEligibilityRequest.servicedPeriod.end" {
			t.Errorf("%d %s %+v", code, ct, r)
		}
		code, _, r = ask(t, keyA, []byte(`{"resourceType": "CoverageEligibilityRequest", "patient": 7}`))
		if code != 400 || r.ResourceType != "OperationOutcome" || len(r.Issue) == 0 || r.Issue[0].Expression[0] != "CoverageEligibilityRequest.insurer" || r.Issue[0].Code != "required" {
			t.Errorf("%d %+v", code, r)
		}
		code, _, r = ask(t, keyA, []byte(`{"resourceType": `))
		if code != 400 || r.ResourceType != "OperationOutcome" || len(r.Issue) != 1 || !strings.HasPrefix(r.Issue[0].Diagnostics, "line 1, column ") {
			t.Errorf("not JSON: %d %+v", code, r)
		}
	})
	t.Run("another provider's NPI", func(t *testing.T) {
		code, ct, r := ask(t, keyA, eligibilityRequest("M-1", npiB, "2024-03-15"))
		if code != 403 || ct != "application/fhir+json" || r.ResourceType != "OperationOutcome" || len(r.Insurance) != 0 {
			t.Errorf("%d %s %+v", code, ct, r)
		}
		if code, _, _ := ask(t, keyB, eligibilityRequest("M-1", npiB, "2024-03-15")); code != 200 {
			t.Errorf("provider B as itself: %d", code)
		}
	})
	t.Run("X12 270 from the same coverage", func(t *testing.T) {
		inq := "ISA*03*9876543210*01*9876543210*30*000000005      *30*12345          *131031*1147*^*00501*000000907*1*T*:~\n" +
			"GS*HS*000000005*54321*20131031*1147*1*X*005010X279A1~\nST*270*1234*005010X279A1~\nBHT*0022*13*10001234*20060501*1319~\n" +
			"HL*1**20*1~\nNM1*PR*2*ABC COMPANY*****PI*842610001~\nHL*2*1*21*1~\nNM1*1P*2*BONE AND JOINT CLINIC*****SV*2000035~\n" +
			"HL*3*2*22*0~\nTRN*1*93175-012547*9877281234~\nNM1*IL*1*SMITH*ROBERT****MI*M-1~\nDMG*D8*19430519~\n" +
			"DTP*291*D8*20240315~\nEQ*30~\nSE*13*1234~\nGE*1*1~\nIEA*1*000000907~\n"
		code, h, b := do(t, http.MethodPost, url, keyA, "application/edi-x12", []byte(inq))
		if code != 200 || h.Get("Content-Type") != "application/edi-x12" || !bytes.Contains(b, []byte("EB*1**30*MB*medicare~")) {
			t.Errorf("%d %s", code, b)
		}
	})
	t.Run("other media types", func(t *testing.T) {
		if code, _, b := do(t, http.MethodPost, url, keyA, "application/json", eligibilityRequest("M-1", npiA, "2024-03-15")); code != 415 || !bytes.Contains(b, []byte("application/fhir+json")) {
			t.Errorf("application/json: %d %s", code, b)
		}
	})
}

// The OpenAPI document names both forms of the eligibility request and answer.
func TestOpenAPIDocumentsFHIREligibility(t *testing.T) {
	ts := newServer(t, api.Options{})
	resp, err := http.Get(ts.URL + "/v1/openapi.json")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var doc struct {
		Paths map[string]map[string]struct {
			RequestBody struct{ Content map[string]any }
			Responses   map[string]struct{ Content map[string]any }
		}
	}
	if err := json.NewDecoder(resp.Body).Decode(&doc); err != nil {
		t.Fatal(err)
	}
	op := doc.Paths["/v1/eligibility"]["post"]
	for _, c := range []map[string]any{op.RequestBody.Content, op.Responses["200"].Content} {
		if c["application/edi-x12"] == nil || c["application/fhir+json"] == nil {
			t.Errorf("content types %v, want X12 and FHIR", c)
		}
	}
	if op.Responses["400"].Content["application/fhir+json"] == nil || op.Responses["403"].Content == nil {
		t.Errorf("400 content %v; 403 documented: %v", op.Responses["400"].Content, op.Responses["403"].Content != nil)
	}
}

// api.New refuses eligibility without its store, and a payer or payment method an 835 cannot
// carry.
func TestNewValidatesOptions(t *testing.T) {
	base := api.Options{Keys: memKeys{}, Intake: nopIntake{}, Ledger: nopLedger{}, ID: func(string, string) string { return "" }}
	bad := map[string]func(o *api.Options){
		"eligibility without a store": func(o *api.Options) { o.Eligibility = &api.Eligibility{Member: memberHash} },
		"payer without a name": func(o *api.Options) {
			p := api.DefaultPayer
			p.Name = ""
			o.Payer = &p
		},
		"ACH": func(o *api.Options) { o.PaymentMethod = "ACH" },
	}
	for name, mutate := range bad {
		o := base
		mutate(&o)
		if _, err := api.New(o); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	o := base
	p := api.DefaultPayer
	o.Payer, o.PaymentMethod = &p, "CHK"
	if _, err := api.New(o); err != nil {
		t.Errorf("the default payer, paying by check: %v", err)
	}
}
