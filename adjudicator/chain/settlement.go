package chain

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/bindings/settlement"
	"github.com/claimsledger/claims/bindings/stablecoin"
)

// Settlement is the ClaimSettlement contract as an adjudicator.Settler, plus what the insurer,
// providers, analysts, guardians and auditors do with it. Safe for concurrent use: one
// Settlement serves every partition of a process.
type Settlement struct {
	backend  Backend
	address  common.Address
	contract *settlement.ClaimSettlement
	instance *bind.BoundContract
	token    *stablecoin.TestStablecoin
	tx       *Transactor
	cfg      config

	mu        sync.Mutex
	tokenAddr common.Address // zero until first read; immutable in the contract
	chainID   uint64         // zero until first read
}

var _ adjudicator.Settler = (*Settlement)(nil)

// NewSettlement binds the ClaimSettlement deployed at address. tx signs transactions with
// whichever role its key holds; a nil tx gives a read-only Settlement (audit, verify). Options
// default to tx's; WithFromBlock (where event scans start) matters for SettledBatch and Ledger.
func NewSettlement(backend Backend, address common.Address, tx *Transactor, opts ...Option) (*Settlement, error) {
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
	for _, o := range opts {
		o(&cfg)
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

// Domain is what every leaf of this deployment binds to: the chain id and this contract.
func (s *Settlement) Domain(ctx context.Context) (adjudicator.Domain, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.chainID == 0 {
		id, err := s.backend.ChainID(ctx)
		if err != nil {
			return adjudicator.Domain{}, fmt.Errorf("read chain id: %w", err)
		}
		if !id.IsUint64() || id.Sign() == 0 {
			return adjudicator.Domain{}, fmt.Errorf("chain id %s is not a positive uint64", id)
		}
		s.chainID = id.Uint64()
	}
	return adjudicator.Domain{ChainID: s.chainID, Contract: s.address}, nil
}

func (s *Settlement) call(ctx context.Context) *bind.CallOpts { return &bind.CallOpts{Context: ctx} }

// NextOffset returns the first input offset of partition not yet settled: where a consumer that
// takes over the partition resumes.
func (s *Settlement) NextOffset(ctx context.Context, partition int32) (int64, error) {
	p, err := partitionArg(partition)
	if err != nil {
		return 0, err
	}
	next, err := bind.Call(s.instance, s.call(ctx), s.contract.PackNextOffset(p), s.contract.UnpackNextOffset)
	if err != nil {
		return 0, fmt.Errorf("read watermark of partition %d: %w", partition, err)
	}
	if next > math.MaxInt64 {
		return 0, fmt.Errorf("watermark of partition %d is %d, beyond int64", partition, next)
	}
	return int64(next), nil
}

// SettledBatch returns the batch that settled partition starting at from, if any. The contract
// keeps one slot per batch (a commitment), so the range and root come from the BatchSettled log,
// looked up by its indexed partition and start offset from the configured first block.
func (s *Settlement) SettledBatch(ctx context.Context, partition int32, from int64) (adjudicator.SettledBatch, bool, error) {
	ev, ok, err := s.BatchStartingAt(ctx, partition, from)
	if err != nil || !ok {
		return adjudicator.SettledBatch{}, ok, err
	}
	rcpt := adjudicator.Receipt{TxHash: ev.TxHash, Block: ev.Block, BlockHash: ev.BlockHash, GasUsed: ev.GasUsed, BatchID: ev.BatchID}
	return adjudicator.SettledBatch{Root: ev.Root, To: ev.To, Receipt: rcpt}, true, nil
}

// BatchStartingAt finds the BatchSettled event of the batch that settled partition from from.
func (s *Settlement) BatchStartingAt(ctx context.Context, partition int32, from int64) (BatchSettledEvent, bool, error) {
	p, err := partitionArg(partition)
	if err != nil {
		return BatchSettledEvent{}, false, err
	}
	if from < 0 {
		return BatchSettledEvent{}, false, fmt.Errorf("chain: negative offset %d", from)
	}
	return s.findBatch(ctx, fmt.Sprintf("batch at partition %d offset %d", partition, from),
		nil, []common.Hash{common.BigToHash(big.NewInt(int64(p)))}, []common.Hash{common.BigToHash(big.NewInt(from))})
}

// Settle credits b's providers and advances the partition's watermark to b.To, then waits for
// the receipt.
//
// A batch that does not start at the chain's watermark fails with an error wrapping
// adjudicator.ErrBatchConflict (a *RevertError named OffsetMismatch) and credits nothing,
// whether the preflight catches it or the mined transaction reverts because another instance won
// the race. A batch over the per-batch cap wraps adjudicator.ErrBatchTooLarge, so the engine
// splits it.
//
// The gas limit is the estimate with its margin plus MaturedCreditGas per credited provider, so
// a batch mined in a later challenge epoch than it was estimated in does not run out of gas.
//
// b.Reversals go first, through ReverseCredits, and each waits for its receipt before the batch
// is sent. That part is idempotent: a Settle called again with the same reversals (the process
// died between the two transactions, or the batch was split) skips the leaves already reversed.
// The reversals stand even when the batch itself then fails.
func (s *Settlement) Settle(ctx context.Context, b adjudicator.Batch) (adjudicator.Receipt, error) {
	if s.tx == nil {
		return adjudicator.Receipt{}, errReadOnly
	}
	data, err := s.packBatch(b)
	if err != nil {
		return adjudicator.Receipt{}, fmt.Errorf("settle partition %d [%d,%d): %w", b.Partition, b.From, b.To, err)
	}
	if len(b.Reversals) > 0 {
		if _, err := s.ReverseCredits(ctx, b.Reversals); err != nil {
			return adjudicator.Receipt{}, fmt.Errorf("settle partition %d [%d,%d): %w", b.Partition, b.From, b.To, err)
		}
	}
	rcpt, err := s.tx.transactWithHeadroom(ctx, s.address, data, uint64(len(b.Credits))*MaturedCreditGas)
	if err != nil {
		return adjudicator.Receipt{}, fmt.Errorf("settle partition %d [%d,%d): %w", b.Partition, b.From, b.To, err)
	}
	s.cfg.logger.Debug("batch settled on chain", "partition", b.Partition, "from", b.From, "to", b.To,
		"claims", b.Claims, "providers", len(b.Credits), "pended", len(b.Pended),
		"block", rcpt.BlockNumber, "gas", rcpt.GasUsed, "tx", rcpt.TxHash)
	out := receiptOf(rcpt)
	// The batch id is the chain's name for the batch, which providers and analysts quote; it is
	// in the receipt's BatchSettled log, so it costs no extra call.
	for _, l := range rcpt.Logs {
		if ev, err := s.contract.UnpackBatchSettledEvent(l); err == nil && ev.BatchId.IsUint64() {
			out.BatchID = ev.BatchId.Uint64()
			break
		}
	}
	return out, nil
}

// MaturedCreditGas is the most gas one credited provider can add to settleBatch between its
// estimate and its block. Crediting in epoch e first moves the provider's bucket of parity e%2
// to its account when that bucket holds an older epoch, so a batch estimated in one epoch and
// mined in a later one writes an account slot per provider that the estimate did not. Measured
// by TestSettleGasAcrossEpochBoundary: 110,489 gas when the account slot is still empty (a new
// slot at EIP-8037's price; rounded up here), 12,567 when it exists. A provider is credited once per batch and
// moves one bucket at most however many epochs pass, so this times the providers bounds what
// the estimate can miss whenever the block comes, which estimating against the next block's
// time (a block override, which the Backend interface does not offer) would not for a
// transaction left in the pool past a boundary. The limit is not what is paid (gas used is);
// at the engine's 120 providers per batch the crossing batch of the test used 15.2M gas, under
// MaxTxGas, to which the limit is clamped.
const MaturedCreditGas = 112_000

func (s *Settlement) packBatch(b adjudicator.Batch) ([]byte, error) {
	p, err := partitionArg(b.Partition)
	if err != nil {
		return nil, err
	}
	if b.From < 0 || b.To <= b.From {
		return nil, fmt.Errorf("chain: invalid offset range [%d,%d)", b.From, b.To)
	}
	keys, amounts, err := creditArgs(b.Credits)
	if err != nil {
		return nil, err
	}
	pended := make([][32]byte, len(b.Pended))
	copy(pended, b.Pended)
	return s.contract.TryPackSettleBatch(p, uint64(b.From), uint64(b.To), b.Root, b.PolicyHash, b.Claims, keys, amounts, pended)
}

// maxReversalsPerTx bounds one reverseCredits transaction (~50k gas a reversal at most), so a
// batch with many corrections stays well under a block's gas limit.
const maxReversalsPerTx = 100

// ReverseCredits takes back what earlier decisions credited (ADJUDICATOR_ROLE): it asks the
// contract which leaves are reversed already, sends the rest in reverseCredits transactions
// (each waits for its receipt) and returns their receipts, none when there was nothing left to
// reverse. Called again with the same reversals it sends nothing, so a caller that died
// halfway just calls it again. A reversal that names a leaf already in the list is dropped when
// it is the same reversal, and refused when it differs.
func (s *Settlement) ReverseCredits(ctx context.Context, rs []adjudicator.Reversal) ([]adjudicator.Receipt, error) {
	if s.tx == nil {
		return nil, errReadOnly
	}
	args, err := reversalArgs(rs)
	if err != nil {
		return nil, err
	}
	var out []adjudicator.Receipt
	// A leaf reversed between the read and the transaction (an earlier life's transaction
	// mined late) makes it revert with AlreadyReversed: read again and send the rest.
	const attempts = 3
attempt:
	for try := 1; ; try++ {
		todo := args[:0:0]
		for _, r := range args {
			done, err := s.IsReversed(ctx, r.Leaf)
			if err != nil {
				return out, err
			}
			if !done {
				todo = append(todo, r)
			}
		}
		if skipped := len(args) - len(todo); skipped > 0 {
			s.cfg.logger.Info("reversals already on chain skipped", "skipped", skipped, "to_send", len(todo))
		}
		for len(todo) > 0 {
			chunk := todo[:min(len(todo), maxReversalsPerTx)]
			rcpt, err := s.tx.transact(ctx, s.address, s.contract.PackReverseCredits(chunk))
			var rev *RevertError
			if err != nil && try < attempts && errors.As(err, &rev) && rev.Name == "AlreadyReversed" {
				s.cfg.logger.Warn("a reversal was sent meanwhile by another transaction; reading again which leaves are reversed",
					"attempt", try, "err", err)
				continue attempt
			}
			if err != nil {
				return out, fmt.Errorf("reverse %d credits: %w", len(chunk), err)
			}
			s.cfg.logger.Debug("credits reversed on chain", "reversals", len(chunk),
				"block", rcpt.BlockNumber, "gas", rcpt.GasUsed, "tx", rcpt.TxHash)
			out = append(out, receiptOf(rcpt))
			todo = todo[len(chunk):]
		}
		return out, nil
	}
}

// reversalArgs checks reversals the way the contract will, drops exact repeats of a leaf and
// converts them to call arguments.
func reversalArgs(rs []adjudicator.Reversal) ([]settlement.ClaimSettlementReversal, error) {
	seen := make(map[adjudicator.Hash]adjudicator.Reversal, len(rs))
	out := make([]settlement.ClaimSettlementReversal, 0, len(rs))
	for i, r := range rs {
		switch {
		case r.Leaf == (adjudicator.Hash{}):
			return nil, fmt.Errorf("chain: reversal %d has a zero leaf hash", i)
		case r.Provider == (adjudicator.Hash{}):
			return nil, fmt.Errorf("chain: reversal %d of leaf %x has a zero provider key", i, r.Leaf[:4])
		case r.Cents < 0:
			return nil, fmt.Errorf("chain: reversal %d of leaf %x is %d cents, want >= 0", i, r.Leaf[:4], r.Cents)
		}
		if prev, ok := seen[r.Leaf]; ok {
			if prev != r {
				return nil, fmt.Errorf("chain: reversals of leaf %x disagree (%d and %d cents, pended %v and %v)",
					r.Leaf[:4], prev.Cents, r.Cents, prev.Pended, r.Pended)
			}
			continue
		}
		seen[r.Leaf] = r
		out = append(out, settlement.ClaimSettlementReversal{
			Leaf: r.Leaf, ProviderKey: r.Provider, ClaimKey: r.ClaimKey, Cents: big.NewInt(r.Cents), Pended: r.Pended,
		})
	}
	return out, nil
}

// IsReversed reports whether a corrected claim reversed the decision whose leaf hash is leaf.
func (s *Settlement) IsReversed(ctx context.Context, leaf adjudicator.Hash) (bool, error) {
	v, err := bind.Call(s.instance, s.call(ctx), s.contract.PackIsReversed(leaf), s.contract.UnpackIsReversed)
	if err != nil {
		return false, fmt.Errorf("read reversal of leaf %x: %w", leaf[:4], err)
	}
	return v, nil
}

// OwedBy reads what provider owes: reversed credits its balance did not cover, which its next
// withdrawals pay first.
func (s *Settlement) OwedBy(ctx context.Context, provider adjudicator.Hash) (int64, error) {
	v, err := bind.Call(s.instance, s.call(ctx), s.contract.PackOwedBy(provider), s.contract.UnpackOwedBy)
	if err != nil {
		return 0, fmt.Errorf("read debt of provider %x: %w", provider[:4], err)
	}
	return centsOf(v, "debt")
}

// creditArgs checks a credit list the way the contract will and converts it to call arguments.
func creditArgs(credits []adjudicator.Credit) ([][32]byte, []*big.Int, error) {
	keys := make([][32]byte, len(credits))
	amounts := make([]*big.Int, len(credits))
	for i, c := range credits {
		switch {
		case c.Cents <= 0:
			return nil, nil, fmt.Errorf("chain: credit %d to provider %x is %d cents, want > 0", i, c.Provider[:4], c.Cents)
		case c.Provider == (adjudicator.Hash{}):
			return nil, nil, fmt.Errorf("chain: credit %d has a zero provider key", i)
		case i > 0 && string(c.Provider[:]) <= string(credits[i-1].Provider[:]):
			return nil, nil, fmt.Errorf("chain: credit %d is out of provider-key order (or repeats a provider)", i)
		}
		keys[i], amounts[i] = c.Provider, big.NewInt(c.Cents)
	}
	return keys, amounts, nil
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

// Withdrawal is a provider's withdrawal as the settlement contract recorded it (its
// ProviderWithdrew event).
type Withdrawal struct {
	Receipt  adjudicator.Receipt
	Provider adjudicator.Hash
	// Payout is the address the money went to: the provider's payout address in effect in the
	// block that paid it, which only the registry decides.
	Payout common.Address
	Cents  int64
	// Caller sent the transaction; anyone may.
	Caller common.Address
}

// Withdraw pays everything provider can withdraw now to its registered payout address (anyone
// may send it) and reports what the ProviderWithdrew event says moved where. The provider's
// debt (OwedBy) is paid first: Cents is what was left to pay out, 0 when the debt took it all.
func (s *Settlement) Withdraw(ctx context.Context, provider adjudicator.Hash) (Withdrawal, error) {
	rcpt, err := s.send(ctx, "withdraw", s.contract.PackWithdraw(provider))
	if err != nil {
		return Withdrawal{}, err
	}
	for _, l := range rcpt.Logs {
		ev, err := s.contract.UnpackProviderWithdrewEvent(l)
		if err != nil || ev.ProviderKey != provider {
			continue
		}
		w := Withdrawal{Receipt: receiptOf(rcpt), Provider: provider, Payout: ev.Payout, Caller: ev.Caller}
		w.Cents, err = centsOf(ev.Amount, "ProviderWithdrew.amount")
		return w, err
	}
	return Withdrawal{Receipt: receiptOf(rcpt), Provider: provider}, errors.New("chain: withdraw mined without a ProviderWithdrew event")
}

// Balance is a provider's standing in the settlement ledger.
type Balance struct {
	// Pending cents are inside their challenge window.
	Pending int64 `json:"pending_cents"`
	// Withdrawable cents can be withdrawn now.
	Withdrawable int64 `json:"withdrawable_cents"`
	// Withdrawn is everything withdrawn so far.
	Withdrawn int64 `json:"withdrawn_cents"`
	// Owed is the provider's debt from reversed credits, which its next withdrawals pay first.
	// Pending and Withdrawable are net of it (the contract takes it from Withdrawable first).
	Owed int64 `json:"owed_cents"`
}

// BalanceOf reads provider's balance.
func (s *Settlement) BalanceOf(ctx context.Context, provider adjudicator.Hash) (Balance, error) {
	out, err := bind.Call(s.instance, s.call(ctx), s.contract.PackBalanceOf(provider), s.contract.UnpackBalanceOf)
	if err != nil {
		return Balance{}, fmt.Errorf("read balance of provider %x: %w", provider[:4], err)
	}
	w, err := bind.Call(s.instance, s.call(ctx), s.contract.PackWithdrawnBy(provider), s.contract.UnpackWithdrawnBy)
	if err != nil {
		return Balance{}, fmt.Errorf("read withdrawals of provider %x: %w", provider[:4], err)
	}
	var b Balance
	if b.Pending, err = centsOf(out.Pending, "pending balance"); err != nil {
		return Balance{}, err
	}
	if b.Withdrawable, err = centsOf(out.Withdrawable, "withdrawable balance"); err != nil {
		return Balance{}, err
	}
	if b.Withdrawn, err = centsOf(w, "withdrawn total"); err != nil {
		return Balance{}, err
	}
	if b.Owed, err = s.OwedBy(ctx, provider); err != nil {
		return Balance{}, err
	}
	return b, nil
}

// BatchStatus is where a batch stands on chain.
type BatchStatus uint8

// Batch statuses, as the contract numbers them.
const (
	BatchSettledStatus  BatchStatus = 0 // in or past its challenge window
	BatchFrozenStatus   BatchStatus = 1 // frozen by the guardian: its credits never become withdrawable
	BatchReleasedStatus BatchStatus = 2 // released by the admin after a freeze
)

func (s BatchStatus) String() string {
	switch s {
	case BatchSettledStatus:
		return "settled"
	case BatchFrozenStatus:
		return "frozen"
	case BatchReleasedStatus:
		return "released"
	}
	return fmt.Sprintf("status(%d)", uint8(s))
}

// BatchInfo is what the contract stores of a batch.
type BatchInfo struct {
	Commitment     [28]byte
	Epoch          uint32
	Status         BatchStatus
	WindowClosesAt uint64 // unix seconds of chain time
}

// BatchInfo reads what the contract stores of batchID; ok is false for an unknown batch.
func (s *Settlement) BatchInfo(ctx context.Context, batchID uint64) (BatchInfo, bool, error) {
	out, err := bind.Call(s.instance, s.call(ctx), s.contract.PackBatchInfo(new(big.Int).SetUint64(batchID)), s.contract.UnpackBatchInfo)
	if err != nil {
		return BatchInfo{}, false, fmt.Errorf("read batch %d: %w", batchID, err)
	}
	if out.Commitment == ([28]byte{}) {
		return BatchInfo{}, false, nil
	}
	closes := uint64(math.MaxUint64)
	if out.WindowClosesAt.IsUint64() {
		closes = out.WindowClosesAt.Uint64()
	}
	return BatchInfo{Commitment: out.Commitment, Epoch: out.Epoch, Status: BatchStatus(out.Status), WindowClosesAt: closes}, true, nil
}

// Freeze freezes batchID inside its challenge window (GUARDIAN_ROLE): its credits, given exactly
// as it settled them, never become withdrawable.
func (s *Settlement) Freeze(ctx context.Context, batchID uint64, h BatchHeader, credits []adjudicator.Credit) (adjudicator.Receipt, error) {
	keys, amounts, err := creditArgs(credits)
	if err != nil {
		return adjudicator.Receipt{}, err
	}
	rcpt, err := s.send(ctx, fmt.Sprintf("freeze batch %d", batchID),
		s.contract.PackFreezeBatch(new(big.Int).SetUint64(batchID), h.binding(), keys, amounts))
	if err != nil {
		return adjudicator.Receipt{}, err
	}
	return receiptOf(rcpt), nil
}

// Release releases frozen batchID (DEFAULT_ADMIN_ROLE): its credits become withdrawable.
func (s *Settlement) Release(ctx context.Context, batchID uint64, h BatchHeader, credits []adjudicator.Credit) (adjudicator.Receipt, error) {
	keys, amounts, err := creditArgs(credits)
	if err != nil {
		return adjudicator.Receipt{}, err
	}
	rcpt, err := s.send(ctx, fmt.Sprintf("release batch %d", batchID),
		s.contract.PackReleaseBatch(new(big.Int).SetUint64(batchID), h.binding(), keys, amounts))
	if err != nil {
		return adjudicator.Receipt{}, err
	}
	return receiptOf(rcpt), nil
}

// Pause stops settlement, withdrawals and claim resolution (GUARDIAN_ROLE).
func (s *Settlement) Pause(ctx context.Context) (adjudicator.Receipt, error) {
	rcpt, err := s.send(ctx, "pause settlement", s.contract.PackPause())
	if err != nil {
		return adjudicator.Receipt{}, err
	}
	return receiptOf(rcpt), nil
}

// Paused reports whether settlement is paused.
func (s *Settlement) Paused(ctx context.Context) (bool, error) {
	p, err := bind.Call(s.instance, s.call(ctx), s.contract.PackPaused(), s.contract.UnpackPaused)
	if err != nil {
		return false, fmt.Errorf("read paused: %w", err)
	}
	return p, nil
}

// Resolution is where a pended claim stands on chain.
type Resolution uint8

// Resolutions, as the contract numbers them.
const (
	ResolutionOpen     Resolution = 0
	ResolutionApproved Resolution = 1
	ResolutionDenied   Resolution = 2
	// ResolutionVoided is a pended claim reversed by a corrected claim while open: it can never
	// be resolved.
	ResolutionVoided Resolution = 3
)

func (r Resolution) String() string {
	switch r {
	case ResolutionOpen:
		return "open"
	case ResolutionApproved:
		return "approved"
	case ResolutionDenied:
		return "denied"
	case ResolutionVoided:
		return "voided"
	}
	return fmt.Sprintf("resolution(%d)", uint8(r))
}

// ResolutionOf reads where the pended claim whose Merkle leaf hash is leaf stands (the contract
// keeps resolutions per leaf: a replacement claim keeps its original's claim key).
func (s *Settlement) ResolutionOf(ctx context.Context, leaf adjudicator.Hash) (Resolution, error) {
	r, err := bind.Call(s.instance, s.call(ctx), s.contract.PackResolutionOf(leaf), s.contract.UnpackResolutionOf)
	if err != nil {
		return 0, fmt.Errorf("read resolution of leaf %x: %w", leaf[:4], err)
	}
	return Resolution(r), nil
}

// ResolvePended approves or denies a pended claim (FRAUD_ANALYST_ROLE), proving its leaf against
// the root of batchID. An approval credits cents: the leaf's cents for the whole claim, less for
// some of its lines; a denial, 0. Only the hash of the analyst's note goes on chain.
func (s *Settlement) ResolvePended(ctx context.Context, batchID uint64, h BatchHeader, leaf LeafArgs, proof [][32]byte, approve bool, cents int64, noteHash adjudicator.Hash) (adjudicator.Receipt, error) {
	what := "deny"
	if approve {
		what = "approve"
	}
	if cents < 0 {
		return adjudicator.Receipt{}, fmt.Errorf("%s pended claim: %d cents", what, cents)
	}
	rcpt, err := s.send(ctx, what+" pended claim", s.contract.PackResolvePended(
		new(big.Int).SetUint64(batchID), h.binding(), leaf.binding(), proof, approve, big.NewInt(cents), noteHash))
	if err != nil {
		return adjudicator.Receipt{}, err
	}
	return receiptOf(rcpt), nil
}

// LeafHash asks the contract for the leaf hash of leaf, to check the Go encoding against it.
func (s *Settlement) LeafHash(ctx context.Context, leaf LeafArgs) (adjudicator.Hash, error) {
	h, err := bind.Call(s.instance, s.call(ctx), s.contract.PackLeafHash(leaf.binding()), s.contract.UnpackLeafHash)
	if err != nil {
		return adjudicator.Hash{}, fmt.Errorf("read leaf hash: %w", err)
	}
	return h, nil
}

// Token returns the address of the settlement token.
func (s *Settlement) Token(ctx context.Context) (common.Address, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.tokenAddr != (common.Address{}) {
		return s.tokenAddr, nil
	}
	addr, err := bind.Call(s.instance, s.call(ctx), s.contract.PackToken(), s.contract.UnpackToken)
	if err != nil {
		return common.Address{}, fmt.Errorf("read settlement token: %w", err)
	}
	s.tokenAddr = addr
	return addr, nil
}

// EscrowBalance returns the token units the escrow holds, owed or not.
func (s *Settlement) EscrowBalance(ctx context.Context) (int64, error) {
	v, err := bind.Call(s.instance, s.call(ctx), s.contract.PackEscrowBalance(), s.contract.UnpackEscrowBalance)
	if err != nil {
		return 0, fmt.Errorf("read escrow balance: %w", err)
	}
	return centsOf(v, "escrow balance")
}

// Outstanding returns the cents owed to providers: credited, not frozen, not yet withdrawn.
func (s *Settlement) Outstanding(ctx context.Context) (int64, error) {
	v, err := bind.Call(s.instance, s.call(ctx), s.contract.PackOutstanding(), s.contract.UnpackOutstanding)
	if err != nil {
		return 0, fmt.Errorf("read outstanding credits: %w", err)
	}
	return centsOf(v, "outstanding credits")
}

// TokenBalance returns the settlement-token balance of owner, in cents.
func (s *Settlement) TokenBalance(ctx context.Context, owner adjudicator.Address) (int64, error) {
	token, err := s.Token(ctx)
	if err != nil {
		return 0, err
	}
	return TokenBalance(ctx, s.backend, token, owner)
}

// BatchCount returns how many batches were settled, which is also the latest batch id.
func (s *Settlement) BatchCount(ctx context.Context) (uint64, error) {
	v, err := bind.Call(s.instance, s.call(ctx), s.contract.PackBatchCount(), s.contract.UnpackBatchCount)
	if err != nil {
		return 0, fmt.Errorf("read batch count: %w", err)
	}
	if !v.IsUint64() {
		return 0, fmt.Errorf("batch count %s beyond uint64", v)
	}
	return v.Uint64(), nil
}

// send transacts data to the contract and names what failed.
func (s *Settlement) send(ctx context.Context, what string, data []byte) (*types.Receipt, error) {
	if s.tx == nil {
		return nil, errReadOnly
	}
	rcpt, err := s.tx.transact(ctx, s.address, data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	return rcpt, nil
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
	return adjudicator.Receipt{TxHash: r.TxHash, Block: r.BlockNumber.Uint64(), BlockHash: r.BlockHash, GasUsed: r.GasUsed}
}

// Health reports an error while the node fails the receipt polls of a settlement in flight,
// which the wait rides out rather than give up on the transaction; the engine's readiness
// includes it.
func (s *Settlement) Health() error {
	if s.tx == nil {
		return nil
	}
	if since, failing := s.tx.Unreachable(); failing {
		return fmt.Errorf("chain endpoint failing since %s while waiting for a settlement receipt", since.UTC().Format(time.RFC3339))
	}
	return nil
}

// Confirm waits until the settlement r is depth blocks below the head and still in the chain.
// A transaction whose block was replaced but which was mined again in the new chain is followed
// there; one that is gone, or reverted in the new chain (another instance settled the range
// first), is reported as adjudicator.ErrReorged.
func (s *Settlement) Confirm(ctx context.Context, r adjudicator.Receipt, depth uint64) error {
	for {
		head, err := s.backend.BlockNumber(ctx)
		if err != nil {
			return fmt.Errorf("confirm settlement %x: read head: %w", r.TxHash[:4], err)
		}
		if head >= r.Block+depth {
			rc, err := s.backend.TransactionReceipt(ctx, r.TxHash)
			switch {
			case errors.Is(err, ethereum.NotFound):
				return fmt.Errorf("settlement tx %x: %w", r.TxHash, adjudicator.ErrReorged)
			case err != nil:
				return fmt.Errorf("confirm settlement %x: %w", r.TxHash[:4], err)
			case rc.Status != types.ReceiptStatusSuccessful:
				return fmt.Errorf("settlement tx %x reverted after a reorganization: %w", r.TxHash, adjudicator.ErrReorged)
			case rc.BlockHash == r.BlockHash:
				return nil
			}
			// Mined again in another block: wait for depth there.
			r.Block, r.BlockHash = rc.BlockNumber.Uint64(), rc.BlockHash
			continue
		}
		if err := sleep(ctx, s.cfg.pollInterval); err != nil {
			return err
		}
	}
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
