package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/chain"
	"github.com/claimsledger/claims/adjudicator/devstack"
)

var quietLog = slog.New(slog.NewTextHandler(io.Discard, nil))

// runClaims runs the claims command in process and returns what it printed on stdout.
func runClaims(t *testing.T, args ...string) (string, error) {
	t.Helper()
	root := newRoot()
	var out, errOut bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&errOut)
	root.SetArgs(append(args, "--log-level", "warn"))
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	err := root.ExecuteContext(ctx)
	return out.String(), err
}

// mustRun runs the command and fails the test on any error.
func mustRun(t *testing.T, args ...string) string {
	t.Helper()
	out, err := runClaims(t, args...)
	if err != nil {
		t.Fatalf("claims %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return out
}

// mustRefuse runs the command, wants exit status 1 (the contract refused) and an error that
// says every one of want.
func mustRefuse(t *testing.T, want []string, args ...string) string {
	t.Helper()
	out, err := runClaims(t, args...)
	var ee *exitError
	if !errors.As(err, &ee) || ee.code != 1 {
		t.Fatalf("claims %s: err = %v, want exit status 1\n%s", strings.Join(args, " "), err, out)
	}
	for _, w := range want {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("claims %s: error %q does not say %q", strings.Join(args, " "), err, w)
		}
	}
	return err.Error()
}

func listJSON(t *testing.T, cfg string, extra ...string) map[string]providerEntry {
	t.Helper()
	out := mustRun(t, append([]string{"provider", "list", "--json", "--config", cfg}, extra...)...)
	var entries []providerEntry
	if err := json.Unmarshal([]byte(out), &entries); err != nil {
		t.Fatalf("list --json: %v\n%s", err, out)
	}
	byKey := map[string]providerEntry{}
	for _, e := range entries {
		byKey[e.ProviderKey] = e
	}
	return byKey
}

func balanceJSON(t *testing.T, cfg, npi string) providerEntry {
	t.Helper()
	out := mustRun(t, "provider", "balance", "--json", "--npi", npi, "--config", cfg)
	var e providerEntry
	if err := json.Unmarshal([]byte(out), &e); err != nil {
		t.Fatalf("balance --json: %v\n%s", err, out)
	}
	return e
}

func freshAddress(t *testing.T) common.Address {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return crypto.PubkeyToAddress(k.PublicKey)
}

// TestProviderLifecycle walks a provider through the commands against a devstack with its
// config as devnet writes it: register, list, a refused second registration, a payout change,
// a credit from a settled batch, a withdrawal refused inside the challenge window, and the
// withdrawal that moves exactly the credited cents to the payout address.
func TestProviderLifecycle(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	st, err := devstack.Start(ctx, devstack.Options{RPCAddr: "127.0.0.1:0", Partitions: 1, Logger: quietLog})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(st.Close)
	cfg := filepath.Join(t.TempDir(), "devnet.yaml")
	if _, err := writeDevnetConfig(cfg, st); err != nil {
		t.Fatal(err)
	}
	const (
		npi      = "1234567893" // in the bundled provider directory
		outsider = "1558598797" // a valid NPI that is not
		stranger = "1720029960" // in the directory, never registered
	)
	key := keyHex(st.Keyer.Provider(npi))
	first, second := st.Chain.Address(devstack.ProviderKey), freshAddress(t)

	// add, then list shows it with the NPI recovered from the bundled directory.
	out := mustRun(t, "provider", "add", "--npi", npi, "--payout", first.Hex(), "--config", cfg)
	for _, w := range []string{"registered NPI " + npi, key, first.Hex(), "takes effect immediately", "tx 0x"} {
		if !strings.Contains(out, w) {
			t.Errorf("add printed %q, missing %q", out, w)
		}
	}
	e, ok := listJSON(t, cfg)[key]
	if !ok || e.NPI != npi || e.Payout != first.Hex() || e.PendingPayout != "" {
		t.Fatalf("list --json entry for %s = %+v (found %v), want npi %s paid at %s", key, e, ok, npi, first.Hex())
	}

	// A second registration is refused and points at set-payout.
	mustRefuse(t, []string{"NPI " + npi + " is already registered", "paid at " + first.Hex(), "claims provider set-payout --npi " + npi},
		"provider", "add", "--npi", npi, "--payout", second.Hex(), "--config", cfg)

	// A provider outside the directory is listed by key only, unless --npi names it.
	mustRun(t, "provider", "add", "--npi", outsider, "--payout", first.Hex(), "--config", cfg)
	outsiderKey := keyHex(st.Keyer.Provider(outsider))
	if e := listJSON(t, cfg)[outsiderKey]; e.ProviderKey != outsiderKey || e.NPI != "" {
		t.Errorf("outsider without --npi: %+v, want its key and no NPI", e)
	}
	if e := listJSON(t, cfg, "--npi", outsider)[outsiderKey]; e.NPI != outsider {
		t.Errorf("outsider with --npi: %+v, want NPI %s", e, outsider)
	}
	human := mustRun(t, "provider", "list", "--config", cfg)
	if !strings.Contains(human, npi) || !strings.Contains(human, outsiderKey) || strings.Contains(human, outsider) ||
		!strings.Contains(human, "2 providers; NPI recovered for 1") {
		t.Errorf("list:\n%s", human)
	}

	// set-payout: devnet's payout delay is 0, so the new address is in effect at once.
	out = mustRun(t, "provider", "set-payout", "--npi", npi, "--payout", second.Hex(), "--config", cfg)
	for _, w := range []string{"from  " + first.Hex(), "to    " + second.Hex(), "takes effect immediately"} {
		if !strings.Contains(out, w) {
			t.Errorf("set-payout printed %q, missing %q", out, w)
		}
	}
	if e := listJSON(t, cfg)[key]; e.Payout != second.Hex() || e.PendingPayout != "" {
		t.Fatalf("after set-payout: %+v, want paid at %s", e, second.Hex())
	}
	mustRefuse(t, []string{"already paid at " + second.Hex()}, "provider", "set-payout", "--npi", npi, "--payout", second.Hex(), "--config", cfg)
	mustRefuse(t, []string{"NPI " + stranger + " is not registered", "claims provider add --npi " + stranger},
		"provider", "set-payout", "--npi", stranger, "--payout", second.Hex(), "--config", cfg)

	// The adjudicator credits the provider in a batch.
	const credited = 12_345
	backend := st.Chain.Client()
	tx, err := chain.NewTransactor(backend, st.Chain.Transactor(devstack.AdjudicatorKey), chain.WithLogger(quietLog))
	if err != nil {
		t.Fatal(err)
	}
	settle, err := chain.NewSettlement(backend, st.Deployment.Settlement, tx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := settle.Settle(ctx, adjudicator.Batch{
		Partition: 0, From: 0, To: 1, Claims: 1,
		Root: crypto.Keccak256Hash([]byte("root")), PolicyHash: crypto.Keccak256Hash([]byte("policy")),
		Credits: adjudicator.SortedCredits(map[adjudicator.Hash]int64{st.Keyer.Provider(npi): credited}),
	}); err != nil {
		t.Fatal(err)
	}
	if b := balanceJSON(t, cfg, npi); b.PendingCents != credited || b.WithdrawableCents != 0 || b.Payout != second.Hex() || b.NPI != npi {
		t.Fatalf("balance after the batch: %+v, want %d pending, paid at %s", b, credited, second.Hex())
	}
	human = mustRun(t, "provider", "balance", "--npi", npi, "--config", cfg)
	if !strings.Contains(human, "$123.45") || !strings.Contains(human, second.Hex()) {
		t.Errorf("balance:\n%s", human)
	}

	// Inside the challenge window there is nothing to withdraw.
	mustRefuse(t, []string{"NPI " + npi + " has nothing withdrawable now", "$123.45 (12345 cents) is still inside the challenge window"},
		"provider", "withdraw", "--npi", npi, "--config", cfg)

	// Past it, withdraw pays exactly the credit to the payout address in effect.
	if err := st.Chain.AdjustTime(2*st.Settings.ChallengeWindow + time.Second); err != nil {
		t.Fatal(err)
	}
	if b := balanceJSON(t, cfg, npi); b.PendingCents != 0 || b.WithdrawableCents != credited {
		t.Fatalf("balance past the window: %+v, want %d withdrawable", b, credited)
	}
	before, err := chain.TokenBalance(ctx, backend, st.Deployment.Token, adjudicator.Address(second))
	if err != nil {
		t.Fatal(err)
	}
	out = mustRun(t, "provider", "withdraw", "--npi", npi, "--config", cfg)
	for _, w := range []string{"withdrew $123.45 (" + strconv.Itoa(credited) + " cents) for NPI " + npi, "paid to " + second.Hex(), "tx 0x"} {
		if !strings.Contains(out, w) {
			t.Errorf("withdraw printed %q, missing %q", out, w)
		}
	}
	after, err := chain.TokenBalance(ctx, backend, st.Deployment.Token, adjudicator.Address(second))
	if err != nil {
		t.Fatal(err)
	}
	if after-before != credited {
		t.Fatalf("payout address balance moved by %d cents, want %d", after-before, credited)
	}
	if b := balanceJSON(t, cfg, npi); b.WithdrawableCents != 0 || b.WithdrawnCents != credited {
		t.Fatalf("balance after withdrawing: %+v", b)
	}

	// Nothing left, and an unregistered provider has nowhere to be paid.
	mustRefuse(t, []string{"NPI " + npi + " has nothing withdrawable now"}, "provider", "withdraw", "--npi", npi, "--config", cfg)
	mustRefuse(t, []string{"NPI " + stranger + " has no payout address registered"}, "provider", "withdraw", "--npi", stranger, "--config", cfg)
}

// TestProviderFlagsValidated: bad input is refused before anything is read or sent, naming the
// flag. No config is given, so reaching the chain would fail differently.
func TestProviderFlagsValidated(t *testing.T) {
	good := "0x52908400098527886E0F7030069857D2E4169EE7" // EIP-55 test vector
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"add", "--payout", good}, "--npi is required"},
		{[]string{"add", "--npi", "123456789", "--payout", good}, "exactly 10 digits"},
		{[]string{"add", "--npi", "12345678a3", "--payout", good}, "exactly 10 digits"},
		{[]string{"add", "--npi", "1234567890", "--payout", good}, "--npi 1234567890: the check digit is 0 but the first nine digits call for 3"},
		{[]string{"add", "--npi", "1234567893"}, "--payout is required"},
		{[]string{"add", "--npi", "1234567893", "--payout", "52908400098527886E0F7030069857D2E4169EE7"}, "--payout"},
		{[]string{"add", "--npi", "1234567893", "--payout", "0x1234"}, "0x followed by 40 hex digits"},
		{[]string{"add", "--npi", "1234567893", "--payout", "0x0000000000000000000000000000000000000000"}, "zero address"},
		{[]string{"set-payout", "--npi", "1234567893", "--payout", "0x52908400098527886e0F7030069857D2E4169EE7"}, "EIP-55 checksum"},
		{[]string{"list", "--npi", "1234567893,1234567894"}, "--npi 1234567894"},
		{[]string{"balance"}, "--npi is required"},
		{[]string{"withdraw", "--npi", "999"}, "--npi"},
	} {
		_, err := runClaims(t, append([]string{"provider"}, tc.args...)...)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("provider %s: err = %v, want it to say %q", strings.Join(tc.args, " "), err, tc.want)
		}
	}
}

func TestNPICheckDigit(t *testing.T) {
	// CMS's worked example: 123456789 has check digit 3.
	if d := adjudicator.NPICheckDigit("123456789"); d != 3 {
		t.Fatalf("check digit of 123456789 = %d, want 3", d)
	}
	npis, err := bundledNPIs()
	if err != nil {
		t.Fatal(err)
	}
	if len(npis) < 10 {
		t.Fatalf("bundled directory has %d NPIs", len(npis))
	}
	for _, n := range npis {
		if err := checkNPI(n); err != nil {
			t.Errorf("bundled NPI refused: %v", err)
		}
		// Any single-digit change of the check digit is caught.
		for d := byte('0'); d <= '9'; d++ {
			if bad := n[:9] + string(d); bad != n && checkNPI(bad) == nil {
				t.Errorf("%s accepted", bad)
			}
		}
	}
}
