package chain

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/bindings/settlement"
	"github.com/claimsledger/claims/bindings/stablecoin"
)

// Settlement is the ClaimSettlement contract as an adjudicator.Settler, plus the reads the audit
// needs. Safe for concurrent use: one Settlement serves every partition of a process.
type Settlement struct {
	backend  Backend
	address  common.Address
	contract *settlement.ClaimSettlement
	instance *bind.BoundContract
	token    *stablecoin.TestStablecoin
	tx       *Transactor
	cfg      config

	tokenMu   sync.Mutex
	tokenAddr common.Address // zero until first read; the token is immutable in the contract
}

var _ adjudicator.Settler = (*Settlement)(nil)

// NewSettlement binds the ClaimSettlement deployed at address. tx signs the settlements and must
// hold ADJUDICATOR_ROLE; a nil tx gives a read-only Settlement (audit, watermark queries).
func NewSettlement(backend Backend, address common.Address, tx *Transactor) (*Settlement, error) {
	if backend == nil {
		return nil, errors.New("chain: nil backend")
	}
	if address == (common.Address{}) {
		return nil, errors.New("chain: zero ClaimSettlement address")
	}
	cfg := defaultConfig()
	if tx != nil {
		cfg = tx.cfg
	}
	c := settlement.NewClaimSettlement()
	return &Settlement{
		backend:  backend,
		address:  address,
		contract: c,
		instance: c.Instance(backend, address),
		token:    stablecoin.NewTestStablecoin(),
		tx:       tx,
		cfg:      cfg,
	}, nil
}

// Address is the contract address.
func (s *Settlement) Address() common.Address { return s.address }

// NextOffset returns the first input offset of partition not yet settled: where a consumer that
// takes over the partition resumes.
func (s *Settlement) NextOffset(ctx context.Context, partition int32) (int64, error) {
	p, err := partitionArg(partition)
	if err != nil {
		return 0, err
	}
	next, err := bind.Call(s.instance, &bind.CallOpts{Context: ctx}, s.contract.PackNextOffset(p), s.contract.UnpackNextOffset)
	if err != nil {
		return 0, fmt.Errorf("read watermark of partition %d: %w", partition, err)
	}
	if next > math.MaxInt64 {
		return 0, fmt.Errorf("watermark of partition %d is %d, beyond int64", partition, next)
	}
	return int64(next), nil
}

// SettledBatch returns the batch that settled partition starting at from, if any.
func (s *Settlement) SettledBatch(ctx context.Context, partition int32, from int64) (adjudicator.SettledBatch, bool, error) {
	p, err := partitionArg(partition)
	if err != nil {
		return adjudicator.SettledBatch{}, false, err
	}
	if from < 0 {
		return adjudicator.SettledBatch{}, false, fmt.Errorf("chain: negative offset %d", from)
	}
	out, err := bind.Call(s.instance, &bind.CallOpts{Context: ctx}, s.contract.PackBatchAt(p, uint64(from)), s.contract.UnpackBatchAt)
	if err != nil {
		return adjudicator.SettledBatch{}, false, fmt.Errorf("read batch at partition %d offset %d: %w", partition, from, err)
	}
	if out.BatchId == nil || out.BatchId.Sign() == 0 {
		return adjudicator.SettledBatch{}, false, nil
	}
	if out.ToOffset > math.MaxInt64 {
		return adjudicator.SettledBatch{}, false, fmt.Errorf("batch at partition %d offset %d ends at %d, beyond int64", partition, from, out.ToOffset)
	}
	return adjudicator.SettledBatch{Root: out.Root, To: int64(out.ToOffset)}, true, nil
}

// Settle pays out b and advances the partition's watermark to b.To, then waits for the receipt.
//
// A batch that does not start at the chain's watermark fails with an error wrapping
// adjudicator.ErrBatchConflict (a *RevertError named OffsetMismatch) and pays nothing, whether
// the preflight catches it or the mined transaction reverts because another instance won the
// race. Zero-cent payouts are left out: the contract rejects them.
func (s *Settlement) Settle(ctx context.Context, b adjudicator.Batch) (adjudicator.Receipt, error) {
	if s.tx == nil {
		return adjudicator.Receipt{}, errReadOnly
	}
	data, err := s.packBatch(b)
	if err != nil {
		return adjudicator.Receipt{}, fmt.Errorf("settle partition %d [%d,%d): %w", b.Partition, b.From, b.To, err)
	}
	rcpt, err := s.tx.transact(ctx, s.address, data)
	if err != nil {
		return adjudicator.Receipt{}, fmt.Errorf("settle partition %d [%d,%d): %w", b.Partition, b.From, b.To, err)
	}
	s.cfg.logger.Debug("batch settled on chain", "partition", b.Partition, "from", b.From, "to", b.To,
		"claims", b.Claims, "payees", len(b.Payouts), "pended", len(b.Pended),
		"block", rcpt.BlockNumber, "gas", rcpt.GasUsed, "tx", rcpt.TxHash)
	return receiptOf(rcpt), nil
}

func (s *Settlement) packBatch(b adjudicator.Batch) ([]byte, error) {
	p, err := partitionArg(b.Partition)
	if err != nil {
		return nil, err
	}
	if b.From < 0 || b.To <= b.From {
		return nil, fmt.Errorf("chain: invalid offset range [%d,%d)", b.From, b.To)
	}
	payees := make([]common.Address, 0, len(b.Payouts))
	amounts := make([]*big.Int, 0, len(b.Payouts))
	for i, po := range b.Payouts {
		switch {
		case po.Cents < 0:
			return nil, fmt.Errorf("chain: payout %d to %x is negative (%d cents)", i, po.Payee, po.Cents)
		case po.Cents == 0:
			continue
		case po.Payee == (adjudicator.Address{}):
			return nil, fmt.Errorf("chain: payout %d has a zero payee", i)
		}
		payees = append(payees, common.Address(po.Payee))
		amounts = append(amounts, big.NewInt(po.Cents))
	}
	pended := make([][32]byte, len(b.Pended))
	copy(pended, b.Pended)
	return s.contract.TryPackSettleBatch(p, uint64(b.From), uint64(b.To), b.Root, b.PolicyHash, b.Claims, payees, amounts, pended)
}

// Fund moves cents from the Transactor's account into the escrow: an ERC-20 approve, then fund.
// The account needs INSURER_ROLE and the tokens.
func (s *Settlement) Fund(ctx context.Context, cents int64) (adjudicator.Receipt, error) {
	if s.tx == nil {
		return adjudicator.Receipt{}, errReadOnly
	}
	if cents <= 0 {
		return adjudicator.Receipt{}, fmt.Errorf("chain: fund amount must be positive, got %d cents", cents)
	}
	token, err := s.Token(ctx)
	if err != nil {
		return adjudicator.Receipt{}, err
	}
	if _, err := s.tx.transact(ctx, token, s.token.PackApprove(s.address, big.NewInt(cents))); err != nil {
		return adjudicator.Receipt{}, fmt.Errorf("approve escrow for %d cents: %w", cents, err)
	}
	rcpt, err := s.tx.transact(ctx, s.address, s.contract.PackFund(big.NewInt(cents)))
	if err != nil {
		return adjudicator.Receipt{}, fmt.Errorf("fund escrow with %d cents: %w", cents, err)
	}
	return receiptOf(rcpt), nil
}

// Token returns the address of the settlement token.
func (s *Settlement) Token(ctx context.Context) (common.Address, error) {
	s.tokenMu.Lock()
	defer s.tokenMu.Unlock()
	if s.tokenAddr != (common.Address{}) {
		return s.tokenAddr, nil
	}
	addr, err := bind.Call(s.instance, &bind.CallOpts{Context: ctx}, s.contract.PackToken(), s.contract.UnpackToken)
	if err != nil {
		return common.Address{}, fmt.Errorf("read settlement token: %w", err)
	}
	s.tokenAddr = addr
	return addr, nil
}

// EscrowBalance returns the cents the escrow can still pay out.
func (s *Settlement) EscrowBalance(ctx context.Context) (int64, error) {
	v, err := bind.Call(s.instance, &bind.CallOpts{Context: ctx}, s.contract.PackEscrowBalance(), s.contract.UnpackEscrowBalance)
	if err != nil {
		return 0, fmt.Errorf("read escrow balance: %w", err)
	}
	return centsOf(v, "escrow balance")
}

// TokenBalance returns the settlement-token balance of owner, in cents.
func (s *Settlement) TokenBalance(ctx context.Context, owner adjudicator.Address) (int64, error) {
	token, err := s.Token(ctx)
	if err != nil {
		return 0, err
	}
	return TokenBalance(ctx, s.backend, token, owner)
}

// PendingBatch returns the batch in which claimKey was pended, or 0 when it is not pending.
func (s *Settlement) PendingBatch(ctx context.Context, claimKey adjudicator.Hash) (uint64, error) {
	v, err := bind.Call(s.instance, &bind.CallOpts{Context: ctx}, s.contract.PackPendingBatch(claimKey), s.contract.UnpackPendingBatch)
	if err != nil {
		return 0, fmt.Errorf("read pending batch of claim %x: %w", claimKey, err)
	}
	if !v.IsUint64() {
		return 0, fmt.Errorf("pending batch id %s beyond uint64", v)
	}
	return v.Uint64(), nil
}

// BatchRoot returns the Merkle root committed by batchID; zero for an unknown batch.
func (s *Settlement) BatchRoot(ctx context.Context, batchID uint64) (adjudicator.Hash, error) {
	root, err := bind.Call(s.instance, &bind.CallOpts{Context: ctx}, s.contract.PackBatchRoot(new(big.Int).SetUint64(batchID)), s.contract.UnpackBatchRoot)
	if err != nil {
		return adjudicator.Hash{}, fmt.Errorf("read root of batch %d: %w", batchID, err)
	}
	return root, nil
}

// BatchCount returns how many batches were settled, which is also the latest batch id.
func (s *Settlement) BatchCount(ctx context.Context) (uint64, error) {
	v, err := bind.Call(s.instance, &bind.CallOpts{Context: ctx}, s.contract.PackBatchCount(), s.contract.UnpackBatchCount)
	if err != nil {
		return 0, fmt.Errorf("read batch count: %w", err)
	}
	if !v.IsUint64() {
		return 0, fmt.Errorf("batch count %s beyond uint64", v)
	}
	return v.Uint64(), nil
}

// TokenBalance returns the ERC-20 balance of owner at token, in base units (cents for TUSD).
func TokenBalance(ctx context.Context, backend Backend, token common.Address, owner adjudicator.Address) (int64, error) {
	t := stablecoin.NewTestStablecoin()
	v, err := bind.Call(t.Instance(backend, token), &bind.CallOpts{Context: ctx}, t.PackBalanceOf(common.Address(owner)), t.UnpackBalanceOf)
	if err != nil {
		return 0, fmt.Errorf("read token balance of %x: %w", owner, err)
	}
	return centsOf(v, "token balance")
}

func receiptOf(r *types.Receipt) adjudicator.Receipt {
	return adjudicator.Receipt{TxHash: r.TxHash, Block: r.BlockNumber.Uint64(), GasUsed: r.GasUsed}
}

func partitionArg(p int32) (uint32, error) {
	if p < 0 {
		return 0, fmt.Errorf("chain: negative partition %d", p)
	}
	return uint32(p), nil
}

// centsOf narrows a token amount to int64 cents, the engine's money type, refusing to wrap.
func centsOf(v *big.Int, what string) (int64, error) {
	if v == nil {
		return 0, fmt.Errorf("%s: missing value", what)
	}
	if !v.IsInt64() {
		return 0, fmt.Errorf("%s %s does not fit in int64 cents", what, v)
	}
	return v.Int64(), nil
}
