package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"

	"github.com/spf13/cobra"

	"github.com/claimsledger/claims/adjudicator/config"
	"github.com/claimsledger/claims/adjudicator/service"
)

func newVerify(g *globals) *cobra.Command {
	var (
		asJSON, all, noReplay bool
		exportDir, record     string
	)
	cmd := &cobra.Command{
		Use:   "verify --config FILE [--json] (--all | CLAIM_ID... | --record FILE) [--export DIR]",
		Short: "Prove settled decisions against the chain, with no trust in the engine; exit 1 on any failure",
		Long: `verify checks each claim three ways, trusting neither the engine nor its database:

  - its decision record's Merkle leaf (bound to this chain and settlement contract)
    is proven against the batch root on chain, and the root against the commitment
    the contract stored for the batch;
  - the batch's credits per provider equal the sum of its records;
  - the decision is replayed from the claim on the input topic, with the member's
    history rebuilt from the decisions before it, under the policy bundle whose
    hash is on chain, and must be byte-identical to the published record.

--export DIR writes DIR/CLAIM_ID.json for each verified claim: the record exactly
as published and its proof, which is what a provider or member would hold. A
record written out is a look at the claim's details: each is recorded first
(who: the address of keystore, whose password is not needed; the claim's keyed
hash; purpose audit) on access_topic, or nothing is written. Without --export
verify prints verdicts and claim keys only, and records nothing; --record FILE
checks a record the caller already holds, and records nothing either.
--record FILE verifies such a file from the chain alone (no Kafka, no Redis): a
record changed in any byte fails. Coverage for the replay is read as it is now;
a claim whose member's coverage changed since it was decided fails the replay.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := g.load(cmd.Flags())
			if err != nil {
				return err
			}
			switch {
			case record != "" && (all || len(args) > 0 || exportDir != ""):
				return errors.New("--record FILE verifies one exported file; it takes no claim ids, --all or --export")
			case record == "" && all == (len(args) > 0):
				return errors.New("name the claims to verify: --all, or one or more CLAIM_IDs")
			}
			log, err := g.logger(slog.LevelWarn)
			if err != nil {
				return err
			}
			var rep service.VerifyReport
			if record != "" {
				rep, err = service.VerifyRecordFile(cmd.Context(), cfg, record, nil)
			} else {
				o := service.VerifyOptions{All: all, ClaimIDs: args, ExportDir: exportDir, NoReplay: noReplay, Logger: log}
				if exportDir != "" {
					if o.Viewer, err = viewerOf(cfg, ""); err != nil {
						return err
					}
					rec, err := service.OpenAccessRecorder(cfg)
					if err != nil {
						return err
					}
					defer rec.Close()
					o.Access = rec
				}
				rep, err = service.Verify(cmd.Context(), cfg, o)
			}
			if err != nil {
				return err
			}
			if err := printVerify(cmd.OutOrStdout(), rep, asJSON); err != nil {
				return err
			}
			if !rep.OK() {
				return &exitError{code: 1, err: fmt.Errorf("verify: %d of %d claims failed", len(rep.Failed), rep.Checked)}
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, `print {"checked": N, "verified": N, "failed": [...]}`)
	cmd.Flags().BoolVar(&all, "all", false, "verify every settled decision")
	cmd.Flags().StringVar(&exportDir, "export", "", "write DIR/CLAIM_ID.json (record and proof) for each verified claim")
	cmd.Flags().StringVar(&record, "record", "", "verify one exported record file from the chain alone")
	cmd.Flags().BoolVar(&noReplay, "no-replay", false, "skip replaying the decisions (leaf and credit checks only)")
	config.AddFlags(cmd.Flags(), config.Kafka, config.InputTopic, config.OutputTopics, config.RPC, config.Contracts, config.HMAC, config.Payload, config.Rules, config.AccessTopic)
	return cmd
}

func printVerify(w io.Writer, rep service.VerifyReport, asJSON bool) error {
	if rep.Failed == nil {
		rep.Failed = []service.VerifyFailure{}
	}
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	fmt.Fprintf(w, "checked %d, verified %d, failed %d\n", rep.Checked, rep.Verified, len(rep.Failed))
	for _, f := range rep.Failed {
		fmt.Fprintf(w, "FAILED claim %s at %d/%d (batch %d):\n", f.ClaimKey, f.Partition, f.Offset, f.BatchID)
		for _, r := range f.Reasons {
			fmt.Fprintf(w, "  - %s\n", r)
		}
	}
	return nil
}
