package chain

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/claimsledger/claims/bindings/access"
	"github.com/claimsledger/claims/bindings/coverage"
	"github.com/claimsledger/claims/bindings/providers"
	"github.com/claimsledger/claims/bindings/settlement"
	"github.com/claimsledger/claims/bindings/stablecoin"
)

// Roles names the key of every role. Each is its own key: the contracts are built so that no
// single key can take the escrow, and that only holds if the keys are held apart.
type Roles struct {
	// Admin holds DEFAULT_ADMIN_ROLE on every contract (two-step transfer after AdminDelay):
	// grants and revokes roles, unpauses, releases frozen batches, sets windows and delays.
	Admin common.Address
	// Adjudicator settles batches: the engine's signing key (`claims serve`).
	Adjudicator common.Address
	// Insurer funds the escrow, sets payout caps, takes back unallocated escrow and maintains
	// coverage in the CoverageRegistry.
	Insurer common.Address
	// ProviderManager registers providers and their payout addresses (`claims provider`).
	ProviderManager common.Address
	// FraudAnalyst approves and denies pended claims (`claims review`).
	FraudAnalyst common.Address
	// Guardian freezes batches inside their challenge window and pauses (`claims guard`).
	Guardian common.Address
	// Recorder writes the looks at claims to the AccessLog (`claims serve`'s access flusher).
	// Optional: zero deploys no AccessLog. It must not be the adjudicator's key, which serve
	// signs with at the same time: the two would race for nonces.
	Recorder common.Address
}

// Validate checks r as Deploy does before it sends anything: every role but the optional
// recorder has an address, and the adjudicator and the guardian each hold a key no other role
// shares (the recorder included).
func (r Roles) Validate() error {
	named := []struct {
		name string
		addr common.Address
	}{
		{"admin", r.Admin}, {"adjudicator", r.Adjudicator}, {"insurer", r.Insurer},
		{"provider manager", r.ProviderManager}, {"fraud analyst", r.FraudAnalyst}, {"guardian", r.Guardian},
	}
	for _, n := range named {
		if n.addr == (common.Address{}) {
			return fmt.Errorf("chain: deploy: no address for the %s role", n.name)
		}
	}
	if r.Recorder != (common.Address{}) {
		named = append(named, struct {
			name string
			addr common.Address
		}{"recorder", r.Recorder})
	}
	// The adjudicator and the guardian check each other; either sharing a key with any other
	// role would let one key both make and wave through a bad batch. The recorder runs in the
	// adjudicator's process, and a shared key would make their transactions race for nonces.
	for _, lone := range named {
		if lone.name != "adjudicator" && lone.name != "guardian" {
			continue
		}
		for _, n := range named {
			if n.name != lone.name && n.addr == lone.addr {
				return fmt.Errorf("chain: deploy: the %s and the %s share key %s; the %s key must be held apart from every other role",
					lone.name, n.name, lone.addr, lone.name)
			}
		}
	}
	return nil
}

// Settings are the contracts' delays, windows and caps. Durations are whole seconds of chain
// time.
type Settings struct {
	// AdminDelay is how long a transfer of the default admin waits (OpenZeppelin
	// AccessControlDefaultAdminRules).
	AdminDelay time.Duration
	// ChallengeWindow is how long credits wait before they are withdrawable, and how long the
	// guardian has to freeze a batch: credits wait between one and two windows.
	ChallengeWindow time.Duration
	// PayoutDelay is how long a new provider or payout address waits before it takes effect.
	PayoutDelay time.Duration
	// EscrowWithdrawalDelay is how long the insurer's request to take back escrow waits.
	EscrowWithdrawalDelay time.Duration
	// MaxBatchOffsets bounds the input offsets one batch may cover.
	MaxBatchOffsets uint64
	// MaxBatchCents caps what one batch may credit.
	MaxBatchCents int64
	// WindowCapCents caps credits in a burst, refilling over CapWindow.
	WindowCapCents int64
	CapWindow      time.Duration
}

// ProductionSettings are conservative defaults for a payer's chain: a one-hour challenge window,
// two days before an admin transfer or a new payout address takes effect, three days before
// escrow can be taken back, $1M per batch and $5M per day.
func ProductionSettings() Settings {
	return Settings{
		AdminDelay: 48 * time.Hour, ChallengeWindow: time.Hour, PayoutDelay: 48 * time.Hour,
		EscrowWithdrawalDelay: 72 * time.Hour, MaxBatchOffsets: 10_000,
		MaxBatchCents: 100_000_000, WindowCapCents: 500_000_000, CapWindow: 24 * time.Hour,
	}
}

// DevSettings suit a dev chain: no admin or payout delay, a 30 s challenge window (of chain time,
// which a busy dev chain runs faster than the wall clock), and caps far above the sample's
// totals.
func DevSettings() Settings {
	return Settings{
		ChallengeWindow: 30 * time.Second, EscrowWithdrawalDelay: time.Minute, MaxBatchOffsets: 10_000,
		MaxBatchCents: 1_000_000_000, WindowCapCents: 10_000_000_000, CapWindow: time.Hour,
	}
}

func seconds(what string, d time.Duration, min time.Duration) (uint64, error) {
	if d < min || d%time.Second != 0 {
		return 0, fmt.Errorf("chain: deploy: %s %s must be whole seconds, at least %s", what, d, min)
	}
	return uint64(d / time.Second), nil
}

func (s Settings) binding() (settlement.ClaimSettlementSettings, error) {
	var out settlement.ClaimSettlementSettings
	window, err := seconds("challenge window", s.ChallengeWindow, time.Second)
	if err != nil {
		return out, err
	}
	capWindow, err := seconds("cap window", s.CapWindow, time.Second)
	if err != nil {
		return out, err
	}
	escrowDelay, err := seconds("escrow withdrawal delay", s.EscrowWithdrawalDelay, 0)
	if err != nil {
		return out, err
	}
	switch {
	case s.MaxBatchOffsets == 0:
		return out, errors.New("chain: deploy: max batch offsets must be positive")
	case s.MaxBatchCents <= 0, s.WindowCapCents <= 0:
		return out, fmt.Errorf("chain: deploy: payout caps must be positive, got %d per batch and %d per window", s.MaxBatchCents, s.WindowCapCents)
	}
	return settlement.ClaimSettlementSettings{
		ChallengeWindow: window, MaxBatchOffsets: s.MaxBatchOffsets, MaxBatchCents: big.NewInt(s.MaxBatchCents),
		WindowCapCents: big.NewInt(s.WindowCapCents), CapWindow: new(big.Int).SetUint64(capWindow),
		EscrowWithdrawalDelay: new(big.Int).SetUint64(escrowDelay),
	}, nil
}

// Validate checks s as Deploy does before it sends anything.
func (s Settings) Validate() error {
	_, _, _, err := s.check()
	return err
}

func (s Settings) check() (settlement.ClaimSettlementSettings, uint64, uint64, error) {
	settings, err := s.binding()
	if err != nil {
		return settings, 0, 0, err
	}
	adminDelay, err := seconds("admin delay", s.AdminDelay, 0)
	if err != nil {
		return settings, 0, 0, err
	}
	payoutDelay, err := seconds("payout delay", s.PayoutDelay, 0)
	if err != nil {
		return settings, 0, 0, err
	}
	if adminDelay > math.MaxUint32 || payoutDelay > math.MaxUint32 {
		return settings, 0, 0, errors.New("chain: deploy: delays beyond a century are not delays")
	}
	return settings, adminDelay, payoutDelay, nil
}

// DeployConfig is a fresh deployment.
type DeployConfig struct {
	Roles    Roles
	Settings Settings
	// Token is the settlement stablecoin. Zero deploys TestStablecoin, a dev token the deployer
	// can mint (MintEscrow); production names a real, audited stablecoin.
	Token common.Address
}

// Deployment is where the contracts live: what `claims deploy` and `claims devnet` write into
// the config and every other command reads back.
type Deployment struct {
	ChainID    uint64         `json:"chain_id"`
	Token      common.Address `json:"token"`
	Registry   common.Address `json:"registry"`
	Providers  common.Address `json:"providers"`
	Settlement common.Address `json:"settlement"`
	// AccessLog is the trail of looks at claims; zero when no recorder role was configured.
	AccessLog common.Address `json:"access_log"`
	// Block is the block of the first deployment transaction: log scans (audit, coverage
	// watch, verify) start here instead of at genesis.
	Block uint64 `json:"block"`
}

// Deploy deploys CoverageRegistry, ProviderRegistry and ClaimSettlement (and TestStablecoin when
// cfg.Token is zero, and AccessLog when cfg.Roles names a recorder) signed by auth. The constructors give each role to its configured key, so
// the deployer ends with no role at all unless it is also the configured admin. All deployments
// go out back to back and are awaited together: one block time.
func Deploy(ctx context.Context, backend Backend, auth *bind.TransactOpts, cfg DeployConfig, opts ...Option) (Deployment, error) {
	if err := cfg.Roles.Validate(); err != nil {
		return Deployment{}, err
	}
	settings, adminDelay, payoutDelay, err := cfg.Settings.check()
	if err != nil {
		return Deployment{}, err
	}
	tx, err := NewTransactor(backend, auth, opts...)
	if err != nil {
		return Deployment{}, err
	}
	deployer := tx.From()
	chainID, err := backend.ChainID(ctx)
	if err != nil {
		return Deployment{}, fmt.Errorf("read chain id: %w", err)
	}
	if !chainID.IsUint64() {
		return Deployment{}, fmt.Errorf("chain id %s beyond uint64", chainID)
	}
	var (
		tok  = stablecoin.NewTestStablecoin()
		reg  = coverage.NewCoverageRegistry()
		prov = providers.NewProviderRegistry()
		set  = settlement.NewClaimSettlement()
		acl  = access.NewAccessLog()
		r    = cfg.Roles
	)

	// Each address follows from the deployer and the nonce, so the settlement contract can name
	// the token and the provider registry before they are mined.
	var (
		round []*types.Transaction
		want  []common.Address
	)
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
		addr := crypto.CreateAddress(deployer, t.Nonce())
		want = append(want, addr)
		return addr, nil
	}
	d := Deployment{ChainID: chainID.Uint64(), Token: cfg.Token}
	if d.Token == (common.Address{}) {
		if d.Token, err = deploy("TestStablecoin", &stablecoin.TestStablecoinMetaData, tok.PackConstructor(deployer)); err != nil {
			return Deployment{}, err
		}
	}
	delay := new(big.Int).SetUint64(adminDelay)
	if d.Registry, err = deploy("CoverageRegistry", &coverage.CoverageRegistryMetaData, reg.PackConstructor(r.Admin, delay, r.Insurer)); err != nil {
		return Deployment{}, err
	}
	if d.Providers, err = deploy("ProviderRegistry", &providers.ProviderRegistryMetaData,
		prov.PackConstructor(r.Admin, delay, r.ProviderManager, new(big.Int).SetUint64(payoutDelay))); err != nil {
		return Deployment{}, err
	}
	roles := settlement.ClaimSettlementRoles{Adjudicator: r.Adjudicator, Insurer: r.Insurer, FraudAnalyst: r.FraudAnalyst, Guardian: r.Guardian}
	if d.Settlement, err = deploy("ClaimSettlement", &settlement.ClaimSettlementMetaData,
		set.PackConstructor(d.Token, d.Providers, r.Admin, delay, roles, settings)); err != nil {
		return Deployment{}, err
	}
	if r.Recorder != (common.Address{}) {
		if d.AccessLog, err = deploy("AccessLog", &access.AccessLogMetaData, acl.PackConstructor(r.Admin, delay, r.Recorder)); err != nil {
			return Deployment{}, err
		}
	}
	receipts, err := waitAll(ctx, tx, round)
	if err != nil {
		return Deployment{}, fmt.Errorf("deploy contracts: %w", err)
	}
	d.Block = receipts[0].BlockNumber.Uint64()
	for i, rc := range receipts {
		if rc.ContractAddress != want[i] {
			return Deployment{}, fmt.Errorf("deployment %d landed at %s, expected %s", i, rc.ContractAddress, want[i])
		}
		d.Block = min(d.Block, rc.BlockNumber.Uint64())
	}
	tx.cfg.logger.Info("contracts deployed", "chain_id", d.ChainID, "token", d.Token, "registry", d.Registry,
		"providers", d.Providers, "settlement", d.Settlement, "access_log", d.AccessLog, "block", d.Block, "admin", r.Admin,
		"deployer_is_admin", deployer == r.Admin)
	return d, nil
}

// MintEscrow mints cents of the dev TestStablecoin to the insurer (minter signs) and has the
// insurer fund the escrow with them (insurer signs). Dev chains only: a real stablecoin is
// bought, not minted.
func MintEscrow(ctx context.Context, backend Backend, minter, insurer *bind.TransactOpts, d Deployment, cents int64, opts ...Option) error {
	if cents <= 0 {
		return fmt.Errorf("chain: escrow must be positive, got %d cents", cents)
	}
	mt, err := NewTransactor(backend, minter, opts...)
	if err != nil {
		return err
	}
	it, err := NewTransactor(backend, insurer, opts...)
	if err != nil {
		return err
	}
	tok := stablecoin.NewTestStablecoin()
	if _, err := mt.transact(ctx, d.Token, tok.PackMint(it.From(), big.NewInt(cents))); err != nil {
		return fmt.Errorf("mint %d cents of escrow: %w", cents, err)
	}
	s, err := NewSettlement(backend, d.Settlement, it)
	if err != nil {
		return err
	}
	_, err = s.Fund(ctx, cents)
	return err
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

// Role is the keccak256 of a role name, as the contracts define their role constants
// ("ADJUDICATOR_ROLE", ...); DEFAULT_ADMIN_ROLE is the zero hash.
func Role(name string) [32]byte { return crypto.Keccak256Hash([]byte(name)) }
