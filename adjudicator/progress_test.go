package adjudicator_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/testkit"
)

// syncBuffer is a log sink the engine's partition goroutines write to while the test reads.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// records parses the JSON log lines whose msg is msg.
func (b *syncBuffer) records(t *testing.T, msg string) []map[string]any {
	t.Helper()
	var out []map[string]any
	for line := range strings.Lines(b.String()) {
		var rec map[string]any
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatalf("log line %q: %v", line, err)
		}
		if rec["msg"] == msg {
			out = append(out, rec)
		}
	}
	return out
}

// num reads a numeric field of a parsed log line, failing the test when it is missing.
func num(t *testing.T, rec map[string]any, key string) int64 {
	t.Helper()
	v, ok := rec[key].(float64)
	if !ok {
		t.Fatalf("log line %v: no numeric %q", rec, key)
	}
	return int64(v)
}

// TestBatchLinesLagAndCaughtUp runs the engine at the production log level over two busy
// partitions and an idle one. Every batch logs one "batch settled" line whose counts add up to
// the input; the lag gauge says how far behind each batch was when it was decided; one "caught
// up" line comes once everything is processed, and a second only after new claims put the
// engine behind again; no line names a claim, member or provider.
func TestBatchLinesLagAndCaughtUp(t *testing.T) {
	const partitions = 3
	r := newRig(t, partitions)
	// Partitions 0 and 1 only: 2 has nothing to read, and must still count as caught up.
	want := r.add(40, 2)
	var logs syncBuffer
	reg := prometheus.NewRegistry()
	type seen struct {
		ref      adjudicator.BatchRef
		lag      float64
		caughtUp float64
		hwm      int64 // the partition's length when the batch was decided
	}
	var (
		mu      sync.Mutex
		decided []seen
	)
	hook := func(s adjudicator.Stage, b adjudicator.BatchRef) {
		if s != adjudicator.StageDecided {
			return
		}
		lag, ok := testkit.Metric(t, reg, "claims_consumer_lag", "partition", fmt.Sprint(b.Partition))
		if !ok {
			t.Errorf("batch %+v decided with no claims_consumer_lag series for its partition", b)
		}
		up, _ := testkit.Metric(t, reg, "claims_caught_up")
		mu.Lock()
		decided = append(decided, seen{ref: b, lag: lag, caughtUp: up, hwm: int64(r.log.Len(b.Partition))})
		mu.Unlock()
	}
	e := r.engine(t, adjudicator.WithLogger(slog.New(slog.NewJSONHandler(&logs, nil))), adjudicator.WithRegisterer(reg),
		adjudicator.WithStageHook(hook))
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- e.Run(ctx) }()

	waitFor(t, done, func() bool { return strings.Contains(logs.String(), `"msg":"caught up"`) })
	checkBatchLines(t, logs.records(t, "batch settled"), 40, want)
	if n := len(r.settler.Batches()); n != len(logs.records(t, "batch settled")) {
		t.Fatalf("%d batches settled, %d batch lines", n, len(logs.records(t, "batch settled")))
	}
	mu.Lock()
	if len(decided) == 0 {
		t.Fatal("no batch reached the decided stage")
	}
	for _, d := range decided {
		// Everything was appended before the engine started: the lag when a batch is decided is
		// exactly what the partition holds from the batch's first offset on.
		if want := float64(d.hwm - d.ref.From); d.lag != want || d.lag <= 0 {
			t.Errorf("batch %+v decided with claims_consumer_lag %v, want %v", d.ref, d.lag, want)
		}
		if d.caughtUp != 0 {
			t.Errorf("batch %+v decided while claims_caught_up was %v, want 0", d.ref, d.caughtUp)
		}
	}
	phase1 := len(decided)
	mu.Unlock()
	ups := logs.records(t, "caught up")
	if len(ups) != 1 {
		t.Fatalf("%d caught-up lines, want 1:\n%s", len(ups), logs.String())
	}
	if num(t, ups[0], "lag") != 0 || fmt.Sprint(ups[0]["partitions"]) != "[0 1 2]" {
		t.Fatalf("caught-up line %v, want partitions [0 1 2] and lag 0", ups[0])
	}
	if lastMsg(t, &logs) != "caught up" {
		t.Fatalf("the caught-up line is not the last one:\n%s", logs.String())
	}
	assertCaughtUp(t, reg, partitions)

	// A new claim puts the engine behind; catching up again is the second line, and only then.
	// One claim, so that no partial batch can catch up (and log) before the rest arrive.
	more := int64(1000+r.claims) / 2
	r.log.Append(1, []byte("M3"), claimJSON(fmt.Sprintf("C%d", r.claims), "M3", int64(1000+r.claims)))
	r.claims++
	waitFor(t, done, func() bool { return len(logs.records(t, "caught up")) == 2 })
	checkBatchLines(t, logs.records(t, "batch settled"), 41, want+more)
	mu.Lock()
	for _, d := range decided[phase1:] {
		if d.lag < float64(d.ref.To-d.ref.From) || d.caughtUp != 0 {
			t.Errorf("batch %+v decided with lag %v and caught up %v, want lag >= %d and 0", d.ref, d.lag, d.caughtUp, d.ref.To-d.ref.From)
		}
	}
	mu.Unlock()
	assertCaughtUp(t, reg, partitions)

	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if n := len(logs.records(t, "caught up")); n != 2 {
		t.Fatalf("%d caught-up lines after shutdown, want 2", n)
	}
	// An instance that owns nothing reports no partition's lag: another owner does.
	for p := range partitions {
		if _, ok := testkit.Metric(t, reg, "claims_consumer_lag", "partition", fmt.Sprint(p)); ok {
			t.Errorf("claims_consumer_lag{partition=%q} still reported after the partition was released", fmt.Sprint(p))
		}
	}

	var ids []string
	for i := range r.claims {
		ids = append(ids, fmt.Sprintf("C%d", i))
	}
	for i := range 7 {
		ids = append(ids, fmt.Sprintf("M%d", i))
	}
	ids = append(ids, "1234567893", "99213", "E119")
	for _, s := range ids {
		if regexp.MustCompile(`(^|[^0-9A-Za-z])` + regexp.QuoteMeta(s) + `($|[^0-9A-Za-z])`).MatchString(logs.String()) {
			t.Errorf("the log shows %q", s)
		}
	}
}

// checkBatchLines checks that the batch lines tile each partition from 0 and that their counts
// and money add up to what was submitted.
func checkBatchLines(t *testing.T, lines []map[string]any, claims int, paid int64) {
	t.Helper()
	next := map[int64]int64{}
	var n, outcomes, cents int64
	for _, l := range lines {
		p, from, to := num(t, l, "partition"), num(t, l, "from"), num(t, l, "to")
		if from != next[p] || to <= from {
			t.Fatalf("batch line %v: [%d,%d), want it to start at %d", l, from, to, next[p])
		}
		next[p] = to
		c := num(t, l, "claims")
		if c+num(t, l, "dead_letters") != to-from {
			t.Fatalf("batch line %v: claims and dead letters do not cover [%d,%d)", l, from, to)
		}
		o := num(t, l, "approved") + num(t, l, "partial") + num(t, l, "denied") + num(t, l, "pended")
		if o != c {
			t.Fatalf("batch line %v: outcomes add up to %d, want %d", l, o, c)
		}
		if num(t, l, "gas") <= 0 || !regexp.MustCompile(`^0x[0-9a-f]{64}$`).MatchString(fmt.Sprint(l["tx"])) || l["replay"] != false {
			t.Fatalf("batch line %v: want gas, a 0x transaction hash and replay=false", l)
		}
		n, outcomes, cents = n+c, outcomes+o, cents+num(t, l, "paid_cents")
	}
	if n != int64(claims) || cents != paid {
		t.Fatalf("batch lines: %d claims paying %d cents, want %d paying %d", n, cents, claims, paid)
	}
}

func assertCaughtUp(t *testing.T, reg prometheus.Gatherer, partitions int) {
	t.Helper()
	if up, ok := testkit.Metric(t, reg, "claims_caught_up"); !ok || up != 1 {
		t.Fatalf("claims_caught_up %v (present %v), want 1", up, ok)
	}
	for p := range partitions {
		if lag, ok := testkit.Metric(t, reg, "claims_consumer_lag", "partition", fmt.Sprint(p)); !ok || lag != 0 {
			t.Fatalf("claims_consumer_lag{partition=%q} %v (present %v), want 0", fmt.Sprint(p), lag, ok)
		}
	}
}

func lastMsg(t *testing.T, logs *syncBuffer) string {
	t.Helper()
	lines := strings.Split(strings.TrimSpace(logs.String()), "\n")
	var rec map[string]any
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &rec); err != nil {
		t.Fatal(err)
	}
	return fmt.Sprint(rec["msg"])
}

// TestReplayedBatchLogsOnce: a batch the chain settled before a crash is logged once when it is
// republished, as a replay, with the original settlement's transaction, and no second line.
func TestReplayedBatchLogsOnce(t *testing.T) {
	r := newRig(t, 1)
	want := r.add(16, 1)
	// First life: the first batch settles, then publishing fails until the process stops, so
	// the next life finds it on chain and not published.
	r.pub.Fail = func() error { return errors.New("broker gone") }
	ctx, cancel := context.WithCancel(context.Background())
	e1 := r.engine(t, adjudicator.WithDrainTimeout(50*time.Millisecond))
	done := make(chan error, 1)
	go func() { done <- e1.Run(ctx) }()
	for len(r.settler.Batches()) < 1 {
		time.Sleep(2 * time.Millisecond)
	}
	cancel()
	<-done
	r.pub.Fail = nil
	first := r.settler.Batches()[0]
	sb, ok, _ := r.settler.SettledBatch(context.Background(), 0, first.From)
	if !ok {
		t.Fatal("the first batch is not on chain")
	}

	var logs syncBuffer
	r.runUntil(t, r.engine(t, adjudicator.WithLogger(slog.New(slog.NewJSONHandler(&logs, nil)))), 1)
	r.assertExactlyOnce(t, 1, want)
	var replays []map[string]any
	for _, l := range logs.records(t, "batch settled") {
		if l["replay"] == true {
			replays = append(replays, l)
		}
	}
	if len(replays) != 1 {
		t.Fatalf("%d replay lines, want 1:\n%s", len(replays), logs.String())
	}
	l := replays[0]
	if num(t, l, "from") != first.From || num(t, l, "to") != first.To || num(t, l, "claims") != int64(first.Claims) ||
		l["tx"] != fmt.Sprintf("%#x", sb.Receipt.TxHash) || sb.Receipt.TxHash == (adjudicator.Hash{}) {
		t.Fatalf("replay line %v, want [%d,%d), %d claims, tx %#x", l, first.From, first.To, first.Claims, sb.Receipt.TxHash)
	}
	if strings.Contains(logs.String(), "republished") {
		t.Fatalf("a second line for the replayed batch:\n%s", logs.String())
	}
}

// regenerating is an intake whose group generation ends each time next receives, as a rebalance
// ends it: every partition is released and assigned again.
type regenerating struct {
	*testkit.Log
	next chan struct{}
}

func (g *regenerating) Consume(ctx context.Context, own func(context.Context, adjudicator.Partition) error) error {
	for {
		gctx, end := context.WithCancel(ctx)
		go func() {
			select {
			case <-g.next:
			case <-gctx.Done():
			}
			end()
		}()
		err := g.Log.Consume(gctx, own)
		end()
		if err != nil || ctx.Err() != nil {
			return err
		}
	}
}

// TestRebalanceOfCaughtUpInstanceIsQuiet: a caught-up instance whose partitions are released
// and assigned again has nothing new to say; only claims arriving after it make the next
// "caught up" line.
func TestRebalanceOfCaughtUpInstanceIsQuiet(t *testing.T) {
	r := newRig(t, 2)
	want := r.add(10, 2)
	g := &regenerating{Log: r.log, next: make(chan struct{})}
	var logs syncBuffer
	reg := prometheus.NewRegistry()
	e, err := adjudicator.New(g, r.elig, payHalf, r.settler, r.pub, r.k, append(r.baseOpts(),
		adjudicator.WithLogger(slog.New(slog.NewJSONHandler(&logs, nil))), adjudicator.WithRegisterer(reg))...)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- e.Run(ctx) }()
	waitFor(t, done, func() bool { return len(logs.records(t, "caught up")) == 1 })

	g.next <- struct{}{}
	waitFor(t, done, func() bool { return len(logs.records(t, "partition assigned")) == 4 })
	if up, _ := testkit.Metric(t, reg, "claims_caught_up"); up != 1 {
		t.Fatalf("claims_caught_up %v across the rebalance, want 1", up)
	}
	r.log.Append(0, []byte("M1"), claimJSON(fmt.Sprintf("C%d", r.claims), "M1", int64(1000+r.claims)))
	want += int64(1000+r.claims) / 2
	r.claims++
	waitFor(t, done, func() bool { return r.caughtUp(2) && lastMsg(t, &logs) == "caught up" })
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	r.assertExactlyOnce(t, 2, want)
	if n := len(logs.records(t, "caught up")); n != 2 {
		t.Fatalf("%d caught-up lines, want 2 (the rebalance announces nothing):\n%s", n, logs.String())
	}
}
