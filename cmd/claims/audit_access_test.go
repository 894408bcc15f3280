package main

import (
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/apikeys"
	"github.com/claimsledger/claims/adjudicator/devstack"
	"github.com/claimsledger/claims/adjudicator/intake"
	"github.com/claimsledger/claims/adjudicator/service"
)

func auditAccessJSON(t *testing.T, cfg, claimID string, extra ...string) accessTrail {
	t.Helper()
	out := mustRun(t, append([]string{"audit", "access", "--config", cfg, "--claim", claimID, "--json"}, extra...)...)
	var tr accessTrail
	if err := json.Unmarshal([]byte(out), &tr); err != nil {
		t.Fatalf("audit access --json: %v\n%s", err, out)
	}
	return tr
}

// A provider reads a decided claim over the API and a fraud analyst opens it with review show;
// serve's flusher puts both looks on chain, and audit access lists them: when, who (the
// analyst's address, the provider's NPI) and why. A look taken while no serve runs is listed as
// queued until one does.
func TestAuditAccessListsWhoLooked(t *testing.T) {
	if testing.Short() {
		t.Skip("integration: devstack, engine, API and chain")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	st, cfgPath, claims := auditStack(t, ctx, 12)
	claim := claims[0]

	// serve: the engine, the provider API and the access flusher, flushing every 300 ms.
	cfg := st.Config
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	cfg.APIAddr = l.Addr().String()
	l.Close()
	cfg.AccessFlushInterval = 300 * time.Millisecond
	var mu sync.Mutex
	decided := 0
	svc, err := service.Open(ctx, cfg, service.Options{
		Logger: quietLog, Backend: st.Chain.Client(), Signer: st.Chain.Transactor(devstack.AdjudicatorKey), RecorderSigner: st.Chain.Transactor(devstack.RecorderKey),
		EngineOptions: []adjudicator.Option{adjudicator.WithLinger(50 * time.Millisecond), adjudicator.WithBatchObserver(func(r adjudicator.BatchReport) {
			mu.Lock()
			decided += r.Claims + r.DeadLetters
			mu.Unlock()
		})},
		IntakeOptions: []intake.Option{intake.WithSessionTimeout(6 * time.Second), intake.WithHeartbeatInterval(time.Second)},
	})
	if err != nil {
		t.Fatal(err)
	}
	rctx, stop := context.WithCancel(ctx)
	runErr := make(chan error, 1)
	go func() { runErr <- svc.Run(rctx) }()
	stopped := false
	stopServe := func() {
		if !stopped {
			stopped = true
			stop()
			if err := <-runErr; err != nil {
				t.Errorf("serve: %v", err)
			}
			svc.Close()
		}
	}
	defer stopServe()
	for {
		mu.Lock()
		n := decided
		mu.Unlock()
		if n >= len(claims) {
			break
		}
		select {
		case err := <-runErr:
			t.Fatalf("serve stopped: %v", err)
		case <-ctx.Done():
			t.Fatal(ctx.Err())
		case <-time.After(50 * time.Millisecond):
		}
	}

	// Nobody has looked yet.
	if tr := auditAccessJSON(t, cfgPath, claim.ClaimID); len(tr.Looks) != 0 || tr.ClaimKey != keyHex(st.Keyer.Claim(claim.ClaimID)) {
		t.Fatalf("before any look: %+v", tr)
	}

	// The provider reads its claim over the API.
	rdb := redis.NewClient(&redis.Options{Addr: st.Redis.Addr})
	defer rdb.Close()
	keys, err := apikeys.New(rdb)
	if err != nil {
		t.Fatal(err)
	}
	apiKey, _, err := keys.Issue(ctx, claim.BillingNPI)
	if err != nil {
		t.Fatal(err)
	}
	req, _ := http.NewRequest(http.MethodGet, "http://"+cfg.APIAddr+"/v1/claims/"+service.APIClaimID(st.Keyer, claim.BillingNPI, claim.ClaimID), nil)
	req.Header.Set("Authorization", "Bearer "+apiKey)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), `"decision"`) {
		t.Fatalf("GET the claim over the API: %d %s", resp.StatusCode, body)
	}
	// The analyst opens it.
	mustRun(t, "review", "show", claim.ClaimID, "--config", cfgPath)

	// Both reach the chain within a few flush intervals.
	var tr accessTrail
	deadline := time.Now().Add(30 * time.Second)
	for {
		tr = auditAccessJSON(t, cfgPath, claim.ClaimID, "--npi", claim.BillingNPI)
		if tr.Recorded == 2 || time.Now().After(deadline) {
			break
		}
		time.Sleep(200 * time.Millisecond)
	}
	if tr.Recorded != 2 || tr.Queued != 0 || len(tr.Looks) != 2 {
		t.Fatalf("after the API read and review show: %+v, want 2 looks on chain", tr)
	}
	byPurpose := map[string]accessLook{}
	for _, l := range tr.Looks {
		byPurpose[l.Purpose] = l
		if !l.Recorded || l.Block == 0 || !strings.HasPrefix(l.Tx, "0x") || l.BlockTime == "" || l.At == "" {
			t.Errorf("look %+v: not fully recorded", l)
		}
	}
	analyst := st.Chain.Address(devstack.FraudAnalystKey).Hex()
	if p := byPurpose["provider-status"]; p.ViewerKind != "provider" || p.NPI != claim.BillingNPI || p.ProviderKey != keyHex(st.Keyer.Provider(claim.BillingNPI)) || p.PurposeCode != 1 {
		t.Errorf("the provider's look: %+v", p)
	}
	if a := byPurpose["review"]; a.ViewerKind != "account" || a.Address != analyst || a.PurposeCode != 4 {
		t.Errorf("the analyst's look: %+v, want by %s", a, analyst)
	}

	// With no serve running, a look stays queued on the topic, and is listed as such.
	stopServe()
	mustRun(t, "review", "show", claim.ClaimID, "--config", cfgPath)
	out := mustRun(t, "audit", "access", "--config", cfgPath, "--claim", claim.ClaimID)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if !strings.Contains(lines[0], "2 looks on chain, 1 queued") || len(lines) != 6 ||
		!strings.Contains(out, "account "+analyst) || !strings.Contains(out, "provider ") || !strings.Contains(out, " queued ") {
		t.Errorf("audit access (text) with a look queued:\n%s", out)
	}
	// Another claim: nobody looked.
	if out := mustRun(t, "audit", "access", "--config", cfgPath, "--claim", claims[1].ClaimID); !strings.Contains(out, "nobody has looked") {
		t.Errorf("a claim nobody looked at:\n%s", out)
	}
}
