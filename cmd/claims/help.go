package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// The conventions every command's --help follows (TestHelpConventions checks them):
//   - it lists only the flags the command reads (config.AddFlags with the command's groups);
//   - every flag's help names its default, and a setting's flag its CLAIMS_* variable;
//     per-invocation options (--json, --format, --npi, ...) are flags only;
//   - it shows at least one example that runs as written against a devnet started with
//     `claims devnet --write-config devnet/claims.yaml` from the repository root;
//   - one name per concept across commands (--cms-dir, --plans-dir, --npi, --json, ...).

// examples are the commands' examples, by command path, for commands that do not set their
// own. They are kept together so that they use one devnet config path and one sample file.
var examples = map[string]string{
	"claims demo": `  claims demo
  claims demo --json > summary.json
  claims demo --fraud --json   # and a batch of planted fraud patterns`,
	"claims devnet": `  claims devnet --write-config devnet/claims.yaml
  claims devnet --write-config devnet2/claims.yaml     # a second one beside it: every port is free-picked`,
	"claims serve": `  claims serve --config devnet/claims.yaml
  claims serve --config devnet/claims.yaml --metrics-addr 127.0.0.1:9464 --log-format json`,
	"claims submit": `  claims submit --config devnet/claims.yaml --format tuva-csv adjudicator/sample/tuva_medical_claim.csv
  claims submit --config devnet/claims.yaml adjudicator/sample/example_claim.json`,
	"claims audit": `  claims audit --config devnet/claims.yaml
  claims audit --config devnet/claims.yaml --json`,
	"claims audit access": `  claims audit access --config devnet/claims.yaml --claim EXAMPLE-1
  claims audit access --config devnet/claims.yaml --claim EXAMPLE-1 --npi 1003811290 --json`,
	"claims verify": `  claims verify --config devnet/claims.yaml --all
  claims verify --config devnet/claims.yaml --all --export proofs/ && claims verify --config devnet/claims.yaml --record proofs/CLM0001.json`,
	"claims guard": `  claims guard --config devnet/claims.yaml --metrics-addr 127.0.0.1:9465`,
	"claims deploy": `  claims deploy --config claims.yaml --dry-run
  claims deploy --config claims.yaml`,
	"claims provider":                `  claims provider list --config devnet/claims.yaml`,
	"claims provider add":            `  claims provider add --config devnet/claims.yaml --npi 1528056066 --payout 0x2B5AD5c4795c026514f8317c7a215E218DcCD6cF`,
	"claims provider set-payout":     `  claims provider set-payout --config devnet/claims.yaml --npi 1528056066 --payout 0x6813Eb9362372EEF6200f3b1dbC3f819671cBA69`,
	"claims provider list":           `  claims provider list --config devnet/claims.yaml --json`,
	"claims provider key":            `  claims provider key list --config devnet/claims.yaml --npi 1528056066`,
	"claims provider key rotate":     `  claims provider key rotate --config devnet/claims.yaml --npi 1528056066`,
	"claims provider key revoke":     `  claims provider key revoke --config devnet/claims.yaml --npi 1528056066`,
	"claims provider key list":       `  claims provider key list --config devnet/claims.yaml --npi 1528056066 --json`,
	"claims provider cert":           `  claims provider cert add --config devnet/claims.yaml --npi 1528056066 --cert provider.pem`,
	"claims provider cert add":       `  claims provider cert add --config devnet/claims.yaml --npi 1528056066 --cert provider.pem`,
	"claims provider balance":        `  claims provider balance --config devnet/claims.yaml --npi 1528056066`,
	"claims provider withdraw":       `  claims provider withdraw --config devnet/claims.yaml --npi 1528056066`,
	"claims review":                  `  claims review list --config devnet/claims.yaml`,
	"claims review list":             `  claims review list --config devnet/claims.yaml --signal DUP_NEAR --sort held --json`,
	"claims review show":             `  claims review show --config devnet/claims.yaml CLAIM_ID     # a claim id from review list`,
	"claims review approve":          `  claims review approve --config devnet/claims.yaml CLAIM_ID --note "records received, services confirmed"`,
	"claims review deny":             `  claims review deny --config devnet/claims.yaml CLAIM_ID --note "no medical necessity documented"`,
	"claims escrow":                  `  claims escrow status --config devnet/claims.yaml`,
	"claims escrow status":           `  claims escrow status --config devnet/claims.yaml --json`,
	"claims escrow fund":             `  claims escrow fund --config devnet/claims.yaml --cents 100000000     # $1,000,000.00`,
	"claims escrow caps":             `  claims escrow caps --config devnet/claims.yaml --max-batch-cents 100000000 --window-cap-cents 500000000 --cap-window 24h`,
	"claims escrow withdraw":         `  claims escrow withdraw request --config devnet/claims.yaml --cents 5000000`,
	"claims escrow withdraw request": `  claims escrow withdraw request --config devnet/claims.yaml --cents 5000000`,
	"claims escrow withdraw execute": `  claims escrow withdraw execute --config devnet/claims.yaml`,
	"claims escrow withdraw cancel":  `  claims escrow withdraw cancel --config devnet/claims.yaml`,
	"claims analyst":                 `  claims analyst list --config devnet/claims.yaml`,
	"claims analyst add":             `  claims analyst add --config devnet/claims.yaml --name alice --password-file alice.password --light-kdf --fund-wei 1000000000000000000`,
	"claims analyst list":            `  claims analyst list --config devnet/claims.yaml --json`,
	"claims analyst remove":          `  claims analyst remove --config devnet/claims.yaml --name alice`,
	"claims admin":                   `  claims admin batches --config devnet/claims.yaml --frozen`,
	"claims admin batches":           `  claims admin batches --config devnet/claims.yaml --json`,
	"claims admin release":           `  claims admin release --config devnet/claims.yaml 3     # a batch id from admin batches --frozen`,
	"claims admin unpause":           `  claims admin unpause --config devnet/claims.yaml`,
}

// finishHelp applies the conventions to every command under root: the examples above, and a
// default named in every flag's help (pflag prints one only when it is not the zero value).
func finishHelp(root *cobra.Command) {
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		if c.Example == "" {
			c.Example = examples[c.CommandPath()]
		}
		c.LocalFlags().VisitAll(nameDefault)
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
	root.PersistentFlags().VisitAll(nameDefault)
}

// nameDefault adds "(default ...)" to a flag whose zero default pflag would leave unsaid.
func nameDefault(f *pflag.Flag) {
	if strings.Contains(f.Usage, "(default") || f.Name == "help" {
		return
	}
	switch f.Value.Type() {
	case "bool":
		if f.DefValue == "false" {
			f.Usage += " (default false)"
		}
	case "string", "stringSlice", "stringArray":
		if f.DefValue == "" || f.DefValue == "[]" {
			f.Usage += " (default: none)"
		}
	default:
		if f.DefValue == "0" || f.DefValue == "0s" {
			f.Usage += " (default " + f.DefValue + ")"
		}
	}
}

// envSetting lets a command's own flag that shares a setting's name (demo's and devnet's
// --partitions) take the setting's CLAIMS_* variable when the flag is not given, as the
// settings' flags do; a value that does not parse is an error naming the variable.
func envSetting(fs *pflag.FlagSet, name string) error {
	f := fs.Lookup(name)
	if f == nil || f.Changed {
		return nil
	}
	env := "CLAIMS_" + strings.ToUpper(strings.ReplaceAll(name, "-", "_"))
	v, ok := os.LookupEnv(env)
	if !ok {
		return nil
	}
	if err := f.Value.Set(v); err != nil {
		return fmt.Errorf("%s=%q: %w", env, v, err)
	}
	return nil
}
