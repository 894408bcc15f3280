package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/config"
	"github.com/claimsledger/claims/adjudicator/intake"
	"github.com/claimsledger/claims/adjudicator/privacy"
	"github.com/claimsledger/claims/adjudicator/service"
)

func newSubmit(g *globals) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "submit --config FILE [--format native|tuva-csv] FILE...",
		Short: "Validate claims and produce them to the input topic",
		Long: `submit reads claims (native JSON: one object, an array, or one object per
line; or the Tuva CSV layout, lines grouped by claim_id, dollars converted to
cents), validates all of them first, and produces them keyed by the member's
keyed hash, sealed with AES-GCM when a payload key is configured.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, files []string) error {
			cfg, err := g.load(cmd.Flags())
			if err != nil {
				return err
			}
			if err := cfg.Require(config.NeedKafka, config.NeedSecret); err != nil {
				return err
			}
			var claims []adjudicator.Claim
			for _, f := range files {
				c, err := service.ReadClaims(f, format)
				if err != nil {
					return err
				}
				claims = append(claims, c...)
			}
			k, err := privacy.NewKeyer(cfg.HMACSecret)
			if err != nil {
				return err
			}
			var sealer *privacy.Sealer
			if len(cfg.PayloadKey) > 0 {
				if sealer, err = privacy.NewSealer(cfg.PayloadKey); err != nil {
					return err
				}
			}
			if err := intake.CreateTopics(cmd.Context(), cfg.Brokers, cfg.Partitions, cfg.InputTopic); err != nil {
				return err
			}
			p, err := intake.NewProducer(cfg.Brokers, intake.WithInputTopic(cfg.InputTopic))
			if err != nil {
				return err
			}
			defer p.Close()
			if err := service.Submit(cmd.Context(), p, k, sealer, claims, nil); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "submitted %d claims to %s\n", len(claims), cfg.InputTopic)
			return nil
		},
	}
	cmd.Flags().StringVar(&format, "format", service.FormatNative, "input format: native or tuva-csv")
	config.AddFlags(cmd.Flags())
	return cmd
}
