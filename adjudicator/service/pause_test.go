package service_test

import (
	"context"
	"io"
	"log/slog"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/chain"
	"github.com/claimsledger/claims/adjudicator/devstack"
	"github.com/claimsledger/claims/adjudicator/intake"
	"github.com/claimsledger/claims/adjudicator/service"
)

// TestPauseHaltsUntilUnpaused runs the engine against a settlement the guardian has paused. The
// chain refuses every batch (a deterministic revert, not an outage): the engine must neither exit
// nor pay anything, must raise claims_partition_refused, and once the admin unpauses it must
// settle every claim by itself, with the gauge back at 0 and a clean audit.
func TestPauseHaltsUntilUnpaused(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	st, rules, claims := startStack(t, ctx, 2, 60)

	as := func(key int) *chain.Settlement {
		t.Helper()
		tx, err := chain.NewTransactor(st.Chain.Client(), st.Chain.Transactor(key))
		if err != nil {
			t.Fatal(err)
		}
		s, err := chain.NewSettlement(st.Chain.Client(), st.Deployment.Settlement, tx)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	if _, err := as(devstack.GuardianKey).Pause(ctx); err != nil {
		t.Fatalf("pause: %v", err)
	}

	submit(t, ctx, st, claims)

	reg := prometheus.NewRegistry()
	var mu sync.Mutex
	decided := 0
	svc, err := service.Open(ctx, st.Config, service.Options{
		Logger: log, Backend: st.Chain.Client(), Signer: st.Chain.Transactor(devstack.AdjudicatorKey), RecorderSigner: st.Chain.Transactor(devstack.RecorderKey), Rules: rules, Registerer: reg,
		EngineOptions: []adjudicator.Option{
			adjudicator.WithLinger(50 * time.Millisecond), adjudicator.WithRetryBackoff(100 * time.Millisecond), adjudicator.WithMaxRetryBackoff(300 * time.Millisecond),
			adjudicator.WithBatchObserver(func(r adjudicator.BatchReport) { mu.Lock(); decided += r.Claims + r.DeadLetters; mu.Unlock() }),
		},
		IntakeOptions: []intake.Option{intake.WithSessionTimeout(6 * time.Second)},
	})
	if err != nil {
		t.Fatal(err)
	}
	defer svc.Close()
	rctx, stop := context.WithCancel(ctx)
	defer stop()
	done := make(chan error, 1)
	go func() { done <- svc.Run(rctx) }()

	refused := func() float64 {
		t.Helper()
		fams, err := reg.Gather()
		if err != nil {
			t.Fatal(err)
		}
		sum := 0.0
		for _, f := range fams {
			if f.GetName() == "claims_partition_refused" {
				for _, m := range f.GetMetric() {
					sum += m.GetGauge().GetValue()
				}
			}
		}
		return sum
	}
	waitUntil(t, ctx, func() bool { return refused() >= 1 })
	// Several refused attempts later the engine is still running and nothing was paid.
	time.Sleep(time.Second)
	select {
	case err := <-done:
		t.Fatalf("serve stopped while the settlement was paused: %v", err)
	default:
	}
	mu.Lock()
	early := decided
	mu.Unlock()
	if early != 0 {
		t.Fatalf("%d claims settled while paused", early)
	}

	if _, err := as(devstack.AdminKey).Unpause(ctx); err != nil {
		t.Fatalf("unpause: %v", err)
	}
	waitUntil(t, ctx, func() bool { mu.Lock(); defer mu.Unlock(); return decided >= len(claims) })
	waitUntil(t, ctx, func() bool { return refused() == 0 })
	stop()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	audited, err := service.Audit(ctx, st.Config, st.Chain.Client())
	if err != nil {
		t.Fatal(err)
	}
	if !audited.OK() || audited.Decided != len(claims) {
		t.Fatalf("audit after the pause: %+v", audited)
	}
}
