package service_test

import (
	"bytes"
	"context"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/claimsledger/claims/adjudicator/privacy"
	"github.com/claimsledger/claims/adjudicator/rules"
	"github.com/claimsledger/claims/adjudicator/service"
)

// The fraud baseline is built from a real decisions topic (two
// partitions, sealed payloads and history entries): the same topic prefix
// gives the same bytes however the records are ordered, a rebuild up to
// the recorded watermarks gives the same bytes after more decisions were
// published, and the whole topic then gives another baseline.
func TestFraudBaselineFromTopic(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	st, r, claims := startStack(t, ctx, 2, 160)
	runEngine(t, ctx, st, r, claims[:120])

	b, err := service.BuildFraudBaseline(ctx, st.Config, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	// The sample's first 120 claims: 16 professional, which the baseline
	// counts, and 104 institutional, which it skips.
	if b.Decisions != 16 || b.Skipped != 104 {
		t.Fatalf("baseline counts %d decisions and skips %d, want 16 and 104", b.Decisions, b.Skipped)
	}
	var next int64
	for _, w := range b.Watermarks {
		next += w.Next
	}
	if len(b.Watermarks) != 2 || next != 120 {
		t.Fatalf("watermarks %+v, want both partitions read, 120 records in all", b.Watermarks)
	}
	if len(b.Codes) == 0 || len(b.Providers) == 0 {
		t.Fatalf("baseline has %d codes and %d providers", len(b.Codes), len(b.Providers))
	}
	want, err := b.Encode()
	if err != nil {
		t.Fatal(err)
	}
	for _, forbidden := range []string{"claim_id", "member", "2016-", "2017-", "2018-"} {
		if bytes.Contains(want, []byte(forbidden)) {
			t.Errorf("baseline holds %q: no member, claim or date may go into it", forbidden)
		}
	}

	// Read order: the topic's records shuffled, with one republished
	// (as after a crash) at a later offset.
	recs, err := service.ReadTopic(ctx, st.Config, st.Config.DecisionsTopic)
	if err != nil {
		t.Fatal(err)
	}
	sealer, err := privacy.NewSealer(st.Config.PayloadKey)
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 3 {
		rng.Shuffle(len(recs), func(i, j int) { recs[i], recs[j] = recs[j], recs[i] })
		again, err := service.BaselineFromRecords(st.Config.DecisionsTopic, recs, sealer, b.Watermarks, 0)
		if err != nil {
			t.Fatal(err)
		}
		if got, _ := again.Encode(); !bytes.Equal(got, want) {
			t.Fatalf("the same records in another order give another baseline:\n%s\n%s", got, want)
		}
	}
	dup := recs[0]
	dup.Offset += 1000 // republished later: the same source position, counted once
	withDup := append(recs[:len(recs):len(recs)], dup)
	if again, err := service.BaselineFromRecords(st.Config.DecisionsTopic, withDup, sealer, nil, 0); err != nil {
		t.Fatal(err)
	} else if again.Decisions != 16 || again.Skipped != 104 {
		t.Fatalf("a republished decision counted again: %d decisions", again.Decisions)
	}

	// More decisions: the old watermarks still rebuild the old baseline.
	runEngine(t, ctx, st, r, claims[120:])
	old, err := service.BuildFraudBaseline(ctx, st.Config, b.Watermarks, b.MinPeerLines)
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := old.Encode(); !bytes.Equal(got, want) {
		t.Fatalf("rebuilt up to the watermarks after more decisions: another baseline:\n%s\n%s", got, want)
	}
	now, err := service.BuildFraudBaseline(ctx, st.Config, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	if now.Decisions+now.Skipped != 160 || now.Decisions != 47 {
		t.Fatalf("the whole topic now has %d decisions counted and %d skipped, want 47 of 160", now.Decisions, now.Skipped)
	}
	if got, _ := now.Encode(); bytes.Equal(got, want) {
		t.Fatal("40 more decisions changed nothing in the baseline")
	}

	// Loaded into the rules it is part of the policy hash.
	plain, err := rules.New(ctx)
	if err != nil {
		t.Fatal(err)
	}
	loaded, err := rules.New(ctx, rules.WithFraudBaseline(b))
	if err != nil {
		t.Fatal(err)
	}
	if plain.PolicyHash() == loaded.PolicyHash() {
		t.Fatal("a fraud baseline left the policy hash unchanged")
	}
	again, err := rules.New(ctx, rules.WithFraudBaseline(old))
	if err != nil {
		t.Fatal(err)
	}
	if again.PolicyHash() != loaded.PolicyHash() {
		t.Fatal("the same baseline rebuilt gives another policy hash")
	}
}
