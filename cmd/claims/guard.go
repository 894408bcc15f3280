package main

import (
	"time"

	"github.com/spf13/cobra"

	"github.com/claimsledger/claims/adjudicator/config"
	"github.com/claimsledger/claims/adjudicator/service"
)

func newGuard(g *globals) *cobra.Command {
	var o service.GuardOptions
	cmd := &cobra.Command{
		Use:   "guard --config FILE",
		Short: "Verify every batch as it settles; freeze failures inside the challenge window, pause when they repeat",
		Long: `guard is the GUARDIAN: run it with the guardian's key (guardian_keystore, else
keystore), by someone other than whoever runs the adjudicator. It follows the
settlement contract and the decisions topic and checks each new batch as
'claims verify' does: the published records reproduce the batch root the
contract committed to, credit each provider exactly what the chain credited, and
replay byte-identical under the policy bundle whose hash is on chain. A batch
that fails, or whose records are not published within --publish-timeout, is
frozen: its credits never become withdrawable unless the admin releases it.
After --pause-after failures in a row it pauses settlement; only the admin can
unpause. --metrics-addr serves claims_guard_* metrics. It runs until stopped.

Run it with the same policy bundle as the adjudicators (plans_dir, cms_dir): a
batch settled under a policy hash the guard cannot reproduce fails its replay
and is frozen, which is the safe answer to a bundle nobody announced.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := g.load(cmd.Flags())
			if err != nil {
				return err
			}
			if o.Logger, err = g.logger(0); err != nil {
				return err
			}
			return service.Guard(cmd.Context(), cfg, o)
		},
	}
	cmd.Flags().DurationVar(&o.Poll, "poll", time.Second, "how often to read the chain and the topics")
	cmd.Flags().DurationVar(&o.PublishTimeout, "publish-timeout", 15*time.Second, "how long a batch's records may take to be published before it counts as failed")
	cmd.Flags().IntVar(&o.PauseAfter, "pause-after", 3, "pause settlement after this many failed batches in a row (0: never)")
	config.AddFlags(cmd.Flags(), config.Kafka, config.InputTopic, config.OutputTopics, config.RPC, config.Contracts, config.Signer, config.HMAC, config.Payload, config.Rules, config.Metrics)
	return cmd
}
