package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/claimsledger/claims/adjudicator/chain"
	"github.com/claimsledger/claims/adjudicator/config"
	"github.com/claimsledger/claims/adjudicator/service"
)

func newDeploy(g *globals) *cobra.Command {
	var devToken, dryRun, replace bool
	var escrowCents int64
	cmd := &cobra.Command{
		Use:   "deploy --config FILE [--dev-token [--escrow-cents N]] [--dry-run]",
		Short: "Deploy the contracts to a JSON-RPC endpoint and record their addresses in the config",
		Long: `deploy deploys CoverageRegistry, ProviderRegistry and ClaimSettlement (and
AccessLog, when a recorder is configured) to rpc_url, signed by the deployer key
(deployer_keystore, else admin_keystore, else keystore), and writes
settlement_address, registry_address, providers_address, token_address,
access_log_address and from_block into FILE. Everything else in FILE stays as it was:
comments, key order and the other keys (indentation follows the file's own).

Roles, each its own key: the constructors give every role to its configured
address, so the deployer keeps none unless it is also the admin. A role's address
is deploy.<role>_address when set (env CLAIMS_DEPLOY_<ROLE>_ADDRESS), else the
address in that role's keystore file, read without its password:

  admin             deploy.admin_address             admin_keystore
  adjudicator       deploy.adjudicator_address       keystore
  insurer           deploy.insurer_address           insurer_keystore
  provider manager  deploy.provider_manager_address  provider_manager_keystore
  fraud analyst     deploy.fraud_analyst_address     fraud_analyst_keystore
  guardian          deploy.guardian_address          guardian_keystore
  recorder          deploy.recorder_address          recorder_keystore

The recorder (RECORDER_ROLE on AccessLog: serve's writes of who looked at which
claim) is optional: without one, no AccessLog is deployed, and looks at claims
stay queued on the access topic. The adjudicator and the guardian must each have
a key no other role shares (the recorder's included).

Settings: deploy.admin_delay, challenge_window, payout_delay,
escrow_withdrawal_delay, cap_window (durations such as 48h), max_batch_offsets,
max_batch_cents and window_cap_cents; each one unset (or zero) takes the production
default (a 1h challenge window, 48h admin and payout delays, 72h before escrow
can be taken back, $1M per batch, $5M per 24h), or the dev default (no delays, a
30s window) when deploy.dev is true.

Token: token_address names the stablecoin the escrow is paid in. Without it
deploy refuses, unless --dev-token deploys TestStablecoin, a token the deployer
can mint: for dev and test chains only. --escrow-cents N (with --dev-token) mints
N cents to the insurer and funds the escrow with the insurer's key
(insurer_keystore).

A config that already names a settlement_address is refused (its contracts may
hold escrow) unless --replace. --dry-run prints the resolved roles, settings and
token and sends nothing.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			log, err := g.logger(slog.LevelInfo)
			if err != nil {
				return err
			}
			path := config.Path(cmd.Flags(), os.Environ())
			if path == "" && !dryRun {
				return errors.New("--config FILE is required: deploy writes the addresses it deployed into it")
			}
			cfg, err := g.load(cmd.Flags())
			if err != nil {
				return err
			}
			plan, err := planDeploy(cfg, devToken, escrowCents)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if cfg.SettlementAddress != "" && !replace {
				if !dryRun {
					return fmt.Errorf("the config already names settlement_address %s: deploying again would point it at new, empty contracts; pass --replace to deploy anyway", cfg.SettlementAddress)
				}
				fmt.Fprintf(out, "note: the config already names settlement_address %s; a deployment needs --replace\n", cfg.SettlementAddress)
			}
			if dryRun {
				plan.print(out, cfg, path)
				return nil
			}
			if err := cfg.Require(config.NeedRPC); err != nil {
				return err
			}
			ctx := cmd.Context()
			backend, err := service.DialRPC(ctx, cfg.RPCURL)
			if err != nil {
				return err
			}
			defer backend.Close()
			deployer, err := service.Signer(ctx, cfg, config.RoleDeployer, backend)
			if err != nil {
				return err
			}
			opts := []chain.Option{chain.WithLogger(log)}
			d, err := chain.Deploy(ctx, backend, deployer, chain.DeployConfig{Roles: plan.roles, Settings: plan.settings, Token: plan.token}, opts...)
			if err != nil {
				return err
			}
			// Record the addresses before anything else can fail: the contracts exist now.
			written := map[string]any{
				"settlement_address": d.Settlement.Hex(), "registry_address": d.Registry.Hex(),
				"providers_address": d.Providers.Hex(), "token_address": d.Token.Hex(), "from_block": d.Block,
			}
			if d.AccessLog != (common.Address{}) {
				written["access_log_address"] = d.AccessLog.Hex()
			}
			if err := config.UpdateFile(path, written); err != nil {
				fmt.Fprintf(out, "deployed, but could not record it: settlement_address %s registry_address %s providers_address %s token_address %s from_block %d\n",
					d.Settlement.Hex(), d.Registry.Hex(), d.Providers.Hex(), d.Token.Hex(), d.Block)
				return err
			}
			plan.printDeployed(out, d, path)
			if escrowCents > 0 {
				insurer, err := service.Signer(ctx, cfg, config.RoleInsurer, backend)
				if err != nil {
					return fmt.Errorf("fund escrow: %w", err)
				}
				if err := chain.MintEscrow(ctx, backend, deployer, insurer, d, escrowCents, opts...); err != nil {
					return fmt.Errorf("contracts deployed and recorded, but the escrow was not funded: %w", err)
				}
				fmt.Fprintf(out, "escrow funded with %s (%d cents of TestStablecoin minted to the insurer)\n", dollars(escrowCents), escrowCents)
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&devToken, "dev-token", false, "deploy TestStablecoin (mintable by the deployer) when token_address is unset: dev and test chains only")
	cmd.Flags().Int64Var(&escrowCents, "escrow-cents", 0, "with --dev-token: mint this many cents to the insurer and fund the escrow")
	cmd.Flags().BoolVar(&dryRun, "dry-run", false, "print the resolved roles, settings and token; send nothing")
	cmd.Flags().BoolVar(&replace, "replace", false, "deploy even though the config already names a settlement_address")
	config.AddFlags(cmd.Flags(), config.RPC, config.Contracts, config.Signer)
	return cmd
}

// deployRole is one role of a deployment and where its address can come from.
type deployRole struct {
	name     string // as people say it
	key      string // its deploy.<key>_address and <key>_keystore
	grants   string
	address  func(config.DeploySettings) string
	keystore func(config.Config) (path, key string)
	field    func(*chain.Roles) *common.Address
	// optional roles may go unset: what needs them is not deployed.
	optional bool
}

var deployRoles = []deployRole{
	{"admin", "admin", "DEFAULT_ADMIN_ROLE on ClaimSettlement, CoverageRegistry and ProviderRegistry",
		func(d config.DeploySettings) string { return d.AdminAddress },
		func(c config.Config) (string, string) { return c.AdminKeystore, "admin_keystore" },
		func(r *chain.Roles) *common.Address { return &r.Admin }, false},
	{"adjudicator", "adjudicator", "ADJUDICATOR_ROLE on ClaimSettlement",
		func(d config.DeploySettings) string { return d.AdjudicatorAddress },
		func(c config.Config) (string, string) { return c.Keystore, "keystore" },
		func(r *chain.Roles) *common.Address { return &r.Adjudicator }, false},
	{"insurer", "insurer", "INSURER_ROLE on ClaimSettlement and CoverageRegistry",
		func(d config.DeploySettings) string { return d.InsurerAddress },
		func(c config.Config) (string, string) { return c.InsurerKeystore, "insurer_keystore" },
		func(r *chain.Roles) *common.Address { return &r.Insurer }, false},
	{"provider manager", "provider_manager", "PROVIDER_MANAGER_ROLE on ProviderRegistry",
		func(d config.DeploySettings) string { return d.ProviderManagerAddress },
		func(c config.Config) (string, string) { return c.ProviderManagerKeystore, "provider_manager_keystore" },
		func(r *chain.Roles) *common.Address { return &r.ProviderManager }, false},
	{"fraud analyst", "fraud_analyst", "FRAUD_ANALYST_ROLE on ClaimSettlement",
		func(d config.DeploySettings) string { return d.FraudAnalystAddress },
		func(c config.Config) (string, string) { return c.FraudAnalystKeystore, "fraud_analyst_keystore" },
		func(r *chain.Roles) *common.Address { return &r.FraudAnalyst }, false},
	{"guardian", "guardian", "GUARDIAN_ROLE on ClaimSettlement",
		func(d config.DeploySettings) string { return d.GuardianAddress },
		func(c config.Config) (string, string) { return c.GuardianKeystore, "guardian_keystore" },
		func(r *chain.Roles) *common.Address { return &r.Guardian }, false},
	{"recorder", "recorder", "RECORDER_ROLE on AccessLog (optional: unset, no AccessLog)",
		func(d config.DeploySettings) string { return d.RecorderAddress },
		func(c config.Config) (string, string) { return c.RecorderKeystore, "recorder_keystore" },
		func(r *chain.Roles) *common.Address { return &r.Recorder }, true},
}

// deployPlan is a deployment resolved from the config, before anything is sent.
type deployPlan struct {
	roles    chain.Roles
	source   map[string]string // role name -> where its address came from
	settings chain.Settings
	// setBy names the deploy.* keys the config set; the rest are defaults.
	setBy    map[string]bool
	dev      bool
	token    common.Address // zero: deploy TestStablecoin
	escrow   int64
	deployer common.Address
	// deployerFrom is the keystore setting the deployer key comes from.
	deployerFrom string
}

// planDeploy resolves roles, settings and token from cfg, failing with every missing role
// named at once.
func planDeploy(cfg config.Config, devToken bool, escrowCents int64) (deployPlan, error) {
	p := deployPlan{source: map[string]string{}, setBy: map[string]bool{}, dev: cfg.Deploy.Dev, escrow: escrowCents}
	var problems []string
	for _, r := range deployRoles {
		addrKey := "deploy." + r.key + "_address"
		var addr common.Address
		if s := r.address(cfg.Deploy); s != "" {
			if !common.IsHexAddress(s) {
				problems = append(problems, fmt.Sprintf("%s %q is not an address (0x and 40 hex digits)", addrKey, s))
				continue
			}
			addr, p.source[r.name] = common.HexToAddress(s), addrKey
		} else if path, ksKey := r.keystore(cfg); path != "" {
			a, err := keystoreAddress(path)
			if err != nil {
				problems = append(problems, fmt.Sprintf("the %s role: %s: %v", r.name, ksKey, err))
				continue
			}
			addr, p.source[r.name] = a, ksKey+" "+path
		} else if r.optional {
			continue
		} else {
			_, ksKey := r.keystore(cfg)
			problems = append(problems, fmt.Sprintf("no address for the %s role: set %s (env CLAIMS_%s) or %s",
				r.name, addrKey, strings.ToUpper(strings.ReplaceAll(addrKey, ".", "_")), ksKey))
			continue
		}
		if addr == (common.Address{}) {
			problems = append(problems, fmt.Sprintf("the %s role: the zero address cannot hold a role", r.name))
			continue
		}
		*r.field(&p.roles) = addr
	}
	if len(problems) == 0 {
		if err := p.roles.Validate(); err != nil {
			problems = append(problems, err.Error())
		}
	}

	p.settings, p.setBy = deploySettings(cfg.Deploy)
	if err := p.settings.Validate(); err != nil {
		problems = append(problems, err.Error())
	}

	switch {
	case cfg.TokenAddress != "" && devToken:
		problems = append(problems, fmt.Sprintf("--dev-token conflicts with token_address %s: drop --dev-token to use that token, or remove token_address from the config (an earlier deploy may have written it) to deploy a new dev token", cfg.TokenAddress))
	case cfg.TokenAddress != "":
		if !common.IsHexAddress(cfg.TokenAddress) || common.HexToAddress(cfg.TokenAddress) == (common.Address{}) {
			problems = append(problems, fmt.Sprintf("token_address %q is not an address (0x and 40 hex digits)", cfg.TokenAddress))
		} else {
			p.token = common.HexToAddress(cfg.TokenAddress)
		}
	case !devToken:
		problems = append(problems, "no settlement token: set token_address (flag --token-address, env CLAIMS_TOKEN_ADDRESS or YAML) to the stablecoin the escrow is paid in; "+
			"on a dev or test chain, --dev-token deploys TestStablecoin instead (never in production: its deployer can mint it)")
	}
	switch {
	case escrowCents < 0:
		problems = append(problems, fmt.Sprintf("--escrow-cents %d: want a positive amount", escrowCents))
	case escrowCents > 0 && !devToken:
		problems = append(problems, "--escrow-cents needs --dev-token: only the dev token can be minted; with a real stablecoin the insurer funds the escrow")
	case escrowCents > 0 && p.roles.Insurer != (common.Address{}):
		// Funding signs with the insurer's keystore: it must be the key the role goes to.
		path := cfg.KeystoreFor(config.RoleInsurer)
		if path == "" {
			problems = append(problems, "--escrow-cents: no keystore to sign as the insurer: set insurer_keystore")
		} else if a, err := keystoreAddress(path); err != nil {
			problems = append(problems, fmt.Sprintf("--escrow-cents: insurer keystore: %v", err))
		} else if a != p.roles.Insurer {
			problems = append(problems, fmt.Sprintf("--escrow-cents: the insurer keystore %s holds %s, but the insurer role goes to %s; set insurer_keystore to the insurer's key",
				path, a.Hex(), p.roles.Insurer.Hex()))
		}
	}

	p.deployerFrom = cfg.KeystoreFor(config.RoleDeployer)
	if p.deployerFrom == "" {
		problems = append(problems, "no deployer key: set deployer_keystore (else admin_keystore, else keystore)")
	} else if a, err := keystoreAddress(p.deployerFrom); err != nil {
		problems = append(problems, fmt.Sprintf("deployer keystore: %v", err))
	} else {
		p.deployer = a
	}
	if len(problems) > 0 {
		return p, errors.New("deploy: " + strings.Join(problems, "\n  "))
	}
	return p, nil
}

// deploySettings overlays the deploy.* settings that are set on the production (or, with
// deploy.dev, the dev) defaults.
func deploySettings(d config.DeploySettings) (chain.Settings, map[string]bool) {
	s := chain.ProductionSettings()
	if d.Dev {
		s = chain.DevSettings()
	}
	set := map[string]bool{}
	dur := func(name string, v time.Duration, dst *time.Duration) {
		if v != 0 {
			*dst, set[name] = v, true
		}
	}
	dur("admin_delay", d.AdminDelay, &s.AdminDelay)
	dur("challenge_window", d.ChallengeWindow, &s.ChallengeWindow)
	dur("payout_delay", d.PayoutDelay, &s.PayoutDelay)
	dur("escrow_withdrawal_delay", d.EscrowWithdrawalDelay, &s.EscrowWithdrawalDelay)
	dur("cap_window", d.CapWindow, &s.CapWindow)
	if d.MaxBatchOffsets != 0 {
		s.MaxBatchOffsets, set["max_batch_offsets"] = d.MaxBatchOffsets, true
	}
	if d.MaxBatchCents != 0 {
		s.MaxBatchCents, set["max_batch_cents"] = d.MaxBatchCents, true
	}
	if d.WindowCapCents != 0 {
		s.WindowCapCents, set["window_cap_cents"] = d.WindowCapCents, true
	}
	return s, set
}

// keystoreAddress reads the address a go-ethereum keystore file is for from its "address"
// field, which is stored in the clear: no password needed.
func keystoreAddress(path string) (common.Address, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return common.Address{}, err
	}
	var k struct {
		Address string `json:"address"`
	}
	if err := json.Unmarshal(b, &k); err != nil {
		return common.Address{}, fmt.Errorf("%s is not a keystore file: %w", path, err)
	}
	if !common.IsHexAddress(k.Address) {
		return common.Address{}, fmt.Errorf("keystore %s has no address field", path)
	}
	return common.HexToAddress(k.Address), nil
}

func (p deployPlan) print(out io.Writer, cfg config.Config, file string) {
	fmt.Fprintln(out, "dry run: nothing sent")
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "rpc_url\t%s\t\n", orDash(cfg.RPCURL))
	fmt.Fprintf(tw, "deployer\t%s\t%s\n", p.deployer.Hex(), p.deployerFrom)
	if p.token == (common.Address{}) {
		fmt.Fprintf(tw, "token\tTestStablecoin, deployed now\t--dev-token: dev and test chains only\n")
	} else {
		fmt.Fprintf(tw, "token\t%s\ttoken_address\n", p.token.Hex())
	}
	if p.escrow > 0 {
		fmt.Fprintf(tw, "escrow\t%s (%d cents)\tminted to the insurer, who funds the escrow\n", dollars(p.escrow), p.escrow)
	}
	_ = tw.Flush()
	p.printRoles(out)
	defaults := "production"
	if p.dev {
		defaults = "dev (deploy.dev)"
	}
	fmt.Fprintf(out, "settings (unset ones take the %s defaults)\n", defaults)
	tw = tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	s := p.settings
	for _, row := range []struct {
		key, value string
	}{
		{"admin_delay", s.AdminDelay.String()}, {"challenge_window", s.ChallengeWindow.String()},
		{"payout_delay", s.PayoutDelay.String()}, {"escrow_withdrawal_delay", s.EscrowWithdrawalDelay.String()},
		{"max_batch_offsets", fmt.Sprint(s.MaxBatchOffsets)},
		{"max_batch_cents", fmt.Sprintf("%d (%s)", s.MaxBatchCents, dollars(s.MaxBatchCents))},
		{"window_cap_cents", fmt.Sprintf("%d (%s)", s.WindowCapCents, dollars(s.WindowCapCents))},
		{"cap_window", s.CapWindow.String()},
	} {
		from := "default"
		if p.setBy[row.key] {
			from = "deploy." + row.key
		}
		fmt.Fprintf(tw, "  %s\t%s\t%s\n", row.key, row.value, from)
	}
	_ = tw.Flush()
	if file != "" {
		fmt.Fprintf(out, "would write settlement_address, registry_address, providers_address, token_address%s and from_block into %s\n", p.accessLogKey(), file)
	}
}

func (p deployPlan) printRoles(out io.Writer) {
	fmt.Fprintln(out, "roles")
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	for _, r := range deployRoles {
		addr := r.field(&p.roles).Hex()
		if *r.field(&p.roles) == (common.Address{}) {
			addr = "none"
		}
		fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\n", r.name, addr, r.grants, p.source[r.name])
	}
	deployer := "no role"
	if p.deployer == p.roles.Admin {
		deployer = "the admin (deployer_keystore unset or the same key)"
	}
	fmt.Fprintf(tw, "  deployer\t%s\t%s\t%s\n", p.deployer.Hex(), deployer, p.deployerFrom)
	_ = tw.Flush()
}

func (p deployPlan) printDeployed(out io.Writer, d chain.Deployment, file string) {
	fmt.Fprintf(out, "deployed on chain %d from block %d\n", d.ChainID, d.Block)
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	token := "the stablecoin of token_address"
	if p.token == (common.Address{}) {
		token = "TestStablecoin: a dev token its deployer can mint"
	}
	fmt.Fprintf(tw, "  settlement_address\t%s\tClaimSettlement\n", d.Settlement.Hex())
	fmt.Fprintf(tw, "  registry_address\t%s\tCoverageRegistry\n", d.Registry.Hex())
	fmt.Fprintf(tw, "  providers_address\t%s\tProviderRegistry\n", d.Providers.Hex())
	fmt.Fprintf(tw, "  token_address\t%s\t%s\n", d.Token.Hex(), token)
	if d.AccessLog != (common.Address{}) {
		fmt.Fprintf(tw, "  access_log_address\t%s\tAccessLog\n", d.AccessLog.Hex())
	}
	_ = tw.Flush()
	p.printRoles(out)
	fmt.Fprintf(out, "wrote settlement_address, registry_address, providers_address, token_address%s and from_block into %s\n", p.accessLogKey(), file)
	if d.AccessLog == (common.Address{}) {
		fmt.Fprintln(out, "no AccessLog deployed (no recorder role): looks at claims stay queued on the access topic; set deploy.recorder_address or recorder_keystore to deploy one")
	}
}

// accessLogKey is ", access_log_address" when the plan deploys an AccessLog.
func (p deployPlan) accessLogKey() string {
	if p.roles.Recorder == (common.Address{}) {
		return ""
	}
	return ", access_log_address"
}
