package audit_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/audit"
	"github.com/claimsledger/claims/adjudicator/privacy"
	"github.com/claimsledger/claims/adjudicator/testkit"
)

// world runs the real engine over the in-memory kit and returns what the
// audit reads: input positions, published decisions, dead letters, batches.
func world(t *testing.T, extra ...string) (*privacy.Keyer, []audit.Input, []audit.DecisionMsg, []adjudicator.Position, []audit.ChainBatch) {
	t.Helper()
	k, in, dec, dead, batches, _ := worldReversing(t, extra...)
	return k, in, dec, dead, batches
}

// worldReversing is world, with the reversals the settler was asked for.
func worldReversing(t *testing.T, extra ...string) (*privacy.Keyer, []audit.Input, []audit.DecisionMsg, []adjudicator.Position, []audit.ChainBatch, []audit.Reversal) {
	t.Helper()
	k, _ := privacy.NewKeyer(bytes.Repeat([]byte("k"), 32))
	log := testkit.NewLog(2)
	elig := testkit.Eligibility{}
	var inputs []audit.Input
	for i := 0; i < 20+len(extra); i++ {
		m := fmt.Sprintf("M%d", i%3)
		elig[k.Member(m)] = []adjudicator.Span{{PlanID: "p", Start: "2016-01-01", End: "2018-12-31"}}
		doc := fmt.Sprintf(`{"schema":"claims.v1","claim_id":"C%d","claim_type":"professional","member_id":%q,"billing_npi":"12345678%02d","service_from":"2017-01-01","service_to":"2017-01-01","diagnoses":[],"lines":[{"line":1,"code":"99213","units":1,"charge_cents":%d}]}`, i, m, i%4, 1000+i)
		if i == 7 {
			doc = "not json"
		}
		if i >= 20 {
			doc = extra[i-20]
		}
		off := log.Append(int32(i%2), []byte(m), []byte(doc))
		// What the service computes from the claim on the topic: its content without its id.
		content := k.Content([]byte(regexp.MustCompile(`"claim_id":"[^"]*"`).ReplaceAllString(doc, "")))
		inputs = append(inputs, audit.Input{Position: adjudicator.Position{Partition: int32(i % 2), Offset: off}, Content: content})
	}
	rules := testkit.RulesFunc{F: func(c *adjudicator.Claim, _ adjudicator.Facts) (adjudicator.Decision, error) {
		l := c.Lines[0]
		return adjudicator.Decision{ClaimID: c.ClaimID, BillingNPI: c.BillingNPI, Outcome: adjudicator.Approve, PaidCents: l.ChargeCents,
			Lines: []adjudicator.LineDecision{{Line: 1, Code: l.Code, Units: 1, ChargeCents: l.ChargeCents, AllowedCents: l.ChargeCents, PaidCents: l.ChargeCents, Adjustments: []adjudicator.Adjustment{}}}}, nil
	}}
	settler, pub := testkit.NewSettler(), &testkit.Publisher{}
	e, err := adjudicator.New(log, elig, rules, settler, pub, k, adjudicator.WithBatchSize(4), adjudicator.WithLinger(time.Millisecond),
		adjudicator.WithHistory(&adjudicator.MemoryHistory{}),
		adjudicator.WithLogger(slog.New(slog.NewTextHandler(io.Discard, nil))))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- e.Run(ctx) }()
	for log.Committed(0) < int64(log.Len(0)) || log.Committed(1) < int64(log.Len(1)) {
		time.Sleep(time.Millisecond)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	var decisions []audit.DecisionMsg
	for _, d := range pub.Decisions {
		decisions = append(decisions, audit.DecisionMsg{Source: d.Source, Batch: d.Batch, Record: d.Record})
	}
	var dead []adjudicator.Position
	for _, d := range pub.Dead {
		dead = append(dead, d.Source)
	}
	var batches []audit.ChainBatch
	for i, b := range settler.Batches() {
		cb := audit.ChainBatch{BatchID: uint64(i), Partition: b.Partition, From: b.From, To: b.To, Root: b.Root, Claims: b.Claims, Credits: map[adjudicator.Hash]int64{}}
		for _, c := range b.Credits {
			cb.Credits[c.Provider] += c.Cents
			cb.TotalCredited += c.Cents
		}
		batches = append(batches, cb)
	}
	var reversals []audit.Reversal
	for _, b := range settler.Batches() {
		for _, rv := range b.Reversals {
			reversals = append(reversals, audit.Reversal{Leaf: rv.Leaf, Cents: rv.Cents, Pended: rv.Pended})
		}
	}
	return k, inputs, decisions, dead, batches, reversals
}

func reconciler(k *privacy.Keyer) audit.Reconciler {
	return audit.Reconciler{Keyer: k, Domain: testkit.TestDomain}
}

func TestCleanRunReconciles(t *testing.T) {
	k, in, dec, dead, batches := world(t)
	r := reconciler(k).Reconcile(in, dec, dead, batches, nil)
	if !r.OK() || r.ClaimsIn != 20 || r.Decided != 19 || r.DeadLettered != 1 || r.PaidTotalCents != r.PaidOnChainCents {
		t.Fatalf("report = %+v", r)
	}
}

// TestAuditCatchesAClaimPaidTwice: the same claim submitted again, under its own id or under a
// new one, and paid both times (these test rules know no duplicates) is a duplicate payment.
func TestAuditCatchesAClaimPaidTwice(t *testing.T) {
	again := `{"schema":"claims.v1","claim_id":"C3","claim_type":"professional","member_id":"M0","billing_npi":"1234567803","service_from":"2017-01-01","service_to":"2017-01-01","diagnoses":[],"lines":[{"line":1,"code":"99213","units":1,"charge_cents":1003}]}`
	k, in, dec, dead, batches := world(t, again)
	if r := reconciler(k).Reconcile(in, dec, dead, batches, nil); r.Duplicates != 1 || r.OK() {
		t.Fatalf("the same claim id paid twice: %+v; want one duplicate", r)
	}
	renamed := strings.Replace(again, `"C3"`, `"C3-AGAIN"`, 1)
	k, in, dec, dead, batches = world(t, renamed)
	if r := reconciler(k).Reconcile(in, dec, dead, batches, nil); r.Duplicates != 1 || r.OK() {
		t.Fatalf("the same content paid under a new claim id: %+v; want one duplicate", r)
	}
}

// TestAReplacementIsNotPaidTwice: a replacement comes under its original's claim id and is paid;
// it took the original's credit back, so it is no duplicate payment.
func TestAReplacementIsNotPaidTwice(t *testing.T) {
	repl := `{"schema":"claims.v1","claim_id":"C3","claim_type":"professional","member_id":"M0","billing_npi":"1234567803","service_from":"2017-01-01","service_to":"2017-01-01","diagnoses":[],"lines":[{"line":1,"code":"99213","units":1,"charge_cents":900}],"frequency":"7"}`
	k, in, dec, dead, batches, reversals := worldReversing(t, repl)
	rc := reconciler(k)
	rc.Reversals = reversals
	if r := rc.Reconcile(in, dec, dead, batches, nil); !r.OK() || r.Duplicates != 0 || r.Corrections != 1 || r.Reversals != 1 {
		t.Fatalf("a replacement: %+v; want no duplicate, one correction and its reversal", r)
	}
	// The chain's reversals must be the corrections' own: missing, of another amount, or one
	// no correction took back, each is a mismatch.
	if len(reversals) != 1 {
		t.Fatalf("reversals %+v, want 1", reversals)
	}
	wrong := reversals[0]
	wrong.Cents++
	extra := audit.Reversal{Leaf: adjudicator.Hash{0xEE}, Cents: 5}
	for name, rvs := range map[string][]audit.Reversal{"none": nil, "another amount": {wrong}, "one too many": {reversals[0], extra}} {
		rc.Reversals = rvs
		if r := rc.Reconcile(in, dec, dead, batches, nil); r.OK() || r.Mismatched != 1 {
			t.Errorf("reversals %s: %+v; want one mismatch", name, r)
		}
	}
}

func TestAuditCatchesEachKindOfGap(t *testing.T) {
	cases := []struct {
		name   string
		break_ func(dec []audit.DecisionMsg, b []audit.ChainBatch) ([]audit.DecisionMsg, []audit.ChainBatch)
		check  func(r audit.Report) bool
	}{
		{"decision lost", func(d []audit.DecisionMsg, b []audit.ChainBatch) ([]audit.DecisionMsg, []audit.ChainBatch) {
			return d[1:], b
		}, func(r audit.Report) bool { return r.Missing == 1 && r.Mismatched > 0 }},
		{"second different decision", func(d []audit.DecisionMsg, b []audit.ChainBatch) ([]audit.DecisionMsg, []audit.ChainBatch) {
			x := d[0]
			x.Record = bytes.Replace(x.Record, []byte(`"approve"`), []byte(`"deny"`), 1)
			return append(d, x), b
		}, func(r audit.Report) bool { return r.Duplicates == 1 }},
		{"identical republication is fine", func(d []audit.DecisionMsg, b []audit.ChainBatch) ([]audit.DecisionMsg, []audit.ChainBatch) {
			return append(d, d[0], d[3]), b
		}, func(r audit.Report) bool { return r.OK() }},
		{"batch settled twice", func(d []audit.DecisionMsg, b []audit.ChainBatch) ([]audit.DecisionMsg, []audit.ChainBatch) {
			return d, append(b, b[0])
		}, func(r audit.Report) bool { return r.Duplicates >= 1 }},
		{"payment differs from decision", func(d []audit.DecisionMsg, b []audit.ChainBatch) ([]audit.DecisionMsg, []audit.ChainBatch) {
			for a := range b[0].Credits {
				b[0].Credits[a]++
				break
			}
			return d, b
		}, func(r audit.Report) bool { return r.Mismatched >= 1 }},
		{"record altered after settlement", func(d []audit.DecisionMsg, b []audit.ChainBatch) ([]audit.DecisionMsg, []audit.ChainBatch) {
			d[2].Record = bytes.Replace(d[2].Record, []byte(`"line":1`), []byte(`"line":2`), 1)
			return d, b
		}, func(r audit.Report) bool { return r.Mismatched >= 1 }},
		{"batch never settled", func(d []audit.DecisionMsg, b []audit.ChainBatch) ([]audit.DecisionMsg, []audit.ChainBatch) {
			return d, b[1:]
		}, func(r audit.Report) bool { return r.Missing >= 1 }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			k, in, dec, dead, batches := world(t)
			dec, batches = tc.break_(dec, batches)
			r := reconciler(k).Reconcile(in, dec, dead, batches, nil)
			if !tc.check(r) {
				t.Fatalf("report = %+v", r)
			}
		})
	}
}

// unpublish drops the decision records and dead letters of positions in b's range: a batch
// settled whose records have not reached the topics yet.
func unpublish(dec []audit.DecisionMsg, dead []adjudicator.Position, b audit.ChainBatch) ([]audit.DecisionMsg, []adjudicator.Position) {
	in := func(p adjudicator.Position) bool {
		return p.Partition == b.Partition && p.Offset >= b.From && p.Offset < b.To
	}
	var d2 []audit.DecisionMsg
	for _, d := range dec {
		if !in(d.Source) {
			d2 = append(d2, d)
		}
	}
	var x2 []adjudicator.Position
	for _, p := range dead {
		if !in(p) {
			x2 = append(x2, p)
		}
	}
	return d2, x2
}

// lastOf is the index of the batch of partition p that ends highest; firstOf the one starting lowest.
func lastOf(batches []audit.ChainBatch, p int32) int {
	at := -1
	for i, b := range batches {
		if b.Partition == p && (at < 0 || b.To > batches[at].To) {
			at = i
		}
	}
	return at
}

func firstOf(batches []audit.ChainBatch, p int32) int {
	at := -1
	for i, b := range batches {
		if b.Partition == p && (at < 0 || b.From < batches[at].From) {
			at = i
		}
	}
	return at
}

// settledAt stamps every batch with the same block time.
func settledAt(batches []audit.ChainBatch, t time.Time) {
	for i := range batches {
		batches[i].SettledAt = t
	}
}

var healthData = regexp.MustCompile(`\bC\d+\b|\bM\d\b|12345678|99213`)

// noHealthData fails the test if a problem names a claim id, member id, NPI or code.
func noHealthData(t *testing.T, r audit.Report) {
	t.Helper()
	for _, p := range r.Problems {
		if healthData.MatchString(p) {
			t.Errorf("problem names health data: %q", p)
		}
	}
}

// TestSettledButUnpublishedIsInFlightWithinGrace: a batch on chain whose records are not on the
// decisions topic yet is in flight while it is younger than the grace (the audit passes, the
// batch is neither checked nor counted in the paid totals), and missing plus mismatched after.
func TestSettledButUnpublishedIsInFlightWithinGrace(t *testing.T) {
	k, in, dec, dead, batches := world(t)
	t0 := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	settledAt(batches, t0)
	b := batches[lastOf(batches, 1)]
	claims := int(b.To - b.From)
	dec, dead = unpublish(dec, dead, b)
	rc := reconciler(k)
	rc.Grace = 2 * time.Minute

	rc.Now = t0.Add(90 * time.Second)
	r := rc.Reconcile(in, dec, dead, batches, nil)
	if !r.OK() || r.Done() || r.InFlight != claims || r.InFlightBatches != 1 || r.InFlightCents != b.TotalCredited ||
		r.Missing != 0 || r.Mismatched != 0 || r.Queued != 0 || r.Decided+r.DeadLettered+r.InFlight != r.ClaimsIn ||
		!r.Balanced() || r.OldestInFlightSeconds != 90 || len(r.Problems) != 0 {
		t.Fatalf("within the grace: %+v; want %d claims in flight and nothing wrong", r, claims)
	}

	rc.Now = t0.Add(2*time.Minute + time.Second)
	r = rc.Reconcile(in, dec, dead, batches, nil)
	if r.OK() || r.InFlight != 0 || r.Missing != claims || r.Mismatched == 0 || r.ProblemCounts[audit.KindMissing] != claims ||
		!strings.Contains(strings.Join(r.Problems, "\n"), "no decision published 2m1s after settlement (grace 2m0s)") {
		t.Fatalf("past the grace: %+v; want %d missing and the batch mismatched", r, claims)
	}
	noHealthData(t, r)

	// Half published is still in flight, and the published half is not counted decided yet.
	k, in, dec, dead, batches = world(t)
	settledAt(batches, t0)
	b = batches[lastOf(batches, 0)]
	var partial []audit.DecisionMsg
	kept := 0
	for _, d := range dec {
		if d.Source.Partition == b.Partition && d.Source.Offset >= b.From && d.Source.Offset < b.To && d.Source.Offset%2 == 0 {
			continue
		}
		if d.Source.Partition == b.Partition && d.Source.Offset >= b.From && d.Source.Offset < b.To {
			kept++
		}
		partial = append(partial, d)
	}
	rc = reconciler(k)
	rc.Grace, rc.Now = 2*time.Minute, t0.Add(time.Second)
	if r := rc.Reconcile(in, partial, dead, batches, nil); !r.OK() || r.InFlight != int(b.To-b.From) || r.Mismatched != 0 || kept == 0 {
		t.Fatalf("half published within the grace: %+v; want the whole batch in flight", r)
	}

	// A batch of unknown time, or one the guardian froze, is never in flight.
	for _, tc := range []struct {
		name string
		edit func(*audit.ChainBatch)
	}{{"unknown settlement time", func(b *audit.ChainBatch) { b.SettledAt = time.Time{} }},
		{"frozen by the guardian", func(b *audit.ChainBatch) { b.Frozen = true }}} {
		k, in, dec, dead, batches := world(t)
		settledAt(batches, t0)
		i := lastOf(batches, 1)
		dec, dead = unpublish(dec, dead, batches[i])
		tc.edit(&batches[i])
		rc := reconciler(k)
		rc.Grace, rc.Now = 2*time.Minute, t0.Add(time.Second)
		if r := rc.Reconcile(in, dec, dead, batches, nil); r.OK() || r.InFlight != 0 || r.Missing == 0 {
			t.Errorf("%s: %+v; want a gap, not in flight", tc.name, r)
		}
	}
}

// TestClaimsPastTheWatermarkAreQueued: claims the chain has not settled yet are backlog; claims
// below the watermark with nothing for them are missing.
func TestClaimsPastTheWatermarkAreQueued(t *testing.T) {
	k, in, dec, dead, batches := world(t)
	i := lastOf(batches, 0)
	b := batches[i]
	dec, dead = unpublish(dec, dead, b)
	rest := append(append([]audit.ChainBatch(nil), batches[:i]...), batches[i+1:]...)
	rc := reconciler(k)
	rc.Grace = audit.DefaultGrace
	r := rc.Reconcile(in, dec, dead, rest, nil)
	if !r.OK() || r.Done() || r.Queued != int(b.To-b.From) || r.InFlight != 0 || r.Missing != 0 || !r.Balanced() || len(r.Problems) != 0 {
		t.Fatalf("last batch of partition 0 not settled yet: %+v; want %d queued and nothing wrong", r, b.To-b.From)
	}

	// A record published but whose batch the chain endpoint does not show yet: in flight while
	// the record is young, missing once it is not.
	k, in, dec, dead, batches = world(t)
	i = lastOf(batches, 0)
	b = batches[i]
	rest = append(append([]audit.ChainBatch(nil), batches[:i]...), batches[i+1:]...)
	now := time.Now()
	for j := range dec {
		dec[j].PublishedAt = now.Add(-5 * time.Second)
	}
	rc = reconciler(k)
	rc.Grace, rc.Now = audit.DefaultGrace, now
	if r := rc.Reconcile(in, dec, dead, rest, nil); !r.OK() || r.InFlight == 0 || r.Queued != 0 {
		t.Fatalf("published, settlement not visible yet: %+v; want in flight", r)
	}
	rc.Now = now.Add(audit.DefaultGrace)
	if r := rc.Reconcile(in, dec, dead, rest, nil); r.OK() || r.Missing == 0 {
		t.Fatalf("published, no settlement after the grace: %+v; want missing", r)
	}

	// Nothing for the first batch of a partition, below the chain's watermark: missing.
	k, in, dec, dead, batches = world(t)
	i = firstOf(batches, 1)
	dec, dead = unpublish(dec, dead, batches[i])
	rest = append(append([]audit.ChainBatch(nil), batches[:i]...), batches[i+1:]...)
	r = reconciler(k).Reconcile(in, dec, dead, rest, nil)
	if r.OK() || r.Queued != 0 || r.Missing != int(batches[i].To-batches[i].From) ||
		!strings.Contains(strings.Join(r.Problems, "\n"), "below the chain's watermark") {
		t.Fatalf("first batch of partition 1 unsettled below the watermark: %+v; want it missing", r)
	}
	noHealthData(t, r)
}

// TestProblemsAreCountedByKindAndTruncated: the report keeps every problem with counts by kind;
// the text lists the first n and says how many more there are.
func TestProblemsAreCountedByKindAndTruncated(t *testing.T) {
	k, in, _, _, batches := world(t)
	// Nothing published at all, long after settlement.
	r := reconciler(k).Reconcile(in, nil, nil, batches, nil)
	total := 0
	for _, c := range r.ProblemCounts {
		total += c
	}
	if r.Missing != 20 || r.ProblemCounts[audit.KindMissing] != 20 || r.ProblemCounts[audit.KindMismatched] != len(batches) ||
		total != len(r.Problems) || len(r.Problems) != 20+len(batches) {
		t.Fatalf("report = %+v; want every problem kept, counted by kind", r)
	}
	noHealthData(t, r)

	var buf bytes.Buffer
	if err := r.WriteProblems(&buf, 3); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	want := fmt.Sprintf("problems: %d (20 missing, %d mismatched)", len(r.Problems), len(batches))
	if len(lines) != 5 || lines[0] != want || !strings.HasPrefix(lines[1], "problem: ") || lines[1] != "problem: "+r.Problems[0] ||
		lines[4] != fmt.Sprintf("and %d more", len(r.Problems)-3) {
		t.Fatalf("WriteProblems(3):\n%s\nwant %q, 3 problems, and %d more", buf.String(), want, len(r.Problems)-3)
	}

	buf.Reset()
	if err := r.WriteProblems(&buf, len(r.Problems)); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), "more") || strings.Count(buf.String(), "problem: ") != len(r.Problems) {
		t.Fatalf("WriteProblems(all):\n%s", buf.String())
	}

	buf.Reset()
	k, in, dec, dead, batches := world(t)
	clean := reconciler(k).Reconcile(in, dec, dead, batches, nil)
	if err := clean.WriteProblems(&buf, 3); err != nil || buf.Len() != 0 || clean.ProblemCounts != nil {
		t.Fatalf("a clean report printed %q (%v)", buf.String(), err)
	}
}
