package chain_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/chain"
	"github.com/claimsledger/claims/adjudicator/chain/devchain"
	"github.com/claimsledger/claims/adjudicator/merkle"
	"github.com/claimsledger/claims/bindings/settlement"
)

const escrowCents = 100_000_000 // $1,000,000.00

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

// env is one deployed dev chain reached through one transport.
type env struct {
	chain   *devchain.Chain
	backend chain.Backend
	dep     chain.Deployment
	tx      *chain.Transactor
	settle  *chain.Settlement
	reg     *chain.Registry
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

func newEnv(t *testing.T, overHTTP bool, blockInterval time.Duration) *env {
	t.Helper()
	ctx := context.Background()
	opts := devchain.Options{BlockInterval: blockInterval, Logger: quiet}
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
	copts := []chain.Option{chain.WithPollInterval(20 * time.Millisecond), chain.WithLogger(quiet), chain.WithWaitTimeout(30 * time.Second)}
	if blockInterval < 0 {
		// Manual mining: the test commits; deploy by committing in the background.
		stop := autoCommit(dc)
		defer stop()
	}
	e.dep, err = chain.Deploy(ctx, backend, dc.Transactor(0), chain.DeployConfig{EscrowCents: escrowCents}, copts...)
	if err != nil {
		t.Fatalf("deploy: %v", err)
	}
	if e.tx, err = chain.NewTransactor(backend, dc.Transactor(0), copts...); err != nil {
		t.Fatal(err)
	}
	if e.settle, err = chain.NewSettlement(backend, e.dep.Settlement, e.tx); err != nil {
		t.Fatal(err)
	}
	if e.reg, err = chain.NewRegistry(backend, e.dep.Registry, e.tx, copts...); err != nil {
		t.Fatal(err)
	}
	return e
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

func payee(i int) adjudicator.Address {
	return adjudicator.Address(crypto.CreateAddress(common.HexToAddress("0xfee"), uint64(i)))
}

func hashOf(s string) adjudicator.Hash { return crypto.Keccak256Hash([]byte(s)) }

func balance(t *testing.T, e *env, a adjudicator.Address) int64 {
	t.Helper()
	b, err := e.settle.TokenBalance(ctxT(t), a)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func escrow(t *testing.T, e *env) int64 {
	t.Helper()
	b, err := e.settle.EscrowBalance(ctxT(t))
	if err != nil {
		t.Fatal(err)
	}
	return b
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
		c := settlement.NewClaimSettlement()
		has, err := bind.Call(c.Instance(e.backend, e.dep.Settlement), &bind.CallOpts{Context: ctx},
			c.PackHasRole(crypto.Keccak256Hash([]byte("ADJUDICATOR_ROLE")), e.chain.Address(0)), c.UnpackHasRole)
		if err != nil || !has {
			t.Fatalf("deployer has ADJUDICATOR_ROLE = %v, %v; want true", has, err)
		}
	})
}

func TestDeploySeparateRoles(t *testing.T) {
	e := newEnv(t, false, 25*time.Millisecond)
	ctx := ctxT(t)
	dep, err := chain.Deploy(ctx, e.backend, e.chain.Transactor(0), chain.DeployConfig{
		Adjudicator: e.chain.Address(1), Insurer: e.chain.Address(2), Admin: e.chain.Address(3),
	}, chain.WithPollInterval(20*time.Millisecond), chain.WithLogger(quiet))
	if err != nil {
		t.Fatal(err)
	}
	c := settlement.NewClaimSettlement()
	inst := c.Instance(e.backend, dep.Settlement)
	for _, tc := range []struct {
		role    string
		account int
		want    bool
	}{
		{"ADJUDICATOR_ROLE", 1, true},
		{"ADJUDICATOR_ROLE", 2, false},
		{"INSURER_ROLE", 2, true},
		{"INSURER_ROLE", 1, false},
		{"", 3, true}, // DEFAULT_ADMIN_ROLE
	} {
		var r [32]byte
		if tc.role != "" {
			r = crypto.Keccak256Hash([]byte(tc.role))
		}
		has, err := bind.Call(inst, &bind.CallOpts{Context: ctx}, c.PackHasRole(r, e.chain.Address(tc.account)), c.UnpackHasRole)
		if err != nil {
			t.Fatal(err)
		}
		if has != tc.want {
			t.Errorf("account %d has %q = %v, want %v", tc.account, tc.role, has, tc.want)
		}
	}
	// The escrow stays empty without EscrowCents, and a key without ADJUDICATOR_ROLE cannot settle.
	s, err := chain.NewSettlement(e.backend, dep.Settlement, e.tx)
	if err != nil {
		t.Fatal(err)
	}
	_, err = s.Settle(ctx, adjudicator.Batch{Partition: 0, From: 0, To: 1, Root: hashOf("r"), Claims: 1})
	var rev *chain.RevertError
	if !errors.As(err, &rev) || rev.Name != "AccessControlUnauthorizedAccount" {
		t.Fatalf("settle by a non-adjudicator: err = %v, want AccessControlUnauthorizedAccount revert", err)
	}
}

func TestSettleBatch(t *testing.T) {
	forEachTransport(t, 25*time.Millisecond, func(t *testing.T, e *env) {
		ctx := ctxT(t)
		p1, p2, p3 := payee(1), payee(2), payee(3)
		pended := []adjudicator.Hash{hashOf("claim-7"), hashOf("claim-9")}
		b := adjudicator.Batch{
			Partition: 3, From: 0, To: 10,
			Root: hashOf("root-1"), PolicyHash: hashOf("policy"), Claims: 9,
			Payouts: []adjudicator.Payout{{Payee: p1, Cents: 12_345}, {Payee: p2, Cents: 250}, {Payee: p3, Cents: 0}},
			Pended:  pended,
		}
		rcpt, err := e.settle.Settle(ctx, b)
		if err != nil {
			t.Fatalf("settle: %v", err)
		}
		if rcpt.GasUsed == 0 || rcpt.Block == 0 || rcpt.TxHash == (adjudicator.Hash{}) {
			t.Fatalf("receipt = %+v, want gas, block and tx hash", rcpt)
		}

		if got := []int64{balance(t, e, p1), balance(t, e, p2), balance(t, e, p3)}; !slices.Equal(got, []int64{12_345, 250, 0}) {
			t.Fatalf("payee balances = %v, want [12345 250 0]", got)
		}
		if got := escrow(t, e); got != escrowCents-12_595 {
			t.Fatalf("escrow = %d, want %d", got, escrowCents-12_595)
		}
		if next, err := e.settle.NextOffset(ctx, 3); err != nil || next != 10 {
			t.Fatalf("NextOffset(3) = %d, %v; want 10", next, err)
		}
		if next, err := e.settle.NextOffset(ctx, 0); err != nil || next != 0 {
			t.Fatalf("NextOffset(0) = %d, %v; want 0 (partitions are independent)", next, err)
		}
		sb, ok, err := e.settle.SettledBatch(ctx, 3, 0)
		if err != nil || !ok || sb.Root != b.Root || sb.To != 10 {
			t.Fatalf("SettledBatch(3, 0) = %+v, %v, %v; want root %x to 10", sb, ok, err, b.Root)
		}
		if _, ok, err := e.settle.SettledBatch(ctx, 3, 5); err != nil || ok {
			t.Fatalf("SettledBatch(3, 5) found = %v, %v; want none (batches are keyed by their start)", ok, err)
		}
		for _, k := range pended {
			if id, err := e.settle.PendingBatch(ctx, k); err != nil || id != 1 {
				t.Fatalf("PendingBatch(%x) = %d, %v; want 1", k, id, err)
			}
		}
		if root, err := e.settle.BatchRoot(ctx, 1); err != nil || root != b.Root {
			t.Fatalf("BatchRoot(1) = %x, %v; want %x", root, err, b.Root)
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
			BatchID: 1, Partition: 3, From: 0, To: 10, Root: b.Root, PolicyHash: b.PolicyHash, Claims: 9, TotalPaid: 12_595,
			TxHash: rcpt.TxHash, Block: rcpt.Block, GasUsed: rcpt.GasUsed,
		}
		if got != want {
			t.Fatalf("BatchSettled = %+v\nwant %+v", got, want)
		}
		if len(l.Payments) != 2 || l.Payments[0].Payee != p1 || l.Payments[0].Cents != 12_345 || l.Payments[1].Payee != p2 || l.Payments[1].Cents != 250 {
			t.Fatalf("ProviderPaid = %+v, want p1 12345 then p2 250 (zero payouts are not sent)", l.Payments)
		}
		if len(l.Pended) != 2 || l.Pended[0].ClaimKey != pended[0] || l.Pended[1].ClaimKey != pended[1] || l.Pended[0].BatchID != 1 {
			t.Fatalf("ClaimPended = %+v, want both keys in batch 1", l.Pended)
		}

		// Replaying the batch (a redelivery, a second instance) must pay nothing.
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
		if balance(t, e, p1) != 12_345 || escrow(t, e) != escrowCents-12_595 {
			t.Fatal("replay moved money")
		}
		if n, err := e.settle.BatchCount(ctx); err != nil || n != 1 {
			t.Fatalf("BatchCount = %d, %v; want 1", n, err)
		}

		// The next batch continues at the watermark; a claim pended again keeps its first batch.
		b2 := adjudicator.Batch{Partition: 3, From: 10, To: 12, Root: hashOf("root-2"), Claims: 2,
			Payouts: []adjudicator.Payout{{Payee: p1, Cents: 5}}, Pended: []adjudicator.Hash{pended[0], hashOf("claim-11")}}
		if _, err := e.settle.Settle(ctx, b2); err != nil {
			t.Fatalf("second batch: %v", err)
		}
		if id, _ := e.settle.PendingBatch(ctx, pended[0]); id != 1 {
			t.Fatalf("re-pended claim moved to batch %d, want it to stay in 1", id)
		}
		if id, _ := e.settle.PendingBatch(ctx, hashOf("claim-11")); id != 2 {
			t.Fatalf("new pended claim in batch %d, want 2", id)
		}
		if balance(t, e, p1) != 12_350 {
			t.Fatalf("p1 balance = %d, want 12350", balance(t, e, p1))
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
			b.Payouts = []adjudicator.Payout{{Payee: payee(1), Cents: escrowCents + 1}}
		}, "InsufficientEscrow"},
		{"gap before watermark", func(b *adjudicator.Batch) { b.From, b.To = 3, 5 }, "OffsetMismatch"},
		{"zero root", func(b *adjudicator.Batch) { b.Root = adjudicator.Hash{} }, "EmptyMerkleRoot"},
		{"zero pended key", func(b *adjudicator.Batch) { b.Pended = []adjudicator.Hash{{}} }, "EmptyClaimKey"},
		{"negative payout", func(b *adjudicator.Batch) {
			b.Payouts = []adjudicator.Payout{{Payee: payee(1), Cents: -1}}
		}, ""},
		{"zero payee", func(b *adjudicator.Batch) {
			b.Payouts = []adjudicator.Payout{{Cents: 1}}
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
	// Every pended claim writes a new slot (~110k gas): a few hundred do not fit in one transaction.
	huge := good
	for i := range 200 {
		huge.Pended = append(huge.Pended, hashOf(fmt.Sprint("pended-", i)))
	}
	if _, err := e.settle.Settle(ctx, huge); !errors.Is(err, chain.ErrExceedsGasCap) {
		t.Fatalf("200 pended claims: err = %v, want ErrExceedsGasCap", err)
	}
	if n, err := e.settle.NextOffset(ctx, 0); err != nil || n != 0 {
		t.Fatalf("watermark moved to %d (%v) after rejected batches", n, err)
	}
	if got := escrow(t, e); got != escrowCents {
		t.Fatalf("escrow = %d after rejected batches, want %d", got, escrowCents)
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
		other, err := chain.NewTransactor(e.backend, e.chain.Transactor(1), chain.WithPollInterval(10*time.Millisecond), chain.WithLogger(quiet))
		if err != nil {
			t.Fatal(err)
		}
		// Give the second instance its own key with the role, as a second deployment would.
		c := settlement.NewClaimSettlement()
		stop := autoCommit(e.chain)
		grant := c.PackGrantRole(crypto.Keccak256Hash([]byte("ADJUDICATOR_ROLE")), e.chain.Address(1))
		if _, err := bind.Transact(c.Instance(e.backend, e.dep.Settlement), e.chain.Transactor(0), grant); err != nil {
			t.Fatal(err)
		}
		waitFor(t, func() bool {
			has, err := bind.Call(c.Instance(e.backend, e.dep.Settlement), nil, c.PackHasRole(crypto.Keccak256Hash([]byte("ADJUDICATOR_ROLE")), e.chain.Address(1)), c.UnpackHasRole)
			return err == nil && has
		})
		stop()

		s2, err := chain.NewSettlement(e.backend, e.dep.Settlement, other)
		if err != nil {
			t.Fatal(err)
		}
		b := adjudicator.Batch{Partition: 0, From: 0, To: 4, Root: hashOf("race"), Claims: 4,
			Payouts: []adjudicator.Payout{{Payee: payee(9), Cents: 1_000}}}
		errs := make(chan error, 2)
		go func() { _, err := e.settle.Settle(ctx, b); errs <- err }()
		waitPending(t, e, 0)
		go func() { _, err := s2.Settle(ctx, b); errs <- err }()
		waitPending(t, e, 1)
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
		if got := balance(t, e, payee(9)); got != 1_000 {
			t.Fatalf("payee got %d cents, want 1000 exactly once", got)
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
						Payouts: []adjudicator.Payout{{Payee: payee(int(p)), Cents: 100}}}
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
			if got := balance(t, e, payee(int(p))); got != batches*100 {
				t.Errorf("payee of partition %d has %d cents, want %d", p, got, batches*100)
			}
		}
		if n, err := e.settle.BatchCount(ctx); err != nil || n != partitions*batches {
			t.Fatalf("BatchCount = %d, %v; want %d", n, err, partitions*batches)
		}
	})
}

// TestSettleGas500 measures a 500-claim batch with 20 payees and 2 pended claims, first to
// payees that have never been paid (their token balance slots are new) and then again.
func TestSettleGas500(t *testing.T) {
	e := newEnv(t, false, 25*time.Millisecond)
	ctx := ctxT(t)
	const claims, payees = 500, 20
	batch := func(from int64, tag string) adjudicator.Batch {
		b := adjudicator.Batch{Partition: 0, From: from, To: from + claims, Root: hashOf("root" + tag), PolicyHash: hashOf("policy"), Claims: claims,
			Pended: []adjudicator.Hash{hashOf(tag + "pend-1"), hashOf(tag + "pend-2")}}
		for i := range payees {
			b.Payouts = append(b.Payouts, adjudicator.Payout{Payee: payee(100 + i), Cents: int64(1_000 + i)})
		}
		return b
	}
	var gas []uint64
	for i, tag := range []string{"a", "b"} {
		r, err := e.settle.Settle(ctx, batch(int64(i*claims), tag))
		if err != nil {
			t.Fatal(err)
		}
		gas = append(gas, r.GasUsed)
		if r.GasUsed >= chain.MaxTxGas {
			t.Fatalf("batch used %d gas, at the %d cap", r.GasUsed, chain.MaxTxGas)
		}
	}
	bare := adjudicator.Batch{Partition: 1, From: 0, To: claims, Root: hashOf("bare"), Claims: claims}
	r, err := e.settle.Settle(ctx, bare)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("500 claims, 20 payees, 2 pended: first batch (new payees) %d gas = %d gas/claim; repeat payees %d gas = %d gas/claim; no payees or pended %d gas",
		gas[0], gas[0]/claims, gas[1], gas[1]/claims, r.GasUsed)
	// Paid claims cost no storage: the repeat batch must stay far below one slot per claim.
	if gas[1] > 2_000_000 {
		t.Fatalf("repeat batch used %d gas; storage per claim crept in?", gas[1])
	}
}

// TestNonceClashRetries shares one key between two Transactors, as two processes would: each
// one's cached nonce goes stale and its next send must recover by re-reading the nonce.
func TestNonceClashRetries(t *testing.T) {
	e := newEnv(t, false, 25*time.Millisecond)
	ctx := ctxT(t)
	other, err := chain.NewTransactor(e.backend, e.chain.Transactor(0), chain.WithPollInterval(10*time.Millisecond), chain.WithLogger(quiet))
	if err != nil {
		t.Fatal(err)
	}
	s2, err := chain.NewSettlement(e.backend, e.dep.Settlement, other)
	if err != nil {
		t.Fatal(err)
	}
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

func TestLeafHashMatchesEngine(t *testing.T) {
	e := newEnv(t, false, 25*time.Millisecond)
	c := settlement.NewClaimSettlement()
	leaf := merkle.Leaf{ClaimKey: hashOf("claim"), Partition: 7, Offset: 123456, Payee: payee(1), PaidCents: 98_765, Outcome: 2, RecordDigest: hashOf("record")}
	got, err := bind.Call(c.Instance(e.backend, e.dep.Settlement), &bind.CallOpts{Context: ctxT(t)},
		c.PackLeafHash(leaf.ClaimKey, uint32(leaf.Partition), uint64(leaf.Offset), common.Address(leaf.Payee), big.NewInt(leaf.PaidCents), leaf.Outcome, leaf.RecordDigest),
		c.UnpackLeafHash)
	if err != nil {
		t.Fatal(err)
	}
	if got != leaf.Hash() {
		t.Fatalf("contract leafHash = %x, engine merkle.Leaf.Hash = %x", got, leaf.Hash())
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
