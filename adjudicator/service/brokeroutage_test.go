package service_test

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kmsg"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/devstack"
	"github.com/claimsledger/claims/adjudicator/intake"
	"github.com/claimsledger/claims/adjudicator/privacy"
	"github.com/claimsledger/claims/adjudicator/sample"
	"github.com/claimsledger/claims/adjudicator/service"
)

// TestBrokerOutageIsWaitedOut makes the broker (kfake, over TCP) drop every connection for
// longer than the drain timeout while the engine is mid-stream: fetches, publications, commits
// and group heartbeats all fail. The engine must not exit, must decide every claim once the
// broker answers again, and the audit must be clean.
func TestBrokerOutageIsWaitedOut(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	st, err := devstack.Start(ctx, devstack.Options{Partitions: 2, Logger: log})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	rules, err := service.NewRules(ctx, st.Config, log)
	if err != nil {
		t.Fatal(err)
	}
	claims, err := sample.Claims()
	if err != nil {
		t.Fatal(err)
	}
	claims = claims[:200]
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

	var down atomic.Bool
	var refusedRequests atomic.Int64
	cluster := st.Kafka.Cluster()
	cluster.Control(func(kmsg.Request) (kmsg.Response, error, bool) {
		cluster.KeepControl()
		if down.Load() {
			refusedRequests.Add(1)
			return nil, errors.New("broker outage"), true // closes the client's connection
		}
		return nil, nil, false
	})

	var mu sync.Mutex
	decided := 0
	svc, err := service.Open(ctx, st.Config, service.Options{
		Logger: log, Backend: st.Chain.Client(), Signer: st.Chain.Transactor(devstack.AdjudicatorKey), Rules: rules,
		EngineOptions: []adjudicator.Option{
			adjudicator.WithBatchSize(20), adjudicator.WithLinger(50 * time.Millisecond), adjudicator.WithDrainTimeout(time.Second),
			adjudicator.WithRetryBackoff(100 * time.Millisecond), adjudicator.WithMaxRetryBackoff(time.Second),
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
	count := func() int { mu.Lock(); defer mu.Unlock(); return decided }

	waitUntil(t, ctx, func() bool { return count() >= 20 })
	down.Store(true)
	select {
	case err := <-done:
		t.Fatalf("serve stopped during the broker outage: %v", err)
	case <-time.After(8 * time.Second):
	}
	down.Store(false)
	if refusedRequests.Load() == 0 {
		t.Fatal("no request reached the broker during the outage; the test proves nothing")
	}
	if count() >= len(claims) {
		t.Fatal("every claim was decided before the outage; the test proves nothing")
	}
	waitUntil(t, ctx, func() bool { return count() >= len(claims) })
	stop()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	audited, err := service.Audit(ctx, st.Config, st.Chain.Client())
	if err != nil {
		t.Fatal(err)
	}
	if !audited.OK() || audited.Decided != len(claims) {
		t.Fatalf("audit after the broker outage: %+v", audited)
	}
}
