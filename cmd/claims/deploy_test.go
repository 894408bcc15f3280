package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"

	"github.com/claimsledger/claims/adjudicator/chain"
	"github.com/claimsledger/claims/adjudicator/chain/devchain"
	"github.com/claimsledger/claims/adjudicator/config"
	"github.com/claimsledger/claims/bindings/settlement"
)

// Dev keys of the deploy test, one per role; the deployer is not the admin.
const (
	dkDeployer = iota
	dkAdmin
	dkAdjudicator
	dkInsurer
	dkManager
	dkAnalyst
	dkGuardian // only its address is configured (deploy.guardian_address): held offline
	dkRecorder // likewise (deploy.recorder_address): serve's AccessLog key
	dkSpare
	dkKeys
)

// deployConfigYAML is an operator's config: comments, a nested deploy block, a key deploy does
// not touch. %[1]s is the RPC URL, %[2]s.. the keystores, %[8]s the guardian's address, %[9]s
// the recorder's.
const deployConfigYAML = `# Deployment of the claims contracts (test).
# Each role is its own key.

rpc_url: %[1]s # the dev chain over HTTP
keystore: %[2]s # the adjudicator
deployer_keystore: %[3]s # deploys, then holds nothing
admin_keystore: %[4]s
insurer_keystore: %[5]s # funds the escrow
provider_manager_keystore: %[6]s
fraud_analyst_keystore: %[7]s
keystore_password_file: password.txt
hmac_secret_file: hmac.hex
deploy:
  # The guardian's key is held offline: only its address is here.
  guardian_address: "%[8]s"
  recorder_address: "%[9]s"
  dev: true
  payout_delay: 1h # providers wait an hour for a new payout address
batch_size: 200 # unrelated to deploy; must survive
`

type deployFixture struct {
	chain *devchain.Chain
	dir   string
	yaml  string // the config as written, before any deploy
}

func newDeployFixture(t *testing.T) *deployFixture {
	t.Helper()
	ctx := context.Background()
	dc, err := devchain.Start(ctx, devchain.Options{Accounts: dkKeys, HTTPAddr: "127.0.0.1:0", Logger: quietLog})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = dc.Close() })
	dir := t.TempDir()
	const password = "correct horse battery staple"
	secret := make([]byte, 32)
	if _, err := rand.Read(secret); err != nil {
		t.Fatal(err)
	}
	for name, content := range map[string]string{"password.txt": password + "\n", "hmac.hex": hex.EncodeToString(secret) + "\n"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	ks := keystore.NewKeyStore(filepath.Join(dir, "keys"), keystore.LightScryptN, keystore.LightScryptP)
	paths := map[int]string{}
	for _, i := range []int{dkAdjudicator, dkDeployer, dkAdmin, dkInsurer, dkManager, dkAnalyst} {
		acct, err := ks.ImportECDSA(dc.Key(i), password)
		if err != nil {
			t.Fatal(err)
		}
		rel, err := filepath.Rel(dir, acct.URL.Path) // relative to the config, as operators write them
		if err != nil {
			t.Fatal(err)
		}
		paths[i] = rel
	}
	y := fmt.Sprintf(deployConfigYAML, dc.HTTPURL(), paths[dkAdjudicator], paths[dkDeployer], paths[dkAdmin],
		paths[dkInsurer], paths[dkManager], paths[dkAnalyst], dc.Address(dkGuardian).Hex(), dc.Address(dkRecorder).Hex())
	return &deployFixture{chain: dc, dir: dir, yaml: y}
}

// config writes a variant of the fixture's config (edit may rewrite it) and returns its path.
func (f *deployFixture) config(t *testing.T, name string, edit func(string) string) string {
	t.Helper()
	y := f.yaml
	if edit != nil {
		y = edit(y)
	}
	path := filepath.Join(f.dir, name)
	if err := os.WriteFile(path, []byte(y), 0o640); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, 0o640); err != nil {
		t.Fatal(err)
	}
	return path
}

func dropLine(prefix string) func(string) string {
	return func(y string) string {
		var keep []string
		for _, l := range strings.Split(y, "\n") {
			if !strings.HasPrefix(strings.TrimSpace(l), prefix) {
				keep = append(keep, l)
			}
		}
		return strings.Join(keep, "\n")
	}
}

func hasRoleOn(t *testing.T, backend chain.Backend, contract common.Address, role string, who common.Address) bool {
	t.Helper()
	c := settlement.NewClaimSettlement() // hasRole has the same ABI on every contract
	var r [32]byte
	if role != "" {
		r = chain.Role(role)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	has, err := bind.Call(c.Instance(backend, contract), &bind.CallOpts{Context: ctx}, c.PackHasRole(r, who), c.UnpackHasRole)
	if err != nil {
		t.Fatal(err)
	}
	return has
}

func TestDeploy(t *testing.T) {
	f := newDeployFixture(t)
	backend := f.chain.Client()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()

	t.Run("dry run sends nothing", func(t *testing.T) {
		path := f.config(t, "dry.yaml", nil)
		out := mustRun(t, "deploy", "--config", path, "--dev-token", "--escrow-cents", "1000", "--dry-run")
		for _, w := range []string{
			"dry run: nothing sent", f.chain.Address(dkAdmin).Hex(), f.chain.Address(dkGuardian).Hex(), "deploy.guardian_address",
			"payout_delay 1h0m0s deploy.payout_delay", "challenge_window 30s default", "dev (deploy.dev)",
			"deployer " + f.chain.Address(dkDeployer).Hex(), "no role", "TestStablecoin", "$10.00 (1000 cents)",
			"recorder " + f.chain.Address(dkRecorder).Hex() + " RECORDER_ROLE on AccessLog", "token_address, access_log_address and from_block",
		} {
			if !strings.Contains(strings.Join(strings.Fields(out), " "), w) {
				t.Errorf("dry run output lacks %q:\n%s", w, out)
			}
		}
		if b, _ := os.ReadFile(path); string(b) != f.yaml {
			t.Errorf("dry run changed the config:\n%s", b)
		}
		if n, err := backend.NonceAt(ctx, f.chain.Address(dkDeployer), nil); err != nil || n != 0 {
			t.Errorf("deployer nonce after a dry run = %d, %v; want 0", n, err)
		}
	})

	t.Run("missing roles are named", func(t *testing.T) {
		path := f.config(t, "missing.yaml", func(y string) string { return dropLine("guardian_address")(dropLine("insurer_keystore")(y)) })
		_, err := runClaims(t, "deploy", "--config", path, "--dev-token")
		for _, w := range []string{"no address for the insurer role: set deploy.insurer_address (env CLAIMS_DEPLOY_INSURER_ADDRESS) or insurer_keystore",
			"no address for the guardian role: set deploy.guardian_address"} {
			if err == nil || !strings.Contains(err.Error(), w) {
				t.Errorf("err = %v, want it to say %q", err, w)
			}
		}
	})

	t.Run("the recorder is optional, and never the adjudicator", func(t *testing.T) {
		out := mustRun(t, "deploy", "--config", f.config(t, "norec.yaml", dropLine("recorder_address")), "--dev-token", "--dry-run")
		if !strings.Contains(strings.Join(strings.Fields(out), " "), "recorder none RECORDER_ROLE on AccessLog") || strings.Contains(out, "access_log_address") {
			t.Errorf("dry run without a recorder:\n%s", out)
		}
		shared := f.config(t, "shared.yaml", func(y string) string {
			return strings.Replace(y, f.chain.Address(dkRecorder).Hex(), f.chain.Address(dkAdjudicator).Hex(), 1)
		})
		_, err := runClaims(t, "deploy", "--config", shared, "--dev-token")
		if err == nil || !strings.Contains(err.Error(), "the adjudicator and the recorder share key") {
			t.Errorf("recorder = adjudicator: err = %v, want refused", err)
		}
	})

	t.Run("refuses without a token", func(t *testing.T) {
		path := f.config(t, "notoken.yaml", nil)
		_, err := runClaims(t, "deploy", "--config", path)
		if err == nil || !strings.Contains(err.Error(), "no settlement token: set token_address") || !strings.Contains(err.Error(), "--dev-token") {
			t.Errorf("err = %v, want a refusal naming token_address and --dev-token", err)
		}
		_, err = runClaims(t, "deploy", "--config", path, "--token-address", f.chain.Address(dkSpare).Hex(), "--escrow-cents", "5")
		if err == nil || !strings.Contains(err.Error(), "--escrow-cents needs --dev-token") {
			t.Errorf("err = %v, want --escrow-cents refused without --dev-token", err)
		}
		if n, err := backend.NonceAt(ctx, f.chain.Address(dkDeployer), nil); err != nil || n != 0 {
			t.Errorf("deployer nonce after refusals = %d, %v; want 0", n, err)
		}
	})

	t.Run("deploys, records, grants", func(t *testing.T) {
		path := f.config(t, "claims.yaml", nil)
		out := mustRun(t, "deploy", "--config", path, "--dev-token", "--escrow-cents", "1000")
		t.Logf("deploy printed:\n%s", out)
		for _, w := range []string{"deployed on chain", "escrow funded with $10.00", "wrote settlement_address"} {
			if !strings.Contains(out, w) {
				t.Errorf("deploy output lacks %q:\n%s", w, out)
			}
		}
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("config after deploy:\n%s", b)
		for _, w := range []string{
			"# Deployment of the claims contracts (test).", "# Each role is its own key.", "# the dev chain over HTTP",
			"# deploys, then holds nothing", "# funds the escrow", "# The guardian's key is held offline: only its address is here.",
			"# providers wait an hour for a new payout address", "batch_size: 200 # unrelated to deploy; must survive",
		} {
			if !strings.Contains(string(b), w) {
				t.Errorf("config lost %q:\n%s", w, b)
			}
		}
		if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o640 {
			t.Errorf("config mode = %v, %v; want 0640", fi.Mode(), err)
		}
		cfg, err := config.Load(path, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		if cfg.BatchSize != 200 || cfg.Deploy.GuardianAddress != f.chain.Address(dkGuardian).Hex() || cfg.Deploy.PayoutDelay != time.Hour ||
			cfg.InsurerKeystore == "" || cfg.FromBlock == 0 {
			t.Errorf("config after deploy: %+v", cfg)
		}
		var d chain.Deployment
		for _, a := range []struct {
			key string
			v   string
			dst *common.Address
		}{{"settlement_address", cfg.SettlementAddress, &d.Settlement}, {"registry_address", cfg.RegistryAddress, &d.Registry},
			{"providers_address", cfg.ProvidersAddress, &d.Providers}, {"token_address", cfg.TokenAddress, &d.Token},
			{"access_log_address", cfg.AccessLogAddress, &d.AccessLog}} {
			if !common.IsHexAddress(a.v) {
				t.Fatalf("%s = %q after deploy", a.key, a.v)
			}
			*a.dst = common.HexToAddress(a.v)
			if code, err := backend.CodeAt(ctx, *a.dst, nil); err != nil || len(code) == 0 {
				t.Errorf("%s %s has no code: %v", a.key, a.v, err)
			}
		}

		// Every role on its own key and nowhere else; the deployer holds none.
		grants := []struct {
			contract common.Address
			role     string
			key      int
		}{
			{d.Settlement, "", dkAdmin}, {d.Registry, "", dkAdmin}, {d.Providers, "", dkAdmin},
			{d.Settlement, "ADJUDICATOR_ROLE", dkAdjudicator}, {d.Settlement, "INSURER_ROLE", dkInsurer},
			{d.Settlement, "FRAUD_ANALYST_ROLE", dkAnalyst}, {d.Settlement, "GUARDIAN_ROLE", dkGuardian},
			{d.Registry, "INSURER_ROLE", dkInsurer}, {d.Providers, "PROVIDER_MANAGER_ROLE", dkManager},
			{d.AccessLog, "", dkAdmin}, {d.AccessLog, "RECORDER_ROLE", dkRecorder},
		}
		for _, g := range grants {
			for key := range dkKeys {
				if got := hasRoleOn(t, backend, g.contract, g.role, f.chain.Address(key)); got != (key == g.key) {
					t.Errorf("%s role %q: key %d has it = %v, want only key %d", g.contract, g.role, key, got, g.key)
				}
			}
		}

		s, err := chain.NewSettlement(backend, d.Settlement, nil)
		if err != nil {
			t.Fatal(err)
		}
		if esc, err := s.EscrowBalance(ctx); err != nil || esc != 1000 {
			t.Errorf("escrow = %d, %v; want 1000 cents", esc, err)
		}
		if tok, err := s.Token(ctx); err != nil || tok != d.Token {
			t.Errorf("settlement token = %s, %v; config says %s", tok, err, d.Token)
		}

		// The config works for the other commands as written back, and its payout delay
		// (1h) shows: a registration is pending until it takes effect.
		const npi = "1234567893"
		payout := freshAddress(t)
		out = mustRun(t, "provider", "add", "--npi", npi, "--payout", payout.Hex(), "--config", path)
		if !strings.Contains(out, "payout delay 1h0m0s") || !strings.Contains(out, "takes effect at ") {
			t.Errorf("add with a payout delay printed:\n%s", out)
		}
		var e providerEntry
		for _, x := range listJSON(t, path) {
			e = x
		}
		if e.NPI != npi || e.Payout != "" || e.PendingPayout != payout.Hex() || e.PendingEffectiveAt == "" {
			t.Errorf("pending registration listed as %+v", e)
		}
		mustRefuse(t, []string{"no payout address in effect yet: its registration to " + payout.Hex() + " takes effect at " + e.PendingEffectiveAt},
			"provider", "withdraw", "--npi", npi, "--config", path)

		// Deploying over a config that names contracts is refused.
		_, err = runClaims(t, "deploy", "--config", path, "--token-address", d.Token.Hex())
		if err == nil || !strings.Contains(err.Error(), "already names settlement_address "+cfg.SettlementAddress) {
			t.Errorf("redeploy: err = %v, want a refusal", err)
		}
	})
}
