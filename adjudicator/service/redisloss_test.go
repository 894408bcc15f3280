package service_test

import (
	"context"
	"io"
	"log/slog"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/chain"
	"github.com/claimsledger/claims/adjudicator/service"
)

// TestRedisLossPaysNothingTwice decides part of the sample, flushes Redis (member history and
// the eligibility cache both go), and submits the same claims again. The engine must see the
// history store behind the chain, rebuild it from the decisions topic, and decide every
// resubmitted claim as a duplicate: the providers' credited total on chain does not move, and
// the audit stays clean.
func TestRedisLossPaysNothingTwice(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	st, rules, claims := startStack(t, ctx, 2, 120)
	runEngine(t, ctx, st, rules, claims)

	settlement, err := chain.NewSettlement(st.Chain.Client(), st.Deployment.Settlement, nil)
	if err != nil {
		t.Fatal(err)
	}
	owed := func() int64 {
		t.Helper()
		v, err := settlement.Outstanding(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	before := owed()
	if before == 0 {
		t.Fatal("setup: nothing credited")
	}

	rdb := redis.NewClient(&redis.Options{Addr: st.Redis.Addr})
	defer rdb.Close()
	if err := rdb.FlushAll(ctx).Err(); err != nil {
		t.Fatal(err)
	}
	resubmitted := claims[:40]
	runEngine(t, ctx, st, rules, resubmitted)

	if after := owed(); after != before {
		t.Fatalf("credited on chain %d before the Redis loss, %d after resubmitting %d claims: paid twice", before, after, len(resubmitted))
	}
	rep, err := service.Verify(ctx, st.Config, service.VerifyOptions{All: true, Backend: st.Chain.Client(), Rules: rules, Logger: log})
	if err != nil {
		t.Fatal(err)
	}
	if !rep.OK() || rep.Checked != len(claims)+len(resubmitted) {
		t.Fatalf("verify after the rebuild: %+v", rep)
	}
	audited, err := service.Audit(ctx, st.Config, st.Chain.Client())
	if err != nil {
		t.Fatal(err)
	}
	if !audited.OK() || audited.Decided != len(claims)+len(resubmitted) {
		t.Fatalf("audit: %+v", audited)
	}
	// Every resubmitted claim that paid the first time is now a duplicate (CARC 18) on every
	// line that paid.
	review, err := service.OpenReview(ctx, st.Config, service.ReviewOptions{Backend: st.Chain.Client()})
	if err != nil {
		t.Fatal(err)
	}
	defer review.Close()
	dups := 0
	for _, c := range resubmitted {
		ds := decisionsOf(t, ctx, review, c.ClaimID)
		if len(ds) != 2 {
			t.Fatalf("claim at index %d: %d decisions, want 2", dups, len(ds))
		}
		if ds[1].PaidCents != 0 {
			t.Fatalf("a resubmitted claim paid %d cents again", ds[1].PaidCents)
		}
		if ds[0].PaidCents > 0 {
			dups++
		}
	}
	if dups == 0 {
		t.Fatal("setup: none of the resubmitted claims had paid the first time")
	}
}

// decisionsOf reads the published decisions of claimID, in position order.
func decisionsOf(t *testing.T, ctx context.Context, review *service.Review, claimID string) []adjudicator.Decision {
	t.Helper()
	items, err := review.Lookup(ctx, claimID)
	if err != nil {
		t.Fatal(err)
	}
	out := make([]adjudicator.Decision, 0, len(items))
	for _, it := range items {
		out = append(out, it.Decided.Decision)
	}
	return out
}
