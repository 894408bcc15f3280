// Command gen regenerates the contract bindings: solcjs from contracts/node_modules compiles
// the Solidity sources, abigen v2 writes one Go package per contract. It runs from
// `go generate ./...` (see bindings/generate.go).
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"

	"github.com/claimsledger/claims/bindings/internal/solgen"
)

func main() {
	contracts := flag.String("contracts", "../contracts", "directory holding the .sol sources and package.json")
	out := flag.String("out", ".", "bindings directory to write the Go packages under")
	npmCI := flag.Bool("npm-ci", false, "run `npm ci` in the contracts directory first when node_modules is missing")
	flag.Parse()

	if err := run(context.Background(), *contracts, *out, *npmCI); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, contracts, out string, npmCI bool) error {
	if err := solgen.CheckToolchain(contracts); err != nil {
		if !npmCI || !errors.Is(err, solgen.ErrToolchain) {
			return err
		}
		if _, statErr := os.Stat(filepath.Join(contracts, "node_modules")); statErr == nil {
			return err // node_modules exists but is incomplete: leave the repair to a human
		}
		slog.Info("installing pinned Solidity toolchain", "dir", contracts, "cmd", "npm ci")
		cmd := exec.CommandContext(ctx, "npm", "ci", "--no-audit", "--no-fund")
		cmd.Dir = contracts
		cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("npm ci in %s: %w", contracts, err)
		}
	}
	files, err := solgen.Generate(ctx, contracts, out)
	if err != nil {
		return err
	}
	for _, f := range files {
		slog.Info("wrote binding", "file", f)
	}
	return nil
}
