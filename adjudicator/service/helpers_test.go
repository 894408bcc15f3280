package service_test

import (
	"context"
	"io"
	"log/slog"
	"sync"
	"testing"
	"time"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/devstack"
	"github.com/claimsledger/claims/adjudicator/intake"
	"github.com/claimsledger/claims/adjudicator/privacy"
	"github.com/claimsledger/claims/adjudicator/sample"
	"github.com/claimsledger/claims/adjudicator/service"
)

// runEngine submits claims to the stack's input topic and runs the wired engine until every
// one is decided or dead-lettered, then stops it. It returns the number of batches settled.
func runEngine(t *testing.T, ctx context.Context, st *devstack.Stack, rules adjudicator.Rules, claims []adjudicator.Claim) int {
	t.Helper()
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	submit(t, ctx, st, claims)
	var mu sync.Mutex
	decided, batches := 0, 0
	svc, err := service.Open(ctx, st.Config, service.Options{
		Logger: log, Backend: st.Chain.Client(), Signer: st.Chain.Transactor(devstack.AdjudicatorKey), RecorderSigner: st.Chain.Transactor(devstack.RecorderKey), Rules: rules,
		EngineOptions: []adjudicator.Option{adjudicator.WithLinger(50 * time.Millisecond), adjudicator.WithBatchObserver(func(r adjudicator.BatchReport) {
			mu.Lock()
			decided += r.Claims + r.DeadLetters
			batches++
			mu.Unlock()
		})},
		IntakeOptions: []intake.Option{intake.WithSessionTimeout(6 * time.Second)},
	})
	if err != nil {
		t.Fatal(err)
	}
	defer svc.Close()
	rctx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- svc.Run(rctx) }()
	waitUntil(t, ctx, func() bool { mu.Lock(); defer mu.Unlock(); return decided >= len(claims) })
	stop()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	return batches
}

// startStack starts a dev stack (broker, chain, Redis) with the given partitions, closed when
// the test ends, and the rules its engines decide with. The first n sample claims come with it.
func startStack(t *testing.T, ctx context.Context, partitions, n int) (*devstack.Stack, adjudicator.Rules, []adjudicator.Claim) {
	t.Helper()
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	st, err := devstack.Start(ctx, devstack.Options{Partitions: partitions, Logger: log})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(st.Close)
	rules, err := service.NewRules(ctx, st.Config, log)
	if err != nil {
		t.Fatal(err)
	}
	claims, err := sample.Claims()
	if err != nil {
		t.Fatal(err)
	}
	return st, rules, claims[:n]
}

// submit seals claims with the stack's payload key and produces them to its input topic.
func submit(t *testing.T, ctx context.Context, st *devstack.Stack, claims []adjudicator.Claim) {
	t.Helper()
	prod, err := intake.NewProducer(st.Config.Brokers)
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
}
