package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/audit"
	"github.com/claimsledger/claims/adjudicator/devstack"
	"github.com/claimsledger/claims/adjudicator/intake"
	"github.com/claimsledger/claims/adjudicator/privacy"
	"github.com/claimsledger/claims/adjudicator/sample"
	"github.com/claimsledger/claims/adjudicator/service"
)

func TestAuditVerdict(t *testing.T) {
	for _, tc := range []struct {
		name string
		r    audit.Report
		want string
	}{
		{"clean", audit.Report{ClaimsIn: 1138, Decided: 1138, PaidTotalCents: 54063824, PaidOnChainCents: 54063824},
			"audit: OK — 1138 claims decided, books balance ($540,638.24 paid = credited on chain)"},
		{"mid-stream", audit.Report{ClaimsIn: 1138, Decided: 630, Queued: 412, InFlight: 96, PaidTotalCents: 30000000, PaidOnChainCents: 30012345, InFlightCents: 12345},
			"audit: books balance so far; 412 claims queued, 96 in flight (630 decided, $300,000.00 paid = credited on chain)"},
		{"gaps", audit.Report{ClaimsIn: 10, Decided: 8, Missing: 2, Mismatched: 1, Queued: 1},
			"audit: 3 gaps (2 missing, 1 mismatched); 1 claim queued, 0 in flight"},
		{"frozen and dead-lettered", audit.Report{ClaimsIn: 3, Decided: 1, DeadLettered: 2, PaidTotalCents: 5, PaidOnChainCents: 5, FrozenBatches: 1, FrozenCents: 5},
			"audit: OK — 1 claim decided, 2 dead-lettered, books balance ($0.05 paid = credited on chain); 1 batch frozen by the guardian ($0.05 held back)"},
	} {
		if got := auditVerdict(&tc.r); got != tc.want {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, got, tc.want)
		}
	}
}

// TestAuditTextEndsWithTheVerdict: the problems are counted by kind, the first --problems are
// listed with how many more there are, and the verdict is the last line.
func TestAuditTextEndsWithTheVerdict(t *testing.T) {
	r := audit.Report{ClaimsIn: 30, Decided: 5, Missing: 25, ProblemCounts: map[string]int{audit.KindMissing: 25}}
	for i := range 25 {
		r.Problems = append(r.Problems, "0/"+string(rune('a'+i))+": no decision")
	}
	var out bytes.Buffer
	if err := printAudit(&out, &r, 20); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if n := strings.Count(out.String(), "\nproblem: "); n != 20 ||
		!strings.Contains(out.String(), "problems: 25 (25 missing)\n") || lines[len(lines)-2] != "and 5 more" ||
		lines[len(lines)-1] != "audit: 25 gaps (25 missing)" {
		t.Fatalf("text output (%d problems listed):\n%s", n, out.String())
	}
}

// auditStack starts a dev stack with a JSON-RPC endpoint, writes the config devnet would, and
// submits the first n sample claims, sealed.
func auditStack(t *testing.T, ctx context.Context, n int) (*devstack.Stack, string, []adjudicator.Claim) {
	t.Helper()
	st, err := devstack.Start(ctx, devstack.Options{RPCAddr: "127.0.0.1:0", Logger: quietLog})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(st.Close)
	cfg := filepath.Join(t.TempDir(), "devnet.yaml")
	if _, err := writeDevnetConfig(cfg, st); err != nil {
		t.Fatal(err)
	}
	claims, err := sample.Claims()
	if err != nil {
		t.Fatal(err)
	}
	claims = claims[:n]
	prod, err := intake.NewProducer(st.Config.Brokers, intake.WithInputTopic(st.Config.InputTopic))
	if err != nil {
		t.Fatal(err)
	}
	defer prod.Close()
	sealer, err := privacy.NewSealer(st.Config.PayloadKey)
	if err != nil {
		t.Fatal(err)
	}
	if err := service.Submit(ctx, prod, st.Keyer, sealer, claims, nil); err != nil {
		t.Fatal(err)
	}
	return st, cfg, claims
}

func auditJSON(t *testing.T, out string) audit.Report {
	t.Helper()
	var r audit.Report
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("audit --json: %v\n%s", err, out)
	}
	return r
}

// TestAuditMidStreamAndWait runs the audit against an engine at work. The engine is held between
// one batch's receipt and its publication: an audit then passes with the batch in flight (it
// used to report it mismatched and exit 1), fails with no grace, and `--wait` follows the
// engine once released until every claim is decided and the books balance.
func TestAuditMidStreamAndWait(t *testing.T) {
	if testing.Short() {
		t.Skip("integration: devstack, engine and chain")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	st, cfg, claims := auditStack(t, ctx, 160)

	held := make(chan adjudicator.BatchRef, 1)
	release := make(chan struct{})
	var holdOnce, releaseOnce sync.Once
	unblock := func() { releaseOnce.Do(func() { close(release) }) }
	t.Cleanup(unblock)
	hook := func(s adjudicator.Stage, b adjudicator.BatchRef) {
		if s != adjudicator.StageSettled {
			return
		}
		first := false
		holdOnce.Do(func() { first = true })
		if first {
			held <- b
			<-release
		}
	}
	svc, err := service.Open(ctx, st.Config, service.Options{
		Logger: quietLog, Backend: st.Chain.Client(), Signer: st.Chain.Transactor(devstack.AdjudicatorKey), RecorderSigner: st.Chain.Transactor(devstack.RecorderKey),
		EngineOptions: []adjudicator.Option{adjudicator.WithBatchSize(10), adjudicator.WithLinger(50 * time.Millisecond), adjudicator.WithStageHook(hook)},
		IntakeOptions: []intake.Option{intake.WithSessionTimeout(6 * time.Second), intake.WithHeartbeatInterval(time.Second)},
	})
	if err != nil {
		t.Fatal(err)
	}
	defer svc.Close()
	rctx, stop := context.WithCancel(ctx)
	runErr := make(chan error, 1)
	go func() { runErr <- svc.Run(rctx) }()
	defer func() {
		unblock()
		stop()
		if err := <-runErr; err != nil {
			t.Errorf("engine: %v", err)
		}
	}()
	var b adjudicator.BatchRef
	select {
	case b = <-held:
	case err := <-runErr:
		t.Fatalf("engine stopped: %v", err)
	case <-ctx.Done():
		t.Fatal("no batch settled")
	}

	// Settled, not published: in flight, and the audit passes.
	out, err := runClaims(t, "audit", "--config", cfg, "--json")
	r := auditJSON(t, out)
	if err != nil || !r.OK() || r.InFlight < int(b.To-b.From) || r.InFlightBatches < 1 || r.InFlightCents < 0 ||
		r.Missing != 0 || r.Mismatched != 0 || r.Decided+r.DeadLettered+r.InFlight+r.Queued != len(claims) {
		t.Fatalf("audit with batch %d [%d,%d) settled, not published: err %v, %+v; want it in flight and exit 0", b.Partition, b.From, b.To, err, r)
	}
	out, err = runClaims(t, "audit", "--config", cfg)
	if lines := strings.Split(strings.TrimSpace(out), "\n"); err != nil || !strings.HasPrefix(lines[len(lines)-1], "audit: books balance so far; ") {
		t.Fatalf("audit (text) mid-stream: %v\n%s", err, out)
	}
	// With no grace the same batch is a gap, as every such batch was before.
	out, err = runClaims(t, "audit", "--config", cfg, "--grace", "0", "--json")
	var ee *exitError
	if r := auditJSON(t, out); !errors.As(err, &ee) || ee.code != 1 || r.Missing == 0 {
		t.Fatalf("audit --grace 0 mid-stream: err %v, %+v; want exit 1 with the held batch missing", err, r)
	}

	// --wait, started while the batch is held, ends only once the engine has finished.
	released := time.Now().Add(2 * time.Second)
	time.AfterFunc(time.Until(released), unblock)
	out, err = runClaims(t, "audit", "--config", cfg, "--wait", "50s", "--json")
	r = auditJSON(t, out)
	if err != nil || !r.Done() || r.Decided+r.DeadLettered != len(claims) || r.PaidTotalCents != r.PaidOnChainCents || time.Now().Before(released) {
		t.Fatalf("audit --wait: err %v, %+v; want every one of %d claims decided, books balanced, after the release", err, r, len(claims))
	}
	out, err = runClaims(t, "audit", "--config", cfg, "--wait", "10s")
	if lines := strings.Split(strings.TrimSpace(out), "\n"); err != nil || !strings.HasPrefix(lines[len(lines)-1], "audit: OK — ") {
		t.Fatalf("audit --wait (text) after the engine finished: %v\n%s", err, out)
	}
}

// TestAuditWaitTimesOutWithTheQueue: claims submitted and no engine running: `--wait 3s` gives
// up after about 3 s with exit 1 and says how many claims are still queued.
func TestAuditWaitTimesOutWithTheQueue(t *testing.T) {
	if testing.Short() {
		t.Skip("integration: devstack and chain")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	_, cfg, claims := auditStack(t, ctx, 25)

	// Once, without --wait: a backlog is not a gap.
	out, err := runClaims(t, "audit", "--config", cfg, "--json")
	if r := auditJSON(t, out); err != nil || r.Queued != len(claims) || r.Done() {
		t.Fatalf("audit with nothing decided: err %v, %+v; want exit 0 with %d queued", err, r, len(claims))
	}

	start := time.Now()
	out, err = runClaims(t, "audit", "--config", cfg, "--wait", "3s")
	took := time.Since(start)
	var ee *exitError
	if !errors.As(err, &ee) || ee.code != 1 || !strings.Contains(err.Error(), "not done after 3s: 25 queued, 0 in flight, 0 gaps") {
		t.Fatalf("audit --wait 3s with no engine: err %v; want exit 1 naming 25 queued\n%s", err, out)
	}
	if took < 2*time.Second || took > 30*time.Second {
		t.Errorf("audit --wait 3s took %s", took)
	}
	if lines := strings.Split(strings.TrimSpace(out), "\n"); lines[len(lines)-1] != "audit: books balance so far; 25 claims queued, 0 in flight (0 decided, $0.00 paid = credited on chain)" {
		t.Errorf("audit --wait 3s printed:\n%s", out)
	}
}
