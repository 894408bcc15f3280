package chain

import (
	"context"
	"fmt"
	"math"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/claimsledger/claims/adjudicator"
)

// BatchSettledEvent is one BatchSettled log with the gas its transaction used.
type BatchSettledEvent struct {
	BatchID    uint64
	Partition  int32
	From       int64
	To         int64
	Root       adjudicator.Hash
	PolicyHash adjudicator.Hash
	Claims     uint32
	TotalPaid  int64
	TxHash     adjudicator.Hash
	Block      uint64
	GasUsed    uint64
}

// ProviderPaidEvent is one ProviderPaid log: cents moved from the escrow to a payee.
type ProviderPaidEvent struct {
	BatchID uint64
	Payee   adjudicator.Address
	Cents   int64
	TxHash  adjudicator.Hash
	Block   uint64
}

// ClaimPendedEvent is one ClaimPended log: a claim held for review, not paid.
type ClaimPendedEvent struct {
	BatchID  uint64
	ClaimKey adjudicator.Hash
	TxHash   adjudicator.Hash
	Block    uint64
}

// Ledger is everything the settlement contract says was settled, paid and pended, in log order.
type Ledger struct {
	Batches  []BatchSettledEvent
	Payments []ProviderPaidEvent
	Pended   []ClaimPendedEvent
}

// Ledger reads every BatchSettled, ProviderPaid and ClaimPended log from fromBlock to the head.
// Pass the deployment block (Deployment.Block) to read the contract's whole history.
func (s *Settlement) Ledger(ctx context.Context, fromBlock uint64) (Ledger, error) {
	// Pin the range: the three queries must see the same blocks, or a batch could appear
	// without its payments.
	head, err := s.backend.BlockNumber(ctx)
	if err != nil {
		return Ledger{}, fmt.Errorf("read head block: %w", err)
	}
	var l Ledger
	if fromBlock > head {
		return l, nil
	}
	if l.Batches, err = s.settledBatches(ctx, fromBlock, head); err != nil {
		return Ledger{}, err
	}
	if l.Payments, err = s.providerPayments(ctx, fromBlock, head); err != nil {
		return Ledger{}, err
	}
	if l.Pended, err = s.pendedClaims(ctx, fromBlock, head); err != nil {
		return Ledger{}, err
	}
	return l, nil
}

// SettledBatches reads every BatchSettled log from fromBlock to the head.
func (s *Settlement) SettledBatches(ctx context.Context, fromBlock uint64) ([]BatchSettledEvent, error) {
	head, err := s.backend.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("read head block: %w", err)
	}
	if fromBlock > head {
		return nil, nil
	}
	return s.settledBatches(ctx, fromBlock, head)
}

// ProviderPayments reads every ProviderPaid log from fromBlock to the head.
func (s *Settlement) ProviderPayments(ctx context.Context, fromBlock uint64) ([]ProviderPaidEvent, error) {
	head, err := s.backend.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("read head block: %w", err)
	}
	if fromBlock > head {
		return nil, nil
	}
	return s.providerPayments(ctx, fromBlock, head)
}

// PendedClaims reads every ClaimPended log from fromBlock to the head.
func (s *Settlement) PendedClaims(ctx context.Context, fromBlock uint64) ([]ClaimPendedEvent, error) {
	head, err := s.backend.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("read head block: %w", err)
	}
	if fromBlock > head {
		return nil, nil
	}
	return s.pendedClaims(ctx, fromBlock, head)
}

func (s *Settlement) filterOpts(ctx context.Context, from, to uint64) *bind.FilterOpts {
	return &bind.FilterOpts{Start: from, End: &to, Context: ctx}
}

func (s *Settlement) settledBatches(ctx context.Context, from, to uint64) ([]BatchSettledEvent, error) {
	it, err := bind.FilterEvents(s.instance, s.filterOpts(ctx, from, to), s.contract.UnpackBatchSettledEvent)
	if err != nil {
		return nil, fmt.Errorf("filter BatchSettled: %w", err)
	}
	defer it.Close()
	gas := map[common.Hash]uint64{}
	var out []BatchSettledEvent
	for it.Next() {
		ev := it.Value()
		id, err := batchIDOf(ev.BatchId)
		if err != nil {
			return nil, err
		}
		paid, err := centsOf(ev.TotalPaid, "BatchSettled.totalPaid")
		if err != nil {
			return nil, err
		}
		if ev.FromOffset > math.MaxInt64 || ev.ToOffset > math.MaxInt64 || ev.Partition > math.MaxInt32 {
			return nil, fmt.Errorf("batch %d: partition or offsets beyond the engine's int range", id)
		}
		used, ok := gas[ev.Raw.TxHash]
		if !ok {
			r, err := s.backend.TransactionReceipt(ctx, ev.Raw.TxHash)
			if err != nil {
				return nil, fmt.Errorf("receipt of batch %d tx %s: %w", id, ev.Raw.TxHash, err)
			}
			used = r.GasUsed
			gas[ev.Raw.TxHash] = used
		}
		out = append(out, BatchSettledEvent{
			BatchID: id, Partition: int32(ev.Partition), From: int64(ev.FromOffset), To: int64(ev.ToOffset),
			Root: ev.MerkleRoot, PolicyHash: ev.PolicyHash, Claims: ev.ClaimCount, TotalPaid: paid,
			TxHash: ev.Raw.TxHash, Block: ev.Raw.BlockNumber, GasUsed: used,
		})
	}
	if err := it.Error(); err != nil {
		return nil, fmt.Errorf("iterate BatchSettled: %w", err)
	}
	return out, nil
}

func (s *Settlement) providerPayments(ctx context.Context, from, to uint64) ([]ProviderPaidEvent, error) {
	it, err := bind.FilterEvents(s.instance, s.filterOpts(ctx, from, to), s.contract.UnpackProviderPaidEvent)
	if err != nil {
		return nil, fmt.Errorf("filter ProviderPaid: %w", err)
	}
	defer it.Close()
	var out []ProviderPaidEvent
	for it.Next() {
		ev := it.Value()
		id, err := batchIDOf(ev.BatchId)
		if err != nil {
			return nil, err
		}
		cents, err := centsOf(ev.Amount, "ProviderPaid.amount")
		if err != nil {
			return nil, err
		}
		out = append(out, ProviderPaidEvent{BatchID: id, Payee: ev.Payee, Cents: cents, TxHash: ev.Raw.TxHash, Block: ev.Raw.BlockNumber})
	}
	if err := it.Error(); err != nil {
		return nil, fmt.Errorf("iterate ProviderPaid: %w", err)
	}
	return out, nil
}

func (s *Settlement) pendedClaims(ctx context.Context, from, to uint64) ([]ClaimPendedEvent, error) {
	it, err := bind.FilterEvents(s.instance, s.filterOpts(ctx, from, to), s.contract.UnpackClaimPendedEvent)
	if err != nil {
		return nil, fmt.Errorf("filter ClaimPended: %w", err)
	}
	defer it.Close()
	var out []ClaimPendedEvent
	for it.Next() {
		ev := it.Value()
		id, err := batchIDOf(ev.BatchId)
		if err != nil {
			return nil, err
		}
		out = append(out, ClaimPendedEvent{BatchID: id, ClaimKey: ev.ClaimKey, TxHash: ev.Raw.TxHash, Block: ev.Raw.BlockNumber})
	}
	if err := it.Error(); err != nil {
		return nil, fmt.Errorf("iterate ClaimPended: %w", err)
	}
	return out, nil
}

func batchIDOf(v *big.Int) (uint64, error) {
	if v == nil || !v.IsUint64() {
		return 0, fmt.Errorf("batch id %v beyond uint64", v)
	}
	return v.Uint64(), nil
}
