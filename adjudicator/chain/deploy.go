package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/claimsledger/claims/bindings/coverage"
	"github.com/claimsledger/claims/bindings/settlement"
	"github.com/claimsledger/claims/bindings/stablecoin"
)

// DeployConfig says who gets which role in a fresh deployment. Zero addresses default to the
// deployer, which is what a dev chain wants: one key does everything.
type DeployConfig struct {
	// Admin receives DEFAULT_ADMIN_ROLE on all three contracts (it can grant and revoke every
	// role). The deployer keeps its own roles too.
	Admin common.Address
	// Adjudicator receives ADJUDICATOR_ROLE: the engine's signing key.
	Adjudicator common.Address
	// Insurer receives INSURER_ROLE on the registry and the settlement contract.
	Insurer common.Address
	// EscrowCents is minted to the deployer and moved into the settlement escrow. 0 leaves the
	// escrow empty.
	EscrowCents int64
}

// Deployment is where the contracts live: what `claims devnet` writes into the config and every
// other command reads back.
type Deployment struct {
	ChainID    uint64         `json:"chain_id"`
	Token      common.Address `json:"token"`
	Registry   common.Address `json:"registry"`
	Settlement common.Address `json:"settlement"`
	// Block is the block of the first deployment transaction: log scans (audit, coverage
	// watch) start here instead of at genesis.
	Block uint64 `json:"block"`
}

// Deploy deploys TestStablecoin, CoverageRegistry and ClaimSettlement signed by auth, grants the
// roles of cfg, and funds the escrow with cfg.EscrowCents. Transactions that do not depend on
// each other are sent back to back and awaited together, so the whole deployment takes three
// block times.
//
// TestStablecoin is a dev-chain token anyone with MINTER_ROLE can print; production deploys
// only the registry and the settlement contract against a real stablecoin.
func Deploy(ctx context.Context, backend Backend, auth *bind.TransactOpts, cfg DeployConfig, opts ...Option) (Deployment, error) {
	if cfg.EscrowCents < 0 {
		return Deployment{}, fmt.Errorf("chain: negative escrow %d cents", cfg.EscrowCents)
	}
	tx, err := NewTransactor(backend, auth, opts...)
	if err != nil {
		return Deployment{}, err
	}
	deployer := tx.From()
	for _, a := range []*common.Address{&cfg.Admin, &cfg.Adjudicator, &cfg.Insurer} {
		if *a == (common.Address{}) {
			*a = deployer
		}
	}
	chainID, err := backend.ChainID(ctx)
	if err != nil {
		return Deployment{}, fmt.Errorf("read chain id: %w", err)
	}
	if !chainID.IsUint64() {
		return Deployment{}, fmt.Errorf("chain id %s beyond uint64", chainID)
	}
	var (
		tok = stablecoin.NewTestStablecoin()
		reg = coverage.NewCoverageRegistry()
		set = settlement.NewClaimSettlement()
	)

	// Round 1: the three contracts. Each address follows from the deployer and the nonce, so the
	// settlement contract can name the token before the token is mined.
	var round []*types.Transaction
	deploy := func(name string, md *bind.MetaData, ctor []byte) (common.Address, error) {
		code, err := hexutil.Decode(md.Bin)
		if err != nil {
			return common.Address{}, fmt.Errorf("%s bytecode: %w", name, err)
		}
		t, err := tx.send(ctx, nil, append(code, ctor...))
		if err != nil {
			return common.Address{}, fmt.Errorf("deploy %s: %w", name, err)
		}
		round = append(round, t)
		return crypto.CreateAddress(deployer, t.Nonce()), nil
	}
	var d Deployment
	d.ChainID = chainID.Uint64()
	if d.Token, err = deploy("TestStablecoin", &stablecoin.TestStablecoinMetaData, tok.PackConstructor(deployer)); err != nil {
		return Deployment{}, err
	}
	if d.Registry, err = deploy("CoverageRegistry", &coverage.CoverageRegistryMetaData, reg.PackConstructor(deployer)); err != nil {
		return Deployment{}, err
	}
	if d.Settlement, err = deploy("ClaimSettlement", &settlement.ClaimSettlementMetaData, set.PackConstructor(d.Token, deployer)); err != nil {
		return Deployment{}, err
	}
	receipts, err := waitAll(ctx, tx, round)
	if err != nil {
		return Deployment{}, fmt.Errorf("deploy contracts: %w", err)
	}
	d.Block = receipts[0].BlockNumber.Uint64()
	for i, r := range receipts {
		want := []common.Address{d.Token, d.Registry, d.Settlement}[i]
		if r.ContractAddress != want {
			return Deployment{}, fmt.Errorf("deployment %d landed at %s, expected %s", i, r.ContractAddress, want)
		}
	}

	// Round 2: roles, and the escrow money with its allowance.
	round = nil
	call := func(what string, to common.Address, data []byte) error {
		t, err := tx.send(ctx, &to, data)
		if err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
		round = append(round, t)
		return nil
	}
	adminRole := [32]byte{} // DEFAULT_ADMIN_ROLE is 0x00
	steps := []struct {
		what string
		to   common.Address
		data []byte
		skip bool
	}{
		{"grant ADJUDICATOR_ROLE", d.Settlement, set.PackGrantRole(role("ADJUDICATOR_ROLE"), cfg.Adjudicator), false},
		{"grant INSURER_ROLE on settlement to deployer", d.Settlement, set.PackGrantRole(role("INSURER_ROLE"), deployer), false},
		{"grant INSURER_ROLE on settlement", d.Settlement, set.PackGrantRole(role("INSURER_ROLE"), cfg.Insurer), cfg.Insurer == deployer},
		{"grant INSURER_ROLE on registry", d.Registry, reg.PackGrantRole(role("INSURER_ROLE"), cfg.Insurer), cfg.Insurer == deployer},
		{"grant admin on token", d.Token, tok.PackGrantRole(adminRole, cfg.Admin), cfg.Admin == deployer},
		{"grant admin on registry", d.Registry, reg.PackGrantRole(adminRole, cfg.Admin), cfg.Admin == deployer},
		{"grant admin on settlement", d.Settlement, set.PackGrantRole(adminRole, cfg.Admin), cfg.Admin == deployer},
		{"mint escrow", d.Token, tok.PackMint(deployer, big.NewInt(cfg.EscrowCents)), cfg.EscrowCents == 0},
		{"approve escrow", d.Token, tok.PackApprove(d.Settlement, big.NewInt(cfg.EscrowCents)), cfg.EscrowCents == 0},
	}
	for _, s := range steps {
		if s.skip {
			continue
		}
		if err := call(s.what, s.to, s.data); err != nil {
			return Deployment{}, err
		}
	}
	if _, err := waitAll(ctx, tx, round); err != nil {
		return Deployment{}, fmt.Errorf("grant roles: %w", err)
	}

	// Round 3: funding needs the minted tokens and the allowance mined.
	if cfg.EscrowCents > 0 {
		if _, err := tx.transact(ctx, d.Settlement, set.PackFund(big.NewInt(cfg.EscrowCents))); err != nil {
			return Deployment{}, fmt.Errorf("fund escrow with %d cents: %w", cfg.EscrowCents, err)
		}
	}
	tx.cfg.logger.Info("contracts deployed", "chain_id", d.ChainID, "token", d.Token, "registry", d.Registry,
		"settlement", d.Settlement, "block", d.Block, "escrow_cents", cfg.EscrowCents)
	return d, nil
}

// waitAll waits for every transaction in order and fails on the first that failed.
func waitAll(ctx context.Context, tx *Transactor, txs []*types.Transaction) ([]*types.Receipt, error) {
	out := make([]*types.Receipt, 0, len(txs))
	var errs []error
	for _, t := range txs {
		r, err := tx.wait(ctx, t)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, r)
	}
	return out, errors.Join(errs...)
}

// role is the keccak256 of a role name, as the contracts define their role constants.
func role(name string) [32]byte { return crypto.Keccak256Hash([]byte(name)) }
