package service_test

import (
	"slices"
	"testing"
	"time"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/chain"
	"github.com/claimsledger/claims/adjudicator/proof"
	"github.com/claimsledger/claims/adjudicator/service"
)

// queueItem is an open pended claim as Review.Queue returns it, with only what the filter reads.
func queueItem(id, npi string, held int64, pendedAgo time.Duration, closesIn time.Duration, now time.Time, flags ...adjudicator.Flag) service.ReviewItem {
	it := service.ReviewItem{
		Decided: &proof.Decided{Decision: adjudicator.Decision{ClaimID: id, BillingNPI: npi, HeldCents: held, Outcome: adjudicator.Pend},
			Batch: &proof.Batch{}},
		Pended: true, PendedAt: now.Add(-pendedAgo),
		BatchInfo: chain.BatchInfo{Status: chain.BatchSettledStatus, WindowClosesAt: uint64(now.Add(closesIn).Unix())},
	}
	if len(flags) > 0 {
		fs := adjudicator.FlagSet{Flags: flags}
		for _, f := range flags {
			fs.FraudScore += f.Score
		}
		it.Flags = &fs
	}
	return it
}

func ids(items []service.ReviewItem) []string {
	var out []string
	for _, it := range items {
		out = append(out, it.Decided.Decision.ClaimID)
	}
	return out
}

func TestQueueFilter(t *testing.T) {
	now := time.Unix(1_800_000_000, 0).UTC()
	dup := adjudicator.Flag{Code: "DUP_NEAR", Score: 60}
	vel := adjudicator.Flag{Code: "VELOCITY_MEMBER", Score: 40}
	exc := adjudicator.Flag{Code: "EXCLUDED", Score: 100}
	queue := []service.ReviewItem{
		queueItem("A", "1111111111", 500, 2*time.Hour, -time.Minute, now, dup),
		queueItem("B", "2222222222", 9000, 30*time.Minute, time.Hour, now, dup, vel),
		queueItem("C", "1111111111", 0, 5*24*time.Hour, -time.Hour, now, exc),
		queueItem("D", "2222222222", 1200, 10*time.Minute, -time.Minute, now),
	}
	for _, c := range []struct {
		name string
		f    service.QueueFilter
		want []string
	}{
		{"all, window order kept", service.QueueFilter{}, []string{"A", "B", "C", "D"}},
		{"one signal, any case", service.QueueFilter{Signals: []string{"dup_near"}}, []string{"A", "B"}},
		{"any of two signals", service.QueueFilter{Signals: []string{"EXCLUDED", "VELOCITY_MEMBER"}}, []string{"B", "C"}},
		{"provider", service.QueueFilter{NPI: "1111111111"}, []string{"A", "C"}},
		{"held at least", service.QueueFilter{MinHeldCents: 1200}, []string{"B", "D"}},
		{"pended at least", service.QueueFilter{MinAge: time.Hour}, []string{"A", "C"}},
		{"resolvable", service.QueueFilter{Resolvable: true}, []string{"A", "C", "D"}},
		{"by held", service.QueueFilter{Sort: "held"}, []string{"B", "D", "A", "C"}},
		{"by score", service.QueueFilter{Sort: "score"}, []string{"B", "C", "A", "D"}},
		{"by age", service.QueueFilter{Sort: "age"}, []string{"C", "A", "B", "D"}},
		{"combined", service.QueueFilter{Signals: []string{"DUP_NEAR"}, Resolvable: true, Sort: "held"}, []string{"A"}},
	} {
		got, err := c.f.Apply(queue, now)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if !slices.Equal(ids(got), c.want) {
			t.Errorf("%s: %v, want %v", c.name, ids(got), c.want)
		}
	}
	for _, bad := range []service.QueueFilter{{Sort: "oldest"}, {MinHeldCents: -1}, {MinAge: -time.Second}} {
		if _, err := bad.Apply(queue, now); err == nil {
			t.Errorf("%+v: accepted", bad)
		}
	}
}
