package api_test

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/api"
)

// memAccess records looks in memory; fail makes Record fail, as a broker outage would.
type memAccess struct {
	mu    sync.Mutex
	looks []adjudicator.Access
	fail  bool
}

func (m *memAccess) Record(_ context.Context, looks ...adjudicator.Access) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.fail {
		return errors.New("access topic unavailable")
	}
	for _, a := range looks {
		if err := a.Validate(); err != nil {
			return err
		}
	}
	m.looks = append(m.looks, looks...)
	return nil
}

func (m *memAccess) take() []adjudicator.Access {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := m.looks
	m.looks = nil
	return out
}

// hashKeys stands in for privacy.Keyer: a distinct hash per claim id and per NPI.
type hashKeys struct{}

func (hashKeys) Claim(id string) [32]byte     { return sha256.Sum256([]byte("claim|" + id)) }
func (hashKeys) Provider(npi string) [32]byte { return sha256.Sum256([]byte("provider|" + npi)) }

// byID serves decided claims by API id (and by provider for remittances).
type byID map[string]api.Decided

func (m byID) Decided(_ context.Context, id string) (api.Decided, bool, error) {
	d, ok := m[id]
	return d, ok, nil
}

func (m byID) Settled(ctx context.Context, npi string, from, to time.Time) ([]api.Decided, error) {
	var all memStatuses
	for _, d := range m {
		all = append(all, d)
	}
	return all.Settled(ctx, npi, from, to)
}

// receivedLedger knows one claim as produced by provider A and not decided yet.
type receivedLedger struct{ nopLedger }

func (receivedLedger) Lookup(_ context.Context, id string) (api.Reservation, string, error) {
	if id == "c_received" {
		return api.Produced, npiA, nil
	}
	return api.Unknown, "", nil
}

type fixedProver struct{}

func (fixedProver) Prove(context.Context, string, api.Decided) ([]byte, error) {
	return []byte(`{"record": {}, "proof": []}`), nil
}

var lookTime = time.Date(2024, 3, 2, 9, 30, 15, 0, time.UTC)

// Every look at a decided claim's details is recorded before they are served, with the claim's
// key, the calling provider's key and the purpose; a look at a claim only received, or refused,
// is not; and when recording fails the details are refused (503), never served unrecorded.
func TestLooksAreRecordedBeforeDetailsAreServed(t *testing.T) {
	d := settledClaim(t) // claim C-1 of provider A
	statuses := byID{"c1": d}
	rec := &memAccess{}
	o := api.Options{Statuses: statuses, Access: rec, AccessKeys: hashKeys{}, Prover: fixedProver{}, Now: func() time.Time { return lookTime.Add(400 * time.Millisecond) }}
	ts := newServerWith(t, o, receivedLedger{})
	want := func(purpose adjudicator.Purpose) adjudicator.Access {
		return adjudicator.Access{ClaimKey: hashKeys{}.Claim("C-1"), Viewer: hashKeys{}.Provider(npiA), ViewerKind: adjudicator.ViewerProvider,
			Purpose: purpose, At: lookTime}
	}
	check := func(what string, want ...adjudicator.Access) {
		t.Helper()
		got := rec.take()
		if len(got) != len(want) {
			t.Fatalf("%s: %d looks recorded, want %d: %+v", what, len(got), len(want), got)
		}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("%s: look %d = %+v\nwant %+v", what, i, got[i], want[i])
			}
		}
	}

	code, _, body := do(t, http.MethodGet, ts.URL+"/v1/claims/c1", keyA, "", nil)
	if code != 200 || !strings.Contains(string(body), `"decision"`) {
		t.Fatalf("GET a decided claim: %d %s", code, body)
	}
	check("GET /v1/claims/{id}", want(adjudicator.PurposeProviderStatus))

	code, _, body = do(t, http.MethodGet, ts.URL+"/v1/claims/c1?proof=true", keyA, "", nil)
	if code != 200 || !strings.Contains(string(body), `"proof"`) {
		t.Fatalf("GET ?proof=true: %d %s", code, body)
	}
	check("GET ?proof=true", want(adjudicator.PurposeProviderProof))

	req, _ := http.NewRequest(http.MethodGet, ts.URL+"/v1/claims/c1", nil)
	req.Header.Set("Accept", "application/fhir+json")
	req.Header.Set("Authorization", "Bearer "+keyA)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("GET as a FHIR ClaimResponse: %d", resp.StatusCode)
	}
	check("GET as a FHIR ClaimResponse", want(adjudicator.PurposeProviderStatus))

	code, _, body = do(t, http.MethodGet, ts.URL+"/v1/remittance?from=2024-03-01&to=2024-03-01", keyA, "", nil)
	if code != 200 {
		t.Fatalf("GET /v1/remittance: %d %s", code, body)
	}
	check("GET /v1/remittance", want(adjudicator.PurposeProviderRemittance))

	// No details, no look: another provider's claim (403), a claim only received, an unknown id.
	if code, _, _ := do(t, http.MethodGet, ts.URL+"/v1/claims/c1", keyB, "", nil); code != http.StatusForbidden {
		t.Errorf("another provider's claim: %d, want 403", code)
	}
	if code, _, body := do(t, http.MethodGet, ts.URL+"/v1/claims/c_received", keyA, "", nil); code != 200 || !strings.Contains(string(body), `"received"`) {
		t.Errorf("a received claim: %d %s", code, body)
	}
	if code, _, _ := do(t, http.MethodGet, ts.URL+"/v1/claims/c_nothing", keyA, "", nil); code != http.StatusNotFound {
		t.Errorf("an unknown claim: %d, want 404", code)
	}
	check("requests that show no details")

	// Recording fails: every route that would show details refuses them.
	rec.fail = true
	code, _, body = do(t, http.MethodGet, ts.URL+"/v1/claims/c1", keyA, "", nil)
	if code != http.StatusServiceUnavailable || strings.Contains(string(body), "99213") || strings.Contains(string(body), `"decision"`) {
		t.Errorf("GET with the recorder down: %d %s, want 503 without the decision", code, body)
	}
	if code, _, body := do(t, http.MethodGet, ts.URL+"/v1/claims/c1?proof=true", keyA, "", nil); code != http.StatusServiceUnavailable || strings.Contains(string(body), `"proof"`) {
		t.Errorf("GET ?proof=true with the recorder down: %d %s, want 503", code, body)
	}
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var oo struct {
		ResourceType string `json:"resourceType"`
	}
	_ = json.NewDecoder(resp.Body).Decode(&oo)
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable || oo.ResourceType != "OperationOutcome" {
		t.Errorf("FHIR GET with the recorder down: %d %s, want 503 with an OperationOutcome", resp.StatusCode, oo.ResourceType)
	}
	if code, _, body := do(t, http.MethodGet, ts.URL+"/v1/remittance?from=2024-03-01&to=2024-03-01", keyA, "", nil); code != http.StatusServiceUnavailable || strings.Contains(string(body), "CLP*") {
		t.Errorf("GET /v1/remittance with the recorder down: %d %s, want 503 without an 835", code, body)
	}
	// What does not show details still works.
	if code, _, _ := do(t, http.MethodGet, ts.URL+"/v1/claims/c_received", keyA, "", nil); code != 200 {
		t.Errorf("a received claim with the recorder down: %d, want 200", code)
	}
	check("the recorder down")
}

// ?wait= answers with the decision only when its look is recorded; otherwise the claims are
// queued all the same and the answer is 202 without decisions.
func TestWaitWithholdsDecisionsItCannotRecord(t *testing.T) {
	d := settledClaim(t)
	claim, _ := json.Marshal(d.Claim)
	rec := &memAccess{}
	// The API id of C-1 from A, as newServer's ID names it: decided as soon as it is submitted.
	ts := newServer(t, api.Options{Statuses: byID{"c_" + npiA + "_C-1": d}, Access: rec, AccessKeys: hashKeys{}, Now: func() time.Time { return lookTime }})
	code, _, body := do(t, http.MethodPost, ts.URL+"/v1/claims?wait=2s", keyA, "application/json", claim)
	if code != 200 || !strings.Contains(string(body), `"decided"`) {
		t.Fatalf("?wait= with the claim decided: %d %s", code, body)
	}
	if looks := rec.take(); len(looks) != 1 || looks[0].Purpose != adjudicator.PurposeProviderStatus || looks[0].ClaimKey != (hashKeys{}).Claim("C-1") {
		t.Fatalf("?wait= recorded %+v, want one provider-status look at C-1", looks)
	}
	rec.fail = true
	code, _, body = do(t, http.MethodPost, ts.URL+"/v1/claims?wait=2s", keyA, "application/json", claim)
	if code != http.StatusAccepted || strings.Contains(string(body), `"decided"`) || !strings.Contains(string(body), `"accepted"`) {
		t.Fatalf("?wait= with the recorder down: %d %s, want 202, accepted, no decision", code, body)
	}
}

// An API that serves decided claims cannot be built without a recorder.
func TestDetailsNeedARecorder(t *testing.T) {
	o := api.Options{Keys: memKeys{}, Intake: nopIntake{}, Ledger: nopLedger{}, ID: func(string, string) string { return "" }, Statuses: byID{}}
	if _, err := api.New(o); err == nil || !strings.Contains(err.Error(), "access recorder") {
		t.Errorf("statuses without a recorder: %v, want refused", err)
	}
	o.Access, o.AccessKeys = &memAccess{}, hashKeys{}
	if _, err := api.New(o); err != nil {
		t.Error(err)
	}
}
