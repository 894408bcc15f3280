package main

import (
	"encoding/json"
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/claimsledger/claims/adjudicator/config"
	"github.com/claimsledger/claims/adjudicator/service"
)

func newAudit(g *globals) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "audit --config FILE [--json]",
		Short: "Reconcile the input topic, the decisions and the on-chain settlement; exit 1 on any gap",
		Long: `audit reads every claim on the input topic, every decision record and dead
letter, and the settlement contract's whole history. It recomputes each settled
batch's Merkle root and payouts from the published records. It exits 1 when a
claim is missing, decided twice, or paid differently from its decision.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := g.load(cmd.Flags())
			if err != nil {
				return err
			}
			rep, err := service.Audit(cmd.Context(), cfg, nil)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if asJSON {
				enc := json.NewEncoder(out)
				enc.SetIndent("", "  ")
				if err := enc.Encode(rep); err != nil {
					return err
				}
			} else {
				tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', tabwriter.AlignRight)
				for _, r := range []struct {
					k string
					v any
				}{{"claims in", rep.ClaimsIn}, {"decided", rep.Decided}, {"dead-lettered", rep.DeadLettered},
					{"missing", rep.Missing}, {"duplicates", rep.Duplicates}, {"mismatched", rep.Mismatched},
					{"batches", rep.Batches}, {"paid, decisions (cents)", rep.PaidTotalCents}, {"paid, on chain (cents)", rep.PaidOnChainCents},
					{"pended approved / denied", fmt.Sprintf("%d / %d", rep.Approved, rep.Denied)}, {"approved, credited (cents)", rep.ApprovedCents},
					{"frozen batches", rep.FrozenBatches}, {"frozen, held back (cents)", rep.FrozenCents}} {
					fmt.Fprintf(tw, "%s\t%v\t\n", r.k, r.v)
				}
				_ = tw.Flush()
				for _, p := range rep.Problems {
					fmt.Fprintln(out, "problem:", p)
				}
			}
			if !rep.OK() {
				return &exitError{code: 1, err: fmt.Errorf("audit found gaps: missing %d, duplicates %d, mismatched %d", rep.Missing, rep.Duplicates, rep.Mismatched)}
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the report as one JSON object")
	config.AddFlags(cmd.Flags(), config.Kafka, config.InputTopic, config.OutputTopics, config.RPC, config.Contracts, config.HMAC, config.Payload)
	return cmd
}
