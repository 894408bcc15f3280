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
	return k, inputs, decisions, dead, batches
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
