package service_test

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kmsg"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/devstack"
	"github.com/claimsledger/claims/adjudicator/intake"
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
	st, rules, claims := startStack(t, ctx, 2, 200)
	submit(t, ctx, st, claims)

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
	cfg := st.Config
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	cfg.MetricsAddr = ln.Addr().String()
	ln.Close()
	svc, err := service.Open(ctx, cfg, service.Options{
		Logger: log, Backend: st.Chain.Client(), Signer: st.Chain.Transactor(devstack.AdjudicatorKey), RecorderSigner: st.Chain.Transactor(devstack.RecorderKey), Rules: rules,
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
	notReady := ""
	for end := time.Now().Add(8 * time.Second); time.Now().Before(end); time.Sleep(100 * time.Millisecond) {
		select {
		case err := <-done:
			t.Fatalf("serve stopped during the broker outage: %v", err)
		default:
		}
		if code, body := readyz(cfg.MetricsAddr); code == http.StatusServiceUnavailable {
			notReady = body
		}
	}
	down.Store(false)
	if notReady == "" {
		t.Fatal("/readyz never reported the broker outage")
	}
	t.Logf("/readyz during the outage: %s", strings.TrimSpace(notReady))
	if refusedRequests.Load() == 0 {
		t.Fatal("no request reached the broker during the outage; the test proves nothing")
	}
	if count() >= len(claims) {
		t.Fatal("every claim was decided before the outage; the test proves nothing")
	}
	waitUntil(t, ctx, func() bool { return count() >= len(claims) })
	if code, body := readyz(cfg.MetricsAddr); code != http.StatusOK {
		t.Fatalf("/readyz after the outage: %d %s", code, body)
	}
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

// readyz asks the service's /readyz; code 0 when it does not answer.
func readyz(addr string) (int, string) {
	cl := http.Client{Timeout: 2 * time.Second}
	resp, err := cl.Get("http://" + addr + "/readyz")
	if err != nil {
		return 0, err.Error()
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}
