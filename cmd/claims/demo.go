package main

import (
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"os"
	"text/tabwriter"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/claimsledger/claims/adjudicator/demo"
)

func newDemo(g *globals) *cobra.Command {
	var asJSON, fraud bool
	var partitions int
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Run the bundled sample claims through the whole pipeline, embedded, and reconcile",
		Long: `demo starts an embedded Kafka broker (kfake), a dev Ethereum chain (go-ethereum's
simulated backend) and Redis (redis-server if on PATH, else an in-process
stand-in), deploys the contracts, registers the 31 sample coverage spans,
streams the 1,138 sample claims (Tuva Project synthetic Medicare data) through
adjudication and settlement, registers a payout address for the provider
credited most and, once its challenge window has passed, withdraws its credit
there, and prints a reconciled summary. Nothing to install but Go. Exits 1 if
the summary does not reconcile.

--fraud then adds a generated batch that plants known fraud patterns: 12 peer
providers' usual claims (one bills 99215 on 60% of its visits, one puts 59 on
40% of its lines) are decided first; a fraud baseline is built from the
decisions topic (as claims fraud baseline --out does) and loaded with an
exclusion list the demo writes; then claims that carry the two habits
(EM_UPCODING, BYPASS_RATE), near duplicates (DUP_NEAR), an excluded provider's
claims (EXCLUDED) and ordinary claims are decided under it. The summary adds
planted, planted_flagged (planted claims flagged with their own signal's code)
and flag_rate_unplanted (basis points of the other claims with any flag).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := envSetting(cmd.Flags(), "partitions"); err != nil {
				return err
			}
			log, err := g.logger(slog.LevelWarn)
			if err != nil {
				return err
			}
			// The bar redraws itself with carriage returns: only a terminal shows that as a bar.
			var bar io.Writer
			if term.IsTerminal(int(os.Stderr.Fd())) {
				bar = os.Stderr
			}
			sum, err := demo.Run(cmd.Context(), demo.Options{Logger: log, Progress: bar, Partitions: partitions, Fraud: fraud})
			if err != nil {
				return err
			}
			if asJSON {
				enc := json.NewEncoder(cmd.OutOrStdout())
				enc.SetIndent("", "  ")
				if err := enc.Encode(sum); err != nil {
					return err
				}
			} else {
				printSummary(cmd.OutOrStdout(), sum)
			}
			if err := sum.Reconciled(); err != nil {
				return &exitError{code: 1, err: fmt.Errorf("summary does not reconcile: %w", err)}
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the summary as one JSON object")
	cmd.Flags().BoolVar(&fraud, "fraud", false, "add the fraud batch: planted patterns decided with a fraud baseline and an exclusion list (default: the sample only)")
	cmd.Flags().IntVar(&partitions, "partitions", 4, "partitions of the input topic (work runs in parallel across them) [env CLAIMS_PARTITIONS]")
	return cmd
}

func printSummary(w io.Writer, s *demo.Summary) {
	// Labels left, values right: a trailing tab cell right-aligns the value column only.
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	row := func(k string, v any) { fmt.Fprintf(tw, "%s\t%v\n", k, v) }
	fmt.Fprintln(w, "Reconciled summary")
	row("claims in", s.ClaimsIn)
	row("decisions", s.Decisions)
	row("  approved", s.Approved)
	row("  partial", s.Partial)
	row("  denied", s.Denied)
	row("  pended", s.Pended)
	row("dead-lettered", s.DeadLettered)
	row("charged", dollars(s.ChargeCents))
	row("allowed", dollars(s.AllowedCents))
	row("patient responsibility", dollars(s.PatientCents))
	row("paid, sum of decisions", dollars(s.PaidTotalCents))
	row("paid, credited on chain", dollars(s.PaidOnchainCents))
	row("one provider withdrew", fmt.Sprintf("%s of %s credited (NPI %s)",
		dollars(s.Withdrawal.Cents), dollars(s.Withdrawal.CreditedCents), s.Withdrawal.ProviderNPI))
	row("settlement batches", s.Batches)
	row("gas per claim", fmt.Sprintf("%d (first credits create each provider's ledger slot; steady state is under 1,000)", s.GasPerClaim))
	row("claims/s", fmt.Sprintf("%.0f", s.ClaimsPerSec))
	row("audit: decided / missing / duplicates / mismatched",
		fmt.Sprintf("%d / %d / %d / %d", s.Audit.Decided, s.Audit.Missing, s.Audit.Duplicates, s.Audit.Mismatched))
	row("redis", s.Redis)
	if s.FlagRateUnplanted != nil {
		row("fraud batch: planted / flagged with their own code", fmt.Sprintf("%d / %d", s.Planted, s.PlantedFlagged))
		row("fraud batch: unplanted claims flagged", fmt.Sprintf("%d.%02d%%", *s.FlagRateUnplanted/100, *s.FlagRateUnplanted%100))
		row("fraud batch: policy hash", s.FraudPolicyHash)
	}
	_ = tw.Flush()
	fmt.Fprintln(w, "\nTop reason codes")
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "group-CARC\tlines\tamount\t\n")
	for _, c := range s.TopCARCs {
		fmt.Fprintf(tw, "%s-%s\t%d\t%s\t\n", c.Group, c.CARC, c.Lines, dollars(c.Cents))
	}
	_ = tw.Flush()
	if err := s.Reconciled(); err != nil {
		fmt.Fprintf(w, "\nNOT RECONCILED: %v\n", err)
	} else {
		fmt.Fprintln(w, "\nreconciled: decisions = claims in, outcomes add up, paid by decisions = credited on chain, a provider withdrew exactly its credit, audit clean")
	}
}
