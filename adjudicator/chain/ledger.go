package chain

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/bindings/settlement"
)

// Short names for the generated event types.
type (
	batchSettled     = settlement.ClaimSettlementBatchSettled
	claimPended      = settlement.ClaimSettlementClaimPended
	claimResolved    = settlement.ClaimSettlementClaimResolved
	batchFrozen      = settlement.ClaimSettlementBatchFrozen
	batchReleased    = settlement.ClaimSettlementBatchReleased
	providerWithdrew = settlement.ClaimSettlementProviderWithdrew
	creditReversed   = settlement.ClaimSettlementCreditReversed
	debtRecovered    = settlement.ClaimSettlementDebtRecovered
)

// BatchSettledEvent is one BatchSettled log with the gas its transaction used.
type BatchSettledEvent struct {
	BatchID       uint64
	Partition     int32
	From          int64
	To            int64
	Root          adjudicator.Hash
	PolicyHash    adjudicator.Hash
	Claims        uint32
	TotalCredited int64
	CreditsDigest adjudicator.Hash
	Epoch         uint32
	// Credits are the batch's credits in the order it settled them (provider-key order).
	Credits   []adjudicator.Credit
	TxHash    adjudicator.Hash
	Block     uint64
	BlockHash adjudicator.Hash
	GasUsed   uint64
}

// ClaimPendedEvent is one ClaimPended log: a claim held for review, nothing credited.
type ClaimPendedEvent struct {
	BatchID  uint64
	ClaimKey adjudicator.Hash
	TxHash   adjudicator.Hash
	Block    uint64
}

// ClaimResolvedEvent is one ClaimResolved log: a fraud analyst approved or denied a pended claim.
type ClaimResolvedEvent struct {
	BatchID  uint64
	ClaimKey adjudicator.Hash
	Approved bool
	Provider adjudicator.Hash
	Cents    int64
	NoteHash adjudicator.Hash
	Analyst  common.Address
	TxHash   adjudicator.Hash
	Block    uint64
}

// BatchFrozenEvent is one BatchFrozen (Released false) or BatchReleased (Released true) log.
type BatchFrozenEvent struct {
	BatchID  uint64
	By       common.Address
	Cents    int64
	Released bool
	TxHash   adjudicator.Hash
	Block    uint64
}

// WithdrawalEvent is one ProviderWithdrew log: cents that left the escrow for a payout address.
type WithdrawalEvent struct {
	Provider adjudicator.Hash
	Payout   common.Address
	Cents    int64
	Caller   common.Address
	TxHash   adjudicator.Hash
	Block    uint64
}

// ReversalEvent is one CreditReversed log: a corrected claim took back what the decision Leaf
// credited.
type ReversalEvent struct {
	Leaf     adjudicator.Hash
	Provider adjudicator.Hash
	ClaimKey adjudicator.Hash
	// Cents is what the original credited, as the engine stated it (for a pended original,
	// what approval credits); not proven on chain, the audit checks it.
	Cents  int64
	Pended bool
	// Voided is true for a pended original reversed while still open: it never credits.
	Voided bool
	// Recovered came out of the provider's withdrawable balance at once; Owed was added to its
	// debt. Both are zero when the original had credited nothing (voided, or denied).
	Recovered int64
	Owed      int64
	TxHash    adjudicator.Hash
	Block     uint64
}

// DebtRecoveredEvent is one DebtRecovered log: a withdrawal paid Cents of the provider's debt
// instead of paying them out (its ProviderWithdrew event carries only what was paid out).
type DebtRecoveredEvent struct {
	Provider adjudicator.Hash
	Cents    int64
	TxHash   adjudicator.Hash
	Block    uint64
}

// Ledger is everything the settlement contract says happened to the money, in log order.
type Ledger struct {
	Batches     []BatchSettledEvent
	Pended      []ClaimPendedEvent
	Resolved    []ClaimResolvedEvent
	Freezes     []BatchFrozenEvent
	Withdrawals []WithdrawalEvent
	// Reversals are the corrected claims' reversals of earlier credits.
	Reversals []ReversalEvent
	// DebtRecoveries are the debts withdrawals paid before paying out.
	DebtRecoveries []DebtRecoveredEvent
	// Head is the last block read.
	Head uint64
}

// ProviderCorrections is what the corrected claims took back from one provider, as the
// ledger's events sum it.
type ProviderCorrections struct {
	// Reversals counts the provider's CreditReversed events; Voided those of pended originals
	// voided while open.
	Reversals, Voided int
	// Reversed is what the reversals stated the originals credited (Cents summed).
	Reversed int64
	// Recovered came out of withdrawable balances at once; Owed became debt; DebtRecovered is
	// the debt withdrawals have paid since. TakenBack is Recovered + Owed.
	Recovered, Owed, DebtRecovered int64
}

// TakenBack is everything the reversals took from the provider: at once or as debt.
func (c ProviderCorrections) TakenBack() int64 { return c.Recovered + c.Owed }

// OwedNow is the debt still open: what became debt less what withdrawals paid of it. It equals
// the contract's owedBy when the ledger was read from the deployment block.
func (c ProviderCorrections) OwedNow() int64 { return c.Owed - c.DebtRecovered }

// Corrections sums the reversals and debt recoveries per provider. With them, a provider's
// account reconciles: credited (batches not frozen, approvals, releases) = paid out (the
// ProviderWithdrew amounts) + DebtRecovered + Recovered + its pending and withdrawable cents
// before the debt is netted out of them; and OwedNow is what it owes back.
func (l Ledger) Corrections() map[adjudicator.Hash]ProviderCorrections {
	out := map[adjudicator.Hash]ProviderCorrections{}
	for _, r := range l.Reversals {
		c := out[r.Provider]
		c.Reversals++
		if r.Voided {
			c.Voided++
		}
		c.Reversed += r.Cents
		c.Recovered += r.Recovered
		c.Owed += r.Owed
		out[r.Provider] = c
	}
	for _, d := range l.DebtRecoveries {
		c := out[d.Provider]
		c.DebtRecovered += d.Cents
		out[d.Provider] = c
	}
	return out
}

// Ledger reads every settlement event from fromBlock to the head. Pass the deployment block
// (Deployment.Block) to read the contract's whole history.
func (s *Settlement) Ledger(ctx context.Context, fromBlock uint64) (Ledger, error) {
	head, err := s.backend.BlockNumber(ctx)
	if err != nil {
		return Ledger{}, fmt.Errorf("read head block: %w", err)
	}
	return s.LedgerRange(ctx, fromBlock, head)
}

// LedgerRange reads every settlement event in blocks [from, to]. All queries see the same
// blocks, so a batch never appears without its credits.
func (s *Settlement) LedgerRange(ctx context.Context, from, to uint64) (Ledger, error) {
	l := Ledger{Head: to}
	if from > to {
		return l, nil
	}
	opts := &bind.FilterOpts{Start: from, End: &to, Context: ctx}
	gas := map[common.Hash]uint64{}
	var err error
	if l.Batches, err = collect(s, opts, s.contract.UnpackBatchSettledEvent, func(ev *batchSettled) (BatchSettledEvent, error) {
		return s.batchSettledOf(ctx, ev.Raw, gas)
	}); err != nil {
		return Ledger{}, err
	}
	if l.Pended, err = collect(s, opts, s.contract.UnpackClaimPendedEvent, func(ev *claimPended) (ClaimPendedEvent, error) {
		id, err := batchIDOf(ev.BatchId)
		return ClaimPendedEvent{BatchID: id, ClaimKey: ev.ClaimKey, TxHash: ev.Raw.TxHash, Block: ev.Raw.BlockNumber}, err
	}); err != nil {
		return Ledger{}, err
	}
	if l.Resolved, err = collect(s, opts, s.contract.UnpackClaimResolvedEvent, func(ev *claimResolved) (ClaimResolvedEvent, error) {
		id, err := batchIDOf(ev.BatchId)
		if err != nil {
			return ClaimResolvedEvent{}, err
		}
		cents, err := centsOf(ev.Amount, "ClaimResolved.amount")
		return ClaimResolvedEvent{BatchID: id, ClaimKey: ev.ClaimKey, Approved: ev.Approved, Provider: ev.ProviderKey,
			Cents: cents, NoteHash: ev.NoteHash, Analyst: ev.Analyst, TxHash: ev.Raw.TxHash, Block: ev.Raw.BlockNumber}, err
	}); err != nil {
		return Ledger{}, err
	}
	if l.Freezes, err = s.freezes(opts); err != nil {
		return Ledger{}, err
	}
	if l.Withdrawals, err = collect(s, opts, s.contract.UnpackProviderWithdrewEvent, func(ev *providerWithdrew) (WithdrawalEvent, error) {
		cents, err := centsOf(ev.Amount, "ProviderWithdrew.amount")
		return WithdrawalEvent{Provider: ev.ProviderKey, Payout: ev.Payout, Cents: cents, Caller: ev.Caller,
			TxHash: ev.Raw.TxHash, Block: ev.Raw.BlockNumber}, err
	}); err != nil {
		return Ledger{}, err
	}
	if l.Reversals, err = collect(s, opts, s.contract.UnpackCreditReversedEvent, func(ev *creditReversed) (ReversalEvent, error) {
		out := ReversalEvent{Leaf: ev.Leaf, Provider: ev.ProviderKey, ClaimKey: ev.ClaimKey, Pended: ev.Pended, Voided: ev.Voided,
			TxHash: ev.Raw.TxHash, Block: ev.Raw.BlockNumber}
		var err error
		if out.Cents, err = centsOf(ev.Cents, "CreditReversed.cents"); err != nil {
			return out, err
		}
		if out.Recovered, err = centsOf(ev.Recovered, "CreditReversed.recovered"); err != nil {
			return out, err
		}
		out.Owed, err = centsOf(ev.Owed, "CreditReversed.owed")
		return out, err
	}); err != nil {
		return Ledger{}, err
	}
	if l.DebtRecoveries, err = collect(s, opts, s.contract.UnpackDebtRecoveredEvent, func(ev *debtRecovered) (DebtRecoveredEvent, error) {
		cents, err := centsOf(ev.Amount, "DebtRecovered.amount")
		return DebtRecoveredEvent{Provider: ev.ProviderKey, Cents: cents, TxHash: ev.Raw.TxHash, Block: ev.Raw.BlockNumber}, err
	}); err != nil {
		return Ledger{}, err
	}
	return l, nil
}

// collect filters one event type and converts each log.
func collect[Ev bind.ContractEvent, Out any](s *Settlement, opts *bind.FilterOpts, unpack func(*types.Log) (*Ev, error), conv func(*Ev) (Out, error)) ([]Out, error) {
	var zero Ev
	it, err := bind.FilterEvents(s.instance, opts, unpack)
	if err != nil {
		return nil, fmt.Errorf("filter %s: %w", zero.ContractEventName(), err)
	}
	defer it.Close()
	var out []Out
	for it.Next() {
		o, err := conv(it.Value())
		if err != nil {
			return nil, err
		}
		out = append(out, o)
	}
	if err := it.Error(); err != nil {
		return nil, fmt.Errorf("iterate %s: %w", zero.ContractEventName(), err)
	}
	return out, nil
}

// batchSettledOf decodes a BatchSettled log and reads its transaction's gas (cached per tx in
// gas when given).
func (s *Settlement) batchSettledOf(ctx context.Context, raw *types.Log, gas map[common.Hash]uint64) (BatchSettledEvent, error) {
	ev, err := s.contract.UnpackBatchSettledEvent(raw)
	if err != nil {
		return BatchSettledEvent{}, fmt.Errorf("decode BatchSettled in tx %s: %w", raw.TxHash, err)
	}
	id, err := batchIDOf(ev.BatchId)
	if err != nil {
		return BatchSettledEvent{}, err
	}
	total, err := centsOf(ev.TotalCredited, "BatchSettled.totalCredited")
	if err != nil {
		return BatchSettledEvent{}, err
	}
	if ev.FromOffset > math.MaxInt64 || ev.ToOffset > math.MaxInt64 || ev.Partition > math.MaxInt32 {
		return BatchSettledEvent{}, fmt.Errorf("batch %d: partition or offsets beyond the engine's int range", id)
	}
	if len(ev.ProviderKeys) != len(ev.Amounts) {
		return BatchSettledEvent{}, fmt.Errorf("batch %d: %d provider keys but %d amounts", id, len(ev.ProviderKeys), len(ev.Amounts))
	}
	credits := make([]adjudicator.Credit, len(ev.ProviderKeys))
	for i := range credits {
		cents, err := centsOf(ev.Amounts[i], "BatchSettled.amounts")
		if err != nil {
			return BatchSettledEvent{}, err
		}
		credits[i] = adjudicator.Credit{Provider: ev.ProviderKeys[i], Cents: cents}
	}
	used, ok := gas[raw.TxHash]
	if !ok {
		r, err := s.minedReceipt(ctx, raw.TxHash)
		if err != nil {
			return BatchSettledEvent{}, fmt.Errorf("receipt of batch %d tx %s: %w", id, raw.TxHash, err)
		}
		used = r.GasUsed
		if gas != nil {
			gas[raw.TxHash] = used
		}
	}
	return BatchSettledEvent{
		BatchID: id, Partition: int32(ev.Partition), From: int64(ev.FromOffset), To: int64(ev.ToOffset),
		Root: ev.MerkleRoot, PolicyHash: ev.PolicyHash, Claims: ev.ClaimCount, TotalCredited: total,
		CreditsDigest: ev.CreditsDigest, Epoch: ev.Epoch, Credits: credits, TxHash: raw.TxHash, Block: raw.BlockNumber, BlockHash: raw.BlockHash, GasUsed: used,
	}, nil
}

func batchIDOf(v *big.Int) (uint64, error) {
	if v == nil || !v.IsUint64() {
		return 0, fmt.Errorf("batch id %v beyond uint64", v)
	}
	return v.Uint64(), nil
}

// minedReceipt reads the receipt of a transaction whose logs were just seen. A real node may
// still be indexing the block ("transaction indexing is in progress") or briefly report it not
// found; both are waited out for a while rather than failing an audit or a guard round.
func (s *Settlement) minedReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	deadline := time.Now().Add(10 * time.Second)
	for {
		r, err := s.backend.TransactionReceipt(ctx, h)
		if err == nil {
			return r, nil
		}
		if !receiptNotYet(err) || time.Now().After(deadline) {
			return nil, err
		}
		if err := sleep(ctx, s.cfg.pollInterval); err != nil {
			return nil, err
		}
	}
}

// receiptNotYet reports whether a receipt lookup failed only because the node has no receipt
// for the transaction yet: not mined, or mined but still being indexed. The node answered.
func receiptNotYet(err error) bool {
	return errors.Is(err, ethereum.NotFound) || strings.Contains(err.Error(), "indexing is in progress")
}
