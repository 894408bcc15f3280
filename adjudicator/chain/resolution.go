package chain

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/bindings/settlement"
)

// Resolution finds a fraud analyst's approval or denial of the pended claim claimKey of the
// batch that settled partition from offset from: by its indexed claim key and batch id, so one
// status read costs two log queries, not a scan of the ledger. ok is false while it is open.
func (s *Settlement) Resolution(ctx context.Context, claimKey adjudicator.Hash, partition int32, from int64) (ClaimResolvedEvent, bool, error) {
	batch, ok, err := s.BatchStartingAt(ctx, partition, from)
	if err != nil || !ok {
		return ClaimResolvedEvent{}, false, err
	}
	sig := s.contract.GetABI().Events[settlement.ClaimSettlementClaimResolvedEventName].ID
	logs, err := s.backend.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(batch.Block),
		Addresses: []common.Address{s.address},
		Topics:    [][]common.Hash{{sig}, {common.Hash(claimKey)}, {common.BigToHash(new(big.Int).SetUint64(batch.BatchID))}},
	})
	if err != nil {
		return ClaimResolvedEvent{}, false, fmt.Errorf("find the resolution of a pended claim of batch %d: %w", batch.BatchID, err)
	}
	for i := range logs {
		if logs[i].Removed {
			continue
		}
		ev, err := s.contract.UnpackClaimResolvedEvent(&logs[i])
		if err != nil {
			return ClaimResolvedEvent{}, false, fmt.Errorf("read the resolution of a pended claim of batch %d: %w", batch.BatchID, err)
		}
		cents, err := centsOf(ev.Amount, "ClaimResolved.amount")
		if err != nil {
			return ClaimResolvedEvent{}, false, err
		}
		return ClaimResolvedEvent{BatchID: batch.BatchID, ClaimKey: ev.ClaimKey, Approved: ev.Approved, Provider: ev.ProviderKey,
			Cents: cents, NoteHash: ev.NoteHash, Analyst: ev.Analyst, TxHash: ev.Raw.TxHash, Block: ev.Raw.BlockNumber}, true, nil
	}
	return ClaimResolvedEvent{}, false, nil
}
