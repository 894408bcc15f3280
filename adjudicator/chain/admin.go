package chain

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/bindings/settlement"
)

// Unpause resumes what the guardian's pause stopped (DEFAULT_ADMIN_ROLE). The contract refuses
// with ExpectedPause when settlement is not paused.
func (s *Settlement) Unpause(ctx context.Context) (adjudicator.Receipt, error) {
	rcpt, err := s.send(ctx, "unpause settlement", s.contract.PackUnpause())
	if err != nil {
		return adjudicator.Receipt{}, err
	}
	return receiptOf(rcpt), nil
}

// BatchSettled finds the BatchSettled event of batchID (by its indexed id) from the configured
// first block; ok is false when there is none there. Its Header and Credits are what freezing
// and releasing the batch take.
func (s *Settlement) BatchSettled(ctx context.Context, batchID uint64) (BatchSettledEvent, bool, error) {
	return s.findBatch(ctx, fmt.Sprintf("batch %d", batchID), []common.Hash{common.BigToHash(new(big.Int).SetUint64(batchID))})
}

// findBatch returns the first BatchSettled event matching topics (after the event signature:
// batch id, partition, start offset; nil matches any) from the configured first block.
func (s *Settlement) findBatch(ctx context.Context, what string, topics ...[]common.Hash) (BatchSettledEvent, bool, error) {
	sig := s.contract.GetABI().Events[settlement.ClaimSettlementBatchSettledEventName].ID
	logs, err := s.backend.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(s.cfg.fromBlock),
		Addresses: []common.Address{s.address},
		Topics:    append([][]common.Hash{{sig}}, topics...),
	})
	if err != nil {
		return BatchSettledEvent{}, false, fmt.Errorf("find %s: %w", what, err)
	}
	for i := range logs {
		if logs[i].Removed {
			continue
		}
		out, err := s.batchSettledOf(ctx, &logs[i], nil)
		if err != nil {
			return BatchSettledEvent{}, false, err
		}
		return out, true, nil
	}
	return BatchSettledEvent{}, false, nil
}

// Freezes reads the BatchFrozen events, then the BatchReleased events, from fromBlock to the
// head: applied in that order, a release has the last word (a batch is frozen once at most, and
// released only after). It is the freeze half of Ledger, without reading every batch.
func (s *Settlement) Freezes(ctx context.Context, fromBlock uint64) ([]BatchFrozenEvent, error) {
	head, err := s.backend.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("read head block: %w", err)
	}
	if fromBlock > head {
		return nil, nil
	}
	return s.freezes(&bind.FilterOpts{Start: fromBlock, End: &head, Context: ctx})
}

func (s *Settlement) freezes(opts *bind.FilterOpts) ([]BatchFrozenEvent, error) {
	frozen, err := collect(s, opts, s.contract.UnpackBatchFrozenEvent, func(ev *batchFrozen) (BatchFrozenEvent, error) {
		id, err := batchIDOf(ev.BatchId)
		if err != nil {
			return BatchFrozenEvent{}, err
		}
		cents, err := centsOf(ev.TotalFrozen, "BatchFrozen.totalFrozen")
		return BatchFrozenEvent{BatchID: id, By: ev.Guardian, Cents: cents, TxHash: ev.Raw.TxHash, Block: ev.Raw.BlockNumber}, err
	})
	if err != nil {
		return nil, err
	}
	released, err := collect(s, opts, s.contract.UnpackBatchReleasedEvent, func(ev *batchReleased) (BatchFrozenEvent, error) {
		id, err := batchIDOf(ev.BatchId)
		if err != nil {
			return BatchFrozenEvent{}, err
		}
		cents, err := centsOf(ev.TotalReleased, "BatchReleased.totalReleased")
		return BatchFrozenEvent{BatchID: id, By: ev.Admin, Cents: cents, Released: true, TxHash: ev.Raw.TxHash, Block: ev.Raw.BlockNumber}, err
	})
	if err != nil {
		return nil, err
	}
	return append(frozen, released...), nil
}

// FraudAnalystRole is the settlement contract's role that resolves pended claims.
const FraudAnalystRole = "FRAUD_ANALYST_ROLE"

// GrantRole grants the settlement contract's role name (e.g. FraudAnalystRole) to account
// (DEFAULT_ADMIN_ROLE signs). Granting a role the account holds already changes nothing.
func (s *Settlement) GrantRole(ctx context.Context, name string, account common.Address) (adjudicator.Receipt, error) {
	rcpt, err := s.send(ctx, "grant "+name, s.contract.PackGrantRole(Role(name), account))
	if err != nil {
		return adjudicator.Receipt{}, err
	}
	return receiptOf(rcpt), nil
}

// RevokeRole revokes the settlement contract's role name from account (DEFAULT_ADMIN_ROLE
// signs). Revoking a role the account does not hold changes nothing.
func (s *Settlement) RevokeRole(ctx context.Context, name string, account common.Address) (adjudicator.Receipt, error) {
	rcpt, err := s.send(ctx, "revoke "+name, s.contract.PackRevokeRole(Role(name), account))
	if err != nil {
		return adjudicator.Receipt{}, err
	}
	return receiptOf(rcpt), nil
}

// HasRole reports whether account holds the settlement contract's role name.
func (s *Settlement) HasRole(ctx context.Context, name string, account common.Address) (bool, error) {
	has, err := bind.Call(s.instance, s.call(ctx), s.contract.PackHasRole(Role(name), account), s.contract.UnpackHasRole)
	if err != nil {
		return false, fmt.Errorf("read %s of %s: %w", name, account.Hex(), err)
	}
	return has, nil
}

// SendValue sends wei from auth's account to to, a plain transfer, and waits for it to be
// mined: the gas money of a new account (an analyst's key signs its own resolutions).
func SendValue(ctx context.Context, backend Backend, auth *bind.TransactOpts, to common.Address, wei *big.Int) (adjudicator.Receipt, error) {
	opts := *auth
	opts.Context, opts.Value, opts.GasLimit = ctx, wei, 21000
	c := bind.NewBoundContract(to, abi.ABI{}, backend, backend, backend)
	tx, err := bind.Transact(c, &opts, nil)
	if err != nil {
		return adjudicator.Receipt{}, fmt.Errorf("send %s wei to %s: %w", wei, to.Hex(), err)
	}
	rcpt, err := bind.WaitMined(ctx, backend, tx.Hash())
	if err != nil {
		return adjudicator.Receipt{}, fmt.Errorf("send %s wei to %s: %w", wei, to.Hex(), err)
	}
	if rcpt.Status != 1 {
		return adjudicator.Receipt{}, fmt.Errorf("send %s wei to %s: transaction %s failed", wei, to.Hex(), tx.Hash().Hex())
	}
	return receiptOf(rcpt), nil
}
