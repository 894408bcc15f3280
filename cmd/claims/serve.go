package main

import (
	"fmt"
	"log/slog"
	"net/http"
	"os"

	"github.com/spf13/cobra"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/config"
	"github.com/claimsledger/claims/adjudicator/console"
	"github.com/claimsledger/claims/adjudicator/service"
)

func newServe(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "serve --config FILE",
		Short: "Run an adjudicator against Kafka, Redis and an Ethereum JSON-RPC endpoint",
		Long: `serve joins the consumer group on the input topic and adjudicates, settles and
publishes until SIGINT or SIGTERM, then drains the batch in flight and exits.
Run more instances to scale out; partitions are shared among them. A killed
instance loses nothing: its successor resumes from the chain's watermark.

With api_addr it serves the providers' HTTP API, and records every look at a
claim's details on access_topic before serving them (503 when it cannot). With
access_log_address it also writes the looks queued on access_topic to the
AccessLog contract every access_flush_interval, one transaction per partition,
signed with recorder_keystore (a key of its own, never keystore's), exactly once
by the contract's per-partition watermark.

With analysts_dir (and api_addr) it also serves the fraud analysts' console at
/console on the API's listener: each analyst logs in with their keystore's
passphrase (claims analyst add), works the review queue, and approves or denies
pended claims on chain signed with their own key. Sessions are kept in Redis;
the unlocked keys only in this process's memory.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			log, err := g.logger(slog.LevelInfo)
			if err != nil {
				return err
			}
			cfg, err := g.load(cmd.Flags())
			if err != nil {
				return err
			}
			opts := service.Options{Logger: log}
			hook, err := chaosHook(os.Getenv("CLAIMS_CHAOS_KILL"))
			if err != nil {
				return err
			}
			if hook != nil {
				log.Warn("fault injection armed", "CLAIMS_CHAOS_KILL", os.Getenv("CLAIMS_CHAOS_KILL"))
				opts.EngineOptions = append(opts.EngineOptions, adjudicator.WithStageHook(hook))
			}
			switch {
			case cfg.AnalystsDir != "" && cfg.APIAddr == "":
				// A replica without the API (--api-addr=) serves no console either.
				log.Warn("analysts_dir is set but api_addr is not: no analysts' console here (it is served on the API's listener)")
			case cfg.AnalystsDir != "":
				con, err := console.Open(cmd.Context(), cfg, console.Deps{Logger: log})
				if err != nil {
					return fmt.Errorf("analysts' console: %w", err)
				}
				defer con.Close()
				opts.Handlers = map[string]http.Handler{console.Prefix + "/": con.Handler()}
				scheme := "http"
				if cfg.APITLSCertFile != "" {
					scheme = "https"
				}
				log.Info("serving the analysts' console", "url", scheme+"://"+cfg.APIAddr+console.Prefix+"/", "analysts_dir", cfg.AnalystsDir)
			}
			svc, err := service.Open(cmd.Context(), cfg, opts)
			if err != nil {
				return err
			}
			defer svc.Close()
			log.Info("adjudicator started", "brokers", cfg.Brokers, "topic", cfg.InputTopic, "group", cfg.Group, "rpc", cfg.RPCURL)
			if err := svc.Run(cmd.Context()); err != nil {
				return err
			}
			log.Info("adjudicator stopped cleanly")
			return nil
		},
	}
	config.AddFlags(cmd.Flags(), config.Kafka, config.InputTopic, config.OutputTopics, config.Consumer, config.TopicLayout, config.Redis, config.RPC, config.Contracts, config.Signer, config.HMAC, config.Payload, config.Rules, config.Batching, config.Metrics, config.API, config.AccessTopic, config.AccessFlush, config.Analysts)
	return cmd
}
