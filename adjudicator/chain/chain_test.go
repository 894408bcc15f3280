package chain_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"reflect"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/chain"
	"github.com/claimsledger/claims/adjudicator/chain/devchain"
	"github.com/claimsledger/claims/adjudicator/merkle"
	"github.com/claimsledger/claims/bindings/settlement"
)

const escrowCents = 100_000_000 // $1,000,000.00

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

// Dev keys by role.
const (
	keyAdmin = iota
	keyAdjudicator
	keyInsurer
	keyManager
	keyAnalyst
	keyGuardian
	keyProvider
	keySpare
	numKeys
)

// env is one deployed dev chain reached through one transport.
type env struct {
	chain   *devchain.Chain
	backend chain.Backend
	dep     chain.Deployment
	settle  *chain.Settlement // signs as the adjudicator
	reg     *chain.Registry   // signs as the insurer
	copts   []chain.Option
}

type transport struct {
	name string
	http bool
}

var transports = []transport{{"inprocess", false}, {"http", true}}

// forEachTransport runs fn against a fresh chain reached in process and over HTTP JSON-RPC.
func forEachTransport(t *testing.T, blockInterval time.Duration, fn func(t *testing.T, e *env)) {
	t.Helper()
	for _, tr := range transports {
		t.Run(tr.name, func(t *testing.T) {
			fn(t, newEnv(t, tr.http, blockInterval))
		})
	}
}

func devRoles(dc *devchain.Chain) chain.Roles {
	return chain.Roles{
		Admin: dc.Address(keyAdmin), Adjudicator: dc.Address(keyAdjudicator), Insurer: dc.Address(keyInsurer),
		ProviderManager: dc.Address(keyManager), FraudAnalyst: dc.Address(keyAnalyst), Guardian: dc.Address(keyGuardian),
	}
}

func newEnv(t *testing.T, overHTTP bool, blockInterval time.Duration) *env {
	t.Helper()
	ctx := context.Background()
	opts := devchain.Options{Accounts: numKeys, BlockInterval: blockInterval, Logger: quiet}
	if overHTTP {
		opts.HTTPAddr = "127.0.0.1:0"
	}
	dc, err := devchain.Start(ctx, opts)
	if err != nil {
		t.Fatalf("start dev chain: %v", err)
	}
	t.Cleanup(func() {
		if err := dc.Close(); err != nil {
			t.Errorf("close dev chain: %v", err)
		}
	})
	var backend chain.Backend = dc.Client()
	if overHTTP {
		cl, err := dc.Dial(ctx)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(cl.Close)
		backend = cl
	}
	e := &env{chain: dc, backend: backend}
	e.copts = []chain.Option{chain.WithPollInterval(20 * time.Millisecond), chain.WithLogger(quiet), chain.WithWaitTimeout(30 * time.Second)}
	if blockInterval < 0 {
		// Manual mining: the test commits; deploy by committing in the background.
		stop := autoCommit(dc)
		defer stop()
	}
	e.dep, err = chain.Deploy(ctx, backend, dc.Transactor(keyAdmin), chain.DeployConfig{Roles: devRoles(dc), Settings: chain.DevSettings()}, e.copts...)
	if err != nil {
		t.Fatalf("deploy: %v", err)
	}
	if err := chain.MintEscrow(ctx, backend, dc.Transactor(keyAdmin), dc.Transactor(keyInsurer), e.dep, escrowCents, e.copts...); err != nil {
		t.Fatalf("fund escrow: %v", err)
	}
	e.settle = e.settlementAs(t, keyAdjudicator)
	insurer := e.transactor(t, keyInsurer)
	if e.reg, err = chain.NewRegistry(backend, e.dep.Registry, insurer, e.copts...); err != nil {
		t.Fatal(err)
	}
	return e
}

func (e *env) transactor(t *testing.T, key int) *chain.Transactor {
	t.Helper()
	tx, err := chain.NewTransactor(e.backend, e.chain.Transactor(key), e.copts...)
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

func (e *env) settlementAs(t *testing.T, key int) *chain.Settlement {
	t.Helper()
	s, err := chain.NewSettlement(e.backend, e.dep.Settlement, e.transactor(t, key), chain.WithFromBlock(e.dep.Block))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// autoCommit mines every few milliseconds until stopped, for chains started without a timer.
func autoCommit(dc *devchain.Chain) (stop func()) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			select {
			case <-done:
				return
			case <-time.After(10 * time.Millisecond):
				dc.Commit()
			}
		}
	}()
	return func() { close(done); wg.Wait() }
}

func ctxT(t *testing.T) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// provider is a provider key; keys sort in the order of their number's hash, so batches sort
// their credits with adjudicator.SortedCredits.
func provider(i int) adjudicator.Hash {
	return crypto.Keccak256Hash([]byte(fmt.Sprint("provider-", i)))
}

func credits(m map[int]int64) []adjudicator.Credit {
	byKey := map[adjudicator.Hash]int64{}
	for i, c := range m {
		byKey[provider(i)] = c
	}
	return adjudicator.SortedCredits(byKey)
}

func hashOf(s string) adjudicator.Hash { return crypto.Keccak256Hash([]byte(s)) }

func escrow(t *testing.T, e *env) int64 {
	t.Helper()
	b, err := e.settle.EscrowBalance(ctxT(t))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func outstanding(t *testing.T, e *env) int64 {
	t.Helper()
	b, err := e.settle.Outstanding(ctxT(t))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func balanceOf(t *testing.T, e *env, p adjudicator.Hash) chain.Balance {
	t.Helper()
	b, err := e.settle.BalanceOf(ctxT(t), p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func hasRole(t *testing.T, e *env, contract common.Address, role string, who common.Address) bool {
	t.Helper()
	c := settlement.NewClaimSettlement() // hasRole has the same ABI on every contract
	var r [32]byte
	if role != "" {
		r = chain.Role(role)
	}
	has, err := bind.Call(c.Instance(e.backend, contract), &bind.CallOpts{Context: ctxT(t)}, c.PackHasRole(r, who), c.UnpackHasRole)
	if err != nil {
		t.Fatal(err)
	}
	return has
}

func TestDeploy(t *testing.T) {
	forEachTransport(t, 25*time.Millisecond, func(t *testing.T, e *env) {
		ctx := ctxT(t)
		if got := escrow(t, e); got != escrowCents {
			t.Fatalf("escrow = %d cents, want %d", got, escrowCents)
		}
		token, err := e.settle.Token(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if token != e.dep.Token {
			t.Fatalf("settlement token = %s, deployment says %s", token, e.dep.Token)
		}
		if e.dep.ChainID != e.chain.ChainID().Uint64() || e.dep.Block == 0 {
			t.Fatalf("deployment = %+v, want chain id %s and a non-genesis block", e.dep, e.chain.ChainID())
		}
		d, err := e.settle.Domain(ctx)
		if err != nil || d.ChainID != e.dep.ChainID || d.Contract != e.dep.Settlement {
			t.Fatalf("Domain = %+v, %v; want chain %d contract %s", d, err, e.dep.ChainID, e.dep.Settlement)
		}
	})
}

// TestDeployGivesEachRoleItsKey: every operational role lands on its own key and nowhere else,
// and a deployer that is not the admin keeps no role at all.
func TestDeployGivesEachRoleItsKey(t *testing.T) {
	e := newEnv(t, false, 25*time.Millisecond)
	ctx := ctxT(t)
	roles := devRoles(e.chain)
	roles.Admin = e.chain.Address(keySpare) // the deployer (keyAdmin) is not the admin here
	dep, err := chain.Deploy(ctx, e.backend, e.chain.Transactor(keyAdmin), chain.DeployConfig{Roles: roles, Settings: chain.DevSettings()}, e.copts...)
	if err != nil {
		t.Fatal(err)
	}
	type grant struct {
		contract common.Address
		role     string
		key      int
	}
	want := []grant{
		{dep.Settlement, "", keySpare}, {dep.Registry, "", keySpare}, {dep.Providers, "", keySpare},
		{dep.Settlement, "ADJUDICATOR_ROLE", keyAdjudicator}, {dep.Settlement, "INSURER_ROLE", keyInsurer},
		{dep.Settlement, "FRAUD_ANALYST_ROLE", keyAnalyst}, {dep.Settlement, "GUARDIAN_ROLE", keyGuardian},
		{dep.Registry, "INSURER_ROLE", keyInsurer}, {dep.Providers, "PROVIDER_MANAGER_ROLE", keyManager},
	}
	for _, g := range want {
		for key := range numKeys {
			got := hasRole(t, e, g.contract, g.role, e.chain.Address(key))
			if got != (key == g.key) {
				t.Errorf("%s role %q: key %d has it = %v, want only key %d", g.contract, g.role, key, got, g.key)
			}
		}
	}

	shared := devRoles(e.chain)
	shared.Guardian = shared.Adjudicator
	if _, err := chain.Deploy(ctx, e.backend, e.chain.Transactor(keyAdmin), chain.DeployConfig{Roles: shared, Settings: chain.DevSettings()}, e.copts...); err == nil {
		t.Fatal("deploy with the guardian on the adjudicator's key succeeded; want it refused")
	}
	missing := devRoles(e.chain)
	missing.FraudAnalyst = common.Address{}
	if _, err := chain.Deploy(ctx, e.backend, e.chain.Transactor(keyAdmin), chain.DeployConfig{Roles: missing, Settings: chain.DevSettings()}, e.copts...); err == nil {
		t.Fatal("deploy with no fraud analyst succeeded; want it refused")
	}
}

func TestSettleBatch(t *testing.T) {
	forEachTransport(t, 25*time.Millisecond, func(t *testing.T, e *env) {
		ctx := ctxT(t)
		pended := []adjudicator.Hash{hashOf("claim-7"), hashOf("claim-9")}
		b := adjudicator.Batch{
			Partition: 3, From: 0, To: 10,
			Root: hashOf("root-1"), PolicyHash: hashOf("policy"), Claims: 9,
			Credits: credits(map[int]int64{1: 12_345, 2: 250}),
			Pended:  pended,
		}
		rcpt, err := e.settle.Settle(ctx, b)
		if err != nil {
			t.Fatalf("settle: %v", err)
		}
		if rcpt.GasUsed == 0 || rcpt.Block == 0 || rcpt.TxHash == (adjudicator.Hash{}) {
			t.Fatalf("receipt = %+v, want gas, block and tx hash", rcpt)
		}
		// Credits wait out the challenge window; no token moves until a provider withdraws.
		if got := balanceOf(t, e, provider(1)); got.Pending != 12_345 || got.Withdrawable != 0 {
			t.Fatalf("provider 1 balance = %+v, want 12345 pending", got)
		}
		if got := escrow(t, e); got != escrowCents {
			t.Fatalf("escrow = %d, want %d (credits stay in the escrow)", got, escrowCents)
		}
		if got := outstanding(t, e); got != 12_595 {
			t.Fatalf("outstanding = %d, want 12595", got)
		}
		if next, err := e.settle.NextOffset(ctx, 3); err != nil || next != 10 {
			t.Fatalf("NextOffset(3) = %d, %v; want 10", next, err)
		}
		if next, err := e.settle.NextOffset(ctx, 0); err != nil || next != 0 {
			t.Fatalf("NextOffset(0) = %d, %v; want 0 (partitions are independent)", next, err)
		}
		sb, ok, err := e.settle.SettledBatch(ctx, 3, 0)
		if err != nil || !ok || sb.Root != b.Root || sb.To != 10 || sb.Receipt.TxHash != rcpt.TxHash || sb.Receipt.BlockHash != rcpt.BlockHash {
			t.Fatalf("SettledBatch(3, 0) = %+v, %v, %v; want root %x to 10 settled by %+v", sb, ok, err, b.Root, rcpt)
		}
		if _, ok, err := e.settle.SettledBatch(ctx, 3, 5); err != nil || ok {
			t.Fatalf("SettledBatch(3, 5) found = %v, %v; want none (batches are keyed by their start)", ok, err)
		}

		l, err := e.settle.Ledger(ctx, e.dep.Block)
		if err != nil {
			t.Fatal(err)
		}
		if len(l.Batches) != 1 {
			t.Fatalf("ledger has %d batches, want 1", len(l.Batches))
		}
		got := l.Batches[0]
		want := chain.BatchSettledEvent{
			BatchID: 1, Partition: 3, From: 0, To: 10, Root: b.Root, PolicyHash: b.PolicyHash, Claims: 9, TotalCredited: 12_595,
			CreditsDigest: chain.CreditsDigest(b.Credits), Epoch: got.Epoch, Credits: b.Credits, TxHash: rcpt.TxHash, Block: rcpt.Block, BlockHash: rcpt.BlockHash, GasUsed: rcpt.GasUsed,
		}
		if !reflect.DeepEqual(got, want) || got.Epoch == 0 {
			t.Fatalf("BatchSettled = %+v\nwant %+v", got, want)
		}
		info, ok, err := e.settle.BatchInfo(ctx, 1)
		if err != nil || !ok || info.Commitment != got.Header().Commitment() || info.Status != chain.BatchSettledStatus || info.Epoch != got.Epoch {
			t.Fatalf("BatchInfo(1) = %+v, %v, %v; want the Go commitment %x of the event's header", info, ok, err, got.Header().Commitment())
		}
		if len(l.Pended) != 2 || l.Pended[0].ClaimKey != pended[0] || l.Pended[1].ClaimKey != pended[1] || l.Pended[0].BatchID != 1 {
			t.Fatalf("ClaimPended = %+v, want both keys in batch 1", l.Pended)
		}

		// Replaying the batch (a redelivery, a second instance) must credit nothing.
		_, err = e.settle.Settle(ctx, b)
		if !errors.Is(err, adjudicator.ErrBatchConflict) {
			t.Fatalf("replay: err = %v, want ErrBatchConflict", err)
		}
		var rev *chain.RevertError
		if !errors.As(err, &rev) || rev.Name != "OffsetMismatch" {
			t.Fatalf("replay: err = %v, want an OffsetMismatch RevertError", err)
		}
		om, ok := rev.Detail.(*settlement.ClaimSettlementOffsetMismatch)
		if !ok || om.Partition != 3 || om.Expected != 10 || om.Given != 0 {
			t.Fatalf("replay detail = %#v, want partition 3 expected 10 given 0", rev.Detail)
		}
		if outstanding(t, e) != 12_595 {
			t.Fatal("replay credited money")
		}
		if n, err := e.settle.BatchCount(ctx); err != nil || n != 1 {
			t.Fatalf("BatchCount = %d, %v; want 1", n, err)
		}

		b2 := adjudicator.Batch{Partition: 3, From: 10, To: 12, Root: hashOf("root-2"), Claims: 2, Credits: credits(map[int]int64{1: 5})}
		if _, err := e.settle.Settle(ctx, b2); err != nil {
			t.Fatalf("second batch: %v", err)
		}
		if got := balanceOf(t, e, provider(1)); got.Pending+got.Withdrawable != 12_350 {
			t.Fatalf("provider 1 balance = %+v, want 12350 in all", got)
		}
	})
}

func TestSettleRejects(t *testing.T) {
	e := newEnv(t, false, 25*time.Millisecond)
	ctx := ctxT(t)
	good := adjudicator.Batch{Partition: 0, From: 0, To: 5, Root: hashOf("root"), Claims: 5}
	tests := []struct {
		name   string
		mutate func(b *adjudicator.Batch)
		revert string // "" means rejected before anything is sent
	}{
		{"insufficient escrow", func(b *adjudicator.Batch) {
			b.Credits = credits(map[int]int64{1: escrowCents + 1})
		}, "InsufficientEscrow"},
		{"gap before watermark", func(b *adjudicator.Batch) { b.From, b.To = 3, 5 }, "OffsetMismatch"},
		{"zero root", func(b *adjudicator.Batch) { b.Root = adjudicator.Hash{} }, "EmptyMerkleRoot"},
		{"more claims than offsets", func(b *adjudicator.Batch) { b.Claims = 6 }, "ClaimCountExceedsRange"},
		{"range over the maximum", func(b *adjudicator.Batch) { b.To = 1 << 62 }, "BatchRangeTooLarge"},
		{"negative credit", func(b *adjudicator.Batch) { b.Credits = credits(map[int]int64{1: -1}) }, ""},
		{"zero provider", func(b *adjudicator.Batch) { b.Credits = []adjudicator.Credit{{Cents: 1}} }, ""},
		{"unsorted credits", func(b *adjudicator.Batch) {
			c := credits(map[int]int64{1: 1, 2: 2})
			b.Credits = []adjudicator.Credit{c[1], c[0]}
		}, ""},
		{"empty range", func(b *adjudicator.Batch) { b.To = b.From }, ""},
		{"negative partition", func(b *adjudicator.Batch) { b.Partition = -1 }, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b := good
			tc.mutate(&b)
			_, err := e.settle.Settle(ctx, b)
			if err == nil {
				t.Fatal("settle succeeded, want an error")
			}
			var rev *chain.RevertError
			isRevert := errors.As(err, &rev)
			switch {
			case tc.revert == "" && isRevert:
				t.Fatalf("err = %v, want a local validation error", err)
			case tc.revert != "" && (!isRevert || rev.Name != tc.revert):
				t.Fatalf("err = %v, want %s revert", err, tc.revert)
			case tc.revert != "" && rev.TxHash != (common.Hash{}):
				t.Fatalf("revert came from a mined tx %s; the preflight should have caught it", rev.TxHash)
			}
			if errors.Is(err, adjudicator.ErrBatchConflict) != (tc.revert == "OffsetMismatch") {
				t.Fatalf("errors.Is(%v, ErrBatchConflict) = %v", err, errors.Is(err, adjudicator.ErrBatchConflict))
			}
		})
	}
	// A batch over the per-batch cap tells the engine to split it.
	over := good
	over.Credits = credits(map[int]int64{1: chain.DevSettings().MaxBatchCents + 1})
	if _, err := e.settle.Settle(ctx, over); !errors.Is(err, adjudicator.ErrBatchTooLarge) {
		t.Fatalf("over the batch cap: err = %v, want ErrBatchTooLarge", err)
	}
	// Every provider credited for the first time writes a new slot (~110k gas): a few hundred
	// do not fit in one transaction.
	huge := good
	m := map[int]int64{}
	for i := range 200 {
		m[i] = 1
	}
	huge.Credits = credits(m)
	if _, err := e.settle.Settle(ctx, huge); !errors.Is(err, chain.ErrExceedsGasCap) {
		t.Fatalf("200 new providers: err = %v, want ErrExceedsGasCap", err)
	}
	if n, err := e.settle.NextOffset(ctx, 0); err != nil || n != 0 {
		t.Fatalf("watermark moved to %d (%v) after rejected batches", n, err)
	}
	if got := outstanding(t, e); got != 0 {
		t.Fatalf("outstanding = %d after rejected batches, want 0", got)
	}

	ro, err := chain.NewSettlement(e.backend, e.dep.Settlement, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ro.Settle(ctx, good); err == nil {
		t.Fatal("read-only settlement settled")
	}
}

// TestSettleRaceMinedRevert makes two instances settle the same range in the same block: both
// pass the preflight, the second reverts on chain, and the mined revert must still come back
// as ErrBatchConflict (decoded by replaying the call).
func TestSettleRaceMinedRevert(t *testing.T) {
	forEachTransport(t, -1, func(t *testing.T, e *env) {
		ctx := ctxT(t)
		// Give a second instance its own key with the role, as a second engine would have.
		c := settlement.NewClaimSettlement()
		stop := autoCommit(e.chain)
		grant := c.PackGrantRole(chain.Role("ADJUDICATOR_ROLE"), e.chain.Address(keySpare))
		if _, err := bind.Transact(c.Instance(e.backend, e.dep.Settlement), e.chain.Transactor(keyAdmin), grant); err != nil {
			t.Fatal(err)
		}
		waitFor(t, func() bool { return hasRole(t, e, e.dep.Settlement, "ADJUDICATOR_ROLE", e.chain.Address(keySpare)) })
		stop()

		s2 := e.settlementAs(t, keySpare)
		b := adjudicator.Batch{Partition: 0, From: 0, To: 4, Root: hashOf("race"), Claims: 4, Credits: credits(map[int]int64{9: 1_000})}
		errs := make(chan error, 2)
		go func() { _, err := e.settle.Settle(ctx, b); errs <- err }()
		waitPending(t, e, keyAdjudicator)
		go func() { _, err := s2.Settle(ctx, b); errs <- err }()
		waitPending(t, e, keySpare)
		e.chain.Commit()

		var ok, conflict int
		for range 2 {
			err := <-errs
			var rev *chain.RevertError
			switch {
			case err == nil:
				ok++
			case errors.Is(err, adjudicator.ErrBatchConflict) && errors.As(err, &rev) && rev.TxHash != (common.Hash{}):
				conflict++
			default:
				t.Fatalf("unexpected settle error: %v", err)
			}
		}
		if ok != 1 || conflict != 1 {
			t.Fatalf("ok = %d, mined conflicts = %d; want one of each", ok, conflict)
		}
		if got := balanceOf(t, e, provider(9)); got.Pending != 1_000 {
			t.Fatalf("provider credited %+v, want 1000 exactly once", got)
		}
	})
}

// waitPending waits until account i has a transaction in the pool. The pool's nonce is live,
// unlike the miner's "pending" block, which is cached for seconds.
func waitPending(t *testing.T, e *env, i int) {
	t.Helper()
	ctx := context.Background()
	waitFor(t, func() bool {
		pending, err1 := e.backend.PendingNonceAt(ctx, e.chain.Address(i))
		mined, err2 := e.chain.Client().NonceAt(ctx, e.chain.Address(i), nil)
		return err1 == nil && err2 == nil && pending > mined
	})
}

func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("condition not met within 20s")
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func TestConcurrentPartitions(t *testing.T) {
	forEachTransport(t, 25*time.Millisecond, func(t *testing.T, e *env) {
		ctx := ctxT(t)
		const partitions, batches = 4, 3
		var wg sync.WaitGroup
		errs := make(chan error, partitions)
		for p := range int32(partitions) {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range int64(batches) {
					b := adjudicator.Batch{Partition: p, From: i * 10, To: i*10 + 10, Root: hashOf(fmt.Sprint(p, i)), Claims: 10,
						Credits: credits(map[int]int64{int(p): 100})}
					if _, err := e.settle.Settle(ctx, b); err != nil {
						errs <- fmt.Errorf("partition %d batch %d: %w", p, i, err)
						return
					}
				}
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Error(err)
		}
		for p := range int32(partitions) {
			if next, err := e.settle.NextOffset(ctx, p); err != nil || next != batches*10 {
				t.Errorf("NextOffset(%d) = %d, %v; want %d", p, next, err, batches*10)
			}
			if got := balanceOf(t, e, provider(int(p))); got.Pending+got.Withdrawable != batches*100 {
				t.Errorf("provider of partition %d has %+v, want %d in all", p, got, batches*100)
			}
		}
		if n, err := e.settle.BatchCount(ctx); err != nil || n != partitions*batches {
			t.Fatalf("BatchCount = %d, %v; want %d", n, err, partitions*batches)
		}
	})
}

// TestSettleGas500 measures 500-claim batches at steady state: providers credited before (their
// ledger slots exist), 2 pended claims, against the target of 1,000 gas per claim. Gas
// is deterministic for the same calldata and state, so this is a check, not a timing.
func TestSettleGas500(t *testing.T) {
	e := newEnv(t, false, 25*time.Millisecond)
	ctx := ctxT(t)
	const claims = 500
	from := int64(0)
	settle := func(providers, offset int, tag string) uint64 {
		t.Helper()
		m := map[int]int64{}
		for i := range providers {
			m[offset+i] = int64(1_000 + i)
		}
		b := adjudicator.Batch{Partition: 0, From: from, To: from + claims, Root: hashOf("root" + tag), PolicyHash: hashOf("policy"),
			Claims: claims, Credits: credits(m), Pended: []adjudicator.Hash{hashOf(tag + "pend-1"), hashOf(tag + "pend-2")}}
		r, err := e.settle.Settle(ctx, b)
		if err != nil {
			t.Fatal(err)
		}
		from += claims
		return r.GasUsed
	}
	first := settle(100, 0, "first")    // 100 providers, all new
	steady20 := settle(20, 0, "s20")    // 20 of them again
	steady50 := settle(50, 20, "s50")   // 50 credited before
	steady100 := settle(100, 0, "s100") // all 100 again
	t.Logf("500 claims, 2 pended: 100 new providers %d gas (%d/claim); steady state 20 providers %d (%d/claim), 50 providers %d (%d/claim), 100 providers %d (%d/claim)",
		first, first/claims, steady20, steady20/claims, steady50, steady50/claims, steady100, steady100/claims)
	if steady20/claims > 1_000 {
		t.Fatalf("steady state with 20 providers costs %d gas per claim, over the 1,000 target", steady20/claims)
	}
}

// TestNonceClashRetries shares one key between two Transactors, as two processes would: each
// one's cached nonce goes stale and its next send must recover by re-reading the nonce.
func TestNonceClashRetries(t *testing.T) {
	e := newEnv(t, false, 25*time.Millisecond)
	ctx := ctxT(t)
	s2 := e.settlementAs(t, keyAdjudicator)
	for i := range int64(4) {
		s := e.settle
		if i%2 == 1 {
			s = s2
		}
		if _, err := s.Settle(ctx, adjudicator.Batch{Partition: 0, From: i, To: i + 1, Root: hashOf("n"), Claims: 1}); err != nil {
			t.Fatalf("settle %d: %v", i, err)
		}
	}
	if next, err := e.settle.NextOffset(ctx, 0); err != nil || next != 4 {
		t.Fatalf("NextOffset = %d, %v; want 4", next, err)
	}
}

// TestLeafHashMatchesEngine: the Go leaf (domain included) is the contract's leafHash.
func TestLeafHashMatchesEngine(t *testing.T) {
	e := newEnv(t, false, 25*time.Millisecond)
	ctx := ctxT(t)
	d, err := e.settle.Domain(ctx)
	if err != nil {
		t.Fatal(err)
	}
	leaf := merkle.Leaf{ChainID: d.ChainID, Contract: d.Contract, ClaimKey: hashOf("claim"), Partition: 7, Offset: 123456,
		ProviderKey: provider(1), Cents: 98_765, Outcome: 2, RecordDigest: hashOf("record")}
	got, err := e.settle.LeafHash(ctx, chain.LeafArgsOf(leaf))
	if err != nil {
		t.Fatal(err)
	}
	if got != leaf.Hash() {
		t.Fatalf("contract leafHash = %x, engine merkle.Leaf.Hash = %x", got, leaf.Hash())
	}
	other := leaf
	other.ChainID++
	if other.Hash() == got {
		t.Fatal("a leaf for another chain hashes the same")
	}
}

func span(plan, start, end string) adjudicator.Span {
	return adjudicator.Span{PlanID: plan, Start: start, End: end}
}

func TestCoverage(t *testing.T) {
	forEachTransport(t, 25*time.Millisecond, func(t *testing.T, e *env) {
		ctx := ctxT(t)
		changed := make(chan adjudicator.Hash, 64)
		watchCtx, stopWatch := context.WithCancel(ctx)
		watchDone := make(chan error, 1)
		go func() {
			watchDone <- e.reg.WatchCoverageChanges(watchCtx, func(m adjudicator.Hash) { changed <- m })
		}()
		t.Cleanup(func() {
			stopWatch()
			if err := <-watchDone; err != nil {
				t.Errorf("watch returned %v after cancel, want nil", err)
			}
		})

		alice := hashOf("member-alice")
		if got, err := e.reg.Coverage(ctx, alice); err != nil || len(got) != 0 {
			t.Fatalf("unknown member coverage = %v, %v; want none", got, err)
		}
		spans := []adjudicator.Span{span("medicare", "2018-01-01", "2018-06-30"), span("medicare-adv", "2018-08-01", "2018-12-31")}
		if _, err := e.reg.SetCoverage(ctx, alice, spans); err != nil {
			t.Fatal(err)
		}
		if got, err := e.reg.Coverage(ctx, alice); err != nil || !slices.Equal(got, spans) {
			t.Fatalf("coverage = %v, %v; want %v", got, err, spans)
		}
		expectChange(t, changed, alice)

		// Shrinking replaces, it does not append.
		if _, err := e.reg.SetCoverage(ctx, alice, spans[1:]); err != nil {
			t.Fatal(err)
		}
		if got, _ := e.reg.Coverage(ctx, alice); !slices.Equal(got, spans[1:]) {
			t.Fatalf("after shrink coverage = %v, want %v", got, spans[1:])
		}
		expectChange(t, changed, alice)

		if _, err := e.reg.ClearCoverage(ctx, alice); err != nil {
			t.Fatal(err)
		}
		if got, _ := e.reg.Coverage(ctx, alice); len(got) != 0 {
			t.Fatalf("after clear coverage = %v, want none", got)
		}
		expectChange(t, changed, alice)

		// Ten members with 31 spans between them, like the Tuva sample, go in one transaction.
		members := map[adjudicator.Hash][]adjudicator.Span{}
		n := 0
		for m := range 10 {
			var ss []adjudicator.Span
			count := 3
			if m == 0 {
				count = 4
			}
			for s := range count {
				year := 2016 + s
				ss = append(ss, span("medicare", fmt.Sprintf("%d-01-01", year), fmt.Sprintf("%d-12-31", year)))
				n++
			}
			members[hashOf(fmt.Sprint("member-", m))] = ss
		}
		if n != 31 {
			t.Fatalf("fixture has %d spans, want 31", n)
		}
		rcpts, err := e.reg.SetCoverageBatch(ctx, members)
		if err != nil {
			t.Fatal(err)
		}
		if len(rcpts) != 1 {
			t.Fatalf("seed took %d transactions, want 1", len(rcpts))
		}
		t.Logf("seeding 10 members / 31 spans: %d gas", rcpts[0].GasUsed)
		seen := map[adjudicator.Hash]bool{}
		for len(seen) < len(members) {
			seen[expectAnyChange(t, changed)] = true
		}
		for m, want := range members {
			if !seen[m] {
				t.Errorf("no change event for member %x", m)
			}
			if got, err := e.reg.Coverage(ctx, m); err != nil || !slices.Equal(got, want) {
				t.Errorf("coverage of %x = %v, %v; want %v", m, got, err, want)
			}
		}
	})
}

func TestSetCoverageBatchSplitsUnderGasCap(t *testing.T) {
	e := newEnv(t, false, 25*time.Millisecond)
	ctx := ctxT(t)
	members := map[adjudicator.Hash][]adjudicator.Span{}
	for m := range 60 {
		members[hashOf(fmt.Sprint("big-", m))] = []adjudicator.Span{
			span("medicare", "2016-01-01", "2016-12-31"), span("medicare", "2017-01-01", "2017-12-31"), span("medicaid", "2018-01-01", "2018-12-31"),
		}
	}
	rcpts, err := e.reg.SetCoverageBatch(ctx, members)
	if err != nil {
		t.Fatal(err)
	}
	if len(rcpts) < 2 {
		t.Fatalf("240 new slots went in %d transaction(s); expected a split", len(rcpts))
	}
	for _, r := range rcpts {
		if r.GasUsed >= chain.MaxTxGas {
			t.Fatalf("chunk used %d gas", r.GasUsed)
		}
	}
	for m, want := range members {
		if got, _ := e.reg.Coverage(ctx, m); !slices.Equal(got, want) {
			t.Fatalf("coverage of %x = %v, want %v", m, got, want)
		}
	}
}

func TestCoverageRejects(t *testing.T) {
	e := newEnv(t, false, 25*time.Millisecond)
	ctx := ctxT(t)
	m := hashOf("m")
	for _, tc := range []struct {
		name  string
		spans []adjudicator.Span
	}{
		{"end before start", []adjudicator.Span{span("medicare", "2018-02-01", "2018-01-31")}},
		{"empty plan", []adjudicator.Span{span("", "2018-01-01", "2018-01-31")}},
		{"plan too long", []adjudicator.Span{span("a-plan-id-longer-than-16", "2018-01-01", "2018-01-31")}},
		{"bad date", []adjudicator.Span{span("medicare", "2018-13-01", "2018-12-31")}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := e.reg.SetCoverage(ctx, m, tc.spans); err == nil {
				t.Fatal("accepted")
			}
		})
	}
	_, err := e.reg.SetCoverage(ctx, adjudicator.Hash{}, []adjudicator.Span{span("medicare", "2018-01-01", "2018-01-31")})
	var rev *chain.RevertError
	if !errors.As(err, &rev) || rev.Name != "EmptyMemberKey" {
		t.Fatalf("zero member key: err = %v, want EmptyMemberKey revert", err)
	}
	ro, err := chain.NewRegistry(e.backend, e.dep.Registry, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ro.SetCoverage(ctx, m, nil); err == nil {
		t.Fatal("read-only registry wrote")
	}
}

func expectChange(t *testing.T, ch <-chan adjudicator.Hash, want adjudicator.Hash) {
	t.Helper()
	if got := expectAnyChange(t, ch); got != want {
		t.Fatalf("change event for %x, want %x", got, want)
	}
}

func expectAnyChange(t *testing.T, ch <-chan adjudicator.Hash) adjudicator.Hash {
	t.Helper()
	select {
	case m := <-ch:
		return m
	case <-time.After(10 * time.Second):
		t.Fatal("no coverage change observed within 10s")
		return adjudicator.Hash{}
	}
}

func TestNewValidates(t *testing.T) {
	e := newEnv(t, false, 25*time.Millisecond)
	key, _ := crypto.GenerateKey()
	for name, err := range map[string]error{
		"nil backend":       errOf(chain.NewTransactor(nil, e.chain.Transactor(0))),
		"nil auth":          errOf(chain.NewTransactor(e.backend, nil)),
		"no signer":         errOf(chain.NewTransactor(e.backend, &bind.TransactOpts{From: e.chain.Address(0)})),
		"gas over cap":      errOf(chain.NewTransactor(e.backend, bind.NewKeyedTransactor(key, e.chain.ChainID()), chain.WithGasLimit(chain.MaxTxGas+1))),
		"zero timeout":      errOf(chain.NewTransactor(e.backend, e.chain.Transactor(0), chain.WithWaitTimeout(0))),
		"zero settlement":   errOf(chain.NewSettlement(e.backend, common.Address{}, nil)),
		"zero registry":     errOf(chain.NewRegistry(e.backend, common.Address{}, nil)),
		"registry nil back": errOf(chain.NewRegistry(nil, e.dep.Registry, nil)),
	} {
		if err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func errOf[T any](_ T, err error) error { return err }

// TestConfirmAcrossReorg reorganizes the chain under a mined settlement. Mined again in the new
// chain, the settlement is followed there and confirmed; replaced by another transaction of the
// same nonce, it is reported as ErrReorged, the range reads as unsettled, and settling it again
// credits the provider once.
func TestConfirmAcrossReorg(t *testing.T) {
	e := newEnv(t, false, -1)
	ctx := ctxT(t)
	cl := e.chain.Client()
	b := adjudicator.Batch{Partition: 1, From: 0, To: 3, Root: hashOf("reorg"), Claims: 3, Credits: credits(map[int]int64{4: 2_500})}

	settle := func() adjudicator.Receipt {
		t.Helper()
		type result struct {
			r   adjudicator.Receipt
			err error
		}
		done := make(chan result, 1)
		go func() { r, err := e.settle.Settle(ctx, b); done <- result{r, err} }()
		waitPending(t, e, keyAdjudicator)
		e.chain.Commit()
		res := <-done
		if res.err != nil {
			t.Fatalf("settle: %v", res.err)
		}
		return res.r
	}
	// confirm runs Confirm at depth 2 while the test mines, and returns its result.
	confirm := func(r adjudicator.Receipt, mine func()) error {
		t.Helper()
		done := make(chan error, 1)
		go func() { done <- e.settle.Confirm(ctx, r, 2) }()
		mine()
		stop := autoCommit(e.chain)
		defer stop()
		select {
		case err := <-done:
			return err
		case <-time.After(20 * time.Second):
			t.Fatal("Confirm did not return within 20s")
			return nil
		}
	}
	parentOf := func(r adjudicator.Receipt) common.Hash {
		t.Helper()
		h, err := cl.HeaderByHash(ctx, r.BlockHash)
		if err != nil {
			t.Fatal(err)
		}
		return h.ParentHash
	}

	first := settle()
	if err := e.chain.Fork(parentOf(first)); err != nil {
		t.Fatalf("fork: %v", err)
	}
	if err := confirm(first, func() {}); err != nil {
		t.Fatalf("settlement mined again after the reorg: Confirm = %v, want nil", err)
	}
	again, err := cl.TransactionReceipt(ctx, first.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	if again.BlockHash == first.BlockHash {
		t.Fatal("the fork did not move the settlement to a new block; the test proves nothing")
	}

	// Drop it for good: reorganize below its new block and replace it with a plain transfer of
	// the same nonce at a higher fee before the new chain is mined.
	moved := adjudicator.Receipt{TxHash: again.TxHash, Block: again.BlockNumber.Uint64(), BlockHash: again.BlockHash}
	tx, _, err := cl.TransactionByHash(ctx, first.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	if err := e.chain.Fork(parentOf(moved)); err != nil {
		t.Fatalf("second fork: %v", err)
	}
	// The settlement is back in the pool once the pool has reset to the new head, which it does
	// asynchronously: until then it still counts nonce 0 as used and refuses the replacement.
	waitFor(t, func() bool {
		_, pending, err := cl.TransactionByHash(ctx, first.TxHash)
		return err == nil && pending
	})
	replaceTx(t, e, keyAdjudicator, tx)
	err = confirm(moved, func() {})
	if !errors.Is(err, adjudicator.ErrReorged) {
		t.Fatalf("Confirm of a dropped settlement = %v, want ErrReorged", err)
	}
	if _, settled, err := e.settle.SettledBatch(ctx, b.Partition, b.From); err != nil || settled {
		t.Fatalf("dropped range reads settled=%v err=%v, want unsettled", settled, err)
	}
	stop := autoCommit(e.chain)
	defer stop()
	if _, err := e.settle.Settle(ctx, b); err != nil {
		t.Fatalf("settle again after the reorg: %v", err)
	}
	if got := balanceOf(t, e, provider(4)); got.Pending != 2_500 {
		t.Fatalf("provider credited %+v after the reorg and resettlement, want 2500 once", got)
	}
}

// replaceTx sends a zero-value transfer to itself from key i with tx's nonce and doubled fees,
// so the pool takes it in tx's place.
func replaceTx(t *testing.T, e *env, i int, tx *types.Transaction) {
	t.Helper()
	self := e.chain.Address(i)
	two := big.NewInt(2)
	repl := types.NewTx(&types.DynamicFeeTx{
		ChainID: e.chain.ChainID(), Nonce: tx.Nonce(), To: &self, Gas: 21_000,
		GasTipCap: new(big.Int).Mul(tx.GasTipCap(), two), GasFeeCap: new(big.Int).Mul(tx.GasFeeCap(), two),
	})
	signed, err := types.SignTx(repl, types.LatestSignerForChainID(e.chain.ChainID()), e.chain.Key(i))
	if err != nil {
		t.Fatal(err)
	}
	if err := e.chain.Client().SendTransaction(context.Background(), signed); err != nil {
		t.Fatalf("replace the settlement in the pool: %v", err)
	}
}
