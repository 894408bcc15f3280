package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/chain"
	"github.com/claimsledger/claims/adjudicator/chain/devchain"
	"github.com/claimsledger/claims/adjudicator/chain/gethtest"
	"github.com/claimsledger/claims/adjudicator/config"
	"github.com/claimsledger/claims/adjudicator/eligcache/redistest"
	"github.com/claimsledger/claims/adjudicator/intake/kafkatest"
	"github.com/claimsledger/claims/adjudicator/privacy"
	"github.com/claimsledger/claims/adjudicator/sample"
	"github.com/claimsledger/claims/adjudicator/service"
)

// TestGethDeployServeKillAuditVerify runs the product against a real Ethereum node: geth --dev,
// built from the go-ethereum module in go.mod, over HTTP JSON-RPC. `claims deploy` deploys the
// contracts with one key per role; the insurer records the sample's coverage; `claims serve`
// is killed with SIGKILL between a settlement receipt and its publication and started again;
// then `claims audit` must balance and `claims verify --all` must prove and replay every claim.
func TestGethDeployServeKillAuditVerify(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end against geth --dev")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	bin := buildBinary(t)
	node := gethtest.Start(t, gethtest.Options{})
	broker := kafkatest.New(t, 4)
	redis := redistest.New(t)
	dir := t.TempDir()

	// One key per role, funded by geth's dev account; keystores named by role.
	roles := []string{"admin", "adjudicator", "insurer", "provider_manager", "fraud_analyst", "guardian"}
	password := randomHex(t, 16)
	ks := keystore.NewKeyStore(filepath.Join(dir, "keystore"), keystore.LightScryptN, keystore.LightScryptP)
	files := map[string]string{}
	var addrs []common.Address
	for i, role := range roles {
		key := devchain.DevKey(100 + i)
		acct, err := ks.ImportECDSA(key, password)
		if err != nil {
			t.Fatal(err)
		}
		files[role] = acct.URL.Path
		addrs = append(addrs, crypto.PubkeyToAddress(key.PublicKey))
	}
	node.Fund(t, addrs...)
	for name, content := range map[string]string{"password": password, "hmac.hex": randomHex(t, 32), "payload.hex": randomHex(t, 32)} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content+"\n"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	cfgPath := filepath.Join(dir, "claims.yaml")
	yml := fmt.Sprintf(`# geth --dev integration test
brokers: [%s]
redis_addrs: [%s]
rpc_url: %s
partitions: 4
keystore: %s
admin_keystore: %s
insurer_keystore: %s
provider_manager_keystore: %s
fraud_analyst_keystore: %s
guardian_keystore: %s
keystore_password_file: password
hmac_secret_file: hmac.hex
payload_key_file: payload.hex
deploy:
  dev: true
`, strings.Join(broker.Addrs(), ", "), redis.Addr(), node.URL(), files["adjudicator"], files["admin"], files["insurer"],
		files["provider_manager"], files["fraud_analyst"], files["guardian"])
	if err := os.WriteFile(cfgPath, []byte(yml), 0o600); err != nil {
		t.Fatal(err)
	}

	out, err := exec.Command(bin, "deploy", "--config", cfgPath, "--dev-token", "--escrow-cents", "100000000000").CombinedOutput()
	if err != nil {
		t.Fatalf("claims deploy: %v\n%s", err, out)
	}
	cfg, err := config.Load(cfgPath, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.SettlementAddress == "" || cfg.ProvidersAddress == "" || cfg.FromBlock == 0 {
		t.Fatalf("deploy did not write the addresses back: %+v\n%s", cfg, out)
	}

	// The insurer records the sample's coverage, keyed by the members' keyed hashes.
	client := node.Client(t)
	keyer, err := privacy.NewKeyer(cfg.HMACSecret)
	if err != nil {
		t.Fatal(err)
	}
	insurer, err := chain.NewTransactor(client, bind.NewKeyedTransactor(devchain.DevKey(102), node.ChainID()))
	if err != nil {
		t.Fatal(err)
	}
	registry, err := chain.NewRegistry(client, common.HexToAddress(cfg.RegistryAddress), insurer)
	if err != nil {
		t.Fatal(err)
	}
	cov, err := sample.Eligibility()
	if err != nil {
		t.Fatal(err)
	}
	byKey := map[adjudicator.Hash][]adjudicator.Span{}
	for id, spans := range cov {
		byKey[keyer.Member(id)] = spans
	}
	if _, err := registry.SetCoverageBatch(ctx, byKey); err != nil {
		t.Fatal(err)
	}

	want := submitSample(t, bin, cfgPath)
	serveArgs := []string{"serve", "--config", cfgPath, "--batch-size", "100", "--linger", "200ms", "--log-level", "warn"}
	p := start(t, bin, []string{"CLAIMS_CHAOS_KILL=settled:2"}, serveArgs...)
	if ee := p.wait(t, 5*time.Minute); !killedBySIGKILL(ee) {
		t.Fatalf("serve ended with %v, want SIGKILL after the second settlement:\n%s", ee, tail(p.log.String(), 3000))
	}
	p = start(t, bin, nil, serveArgs...)
	waitDecided(t, bin, cfgPath, want, 5*time.Minute)
	_ = p.cmd.Process.Signal(syscall.SIGTERM)
	if ee := p.wait(t, time.Minute); ee != nil {
		t.Fatalf("serve after SIGTERM: %v", ee)
	}
	assertBalanced(t, bin, cfgPath, want)

	cmd := exec.Command(bin, "verify", "--config", cfgPath, "--all", "--json")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("claims verify: %v\n%s\n%s", err, tail(stdout.String(), 3000), tail(stderr.String(), 3000))
	}
	var rep service.VerifyReport
	if err := json.Unmarshal(stdout.Bytes(), &rep); err != nil {
		t.Fatalf("verify output: %v\n%s", err, stdout.String())
	}
	if rep.Checked != want || rep.Verified != want || len(rep.Failed) != 0 {
		t.Fatalf("verify --all: checked %d, verified %d, failed %d; want %d of %d", rep.Checked, rep.Verified, len(rep.Failed), want, want)
	}
	settlement, err := chain.NewSettlement(client, common.HexToAddress(cfg.SettlementAddress), nil, chain.WithFromBlock(cfg.FromBlock))
	if err != nil {
		t.Fatal(err)
	}
	ledger, err := settlement.Ledger(ctx, cfg.FromBlock)
	if err != nil {
		t.Fatal(err)
	}
	var gas uint64
	for _, b := range ledger.Batches {
		gas += b.GasUsed
	}
	t.Logf("geth --dev: %d claims in %d batches, %d gas per claim", want, len(ledger.Batches), gas/uint64(want))
}

func randomHex(t *testing.T, n int) string {
	t.Helper()
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	return hex.EncodeToString(b)
}
