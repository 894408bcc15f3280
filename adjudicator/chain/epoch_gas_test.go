package chain

import (
	"context"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/claimsledger/claims/adjudicator"
)

// TestSettleGasAcrossEpochBoundary settles batches whose gas is estimated in the last second of
// an epoch and that are mined in the first second of the next, where settleBatch's _credit moves
// every credited provider's matured bucket to its account: a storage write per provider the
// estimate did not run. Each crossing batch has a control: the same credits to as many other
// providers in the same state, estimated and mined inside one epoch. The difference of their gas
// is what the crossing costs per provider; Settle must have sent enough for it.
//
// Two cases: accounts never written (the move creates the slot: the new-slot price) and
// accounts written before (a slot update). The first is the worst case MaturedCreditGas covers.
func TestSettleGasAcrossEpochBoundary(t *testing.T) {
	for _, n := range []int{20, 120} { // 120: the engine's default cap on providers per batch
		t.Run(fmt.Sprint(n, " providers"), func(t *testing.T) { testSettleGasAcrossEpochBoundary(t, n) })
	}
}

func testSettleGasAcrossEpochBoundary(t *testing.T, n int) {
	p := ctDefaults()
	e := ctStart(t, p)
	s, err := NewSettlement(e.backend, e.setAddr, e.tx[ctAdjudicator])
	if err != nil {
		t.Fatal(err)
	}
	const claims = 100
	// One provider set and one partition per role, so that control and crossing batches see the
	// same state: zero-account control and crossing, updated-account control and crossing.
	const (
		zeroCtl = iota
		zeroCross
		updCtl
		updCross
		sets
	)
	var (
		provs [sets][]adjudicator.Hash
		next  [sets]int64
	)
	for set := range sets {
		for i := range n {
			provs[set] = append(provs[set], crypto.Keccak256Hash([]byte(fmt.Sprintf("boundary/%d/%d/%d", n, set, i))))
		}
	}
	batch := func(set int) adjudicator.Batch {
		m := map[adjudicator.Hash]int64{}
		for _, k := range provs[set] {
			m[k] = 100
		}
		b := adjudicator.Batch{Partition: int32(set), From: next[set], To: next[set] + claims, Claims: claims,
			Root: crypto.Keccak256Hash([]byte(fmt.Sprint("root", set, next[set]))), Credits: adjudicator.SortedCredits(m)}
		next[set] += claims
		return b
	}
	settle := func(set int) (boundaryMined, error) {
		t.Helper()
		r, err := e.settleMining(t, s, batch(set))
		if err != nil {
			return boundaryMined{}, err
		}
		tx, _, err := e.backend.TransactionByHash(e.ctx, r.TxHash)
		if err != nil {
			t.Fatal(err)
		}
		// What the headroom costs: nothing. The sender pays for the gas used, not the limit.
		full, err := e.chain.Client().TransactionReceipt(e.ctx, r.TxHash)
		if err != nil {
			t.Fatal(err)
		}
		block := new(big.Int).SetUint64(r.Block)
		before, err1 := e.chain.Client().BalanceAt(e.ctx, e.addr[ctAdjudicator], new(big.Int).Sub(block, big.NewInt(1)))
		after, err2 := e.chain.Client().BalanceAt(e.ctx, e.addr[ctAdjudicator], block)
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		paid, want := new(big.Int).Sub(before, after), new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), full.EffectiveGasPrice)
		if paid.Sign() <= 0 || paid.Cmp(want) != 0 {
			t.Fatalf("settlement of set %d cost the sender %s wei, want gas used %d x price %s = %s (limit %d)",
				set, paid, r.GasUsed, full.EffectiveGasPrice, want, tx.Gas())
		}
		count := ctCall(t, e, e.setAddr, e.set.PackBatchCount(), e.set.UnpackBatchCount)
		return boundaryMined{epoch: uint64(e.batchInfo(t, count).Epoch), time: e.headTime(t, block),
			limit: tx.Gas(), used: r.GasUsed}, nil
	}
	must := func(set int) boundaryMined {
		t.Helper()
		m, err := settle(set)
		if err != nil {
			t.Fatalf("settle set %d: %v", set, err)
		}
		return m
	}
	advanceTo := func(at uint64) {
		t.Helper()
		head := e.headTime(t, nil)
		if at <= head {
			t.Fatalf("cannot move the head from %d back to %d", head, at)
		}
		e.advance(t, time.Duration(at-head)*time.Second)
	}
	window := p.window

	// Epoch E: every set credited once; E's buckets mature at the start of E+2.
	var first boundaryMined
	for set := range sets {
		m := must(set)
		if set == 0 {
			first = m
		} else if m.epoch != first.epoch {
			t.Fatalf("set %d credited in epoch %d, set 0 in %d: the setup straddles a boundary", set, m.epoch, first.epoch)
		}
	}
	ep := first.epoch
	start := func(epoch uint64) uint64 {
		t.Helper()
		closes := e.batchInfo(t, big.NewInt(1)).WindowClosesAt.Uint64() // start of ep+2
		return closes + (epoch-ep-2)*window
	}

	// The updated-account sets again inside E+2: the estimate sees E's bucket move (same
	// parity), creating their account slots. The zero-account sets go first, at E+1's end.
	advanceTo(start(ep+2) - 2)
	ctl := must(zeroCtl)
	cross, err := settle(zeroCross)
	if err != nil {
		t.Fatalf("crossing into epoch %d with %d providers whose accounts are empty: %v", ep+2, n, err)
	}
	checkCrossing(t, "zero account", n, ctl, cross, ep+1, start(ep+2), true)
	for _, k := range provs[zeroCross] {
		e.wantBalance(t, k, 100, 100)
	}
	for _, set := range []int{updCtl, updCross} {
		if m := must(set); m.epoch != ep+2 {
			t.Fatalf("set %d credited in epoch %d, want %d", set, m.epoch, ep+2)
		}
	}

	// Updated accounts: E+2's bucket matures at the start of E+4.
	advanceTo(start(ep+4) - 2)
	ctl = must(updCtl)
	cross, err = settle(updCross)
	if err != nil {
		t.Fatalf("crossing into epoch %d with %d providers whose accounts exist: %v", ep+4, n, err)
	}
	checkCrossing(t, "existing account", n, ctl, cross, ep+3, start(ep+4), false)
	for _, k := range provs[updCross] {
		e.wantBalance(t, k, 100, 200)
	}
}

// settleMining runs s.Settle in the background and mines the block its transaction went to, one
// second after the head when the head is ahead of the wall clock.
func (e *ctEnv) settleMining(t *testing.T, s *Settlement, b adjudicator.Batch) (adjudicator.Receipt, error) {
	t.Helper()
	from := s.tx.From()
	nonce, err := e.backend.PendingNonceAt(e.ctx, from)
	if err != nil {
		t.Fatal(err)
	}
	type result struct {
		r   adjudicator.Receipt
		err error
	}
	done := make(chan result, 1)
	go func() { r, err := s.Settle(e.ctx, b); done <- result{r, err} }()
	deadline := time.Now().Add(10 * time.Second)
	for {
		if n, err := e.backend.PendingNonceAt(e.ctx, from); err == nil && n > nonce {
			break
		}
		select {
		case res := <-done:
			t.Fatalf("settle partition %d returned before anything was sent: %v", b.Partition, res.err)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("settlement of partition %d never reached the pool", b.Partition)
		}
		time.Sleep(time.Millisecond)
	}
	e.chain.Commit()
	res := <-done
	return res.r, res.err
}

// boundaryMined is a settlement as mined: the epoch it credited, its block's time, the gas limit
// it was sent with and the gas it used.
type boundaryMined struct {
	epoch, time uint64
	limit, used uint64
}

// checkCrossing checks that ctl was mined in epoch within and cross in the next one, starting
// at boundary, and what crossing cost per provider against MaturedCreditGas: never more, and for
// the worst case not much less either, or every settlement's limit would be inflated for nothing.
func checkCrossing(t *testing.T, what string, n int, ctl, cross boundaryMined, within, boundary uint64, worst bool) {
	t.Helper()
	if ctl.epoch != within || cross.epoch != within+1 || cross.time != boundary {
		t.Fatalf("%s: control mined in epoch %d, crossing in epoch %d at %d; want %d, then %d at %d",
			what, ctl.epoch, cross.epoch, cross.time, within, within+1, boundary)
	}
	perProvider := int64(cross.used-ctl.used) / int64(n)
	t.Logf("%s, %d providers: control limit %d used %d; crossing limit %d used %d: %+d gas per provider (MaturedCreditGas %d)",
		what, n, ctl.limit, ctl.used, cross.limit, cross.used, perProvider, MaturedCreditGas)
	if perProvider > MaturedCreditGas {
		t.Fatalf("%s: crossing the boundary cost %d gas per provider, more than MaturedCreditGas %d", what, perProvider, MaturedCreditGas)
	}
	if worst && MaturedCreditGas > perProvider*103/100 {
		t.Fatalf("%s: crossing the boundary cost %d gas per provider, MaturedCreditGas %d overstates it by more than 3%%", what, perProvider, MaturedCreditGas)
	}
}

// lowBlockGas reports a head block gas limit lower than the chain's.
type lowBlockGas struct {
	Backend
	limit uint64
}

func (b *lowBlockGas) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	h, err := b.Backend.HeaderByNumber(ctx, n)
	if h != nil {
		h = types.CopyHeader(h)
		h.GasLimit = b.limit
	}
	return h, err
}

// TestSettleHeadroomClampedToBlockGasLimit: a node refuses a transaction whose limit exceeds the
// block gas limit, so the headroom stops there (geth --dev's own default block limit, 11.5M, is
// below MaxTxGas).
func TestSettleHeadroomClampedToBlockGasLimit(t *testing.T) {
	e := ctStart(t, ctDefaults())
	m := map[adjudicator.Hash]int64{}
	for i := range 10 {
		m[ctProvider(fmt.Sprint("clamp-", i))] = 100
	}
	b := adjudicator.Batch{From: 0, To: 10, Claims: 10, Root: ctClaim("clamp"), Credits: adjudicator.SortedCredits(m)}
	low := &lowBlockGas{Backend: e.backend}
	tx, err := NewTransactor(low, e.chain.Transactor(ctAdjudicator), WithPollInterval(2*time.Millisecond),
		WithWaitTimeout(20*time.Second), WithLogger(ctQuiet))
	if err != nil {
		t.Fatal(err)
	}
	s, err := NewSettlement(low, e.setAddr, tx)
	if err != nil {
		t.Fatal(err)
	}
	data, err := s.packBatch(b)
	if err != nil {
		t.Fatal(err)
	}
	est, err := tx.estimateRaw(e.ctx, &e.setAddr, data)
	if err != nil {
		t.Fatal(err)
	}
	// Above the estimate with its margin, well below the headroom added to it.
	low.limit = tx.gasLimitFor(est) + MaturedCreditGas
	r, err := e.settleMining(t, s, b)
	if err != nil {
		t.Fatal(err)
	}
	sent, _, err := e.backend.TransactionByHash(e.ctx, r.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	if sent.Gas() != low.limit {
		t.Fatalf("sent with gas limit %d, want the block gas limit %d (estimate %d, %d providers)", sent.Gas(), low.limit, est, len(b.Credits))
	}
}
