package main

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/cms"
	"github.com/claimsledger/claims/adjudicator/config"
	"github.com/claimsledger/claims/adjudicator/exclusion"
	"github.com/claimsledger/claims/adjudicator/fraudbase"
	"github.com/claimsledger/claims/adjudicator/privacy"
	"github.com/claimsledger/claims/adjudicator/rules"
	"github.com/claimsledger/claims/adjudicator/sample"
	"github.com/claimsledger/claims/adjudicator/service"
	"github.com/claimsledger/claims/adjudicator/tuva"
)

func newAdjudicate(g *globals) *cobra.Command {
	var format, eligFile string
	var explain bool
	cmd := &cobra.Command{
		Use:   "adjudicate [--format native|fhir|x12|tuva-csv] [--eligibility FILE] [--cms-dir DIR] [--plans-dir DIR] [--exclusion-list FILE] [--explain] FILE",
		Short: "Evaluate the rules offline and print one decision record per claim (ndjson)",
		Long: `adjudicate is to claims what 'opa eval' is to policies: the rules only, with no
Kafka and no chain. Eligibility comes from a file in the Tuva eligibility
layout (default: the bundled sample). Member history (deductibles,
duplicates, frequency limits) and each provider's typical minutes per
date of service (IMPOSSIBLE_DAY) accumulate in file order, as if the file
were one partition; the file has no intake times, so VELOCITY_PROVIDER
does not fire here. Output: one
decision record per line; --explain adds which rules fired on each line.
A record carries the fraud signals that fired (flags, fraud_score);
--exclusion-list adds the OIG LEIE check (EXCLUDED).`,
		Example: `  claims adjudicate --format tuva-csv adjudicator/sample/tuva_medical_claim.csv
  claims adjudicate --explain adjudicator/sample/example_claim.json
  claims adjudicate --exclusion-list adjudicator/sample/leie_sample.csv adjudicator/sample/example_claim.json
  claims adjudicate --format tuva-csv --cms-dir /data/cms FILE     # the full quarterly CMS tables`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := g.load(cmd.Flags())
			if err != nil {
				return err
			}
			inputs, err := service.ReadInputs(args[0], format)
			if err != nil {
				return err
			}
			eligCSV := sample.EligibilityCSV()
			if eligFile != "" {
				if eligCSV, err = os.ReadFile(eligFile); err != nil {
					return err
				}
			}
			elig, err := tuva.ReadEligibility(bytes.NewReader(eligCSV))
			if err != nil {
				name := eligFile
				if name == "" {
					name = "bundled sample eligibility"
				}
				var te *tuva.Errors
				if errors.As(err, &te) {
					te.File = name // names the file on each line
					return te
				}
				return fmt.Errorf("%s: %w", name, err)
			}
			opts := []rules.Option{rules.WithExplain(explain)}
			if cfg.PlansDir != "" {
				opts = append(opts, rules.WithPlansDir(cfg.PlansDir))
			}
			if cfg.CMSDir != "" {
				t, err := cms.LoadDir(cfg.CMSDir)
				if err != nil {
					return err
				}
				fmt.Fprintf(cmd.ErrOrStderr(), "cms tables: %s\n", t.Stats())
				opts = append(opts, rules.WithTables(t))
			}
			if cfg.ExclusionList != "" {
				l, err := exclusion.Load(cfg.ExclusionList)
				if err != nil {
					return err
				}
				opts = append(opts, rules.WithExclusions(l))
			}
			if cfg.FraudBaseline != "" {
				b, err := fraudbase.Load(cfg.FraudBaseline)
				if err != nil {
					return err
				}
				opts = append(opts, rules.WithFraudBaseline(b))
			}
			r, err := rules.New(cmd.Context(), opts...)
			if err != nil {
				return err
			}
			w := bufio.NewWriter(cmd.OutOrStdout())
			defer w.Flush()
			// History accumulates in file order, as if the file were one
			// partition: deductibles, duplicates and frequency limits see
			// the claims above them.
			hist := &adjudicator.MemoryHistory{}
			tallies := &adjudicator.MemoryTallies{}
			// The counters' keys never leave this process: any secret keys them.
			keyer, err := privacy.NewKeyer(make([]byte, privacy.MinSecretLen))
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			for i := range inputs {
				c := &inputs[i].Claim
				member := adjudicator.Hash(sha256.Sum256([]byte(c.MemberID)))
				pos := adjudicator.Position{Offset: int64(i)}
				entries, _ := hist.Entries(ctx, member)
				el := adjudicator.Eligibility{Spans: elig[c.MemberID]}
				sums, _ := tallies.Before(ctx, 0, pos.Offset, adjudicator.TallyKeys(keyer, c, ""))
				d, err := r.Decide(ctx, c, adjudicator.Facts{Eligibility: el, History: adjudicator.HistoryBefore(entries, pos),
					Provider: adjudicator.ProviderFactsOf(keyer, c, "", sums)})
				if err != nil {
					return fmt.Errorf("%s: %w", inputs[i].Where, err)
				}
				h := adjudicator.NewHistoryEntry(pos, c, &d, el)
				h.Timed(r, time.Time{})
				_ = hist.Put(ctx, member, []adjudicator.HistoryEntry{h})
				_ = tallies.Put(ctx, adjudicator.TalliesOf(keyer, h, nil))
				b, err := d.Encode()
				if err != nil {
					return err
				}
				w.Write(b)
				w.WriteByte('\n')
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&format, "format", "", "input format: native, fhir, x12 or tuva-csv (default: detected from the content: ISA starts X12, a resourceType marks FHIR, a claim_id header a Tuva CSV)")
	cmd.Flags().StringVar(&eligFile, "eligibility", "", "eligibility in the Tuva layout (default: the bundled sample)")
	cmd.Flags().BoolVar(&explain, "explain", false, "add which rules fired on each line and why")
	config.AddFlags(cmd.Flags(), config.Rules)
	return cmd
}
