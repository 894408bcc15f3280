package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/claimsledger/claims/adjudicator"
)

// Limits are the settlement contract's guardrails as its limits() view reports them. Durations
// are whole seconds, as the contract keeps them.
type Limits struct {
	// ChallengeWindowSeconds is the epoch length and the challenge window (set by the admin).
	ChallengeWindowSeconds uint64
	// MaxBatchOffsets is the most input offsets one batch may cover (set by the admin).
	MaxBatchOffsets uint64
	// MaxBatchCents caps what one batch may credit (set by the insurer).
	MaxBatchCents int64
	// WindowCapCents caps credits in a burst, refilled linearly over CapWindowSeconds (set by
	// the insurer).
	WindowCapCents   int64
	CapWindowSeconds uint64
	// WindowCapAvailableCents is what the window cap lets through now.
	WindowCapAvailableCents int64
}

// EscrowWithdrawal is the insurer's pending request to take back escrow; Cents is zero when there
// is none.
type EscrowWithdrawal struct {
	To    common.Address
	Cents int64
	// ReadyAt is when it can be executed, in unix seconds of chain time.
	ReadyAt uint64
	// DelaySeconds is the escrow withdrawal delay a request made now waits (set by the admin).
	DelaySeconds uint64
}

// Escrow is the escrow and its guardrails, all read at one block.
type Escrow struct {
	// Block was read; Time is its timestamp (unix seconds of chain time).
	Block uint64
	Time  uint64
	// HeldCents were funded and not paid out; OwedCents are credited to providers and not yet
	// withdrawn (frozen credits excluded); UnallocatedCents is what nobody is owed: what new
	// credits, releases and escrow withdrawals can draw on.
	HeldCents        int64
	OwedCents        int64
	UnallocatedCents int64
	Limits           Limits
	Paused           bool
	Withdrawal       EscrowWithdrawal
}

// Escrow reads the escrow, its guardrails, the pause and the pending escrow withdrawal, all at
// the head block, so the numbers add up with each other.
func (s *Settlement) Escrow(ctx context.Context) (Escrow, error) {
	head, err := s.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return Escrow{}, fmt.Errorf("read head block: %w", err)
	}
	opts := &bind.CallOpts{Context: ctx, BlockNumber: head.Number}
	out := Escrow{Block: head.Number.Uint64(), Time: head.Time}
	held, err := bind.Call(s.instance, opts, s.contract.PackEscrowBalance(), s.contract.UnpackEscrowBalance)
	if err != nil {
		return Escrow{}, fmt.Errorf("read escrow balance: %w", err)
	}
	if out.HeldCents, err = centsOf(held, "escrow balance"); err != nil {
		return Escrow{}, err
	}
	owed, err := bind.Call(s.instance, opts, s.contract.PackOutstanding(), s.contract.UnpackOutstanding)
	if err != nil {
		return Escrow{}, fmt.Errorf("read outstanding credits: %w", err)
	}
	if out.OwedCents, err = centsOf(owed, "outstanding credits"); err != nil {
		return Escrow{}, err
	}
	if out.UnallocatedCents, err = s.unallocatedAt(opts); err != nil {
		return Escrow{}, err
	}
	if out.Limits, err = s.limitsAt(opts); err != nil {
		return Escrow{}, err
	}
	if out.Paused, err = bind.Call(s.instance, opts, s.contract.PackPaused(), s.contract.UnpackPaused); err != nil {
		return Escrow{}, fmt.Errorf("read paused: %w", err)
	}
	if out.Withdrawal, err = s.escrowWithdrawalAt(opts); err != nil {
		return Escrow{}, err
	}
	return out, nil
}

// UnallocatedEscrow returns the cents of escrow no provider is owed.
func (s *Settlement) UnallocatedEscrow(ctx context.Context) (int64, error) {
	return s.unallocatedAt(s.call(ctx))
}

func (s *Settlement) unallocatedAt(opts *bind.CallOpts) (int64, error) {
	v, err := bind.Call(s.instance, opts, s.contract.PackUnallocatedEscrow(), s.contract.UnpackUnallocatedEscrow)
	if err != nil {
		return 0, fmt.Errorf("read unallocated escrow: %w", err)
	}
	return centsOf(v, "unallocated escrow")
}

// Limits reads the challenge window, the batch range and the payout caps.
func (s *Settlement) Limits(ctx context.Context) (Limits, error) {
	return s.limitsAt(s.call(ctx))
}

func (s *Settlement) limitsAt(opts *bind.CallOpts) (Limits, error) {
	v, err := bind.Call(s.instance, opts, s.contract.PackLimits(), s.contract.UnpackLimits)
	if err != nil {
		return Limits{}, fmt.Errorf("read limits: %w", err)
	}
	l := Limits{ChallengeWindowSeconds: v.ChallengeWindow, MaxBatchOffsets: v.MaxBatchOffsets}
	if l.MaxBatchCents, err = centsOf(v.MaxBatchCents, "per-batch cap"); err != nil {
		return Limits{}, err
	}
	if l.WindowCapCents, err = centsOf(v.WindowCapCents, "window cap"); err != nil {
		return Limits{}, err
	}
	if l.CapWindowSeconds, err = uint48Of(v.CapWindow, "cap window"); err != nil {
		return Limits{}, err
	}
	if l.WindowCapAvailableCents, err = centsOf(v.WindowCapAvailable, "window cap available"); err != nil {
		return Limits{}, err
	}
	return l, nil
}

// EscrowWithdrawal reads the pending request to take back escrow (Cents zero when none) and the
// delay a new request waits.
func (s *Settlement) EscrowWithdrawal(ctx context.Context) (EscrowWithdrawal, error) {
	return s.escrowWithdrawalAt(s.call(ctx))
}

func (s *Settlement) escrowWithdrawalAt(opts *bind.CallOpts) (EscrowWithdrawal, error) {
	v, err := bind.Call(s.instance, opts, s.contract.PackEscrowWithdrawal(), s.contract.UnpackEscrowWithdrawal)
	if err != nil {
		return EscrowWithdrawal{}, fmt.Errorf("read escrow withdrawal request: %w", err)
	}
	w := EscrowWithdrawal{To: v.To}
	if w.Cents, err = centsOf(v.Amount, "escrow withdrawal amount"); err != nil {
		return EscrowWithdrawal{}, err
	}
	if w.ReadyAt, err = uint48Of(v.ReadyAt, "escrow withdrawal readyAt"); err != nil {
		return EscrowWithdrawal{}, err
	}
	if w.DelaySeconds, err = uint48Of(v.Delay, "escrow withdrawal delay"); err != nil {
		return EscrowWithdrawal{}, err
	}
	return w, nil
}

// SetPayoutCaps caps credits at maxBatchCents per batch and windowCapCents per capWindow (a
// bucket of that size refilling over the window); INSURER_ROLE. Every value must be positive
// and capWindow whole seconds.
func (s *Settlement) SetPayoutCaps(ctx context.Context, maxBatchCents, windowCapCents int64, capWindow time.Duration) (adjudicator.Receipt, error) {
	switch {
	case maxBatchCents <= 0:
		return adjudicator.Receipt{}, fmt.Errorf("chain: per-batch cap must be positive, got %d cents", maxBatchCents)
	case windowCapCents <= 0:
		return adjudicator.Receipt{}, fmt.Errorf("chain: window cap must be positive, got %d cents", windowCapCents)
	case capWindow < time.Second || capWindow%time.Second != 0:
		return adjudicator.Receipt{}, fmt.Errorf("chain: cap window %s must be whole seconds, at least 1s", capWindow)
	}
	// int64 cents always fit the contract's uint96 and uint80; an int64 Duration in seconds
	// always fits its uint48.
	rcpt, err := s.send(ctx, "set payout caps", s.contract.PackSetPayoutCaps(
		big.NewInt(maxBatchCents), big.NewInt(windowCapCents), big.NewInt(int64(capWindow/time.Second))))
	if err != nil {
		return adjudicator.Receipt{}, err
	}
	return receiptOf(rcpt), nil
}

// EscrowWithdrawalRequest is a request to take back escrow as its EscrowWithdrawalRequested
// event recorded it.
type EscrowWithdrawalRequest struct {
	Receipt adjudicator.Receipt
	// To is the insurer that asked; the escrow goes there.
	To    common.Address
	Cents int64
	// ReadyAt is when it can be executed and RequestedAt when it was mined, in unix seconds of
	// chain time.
	ReadyAt     uint64
	RequestedAt uint64
}

// RequestEscrowWithdrawal asks to take back cents of unallocated escrow to the signing insurer
// after the escrow withdrawal delay (INSURER_ROLE), replacing an earlier request. The contract
// checks the amount against the unallocated escrow only when the request is executed.
func (s *Settlement) RequestEscrowWithdrawal(ctx context.Context, cents int64) (EscrowWithdrawalRequest, error) {
	if cents <= 0 {
		return EscrowWithdrawalRequest{}, fmt.Errorf("chain: escrow withdrawal must be positive, got %d cents", cents)
	}
	rcpt, err := s.send(ctx, fmt.Sprintf("request escrow withdrawal of %d cents", cents), s.contract.PackRequestEscrowWithdrawal(big.NewInt(cents)))
	if err != nil {
		return EscrowWithdrawalRequest{}, err
	}
	out := EscrowWithdrawalRequest{Receipt: receiptOf(rcpt)}
	for _, l := range rcpt.Logs {
		ev, err := s.contract.UnpackEscrowWithdrawalRequestedEvent(l)
		if err != nil || l.Address != s.address {
			continue
		}
		out.To = ev.Insurer
		if out.Cents, err = centsOf(ev.Amount, "EscrowWithdrawalRequested.amount"); err != nil {
			return out, err
		}
		if out.ReadyAt, err = uint48Of(ev.ReadyAt, "EscrowWithdrawalRequested.readyAt"); err != nil {
			return out, err
		}
		h, err := s.backend.HeaderByNumber(ctx, rcpt.BlockNumber)
		if err != nil {
			return out, fmt.Errorf("read block %s: %w", rcpt.BlockNumber, err)
		}
		out.RequestedAt = h.Time
		return out, nil
	}
	return out, errors.New("chain: escrow withdrawal request mined without an EscrowWithdrawalRequested event")
}

// EscrowWithdrawn is escrow that went back to the insurer (its EscrowWithdrawn event).
type EscrowWithdrawn struct {
	Receipt adjudicator.Receipt
	To      common.Address
	Cents   int64
}

// ExecuteEscrowWithdrawal pays out the pending request once its delay has passed
// (INSURER_ROLE; not while paused). The contract refuses with NoEscrowWithdrawal,
// EscrowWithdrawalNotReady(readyAt) or InsufficientEscrow(needed, available).
func (s *Settlement) ExecuteEscrowWithdrawal(ctx context.Context) (EscrowWithdrawn, error) {
	rcpt, err := s.send(ctx, "execute escrow withdrawal", s.contract.PackExecuteEscrowWithdrawal())
	if err != nil {
		return EscrowWithdrawn{}, err
	}
	out := EscrowWithdrawn{Receipt: receiptOf(rcpt)}
	for _, l := range rcpt.Logs {
		ev, err := s.contract.UnpackEscrowWithdrawnEvent(l)
		if err != nil || l.Address != s.address {
			continue
		}
		out.To = ev.To
		out.Cents, err = centsOf(ev.Amount, "EscrowWithdrawn.amount")
		return out, err
	}
	return out, errors.New("chain: escrow withdrawal mined without an EscrowWithdrawn event")
}

// CancelEscrowWithdrawal cancels the pending request to take back escrow (INSURER_ROLE) and
// returns the cents it asked for. The contract refuses with NoEscrowWithdrawal when there is none.
func (s *Settlement) CancelEscrowWithdrawal(ctx context.Context) (int64, adjudicator.Receipt, error) {
	rcpt, err := s.send(ctx, "cancel escrow withdrawal", s.contract.PackCancelEscrowWithdrawal())
	if err != nil {
		return 0, adjudicator.Receipt{}, err
	}
	for _, l := range rcpt.Logs {
		ev, err := s.contract.UnpackEscrowWithdrawalCancelledEvent(l)
		if err != nil || l.Address != s.address {
			continue
		}
		cents, err := centsOf(ev.Amount, "EscrowWithdrawalCancelled.amount")
		return cents, receiptOf(rcpt), err
	}
	return 0, receiptOf(rcpt), errors.New("chain: escrow withdrawal cancel mined without an EscrowWithdrawalCancelled event")
}
