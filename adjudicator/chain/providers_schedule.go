package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/claimsledger/claims/adjudicator"
)

// PayoutSchedule is a registration or a change of payout address as the registry recorded it
// (from its ProviderRegistered or PayoutChangeScheduled event): what `claims provider` reports.
type PayoutSchedule struct {
	Receipt  adjudicator.Receipt
	Provider adjudicator.Hash
	// Payout is the address scheduled.
	Payout common.Address
	// Previous is the address in effect when the change was scheduled, which keeps receiving
	// withdrawals until EffectiveAt; zero for a registration.
	Previous common.Address
	// EffectiveAt is when Payout takes effect and ScheduledAt the timestamp of the block that
	// scheduled it, both unix seconds of chain time; the difference is the payout delay.
	EffectiveAt, ScheduledAt uint64
}

// Register registers provider to be paid at payout, effective after the payout delay, and
// reports when that is.
func (p *ProviderRegistry) Register(ctx context.Context, provider adjudicator.Hash, payout common.Address) (PayoutSchedule, error) {
	rcpt, err := p.transact(ctx, "register provider", p.contract.PackRegisterProvider(provider, payout))
	if err != nil {
		return PayoutSchedule{}, err
	}
	out := PayoutSchedule{Receipt: receiptOf(rcpt), Provider: provider}
	for _, l := range rcpt.Logs {
		ev, err := p.contract.UnpackProviderRegisteredEvent(l)
		if err != nil || ev.ProviderKey != provider {
			continue
		}
		out.Payout = ev.Payout
		if out.EffectiveAt, err = uint48Of(ev.EffectiveAt, "ProviderRegistered.effectiveAt"); err != nil {
			return out, err
		}
		return p.stamp(ctx, rcpt, out)
	}
	return out, errors.New("chain: registration mined without a ProviderRegistered event")
}

// ChangePayout schedules payout as provider's new payout address, effective after the payout
// delay, and reports the address it replaces and when the new one takes effect.
func (p *ProviderRegistry) ChangePayout(ctx context.Context, provider adjudicator.Hash, payout common.Address) (PayoutSchedule, error) {
	rcpt, err := p.transact(ctx, "change payout address", p.contract.PackChangePayout(provider, payout))
	if err != nil {
		return PayoutSchedule{}, err
	}
	out := PayoutSchedule{Receipt: receiptOf(rcpt), Provider: provider}
	for _, l := range rcpt.Logs {
		ev, err := p.contract.UnpackPayoutChangeScheduledEvent(l)
		if err != nil || ev.ProviderKey != provider {
			continue
		}
		out.Payout, out.Previous = ev.Payout, ev.Previous
		if out.EffectiveAt, err = uint48Of(ev.EffectiveAt, "PayoutChangeScheduled.effectiveAt"); err != nil {
			return out, err
		}
		return p.stamp(ctx, rcpt, out)
	}
	return out, errors.New("chain: payout change mined without a PayoutChangeScheduled event")
}

// PayoutDelay reads how long registrations and payout changes scheduled now wait.
func (p *ProviderRegistry) PayoutDelay(ctx context.Context) (time.Duration, error) {
	v, err := bind.Call(p.instance, &bind.CallOpts{Context: ctx}, p.contract.PackPayoutDelay(), p.contract.UnpackPayoutDelay)
	if err != nil {
		return 0, fmt.Errorf("read payout delay: %w", err)
	}
	s, err := uint48Of(v, "payout delay")
	if err != nil {
		return 0, err
	}
	return time.Duration(s) * time.Second, nil
}

func (p *ProviderRegistry) transact(ctx context.Context, what string, data []byte) (*types.Receipt, error) {
	if p.tx == nil {
		return nil, errReadOnly
	}
	r, err := p.tx.transact(ctx, p.address, data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	return r, nil
}

// stamp adds the timestamp of the block rcpt was mined in.
func (p *ProviderRegistry) stamp(ctx context.Context, rcpt *types.Receipt, out PayoutSchedule) (PayoutSchedule, error) {
	h, err := p.backend.HeaderByNumber(ctx, rcpt.BlockNumber)
	if err != nil {
		return out, fmt.Errorf("read block %s: %w", rcpt.BlockNumber, err)
	}
	out.ScheduledAt = h.Time
	return out, nil
}

// uint48Of narrows a uint48 the contract returned (a time or a delay in seconds).
func uint48Of(v *big.Int, what string) (uint64, error) {
	if v == nil || !v.IsUint64() || v.Uint64() >= 1<<48 {
		return 0, fmt.Errorf("chain: %s %v is not a uint48", what, v)
	}
	return v.Uint64(), nil
}
