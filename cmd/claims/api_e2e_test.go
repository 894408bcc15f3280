package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"maps"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/config"
	"github.com/claimsledger/claims/adjudicator/sample"
	"github.com/claimsledger/claims/adjudicator/x12"
	"github.com/claimsledger/claims/adjudicator/x12/claim837"
	"github.com/claimsledger/claims/adjudicator/x12/remit835"
)

// apiClient talks to serve's provider API with one provider's key.
type apiClient struct {
	t        *testing.T
	base     string
	key      string
	lastCode int
}

func (c *apiClient) do(method, path, ctype, accept string, body []byte) []byte {
	c.t.Helper()
	req, err := http.NewRequest(method, c.base+path, bytes.NewReader(body))
	if err != nil {
		c.t.Fatal(err)
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	if accept != "" {
		req.Header.Set("Accept", accept)
	}
	req.Header.Set("Authorization", "Bearer "+c.key)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		c.t.Fatal(err)
	}
	defer resp.Body.Close()
	out, _ := io.ReadAll(resp.Body)
	c.lastCode = resp.StatusCode
	return out
}

type submitAnswer struct {
	Claims []struct {
		ID           string `json:"id"`
		ClaimID      string `json:"claim_id"`
		Status       string `json:"status"`
		Resubmission bool   `json:"resubmission"`
		Errors       []struct{ Where, Reason string }
		Decided      *struct{ Status string }
	} `json:"claims"`
	Errors []struct{ Location, Message string }
}

// The acceptance walk over HTTP, against the real binary: devnet, serve, two providers
// registered with claims provider add, an 837 from each with its own key, a FHIR
// ClaimResponse read back, 403 on the other provider's claim, a resubmission answered with the
// same ids, malformed JSON, FHIR and X12 located, ?wait=, an 835 whose BPR the chain confirms,
// and a garbage Kafka message dead-lettered.
func TestProviderAPIEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: builds the binary and runs devnet and serve")
	}
	bin := buildBinary(t)
	cfgPath := devnet(t, bin)
	cfg, err := config.Load(cfgPath, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.APIAddr == "" {
		t.Fatal("devnet wrote no api_addr")
	}
	serve := start(t, bin, nil, "serve", "--config", cfgPath, "--linger", "100ms", "--log-level", "warn")
	_ = serve

	// Two providers with professional claims an 837P can carry.
	all, err := sample.Claims()
	if err != nil {
		t.Fatal(err)
	}
	byNPI := map[string][]adjudicator.Claim{}
	for _, c := range all {
		if c.ClaimType == "professional" && len(c.Diagnoses) > 0 && linesInOrder(c) {
			byNPI[c.BillingNPI] = append(byNPI[c.BillingNPI], c)
		}
	}
	var npis []string
	for _, npi := range slices.Sorted(maps.Keys(byNPI)) {
		if len(byNPI[npi]) >= 3 && len(npis) < 2 {
			npis = append(npis, npi)
		}
	}
	clients := map[string]*apiClient{}
	for _, npi := range npis {
		out := mustRun(t, "provider", "add", "--npi", npi, "--payout", freshAddress(t).Hex(), "--json", "--config", cfgPath)
		var k struct {
			APIKey string `json:"api_key"`
		}
		if err := json.Unmarshal([]byte(out), &k); err != nil || k.APIKey == "" {
			t.Fatalf("provider add --json: %v %s", err, out)
		}
		clients[npi] = &apiClient{t: t, base: "http://" + cfg.APIAddr, key: k.APIKey}
	}
	a, b := clients[npis[0]], clients[npis[1]]
	waitFor(t, 2*time.Minute, func() bool {
		a.do(http.MethodGet, "/v1/claims/c_0", "", "", nil)
		return a.lastCode == http.StatusNotFound
	})
	// devnet writes analysts_dir, so serve mounts the analysts' console beside the API.
	if resp, err := http.Get("http://" + cfg.APIAddr + "/console/login"); err != nil || resp.StatusCode != http.StatusOK {
		t.Errorf("the analysts' console on the API's listener: %v %v", resp, err)
	} else {
		resp.Body.Close()
	}

	// An 837 from each provider with its own key; the first waits for its decisions.
	ids := map[string][]string{}
	var first []byte
	for i, npi := range npis {
		edi, err := claim837.Encode(x12.Envelope{SenderQualifier: "ZZ", SenderID: "B" + npi, ReceiverQualifier: "ZZ", ReceiverID: "CLAIMSLEDGER",
			Control: uint32(100 + i), Time: time.Now()}, byNPI[npi][:3])
		if err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			first = edi
		}
		path := "/v1/claims"
		if i == 0 {
			path += "?wait=30s"
		}
		var ans submitAnswer
		body := clients[npi].do(http.MethodPost, path, "application/edi-x12", "", edi)
		if err := json.Unmarshal(body, &ans); err != nil || len(ans.Claims) != 3 {
			t.Fatalf("837 from %s: %d %s", npi, clients[npi].lastCode, body)
		}
		for _, c := range ans.Claims {
			if c.Status != "accepted" {
				t.Fatalf("837 from %s: %+v", npi, ans)
			}
			if i == 0 && c.Decided == nil {
				t.Errorf("?wait=30s answered before the decision: %+v", c)
			}
			ids[npi] = append(ids[npi], c.ID)
		}
	}
	// Resubmitting gives the same ids and queues nothing.
	var again submitAnswer
	_ = json.Unmarshal(a.do(http.MethodPost, "/v1/claims", "application/edi-x12", "", first), &again)
	for i, c := range again.Claims {
		if c.ID != ids[npis[0]][i] || !c.Resubmission {
			t.Errorf("resubmission %d: %+v, want id %s", i, c, ids[npis[0]][i])
		}
	}
	// A FHIR ClaimResponse for a decided claim; 403 for the other provider.
	var cr struct {
		ResourceType string `json:"resourceType"`
		Item         []any  `json:"item"`
	}
	_ = json.Unmarshal(a.do(http.MethodGet, "/v1/claims/"+ids[npis[0]][0], "", "application/fhir+json", nil), &cr)
	if a.lastCode != 200 || cr.ResourceType != "ClaimResponse" || len(cr.Item) == 0 {
		t.Errorf("ClaimResponse: %d %+v", a.lastCode, cr)
	}
	// ?proof=true: the record and its proof, which claims verify --record checks from the chain.
	var withProof struct {
		Proof json.RawMessage `json:"proof"`
	}
	_ = json.Unmarshal(a.do(http.MethodGet, "/v1/claims/"+ids[npis[0]][1]+"?proof=true", "", "", nil), &withProof)
	if a.lastCode != 200 || len(withProof.Proof) == 0 {
		t.Fatalf("?proof=true: %d %s", a.lastCode, withProof.Proof)
	}
	exported := filepath.Join(t.TempDir(), "claim.json")
	if err := os.WriteFile(exported, withProof.Proof, 0o600); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(bin, "verify", "--config", cfgPath, "--record", exported).CombinedOutput(); err != nil {
		t.Errorf("claims verify --record of the API's proof: %v\n%s", err, out)
	}
	if b.do(http.MethodGet, "/v1/claims/"+ids[npis[0]][0], "", "", nil); b.lastCode != http.StatusForbidden {
		t.Errorf("the other provider's claim: %d, want 403", b.lastCode)
	}
	// Malformed input, located.
	var bad submitAnswer
	_ = json.Unmarshal(a.do(http.MethodPost, "/v1/claims", "application/json", "", []byte("{\n  \"claim_id\": \"x\",,\n}")), &bad)
	if a.lastCode != 400 || len(bad.Errors) == 0 || bad.Errors[0].Location != "line 2, column 19" {
		t.Errorf("malformed JSON: %d %+v", a.lastCode, bad)
	}
	// A Claim missing what R4 requires is rejected on its own, each problem by FHIR path.
	var fhirBad submitAnswer
	_ = json.Unmarshal(a.do(http.MethodPost, "/v1/claims", "application/fhir+json", "", []byte(`{"resourceType": "Claim", "status": "active"}`)), &fhirBad)
	if a.lastCode != 202 || len(fhirBad.Claims) != 1 || fhirBad.Claims[0].Status != "rejected" || len(fhirBad.Claims[0].Errors) == 0 ||
		!strings.HasPrefix(fhirBad.Claims[0].Errors[0].Where, "Claim.") {
		t.Errorf("malformed FHIR: %d %+v", a.lastCode, fhirBad)
	}
	// A document that is not a Claim at all is refused whole, as an OperationOutcome.
	oo := a.do(http.MethodPost, "/v1/claims", "application/fhir+json", "", []byte(`{"resourceType": "Patient"}`))
	if a.lastCode != 400 || !bytes.Contains(oo, []byte(`"resourceType":"OperationOutcome"`)) {
		t.Errorf("not a Claim: %d %s", a.lastCode, oo)
	}
	_ = json.Unmarshal(a.do(http.MethodPost, "/v1/claims", "application/edi-x12", "", bytes.Replace(first, []byte("SE*"), []byte("SE*9"), 1)), &bad)
	if a.lastCode != 400 || len(bad.Errors) == 0 || !strings.Contains(bad.Errors[0].Location, "(SE01)") {
		t.Errorf("malformed X12: %d %+v", a.lastCode, bad)
	}
	// The 835 of the first provider's claims settled today, against the chain.
	today := time.Now().UTC().Format(time.DateOnly)
	waitFor(t, time.Minute, func() bool {
		b.do(http.MethodGet, "/v1/claims/"+ids[npis[1]][2], "", "", nil)
		return b.lastCode == 200
	})
	edi835 := a.do(http.MethodGet, "/v1/remittance?from="+today+"&to="+today, "", "", nil)
	if a.lastCode != 200 {
		t.Fatalf("remittance: %d %s", a.lastCode, edi835)
	}
	rs, err := remit835.Read(edi835)
	if err != nil {
		t.Fatal(err)
	}
	var bpr int64
	for _, r := range rs {
		if err := r.Balance(); err != nil {
			t.Error(err)
		}
		bpr += r.Payment.Cents
	}
	var bal struct {
		Pending      int64 `json:"pending_cents"`
		Withdrawable int64 `json:"withdrawable_cents"`
		Withdrawn    int64 `json:"withdrawn_cents"`
	}
	out := mustRun(t, "provider", "balance", "--npi", npis[0], "--json", "--config", cfgPath)
	if err := json.Unmarshal([]byte(out), &bal); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if onChain := bal.Pending + bal.Withdrawable + bal.Withdrawn; onChain != bpr {
		t.Errorf("835 BPR total %d cents, the chain credited %d", bpr, onChain)
	}
	// A garbage Kafka message is dead-lettered, not dropped.
	w := &kafka.Writer{Addr: kafka.TCP(cfg.Brokers...), Topic: cfg.InputTopic}
	if err := w.WriteMessages(context.Background(), kafka.Message{Key: []byte("garbage"), Value: []byte("\x00not a claim")}); err != nil {
		t.Fatal(err)
	}
	_ = w.Close()
	r := waitDecided(t, bin, cfgPath, 7, 2*time.Minute)
	if r.DeadLettered != 1 || r.Decided != 6 {
		t.Errorf("audit: %+v, want 6 decided and 1 dead-lettered", r)
	}
}

func linesInOrder(c adjudicator.Claim) bool {
	for i, l := range c.Lines {
		if l.Number != i+1 {
			return false
		}
	}
	return true
}

func waitFor(t *testing.T, timeout time.Duration, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatalf("not so after %s", timeout)
		}
		time.Sleep(200 * time.Millisecond)
	}
}
