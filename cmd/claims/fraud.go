package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/claimsledger/claims/adjudicator/config"
	"github.com/claimsledger/claims/adjudicator/fraudbase"
	"github.com/claimsledger/claims/adjudicator/service"
)

func newFraud(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "fraud",
		Short: "Fraud signal data: the peer baseline the peer signals compare claims with",
		Example: `  claims fraud baseline --config devnet/claims.yaml --out fraud-baseline.json
  claims fraud baseline --config devnet/claims.yaml --check fraud-baseline.json`,
		Args: cobra.NoArgs,
	}
	cmd.AddCommand(newFraudBaseline(g))
	return cmd
}

func newFraudBaseline(g *globals) *cobra.Command {
	var (
		out, check   string
		minPeerLines int64
	)
	cmd := &cobra.Command{
		Use:   "baseline --config FILE (--out FILE | --check FILE)",
		Short: "Build the fraud baseline from the decisions topic, or check that a baseline file rebuilds from it; exit 1 when it does not",
		Long: `baseline computes the peer statistics of the peer fraud signals (BYPASS_RATE,
MUE_RATE, UNITS_OUTLIER, CHARGE_OUTLIER, EM_UPCODING) from the decisions topic:
per procedure code the median, MAD and count of billed units and of charge per
unit; per billing NPI its line counts (lines, PTP-bypass modifiers, MUE denials,
E/M visits by level); and the peer distributions of the provider rates. It holds
no member, claim id or date.

--out FILE reads the topic to its current end and writes the baseline, with the
offset it read each partition up to (its watermarks), as canonical JSON; its
SHA-256 is its id. Point the fraud_baseline setting at the file: it becomes
policy data, so the policy hash (and every batch settled under it) commits to it,
and verify replays need the same file.

--check FILE rebuilds the baseline from the topic up to FILE's watermarks and
exits 1 unless it is byte for byte FILE's: anyone holding the decisions topic can
confirm the baseline the engine used came from it.`,
		Example: `  claims fraud baseline --config devnet/claims.yaml --out fraud-baseline.json
  claims fraud baseline --config devnet/claims.yaml --check fraud-baseline.json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if (out == "") == (check == "") {
				return errors.New("give one of --out FILE (build) or --check FILE (rebuild and compare)")
			}
			cfg, err := g.load(cmd.Flags())
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			if out != "" {
				b, err := service.BuildFraudBaseline(ctx, cfg, nil, minPeerLines)
				if err != nil {
					return err
				}
				raw, err := b.Encode()
				if err != nil {
					return err
				}
				if err := writeFileAtomic(out, raw); err != nil {
					return err
				}
				return printBaseline(cmd.OutOrStdout(), "wrote "+out, b)
			}
			want, err := fraudbase.Load(check)
			if err != nil {
				return err
			}
			got, err := service.BuildFraudBaseline(ctx, cfg, want.Watermarks, want.MinPeerLines)
			if err != nil {
				return err
			}
			wantID, err := want.ID()
			if err != nil {
				return err
			}
			gotID, err := got.ID()
			if err != nil {
				return err
			}
			if wantID != gotID {
				_ = printBaseline(cmd.OutOrStdout(), "rebuilt", got)
				return &exitError{code: 1, err: fmt.Errorf("fraud baseline %s (id %x) does not rebuild from %s up to its watermarks: the rebuilt baseline's id is %x", check, wantID, cfg.DecisionsTopic, gotID)}
			}
			return printBaseline(cmd.OutOrStdout(), check+" rebuilds from "+cfg.DecisionsTopic, got)
		},
	}
	cmd.Flags().StringVar(&out, "out", "", "build the baseline from the whole decisions topic and write it to FILE (default: none)")
	cmd.Flags().StringVar(&check, "check", "", "rebuild FILE's baseline up to its watermarks and exit 1 unless identical (default: none)")
	cmd.Flags().Int64Var(&minPeerLines, "min-peer-lines", fraudbase.DefaultMinPeerLines, "lines (E/M visits for the E/M shares) a provider needs for its rates to count among its peers")
	config.AddFlags(cmd.Flags(), config.Kafka, config.OutputTopics, config.Payload)
	return cmd
}

func printBaseline(w io.Writer, what string, b *fraudbase.Baseline) error {
	id, err := b.ID()
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "%s: fraud baseline %x\n  %d decisions, %d lines, %d codes, %d providers (%d with enough lines to be peers)\n",
		what, id, b.Decisions, b.Lines, len(b.Codes), len(b.Providers), b.Peers.BypassBP.N)
	for _, wm := range b.Watermarks {
		fmt.Fprintf(w, "  partition %d read below offset %d\n", wm.Partition, wm.Next)
	}
	return nil
}

// writeFileAtomic writes data to path through a temporary file in the same
// directory, so a reader never sees half a baseline.
func writeFileAtomic(path string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(path), ".baseline-*")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name())
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}
