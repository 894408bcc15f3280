package gethtest_test

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"os"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/chain"
	"github.com/claimsledger/claims/adjudicator/chain/devchain"
	"github.com/claimsledger/claims/adjudicator/chain/gethtest"
)

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

// TestGethDevDeploysAndSettles deploys the contracts on a real geth --dev node over HTTP
// JSON-RPC, settles one batch and pays it out, then checks the node is gone after its cleanup.
func TestGethDevDeploysAndSettles(t *testing.T) {
	var pid int
	t.Run("node", func(t *testing.T) {
		node := gethtest.Start(t, gethtest.Options{})
		pid = node.PID()
		ctx := t.Context()
		client := node.Client(t)
		if id, err := client.ChainID(ctx); err != nil || id.Cmp(node.ChainID()) != 0 {
			t.Fatalf("eth_chainId = %v, %v; Start reported %s", id, err, node.ChainID())
		}
		// Every transaction up to the per-transaction cap must fit in a block.
		head, err := client.HeaderByNumber(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		if head.GasLimit < chain.MaxTxGas {
			t.Fatalf("block gas limit %d is below chain.MaxTxGas %d", head.GasLimit, chain.MaxTxGas)
		}

		exerciseContracts(t, node)
	})
	if pid == 0 {
		return // the subtest failed or skipped before the node started
	}
	// Cleanup of the subtest stopped and reaped the node: nothing may be left running.
	if p, err := os.FindProcess(pid); err == nil && p.Signal(syscall.Signal(0)) == nil {
		t.Errorf("geth (pid %d) still exists after its test's cleanup", pid)
	}
}

// Dev keys by role: the contracts want the adjudicator and the guardian apart from every other
// role, so each role gets its own key.
const (
	keyAdmin = iota // also deploys and mints the dev stablecoin
	keyAdjudicator
	keyInsurer
	keyManager
	keyAnalyst
	keyGuardian
	numKeys
)

// exerciseContracts funds one dev key per role from geth's dev account, deploys, funds the
// escrow, settles one batch as the adjudicator and, once the credit is out of its challenge
// window, withdraws it to the provider's payout address; it checks the watermark moved and
// the escrow dropped by what was paid. It is the only part of the test that knows the chain
// package's Deploy and Settlement API.
func exerciseContracts(t *testing.T, node *gethtest.Node) {
	t.Helper()
	const escrowCents, credited = 1_000_000, 4_321
	ctx, cancel := context.WithTimeout(t.Context(), 60*time.Second)
	defer cancel()
	client := node.Client(t)
	opts := []chain.Option{chain.WithPollInterval(50 * time.Millisecond), chain.WithLogger(quiet), chain.WithWaitTimeout(30 * time.Second)}
	addr := func(k int) common.Address { return crypto.PubkeyToAddress(devchain.DevKey(k).PublicKey) }
	auth := func(k int) *bind.TransactOpts { return bind.NewKeyedTransactor(devchain.DevKey(k), node.ChainID()) }
	transactor := func(k int) *chain.Transactor {
		tx, err := chain.NewTransactor(client, auth(k), opts...)
		if err != nil {
			t.Fatal(err)
		}
		return tx
	}

	// Our code signs with its own keys: fund them from geth's dev account.
	var addrs []common.Address
	for k := range numKeys {
		addrs = append(addrs, addr(k))
	}
	node.Fund(t, addrs...)
	for _, a := range addrs {
		if bal, err := client.BalanceAt(ctx, a, nil); err != nil || bal.Cmp(devchain.DevBalance) != 0 {
			t.Fatalf("balance of %s = %v, %v; want %s", a, bal, err, devchain.DevBalance)
		}
	}

	start := time.Now()
	settings := chain.DevSettings()
	// Credits become withdrawable after one to two windows of chain time, which geth --dev
	// advances one block period at a time.
	settings.ChallengeWindow = time.Second
	roles := chain.Roles{Admin: addr(keyAdmin), Adjudicator: addr(keyAdjudicator), Insurer: addr(keyInsurer),
		ProviderManager: addr(keyManager), FraudAnalyst: addr(keyAnalyst), Guardian: addr(keyGuardian)}
	dep, err := chain.Deploy(ctx, client, auth(keyAdmin), chain.DeployConfig{Roles: roles, Settings: settings}, opts...)
	if err != nil {
		t.Fatalf("deploy: %v", err)
	}
	if dep.ChainID != node.ChainID().Uint64() {
		t.Fatalf("deployment chain id %d, node says %s", dep.ChainID, node.ChainID())
	}
	if err := chain.MintEscrow(ctx, client, auth(keyAdmin), auth(keyInsurer), dep, escrowCents, opts...); err != nil {
		t.Fatalf("fund escrow: %v", err)
	}
	provider := crypto.Keccak256Hash([]byte("gethtest provider"))
	payout := common.HexToAddress("0x00000000000000000000000000000000000fee01")
	reg, err := chain.NewProviderRegistry(client, dep.Providers, transactor(keyManager), opts...)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := reg.Register(ctx, provider, payout); err != nil {
		t.Fatalf("register provider: %v", err)
	}
	t.Logf("deployed, funded and registered in %v: %+v", time.Since(start).Round(time.Millisecond), dep)

	s, err := chain.NewSettlement(client, dep.Settlement, transactor(keyAdjudicator), chain.WithFromBlock(dep.Block))
	if err != nil {
		t.Fatal(err)
	}
	escrowBefore, err := s.EscrowBalance(ctx)
	if err != nil || escrowBefore != escrowCents {
		t.Fatalf("escrow before = %d, %v; want %d", escrowBefore, err, escrowCents)
	}
	if next, err := s.NextOffset(ctx, 2); err != nil || next != 0 {
		t.Fatalf("NextOffset(2) before = %d, %v; want 0", next, err)
	}
	b := adjudicator.Batch{
		Partition: 2, From: 0, To: 3,
		Root:       crypto.Keccak256Hash([]byte("gethtest root")),
		PolicyHash: crypto.Keccak256Hash([]byte("gethtest policy")),
		Claims:     3,
		Credits:    []adjudicator.Credit{{Provider: provider, Cents: credited}},
		Pended:     []adjudicator.Hash{crypto.Keccak256Hash([]byte("gethtest pended claim"))},
	}
	start = time.Now()
	rcpt, err := s.Settle(ctx, b)
	if err != nil {
		t.Fatalf("settle: %v", err)
	}
	t.Logf("settled in %v: block %d, %d gas", time.Since(start).Round(time.Millisecond), rcpt.Block, rcpt.GasUsed)
	if next, err := s.NextOffset(ctx, 2); err != nil || next != b.To {
		t.Fatalf("NextOffset(2) after = %d, %v; want %d", next, err, b.To)
	}
	// A replay is refused in the preflight, with the revert decoded from geth's JSON-RPC error.
	if _, err := s.Settle(ctx, b); !errors.Is(err, adjudicator.ErrBatchConflict) {
		t.Fatalf("replayed batch: err = %v, want ErrBatchConflict", err)
	}

	// The credit waits out the challenge window inside the escrow, then anyone may pay it out.
	start = time.Now()
	for {
		bal, err := s.BalanceOf(ctx, provider)
		if err != nil {
			t.Fatal(err)
		}
		if bal.Withdrawable == credited {
			break
		}
		if bal.Pending+bal.Withdrawable != credited {
			t.Fatalf("provider balance %+v, want %d cents pending or withdrawable", bal, credited)
		}
		select {
		case <-ctx.Done():
			t.Fatalf("credit not withdrawable after %v: %+v", time.Since(start).Round(time.Millisecond), bal)
		case <-time.After(200 * time.Millisecond):
		}
	}
	t.Logf("credit withdrawable after %v", time.Since(start).Round(time.Millisecond))
	if w, err := s.Withdraw(ctx, provider); err != nil || w.Cents != credited || w.Payout != payout {
		t.Fatalf("withdraw = %+v, %v; want %d cents to %s", w, err, credited, payout)
	}
	if got, err := s.EscrowBalance(ctx); err != nil || got != escrowBefore-credited {
		t.Fatalf("escrow after = %d, %v; want %d", got, err, escrowBefore-credited)
	}
	if got, err := chain.TokenBalance(ctx, client, dep.Token, adjudicator.Address(payout)); err != nil || got != credited {
		t.Fatalf("payout address balance = %d, %v; want %d", got, err, credited)
	}
}
