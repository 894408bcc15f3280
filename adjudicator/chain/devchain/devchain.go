// Package devchain runs an in-process Ethereum dev chain: go-ethereum's simulated backend with
// funded, deterministic dev keys, blocks mined on a short timer like `geth --dev`, and optionally
// its JSON-RPC served over HTTP on loopback. Tests, `claims demo` and `claims devnet` share it.
//
// The dev keys are derived from public strings: never send real value to them.
package devchain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/rpc"
)

// Options configure Start. The zero value is a usable in-process chain.
type Options struct {
	// Accounts is the number of funded dev keys. Default 4.
	Accounts int
	// BlockInterval is how often pending transactions are mined into a block. Default 100ms,
	// short enough that a settlement round trip stays well under a second. An idle chain mines
	// an empty block about once a second, so block time keeps up with the wall clock. A
	// negative value disables the timer: call Commit to mine.
	BlockInterval time.Duration
	// HTTPAddr, when set, serves JSON-RPC (eth, net, web3) over HTTP at host:port. Port 0
	// picks a free port; HTTPURL reports the result. Default "": in-process client only.
	HTTPAddr string
	// Logger receives start, stop and mining failures. Default slog.Default().
	Logger *slog.Logger
}

// Chain is a running dev chain.
type Chain struct {
	backend *simulated.Backend
	keys    []*ecdsa.PrivateKey
	chainID *big.Int
	httpURL string
	logger  *slog.Logger
	rpc     *rpc.Client // in-process, for txpool_status; nil if unreachable

	stop      chan struct{}
	done      chan struct{}
	closeOnce sync.Once
	closeErr  error
}

// DevBalance is the ether (in wei) each dev key starts with: 1,000,000 ETH, enough gas for
// any test or demo.
var DevBalance = new(big.Int).Exp(big.NewInt(10), big.NewInt(24), nil)

// DevKey returns the i-th deterministic dev key, so that `claims devnet` and a config file
// written by an earlier run agree on addresses.
func DevKey(i int) *ecdsa.PrivateKey {
	seed := crypto.Keccak256([]byte("claimsledger/devchain/key/" + strconv.Itoa(i)))
	key, err := crypto.ToECDSA(seed)
	if err != nil {
		// A keccak output is a valid secp256k1 scalar except with probability ~2^-128.
		panic(fmt.Sprintf("devchain: dev key %d: %v", i, err))
	}
	return key
}

// Start boots the chain. ctx bounds the start only; Close stops the chain.
func Start(ctx context.Context, opts Options) (*Chain, error) {
	if opts.Accounts == 0 {
		opts.Accounts = 4
	}
	if opts.Accounts < 0 {
		return nil, fmt.Errorf("devchain: negative account count %d", opts.Accounts)
	}
	if opts.BlockInterval == 0 {
		opts.BlockInterval = 100 * time.Millisecond
	}
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	c := &Chain{logger: opts.Logger, stop: make(chan struct{}), done: make(chan struct{})}
	alloc := types.GenesisAlloc{}
	for i := range opts.Accounts {
		key := DevKey(i)
		c.keys = append(c.keys, key)
		alloc[crypto.PubkeyToAddress(key.PublicKey)] = types.Account{Balance: new(big.Int).Set(DevBalance)}
	}

	var (
		host string
		port int
	)
	if opts.HTTPAddr != "" {
		var err error
		if host, port, err = resolveHTTPAddr(opts.HTTPAddr); err != nil {
			return nil, err
		}
	}
	backend, err := newBackend(alloc, host, port)
	if err != nil {
		return nil, err
	}
	c.backend = backend
	c.rpc = rawRPC(backend.Client())
	if c.rpc == nil && opts.BlockInterval > 0 {
		c.logger.Warn("dev chain: cannot read the txpool; mining a block on every tick")
	}
	if opts.HTTPAddr != "" {
		c.httpURL = "http://" + net.JoinHostPort(host, strconv.Itoa(port))
	}
	if c.chainID, err = backend.Client().ChainID(ctx); err != nil {
		_ = backend.Close()
		return nil, fmt.Errorf("devchain: read chain id: %w", err)
	}
	if opts.BlockInterval > 0 {
		go c.mine(opts.BlockInterval)
	} else {
		close(c.done)
	}
	c.logger.Info("dev chain started", "chain_id", c.chainID, "accounts", len(c.keys), "http", c.httpURL, "block_interval", opts.BlockInterval)
	return c, nil
}

// newBackend wraps simulated.NewBackend, which panics when the node cannot start (for example a
// port taken between resolveHTTPAddr and the listen).
func newBackend(alloc types.GenesisAlloc, host string, port int) (b *simulated.Backend, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("devchain: start simulated backend: %v", r)
		}
	}()
	return simulated.NewBackend(alloc, func(nc *node.Config, ec *ethconfig.Config) {
		if host == "" {
			return
		}
		nc.HTTPHost = host
		nc.HTTPPort = port
		nc.HTTPModules = []string{"eth", "net", "web3"}
		// Clients reach the node by IP as well as by name; the listener decides exposure.
		nc.HTTPVirtualHosts = []string{"*"}
	}), nil
}

// resolveHTTPAddr turns port 0 into a concrete free port, because the simulated backend does not
// expose the node to ask which port it bound.
func resolveHTTPAddr(addr string) (string, int, error) {
	host, p, err := net.SplitHostPort(addr)
	if err != nil {
		return "", 0, fmt.Errorf("devchain: HTTP address %q: %w", addr, err)
	}
	if host == "" {
		host = "127.0.0.1"
	}
	port, err := strconv.Atoi(p)
	if err != nil || port < 0 || port > 65535 {
		return "", 0, fmt.Errorf("devchain: HTTP address %q: bad port", addr)
	}
	if port != 0 {
		return host, port, nil
	}
	l, err := net.Listen("tcp", net.JoinHostPort(host, "0"))
	if err != nil {
		return "", 0, fmt.Errorf("devchain: find a free port on %s: %w", host, err)
	}
	port = l.Addr().(*net.TCPAddr).Port
	if err := l.Close(); err != nil {
		return "", 0, fmt.Errorf("devchain: release probe port: %w", err)
	}
	return host, port, nil
}

func (c *Chain) mine(every time.Duration) {
	defer close(c.done)
	tick := time.NewTicker(every)
	defer tick.Stop()
	for {
		select {
		case <-c.stop:
			return
		case <-tick.C:
		}
		n, ok, err := c.pooled()
		if err != nil {
			c.logger.Warn("dev chain: read txpool status", "err", err)
			continue
		}
		// Mine when there is work. An idle chain mines an empty block only once its head is a
		// second behind the wall clock, as geth --dev with a period does: the contracts'
		// challenge windows and delays read block time, and a chain that stopped at its last
		// transaction would never see them pass (the preflight of the transaction waiting for
		// them reverts, so nothing would ever be mined).
		if n > 0 || !ok || c.headBehind() {
			c.backend.Commit()
		}
	}
}

// headBehind reports whether the head block's timestamp is at least a second before now.
func (c *Chain) headBehind() bool {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	h, err := c.backend.Client().HeaderByNumber(ctx, nil)
	return err == nil && time.Now().Unix() > int64(h.Time)
}

// pooled counts executable transactions in the pool. The "pending" block the eth API offers is
// cached by the miner for two seconds, which would delay mining by as much; txpool_status is
// live. ok is false when this client offers no way to ask.
func (c *Chain) pooled() (n uint64, ok bool, err error) {
	if c.rpc == nil {
		return 0, false, nil
	}
	var status struct {
		Pending hexutil.Uint64 `json:"pending"`
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	if err := c.rpc.CallContext(ctx, &status, "txpool_status"); err != nil {
		return 0, true, err
	}
	return uint64(status.Pending), true, nil
}

// rawRPC digs the in-process *rpc.Client out of the simulated client, whose embedded
// *ethclient.Client field shadows the Client() accessor. If a go-ethereum upgrade changes that
// shape, this returns nil and the miner falls back to mining a block on every tick.
func rawRPC(client simulated.Client) *rpc.Client {
	v := reflect.ValueOf(client)
	if v.Kind() != reflect.Struct {
		return nil
	}
	for i := range v.NumField() {
		if !v.Type().Field(i).IsExported() {
			continue
		}
		if ec, ok := v.Field(i).Interface().(*ethclient.Client); ok && ec != nil {
			return ec.Client()
		}
	}
	return nil
}

// Client is the in-process client: no sockets, no serialization beyond the RPC layer.
func (c *Chain) Client() simulated.Client { return c.backend.Client() }

// HTTPURL is the JSON-RPC URL, or "" when Options.HTTPAddr was empty.
func (c *Chain) HTTPURL() string { return c.httpURL }

// Dial connects a JSON-RPC client over HTTP, as a remote process would.
func (c *Chain) Dial(ctx context.Context) (*ethclient.Client, error) {
	if c.httpURL == "" {
		return nil, errors.New("devchain: started without HTTPAddr")
	}
	cl, err := ethclient.DialContext(ctx, c.httpURL)
	if err != nil {
		return nil, fmt.Errorf("devchain: dial %s: %w", c.httpURL, err)
	}
	return cl, nil
}

// ChainID is the chain id transactions must be signed for.
func (c *Chain) ChainID() *big.Int { return new(big.Int).Set(c.chainID) }

// Accounts is the number of funded dev keys.
func (c *Chain) Accounts() int { return len(c.keys) }

// Key returns the i-th funded dev key.
func (c *Chain) Key(i int) *ecdsa.PrivateKey { return c.keys[i] }

// Address returns the address of the i-th dev key.
func (c *Chain) Address(i int) common.Address { return crypto.PubkeyToAddress(c.keys[i].PublicKey) }

// Transactor returns signing options for the i-th dev key.
func (c *Chain) Transactor(i int) *bind.TransactOpts {
	return bind.NewKeyedTransactor(c.keys[i], c.chainID)
}

// Commit mines the pending transactions into a block now.
func (c *Chain) Commit() common.Hash { return c.backend.Commit() }

// Fork makes the block parent the head, dropping every block after it, so tests can reorganize
// the chain under a settlement. The dropped blocks' transactions return to the pool and are
// mined again by the next Commit unless something replaces them. It fails while transactions
// are pending; use it with the timer disabled.
func (c *Chain) Fork(parent common.Hash) error { return c.backend.Fork(parent) }

// AdjustTime mines an empty block whose timestamp is d after the head's, so tests can pass
// challenge windows and delays without waiting. It fails while transactions are pending.
//
// Block timestamps otherwise follow the wall clock but always advance at least one second per
// block, so a chain mining several blocks a second runs ahead of the wall clock.
func (c *Chain) AdjustTime(d time.Duration) error {
	// The pool drops mined transactions asynchronously, so right after a block it can still
	// look non-empty for a moment.
	deadline := time.Now().Add(2 * time.Second)
	for {
		err := c.backend.AdjustTime(d)
		if err == nil || !strings.Contains(err.Error(), "non-empty block") || time.Now().After(deadline) {
			return err
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// Close stops the miner and the node. Safe to call more than once.
func (c *Chain) Close() error {
	c.closeOnce.Do(func() {
		close(c.stop)
		<-c.done
		c.closeErr = c.backend.Close()
		c.logger.Info("dev chain stopped")
	})
	return c.closeErr
}
