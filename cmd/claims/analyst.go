package main

import (
	"errors"
	"fmt"
	"math/big"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/claimsledger/claims/adjudicator/analysts"
	"github.com/claimsledger/claims/adjudicator/chain"
	"github.com/claimsledger/claims/adjudicator/config"
	"github.com/claimsledger/claims/adjudicator/service"
)

// The analyst commands manage the fraud analysts' identities: a keystore each in analysts_dir,
// whose passphrase is the analyst's console password, holding the key FRAUD_ANALYST_ROLE is
// granted to. Names and addresses are printed; passwords never.

func newAnalyst(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "analyst",
		Short: "Fraud analysts' identities for the console: add one (key and role), list, remove",
		Long: `analyst manages the fraud analysts who log in to the console serve offers at
/console (analysts_dir set). Each analyst has a keystore of their own in
analysts_dir, <name>.json: its passphrase is the analyst's password, and the key
in it signs the analyst's approvals and denials, so the chain's ClaimResolved
events name who decided.

Exit status: 0 done; 1 the contract refused; 2 bad flags, configuration or
connection.`,
		Args: cobra.NoArgs,
	}
	cmd.AddCommand(newAnalystAdd(g), newAnalystList(g), newAnalystRemove(g))
	return cmd
}

type analystAdded struct {
	Name     string `json:"name"`
	Address  string `json:"address"`
	Keystore string `json:"keystore"`
	Tx       string `json:"tx"`
	Block    uint64 `json:"block"`
}

func newAnalystAdd(g *globals) *cobra.Command {
	var name, passwordFile string
	var lightKDF, asJSON bool
	var fundWei uint64
	cmd := &cobra.Command{
		Use:   "add --config FILE --name NAME [--password-file F]",
		Short: "Create an analyst's keystore in analysts_dir and grant its key FRAUD_ANALYST_ROLE",
		Long: `add creates a new key for the analyst NAME, encrypts it under the analyst's
password (scrypt) into analysts_dir/NAME.json (mode 0600), and grants its
address FRAUD_ANALYST_ROLE on the settlement contract, signed by the admin
(admin_keystore, else keystore, with keystore_password_file).

The password is read from --password-file (its first line), else asked on the
terminal twice; at least 12 characters. Give it to the analyst, who logs in to
the console with NAME and it. --light-kdf makes the keystore cheap to unlock:
for dev chains only. The analyst's key pays the gas of their resolutions:
--fund-wei N sends it N wei from the admin's key first.

It prints the name, address, keystore file and the grant's transaction; --json
prints them as one object (name, address, keystore, tx, block).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := analysts.CheckName(name); err != nil {
				return fmt.Errorf("--name: %w", err)
			}
			password, err := analystPassword(passwordFile)
			if err != nil {
				return err
			}
			c, cfg, err := g.openChain(cmd, config.RoleAdmin)
			if err != nil {
				return err
			}
			defer c.Close()
			var opts []analysts.Option
			if lightKDF {
				opts = append(opts, analysts.WithLightScrypt())
			}
			dir, err := analysts.Open(cfg.AnalystsDir, opts...)
			if err != nil {
				return err
			}
			a, err := dir.Create(name, password)
			if err != nil {
				return err
			}
			if fundWei > 0 {
				admin, err := service.Signer(cmd.Context(), cfg, config.RoleAdmin, c.Backend)
				if err != nil {
					return err
				}
				if _, err := chain.SendValue(cmd.Context(), c.Backend, admin, a.Address, new(big.Int).SetUint64(fundWei)); err != nil {
					return fmt.Errorf("keystore of %s written, but funding its gas failed: %w", a.Name, err)
				}
			}
			rcpt, err := c.Settlement.GrantRole(cmd.Context(), chain.FraudAnalystRole, a.Address)
			if err != nil {
				// The keystore stays: grant again by hand, or remove the file and add again.
				return refusal(fmt.Errorf("keystore %s written, but granting FRAUD_ANALYST_ROLE failed: %w", dir.Path()+"/"+name+".json", err),
					c, cfg, config.RoleAdmin, func(string) string { return "" })
			}
			out := analystAdded{Name: a.Name, Address: a.Address.Hex(), Keystore: dir.Path() + string(os.PathSeparator) + name + ".json",
				Tx: common.Hash(rcpt.TxHash).Hex(), Block: rcpt.Block}
			w := cmd.OutOrStdout()
			if asJSON {
				return writeJSON(w, out)
			}
			fmt.Fprintf(w, "analyst %s: address %s, keystore %s\n", out.Name, out.Address, out.Keystore)
			fmt.Fprintf(w, "granted FRAUD_ANALYST_ROLE in tx %s (block %d)\n", out.Tx, out.Block)
			return nil
		},
	}
	cmd.Flags().StringVar(&name, "name", "", "the analyst's login name: a-z, 0-9, '.', '_', '-' (required)")
	cmd.Flags().StringVar(&passwordFile, "password-file", "", "file whose first line is the analyst's password (default: asked on the terminal)")
	cmd.Flags().Uint64Var(&fundWei, "fund-wei", 0, "also send the analyst's address this many wei from the admin's key, for the gas of their resolutions (devnet: 1000000000000000000)")
	cmd.Flags().BoolVar(&lightKDF, "light-kdf", false, "cheap scrypt parameters, for dev chains only")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the result as one JSON object")
	config.AddFlags(cmd.Flags(), config.RPC, config.Contracts, config.Signer, config.Analysts)
	return cmd
}

// analystPassword reads the new analyst's password from file, else twice from the terminal.
func analystPassword(file string) (string, error) {
	if file != "" {
		b, err := os.ReadFile(file)
		if err != nil {
			return "", fmt.Errorf("--password-file: %w", err)
		}
		line, _, _ := strings.Cut(string(b), "\n")
		return strings.TrimRight(line, "\r"), nil
	}
	fd := int(os.Stdin.Fd())
	if !term.IsTerminal(fd) {
		return "", errors.New("--password-file is required when stdin is not a terminal")
	}
	fmt.Fprint(os.Stderr, "analyst's password: ")
	a, err := term.ReadPassword(fd)
	fmt.Fprintln(os.Stderr)
	if err != nil {
		return "", err
	}
	fmt.Fprint(os.Stderr, "again: ")
	b, err := term.ReadPassword(fd)
	fmt.Fprintln(os.Stderr)
	if err != nil {
		return "", err
	}
	if string(a) != string(b) {
		return "", errors.New("the passwords differ")
	}
	return string(a), nil
}

type analystListed struct {
	Name    string `json:"name"`
	Address string `json:"address"`
	// Role is whether the address holds FRAUD_ANALYST_ROLE now.
	Role bool `json:"fraud_analyst_role"`
}

func newAnalystList(g *globals) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "list --config FILE [--json]",
		Short: "List the analysts in analysts_dir, and whether each holds FRAUD_ANALYST_ROLE",
		Long: `list prints each analyst in analysts_dir: the name, the address of their key
(read from the keystore's clear part: no password needed) and whether it holds
FRAUD_ANALYST_ROLE on the settlement contract now. --json prints a JSON array
(empty: []) of objects with name, address and fraud_analyst_role.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, cfg, err := g.openChain(cmd, "")
			if err != nil {
				return err
			}
			defer c.Close()
			dir, err := analysts.Open(cfg.AnalystsDir)
			if err != nil {
				return err
			}
			all, err := dir.List()
			if err != nil {
				return err
			}
			out := make([]analystListed, 0, len(all))
			for _, a := range all {
				has, err := c.Settlement.HasRole(cmd.Context(), chain.FraudAnalystRole, a.Address)
				if err != nil {
					return err
				}
				out = append(out, analystListed{Name: a.Name, Address: a.Address.Hex(), Role: has})
			}
			w := cmd.OutOrStdout()
			if asJSON {
				return writeJSON(w, out)
			}
			if len(out) == 0 {
				fmt.Fprintf(w, "no analysts in %s (claims analyst add)\n", dir.Path())
				return nil
			}
			tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "NAME\tADDRESS\tFRAUD_ANALYST_ROLE")
			for _, a := range out {
				fmt.Fprintf(tw, "%s\t%s\t%v\n", a.Name, a.Address, a.Role)
			}
			return tw.Flush()
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print a JSON array")
	config.AddFlags(cmd.Flags(), config.RPC, config.Contracts, config.Analysts)
	return cmd
}

type analystRemoved struct {
	Name    string `json:"name"`
	Address string `json:"address"`
	// Retired is where the keystore was moved; Tx and Block are the revocation's.
	Retired string `json:"retired_keystore"`
	Tx      string `json:"tx"`
	Block   uint64 `json:"block"`
}

func newAnalystRemove(g *globals) *cobra.Command {
	var name string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "remove --config FILE --name NAME [--json]",
		Short: "Revoke an analyst's FRAUD_ANALYST_ROLE and retire their keystore",
		Long: `remove ends an analyst's access: it revokes FRAUD_ANALYST_ROLE from the address
of analysts_dir/NAME.json on the settlement contract, signed by the admin
(admin_keystore, else keystore, with keystore_password_file), and then moves the
keystore to NAME.json.retired-UNIXTIME beside it, so the console no longer takes
the analyst's login. The key is kept: the resolutions it signed name its address.
A console session already open ends at its next decision, which the contract
refuses; restart serve to end it at once.

It prints the name, address, the retired keystore and the revocation's
transaction; --json prints them as one object (name, address, retired_keystore,
tx, block).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := analysts.CheckName(name); err != nil {
				return fmt.Errorf("--name: %w", err)
			}
			c, cfg, err := g.openChain(cmd, config.RoleAdmin)
			if err != nil {
				return err
			}
			defer c.Close()
			dir, err := analysts.Open(cfg.AnalystsDir)
			if err != nil {
				return err
			}
			a, err := dir.Lookup(name)
			if err != nil {
				return err
			}
			// Revoke first: a keystore moved away with the role still granted would leave a
			// working key nobody lists.
			rcpt, err := c.Settlement.RevokeRole(cmd.Context(), chain.FraudAnalystRole, a.Address)
			if err != nil {
				return refusal(fmt.Errorf("revoking FRAUD_ANALYST_ROLE of %s failed; the keystore is untouched: %w", a.Address.Hex(), err),
					c, cfg, config.RoleAdmin, func(string) string { return "" })
			}
			retired, err := dir.Retire(name, time.Now())
			if err != nil {
				return fmt.Errorf("FRAUD_ANALYST_ROLE revoked in tx %s, but the keystore could not be moved: %w", common.Hash(rcpt.TxHash).Hex(), err)
			}
			out := analystRemoved{Name: a.Name, Address: a.Address.Hex(), Retired: retired, Tx: common.Hash(rcpt.TxHash).Hex(), Block: rcpt.Block}
			w := cmd.OutOrStdout()
			if asJSON {
				return writeJSON(w, out)
			}
			fmt.Fprintf(w, "analyst %s (%s): FRAUD_ANALYST_ROLE revoked in tx %s (block %d)\n", out.Name, out.Address, out.Tx, out.Block)
			fmt.Fprintf(w, "keystore retired to %s\n", out.Retired)
			return nil
		},
	}
	cmd.Flags().StringVar(&name, "name", "", "the analyst's login name (required)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the result as one JSON object")
	config.AddFlags(cmd.Flags(), config.RPC, config.Contracts, config.Signer, config.Analysts)
	return cmd
}
