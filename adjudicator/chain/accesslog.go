package chain

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/bindings/access"
)

// AccessLog is the AccessLog contract: the on-chain trail of who looked at which claim, when
// and why. The recorder writes looks read from the access topic with RecordAccess (RECORDER_ROLE),
// exactly once per topic offset by the contract's per-partition watermark; `claims audit
// access` reads them back by claim key. Safe for concurrent use.
type AccessLog struct {
	backend  Backend
	address  common.Address
	contract *access.AccessLog
	instance *bind.BoundContract
	tx       *Transactor
	cfg      config
}

// NewAccessLog binds the AccessLog deployed at address. tx signs with the recorder's key; a nil
// tx gives a read-only AccessLog (the audit). WithFromBlock sets where event scans start.
func NewAccessLog(backend Backend, address common.Address, tx *Transactor, opts ...Option) (*AccessLog, error) {
	if backend == nil {
		return nil, errors.New("chain: nil backend")
	}
	if address == (common.Address{}) {
		return nil, errors.New("chain: zero AccessLog address")
	}
	cfg := defaultConfig()
	if tx != nil {
		cfg = tx.cfg
	}
	for _, o := range opts {
		o(&cfg)
	}
	c := access.NewAccessLog()
	return &AccessLog{backend: backend, address: address, contract: c, instance: c.Instance(backend, address), tx: tx, cfg: cfg}, nil
}

// Address is the contract address.
func (a *AccessLog) Address() common.Address { return a.address }

// NextOffset is the first offset of the access topic's partition not recorded yet: where a
// recorder that takes the partition over resumes.
func (a *AccessLog) NextOffset(ctx context.Context, partition int32) (int64, error) {
	p, err := partitionArg(partition)
	if err != nil {
		return 0, err
	}
	next, err := bind.Call(a.instance, &bind.CallOpts{Context: ctx}, a.contract.PackNextOffset(p), a.contract.UnpackNextOffset)
	if err != nil {
		return 0, fmt.Errorf("read the access log's watermark of partition %d: %w", partition, err)
	}
	if next > math.MaxInt64 {
		return 0, fmt.Errorf("access log watermark of partition %d is %d, beyond int64", partition, next)
	}
	return int64(next), nil
}

// LoggedAccess is a look as read from the access topic: the look and its offset there.
type LoggedAccess struct {
	adjudicator.Access
	Offset int64
}

// RecordAccess writes the looks read at offsets [from, to) of partition (RECORDER_ROLE) and
// waits for the receipt. Looks may be fewer than the offsets (the recorder leaves out what it
// could not read), each inside the range and in offset order.
//
// A batch that does not start at the contract's watermark fails with an error wrapping
// adjudicator.ErrBatchConflict (a *RevertError named OffsetMismatch) and records nothing:
// another recorder (or this one, before a restart) recorded the range already.
func (a *AccessLog) RecordAccess(ctx context.Context, partition int32, from, to int64, looks []LoggedAccess) (adjudicator.Receipt, error) {
	if a.tx == nil {
		return adjudicator.Receipt{}, errReadOnly
	}
	data, err := a.packRecord(partition, from, to, looks)
	if err != nil {
		return adjudicator.Receipt{}, fmt.Errorf("record accesses of partition %d [%d,%d): %w", partition, from, to, err)
	}
	rcpt, err := a.tx.transact(ctx, a.address, data)
	if err != nil {
		return adjudicator.Receipt{}, fmt.Errorf("record accesses of partition %d [%d,%d): %w", partition, from, to, err)
	}
	return receiptOf(rcpt), nil
}

// packRecord checks looks the way the contract will and packs the recordAccess call.
func (a *AccessLog) packRecord(partition int32, from, to int64, looks []LoggedAccess) ([]byte, error) {
	p, err := partitionArg(partition)
	if err != nil {
		return nil, err
	}
	if from < 0 || to <= from {
		return nil, fmt.Errorf("chain: invalid offset range [%d,%d)", from, to)
	}
	args := make([]access.AccessLogAccess, len(looks))
	prev := from - 1
	for i, l := range looks {
		if err := l.Validate(); err != nil {
			return nil, fmt.Errorf("look %d: %w", i, err)
		}
		if l.Offset <= prev || l.Offset >= to {
			return nil, fmt.Errorf("look %d at offset %d: outside [%d,%d) or not after the look before it", i, l.Offset, from, to)
		}
		prev = l.Offset
		args[i] = access.AccessLogAccess{
			ClaimKey: l.ClaimKey, Viewer: l.Viewer, ViewerKind: uint8(l.ViewerKind), Purpose: uint8(l.Purpose),
			AccessedAt: uint64(l.At.Unix()), Offset: uint64(l.Offset),
		}
	}
	return a.contract.TryPackRecordAccess(p, uint64(from), uint64(to), args)
}

// ClaimAccessedEvent is one look as the chain recorded it (a ClaimAccessed event).
type ClaimAccessedEvent struct {
	adjudicator.Access
	// Partition and Offset are where the look sat on the access topic.
	Partition int32
	Offset    int64
	TxHash    common.Hash
	Block     uint64
	// BlockTime is the time of the block that recorded the look.
	BlockTime time.Time
}

// Accesses lists every recorded look at the claim claimKey, oldest first: the ClaimAccessed
// events with that indexed claim key, from the configured first block (WithFromBlock) on.
func (a *AccessLog) Accesses(ctx context.Context, claimKey adjudicator.Hash) ([]ClaimAccessedEvent, error) {
	sig := a.contract.GetABI().Events[access.AccessLogClaimAccessedEventName].ID
	logs, err := a.backend.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(a.cfg.fromBlock),
		Addresses: []common.Address{a.address},
		Topics:    [][]common.Hash{{sig}, {common.Hash(claimKey)}},
	})
	if err != nil {
		return nil, fmt.Errorf("read the recorded accesses of claim key %x: %w", claimKey[:4], err)
	}
	times := map[uint64]time.Time{}
	out := make([]ClaimAccessedEvent, 0, len(logs))
	for i := range logs {
		l := &logs[i]
		if l.Removed {
			continue
		}
		ev, err := a.contract.UnpackClaimAccessedEvent(l)
		if err != nil {
			return nil, fmt.Errorf("decode ClaimAccessed in tx %s: %w", l.TxHash, err)
		}
		if ev.Partition > math.MaxInt32 || ev.Offset > math.MaxInt64 || ev.AccessedAt > math.MaxInt64 {
			return nil, fmt.Errorf("ClaimAccessed in tx %s: partition, offset or time beyond the engine's int range", l.TxHash)
		}
		bt, ok := times[l.BlockNumber]
		if !ok {
			h, err := a.backend.HeaderByNumber(ctx, new(big.Int).SetUint64(l.BlockNumber))
			if err != nil {
				return nil, fmt.Errorf("read block %d: %w", l.BlockNumber, err)
			}
			bt = time.Unix(int64(h.Time), 0).UTC()
			times[l.BlockNumber] = bt
		}
		out = append(out, ClaimAccessedEvent{
			Access: adjudicator.Access{ClaimKey: ev.ClaimKey, Viewer: ev.Viewer, ViewerKind: adjudicator.ViewerKind(ev.ViewerKind),
				Purpose: adjudicator.Purpose(ev.Purpose), At: time.Unix(int64(ev.AccessedAt), 0).UTC()},
			Partition: int32(ev.Partition), Offset: int64(ev.Offset), TxHash: l.TxHash, Block: l.BlockNumber, BlockTime: bt,
		})
	}
	return out, nil
}

// AccessBatch is one recordAccess call as the chain recorded it (an AccessBatchRecorded event).
type AccessBatch struct {
	Partition int32
	From, To  int64
	Count     int
	TxHash    common.Hash
	Block     uint64
}

// Batches lists every recorded batch from the configured first block on, oldest first.
func (a *AccessLog) Batches(ctx context.Context) ([]AccessBatch, error) {
	it, err := bind.FilterEvents(a.instance, &bind.FilterOpts{Start: a.cfg.fromBlock, Context: ctx}, a.contract.UnpackAccessBatchRecordedEvent)
	if err != nil {
		return nil, fmt.Errorf("filter AccessBatchRecorded: %w", err)
	}
	defer it.Close()
	var out []AccessBatch
	for it.Next() {
		ev := it.Value()
		if ev.Partition > math.MaxInt32 || ev.FromOffset > math.MaxInt64 || ev.ToOffset > math.MaxInt64 || !ev.Count.IsInt64() {
			return nil, fmt.Errorf("AccessBatchRecorded in tx %s: values beyond the engine's int range", ev.Raw.TxHash)
		}
		out = append(out, AccessBatch{Partition: int32(ev.Partition), From: int64(ev.FromOffset), To: int64(ev.ToOffset),
			Count: int(ev.Count.Int64()), TxHash: ev.Raw.TxHash, Block: ev.Raw.BlockNumber})
	}
	if err := it.Error(); err != nil {
		return nil, fmt.Errorf("iterate AccessBatchRecorded: %w", err)
	}
	return out, nil
}
