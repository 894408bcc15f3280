// Command claims is the claims adjudication engine: one binary with
// subcommands, in the style of opa and kubectl. Each subcommand only wires
// packages under adjudicator/ together.
package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/claimsledger/claims/adjudicator/chain"
	"github.com/claimsledger/claims/adjudicator/config"
	"github.com/claimsledger/claims/adjudicator/service"
)

// exitError carries a specific exit code (audit gaps exit 1, as a check).
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	root := newRoot()
	err := root.ExecuteContext(ctx)
	if err == nil {
		return
	}
	code := 2
	var ee *exitError
	if errors.As(err, &ee) {
		code = ee.code
	}
	fmt.Fprintln(os.Stderr, "claims:", err)
	os.Exit(code)
}

type globals struct {
	logLevel  string
	logFormat string
}

func newRoot() *cobra.Command {
	g := &globals{}
	root := &cobra.Command{
		Use:   "claims",
		Short: "Adjudicate health insurance claims and settle them on chain, exactly once",
		Long: `claims decides health insurance claims with OPA coverage rules, caches member
eligibility in Redis, and settles decisions in batches on an Ethereum chain, so
that every claim gets exactly one decision and is paid at most once.

Configuration: flags, then CLAIMS_* environment variables, then the YAML file
given with --config (or CLAIMS_CONFIG). Every flag's help names its variable
and its default; a command lists only the flags it reads. Secrets never come
from flags.`,
		Example: `  claims demo                                        # the whole pipeline, embedded
  claims devnet --write-config devnet/claims.yaml    # local services for the other commands
  claims serve --config devnet/claims.yaml`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.PersistentFlags().StringVar(&g.logLevel, "log-level", "", "debug, info, warn or error [env CLAIMS_LOG_LEVEL] (default: info for serve, guard and devnet, warn for the others)")
	root.PersistentFlags().StringVar(&g.logFormat, "log-format", "text", "text or json; logs go to stderr [env CLAIMS_LOG_FORMAT]")
	root.PersistentPreRun = func(cmd *cobra.Command, _ []string) {
		// The variables stand in for flags not given, as for every setting.
		if f := cmd.Flags().Lookup("log-level"); f != nil && !f.Changed {
			if v := os.Getenv("CLAIMS_LOG_LEVEL"); v != "" {
				g.logLevel = v
			}
		}
		if f := cmd.Flags().Lookup("log-format"); f != nil && !f.Changed {
			if v := os.Getenv("CLAIMS_LOG_FORMAT"); v != "" {
				g.logFormat = v
			}
		}
	}
	root.AddCommand(newDemo(g), newDevnet(g), newServe(g), newSubmit(g), newAudit(g), newAdjudicate(g), newProvider(g), newDeploy(g))
	root.AddCommand(newVerify(g), newGuard(g))
	root.AddCommand(newReview(g), newAnalyst(g))
	root.AddCommand(newEscrow(g), newAdmin(g))
	root.AddCommand(newCoverage(g))
	root.AddCommand(newFraud(g))
	finishHelp(root)
	return root
}

func (g *globals) logger(defaultLevel slog.Level) (*slog.Logger, error) {
	level := defaultLevel
	if g.logLevel != "" {
		if err := level.UnmarshalText([]byte(g.logLevel)); err != nil {
			return nil, fmt.Errorf("--log-level: %w", err)
		}
	}
	opts := &slog.HandlerOptions{Level: level}
	switch strings.ToLower(g.logFormat) {
	case "json":
		return slog.New(slog.NewJSONHandler(os.Stderr, opts)), nil
	case "text", "":
		return slog.New(slog.NewTextHandler(os.Stderr, opts)), nil
	default:
		return nil, fmt.Errorf("--log-format %q: want text or json", g.logFormat)
	}
}

// load reads the layered configuration for a command: its --config file (or CLAIMS_CONFIG),
// CLAIMS_* variables and its flags.
func (g *globals) load(fs *pflag.FlagSet) (config.Config, error) {
	return config.Load(config.Path(fs, os.Environ()), fs, os.Environ())
}

// openChain loads the command's configuration, checks it has what the command needs, and binds
// the contracts signing as role ("" reads only).
func (g *globals) openChain(cmd *cobra.Command, role config.Role, needs ...config.Need) (*service.Chain, config.Config, error) {
	log, err := g.logger(slog.LevelWarn)
	if err != nil {
		return nil, config.Config{}, err
	}
	cfg, err := g.load(cmd.Flags())
	if err != nil {
		return nil, cfg, err
	}
	if err := cfg.Require(needs...); err != nil {
		return nil, cfg, err
	}
	c, err := service.OpenChain(cmd.Context(), cfg, role, nil, chain.WithLogger(log))
	if err != nil {
		return nil, cfg, err
	}
	return c, cfg, nil
}
