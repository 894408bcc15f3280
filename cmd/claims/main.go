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

	"github.com/claimsledger/claims/adjudicator/config"
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
	configFile string
	logLevel   string
	logFormat  string
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
given with --config. Secrets never come from flags.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.PersistentFlags().StringVar(&g.configFile, "config", "", "YAML configuration file (as written by claims devnet or claims deploy)")
	root.PersistentFlags().StringVar(&g.logLevel, "log-level", "", "debug, info, warn or error (default: info for long-running commands, warn for the others)")
	root.PersistentFlags().StringVar(&g.logFormat, "log-format", "text", "text or json (logs go to stderr)")
	root.AddCommand(newDemo(g), newDevnet(g), newServe(g), newSubmit(g), newAudit(g), newAdjudicate(g), newProvider(g), newDeploy(g))
	root.AddCommand(newVerify(g), newGuard(g))
	root.AddCommand(newReview(g))
	root.AddCommand(newEscrow(g), newAdmin(g))
	root.AddCommand(newCoverage(g))
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

// load reads the layered configuration for a command.
func (g *globals) load(fs *pflag.FlagSet) (config.Config, error) {
	return config.Load(g.configFile, fs, os.Environ())
}
