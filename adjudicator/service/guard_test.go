package service_test

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/chain"
	"github.com/claimsledger/claims/adjudicator/devstack"
	"github.com/claimsledger/claims/adjudicator/intake"
	"github.com/claimsledger/claims/adjudicator/merkle"
	"github.com/claimsledger/claims/adjudicator/privacy"
	"github.com/claimsledger/claims/adjudicator/sample"
	"github.com/claimsledger/claims/adjudicator/service"
)

// TestGuardFreezesBadBatchesAndPauses runs the engine on part of the sample, then settles two
// batches by hand with the adjudicator's own key, as a stolen key would: one credits its
// provider one cent more than its published record pays, the other publishes no records at
// all. A running guard must verify the engine's batches, freeze both bad ones inside their
// window (so their credits never become withdrawable) and pause settlement after the second
// failure in a row.
func TestGuardFreezesBadBatchesAndPauses(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	st, err := devstack.Start(ctx, devstack.Options{Partitions: 1, Logger: log})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	cfg := st.Config
	backend := st.Chain.Client()
	rules, err := service.NewRules(ctx, cfg, log)
	if err != nil {
		t.Fatal(err)
	}

	// The hand-made batch decides the first claim of one member; the engine decides 40 sample
	// claims of the others, so that claim's true decision needs no history.
	all, err := sample.Claims()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	var extra adjudicator.Claim
	var extraDecision adjudicator.Decision
	for _, c := range all {
		if seen[c.MemberID] {
			continue
		}
		seen[c.MemberID] = true
		spans, err := registryOf(t, st).Coverage(ctx, st.Keyer.Member(c.MemberID))
		if err != nil {
			t.Fatal(err)
		}
		d, err := rules.Decide(ctx, &c, adjudicator.Facts{Eligibility: adjudicator.Eligibility{Spans: spans}})
		if err != nil {
			t.Fatal(err)
		}
		if d.PaidCents > 0 && d.Outcome == adjudicator.Approve {
			extra, extraDecision = c, d
			break
		}
	}
	var normal []adjudicator.Claim
	for _, c := range all {
		if c.MemberID != extra.MemberID && len(normal) < 40 {
			normal = append(normal, c)
		}
	}
	if extra.ClaimID == "" {
		t.Fatal("no paid claim of a fresh member in the sample")
	}

	prod, err := intake.NewProducer(cfg.Brokers)
	if err != nil {
		t.Fatal(err)
	}
	defer prod.Close()
	sealer, _ := privacy.NewSealer(cfg.PayloadKey)
	engineBatches := runEngine(t, ctx, st, rules, normal)

	results := make(chan service.GuardResult, 16)
	gctx, stopGuard := context.WithCancel(ctx)
	guardDone := make(chan error, 1)
	go func() {
		guardDone <- service.Guard(gctx, cfg, service.GuardOptions{
			Poll: 100 * time.Millisecond, PublishTimeout: 2 * time.Second, PauseAfter: 2,
			Backend: backend, Signer: st.Chain.Transactor(devstack.GuardianKey), Rules: rules, Logger: log,
			OnBatch: func(r service.GuardResult) { results <- r },
		})
	}()
	defer func() { stopGuard(); <-guardDone }()
	for range engineBatches {
		r := next(t, ctx, results)
		if !r.OK || r.Frozen {
			t.Fatalf("the engine's batch %d failed the guard: %+v", r.BatchID, r)
		}
	}

	settleTx, err := chain.NewTransactor(backend, st.Chain.Transactor(devstack.AdjudicatorKey))
	if err != nil {
		t.Fatal(err)
	}
	settlement, err := chain.NewSettlement(backend, st.Deployment.Settlement, settleTx, chain.WithFromBlock(st.Deployment.Block))
	if err != nil {
		t.Fatal(err)
	}
	domain, err := settlement.Domain(ctx)
	if err != nil {
		t.Fatal(err)
	}
	provider := st.Keyer.Provider(extra.BillingNPI)
	before, err := settlement.BalanceOf(ctx, provider)
	if err != nil {
		t.Fatal(err)
	}

	// Bad batch 1: the claim is submitted and its true decision published, but the batch
	// credits one cent more.
	if err := service.Submit(ctx, prod, st.Keyer, sealer, []adjudicator.Claim{extra}, nil); err != nil {
		t.Fatal(err)
	}
	from, err := settlement.NextOffset(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	rec, err := extraDecision.Encode()
	if err != nil {
		t.Fatal(err)
	}
	src := adjudicator.Position{Partition: 0, Offset: from}
	pub, err := intake.NewPublisher(cfg.Brokers, intake.WithDecisionsTopic(cfg.DecisionsTopic), intake.WithDeadLetterTopic(cfg.DeadLetterTopic))
	if err != nil {
		t.Fatal(err)
	}
	defer pub.Close()
	if err := pub.PublishDecisions(ctx, []adjudicator.Published{{Source: src, Batch: adjudicator.BatchRef{Partition: 0, From: from, To: from + 1},
		MemberKey: st.Keyer.Member(extra.MemberID), Record: rec}}); err != nil {
		t.Fatal(err)
	}
	leaf := adjudicator.Leaf(domain, st.Keyer.Claim(extra.ClaimID), src, provider, &extraDecision, st.Keyer.Record(rec))
	tree, err := merkle.New([][32]byte{leaf.Hash()})
	if err != nil {
		t.Fatal(err)
	}
	over := extraDecision.PaidCents + 1
	if _, err := settlement.Settle(ctx, adjudicator.Batch{Partition: 0, From: from, To: from + 1, Root: tree.Root(),
		PolicyHash: rules.PolicyHash(), Claims: 1, Credits: []adjudicator.Credit{{Provider: provider, Cents: over}}}); err != nil {
		t.Fatal(err)
	}
	r := next(t, ctx, results)
	if r.OK || !r.Frozen || r.Paused || !strings.Contains(strings.Join(r.Problems, "; "), "credited") {
		t.Fatalf("over-crediting batch: %+v; want it frozen for its credits, settlement not yet paused", r)
	}
	info, _, err := settlement.BatchInfo(ctx, r.BatchID)
	if err != nil || info.Status != chain.BatchFrozenStatus {
		t.Fatalf("batch %d status %s, %v; want frozen", r.BatchID, info.Status, err)
	}

	// Bad batch 2: nothing is published for it. The guard cannot check it, so it freezes it
	// once the publish timeout passes, and pauses: two failures in a row.
	if _, err := settlement.Settle(ctx, adjudicator.Batch{Partition: 0, From: from + 1, To: from + 2, Root: adjudicator.EmptyRoot,
		PolicyHash: rules.PolicyHash(), Claims: 1, Credits: []adjudicator.Credit{{Provider: provider, Cents: 5_000}}}); err != nil {
		t.Fatal(err)
	}
	r = next(t, ctx, results)
	if r.OK || !r.Frozen || !r.Paused || !strings.Contains(strings.Join(r.Problems, "; "), "published") {
		t.Fatalf("unpublished batch: %+v; want it frozen and settlement paused", r)
	}
	if paused, err := settlement.Paused(ctx); err != nil || !paused {
		t.Fatalf("paused = %v, %v; want true", paused, err)
	}
	_, err = settlement.Settle(ctx, adjudicator.Batch{Partition: 0, From: from + 2, To: from + 3, Root: adjudicator.EmptyRoot, Claims: 0})
	var rev *chain.RevertError
	if !errors.As(err, &rev) || rev.Name != "EnforcedPause" {
		t.Fatalf("settle while paused: %v; want EnforcedPause", err)
	}

	// The audit shows both freezes.
	audited, err := service.Audit(ctx, cfg, backend)
	if err != nil {
		t.Fatal(err)
	}
	if audited.FrozenBatches != 2 || audited.FrozenCents != over+5_000 {
		t.Fatalf("audit: %d frozen batches holding %d cents; want 2 holding %d", audited.FrozenBatches, audited.FrozenCents, over+5_000)
	}

	// Long after both windows closed, neither frozen credit is anywhere in the provider's balance.
	if err := st.Chain.AdjustTime(3 * st.Settings.ChallengeWindow); err != nil {
		t.Fatal(err)
	}
	after, err := settlement.BalanceOf(ctx, provider)
	if err != nil {
		t.Fatal(err)
	}
	if after.Pending+after.Withdrawable != before.Pending+before.Withdrawable {
		t.Fatalf("provider balance %+v before the bad batches, %+v after: frozen credits leaked", before, after)
	}
}

func registryOf(t *testing.T, st *devstack.Stack) *chain.Registry {
	t.Helper()
	r, err := chain.NewRegistry(st.Chain.Client(), st.Deployment.Registry, nil)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func next(t *testing.T, ctx context.Context, ch <-chan service.GuardResult) service.GuardResult {
	t.Helper()
	select {
	case r := <-ch:
		return r
	case <-time.After(30 * time.Second):
		t.Fatal("the guard judged no batch within 30s")
	case <-ctx.Done():
		t.Fatal(ctx.Err())
	}
	return service.GuardResult{}
}

func waitUntil(t *testing.T, ctx context.Context, cond func() bool) {
	t.Helper()
	for !cond() {
		select {
		case <-ctx.Done():
			t.Fatal("timed out")
		case <-time.After(20 * time.Millisecond):
		}
	}
}
