package chain

import (
	"context"
	"errors"
	"fmt"
	"sort"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/bindings/providers"
)

// ProviderRegistry is the ProviderRegistry contract: where each provider key is paid.
type ProviderRegistry struct {
	backend  Backend
	address  common.Address
	contract *providers.ProviderRegistry
	instance *bind.BoundContract
	tx       *Transactor
	cfg      config
}

// NewProviderRegistry binds the ProviderRegistry at address. tx must hold PROVIDER_MANAGER_ROLE
// to register and change payouts (DEFAULT_ADMIN_ROLE to cancel a change); nil is read-only.
func NewProviderRegistry(backend Backend, address common.Address, tx *Transactor, opts ...Option) (*ProviderRegistry, error) {
	if backend == nil {
		return nil, errors.New("chain: nil backend")
	}
	if address == (common.Address{}) {
		return nil, errors.New("chain: zero ProviderRegistry address")
	}
	cfg := defaultConfig()
	if tx != nil {
		cfg = tx.cfg
	}
	for _, o := range opts {
		o(&cfg)
	}
	c := providers.NewProviderRegistry()
	return &ProviderRegistry{backend: backend, address: address, contract: c, instance: c.Instance(backend, address), tx: tx, cfg: cfg}, nil
}

// Address is the contract address.
func (p *ProviderRegistry) Address() common.Address { return p.address }

// CancelPayoutChange cancels provider's scheduled change (admin).
func (p *ProviderRegistry) CancelPayoutChange(ctx context.Context, provider adjudicator.Hash) (adjudicator.Receipt, error) {
	r, err := p.transact(ctx, "cancel payout change", p.contract.PackCancelPayoutChange(provider))
	if err != nil {
		return adjudicator.Receipt{}, err
	}
	return receiptOf(r), nil
}

// Payout is where a provider is paid now and where it will be paid after a scheduled change.
type Payout struct {
	Provider adjudicator.Hash `json:"-"`
	// Current is where withdrawals go now; zero when none is in effect yet.
	Current common.Address `json:"payout"`
	// Next and EffectiveAt describe a change that has not taken effect yet; zero when none.
	Next        common.Address `json:"pending_payout,omitzero"`
	EffectiveAt uint64         `json:"pending_effective_at,omitempty"`
}

// PayoutOf reads where provider is paid.
func (p *ProviderRegistry) PayoutOf(ctx context.Context, provider adjudicator.Hash) (Payout, error) {
	opts := &bind.CallOpts{Context: ctx}
	cur, err := bind.Call(p.instance, opts, p.contract.PackPayoutOf(provider), p.contract.UnpackPayoutOf)
	if err != nil {
		return Payout{}, fmt.Errorf("read payout of provider %x: %w", provider[:4], err)
	}
	next, err := bind.Call(p.instance, opts, p.contract.PackPendingPayoutOf(provider), p.contract.UnpackPendingPayoutOf)
	if err != nil {
		return Payout{}, fmt.Errorf("read pending payout of provider %x: %w", provider[:4], err)
	}
	out := Payout{Provider: provider, Current: cur, Next: next.Payout}
	if next.EffectiveAt != nil && next.EffectiveAt.IsUint64() {
		out.EffectiveAt = next.EffectiveAt.Uint64()
	}
	return out, nil
}

// Providers lists every provider key ever registered, from the ProviderRegistered events from
// the configured first block, in key order, with where each is paid now.
func (p *ProviderRegistry) Providers(ctx context.Context) ([]Payout, error) {
	it, err := bind.FilterEvents(p.instance, &bind.FilterOpts{Start: p.cfg.fromBlock, Context: ctx}, p.contract.UnpackProviderRegisteredEvent)
	if err != nil {
		return nil, fmt.Errorf("filter ProviderRegistered: %w", err)
	}
	defer it.Close()
	seen := map[adjudicator.Hash]bool{}
	var keys []adjudicator.Hash
	for it.Next() {
		k := it.Value().ProviderKey
		if !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	if err := it.Error(); err != nil {
		return nil, fmt.Errorf("iterate ProviderRegistered: %w", err)
	}
	sort.Slice(keys, func(i, j int) bool { return string(keys[i][:]) < string(keys[j][:]) })
	out := make([]Payout, 0, len(keys))
	for _, k := range keys {
		po, err := p.PayoutOf(ctx, k)
		if err != nil {
			return nil, err
		}
		out = append(out, po)
	}
	return out, nil
}
