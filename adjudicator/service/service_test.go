package service_test

import (
	"context"
	"io"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/chain"
	"github.com/claimsledger/claims/adjudicator/devstack"
	"github.com/claimsledger/claims/adjudicator/intake"
	"github.com/claimsledger/claims/adjudicator/privacy"
	"github.com/claimsledger/claims/adjudicator/service"
)

// TestCoverageChangeOnChainReachesTheCachedEligibility runs the wired
// service against the embedded stack: a member unknown to the registry is
// denied (CARC 31, and that answer is cached in Redis); once the insurer
// records coverage on chain, the CoverageChanged event must invalidate the
// cache so the member's next claim is decided under the new coverage.
func TestCoverageChangeOnChainReachesTheCachedEligibility(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	st, err := devstack.Start(ctx, devstack.Options{Partitions: 1, Logger: log, Coverage: map[string][]adjudicator.Span{}})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()

	var mu sync.Mutex
	var decisions []adjudicator.Decision
	svc, err := service.Open(ctx, st.Config, service.Options{
		Logger: log, Backend: st.Chain.Client(), Signer: st.Chain.Transactor(devstack.AdjudicatorKey), RecorderSigner: st.Chain.Transactor(devstack.RecorderKey),
		EngineOptions: []adjudicator.Option{adjudicator.WithLinger(20 * time.Millisecond), adjudicator.WithBatchObserver(func(r adjudicator.BatchReport) {
			mu.Lock()
			decisions = append(decisions, r.Decisions...)
			mu.Unlock()
		})},
		IntakeOptions: []intake.Option{intake.WithSessionTimeout(6 * time.Second)},
	})
	if err != nil {
		t.Fatal(err)
	}
	defer svc.Close()
	rctx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- svc.Run(rctx) }()
	defer func() { stop(); <-done }()

	prod, err := intake.NewProducer(st.Config.Brokers)
	if err != nil {
		t.Fatal(err)
	}
	defer prod.Close()
	sealer, _ := privacy.NewSealer(st.Config.PayloadKey)
	submit := func(id, date string) adjudicator.Decision {
		t.Helper()
		c := adjudicator.Claim{Schema: adjudicator.ClaimSchemaV1, ClaimID: id, ClaimType: adjudicator.Professional,
			MemberID: "NEW-MEMBER-1", BillingNPI: "1234567893", RenderingNPI: "1234567893", PlaceOfService: "11",
			ServiceFrom: date, ServiceTo: date, Diagnoses: []string{"E119"},
			Lines: []adjudicator.Line{{Number: 1, Code: "99213", Units: 1, ChargeCents: 20000}}}
		if err := service.Submit(ctx, prod, st.Keyer, sealer, []adjudicator.Claim{c}, nil); err != nil {
			t.Fatal(err)
		}
		for {
			mu.Lock()
			for _, d := range decisions {
				if d.ClaimID == id {
					mu.Unlock()
					return d
				}
			}
			mu.Unlock()
			select {
			case <-ctx.Done():
				t.Fatalf("no decision for %s", id)
			case <-time.After(20 * time.Millisecond):
			}
		}
	}
	carcs := func(d adjudicator.Decision) string {
		var out []string
		for _, l := range d.Lines {
			for _, a := range l.Adjustments {
				out = append(out, a.Group+"-"+a.CARC)
			}
		}
		return strings.Join(out, ",")
	}

	first := submit("BEFORE", "2017-03-01")
	if first.Outcome != adjudicator.Deny || !strings.Contains(carcs(first), "CO-31") {
		t.Fatalf("unknown member: %s %s, want deny with CO-31", first.Outcome, carcs(first))
	}

	tx, err := chain.NewTransactor(st.Chain.Client(), st.Chain.Transactor(devstack.InsurerKey))
	if err != nil {
		t.Fatal(err)
	}
	reg, err := chain.NewRegistry(st.Chain.Client(), st.Deployment.Registry, tx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := reg.SetCoverage(ctx, st.Keyer.Member("NEW-MEMBER-1"), []adjudicator.Span{{PlanID: "medicare", Start: "2017-01-01", End: "2017-12-31"}}); err != nil {
		t.Fatal(err)
	}
	// The watcher polls the registry's events; give it a moment, then
	// the next claim must see the coverage (or the test times out).
	deadline := time.Now().Add(30 * time.Second)
	for i := 0; ; i++ {
		d := submit("AFTER-"+string(rune('a'+i)), "2017-03-0"+string(rune('2'+i%7)))
		if d.Outcome != adjudicator.Deny {
			if strings.Contains(carcs(d), "CO-31") {
				t.Fatalf("covered member still CO-31: %s", carcs(d))
			}
			t.Logf("after coverage was recorded: %s %s (claim %d after the change)", d.Outcome, carcs(d), i+1)
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("30s after the coverage change the member is still denied: %s", carcs(d))
		}
	}
}
