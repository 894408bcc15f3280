package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/devstack"
	"github.com/claimsledger/claims/adjudicator/intake"
	"github.com/claimsledger/claims/adjudicator/service"
)

// decideSubmitted runs the engine of st until n claims are decided.
func decideSubmitted(t *testing.T, ctx context.Context, st *devstack.Stack, n int) {
	t.Helper()
	var (
		mu   sync.Mutex
		seen int
		once sync.Once
	)
	done := make(chan struct{})
	svc, err := service.Open(ctx, st.Config, service.Options{
		Logger: quietLog, Backend: st.Chain.Client(), Signer: st.Chain.Transactor(devstack.AdjudicatorKey), RecorderSigner: st.Chain.Transactor(devstack.RecorderKey),
		EngineOptions: []adjudicator.Option{adjudicator.WithLinger(50 * time.Millisecond), adjudicator.WithBatchObserver(func(r adjudicator.BatchReport) {
			mu.Lock()
			defer mu.Unlock()
			if seen += r.Claims + r.DeadLetters; seen >= n {
				once.Do(func() { close(done) })
			}
		})},
		IntakeOptions: []intake.Option{intake.WithSessionTimeout(6 * time.Second), intake.WithHeartbeatInterval(time.Second)},
	})
	if err != nil {
		t.Fatal(err)
	}
	defer svc.Close()
	rctx, stop := context.WithCancel(ctx)
	runErr := make(chan error, 1)
	go func() { runErr <- svc.Run(rctx) }()
	select {
	case <-done:
	case err := <-runErr:
		stop()
		t.Fatalf("engine stopped before every claim was decided: %v", err)
	case <-ctx.Done():
		stop()
		t.Fatal(ctx.Err())
	}
	stop()
	if err := <-runErr; err != nil {
		t.Fatalf("engine shutdown: %v", err)
	}
}

// `claims fraud baseline`: --out writes a baseline of the decisions topic
// that --check confirms; --check refuses (exit 1) a baseline that does not
// rebuild from the topic; and a baseline file that cannot be read is
// refused by every command that loads it, naming the file and where in it.
func TestFraudBaselineCommand(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	st, cfg, claims := auditStack(t, ctx, 160)
	decideSubmitted(t, ctx, st, len(claims))

	file := filepath.Join(t.TempDir(), "baseline.json")
	out := mustRun(t, "fraud", "baseline", "--config", cfg, "--out", file)
	if !strings.Contains(out, "wrote "+file+": fraud baseline ") || !strings.Contains(out, "decisions") {
		t.Fatalf("--out printed:\n%s", out)
	}
	out = mustRun(t, "fraud", "baseline", "--config", cfg, "--check", file)
	if !strings.Contains(out, file+" rebuilds from ") {
		t.Fatalf("--check printed:\n%s", out)
	}

	// A figure changed (the document stays valid): it does not rebuild.
	raw, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	i := bytes.Index(raw, []byte(`"units":{"median":1,`))
	if i < 0 {
		t.Fatalf("no code with a median of 1 unit in %s", raw)
	}
	edited := filepath.Join(t.TempDir(), "edited.json")
	tampered := append(append(append([]byte{}, raw[:i]...), `"units":{"median":2,`...), raw[i+len(`"units":{"median":1,`):]...)
	if err := os.WriteFile(edited, tampered, 0o600); err != nil {
		t.Fatal(err)
	}
	_, err = runClaims(t, "fraud", "baseline", "--config", cfg, "--check", edited)
	var ee *exitError
	if !errors.As(err, &ee) || ee.code != 1 || !strings.Contains(err.Error(), "does not rebuild from") {
		t.Fatalf("--check of an edited baseline: %v, want exit 1 saying it does not rebuild", err)
	}

	// Unreadable baselines, wherever a command loads one.
	garbled := filepath.Join(t.TempDir(), "garbled.json")
	if err := os.WriteFile(garbled, raw[:len(raw)/2], 0o600); err != nil {
		t.Fatal(err)
	}
	wrongType := filepath.Join(t.TempDir(), "wrong.json")
	if err := os.WriteFile(wrongType, bytes.Replace(raw, []byte(`"min_peer_lines":20`), []byte(`"min_peer_lines":"20"`), 1), 0o600); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(t.TempDir(), "missing.json")
	claim := filepath.Join(t.TempDir(), "claim.json")
	if err := os.WriteFile(claim, []byte(`{"schema": "claims.v1", "claim_id": "X1", "claim_type": "professional", "member_id": "10",
		"billing_npi": "1003811290", "place_of_service": "11", "service_from": "2017-03-01", "service_to": "2017-03-01",
		"diagnoses": ["I10"], "lines": [{"line": 1, "code": "99213", "units": 1, "charge_cents": 15000}]}`), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ file, want string }{
		{garbled, "fraud baseline " + garbled + ": $: not JSON"},
		{wrongType, "fraud baseline " + wrongType + ": $.min_peer_lines: want int64, have a JSON string"},
		{missing, missing},
	} {
		if _, err := runClaims(t, "fraud", "baseline", "--config", cfg, "--check", tc.file); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("--check %s: %v, want an error with %q", filepath.Base(tc.file), err, tc.want)
		}
		if _, err := runClaims(t, "adjudicate", "--fraud-baseline", tc.file, claim); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("adjudicate --fraud-baseline %s: %v, want an error with %q", filepath.Base(tc.file), err, tc.want)
		}
	}
	// And a good one is taken.
	if _, err := runClaims(t, "adjudicate", "--fraud-baseline", file, claim); err != nil {
		t.Errorf("adjudicate with the baseline: %v", err)
	}
}
