package service

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/chain"
	"github.com/claimsledger/claims/adjudicator/config"
	"github.com/claimsledger/claims/adjudicator/privacy"
)

// Chain is the contracts of a config, bound for one role: what the operator commands
// (`claims provider`, `coverage`, `review`, `verify`, `guard`) work with.
type Chain struct {
	Backend    chain.Backend
	Settlement *chain.Settlement
	Providers  *chain.ProviderRegistry
	// Registry is the CoverageRegistry, signing as the role the chain was opened for.
	Registry *chain.Registry
	// AccessLog is the trail of looks at claims, read only; nil without access_log_address.
	AccessLog *chain.AccessLog
	// Keyer is nil when the config holds no HMAC secret.
	Keyer  *privacy.Keyer
	Domain adjudicator.Domain
	// From is the address that signs; zero when read-only.
	From  common.Address
	close func()
}

// Close releases the connection.
func (c *Chain) Close() {
	if c.close != nil {
		c.close()
	}
}

// OpenChain dials cfg's endpoint (or uses backend when given) and binds the settlement and
// provider registry contracts, signing as role's keystore; role "" opens them read-only.
func OpenChain(ctx context.Context, cfg config.Config, role config.Role, backend chain.Backend, opts ...chain.Option) (*Chain, error) {
	return openChain(ctx, cfg, role, backend, nil, opts)
}

// OpenChainSigned is OpenChain signing with signer instead of a keystore: for embedding
// programs and tests that hold the key already.
func OpenChainSigned(ctx context.Context, cfg config.Config, backend chain.Backend, signer *bind.TransactOpts, opts ...chain.Option) (*Chain, error) {
	return openChain(ctx, cfg, "", backend, signer, opts)
}

func openChain(ctx context.Context, cfg config.Config, role config.Role, backend chain.Backend, signer *bind.TransactOpts, opts []chain.Option) (_ *Chain, err error) {
	needs := []config.Need{config.NeedChain}
	if backend == nil {
		needs = append(needs, config.NeedRPC)
	}
	if err := cfg.Require(needs...); err != nil {
		return nil, err
	}
	c := &Chain{}
	// The HMAC secret keys every member and claim hash: only commands that hash need it, and
	// the insurer's or admin's config for escrow and batches need not hold it.
	if len(cfg.HMACSecret) > 0 {
		if c.Keyer, err = privacy.NewKeyer(cfg.HMACSecret); err != nil {
			return nil, err
		}
	}
	if c.Backend, c.close, err = dialChain(ctx, cfg, backend); err != nil {
		return nil, err
	}
	defer func() {
		if err != nil {
			c.Close()
		}
	}()
	opts = append([]chain.Option{chain.WithFromBlock(cfg.FromBlock)}, opts...)
	var tx *chain.Transactor
	if role != "" && signer == nil {
		if signer, err = Signer(ctx, cfg, role, c.Backend); err != nil {
			return nil, err
		}
	}
	if signer != nil {
		if tx, err = chain.NewTransactor(c.Backend, signer, opts...); err != nil {
			return nil, err
		}
		c.From = tx.From()
	}
	if c.Settlement, err = chain.NewSettlement(c.Backend, common.HexToAddress(cfg.SettlementAddress), tx, opts...); err != nil {
		return nil, err
	}
	if c.Registry, err = chain.NewRegistry(c.Backend, common.HexToAddress(cfg.RegistryAddress), tx, opts...); err != nil {
		return nil, err
	}
	if cfg.ProvidersAddress != "" {
		if c.Providers, err = chain.NewProviderRegistry(c.Backend, common.HexToAddress(cfg.ProvidersAddress), tx, opts...); err != nil {
			return nil, err
		}
	}
	if cfg.AccessLogAddress != "" {
		if !common.IsHexAddress(cfg.AccessLogAddress) {
			return nil, fmt.Errorf("config: access_log_address %q is not an address (0x and 40 hex digits)", cfg.AccessLogAddress)
		}
		if c.AccessLog, err = chain.NewAccessLog(c.Backend, common.HexToAddress(cfg.AccessLogAddress), nil, opts...); err != nil {
			return nil, err
		}
	}
	if c.Domain, err = c.Settlement.Domain(ctx); err != nil {
		return nil, fmt.Errorf("settlement contract %s: %w", cfg.SettlementAddress, err)
	}
	return c, nil
}
