package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/chain"
	"github.com/claimsledger/claims/adjudicator/config"
	"github.com/claimsledger/claims/adjudicator/service"
	"github.com/claimsledger/claims/policies"
)

// The provider commands print NPIs, which are public (NPPES publishes every one), and the
// provider keys, addresses and amounts the chain already shows. They never see member or claim
// ids.

const providerExit = `Exit status: 0 done; 1 the contracts refused (the message says why and what to
do instead); 2 bad flags, configuration or connection.`

func newProvider(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "provider",
		Short: "Register where providers are paid, list them, show balances, withdraw",
		Long: `provider is the insurer's provider-manager tool for the ProviderRegistry and the
providers' ledger in ClaimSettlement.

A provider is known on chain only by its provider key, the keyed hash (HMAC with
the config's HMAC secret) of its billing NPI, so every command takes the NPI and
hashes it with the config's secret. Credits accrue per provider key whether or
not it is registered; withdrawals go only to the payout address registered for
it, and a new registration or payout address takes effect only after the
registry's payout delay.

add and set-payout sign as the provider manager (provider_manager_keystore, else
keystore); withdraw signs with provider_keystore, else keystore (anyone may send
a withdrawal: the money only ever goes to the registered payout address); list
and balance only read.

` + providerExit,
		Args: cobra.NoArgs,
	}
	cmd.AddCommand(newProviderAdd(g), newProviderSetPayout(g), newProviderList(g), newProviderBalance(g), newProviderWithdraw(g), newProviderKey(g), newProviderCert(g))
	return cmd
}

func newProviderAdd(g *globals) *cobra.Command {
	var npi, payout string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "add --npi NPI --payout ADDRESS",
		Short: "Register a provider to be paid at ADDRESS, effective after the payout delay",
		Long: `add registers the provider with billing NPI NPI to be paid at ADDRESS (its
0x address, which the provider controls). The registration takes effect after the
registry's payout delay (48 hours by default in production, none on devnet); add
prints when. A provider that is already registered keeps its address: change it
with set-payout.

It then issues the provider's API key for claims serve's HTTP API and prints it
once (the store, in the config's Redis, keeps only its hash; claims provider key
rotate issues another). With --json it prints {"npi", "api_key", "key_id",
"payout", "tx"}.

` + providerExit,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, cfg, to, err := openPayoutChange(cmd, g, npi, payout)
			if err != nil {
				return err
			}
			defer c.Close()
			ctx := cmd.Context()
			key := c.Keyer.Provider(npi)
			s, err := c.Providers.Register(ctx, key, to)
			if err != nil {
				return refusal(err, c, cfg, config.RoleProviderManager, func(name string) string {
					switch name {
					case "ProviderAlreadyRegistered":
						where := ""
						if p, err := c.Providers.PayoutOf(ctx, key); err == nil {
							where = describePayout(p)
						}
						return fmt.Sprintf("NPI %s is already registered%s; to pay it at a new address run: claims provider set-payout --npi %s --payout ADDRESS", npi, where, npi)
					case "ZeroPayoutAddress":
						return "--payout: the zero address cannot receive payments"
					}
					return ""
				})
			}
			out := cmd.OutOrStdout()
			tx := common.Hash(s.Receipt.TxHash).Hex()
			added := struct {
				issuedKey
				Payout string `json:"payout"`
				Tx     string `json:"tx"`
				Note   string `json:"note,omitempty"`
			}{issuedKey: issuedKey{NPI: npi}, Payout: s.Payout.Hex(), Tx: tx}
			if len(cfg.RedisAddrs) == 0 {
				// The provider manager's config need not reach the engine's Redis: the key is
				// then issued where it does, with claims provider key rotate.
				added.Note = "this config names no redis_addrs: no API key issued; issue one where the API's Redis is reachable: claims provider key rotate --npi " + npi
			} else {
				store, done, err := service.OpenAPIKeys(ctx, cfg)
				if err != nil {
					return fmt.Errorf("NPI %s is registered (tx %s), but no API key was issued: %w; issue one with claims provider key rotate --npi %s", npi, tx, err, npi)
				}
				defer done()
				apiKey, k, err := store.Issue(ctx, npi)
				if err != nil {
					return fmt.Errorf("NPI %s is registered (tx %s), but no API key was issued: %w; issue one with claims provider key rotate --npi %s", npi, tx, err, npi)
				}
				added.APIKey, added.KeyID = apiKey, k.ID
			}
			if asJSON {
				return writeJSON(out, added)
			}
			fmt.Fprintf(out, "registered NPI %s (provider key %s) to be paid at %s\n", npi, keyHex(key), s.Payout.Hex())
			fmt.Fprintln(out, effective(s, "withdrawals for it fail"))
			fmt.Fprintf(out, "tx %s (block %d)\n", tx, s.Receipt.Block)
			if added.APIKey != "" {
				printIssued(out, added.issuedKey)
			} else {
				fmt.Fprintln(out, added.Note)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&npi, "npi", "", "the provider's billing NPI (10 digits, with its check digit)")
	cmd.Flags().StringVar(&payout, "payout", "", "the 0x address the provider is paid at")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the registration and the API key as one JSON object")
	config.AddFlags(cmd.Flags(), config.RPC, config.Contracts, config.Signer, config.HMAC, config.Redis)
	return cmd
}

func newProviderSetPayout(g *globals) *cobra.Command {
	var npi, payout string
	cmd := &cobra.Command{
		Use:   "set-payout --npi NPI --payout ADDRESS",
		Short: "Change where a registered provider is paid, effective after the payout delay",
		Long: `set-payout schedules ADDRESS as the new payout address of the provider with
billing NPI NPI. Until it takes effect (after the registry's payout delay)
withdrawals still go to the old address; a change scheduled earlier that has not
taken effect yet is replaced. It prints the old address, the new one and when the
change takes effect. The admin can cancel a change before then.

` + providerExit,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, cfg, to, err := openPayoutChange(cmd, g, npi, payout)
			if err != nil {
				return err
			}
			defer c.Close()
			ctx := cmd.Context()
			key := c.Keyer.Provider(npi)
			before, err := c.Providers.PayoutOf(ctx, key)
			if err != nil {
				return err
			}
			s, err := c.Providers.ChangePayout(ctx, key, to)
			if err != nil {
				return refusal(err, c, cfg, config.RoleProviderManager, func(name string) string {
					switch name {
					case "ProviderNotRegistered":
						return fmt.Sprintf("NPI %s is not registered; register it with: claims provider add --npi %s --payout ADDRESS", npi, npi)
					case "PayoutUnchanged":
						return fmt.Sprintf("NPI %s is already paid at %s; nothing to change", npi, to.Hex())
					case "ZeroPayoutAddress":
						return "--payout: the zero address cannot receive payments"
					}
					return ""
				})
			}
			out := cmd.OutOrStdout()
			fmt.Fprintf(out, "payout of NPI %s (provider key %s) changes\n", npi, keyHex(key))
			if s.Previous == (common.Address{}) {
				fmt.Fprintf(out, "  from  none in effect yet\n")
			} else {
				fmt.Fprintf(out, "  from  %s\n", s.Previous.Hex())
			}
			fmt.Fprintf(out, "  to    %s\n", s.Payout.Hex())
			until := "withdrawals still go to " + s.Previous.Hex()
			if s.Previous == (common.Address{}) {
				until = "withdrawals for it fail"
			}
			fmt.Fprintln(out, effective(s, until))
			if before.Next != (common.Address{}) {
				fmt.Fprintf(out, "this replaces the change to %s scheduled for %s, which had not taken effect\n", before.Next.Hex(), chainTime(before.EffectiveAt))
			}
			fmt.Fprintf(out, "tx %s (block %d)\n", common.Hash(s.Receipt.TxHash).Hex(), s.Receipt.Block)
			return nil
		},
	}
	cmd.Flags().StringVar(&npi, "npi", "", "the provider's billing NPI (10 digits, with its check digit)")
	cmd.Flags().StringVar(&payout, "payout", "", "the new 0x address the provider is paid at")
	config.AddFlags(cmd.Flags(), config.RPC, config.Contracts, config.Signer, config.HMAC)
	return cmd
}

// providerEntry is one provider as list and balance print it. Money is integer cents; times
// are RFC 3339 in UTC, of chain time.
type providerEntry struct {
	// NPI is shown when it could be recovered: it is in the bundled provider directory or was
	// given with --npi. The chain only has the keyed hash.
	NPI         string `json:"npi,omitempty"`
	ProviderKey string `json:"provider_key"`
	// Payout receives withdrawals now; empty when no address is in effect yet.
	Payout string `json:"payout,omitempty"`
	// PendingPayout replaces Payout at PendingEffectiveAt; empty when no change is scheduled.
	PendingPayout      string `json:"pending_payout,omitempty"`
	PendingEffectiveAt string `json:"pending_effective_at,omitempty"`
	// PendingCents are credits still inside their challenge window; WithdrawableCents can be
	// withdrawn now; WithdrawnCents were paid out so far.
	PendingCents      int64 `json:"pending_cents"`
	WithdrawableCents int64 `json:"withdrawable_cents"`
	WithdrawnCents    int64 `json:"withdrawn_cents"`
}

func entryOf(npi string, p chain.Payout, b chain.Balance) providerEntry {
	e := providerEntry{NPI: npi, ProviderKey: keyHex(p.Provider),
		PendingCents: b.Pending, WithdrawableCents: b.Withdrawable, WithdrawnCents: b.Withdrawn}
	if p.Current != (common.Address{}) {
		e.Payout = p.Current.Hex()
	}
	if p.Next != (common.Address{}) {
		e.PendingPayout, e.PendingEffectiveAt = p.Next.Hex(), chainTime(p.EffectiveAt)
	}
	return e
}

func newProviderList(g *globals) *cobra.Command {
	var npis []string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "list [--npi NPI]... [--json]",
		Short: "List every registered provider with its payout address and balance",
		Long: `list shows every provider ever registered (from the registry's
ProviderRegistered events since from_block): its provider key, where it is paid,
a scheduled payout change and when it takes effect, and its balance in the
settlement ledger (pending: inside the challenge window; withdrawable; withdrawn).

The chain holds only keyed hashes, so the NPI is shown when it can be recovered:
the NPIs of the bundled provider directory (policies/providers/data.json) and any
given with --npi are hashed with the config's HMAC secret and matched. Providers
credited but never registered are not listed: see balance.

--json prints a JSON array of objects with npi (when recovered), provider_key,
payout, pending_payout, pending_effective_at (RFC 3339, chain time),
pending_cents, withdrawable_cents and withdrawn_cents.

` + providerExit,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			for _, n := range npis {
				if err := checkNPI(n); err != nil {
					return err
				}
			}
			c, _, err := g.openChain(cmd, "", config.NeedProviders, config.NeedSecret)
			if err != nil {
				return err
			}
			defer c.Close()
			ctx := cmd.Context()
			known, err := bundledNPIs()
			if err != nil {
				return err
			}
			names := map[adjudicator.Hash]string{}
			for _, n := range append(known, npis...) {
				names[c.Keyer.Provider(n)] = n
			}
			payouts, err := c.Providers.Providers(ctx)
			if err != nil {
				return err
			}
			entries := make([]providerEntry, 0, len(payouts))
			for _, p := range payouts {
				b, err := c.Settlement.BalanceOf(ctx, p.Provider)
				if err != nil {
					return err
				}
				entries = append(entries, entryOf(names[p.Provider], p, b))
			}
			out := cmd.OutOrStdout()
			if asJSON {
				return writeJSON(out, entries)
			}
			if len(entries) == 0 {
				fmt.Fprintln(out, "no providers registered")
				return nil
			}
			tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "NPI\tPROVIDER KEY\tPAYOUT\tPENDING\tWITHDRAWABLE\tWITHDRAWN\tPAYOUT CHANGE")
			for _, e := range entries {
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", orDash(e.NPI), e.ProviderKey, orDash(e.Payout),
					dollars(e.PendingCents), dollars(e.WithdrawableCents), dollars(e.WithdrawnCents), change(e))
			}
			if err := tw.Flush(); err != nil {
				return err
			}
			recovered := 0
			for _, e := range entries {
				if e.NPI != "" {
					recovered++
				}
			}
			noun := "providers"
			if len(entries) == 1 {
				noun = "provider"
			}
			fmt.Fprintf(out, "%d %s; NPI recovered for %d (bundled directory and --npi)\n", len(entries), noun, recovered)
			return nil
		},
	}
	cmd.Flags().StringSliceVar(&npis, "npi", nil, "NPIs to recognise besides the bundled directory's (repeat or comma-separate)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print a JSON array")
	config.AddFlags(cmd.Flags(), config.RPC, config.Contracts, config.HMAC)
	return cmd
}

func newProviderBalance(g *globals) *cobra.Command {
	var npi string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "balance --npi NPI [--json]",
		Short: "Show a provider's pending, withdrawable and withdrawn cents and its payout address",
		Long: `balance shows the ledger of the provider with billing NPI NPI: cents pending
(credited, inside the challenge window), withdrawable now, and withdrawn so far,
with the payout address withdrawals go to and any scheduled change. It works for
providers that were credited but never registered, too.

--json prints one object with the fields of list --json.

` + providerExit,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := checkNPI(npi); err != nil {
				return err
			}
			c, _, err := g.openChain(cmd, "", config.NeedProviders, config.NeedSecret)
			if err != nil {
				return err
			}
			defer c.Close()
			ctx := cmd.Context()
			key := c.Keyer.Provider(npi)
			p, err := c.Providers.PayoutOf(ctx, key)
			if err != nil {
				return err
			}
			b, err := c.Settlement.BalanceOf(ctx, key)
			if err != nil {
				return err
			}
			e := entryOf(npi, p, b)
			out := cmd.OutOrStdout()
			if asJSON {
				return writeJSON(out, e)
			}
			fmt.Fprintf(out, "NPI %s (provider key %s)\n", npi, e.ProviderKey)
			tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
			fmt.Fprintf(tw, "  pending\t%s\t(%d cents, inside the challenge window)\n", dollars(b.Pending), b.Pending)
			fmt.Fprintf(tw, "  withdrawable\t%s\t(%d cents)\n", dollars(b.Withdrawable), b.Withdrawable)
			fmt.Fprintf(tw, "  withdrawn\t%s\t(%d cents)\n", dollars(b.Withdrawn), b.Withdrawn)
			switch {
			case e.Payout != "":
				fmt.Fprintf(tw, "  payout\t%s\t\n", e.Payout)
			case e.PendingPayout != "":
				fmt.Fprintf(tw, "  payout\tnone in effect yet\t\n")
			default:
				fmt.Fprintf(tw, "  payout\tnot registered\t(withdrawals fail until: claims provider add --npi %s --payout ADDRESS)\n", npi)
			}
			if e.PendingPayout != "" {
				fmt.Fprintf(tw, "  payout change\t%s\t\n", change(e))
			}
			return tw.Flush()
		},
	}
	cmd.Flags().StringVar(&npi, "npi", "", "the provider's billing NPI")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON object")
	config.AddFlags(cmd.Flags(), config.RPC, config.Contracts, config.HMAC)
	return cmd
}

func newProviderWithdraw(g *globals) *cobra.Command {
	var npi string
	cmd := &cobra.Command{
		Use:   "withdraw --npi NPI",
		Short: "Pay a provider's withdrawable balance to its registered payout address",
		Long: `withdraw sends ClaimSettlement.withdraw for the provider with billing NPI NPI:
everything withdrawable now goes to the payout address registered for it, never
anywhere else, so any key may send it. It signs with provider_keystore (the
provider's own key on devnet), else keystore, and prints the cents moved, the
payout address and the transaction.

Credits become withdrawable after the challenge window; balance shows what is
pending.

` + providerExit,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := checkNPI(npi); err != nil {
				return err
			}
			c, cfg, err := g.openChain(cmd, config.RoleProvider, config.NeedProviders, config.NeedSecret)
			if err != nil {
				return err
			}
			defer c.Close()
			ctx := cmd.Context()
			key := c.Keyer.Provider(npi)
			w, err := c.Settlement.Withdraw(ctx, key)
			if err != nil {
				return refusal(err, c, cfg, config.RoleProvider, func(name string) string {
					switch name {
					case "NothingToWithdraw":
						msg := fmt.Sprintf("NPI %s has nothing withdrawable now", npi)
						if b, err := c.Settlement.BalanceOf(ctx, key); err == nil && b.Pending > 0 {
							msg += fmt.Sprintf(": %s (%d cents) is still inside the challenge window; see claims provider balance --npi %s", dollars(b.Pending), b.Pending, npi)
						}
						return msg
					case "PayoutNotRegistered":
						if p, err := c.Providers.PayoutOf(ctx, key); err == nil && p.Next != (common.Address{}) {
							return fmt.Sprintf("NPI %s has no payout address in effect yet: its registration to %s takes effect at %s", npi, p.Next.Hex(), chainTime(p.EffectiveAt))
						}
						return fmt.Sprintf("NPI %s has no payout address registered, so nothing can be paid; the provider manager registers one with: claims provider add --npi %s --payout ADDRESS", npi, npi)
					}
					return ""
				})
			}
			out := cmd.OutOrStdout()
			fmt.Fprintf(out, "withdrew %s (%d cents) for NPI %s (provider key %s)\n", dollars(w.Cents), w.Cents, npi, keyHex(key))
			fmt.Fprintf(out, "paid to %s\n", w.Payout.Hex())
			fmt.Fprintf(out, "tx %s (block %d)\n", common.Hash(w.Receipt.TxHash).Hex(), w.Receipt.Block)
			return nil
		},
	}
	cmd.Flags().StringVar(&npi, "npi", "", "the provider's billing NPI")
	config.AddFlags(cmd.Flags(), config.RPC, config.Contracts, config.Signer, config.HMAC)
	return cmd
}

// openPayoutChange checks the --npi and --payout of add and set-payout and opens the chain as
// the provider manager. The payout must not be one of the deployment's own contracts.
func openPayoutChange(cmd *cobra.Command, g *globals, npi, payout string) (*service.Chain, config.Config, common.Address, error) {
	if err := checkNPI(npi); err != nil {
		return nil, config.Config{}, common.Address{}, err
	}
	to, err := parsePayout(payout)
	if err != nil {
		return nil, config.Config{}, common.Address{}, err
	}
	c, cfg, err := g.openChain(cmd, config.RoleProviderManager, config.NeedProviders, config.NeedSecret)
	if err != nil {
		return nil, cfg, common.Address{}, err
	}
	if err := notAContract(cfg, to); err != nil {
		c.Close()
		return nil, cfg, common.Address{}, err
	}
	return c, cfg, to, nil
}

// refusal turns a contract's refusal into a sentence and exit status 1. explain names what the
// command knows about its own errors ("" for others); refusals any command can meet (a key
// without its role, settlement paused) are explained here. Other errors pass through (exit 2).
func refusal(err error, c *service.Chain, cfg config.Config, role config.Role, explain func(name string) string) error {
	var rev *chain.RevertError
	if !errors.As(err, &rev) {
		return err
	}
	msg := explain(rev.Name)
	if msg == "" {
		switch rev.Name {
		case "AccessControlUnauthorizedAccount":
			msg = missingRole(c.From, cfg, role, "these contracts")
		case "EnforcedPause":
			msg = "settlement is paused (the guardian paused it); withdrawals resume when the admin unpauses"
		default:
			return &exitError{code: 1, err: err}
		}
	}
	return &exitError{code: 1, err: fmt.Errorf("%s (contract error %s)", msg, rev.Name)}
}

// missingRole says that from, the key cfg signs with as role, does not hold role on where.
func missingRole(from common.Address, cfg config.Config, role config.Role, where string) string {
	name := strings.ReplaceAll(string(role), "_", " ")
	return fmt.Sprintf("the signing key %s (from %s) does not hold the %s role on %s; sign with the %s's keystore (%s_keystore)",
		from.Hex(), orDash(cfg.KeystoreFor(role)), name, where, name, role)
}

// checkNPI accepts a 10-digit NPI whose last digit is its check digit: the Luhn formula over
// the NPI prefixed with 80840 (health applications, United States), as CMS specifies.
func checkNPI(npi string) error {
	if npi == "" {
		return errors.New("--npi is required: the provider's 10-digit National Provider Identifier")
	}
	if len(npi) != 10 || strings.Trim(npi, "0123456789") != "" {
		return fmt.Errorf("--npi %q: an NPI is exactly 10 digits", npi)
	}
	if want := adjudicator.NPICheckDigit(npi[:9]); npi[9]-'0' != want {
		return fmt.Errorf("--npi %s: the check digit is %c but the first nine digits call for %d; is it mistyped?", npi, npi[9], want)
	}
	return nil
}

// parsePayout accepts a 0x address. A mixed-case address must carry a valid EIP-55 checksum:
// a payout address is where money goes, and the checksum catches a mistyped one.
func parsePayout(s string) (common.Address, error) {
	if s == "" {
		return common.Address{}, errors.New("--payout is required: the provider's 0x address that receives its withdrawals")
	}
	if !strings.HasPrefix(s, "0x") && !strings.HasPrefix(s, "0X") || !common.IsHexAddress(s) {
		return common.Address{}, fmt.Errorf("--payout %q: want an address, 0x followed by 40 hex digits", s)
	}
	a := common.HexToAddress(s)
	if a == (common.Address{}) {
		return common.Address{}, errors.New("--payout: the zero address cannot receive payments")
	}
	if body := s[2:]; body != strings.ToLower(body) && body != strings.ToUpper(body) && s[2:] != a.Hex()[2:] {
		return common.Address{}, fmt.Errorf("--payout %s: the EIP-55 checksum (its mix of upper and lower case) does not match; is it mistyped? (all lower case skips the check)", s)
	}
	return a, nil
}

// notAContract refuses to pay providers at one of the deployment's own contracts, where
// tokens would be stuck.
func notAContract(cfg config.Config, a common.Address) error {
	for _, c := range []struct{ name, addr string }{
		{"settlement_address", cfg.SettlementAddress}, {"registry_address", cfg.RegistryAddress},
		{"providers_address", cfg.ProvidersAddress}, {"token_address", cfg.TokenAddress},
	} {
		if c.addr != "" && common.HexToAddress(c.addr) == a {
			return fmt.Errorf("--payout %s is this deployment's %s; tokens sent there would be stuck", a.Hex(), c.name)
		}
	}
	return nil
}

// bundledNPIs are the NPIs of the provider directory in the embedded policy bundle
// (data.providers.npi), sorted.
func bundledNPIs() ([]string, error) {
	b, err := fs.ReadFile(policies.FS(), "providers/data.json")
	if err != nil {
		return nil, fmt.Errorf("bundled provider directory: %w", err)
	}
	var dir struct {
		NPI map[string]json.RawMessage `json:"npi"`
	}
	if err := json.Unmarshal(b, &dir); err != nil {
		return nil, fmt.Errorf("bundled provider directory: %w", err)
	}
	out := make([]string, 0, len(dir.NPI))
	for n := range dir.NPI {
		out = append(out, n)
	}
	sort.Strings(out)
	return out, nil
}

func keyHex(k adjudicator.Hash) string { return common.Hash(k).Hex() }

// effective says when a scheduled payout takes effect, and what happens until then.
func effective(s chain.PayoutSchedule, until string) string {
	if s.EffectiveAt <= s.ScheduledAt {
		return "takes effect immediately (payout delay 0s)"
	}
	delay := time.Duration(s.EffectiveAt-s.ScheduledAt) * time.Second
	return fmt.Sprintf("takes effect at %s (chain time; payout delay %s); until then %s", chainTime(s.EffectiveAt), delay, until)
}

// describePayout is ", paid at X" and/or the scheduled change, for a message.
func describePayout(p chain.Payout) string {
	var parts []string
	if p.Current != (common.Address{}) {
		parts = append(parts, "paid at "+p.Current.Hex())
	}
	if p.Next != (common.Address{}) {
		parts = append(parts, fmt.Sprintf("%s from %s", p.Next.Hex(), chainTime(p.EffectiveAt)))
	}
	if len(parts) == 0 {
		return ""
	}
	return " (" + strings.Join(parts, "; ") + ")"
}

func change(e providerEntry) string {
	if e.PendingPayout == "" {
		return "-"
	}
	return e.PendingPayout + " from " + e.PendingEffectiveAt
}
