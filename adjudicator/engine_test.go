package adjudicator_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/merkle"
	"github.com/claimsledger/claims/adjudicator/privacy"
	"github.com/claimsledger/claims/adjudicator/testkit"
)

var secret = bytes.Repeat([]byte("s"), 32)

func keyer(t *testing.T) *privacy.Keyer {
	t.Helper()
	k, err := privacy.NewKeyer(secret)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func claimJSON(id, member string, charge int64) []byte {
	c := adjudicator.Claim{
		Schema: adjudicator.ClaimSchemaV1, ClaimID: id, ClaimType: adjudicator.Professional,
		MemberID: member, BillingNPI: "1234567893", PlaceOfService: "11",
		ServiceFrom: "2017-03-01", ServiceTo: "2017-03-01", Diagnoses: []string{"E119"},
		Lines: []adjudicator.Line{{Number: 1, Code: "99213", Units: 1, ChargeCents: charge}},
	}
	b, _ := json.Marshal(c)
	return b
}

// payHalf approves every claim at half its charge (CO 45 for the rest) and
// denies members without coverage, so outcomes and money are both exercised.
var payHalf = testkit.RulesFunc{Hash: adjudicator.Hash{0xAB}, F: func(c *adjudicator.Claim, f adjudicator.Facts) (adjudicator.Decision, error) {
	e := f.Eligibility
	d := adjudicator.Decision{ClaimID: c.ClaimID, BillingNPI: c.BillingNPI, Outcome: adjudicator.Approve, PolicyHash: "0xab"}
	for _, l := range c.Lines {
		ld := adjudicator.LineDecision{Line: l.Number, Code: l.Code, Units: l.Units, ChargeCents: l.ChargeCents}
		if len(e.Spans) == 0 {
			d.Outcome = adjudicator.Deny
			ld.Adjustments = []adjudicator.Adjustment{{Group: "CO", CARC: "31", Cents: l.ChargeCents}}
		} else {
			ld.AllowedCents = l.ChargeCents / 2
			ld.PaidCents = ld.AllowedCents
			ld.Adjustments = []adjudicator.Adjustment{{Group: "CO", CARC: "45", Cents: l.ChargeCents - ld.AllowedCents}}
		}
		d.PaidCents += ld.PaidCents
		d.Lines = append(d.Lines, ld)
	}
	return d, nil
}}

type rig struct {
	log       *testkit.Log
	elig      testkit.Eligibility
	settler   *testkit.Settler
	pub       *testkit.Publisher
	k         *privacy.Keyer
	claims    int
	reportsMu sync.Mutex
	reports   []adjudicator.BatchReport
}

func newRig(t *testing.T, partitions int) *rig {
	r := &rig{log: testkit.NewLog(partitions), elig: testkit.Eligibility{}, settler: testkit.NewSettler(), pub: &testkit.Publisher{}, k: keyer(t)}
	return r
}

// add appends n claims for covered members round-robin over partitions,
// each charging 1000+i cents.
func (r *rig) add(n, partitions int) (charged int64) {
	for i := 0; i < n; i++ {
		member := fmt.Sprintf("M%d", i%7)
		r.elig[r.k.Member(member)] = []adjudicator.Span{{PlanID: "medicare", Start: "2016-01-01", End: "2018-12-31"}}
		charge := int64(1000 + r.claims)
		r.log.Append(int32(i%partitions), []byte(member), claimJSON(fmt.Sprintf("C%d", r.claims), member, charge))
		charged += charge / 2
		r.claims++
	}
	return charged
}

func (r *rig) baseOpts() []adjudicator.Option {
	return []adjudicator.Option{
		adjudicator.WithBatchSize(8), adjudicator.WithLinger(5 * time.Millisecond),
		adjudicator.WithRetryBackoff(time.Millisecond), adjudicator.WithDrainTimeout(time.Second),
		adjudicator.WithLogger(slog.New(slog.NewTextHandler(io.Discard, nil))),
		adjudicator.WithBatchObserver(func(b adjudicator.BatchReport) {
			r.reportsMu.Lock()
			r.reports = append(r.reports, b)
			r.reportsMu.Unlock()
		}),
	}
}

func (r *rig) engine(t *testing.T, opts ...adjudicator.Option) *adjudicator.Engine {
	t.Helper()
	e, err := adjudicator.New(r.log, r.elig, payHalf, r.settler, r.pub, r.k, append(r.baseOpts(), opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// runUntil runs the engine until every partition's committed offset reaches
// its length, then stops it and returns Run's error.
func (r *rig) runUntil(t *testing.T, e *adjudicator.Engine, partitions int) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- e.Run(ctx) }()
	deadline := time.After(20 * time.Second)
	for !r.caughtUp(partitions) {
		select {
		case err := <-done:
			cancel()
			t.Fatalf("engine stopped early: %v", err)
		case <-deadline:
			cancel()
			t.Fatal("engine did not catch up")
		case <-time.After(2 * time.Millisecond):
		}
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("Run: %v", err)
	}
}

func (r *rig) caughtUp(partitions int) bool {
	for p := 0; p < partitions; p++ {
		if r.log.Committed(int32(p)) < int64(r.log.Len(int32(p))) {
			return false
		}
	}
	return true
}

// assertExactlyOnce checks that every input message has one decision (any
// republication carries identical bytes) and that the chain paid exactly the
// sum of the decisions.
func (r *rig) assertExactlyOnce(t *testing.T, partitions int, wantPaid int64) {
	t.Helper()
	by := r.pub.BySource()
	var paid int64
	for p := 0; p < partitions; p++ {
		for o := 0; o < r.log.Len(int32(p)); o++ {
			recs := by[adjudicator.Position{Partition: int32(p), Offset: int64(o)}]
			if len(recs) == 0 {
				t.Fatalf("no decision for %d/%d", p, o)
			}
			for _, rec := range recs[1:] {
				if !bytes.Equal(rec, recs[0]) {
					t.Fatalf("%d/%d: two different decisions:\n%s\n%s", p, o, recs[0], rec)
				}
			}
			var d adjudicator.Decision
			if err := json.Unmarshal(recs[0], &d); err != nil {
				t.Fatal(err)
			}
			paid += d.PaidCents
		}
	}
	if got := r.settler.PaidTotal(); got != paid || got != wantPaid {
		t.Fatalf("paid on chain %d, sum of decisions %d, want %d", got, paid, wantPaid)
	}
	// Batches tile each partition with no gap or overlap.
	next := map[int32]int64{}
	for _, b := range r.settler.Batches() {
		if b.From != next[b.Partition] {
			t.Fatalf("partition %d: batch starts at %d, want %d", b.Partition, b.From, next[b.Partition])
		}
		next[b.Partition] = b.To
	}
}

func TestEngineSettlesEveryClaimOnce(t *testing.T) {
	r := newRig(t, 3)
	want := r.add(50, 3)
	r.runUntil(t, r.engine(t), 3)
	r.assertExactlyOnce(t, 3, want)
	if n := len(r.pub.Decisions); n != 50 {
		t.Fatalf("published %d decisions, want 50", n)
	}
	// Batches respect the size cap and carry the rules' policy hash.
	for _, b := range r.settler.Batches() {
		if b.Claims > 8 || b.PolicyHash != (adjudicator.Hash{0xAB}) {
			t.Fatalf("batch %+v: claims %d, policy %x", b, b.Claims, b.PolicyHash)
		}
	}
}

func TestBatchRootCommitsToPublishedRecords(t *testing.T) {
	r := newRig(t, 1)
	r.add(5, 1)
	r.runUntil(t, r.engine(t, adjudicator.WithBatchSize(5), adjudicator.WithLinger(time.Second)), 1)
	bs := r.settler.Batches()
	if len(bs) != 1 {
		t.Fatalf("%d batches, want 1", len(bs))
	}
	var leaves [][32]byte
	for _, p := range r.pub.Decisions {
		var d adjudicator.Decision
		if err := json.Unmarshal(p.Record, &d); err != nil {
			t.Fatal(err)
		}
		leaves = append(leaves, merkle.Leaf{
			ChainID: testkit.TestDomain.ChainID, Contract: testkit.TestDomain.Contract,
			ClaimKey: r.k.Claim(d.ClaimID), Partition: p.Source.Partition, Offset: p.Source.Offset,
			ProviderKey: r.k.Provider(d.BillingNPI), Cents: d.PaidCents, Outcome: d.Outcome.Code(), RecordDigest: r.k.Record(p.Record),
		}.Hash())
	}
	tree, err := merkle.New(leaves)
	if err != nil {
		t.Fatal(err)
	}
	if tree.Root() != bs[0].Root {
		t.Fatal("the settled root is not the root of the published records")
	}
}

func TestCrashAfterSettleBeforePublishReplays(t *testing.T) {
	r := newRig(t, 2)
	want := r.add(40, 2)
	// First life: the chain records the third batch, then the process
	// "dies" before it learns the receipt.
	var settled atomic.Int32
	crash := errors.New("process killed")
	r.settler.AfterSettle = func(adjudicator.Batch) error {
		if settled.Add(1) == 3 {
			return crash
		}
		return nil
	}
	ctx, cancel := context.WithCancel(context.Background())
	e1 := r.engine(t, adjudicator.WithDrainTimeout(50*time.Millisecond))
	done := make(chan error, 1)
	go func() { done <- e1.Run(ctx) }()
	for {
		time.Sleep(2 * time.Millisecond)
		if settled.Load() >= 3 {
			break
		}
	}
	cancel()
	<-done
	r.settler.AfterSettle = nil
	before := len(r.settler.Batches())

	// Second life resumes from the committed offsets and the chain.
	r.runUntil(t, r.engine(t), 2)
	r.assertExactlyOnce(t, 2, want)
	var replayed int
	for _, rep := range r.reports {
		if rep.Replayed {
			replayed++
			if !rep.RootMatched {
				t.Fatal("a replayed batch did not reproduce its settled root")
			}
		}
	}
	if replayed == 0 {
		t.Fatalf("no batch was replayed (batches before restart: %d)", before)
	}
}

func TestConflictResyncsWithoutPayingTwice(t *testing.T) {
	r := newRig(t, 1)
	want := r.add(6, 1)
	// Another instance settled [0,3) already and died before publishing.
	first := newRig(t, 1)
	first.k = r.k
	for i := 0; i < 3; i++ {
		first.log.Append(0, nil, claimJSON(fmt.Sprintf("C%d", i), fmt.Sprintf("M%d", i%7), int64(1000+i)))
	}
	first.elig = r.elig
	first.runUntil(t, first.engine(t), 1)
	fb := first.settler.Batches()
	r.settler.SetNextOffset(0, 3, fb[0])
	r.runUntil(t, r.engine(t), 1)
	var onThisChain int64
	for _, b := range r.settler.Batches() {
		if b.From < 3 {
			t.Fatalf("range [%d,%d) settled again", b.From, b.To)
		}
		for _, c := range b.Credits {
			onThisChain += c.Cents
		}
	}
	if paidByFirst := first.settler.PaidTotal(); onThisChain+paidByFirst != want {
		t.Fatalf("paid %d + %d, want %d", onThisChain, paidByFirst, want)
	}
	if len(r.pub.Positions()) != 6 {
		t.Fatalf("published %d positions, want 6 (3 republished, 3 new)", len(r.pub.Positions()))
	}
}

func TestUndecodableMessagesAreDeadLetteredNotDropped(t *testing.T) {
	r := newRig(t, 1)
	r.add(2, 1)
	r.log.Append(0, []byte("k"), []byte(`{"schema":"claims.v1","claim_id":`))
	bad := claimJSON("C9", "M1", 100)
	bad = bytes.Replace(bad, []byte(`"units":1`), []byte(`"units":0`), 1)
	r.log.Append(0, []byte("k"), bad)
	r.runUntil(t, r.engine(t), 1)
	if len(r.pub.Dead) != 2 {
		t.Fatalf("%d dead letters, want 2", len(r.pub.Dead))
	}
	if !strings.Contains(r.pub.Dead[1].Reason, "$.lines[0].units") {
		t.Fatalf("reason %q does not name the JSON path", r.pub.Dead[1].Reason)
	}
	if !bytes.Equal(r.pub.Dead[1].Value, bad) {
		t.Fatal("dead letter does not carry the original bytes")
	}
	if next, _ := r.settler.NextOffset(context.Background(), 0); next != 4 {
		t.Fatalf("watermark %d, want 4: dead letters must not block the partition", next)
	}
}

func TestSealedPayloads(t *testing.T) {
	s, err := privacy.NewSealer(bytes.Repeat([]byte{9}, 32))
	if err != nil {
		t.Fatal(err)
	}
	r := newRig(t, 1)
	member := "M1"
	r.elig[r.k.Member(member)] = []adjudicator.Span{{PlanID: "medicare", Start: "2016-01-01", End: "2018-12-31"}}
	sealed, err := s.Seal(claimJSON("C1", member, 2000), []byte(member))
	if err != nil {
		t.Fatal(err)
	}
	r.log.Append(0, []byte(member), sealed)
	r.log.Append(0, []byte(member), claimJSON("C2", member, 2000)) // plaintext: refused when sealing is on
	r.runUntil(t, r.engine(t, adjudicator.WithSealer(s)), 1)
	if len(r.pub.Decisions) != 1 || len(r.pub.Dead) != 1 {
		t.Fatalf("decisions %d, dead %d; want 1 and 1", len(r.pub.Decisions), len(r.pub.Dead))
	}
	if r.settler.PaidTotal() != 1000 {
		t.Fatalf("paid %d, want 1000", r.settler.PaidTotal())
	}
}

func TestShutdownDrainsBatchInFlight(t *testing.T) {
	r := newRig(t, 1)
	want := r.add(3, 1)
	// A linger far beyond the test: only the drain on cancel can settle.
	e := r.engine(t, adjudicator.WithBatchSize(100), adjudicator.WithLinger(time.Hour))
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- e.Run(ctx) }()
	// Nothing can settle before the cancel: the batch is neither full nor
	// lingered out. Wait until all three claims have been read, then stop.
	for r.log.Fetched(0) < 3 {
		time.Sleep(time.Millisecond)
	}
	if n := len(r.settler.Batches()); n != 0 {
		t.Fatalf("%d batches settled before shutdown; the test would not show the drain", n)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	r.assertExactlyOnce(t, 1, want)
	if r.log.Committed(0) != 3 {
		t.Fatalf("committed %d, want 3", r.log.Committed(0))
	}
}

func TestNewValidates(t *testing.T) {
	r := newRig(t, 1)
	if _, err := adjudicator.New(nil, r.elig, payHalf, r.settler, r.pub, r.k); err == nil {
		t.Fatal("nil intake accepted")
	}
	if _, err := adjudicator.New(r.log, r.elig, payHalf, r.settler, r.pub, r.k, adjudicator.WithBatchSize(0)); err == nil {
		t.Fatal("batch size 0 accepted")
	}
}

func TestBatchTooLargeForChainIsSplit(t *testing.T) {
	r := newRig(t, 1)
	want := r.add(30, 1)
	r.settler.MaxClaims = 4
	r.runUntil(t, r.engine(t, adjudicator.WithBatchSize(30), adjudicator.WithLinger(time.Second)), 1)
	r.assertExactlyOnce(t, 1, want)
	for _, b := range r.settler.Batches() {
		if b.Claims > 4 {
			t.Fatalf("batch of %d claims settled past the cap", b.Claims)
		}
	}
}

func TestNewSlotCapSplitsBatches(t *testing.T) {
	r := newRig(t, 1)
	// Ten claims, each from its own billing provider: ten new payees.
	for i := 0; i < 10; i++ {
		m := fmt.Sprintf("M%d", i)
		r.elig[r.k.Member(m)] = []adjudicator.Span{{PlanID: "medicare", Start: "2016-01-01", End: "2018-12-31"}}
		doc := bytes.Replace(claimJSON(fmt.Sprintf("C%d", i), m, 1000), []byte("1234567893"), []byte(fmt.Sprintf("12345678%02d", i)), 1)
		r.log.Append(0, []byte(m), doc)
	}
	r.runUntil(t, r.engine(t, adjudicator.WithBatchSize(10), adjudicator.WithLinger(time.Second), adjudicator.WithMaxNewSlots(3)), 1)
	r.assertExactlyOnce(t, 1, 5000)
	bs := r.settler.Batches()
	if len(bs) != 4 {
		t.Fatalf("%d batches, want 4 (3+3+3+1 payees)", len(bs))
	}
	for _, b := range bs {
		if len(b.Credits) > 3 {
			t.Fatalf("batch with %d credited providers over the cap of 3", len(b.Credits))
		}
	}
}
