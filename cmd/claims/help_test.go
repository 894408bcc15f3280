package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/cobra"

	"github.com/claimsledger/claims/adjudicator/config"
)

// allCommands is every command under root, root included.
func allCommands(root *cobra.Command) []*cobra.Command {
	out := []*cobra.Command{root}
	for _, c := range root.Commands() {
		if c.Name() == "help" || c.Name() == "completion" {
			continue
		}
		out = append(out, allCommands(c)...)
	}
	return out
}

// The conventions of help.go, for every command: an example, a default and (for settings) a
// CLAIMS_* variable named in every flag's help, and only the flags the command reads.
func TestHelpConventions(t *testing.T) {
	root := newRoot()
	settings := map[string]bool{config.ConfigFlag: true}
	for _, k := range config.Keys() {
		settings[strings.ReplaceAll(k, "_", "-")] = true
	}
	for _, c := range allCommands(root) {
		c.InitDefaultHelpFlag()
		if c.Example == "" {
			t.Errorf("%s: no example", c.CommandPath())
		}
		// pflag renders "(default X)" itself for a non-zero default: check the rendered lines.
		for _, line := range strings.Split(strings.TrimRight(c.Flags().FlagUsages(), "\n"), "\n") {
			name := flagName(line)
			if name == "" || name == "help" {
				continue
			}
			if !strings.Contains(line, "default") {
				t.Errorf("%s --%s: help names no default: %q", c.CommandPath(), name, line)
			}
			if settings[name] && !strings.Contains(line, "[env CLAIMS_"+strings.ToUpper(strings.ReplaceAll(name, "-", "_"))+"]") {
				t.Errorf("%s --%s: a setting's help names no CLAIMS_* variable: %q", c.CommandPath(), name, line)
			}
		}
		if strings.Contains(c.UsageString(), "[flags]") && !c.HasAvailableFlags() {
			t.Errorf("%s: usage mentions flags it has none of", c.CommandPath())
		}
	}
	// What each command reads, and nothing else.
	for path, tc := range map[string]struct{ has, hasNot []string }{
		"submit":        {has: []string{"config", "brokers", "input-topic", "hmac-secret-file", "payload-key-file"}, hasNot: []string{"batch-size", "linger", "keystore", "redis-addrs", "rpc-url", "cms-dir", "group"}},
		"audit":         {has: []string{"config", "brokers", "decisions-topic", "rpc-url", "settlement-address"}, hasNot: []string{"batch-size", "linger", "keystore", "redis-addrs", "drain-timeout", "cms-dir"}},
		"serve":         {has: []string{"config", "batch-size", "linger", "keystore", "redis-addrs", "cms-dir", "plans-dir", "metrics-addr", "group", "access-topic", "access-flush-interval", "access-log-address"}},
		"review show":   {has: []string{"config", "access-topic", "brokers"}, hasNot: []string{"access-flush-interval", "keystore-password-file"}},
		"audit access":  {has: []string{"config", "access-topic", "access-log-address", "hmac-secret-file", "rpc-url"}, hasNot: []string{"access-flush-interval", "keystore"}},
		"adjudicate":    {has: []string{"config", "cms-dir", "plans-dir"}, hasNot: []string{"plans", "brokers", "rpc-url"}},
		"escrow status": {has: []string{"config", "rpc-url"}, hasNot: []string{"brokers", "keystore", "hmac-secret-file"}},
		"demo":          {hasNot: []string{"config", "brokers"}},
		"devnet":        {has: []string{"write-config"}, hasNot: []string{"config", "brokers"}},
	} {
		c, _, err := root.Find(strings.Fields(path))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range tc.has {
			if c.Flags().Lookup(f) == nil {
				t.Errorf("claims %s has no --%s", path, f)
			}
		}
		for _, f := range tc.hasNot {
			if c.Flags().Lookup(f) != nil {
				t.Errorf("claims %s shows --%s, which it does not read", path, f)
			}
		}
	}
}

// Every example parses: its command exists, its flags are the command's, and its arguments
// satisfy the command's argument rule.
func TestHelpExamplesParse(t *testing.T) {
	root := newRoot()
	n := 0
	for _, c := range allCommands(root) {
		for _, line := range strings.Split(strings.ReplaceAll(c.Example, "\\\n", " "), "\n") {
			for _, cmdline := range strings.Split(line, "&&") {
				if i := strings.Index(cmdline, "#"); i >= 0 {
					cmdline = cmdline[:i]
				}
				if i := strings.Index(cmdline, ">"); i >= 0 {
					cmdline = cmdline[:i]
				}
				args := splitQuoted(cmdline)
				if len(args) == 0 || args[0] != "claims" {
					continue
				}
				n++
				target, rest, err := newRoot().Find(args[1:])
				if err != nil {
					t.Errorf("%s example %q: %v", c.CommandPath(), cmdline, err)
					continue
				}
				if err := target.ParseFlags(rest); err != nil {
					t.Errorf("%s example %q: %v", c.CommandPath(), cmdline, err)
					continue
				}
				if target.Runnable() {
					if err := target.ValidateArgs(target.Flags().Args()); err != nil {
						t.Errorf("%s example %q: %v", c.CommandPath(), cmdline, err)
					}
				}
			}
		}
	}
	if n < len(allCommands(root)) {
		t.Errorf("%d example command lines for %d commands", n, len(allCommands(root)))
	}
}

// flagName is the long name of the flag a FlagUsages line describes ("      --brokers strings  ...").
func flagName(line string) string {
	i := strings.Index(line, "--")
	if i < 0 || strings.TrimSpace(line[:i]) != "" && !strings.HasSuffix(strings.TrimSpace(line[:i]), ",") {
		return ""
	}
	name, _, _ := strings.Cut(line[i+2:], " ")
	return name
}

// splitQuoted splits a command line at spaces, keeping "double quoted" words whole.
func splitQuoted(s string) []string {
	var out []string
	var cur strings.Builder
	inQuote, inWord := false, false
	for _, r := range s {
		switch {
		case r == '"':
			inQuote, inWord = !inQuote, true
		case r == ' ' && !inQuote:
			if inWord {
				out = append(out, cur.String())
				cur.Reset()
				inWord = false
			}
		default:
			cur.WriteRune(r)
			inWord = true
		}
	}
	if inWord {
		out = append(out, cur.String())
	}
	return out
}

// A --config that does not exist is an error, and a command that reads no configuration has
// no --config to be given.
func TestConfigMustExist(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nonexistent.yaml")
	_, err := runClaims(t, "audit", "--config", missing)
	if err == nil || !strings.Contains(err.Error(), missing) || !strings.Contains(err.Error(), "no such file") {
		t.Errorf("audit --config %s: err = %v, want it named as missing", missing, err)
	}
	t.Setenv(config.EnvConfig, missing)
	_, err = runClaims(t, "escrow", "status")
	if err == nil || !strings.Contains(err.Error(), missing) {
		t.Errorf("escrow status with %s=%s: err = %v, want it named as missing", config.EnvConfig, missing, err)
	}
	_, err = runClaims(t, "demo", "--config", missing)
	if err == nil || !strings.Contains(err.Error(), "unknown flag: --config") {
		t.Errorf("demo --config: err = %v, want unknown flag", err)
	}
}

// The README's example claim is one the bundled coverage and rules approve and pay.
func TestExampleClaimIsApprovedAndPaid(t *testing.T) {
	path := filepath.Join("..", "..", "adjudicator", "sample", "example_claim.json")
	if _, err := os.Stat(path); err != nil {
		t.Fatal(err)
	}
	out := mustRun(t, "adjudicate", path)
	var d struct {
		Outcome   string `json:"outcome"`
		PaidCents int64  `json:"paid_cents"`
	}
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatalf("%v: %q", err, out)
	}
	if d.Outcome != "approve" || d.PaidCents <= 0 {
		t.Errorf("example claim: outcome %s, paid %d cents; want approve and paid", d.Outcome, d.PaidCents)
	}
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(readme), "adjudicator/sample/example_claim.json") {
		t.Error("README does not name adjudicator/sample/example_claim.json")
	}
}
