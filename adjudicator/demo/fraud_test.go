package demo_test

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claimsledger/claims/adjudicator/demo"
	"github.com/claimsledger/claims/adjudicator/devstack"
	"github.com/claimsledger/claims/adjudicator/exclusion"
	"github.com/claimsledger/claims/adjudicator/fraudbase"
	"github.com/claimsledger/claims/adjudicator/rules"
	"github.com/claimsledger/claims/adjudicator/sample"
	"github.com/claimsledger/claims/adjudicator/service"
)

// The fraud batch: every planted claim is flagged with its own signal's
// code and a sentence naming its figures, the other claims stay mostly
// unflagged, and the whole run (two policy hashes: the sample's, and the
// batch's with the baseline and exclusion list) still reconciles.
func TestDemoFraudBatch(t *testing.T) {
	if testing.Short() {
		t.Skip("the whole pipeline twice over")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	claims, err := sample.Claims()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	// verify replays each decision under the bundle its batch was settled
	// with: the sample and the peers' history under the bundled one, the
	// planted batch under the baseline and list the demo wrote. Under
	// each, every claim of the other batches fails on the policy hash, and
	// only on it.
	var verified [2]int
	inspect := func(ctx context.Context, st *devstack.Stack) error {
		base, err := fraudbase.Load(filepath.Join(dir, "fraud-baseline.json"))
		if err != nil {
			return err
		}
		list, err := exclusion.Load(filepath.Join(dir, "exclusion-list.csv"))
		if err != nil {
			return err
		}
		plain, err := rules.New(ctx)
		if err != nil {
			return err
		}
		loaded, err := rules.New(ctx, rules.WithFraudBaseline(base), rules.WithExclusions(list))
		if err != nil {
			return err
		}
		for i, r := range []*rules.Evaluator{plain, loaded} {
			rep, err := service.Verify(ctx, st.Config, service.VerifyOptions{All: true, Rules: r, Backend: st.Chain.Client()})
			if err != nil {
				return err
			}
			for _, f := range rep.Failed {
				for _, why := range f.Reasons {
					if !strings.Contains(why, "the batch was settled under") {
						return fmt.Errorf("verify: %s", why)
					}
				}
			}
			verified[i] = rep.Verified
		}
		return nil
	}
	sum, err := demo.Run(ctx, demo.Options{Claims: claims[:200], Partitions: 2, Fraud: true, Dir: dir, Inspect: inspect})
	if err != nil {
		t.Fatal(err)
	}
	// 200 sample claims and 12 peers' 30 visits; the planted batch is the rest.
	if verified[0] != 560 || verified[1] != sum.ClaimsIn-560 {
		t.Errorf("verified %d under the bundle and %d under the baseline, want 560 and %d", verified[0], verified[1], sum.ClaimsIn-560)
	}
	if err := sum.Reconciled(); err != nil {
		t.Fatalf("does not reconcile: %v", err)
	}
	if sum.FraudPolicyHash == "" || sum.FraudPolicyHash == sum.PolicyHash {
		t.Errorf("the fraud batch ran under policy hash %q, the sample under %q", sum.FraudPolicyHash, sum.PolicyHash)
	}
	want := map[string]int{"EM_UPCODING": 3, "BYPASS_RATE": 3, "DUP_NEAR": 3, "EXCLUDED": 2, "IMPOSSIBLE_DAY": 2}
	got := map[string]int{}
	for _, p := range sum.Plants {
		got[p.Expected]++
		if p.Why == "" {
			t.Errorf("a claim planting %s was flagged %v, outcome %s", p.Expected, p.Flagged, p.Outcome)
			continue
		}
		if p.Expected != "DUP_NEAR" && !strings.Contains(p.Why, "provider 199000") {
			t.Errorf("%s: the sentence names no provider: %s", p.Expected, p.Why)
		}
		if p.Expected == "EXCLUDED" && p.Outcome != "pend" {
			t.Errorf("an excluded provider's claim was not held: %s", p.Outcome)
		}
	}
	for code, n := range want {
		if got[code] != n {
			t.Errorf("%d claims planted %s, want %d", got[code], code, n)
		}
	}
	if sum.Planted != 13 || sum.PlantedFlagged != sum.Planted {
		t.Errorf("planted %d, flagged with their own code %d; want 13 and 13", sum.Planted, sum.PlantedFlagged)
	}
	if sum.FlagRateUnplanted == nil || *sum.FlagRateUnplanted > 500 {
		t.Errorf("unplanted flag rate %v basis points, want at most 5%%", sum.FlagRateUnplanted)
	}
	t.Logf("planted %d, flagged with their own code %d, unplanted flag rate %d bp",
		sum.Planted, sum.PlantedFlagged, *sum.FlagRateUnplanted)
}
