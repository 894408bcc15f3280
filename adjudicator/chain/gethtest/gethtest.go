// Package gethtest runs a real `geth --dev` node for integration tests, the way
// net/http/httptest runs a real HTTP server: the adapters in adjudicator/chain then talk
// JSON-RPC over HTTP to the same node software production uses, instead of the in-process
// simulated backend of devchain.
//
// geth is built from the go-ethereum module in go.mod (go.mod carries a `tool` directive for
// it, which keeps go.sum complete) and cached across test runs; see Binary. Nothing is
// downloaded as a binary.
//
// Start skips the test in -short mode and fails it in every other case where no node can be
// had: a skipped integration test looks green while testing nothing.
package gethtest

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/claimsledger/claims/adjudicator/chain/devchain"
)

// Options configure Start. The zero value is a node that seals a block every second.
type Options struct {
	// BlockPeriod is --dev.period: geth seals a block every period, with or without
	// transactions. geth takes whole seconds only. Default 1s. A negative value passes
	// --dev.period 0: a block is sealed as soon as a transaction arrives, and none otherwise.
	BlockPeriod time.Duration
	// GasLimit is the block gas limit: --dev.gaslimit (genesis) and --miner.gaslimit (the
	// target later blocks move toward), so it stays constant. Default 60,000,000, which is
	// the simulated backend's limit and geth's default --miner.gaslimit. geth's own
	// --dev.gaslimit default, 11,500,000, is below the per-transaction cap chain.MaxTxGas
	// (2^24 = 16,777,216): transactions between the two would not fit in a block.
	GasLimit uint64
	// Verbosity is --verbosity (1 error ... 5 detail). Default 3 (info, one line per block).
	Verbosity int
	// StartTimeout bounds the wait for eth_chainId to answer. Default 60s.
	StartTimeout time.Duration
	// Args are appended to geth's command line.
	Args []string
}

const (
	defaultBlockPeriod  = time.Second
	defaultGasLimit     = 60_000_000
	defaultVerbosity    = 3
	defaultStartTimeout = 60 * time.Second
	// HTTPAPI is the set of JSON-RPC namespaces served: what the adapters use (eth, net,
	// web3), the pool for tests that watch it (txpool), and tracing for diagnosis (debug).
	HTTPAPI = "eth,net,web3,txpool,debug"
	// startAttempts bounds retries when the free port picked is taken before geth binds it.
	startAttempts = 5
	// stopTimeout is how long geth gets to shut down after SIGINT before it is killed.
	stopTimeout = 15 * time.Second
	// receiptTimeout bounds Fund's wait for its transactions.
	receiptTimeout = 60 * time.Second
	// maxLogDump caps how much of geth's log a failed test prints (the tail is kept).
	maxLogDump = 256 << 10
)

// Node is a running `geth --dev` process, stopped by t.Cleanup.
type Node struct {
	url     string
	chainID *big.Int
	dev     common.Address
	rpc     *rpc.Client
	cmd     *exec.Cmd
	logPath string

	exited  chan struct{} // closed once the process has been reaped
	waitErr error         // read only after exited is closed

	stopOnce sync.Once
	stopErr  error
	mu       sync.Mutex
	stopping bool // Stop was called: an exit is expected
}

// Start runs `geth --dev` with a fresh data directory in t.TempDir(), HTTP JSON-RPC on a
// free 127.0.0.1 port and no IPC, peers or discovery, and returns once eth_chainId answers.
// geth's output goes to a log file that is printed if the test fails. The node is stopped
// in t.Cleanup (SIGINT, then SIGKILL after a timeout); on Linux the kernel also kills it if
// the test process dies first.
func Start(t testing.TB, opts Options) *Node {
	t.Helper()
	if testing.Short() {
		t.Skip("gethtest: skipping the geth --dev integration test in -short mode")
	}
	args, err := opts.withDefaults()
	if err != nil {
		t.Fatalf("gethtest: %v", err)
	}
	bin := Binary(t)
	// TempDir first: its removal is then registered before, and so runs after, the stop.
	dir := t.TempDir()
	ctx, cancel := context.WithTimeout(t.Context(), opts.StartTimeout)
	defer cancel()
	var errs []error
	for attempt := 1; attempt <= startAttempts; attempt++ {
		n, err := start(ctx, t, bin, dir, attempt, args)
		if err == nil {
			t.Logf("gethtest: geth --dev on %s (chain id %s, dev account %s, log %s)", n.url, n.chainID, n.dev, n.logPath)
			return n
		}
		errs = append(errs, err)
		if !errors.Is(err, errPortTaken) || ctx.Err() != nil {
			break
		}
	}
	t.Fatalf("gethtest: start geth --dev: %v", errors.Join(errs...))
	return nil
}

// withDefaults fills in opts and returns geth's flags other than the per-attempt ones.
func (o *Options) withDefaults() ([]string, error) {
	switch {
	case o.BlockPeriod == 0:
		o.BlockPeriod = defaultBlockPeriod
	case o.BlockPeriod > 0 && o.BlockPeriod%time.Second != 0:
		return nil, fmt.Errorf("block period %v: geth --dev.period takes whole seconds", o.BlockPeriod)
	}
	if o.GasLimit == 0 {
		o.GasLimit = defaultGasLimit
	}
	if o.Verbosity == 0 {
		o.Verbosity = defaultVerbosity
	}
	if o.StartTimeout <= 0 {
		o.StartTimeout = defaultStartTimeout
	}
	period := uint64(0)
	if o.BlockPeriod > 0 {
		period = uint64(o.BlockPeriod / time.Second)
	}
	gas := strconv.FormatUint(o.GasLimit, 10)
	args := []string{
		"--dev",
		"--dev.period", strconv.FormatUint(period, 10),
		"--dev.gaslimit", gas,
		"--miner.gaslimit", gas,
		"--ipcdisable",
		"--nodiscover", "--maxpeers", "0",
		"--http", "--http.addr", "127.0.0.1", "--http.api", HTTPAPI,
		"--verbosity", strconv.Itoa(o.Verbosity),
	}
	return append(args, o.Args...), nil
}

var errPortTaken = errors.New("HTTP port taken")

func start(ctx context.Context, t testing.TB, bin, dir string, attempt int, args []string) (*Node, error) {
	port, err := pickPort()
	if err != nil {
		return nil, err
	}
	addr := net.JoinHostPort("127.0.0.1", strconv.Itoa(port))
	datadir := filepath.Join(dir, fmt.Sprintf("datadir-%d", attempt))
	logPath := filepath.Join(dir, fmt.Sprintf("geth-%d.log", attempt))
	logFile, err := os.Create(logPath)
	if err != nil {
		return nil, fmt.Errorf("create geth log: %w", err)
	}
	args = append([]string{"--datadir", datadir, "--http.port", strconv.Itoa(port)}, args...)
	cmd := exec.Command(bin, args...)
	cmd.Stdout, cmd.Stderr = logFile, logFile
	cmd.SysProcAttr = sysProcAttr()
	err = cmd.Start()
	logFile.Close() // the child has its own descriptor
	if err != nil {
		return nil, fmt.Errorf("run %s: %w", bin, err)
	}
	n := &Node{url: "http://" + addr, cmd: cmd, logPath: logPath, exited: make(chan struct{})}
	go func() {
		n.waitErr = cmd.Wait()
		close(n.exited)
	}()
	t.Cleanup(func() { n.cleanup(t) })
	if n.rpc, err = rpc.DialContext(ctx, n.url); err != nil {
		n.Stop()
		return nil, fmt.Errorf("dial %s: %w", n.url, err)
	}
	if err := n.waitReady(ctx, addr); err != nil {
		n.Stop()
		return nil, err
	}
	var accounts []common.Address
	if err := n.rpc.CallContext(ctx, &accounts, "eth_accounts"); err != nil || len(accounts) == 0 {
		n.Stop()
		return nil, fmt.Errorf("eth_accounts = %v, %v: want the unlocked dev account", accounts, err)
	}
	n.dev = accounts[0]
	return n, nil
}

// pickPort is freePort; tests replace it to provoke a port clash.
var pickPort = freePort

// freePort asks the kernel for an unused port. It is released before geth binds it, so
// another process may take it meanwhile; Start retries for that reason.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("find a free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// waitReady waits until this geth logged that it serves HTTP on addr and eth_chainId
// answers there. The log check makes sure the answer comes from this process and not from
// one that took the port first.
func (n *Node) waitReady(ctx context.Context, addr string) error {
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	last := errors.New("geth has not logged \"HTTP server started\" yet")
	for {
		select {
		case <-n.exited:
			log := n.logTail(8 << 10)
			err := fmt.Errorf("geth exited during startup (%v); log %s:\n%s", n.waitErr, n.logPath, log)
			if strings.Contains(log, "address already in use") {
				err = fmt.Errorf("%w: %w", errPortTaken, err)
			}
			return err
		default:
		}
		if n.logHasLine("HTTP server started", "endpoint="+addr) {
			cctx, cancel := context.WithTimeout(ctx, 2*time.Second)
			var id hexutil.Big
			last = n.rpc.CallContext(cctx, &id, "eth_chainId")
			cancel()
			if last == nil {
				n.chainID = id.ToInt()
				return nil
			}
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("geth on %s not ready: %w (last: %v); log %s:\n%s", addr, ctx.Err(), last, n.logPath, n.logTail(8<<10))
		case <-n.exited:
		case <-tick.C:
		}
	}
}

// logHasLine reports whether one line of the log contains every one of parts.
func (n *Node) logHasLine(parts ...string) bool {
	b, err := os.ReadFile(n.logPath)
	if err != nil {
		return false
	}
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 64<<10), 1<<20)
lines:
	for sc.Scan() {
		for _, p := range parts {
			if !strings.Contains(sc.Text(), p) {
				continue lines
			}
		}
		return true
	}
	return false
}

// logTail returns the last max bytes of geth's log.
func (n *Node) logTail(max int) string {
	b, err := os.ReadFile(n.logPath)
	if err != nil {
		return fmt.Sprintf("(cannot read %s: %v)", n.logPath, err)
	}
	if len(b) > max {
		b = b[len(b)-max:]
		if i := bytes.IndexByte(b, '\n'); i >= 0 {
			b = b[i+1:]
		}
		return fmt.Sprintf("[... log truncated to its last %d bytes ...]\n%s", len(b), b)
	}
	return string(b)
}

func (n *Node) cleanup(t testing.TB) {
	n.mu.Lock()
	expected := n.stopping
	n.mu.Unlock()
	var early error
	select {
	case <-n.exited:
		if !expected {
			early = fmt.Errorf("geth exited before the test ended: %v", n.waitErr)
		}
	default:
	}
	if err := n.Stop(); err != nil {
		t.Errorf("gethtest: %v", err)
	}
	if early != nil {
		t.Errorf("gethtest: %v", early)
	}
	if t.Failed() {
		t.Logf("gethtest: geth log %s:\n%s", n.logPath, n.logTail(maxLogDump))
	}
}

// Stop shuts geth down: SIGINT, then SIGKILL if it has not exited within 15s. It waits for
// the process to be reaped. Safe to call more than once; t.Cleanup calls it anyway.
func (n *Node) Stop() error {
	n.stopOnce.Do(func() {
		n.mu.Lock()
		n.stopping = true
		n.mu.Unlock()
		if n.rpc != nil {
			n.rpc.Close()
		}
		select {
		case <-n.exited:
			return
		default:
		}
		if err := n.cmd.Process.Signal(os.Interrupt); err != nil && !errors.Is(err, os.ErrProcessDone) {
			n.stopErr = fmt.Errorf("interrupt geth (pid %d): %w", n.cmd.Process.Pid, err)
		}
		timer := time.NewTimer(stopTimeout)
		defer timer.Stop()
		select {
		case <-n.exited:
		case <-timer.C:
			_ = n.cmd.Process.Kill()
			<-n.exited
			n.stopErr = fmt.Errorf("geth (pid %d) still running %v after SIGINT; killed it", n.cmd.Process.Pid, stopTimeout)
		}
	})
	return n.stopErr
}

// URL is the HTTP JSON-RPC endpoint, http://127.0.0.1:PORT.
func (n *Node) URL() string { return n.url }

// ChainID is the chain id transactions must be signed for (1337 for geth --dev).
func (n *Node) ChainID() *big.Int { return new(big.Int).Set(n.chainID) }

// DevAccount is geth's pre-funded, unlocked developer account (eth_accounts[0]). Fund pays
// from it; the adapters sign with their own keys instead.
func (n *Node) DevAccount() common.Address { return n.dev }

// PID is the geth process id.
func (n *Node) PID() int { return n.cmd.Process.Pid }

// LogPath is geth's log file (removed with the test's temporary directory).
func (n *Node) LogPath() string { return n.logPath }

// Client dials the node over HTTP, as a remote process would, and closes the client in
// t.Cleanup.
func (n *Node) Client(t testing.TB) *ethclient.Client {
	t.Helper()
	c, err := ethclient.DialContext(t.Context(), n.url)
	if err != nil {
		t.Fatalf("gethtest: dial %s: %v", n.url, err)
	}
	t.Cleanup(c.Close)
	return c
}

// Fund sends devchain.DevBalance (1,000,000 ether, what devchain gives its keys) to each
// address from the dev account with eth_sendTransaction, which geth signs with the unlocked
// dev key, and waits until every transfer is mined.
func (n *Node) Fund(t testing.TB, addrs ...common.Address) {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), receiptTimeout)
	defer cancel()
	value := (*hexutil.Big)(devchain.DevBalance)
	hashes := make([]common.Hash, len(addrs))
	for i, a := range addrs {
		tx := map[string]any{"from": n.dev, "to": a, "value": value}
		if err := n.rpc.CallContext(ctx, &hashes[i], "eth_sendTransaction", tx); err != nil {
			t.Fatalf("gethtest: fund %s: eth_sendTransaction: %v", a, err)
		}
	}
	client := ethclient.NewClient(n.rpc)
	for i, h := range hashes {
		r, err := waitReceipt(ctx, client, h)
		if err != nil {
			t.Fatalf("gethtest: fund %s: %v", addrs[i], err)
		}
		if r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("gethtest: fund %s: transfer %s failed in block %s", addrs[i], h, r.BlockNumber)
		}
	}
}

// waitReceipt polls for the receipt of h. geth answers a receipt query for a transaction it
// cannot find with "transaction indexing is in progress" instead of null whenever its
// transaction indexer lags the head, which happens for a moment after every new block, so
// that answer means "not yet" too.
func waitReceipt(ctx context.Context, c *ethclient.Client, h common.Hash) (*types.Receipt, error) {
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	for {
		r, err := c.TransactionReceipt(ctx, h)
		if err == nil {
			return r, nil
		}
		if !errors.Is(err, ethereum.NotFound) && !strings.Contains(err.Error(), "indexing is in progress") {
			return nil, fmt.Errorf("receipt of %s: %w", h, err)
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("receipt of %s: %w", h, ctx.Err())
		case <-tick.C:
		}
	}
}
