package service_test

import (
	"bytes"
	"context"
	"crypto/tls"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/redis/go-redis/v9"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/accesslog"
	"github.com/claimsledger/claims/adjudicator/apikeys"
	"github.com/claimsledger/claims/adjudicator/chain"
	"github.com/claimsledger/claims/adjudicator/config"
	"github.com/claimsledger/claims/adjudicator/devstack"
	"github.com/claimsledger/claims/adjudicator/fhir"
	"github.com/claimsledger/claims/adjudicator/intake"
	"github.com/claimsledger/claims/adjudicator/privacy"
	"github.com/claimsledger/claims/adjudicator/sample"
	"github.com/claimsledger/claims/adjudicator/service"
	"github.com/claimsledger/claims/adjudicator/testkit"
	"github.com/claimsledger/claims/adjudicator/x12"
	"github.com/claimsledger/claims/adjudicator/x12/claim837"
	"github.com/claimsledger/claims/adjudicator/x12/remit835"
	"github.com/ethereum/go-ethereum/common"
)

type apiAnswer struct {
	Claims []struct {
		ID           string `json:"id"`
		ClaimID      string `json:"claim_id"`
		Status       string `json:"status"`
		Resubmission bool   `json:"resubmission"`
		Errors       []struct{ Where, Reason string }
		Decided      *struct{ Status string }
	} `json:"claims"`
	Detail string `json:"detail"`
	Errors []struct{ Location, Message string }
}

func get(t *testing.T, url, key, path string) (int, []byte) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, url+path, nil)
	req.Header.Set("Authorization", "Bearer "+key)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, b
}

// post sends body to url (the server's root, or a full /v1/claims URL with a query).
func post(t *testing.T, url, key, ctype string, body []byte) (int, apiAnswer, http.Header) {
	t.Helper()
	if !strings.Contains(url, "/v1/claims") {
		url += "/v1/claims"
	}
	req, _ := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	req.Header.Set("Content-Type", ctype)
	if key != "" {
		req.Header.Set("Authorization", "Bearer "+key)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	var a apiAnswer
	_ = json.Unmarshal(raw, &a)
	return resp.StatusCode, a, resp.Header
}

// The provider API over HTTP, against a real broker, Redis and chain, with the engine deciding
// what it queues: keys authenticate, a provider submits only its own claims, a resubmission
// creates nothing new, bad input is located, and accepted claims get decided.
func TestProviderAPISubmits(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	st, rules, claims := startStack(t, ctx, 1, 200)
	rdb := redis.NewClient(&redis.Options{Addr: st.Redis.Addr})
	defer rdb.Close()
	keys, err := apikeys.New(rdb)
	if err != nil {
		t.Fatal(err)
	}
	// Two providers with claims in the sample.
	byNPI := map[string][]adjudicator.Claim{}
	for _, c := range claims {
		byNPI[c.BillingNPI] = append(byNPI[c.BillingNPI], c)
	}
	// a has three claims or more; b is another provider. Sorted, so every run picks the same.
	npis := slices.Sorted(maps.Keys(byNPI))
	var a, b string
	for _, npi := range npis {
		if len(byNPI[npi]) >= 3 && a == "" {
			a = npi
		}
	}
	for _, npi := range npis {
		if npi != a && b == "" {
			b = npi
		}
	}
	if a == "" || b == "" {
		t.Fatal("the sample slice has no provider with three claims")
	}
	keyA, _, err := keys.Issue(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	keyB, _, err := keys.Issue(ctx, b)
	if err != nil {
		t.Fatal(err)
	}

	var mu sync.Mutex
	decided := 0
	reg := prometheus.NewRegistry()
	url, _ := serveAPI(t, ctx, st, service.Options{Rules: rules, Registerer: reg,
		EngineOptions: []adjudicator.Option{adjudicator.WithLinger(50 * time.Millisecond), adjudicator.WithBatchObserver(func(r adjudicator.BatchReport) {
			mu.Lock()
			decided += r.Claims
			mu.Unlock()
		})},
		IntakeOptions: []intake.Option{intake.WithSessionTimeout(6 * time.Second)},
	})

	two, _ := json.Marshal(byNPI[a][:2])
	code, ans, _ := post(t, url, keyA, "application/json", two)
	if code != http.StatusAccepted || len(ans.Claims) != 2 || ans.Claims[0].Status != "accepted" || ans.Claims[1].Status != "accepted" ||
		!strings.HasPrefix(ans.Claims[0].ID, "c_") || ans.Claims[0].ClaimID != byNPI[a][0].ClaimID || ans.Claims[0].Resubmission {
		t.Fatalf("submit: %d %+v", code, ans)
	}
	first := ans
	// The same claims again: the same ids, nothing new produced.
	code, ans, _ = post(t, url, keyA, "application/json; charset=utf-8", two)
	if code != http.StatusAccepted || ans.Claims[0].ID != first.Claims[0].ID || !ans.Claims[0].Resubmission || !ans.Claims[1].Resubmission {
		t.Fatalf("resubmit: %d %+v", code, ans)
	}
	// A claim billed under B, with A's key: refused whole.
	other, _ := json.Marshal([]adjudicator.Claim{byNPI[a][0], byNPI[b][0]})
	if code, ans, _ := post(t, url, keyA, "application/json", other); code != http.StatusForbidden || !strings.Contains(ans.Detail, "claim 1 of the submission") {
		t.Errorf("another provider's claim: %d %+v", code, ans)
	}
	// Keys.
	if code, _, h := post(t, url, "", "application/json", two); code != http.StatusUnauthorized || h.Get("WWW-Authenticate") == "" {
		t.Errorf("no key: %d", code)
	}
	if code, _, _ := post(t, url, keyB+"x", "application/json", two); code != http.StatusUnauthorized {
		t.Errorf("bad key: %d", code)
	}
	// Bad input, located: one claim bad in an array (the other accepted), and a body that is
	// not JSON at all.
	bad := byNPI[b][0]
	bad.Lines = append([]adjudicator.Line(nil), bad.Lines...)
	bad.Lines[0].Units = 0
	mixed, _ := json.Marshal([]adjudicator.Claim{byNPI[b][0], bad})
	code, ans, _ = post(t, url, keyB, "application/json", mixed)
	if code != http.StatusAccepted || ans.Claims[0].Status != "accepted" || ans.Claims[1].Status != "rejected" ||
		len(ans.Claims[1].Errors) == 0 || ans.Claims[1].Errors[0].Where != "$[1].lines[0].units" {
		t.Errorf("mixed: %d %+v", code, ans)
	}
	code, ans, _ = post(t, url, keyB, "application/json", []byte(`[{"claim_id": "x",}]`))
	if code != http.StatusBadRequest || len(ans.Errors) == 0 || !strings.HasPrefix(ans.Errors[0].Location, "line 1, column ") {
		t.Errorf("not JSON: %d %+v", code, ans)
	}
	// X12: an 837P of one professional claim, billed by a; and a broken envelope, located.
	var prof adjudicator.Claim
	for _, c := range claims {
		if c.ClaimType == "professional" {
			prof = c
			break
		}
	}
	prof.BillingNPI, prof.ClaimID = a, "X12-CLAIM-1"
	env := x12.Envelope{SenderQualifier: "ZZ", SenderID: "BILLING", ReceiverQualifier: "ZZ", ReceiverID: "PAYER", Control: 7, Time: time.Now()}
	edi, err := claim837.Encode(env, []adjudicator.Claim{prof})
	if err != nil {
		t.Fatal(err)
	}
	code, ans, _ = post(t, url, keyA, "application/edi-x12", edi)
	if code != http.StatusAccepted || len(ans.Claims) != 1 || ans.Claims[0].Status != "accepted" || ans.Claims[0].ClaimID != "X12-CLAIM-1" {
		t.Errorf("837P: %d %+v", code, ans)
	}
	// Its 999, asked for in the answer and fetched later by interchange control number.
	req, _ := http.NewRequest(http.MethodPost, url+"/v1/claims", bytes.NewReader(edi))
	req.Header.Set("Content-Type", "application/edi-x12")
	req.Header.Set("Accept", "application/edi-x12")
	req.Header.Set("Authorization", "Bearer "+keyA)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	ack, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusAccepted || resp.Header.Get("Content-Type") != "application/edi-x12" || !bytes.Contains(ack, []byte("IK5*A")) || !bytes.Contains(ack, []byte("AK9*A*1*1*1")) {
		t.Errorf("999 in the answer: %d %s\n%s", resp.StatusCode, resp.Header.Get("Content-Type"), ack)
	}
	if _, err := x12.Parse(ack); err != nil {
		t.Errorf("the 999 does not parse: %v", err)
	}
	if code, body := get(t, url, keyA, "/v1/acks/000000007"); code != 200 || !bytes.Equal(body, ack) {
		t.Errorf("GET /v1/acks: %d\n%s", code, body)
	}
	if code, _ := get(t, url, keyB, "/v1/acks/000000007"); code != http.StatusNotFound {
		t.Errorf("another provider's 999: %d, want 404", code)
	}
	broken := bytes.Replace(edi, []byte("SE*"), []byte("SE*9"), 1)
	code, ans, _ = post(t, url, keyA, "application/edi-x12", broken)
	if code != http.StatusBadRequest || len(ans.Errors) == 0 || !strings.Contains(ans.Errors[0].Location, "(SE01)") {
		t.Errorf("broken 837P: %d %+v", code, ans)
	}
	// FHIR: a Bundle of one Claim, billed by a; and a document that is not FHIR, answered with
	// an OperationOutcome.
	fc := byNPI[a][0]
	fc.ClaimID = "FHIR-CLAIM-1"
	bundle, err := fhir.EncodeBundle([]adjudicator.Claim{fc})
	if err != nil {
		t.Fatal(err)
	}
	code, ans, _ = post(t, url, keyA, "application/fhir+json", bundle)
	if code != http.StatusAccepted || len(ans.Claims) != 1 || ans.Claims[0].Status != "accepted" || ans.Claims[0].ClaimID != "FHIR-CLAIM-1" {
		t.Errorf("FHIR bundle: %d %+v", code, ans)
	}
	fhirID := ans.Claims[0].ID
	req, _ = http.NewRequest(http.MethodPost, url+"/v1/claims", strings.NewReader(`{"resourceType": "Patient"}`))
	req.Header.Set("Content-Type", "application/fhir+json")
	req.Header.Set("Authorization", "Bearer "+keyA)
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var oo struct {
		ResourceType string `json:"resourceType"`
		Issue        []struct{ Severity, Code, Diagnostics string }
	}
	_ = json.NewDecoder(resp.Body).Decode(&oo)
	resp.Body.Close()
	if resp.StatusCode != http.StatusBadRequest || resp.Header.Get("Content-Type") != "application/fhir+json" || oo.ResourceType != "OperationOutcome" || len(oo.Issue) == 0 || oo.Issue[0].Severity != "error" {
		t.Errorf("not a Claim: %d %s %+v, want 400 with an OperationOutcome", resp.StatusCode, resp.Header.Get("Content-Type"), oo)
	}
	if code, _, _ := post(t, url, keyB, "text/plain", two); code != http.StatusUnsupportedMediaType {
		t.Errorf("text/plain: %d", code)
	}
	// Eligibility: the sample 270 asks about an unknown member (AAA 72); the same 270 about a
	// member of the sample, on a covered day, is answered EB*1 with the plan.
	inq := []byte("ISA*03*9876543210*01*9876543210*30*000000005      *30*12345          *131031*1147*^*00501*000000907*1*T*:~\n" +
		"GS*HS*000000005*54321*20131031*1147*1*X*005010X279A1~\nST*270*1234*005010X279A1~\nBHT*0022*13*10001234*20060501*1319~\n" +
		"HL*1**20*1~\nNM1*PR*2*ABC COMPANY*****PI*842610001~\nHL*2*1*21*1~\nNM1*1P*2*BONE AND JOINT CLINIC*****SV*2000035~\n" +
		"HL*3*2*22*0~\nTRN*1*93175-012547*9877281234~\nNM1*IL*1*SMITH*ROBERT****MI*11122333301~\nDMG*D8*19430519~\n" +
		"DTP*291*D8*20060501~\nEQ*30~\nSE*13*1234~\nGE*1*1~\nIEA*1*000000907~\n")
	for _, tc := range []struct {
		member, date, want string
	}{{"11122333301", "20060501", "AAA*Y**72*"}, {byNPI[a][0].MemberID, strings.ReplaceAll(byNPI[a][0].ServiceFrom, "-", ""), "EB*1**30*MB*"}} {
		body := bytes.Replace(bytes.Replace(inq, []byte("MI*11122333301"), []byte("MI*"+tc.member), 1), []byte("D8*20060501"), []byte("D8*"+tc.date), 1)
		req, _ := http.NewRequest(http.MethodPost, url+"/v1/eligibility", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/edi-x12")
		req.Header.Set("Authorization", "Bearer "+keyA)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		out, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || !bytes.Contains(out, []byte(tc.want)) {
			t.Errorf("270 for a member on %s: %d, want a 271 holding %s:\n%s", tc.date, resp.StatusCode, tc.want, out)
		}
		if _, err := x12.Parse(out); err != nil {
			t.Errorf("the 271 does not parse: %v", err)
		}
	}
	// The OpenAPI document, without a key.
	resp, err = http.Get(url + "/v1/openapi.json")
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		OpenAPI string         `json:"openapi"`
		Paths   map[string]any `json:"paths"`
	}
	_ = json.NewDecoder(resp.Body).Decode(&doc)
	resp.Body.Close()
	if !strings.HasPrefix(doc.OpenAPI, "3.1") || doc.Paths["/v1/claims"] == nil {
		t.Errorf("openapi: %+v", doc)
	}
	// The three accepted claims get decided, and their status says so, to their provider only.
	waitUntil(t, ctx, func() bool { mu.Lock(); defer mu.Unlock(); return decided >= 3 })
	id := first.Claims[0].ID
	var cs struct {
		ID, ClaimID, Status string
		Decision            struct {
			ClaimID   string `json:"claim_id"`
			PaidCents int64  `json:"paid_cents"`
		}
		Settlement struct {
			TxHash string `json:"tx_hash"`
			Block  uint64
		}
	}
	waitUntil(t, ctx, func() bool {
		code, body := get(t, url, keyA, "/v1/claims/"+id)
		_ = json.Unmarshal(body, &cs)
		return code == 200 && cs.Status != "received"
	})
	if cs.Decision.ClaimID != byNPI[a][0].ClaimID || !strings.HasPrefix(cs.Settlement.TxHash, "0x") || cs.Settlement.Block == 0 ||
		(cs.Status == "credited") != (cs.Decision.PaidCents > 0) {
		t.Errorf("status of a decided claim: %+v", cs)
	}
	// A FHIR client gets the decision as a ClaimResponse.
	var cr struct {
		ResourceType string `json:"resourceType"`
		Outcome      string `json:"outcome"`
		Item         []any  `json:"item"`
	}
	waitUntil(t, ctx, func() bool {
		req, _ := http.NewRequest(http.MethodGet, url+"/v1/claims/"+fhirID, nil)
		req.Header.Set("Accept", "application/fhir+json")
		req.Header.Set("Authorization", "Bearer "+keyA)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return false
		}
		defer resp.Body.Close()
		_ = json.NewDecoder(resp.Body).Decode(&cr)
		return resp.StatusCode == 200
	})
	if cr.ResourceType != "ClaimResponse" || cr.Outcome == "" || len(cr.Item) != len(fc.Lines) {
		t.Errorf("ClaimResponse: %+v", cr)
	}
	if code, _ := get(t, url, keyB, "/v1/claims/"+id); code != http.StatusForbidden {
		t.Errorf("another provider reading the claim: %d, want 403", code)
	}
	if code, _ := get(t, url, keyA, "/v1/claims/c_00000000000000000000000000000000"); code != http.StatusNotFound {
		t.Errorf("an unknown id: %d, want 404", code)
	}
	// Real time: ?wait= holds the answer until the claim is decided.
	one, _ := json.Marshal(byNPI[a][2:3])
	code, ans, _ = post(t, url+"/v1/claims?wait=20s", keyA, "application/json", one)
	if code != http.StatusOK || ans.Claims[0].Decided == nil || ans.Claims[0].Decided.Status == "" {
		t.Errorf("?wait=: %d %+v, want 200 with the decision", code, ans)
	}
	waitUntil(t, ctx, func() bool { mu.Lock(); defer mu.Unlock(); return decided >= 6 })
	mu.Lock()
	if decided != 6 {
		t.Errorf("decided %d claims, want 6: a resubmission was produced again", decided)
	}
	mu.Unlock()
	if n, _ := testkit.Metric(t, reg, "claims_intake_total", "format", "native", "result", "accepted"); n != 4 {
		t.Errorf("claims_intake_total{native,accepted} = %v, want 4", n)
	}
	if n, _ := testkit.Metric(t, reg, "claims_intake_total", "format", "x12", "result", "accepted"); n != 1 {
		t.Errorf("claims_intake_total{x12,accepted} = %v, want 1", n)
	}
	// The 835 for a's claims settled today: every set balances, its trace is a settlement
	// transaction, and the payments add up to what the chain credited a.
	today := time.Now().UTC().Format(time.DateOnly)
	code, body := get(t, url, keyA, "/v1/remittance?from="+today+"&to="+today)
	if code != http.StatusOK {
		t.Fatalf("remittance: %d %s", code, body)
	}
	rs, err := remit835.Read(body)
	if err != nil {
		t.Fatalf("the 835 does not read: %v\n%s", err, body)
	}
	var bpr int64
	claimsOn835 := 0
	for _, r := range rs {
		if err := r.Balance(); err != nil {
			t.Errorf("835 set does not balance: %v", err)
		}
		if r.Payee.ID != a {
			t.Errorf("835 pays %s, want %s", r.Payee.ID, a)
		}
		if _, ok := remit835.TxHashFromTrace(r.Payment.Trace); !ok {
			t.Errorf("TRN02 %q is not a settlement hash", r.Payment.Trace)
		}
		bpr += r.Payment.Cents
		claimsOn835 += len(r.Claims)
	}
	settlement, err := chain.NewSettlement(st.Chain.Client(), common.HexToAddress(st.Config.SettlementAddress), nil)
	if err != nil {
		t.Fatal(err)
	}
	bal, err := settlement.BalanceOf(ctx, st.Keyer.Provider(a))
	if err != nil {
		t.Fatal(err)
	}
	if onChain := bal.Pending + bal.Withdrawable + bal.Withdrawn; bpr != onChain || claimsOn835 == 0 {
		t.Errorf("835 pays %d cents over %d claims; the chain credited %s %d", bpr, claimsOn835, a, onChain)
	}
	if code, _ := get(t, url, keyA, "/v1/remittance?from=2020-01-01&to=2020-01-02"); code != http.StatusNotFound {
		t.Errorf("a remittance with nothing settled: %d, want 404", code)
	}
	// Metric labels hold route patterns, never ids.
	mfs, _ := reg.Gather()
	for _, mf := range mfs {
		for _, m := range mf.GetMetric() {
			for _, lp := range m.GetLabel() {
				for _, c := range claims {
					if lp.GetValue() == c.ClaimID || lp.GetValue() == c.MemberID {
						t.Errorf("%s label %s = %q: a claim or member id", mf.GetName(), lp.GetName(), lp.GetValue())
					}
				}
				if strings.HasPrefix(lp.GetValue(), "c_") {
					t.Errorf("%s label %s holds an API claim id", mf.GetName(), lp.GetName())
				}
			}
		}
	}
}

// A provider over its rate limit gets 429 with Retry-After; another provider is not slowed.
func TestProviderAPIRateLimit(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	st, err := devstack.Start(ctx, devstack.Options{Partitions: 1, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(st.Close)
	rdb := redis.NewClient(&redis.Options{Addr: st.Redis.Addr})
	defer rdb.Close()
	keys, _ := apikeys.New(rdb)
	keyA, _, _ := keys.Issue(ctx, "1234567893")
	keyB, _, _ := keys.Issue(ctx, "1003811290")
	prod, err := intake.NewProducer(st.Config.Brokers)
	if err != nil {
		t.Fatal(err)
	}
	defer prod.Close()
	sealer, _ := privacy.NewSealer(st.Config.PayloadKey)
	srv, err := service.NewAPI(service.APIDeps{Redis: rdb, Keyer: st.Keyer, Sealer: sealer, Producer: prod, Access: accessRecorder(t, st), RateLimit: 3, RateWindow: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	defer ts.Close()
	for i := range 3 {
		if code, _, _ := post(t, ts.URL, keyA, "application/json", []byte(`[]`)); code != http.StatusBadRequest {
			t.Fatalf("request %d: %d, want 400 (an empty array) within the limit", i, code)
		}
	}
	code, _, h := post(t, ts.URL, keyA, "application/json", []byte(`[]`))
	if code != http.StatusTooManyRequests || h.Get("Retry-After") == "" {
		t.Errorf("over the limit: %d, Retry-After %q", code, h.Get("Retry-After"))
	}
	if code, _, _ := post(t, ts.URL, keyB, "application/json", []byte(`[]`)); code != http.StatusBadRequest {
		t.Errorf("another provider: %d, want its own allowance", code)
	}
}

// An X12 interchange of 5,000 claims fits the body limit and is taken whole, each claim on its
// own.
func TestProviderAPITakesA5000ClaimInterchange(t *testing.T) {
	if testing.Short() {
		t.Skip("produces 5,000 claims")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	st, err := devstack.Start(ctx, devstack.Options{Partitions: 4, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(st.Close)
	rdb := redis.NewClient(&redis.Options{Addr: st.Redis.Addr})
	defer rdb.Close()
	keys, _ := apikeys.New(rdb)
	const npi = "1234567893"
	key, _, _ := keys.Issue(ctx, npi)
	prod, err := intake.NewProducer(st.Config.Brokers)
	if err != nil {
		t.Fatal(err)
	}
	defer prod.Close()
	sealer, _ := privacy.NewSealer(st.Config.PayloadKey)
	srv, err := service.NewAPI(service.APIDeps{Redis: rdb, Keyer: st.Keyer, Sealer: sealer, Producer: prod, Access: accessRecorder(t, st)})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	defer ts.Close()
	all, err := sample.Claims()
	if err != nil {
		t.Fatal(err)
	}
	var claims []adjudicator.Claim
	for i := 0; len(claims) < 5000; i++ {
		c := all[i%len(all)]
		if c.ClaimType != "professional" || !numberedInOrder(c) || len(c.Diagnoses) == 0 {
			continue
		}
		c.BillingNPI, c.ClaimID = npi, fmt.Sprintf("BIG-%d", len(claims))
		claims = append(claims, c)
	}
	edi, err := claim837.Encode(x12.Envelope{SenderQualifier: "ZZ", SenderID: "S", ReceiverQualifier: "ZZ", ReceiverID: "R", Control: 9, Time: time.Now()}, claims)
	if err != nil {
		t.Fatal(err)
	}
	code, ans, _ := post(t, ts.URL, key, "application/edi-x12", edi)
	if code != http.StatusAccepted || len(ans.Claims) != 5000 {
		t.Fatalf("5,000-claim 837 (%d bytes): %d, %d answers", len(edi), code, len(ans.Claims))
	}
	for i, c := range ans.Claims {
		if c.Status != "accepted" {
			t.Fatalf("claim %d: %+v", i, c)
		}
	}
	t.Logf("a 5,000-claim 837P is %d bytes", len(edi))
}

// numberedInOrder reports whether c's lines are numbered 1, 2, 3..., as an 837P numbers them.
func numberedInOrder(c adjudicator.Claim) bool {
	for i, l := range c.Lines {
		if l.Number != i+1 {
			return false
		}
	}
	return true
}

// The config's payer: block is the 835's payer (TRN03 "1" and the EIN) and BPR04; without
// one, the API's placeholders, and a warning when serve starts.
func TestAPIPayerFromConfig(t *testing.T) {
	var logs bytes.Buffer
	log := slog.New(slog.NewTextHandler(&logs, nil))
	payer, method := service.APIPayer(log, config.Defaults())
	if payer != nil || method != "" || strings.Count(logs.String(), "level=WARN") != 1 || !strings.Contains(logs.String(), "payer not set") {
		t.Errorf("no payer block: %+v %q, logged %q", payer, method, logs.String())
	}

	path := filepath.Join(t.TempDir(), "claims.yaml")
	yml := "payer:\n  name: KEYSTONE HEALTH PLAN\n  ein: 23-1234567\n  address_line1: 200 MARKET ST\n  city: PHILADELPHIA\n" +
		"  state: PA\n  postal_code: \"19103\"\n  contact_name: EDI\n  contact_email: edi@keystone.example\n  payment_method: chk\n"
	if err := os.WriteFile(path, []byte(yml), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg, err := config.Load(path, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	logs.Reset()
	payer, method = service.APIPayer(log, cfg)
	want := remit835.Payer{Name: "KEYSTONE HEALTH PLAN", CompanyID: "1231234567",
		Address: remit835.Address{Line1: "200 MARKET ST", City: "PHILADELPHIA", State: "PA", PostalCode: "19103"},
		Contact: remit835.Contact{Name: "EDI", Email: "edi@keystone.example"}}
	if payer == nil || *payer != want || method != remit835.MethodCheck || logs.Len() != 0 {
		t.Fatalf("payer %+v %q, logged %q; want %+v", payer, method, logs.String(), want)
	}
	if err := payer.Validate(); err != nil {
		t.Errorf("a payer config.Load accepts is one the 835 refuses: %v", err)
	}
}

// accessRecorder records looks on the stack's access topic until the test ends.
func accessRecorder(t *testing.T, st *devstack.Stack) *accesslog.Recorder {
	t.Helper()
	r, err := accesslog.Dial(st.Config.Brokers, st.Config.AccessTopic)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = r.Close() })
	return r
}

// serveAPI runs the service, with the provider API on a free loopback port, until the test ends
// (o gets the stack's backend, the adjudicator's key and a quiet logger; edit changes the
// config first), and returns the API's base URL once /healthz answers, and the config it runs
// with.
func serveAPI(t *testing.T, ctx context.Context, st *devstack.Stack, o service.Options, edit ...func(*config.Config)) (string, config.Config) {
	t.Helper()
	cfg := st.Config
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	cfg.APIAddr = l.Addr().String()
	l.Close()
	for _, e := range edit {
		e(&cfg)
	}
	o.Logger, o.Backend, o.Signer = slog.New(slog.NewTextHandler(io.Discard, nil)), st.Chain.Client(), st.Chain.Transactor(devstack.AdjudicatorKey)
	if o.RecorderSigner == nil {
		o.RecorderSigner = st.Chain.Transactor(devstack.RecorderKey)
	}
	svc, err := service.Open(ctx, cfg, o)
	if err != nil {
		t.Fatal(err)
	}
	rctx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- svc.Run(rctx) }()
	t.Cleanup(func() { stop(); <-done; svc.Close() })
	url, probe := "http://"+cfg.APIAddr, http.DefaultClient
	if cfg.APITLSCertFile != "" {
		// The probe only asks whether the server is up; the tests check certificates themselves.
		url = "https://" + cfg.APIAddr
		probe = &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}}
	}
	waitUntil(t, ctx, func() bool {
		resp, err := probe.Get(url + "/healthz")
		if err == nil {
			resp.Body.Close()
		}
		return err == nil && resp.StatusCode == 200
	})
	return url, cfg
}
