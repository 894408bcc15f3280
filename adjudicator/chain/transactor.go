// Package chain settles adjudicated batches on an Ethereum chain and reads member coverage from
// it, through the abigen v2 bindings in bindings/. It implements adjudicator.Settler
// (Settlement) and the coverage source of the eligibility cache (Registry), deploys the
// contracts (Deploy) and reads back what was paid for the audit (Settlement.Ledger).
//
// Every adapter works the same over the in-process simulated backend and over JSON-RPC
// (ethclient.Dial): only polling is used, never subscriptions, because plain HTTP endpoints
// have none.
package chain

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/claimsledger/claims/adjudicator"
)

// Backend is what the adapters need from a node. Both *ethclient.Client (HTTP, WebSocket, IPC)
// and the simulated backend's client satisfy it.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ethereum.BlockNumberReader
	ethereum.ChainIDReader
}

// MaxTxGas is the per-transaction gas cap of EIP-7825 (2^24), in force on go-ethereum's dev
// chains; estimates are clamped to it because a larger limit is rejected outright.
const MaxTxGas = 1 << 24

// ErrReverted is wrapped by every error that reports a reverted transaction or call.
var ErrReverted = errors.New("chain: execution reverted")

// ErrExceedsGasCap means a transaction needs more gas than MaxTxGas, so no node will take it.
// For a settlement it means the batch is too large (chiefly: too many pended claims or new
// payees, each of which writes a new storage slot); the remedy is a smaller batch.
// It wraps adjudicator.ErrBatchTooLarge so the engine splits the batch.
var ErrExceedsGasCap = fmt.Errorf("chain: transaction needs more gas than the per-transaction cap: %w", adjudicator.ErrBatchTooLarge)

// errReadOnly is returned by writes on an adapter built without a Transactor.
var errReadOnly = errors.New("chain: adapter is read-only (constructed without a Transactor)")

// Option tunes a Transactor or a Registry.
type Option func(*config)

type config struct {
	gasLimit     uint64
	gasMargin    uint64
	waitTimeout  time.Duration
	replaceAfter time.Duration
	pollInterval time.Duration
	nonceRetries int
	fromBlock    uint64
	logger       *slog.Logger
}

func defaultConfig() config {
	return config{
		gasMargin:    20,
		waitTimeout:  2 * time.Minute,
		replaceAfter: 30 * time.Second,
		pollInterval: 200 * time.Millisecond,
		nonceRetries: 3,
		logger:       slog.Default(),
	}
}

func newConfig(opts []Option) (config, error) {
	cfg := defaultConfig()
	for _, o := range opts {
		o(&cfg)
	}
	switch {
	case cfg.gasLimit > MaxTxGas:
		return cfg, fmt.Errorf("chain: gas limit %d exceeds the per-transaction cap %d", cfg.gasLimit, MaxTxGas)
	case cfg.waitTimeout <= 0:
		return cfg, fmt.Errorf("chain: wait timeout must be positive, got %v", cfg.waitTimeout)
	case cfg.pollInterval <= 0:
		return cfg, fmt.Errorf("chain: poll interval must be positive, got %v", cfg.pollInterval)
	case cfg.replaceAfter < 0:
		return cfg, fmt.Errorf("chain: replace-after must not be negative, got %v", cfg.replaceAfter)
	case cfg.nonceRetries < 0:
		return cfg, fmt.Errorf("chain: nonce retries must not be negative, got %d", cfg.nonceRetries)
	case cfg.logger == nil:
		return cfg, errors.New("chain: nil logger")
	}
	return cfg, nil
}

// WithGasLimit sets a fixed gas limit for every transaction instead of estimating one.
// Default 0: estimate, add the margin (WithGasMargin) and clamp to MaxTxGas. A fixed limit
// saves nothing (the estimate also runs as the revert preflight) and risks out-of-gas when
// batches grow or cross a challenge epoch (it gets no MaturedCreditGas headroom), so use it
// only against nodes whose estimates are unreliable.
func WithGasLimit(gas uint64) Option { return func(c *config) { c.gasLimit = gas } }

// WithGasMargin sets the percentage added to a gas estimate. Default 20: unused gas is refunded,
// and the margin absorbs state that changes between estimate and inclusion. A settlement also
// gets MaturedCreditGas per credited provider, which no percentage of a small batch covers.
func WithGasMargin(percent uint64) Option { return func(c *config) { c.gasMargin = percent } }

// WithWaitTimeout bounds how long a write waits for its receipt. Default 2m. On timeout the
// transaction may still be mined later; a retried settlement then fails its preflight with
// ErrBatchConflict, which the engine resolves by replaying from the chain.
func WithWaitTimeout(d time.Duration) Option { return func(c *config) { c.waitTimeout = d } }

// WithReplaceAfter is how long a sent transaction may stay unmined before it is replaced by the
// same transaction (same nonce) with fees raised by a quarter, again after each further wait.
// Default 30s; 0 never replaces. A transaction priced under a rising base fee would otherwise
// hold its nonce, and every later transaction of the key, forever.
func WithReplaceAfter(d time.Duration) Option { return func(c *config) { c.replaceAfter = d } }

// WithPollInterval sets how often receipts and new logs are polled. Default 200ms: cheap for a
// local node and well under a dev chain's block time; raise it for hosted endpoints with
// request quotas.
func WithPollInterval(d time.Duration) Option { return func(c *config) { c.pollInterval = d } }

// WithNonceRetries sets how often a send is retried after a nonce clash ("nonce too low",
// "replacement transaction underpriced"), which happens when something else spends the same key.
// Default 3.
func WithNonceRetries(n int) Option { return func(c *config) { c.nonceRetries = n } }

// WithFromBlock is the first block event queries scan: the deployment block (Deployment.Block).
// Default 0, the genesis, which is correct but slow on a long chain.
func WithFromBlock(n uint64) Option { return func(c *config) { c.fromBlock = n } }

// WithLogger sets the logger. Default slog.Default().
func WithLogger(l *slog.Logger) Option { return func(c *config) { c.logger = l } }

// Transactor signs and sends transactions for one key. Nonces are assigned under a mutex so that
// many goroutines (one per partition) can share a key; waiting for receipts happens outside the
// lock, so concurrent settlements land in the same block.
type Transactor struct {
	backend Backend
	from    common.Address
	signer  bind.SignerFn
	cfg     config

	mu         sync.Mutex
	nonce      uint64
	nonceKnown bool

	// failingSince is when receipt polls began to fail without a success since (unix nanos; 0
	// while they succeed). A wait keeps polling through an outage rather than sending the batch
	// again, so this is how the outage shows in readiness before the wait gives up.
	failingSince atomic.Int64
}

// Unreachable reports since when the node has failed every receipt poll, if it does now.
func (t *Transactor) Unreachable() (since time.Time, failing bool) {
	if n := t.failingSince.Load(); n != 0 {
		return time.Unix(0, n), true
	}
	return time.Time{}, false
}

// polled records the outcome of one receipt poll, logging an outage's start and end once each.
func (t *Transactor) polled(err error) {
	if err != nil && !receiptNotYet(err) {
		if t.failingSince.CompareAndSwap(0, time.Now().UnixNano()) {
			t.cfg.logger.Warn("chain endpoint failing while waiting for a receipt; still waiting", "err", err)
		}
		return
	}
	if n := t.failingSince.Swap(0); n != 0 {
		t.cfg.logger.Info("chain endpoint answering again", "after", time.Since(time.Unix(0, n)).Round(time.Millisecond))
	}
}

// NewTransactor returns a Transactor that signs with auth.Signer as auth.From. Only those two
// fields of auth are used; gas and fees come from the options and the node.
func NewTransactor(backend Backend, auth *bind.TransactOpts, opts ...Option) (*Transactor, error) {
	if backend == nil {
		return nil, errors.New("chain: nil backend")
	}
	if auth == nil || auth.Signer == nil {
		return nil, errors.New("chain: transactor needs a signer (bind.TransactOpts with Signer set)")
	}
	if auth.From == (common.Address{}) {
		return nil, errors.New("chain: transactor needs a from address")
	}
	cfg, err := newConfig(opts)
	if err != nil {
		return nil, err
	}
	return &Transactor{backend: backend, from: auth.From, signer: auth.Signer, cfg: cfg}, nil
}

// From is the address that signs.
func (t *Transactor) From() common.Address { return t.from }

// transact sends a call to contract and waits for it to be mined successfully.
func (t *Transactor) transact(ctx context.Context, to common.Address, data []byte) (*types.Receipt, error) {
	tx, err := t.send(ctx, &to, data)
	if err != nil {
		return nil, err
	}
	return t.wait(ctx, tx)
}

// transactWithHeadroom is transact for a call that may cost up to headroom more gas when mined
// than when estimated, for a reason the caller knows and the estimate cannot see (the block
// time moving on, see MaturedCreditGas): the limit is the estimate with its margin plus
// headroom, clamped to MaxTxGas and to the head block's gas limit, over either of which a node
// refuses the transaction outright. Only gas used is paid, so headroom costs block space, not
// fees. A fixed limit (WithGasLimit) is sent as it is.
func (t *Transactor) transactWithHeadroom(ctx context.Context, to common.Address, data []byte, headroom uint64) (*types.Receipt, error) {
	gas, err := t.estimateRaw(ctx, &to, data)
	if err != nil {
		return nil, err
	}
	limit := t.gasLimitFor(gas)
	if t.cfg.gasLimit == 0 && headroom > 0 {
		head, err := t.backend.HeaderByNumber(ctx, nil)
		if err != nil {
			return nil, fmt.Errorf("read the head block's gas limit: %w", err)
		}
		// The estimate itself never exceeds the block gas limit (it is the estimator's ceiling),
		// so the clamp leaves at least the estimate.
		limit = min(limit+headroom, MaxTxGas, head.GasLimit)
	}
	tx, err := t.sendWithGas(ctx, &to, data, limit)
	if err != nil {
		return nil, err
	}
	return t.wait(ctx, tx)
}

// send preflights the transaction (to == nil deploys data as init code), then signs and sends it
// with the next nonce. The preflight is an EstimateGas: a revert there comes back with its
// data, decoded into a *RevertError, and nothing is sent.
func (t *Transactor) send(ctx context.Context, to *common.Address, data []byte) (*types.Transaction, error) {
	gas, err := t.estimate(ctx, to, data)
	if err != nil {
		return nil, err
	}
	return t.sendWithGas(ctx, to, data, gas)
}

// sendWithGas signs and sends with gas as the limit, for a caller that has just estimated it
// (with the margin of gasLimitFor) and need not ask the node again.
func (t *Transactor) sendWithGas(ctx context.Context, to *common.Address, data []byte, gas uint64) (*types.Transaction, error) {
	for attempt := 0; ; attempt++ {
		tx, err := t.sendOnce(ctx, to, data, gas)
		if err == nil {
			return tx, nil
		}
		if !isNonceError(err) || attempt >= t.cfg.nonceRetries {
			return nil, fmt.Errorf("send transaction from %s: %w", t.from, err)
		}
		t.cfg.logger.Warn("nonce clash, retrying with a fresh nonce", "from", t.from, "attempt", attempt+1, "err", err)
		if err := sleep(ctx, t.cfg.pollInterval); err != nil {
			return nil, err
		}
	}
}

func (t *Transactor) estimate(ctx context.Context, to *common.Address, data []byte) (uint64, error) {
	gas, err := t.estimateRaw(ctx, to, data)
	if err != nil {
		return 0, err
	}
	return t.gasLimitFor(gas), nil
}

// gasLimitFor is the limit a transaction estimated at gas is sent with: the fixed limit when
// one is set, else the estimate plus the margin, clamped to MaxTxGas.
func (t *Transactor) gasLimitFor(gas uint64) uint64 {
	if t.cfg.gasLimit != 0 {
		return t.cfg.gasLimit
	}
	return min(gas+gas*t.cfg.gasMargin/100, MaxTxGas)
}

// estimateRaw is the node's gas estimate, without margin; a revert comes back as a
// *RevertError and an estimate over MaxTxGas as ErrExceedsGasCap.
func (t *Transactor) estimateRaw(ctx context.Context, to *common.Address, data []byte) (uint64, error) {
	gas, err := t.backend.EstimateGas(ctx, ethereum.CallMsg{From: t.from, To: to, Data: data})
	if err != nil {
		if rev := decodeRevert(err, common.Hash{}); rev != nil {
			return 0, rev
		}
		// geth's wording when the estimate hits the cap; other nodes word it differently and
		// surface as a plain estimate error.
		if strings.Contains(err.Error(), "gas required exceeds allowance") {
			return 0, fmt.Errorf("%w: %v", ErrExceedsGasCap, err)
		}
		return 0, fmt.Errorf("estimate gas: %w", err)
	}
	if gas > MaxTxGas {
		return 0, fmt.Errorf("%w: estimated %d gas, cap %d", ErrExceedsGasCap, gas, MaxTxGas)
	}
	return gas, nil
}

func (t *Transactor) sendOnce(ctx context.Context, to *common.Address, data []byte, gas uint64) (*types.Transaction, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if !t.nonceKnown {
		n, err := t.backend.PendingNonceAt(ctx, t.from)
		if err != nil {
			return nil, fmt.Errorf("pending nonce: %w", err)
		}
		t.nonce, t.nonceKnown = n, true
	}
	opts := &bind.TransactOpts{
		From:     t.from,
		Signer:   t.signer,
		Nonce:    new(big.Int).SetUint64(t.nonce),
		GasLimit: gas,
		Context:  ctx,
	}
	// The ABI is irrelevant for raw transactions; the bound contract only carries the backend.
	c := bind.NewBoundContract(common.Address{}, abi.ABI{}, t.backend, t.backend, t.backend)
	if to != nil {
		c = bind.NewBoundContract(*to, abi.ABI{}, t.backend, t.backend, t.backend)
	}
	var (
		tx  *types.Transaction
		err error
	)
	if to == nil {
		tx, err = c.RawCreationTransact(opts, data)
	} else {
		tx, err = bind.Transact(c, opts, data)
	}
	if err != nil {
		// The node may or may not have taken the nonce (a timeout after delivery): ask it again.
		t.nonceKnown = false
		return nil, err
	}
	t.nonce++
	return tx, nil
}

// wait polls for the receipt of tx. A reverted receipt carries no revert data, so the call is
// replayed on the state of the block it was mined in to recover and decode it.
func (t *Transactor) wait(ctx context.Context, tx *types.Transaction) (*types.Receipt, error) {
	ctx, cancel := context.WithTimeout(ctx, t.cfg.waitTimeout)
	defer cancel()
	var (
		rcpt *types.Receipt
		err  error
	)
	// Every version of the transaction (the original and its replacements share a nonce, so at
	// most one is ever mined) is polled until one has a receipt.
	sent := []*types.Transaction{tx}
	nextReplace := time.Now().Add(t.cfg.replaceAfter)
poll:
	for {
		for _, v := range sent {
			rcpt, err = t.backend.TransactionReceipt(ctx, v.Hash())
			t.polled(err)
			if err == nil {
				tx = v
				break poll
			}
			if !receiptNotYet(err) {
				t.cfg.logger.Debug("receipt poll failed", "tx", v.Hash(), "err", err)
			}
		}
		if t.cfg.replaceAfter > 0 && time.Now().After(nextReplace) {
			if r, err := t.replace(ctx, sent[len(sent)-1]); err != nil {
				t.cfg.logger.Warn("replacing an unmined transaction failed; still waiting for it", "tx", sent[len(sent)-1].Hash(), "err", err)
			} else {
				t.cfg.logger.Warn("transaction not mined in time; replaced it with higher fees", "old", sent[len(sent)-1].Hash(),
					"new", r.Hash(), "nonce", r.Nonce(), "fee_cap", r.GasFeeCap(), "tip_cap", r.GasTipCap())
				sent = append(sent, r)
			}
			nextReplace = time.Now().Add(t.cfg.replaceAfter)
		}
		if err := sleep(ctx, t.cfg.pollInterval); err != nil {
			return nil, fmt.Errorf("wait for tx %s: %w", tx.Hash(), err)
		}
	}
	if rcpt.Status == types.ReceiptStatusSuccessful {
		return rcpt, nil
	}
	_, callErr := t.backend.CallContract(ctx, ethereum.CallMsg{
		From: t.from, To: tx.To(), Data: tx.Data(), Gas: tx.Gas(), Value: tx.Value(),
	}, rcpt.BlockNumber)
	if rev := decodeRevert(callErr, tx.Hash()); rev != nil {
		return rcpt, rev
	}
	if rcpt.GasUsed >= tx.Gas() {
		return rcpt, fmt.Errorf("%w: tx %s ran out of gas (limit %d)", ErrReverted, tx.Hash(), tx.Gas())
	}
	return rcpt, fmt.Errorf("%w: tx %s in block %s (replay did not reproduce the revert)", ErrReverted, tx.Hash(), rcpt.BlockNumber)
}

// replace re-signs old with the same nonce, gas and call and fees raised by a quarter (nodes
// take a replacement from a 10% raise), and sends it.
func (t *Transactor) replace(ctx context.Context, old *types.Transaction) (*types.Transaction, error) {
	bump := func(v *big.Int) *big.Int {
		out := new(big.Int).Mul(v, big.NewInt(5))
		out.Div(out, big.NewInt(4))
		return out.Add(out, big.NewInt(1))
	}
	var inner types.TxData
	switch old.Type() {
	case types.LegacyTxType:
		inner = &types.LegacyTx{Nonce: old.Nonce(), GasPrice: bump(old.GasPrice()), Gas: old.Gas(), To: old.To(), Value: old.Value(), Data: old.Data()}
	case types.DynamicFeeTxType:
		tip, feeCap := bump(old.GasTipCap()), bump(old.GasFeeCap())
		// And at least what the node suggests now: a tip under the miners' minimum stays unmined
		// however often it is raised by a quarter.
		if suggested, err := t.backend.SuggestGasTipCap(ctx); err == nil {
			tip = bigMax(tip, suggested)
		}
		// Whatever the base fee has become, the new cap must clear it.
		if head, err := t.backend.HeaderByNumber(ctx, nil); err == nil && head.BaseFee != nil {
			feeCap = bigMax(feeCap, new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip))
		}
		inner = &types.DynamicFeeTx{ChainID: old.ChainId(), Nonce: old.Nonce(), GasTipCap: tip, GasFeeCap: feeCap,
			Gas: old.Gas(), To: old.To(), Value: old.Value(), Data: old.Data(), AccessList: old.AccessList()}
	default:
		return nil, fmt.Errorf("chain: cannot replace a transaction of type %d", old.Type())
	}
	signed, err := t.signer(t.from, types.NewTx(inner))
	if err != nil {
		return nil, fmt.Errorf("sign replacement: %w", err)
	}
	if err := t.backend.SendTransaction(ctx, signed); err != nil {
		return nil, fmt.Errorf("send replacement: %w", err)
	}
	return signed, nil
}

func bigMax(a, b *big.Int) *big.Int {
	if a.Cmp(b) >= 0 {
		return a
	}
	return b
}

// isNonceError reports the node refusing a transaction because of its nonce. Nodes return these
// as plain JSON-RPC error strings, so matching text is the only portable way.
func isNonceError(err error) bool {
	msg := strings.ToLower(err.Error())
	// Not "already known": that means an identical transaction (same nonce) is already pooled,
	// and re-sending the call under a fresh nonce would execute it twice.
	for _, s := range []string{"nonce too low", "nonce too high", "replacement transaction underpriced"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

func sleep(ctx context.Context, d time.Duration) error {
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-timer.C:
		return nil
	}
}
