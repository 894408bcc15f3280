package intake_test

import (
	"context"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/intake"
)

// hung is how long a test waits for something before it declares itself
// hung. It is a failure bound only: nothing asserts on timing.
const hung = 30 * time.Second

func testLogger(t testing.TB) *slog.Logger {
	return slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelInfo}))
}

// consumerOpts are short timings so rebalances take a heartbeat, not
// seconds. 6s is the smallest session timeout kfake (like Kafka) accepts.
func consumerOpts(t testing.TB) []intake.Option {
	return []intake.Option{
		intake.WithLogger(testLogger(t)),
		intake.WithHeartbeatInterval(100 * time.Millisecond),
		intake.WithSessionTimeout(6 * time.Second),
		intake.WithRebalanceTimeout(5 * time.Second),
		intake.WithJoinBackoff(100 * time.Millisecond),
		intake.WithFetchMaxWait(100 * time.Millisecond),
	}
}

func newConsumer(t testing.TB, brokers []string, opts ...intake.Option) *intake.Consumer {
	t.Helper()
	c, err := intake.NewConsumer(brokers, append(consumerOpts(t), opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// running is a Consume call in the background.
type running struct {
	cancel context.CancelFunc
	done   chan error
}

func start(t testing.TB, c *intake.Consumer, own func(context.Context, adjudicator.Partition) error) *running {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	r := &running{cancel: cancel, done: make(chan error, 1)}
	go func() { r.done <- c.Consume(ctx, own) }()
	t.Cleanup(func() {
		cancel()
		select {
		case <-r.done:
		case <-time.After(hung):
			t.Error("Consume did not return after its context ended")
		}
	})
	return r
}

// stop ends the Consume call and returns its result.
func (r *running) stop(t testing.TB) error {
	t.Helper()
	r.cancel()
	return r.wait(t)
}

func (r *running) wait(t testing.TB) error {
	t.Helper()
	select {
	case err := <-r.done:
		r.done <- err // for the cleanup
		return err
	case <-time.After(hung):
		t.Fatal("Consume did not return")
		return nil
	}
}

// eventually polls cond until it holds, failing the test if it never does.
func eventually(t testing.TB, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(hung)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// claim is one test message: member key and its sequence number within
// the member.
type claim struct {
	key string
	seq int
}

func (c claim) value() []byte { return fmt.Appendf(nil, "%s#%d", c.key, c.seq) }

func parseClaim(v []byte) (claim, error) {
	key, seq, ok := strings.Cut(string(v), "#")
	n, err := strconv.Atoi(seq)
	if !ok || err != nil {
		return claim{}, fmt.Errorf("bad test value %q", v)
	}
	return claim{key: key, seq: n}, nil
}

// produce submits n claims from members keys, round robin, in one call.
func produce(t testing.TB, brokers []string, n, members int) []claim {
	t.Helper()
	claims, err := submit(brokers, n, members, testLogger(t))
	if err != nil {
		t.Fatal(err)
	}
	return claims
}

// submit is produce for goroutines other than the test's.
func submit(brokers []string, n, members int, log *slog.Logger) ([]claim, error) {
	p, err := intake.NewProducer(brokers, intake.WithLogger(log))
	if err != nil {
		return nil, err
	}
	defer p.Close()
	claims := make([]claim, n)
	subs := make([]intake.Submission, n)
	seq := map[string]int{}
	for i := range n {
		key := fmt.Sprintf("member-%03d", i%members)
		claims[i] = claim{key: key, seq: seq[key]}
		seq[key]++
		subs[i] = intake.Submission{Key: []byte(key), Value: claims[i].value()}
	}
	ctx, cancel := context.WithTimeout(context.Background(), hung)
	defer cancel()
	return claims, p.Submit(ctx, subs...)
}

// perPartition counts a topic's messages per partition.
func perPartition(t testing.TB, brokers []string, topic string) map[int32]int {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), hung)
	defer cancel()
	recs, err := intake.ReadAll(ctx, brokers, topic)
	if err != nil {
		t.Fatal(err)
	}
	n := map[int32]int{}
	for _, r := range recs {
		n[r.Partition]++
	}
	return n
}

// owners tracks which partitions each member owns right now.
type owners struct {
	mu  sync.Mutex
	own map[string]map[int32]bool
}

func newOwners() *owners { return &owners{own: map[string]map[int32]bool{}} }

func (o *owners) enter(member string, p int32) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.own[member] == nil {
		o.own[member] = map[int32]bool{}
	}
	o.own[member][p] = true
}

func (o *owners) leave(member string, p int32) {
	o.mu.Lock()
	defer o.mu.Unlock()
	delete(o.own[member], p)
}

func (o *owners) of(member string) map[int32]bool {
	o.mu.Lock()
	defer o.mu.Unlock()
	m := map[int32]bool{}
	for p := range o.own[member] {
		m[p] = true
	}
	return m
}
