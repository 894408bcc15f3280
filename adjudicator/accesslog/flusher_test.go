package accesslog_test

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/accesslog"
	"github.com/claimsledger/claims/adjudicator/chain"
	"github.com/claimsledger/claims/adjudicator/chain/devchain"
	"github.com/claimsledger/claims/adjudicator/intake"
	"github.com/claimsledger/claims/adjudicator/intake/kafkatest"
	"github.com/claimsledger/claims/adjudicator/testkit"
)

const topic = "claims.access"

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

// env is a Kafka broker with the access topic on two partitions and a dev chain with the
// contracts deployed, the AccessLog's RECORDER_ROLE on key 7.
type env struct {
	ctx     context.Context
	brokers []string
	chain   *devchain.Chain
	log     *chain.AccessLog // read-only view
	rec     *accesslog.Recorder
	addr    chain.Deployment
}

const recorderKey = 7

func start(t *testing.T) *env {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	t.Cleanup(cancel)
	b, err := kafkatest.Start(kafkatest.Options{Partitions: 2, Topics: []string{topic}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(b.Close)
	dc, err := devchain.Start(ctx, devchain.Options{Accounts: 8, BlockInterval: 50 * time.Millisecond, Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = dc.Close() })
	a := dc.Address
	d, err := chain.Deploy(ctx, dc.Client(), dc.Transactor(0), chain.DeployConfig{Settings: chain.DevSettings(), Roles: chain.Roles{
		Admin: a(0), Adjudicator: a(1), Insurer: a(2), ProviderManager: a(3), FraudAnalyst: a(4), Guardian: a(5), Recorder: a(recorderKey),
	}}, chain.WithLogger(quiet))
	if err != nil {
		t.Fatal(err)
	}
	ro, err := chain.NewAccessLog(dc.Client(), d.AccessLog, nil, chain.WithFromBlock(d.Block))
	if err != nil {
		t.Fatal(err)
	}
	rec, err := accesslog.Dial(b.Addrs(), topic)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = rec.Close() })
	return &env{ctx: ctx, brokers: b.Addrs(), chain: dc, log: ro, rec: rec, addr: d}
}

// ledger is the AccessLog signed by the recorder's key.
func (e *env) ledger(t *testing.T) *chain.AccessLog {
	t.Helper()
	tx, err := chain.NewTransactor(e.chain.Client(), e.chain.Transactor(recorderKey), chain.WithPollInterval(10*time.Millisecond), chain.WithLogger(quiet))
	if err != nil {
		t.Fatal(err)
	}
	l, err := chain.NewAccessLog(e.chain.Client(), e.addr.AccessLog, tx)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// flusher runs a flusher on ledger until the returned stop is called (or the test ends).
func (e *env) flusher(t *testing.T, ledger accesslog.Ledger, reg prometheus.Registerer, opts ...accesslog.Option) (ctx context.Context, stop func()) {
	t.Helper()
	src, err := intake.NewConsumer(e.brokers, intake.WithGroupID("test.access"), intake.WithInputTopic(topic),
		intake.WithSessionTimeout(6*time.Second), intake.WithHeartbeatInterval(500*time.Millisecond), intake.WithLogger(quiet))
	if err != nil {
		t.Fatal(err)
	}
	f, err := accesslog.NewFlusher(src, ledger, append([]accesslog.Option{accesslog.WithInterval(400 * time.Millisecond),
		accesslog.WithLogger(quiet), accesslog.WithRegisterer(reg)}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(e.ctx)
	done := make(chan error, 1)
	go func() { done <- f.Run(ctx) }()
	var once sync.Once
	stop = func() {
		once.Do(func() {
			cancel()
			if err := <-done; err != nil {
				t.Errorf("flusher: %v", err)
			}
		})
	}
	t.Cleanup(stop)
	return ctx, stop
}

// look is the i-th test look: claims, viewers and purposes vary with i.
func look(i int) adjudicator.Access {
	a := adjudicator.Access{ClaimKey: sha256.Sum256(fmt.Appendf(nil, "claim-%d", i)), Purpose: adjudicator.Purposes[i%len(adjudicator.Purposes)],
		At: time.Unix(1_709_371_815+int64(i), 0).UTC()}
	if i%3 == 0 {
		a.Viewer, a.ViewerKind = adjudicator.AccountViewer([20]byte{19: byte(i), 0: 0xaa}), adjudicator.ViewerAccount
	} else {
		a.Viewer, a.ViewerKind = sha256.Sum256(fmt.Appendf(nil, "provider-%d", i%4)), adjudicator.ViewerProvider
	}
	return a
}

// recordLooks records looks [from, to) one call each, as separate requests would.
func (e *env) recordLooks(t *testing.T, from, to int) {
	t.Helper()
	for i := from; i < to; i++ {
		if err := e.rec.Record(e.ctx, look(i)); err != nil {
			t.Fatal(err)
		}
	}
}

// topicLooks reads the access topic: every message's position, and the look it holds (ok false
// for one that is not a look).
type position struct {
	partition int32
	offset    int64
}

func (e *env) topicLooks(t *testing.T) (map[position]adjudicator.Access, map[int32]int64) {
	t.Helper()
	recs, err := intake.ReadAll(e.ctx, e.brokers, topic)
	if err != nil {
		t.Fatal(err)
	}
	out, ends := map[position]adjudicator.Access{}, map[int32]int64{}
	for _, r := range recs {
		ends[r.Partition] = r.Offset + 1
		if a, err := accesslog.Decode(r.Value); err == nil {
			out[position{r.Partition, r.Offset}] = a
		}
	}
	return out, ends
}

// waitRecorded waits until the chain's watermark of every partition is at its end.
func (e *env) waitRecorded(t *testing.T, ends map[int32]int64) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for {
		done := true
		for p, end := range ends {
			next, err := e.log.NextOffset(e.ctx, p)
			if err != nil {
				t.Fatal(err)
			}
			done = done && next >= end
		}
		if done {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the chain did not record the access topic up to %v in time", ends)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// checkOnChain: every look on the topic is on chain exactly once, with its position, and nothing
// else is; the batches tile each partition from 0 to its end with no gap and no overlap.
func (e *env) checkOnChain(t *testing.T, want map[position]adjudicator.Access, ends map[int32]int64) []chain.AccessBatch {
	t.Helper()
	got := map[position]int{}
	claims := map[adjudicator.Hash]bool{}
	for _, a := range want {
		claims[a.ClaimKey] = true
	}
	for k := range claims {
		evs, err := e.log.Accesses(e.ctx, k)
		if err != nil {
			t.Fatal(err)
		}
		for _, ev := range evs {
			pos := position{ev.Partition, ev.Offset}
			got[pos]++
			if w, ok := want[pos]; !ok || w != ev.Access {
				t.Errorf("on chain at %d/%d: %+v, want %+v (on the topic: %v)", pos.partition, pos.offset, ev.Access, w, ok)
			}
		}
	}
	for pos := range want {
		if got[pos] != 1 {
			t.Errorf("the look at %d/%d is on chain %d times, want once", pos.partition, pos.offset, got[pos])
		}
	}
	batches, err := e.log.Batches(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	next := map[int32]int64{}
	for _, b := range batches {
		if b.From != next[b.Partition] {
			t.Errorf("batch %d/[%d,%d) does not start where the previous one ended (%d)", b.Partition, b.From, b.To, next[b.Partition])
		}
		next[b.Partition] = b.To
	}
	for p, end := range ends {
		if next[p] != end {
			t.Errorf("partition %d recorded up to %d, want %d", p, next[p], end)
		}
	}
	return batches
}

// The flusher records every look once, one transaction per partition for what accumulated in an
// interval; a message that is not a look is skipped, its offset covered all the same.
func TestFlusherRecordsEveryLookOnce(t *testing.T) {
	e := start(t)
	e.recordLooks(t, 0, 40)
	garbage, err := intake.NewProducer(e.brokers, intake.WithInputTopic(topic))
	if err != nil {
		t.Fatal(err)
	}
	if err := garbage.Submit(e.ctx, intake.Submission{Key: []byte("k"), Value: []byte(`{"v": 1, "claim_id": "CLM-1"}`)}); err != nil {
		t.Fatal(err)
	}
	_ = garbage.Close()
	want, ends := e.topicLooks(t)
	if len(want) != 40 || len(ends) != 2 {
		t.Fatalf("%d looks on %d partitions, want 40 on 2", len(want), len(ends))
	}
	reg := prometheus.NewRegistry()
	e.flusher(t, e.ledger(t), reg)
	e.waitRecorded(t, ends)
	batches := e.checkOnChain(t, want, ends)
	// Everything was queued before the flusher started: one transaction per partition.
	if len(batches) != 2 || batches[0].TxHash == batches[1].TxHash {
		t.Errorf("batches %+v, want one per partition", batches)
	}
	if n, _ := testkit.Metric(t, reg, "claims_access_skipped_total"); n != 1 {
		t.Errorf("claims_access_skipped_total = %v, want 1", n)
	}
	if n, _ := testkit.Metric(t, reg, "claims_access_recorded_total"); n != 40 {
		t.Errorf("claims_access_recorded_total = %v, want 40", n)
	}

	// Looks keep coming while it runs: each interval's go out together.
	e.recordLooks(t, 40, 60)
	want, ends = e.topicLooks(t)
	e.waitRecorded(t, ends)
	e.checkOnChain(t, want, ends)
}

// lossy is an AccessLog whose first successful recordAccess is answered with an error, as a
// lost receipt or a connection cut after the transaction was sent would be; crash, when set,
// is called then too (a kill -9 between the transaction and anything after it).
type lossy struct {
	accesslog.Ledger
	lost  atomic.Bool
	crash func()
}

func (l *lossy) RecordAccess(ctx context.Context, partition int32, from, to int64, looks []chain.LoggedAccess) (adjudicator.Receipt, error) {
	r, err := l.Ledger.RecordAccess(ctx, partition, from, to, looks)
	if err == nil && l.lost.CompareAndSwap(false, true) {
		if l.crash != nil {
			l.crash()
		}
		return adjudicator.Receipt{}, errors.New("connection reset while waiting for the receipt")
	}
	return r, err
}

// A flusher that never learns its transaction was mined sends the batch again: the contract
// refuses it (the watermark moved), the flusher resyncs, and no look is recorded twice.
func TestFlusherLostReceiptRecordsNothingTwice(t *testing.T) {
	e := start(t)
	e.recordLooks(t, 0, 30)
	want, ends := e.topicLooks(t)
	reg := prometheus.NewRegistry()
	l := &lossy{Ledger: e.ledger(t)}
	e.flusher(t, l, reg)
	e.waitRecorded(t, ends)
	e.recordLooks(t, 30, 45)
	want, ends = e.topicLooks(t)
	e.waitRecorded(t, ends)
	e.checkOnChain(t, want, ends)
	if !l.lost.Load() {
		t.Fatal("no receipt was lost: the test did not test")
	}
	if n, _ := testkit.Metric(t, reg, "claims_access_conflicts_total"); n < 1 {
		t.Errorf("claims_access_conflicts_total = %v: the resend was not refused by the contract", n)
	}
}

// kill -9 after a batch's transaction, before the flusher commits or writes anything else; looks
// keep arriving while it is down; a new flusher resumes from the chain's watermark: no look is
// recorded twice, none is skipped.
func TestFlusherKilledAfterRecordingResumesFromTheChain(t *testing.T) {
	e := start(t)
	e.recordLooks(t, 0, 30)
	crashed := make(chan struct{})
	l := &lossy{Ledger: e.ledger(t), crash: func() { close(crashed) }}
	ctx, stop := e.flusher(t, l, prometheus.NewRegistry(), accesslog.WithDrainTimeout(0))
	select {
	case <-crashed:
	case <-ctx.Done():
		t.Fatal("the flusher recorded nothing")
	}
	stop() // no drain, no commit: as killed
	e.recordLooks(t, 30, 50)
	want, ends := e.topicLooks(t)
	recorded := map[int32]int64{}
	for p := range ends {
		next, err := e.log.NextOffset(e.ctx, p)
		if err != nil {
			t.Fatal(err)
		}
		recorded[p] = next
	}
	if recorded[0]+recorded[1] == 0 {
		t.Fatal("the killed flusher had recorded nothing on chain: the test did not test")
	}
	e.flusher(t, e.ledger(t), prometheus.NewRegistry())
	e.waitRecorded(t, ends)
	e.checkOnChain(t, want, ends)
}
