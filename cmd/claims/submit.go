package main

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/claimsledger/claims/adjudicator/config"
	"github.com/claimsledger/claims/adjudicator/intake"
	"github.com/claimsledger/claims/adjudicator/privacy"
	"github.com/claimsledger/claims/adjudicator/service"
)

func newSubmit(g *globals) *cobra.Command {
	var format string
	var maxBytes int
	cmd := &cobra.Command{
		Use:   "submit --config FILE [--format native|fhir|x12|tuva-csv] FILE...",
		Short: "Validate claims and produce them to the input topic",
		Long: `submit reads claims (native JSON: one object, an array, or one object per
line; a FHIR R4 Claim or Bundle of Claims; an X12 837P or 837I interchange; or
the Tuva CSV layout, lines grouped by claim_id, dollars converted to cents; the
format is detected from the content unless --format names it), validates all of
them first, and produces them keyed by the member's keyed hash, sealed with
AES-GCM when a payload key is configured.

Nothing is produced unless every claim of every file is valid and fits in one
Kafka message (--max-message-bytes, key and sealed claim). Errors name the
file and the place in it (JSON line and column, array index, CSV row and
column) and never quote claim data; a claim too large is named by its place
and its keyed claim key. A file without claims is an error.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, files []string) error {
			cfg, err := g.load(cmd.Flags())
			if err != nil {
				return err
			}
			if err := cfg.Require(config.NeedKafka, config.NeedSecret); err != nil {
				return err
			}
			if maxBytes < 1 || maxBytes > service.MaxMessageBytes {
				return fmt.Errorf("--max-message-bytes %d: want 1 to %d", maxBytes, service.MaxMessageBytes)
			}
			// Every file is read and every claim validated, encoded and
			// measured before anything is produced.
			var inputs []service.Input
			var bad []error
			for _, f := range files {
				in, err := service.ReadInputs(f, format)
				if err != nil {
					bad = append(bad, err)
					continue
				}
				inputs = append(inputs, in...)
			}
			if err := errors.Join(bad...); err != nil {
				return err
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
			subs, err := service.Prepare(k, sealer, inputs, maxBytes)
			if err != nil {
				return err
			}
			kopts, err := service.KafkaOptions(cfg) // TLS and SASL
			if err != nil {
				return err
			}
			if err := intake.CreateTopicsWith(cmd.Context(), cfg.Brokers, cfg.Partitions, []string{cfg.InputTopic}, kopts...); err != nil {
				return err
			}
			p, err := intake.NewProducer(cfg.Brokers, append(kopts, intake.WithInputTopic(cfg.InputTopic))...)
			if err != nil {
				return err
			}
			defer p.Close()
			if err := service.Produce(cmd.Context(), p, subs, nil); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "submitted %d claims to %s\n", len(subs), cfg.InputTopic)
			return nil
		},
	}
	cmd.Flags().StringVar(&format, "format", "", "input format: native, fhir, x12 or tuva-csv (default: detected from the content: ISA starts X12, a resourceType marks FHIR, a claim_id header a Tuva CSV)")
	cmd.Flags().IntVar(&maxBytes, "max-message-bytes", service.MaxMessageBytes, "largest claim message (key and sealed claim) to produce; lower it for topics with a lower max.message.bytes")
	config.AddFlags(cmd.Flags(), config.Kafka, config.InputTopic, config.TopicLayout, config.HMAC, config.Payload)
	return cmd
}
