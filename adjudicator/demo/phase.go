package demo

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/devstack"
	"github.com/claimsledger/claims/adjudicator/exclusion"
	"github.com/claimsledger/claims/adjudicator/fraudbase"
	"github.com/claimsledger/claims/adjudicator/intake"
	"github.com/claimsledger/claims/adjudicator/privacy"
	"github.com/claimsledger/claims/adjudicator/rules"
	"github.com/claimsledger/claims/adjudicator/service"
)

// runPhase submits claims and runs the engine with rs until every one of
// them is decided or dead-lettered, reporting each batch to observe.
func runPhase(ctx context.Context, st *devstack.Stack, o Options, rs adjudicator.Rules, claims []adjudicator.Claim,
	sealer *privacy.Sealer, observe func(adjudicator.BatchReport)) error {
	cfg := st.Config
	prod, err := intake.NewProducer(cfg.Brokers, intake.WithInputTopic(cfg.InputTopic))
	if err != nil {
		return err
	}
	if err := service.Submit(ctx, prod, st.Keyer, sealer, claims, nil); err != nil {
		_ = prod.Close()
		return err
	}
	_ = prod.Close()

	var mu sync.Mutex
	seen := 0
	done := make(chan struct{})
	svc, err := service.Open(ctx, cfg, service.Options{
		Logger: o.Logger, Backend: st.Chain.Client(), Signer: st.Chain.Transactor(devstack.AdjudicatorKey), RecorderSigner: st.Chain.Transactor(devstack.RecorderKey), Rules: rs,
		EngineOptions: []adjudicator.Option{adjudicator.WithBatchObserver(func(r adjudicator.BatchReport) {
			observe(r)
			mu.Lock()
			defer mu.Unlock()
			if seen += r.Claims + r.DeadLetters; seen >= len(claims) {
				select {
				case <-done:
				default:
					close(done)
				}
			}
		})},
		IntakeOptions: []intake.Option{intake.WithSessionTimeout(6 * time.Second), intake.WithHeartbeatInterval(time.Second)},
	})
	if err != nil {
		return err
	}
	defer svc.Close()
	rctx, stop := context.WithCancel(ctx)
	runErr := make(chan error, 1)
	go func() { runErr <- svc.Run(rctx) }()
	select {
	case <-done:
	case err := <-runErr:
		stop()
		return fmt.Errorf("pipeline stopped before every claim was decided: %v", err)
	case <-ctx.Done():
		stop()
		<-runErr
		return ctx.Err()
	}
	stop()
	if err := <-runErr; err != nil {
		return fmt.Errorf("pipeline shutdown: %w", err)
	}
	return nil
}

// runFraud runs the fraud batch: the peers' history under the bundle as
// it is, then a fraud baseline built from the decisions topic (written to
// o.Dir beside an exclusion list, and loaded as `fraud_baseline` and
// `exclusion_list` would be), then the planted batch under them. It
// returns the second policy hash.
func runFraud(ctx context.Context, st *devstack.Stack, o Options, history, batch []adjudicator.Claim,
	sealer *privacy.Sealer, observe func(adjudicator.BatchReport)) (string, error) {
	plain, err := rules.New(ctx)
	if err != nil {
		return "", err
	}
	if err := runPhase(ctx, st, o, plain, history, sealer, observe); err != nil {
		return "", err
	}
	dir := o.Dir
	if dir == "" {
		if dir, err = os.MkdirTemp("", "claims-demo-fraud-"); err != nil {
			return "", err
		}
		defer os.RemoveAll(dir)
	}
	b, err := service.BuildFraudBaseline(ctx, st.Config, nil, 0)
	if err != nil {
		return "", err
	}
	raw, err := b.Encode()
	if err != nil {
		return "", err
	}
	baselineFile, listFile := filepath.Join(dir, "fraud-baseline.json"), filepath.Join(dir, "exclusion-list.csv")
	if err := os.WriteFile(baselineFile, raw, 0o600); err != nil {
		return "", err
	}
	if err := os.WriteFile(listFile, exclusionCSV(), 0o600); err != nil {
		return "", err
	}
	// Read back as serve reads them.
	loaded, err := fraudbase.Load(baselineFile)
	if err != nil {
		return "", err
	}
	list, err := exclusion.Load(listFile)
	if err != nil {
		return "", err
	}
	rs, err := rules.New(ctx, rules.WithFraudBaseline(loaded), rules.WithExclusions(list))
	if err != nil {
		return "", err
	}
	if err := runPhase(ctx, st, o, rs, batch, sealer, observe); err != nil {
		return "", err
	}
	h := rs.PolicyHash()
	return "0x" + hex.EncodeToString(h[:]), nil
}

// countFlags records a decided claim's flags: a planted claim's against
// the signal it planted, any other's toward the unplanted flag rate.
func (s *Summary) countFlags(d *adjudicator.Decision, pub adjudicator.Published, plants map[string]string, sealer *privacy.Sealer) {
	var flags []adjudicator.Flag
	if len(pub.Flags) > 0 {
		if doc, err := adjudicator.DecodeFlags(pub.Flags, pub.Source, sealer); err == nil {
			var fs adjudicator.FlagSet
			if json.Unmarshal(doc, &fs) == nil {
				flags = fs.Flags
			}
		}
	}
	want, planted := plants[d.ClaimID]
	if !planted {
		s.unplanted++
		if len(flags) > 0 {
			s.flaggedUnplanted++
		}
		for _, f := range flags {
			if s.FlagsUnplanted == nil {
				s.FlagsUnplanted = map[string]int{}
			}
			s.FlagsUnplanted[f.Code]++
		}
		return
	}
	s.Planted++
	p := Plant{Expected: want, Flagged: []string{}, Outcome: string(d.Outcome)}
	for _, f := range flags {
		p.Flagged = append(p.Flagged, f.Code)
		if f.Code == want {
			p.Why = f.Why
		}
	}
	if p.Why != "" {
		s.PlantedFlagged++
	}
	s.Plants = append(s.Plants, p)
}
