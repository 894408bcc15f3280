package devchain_test

import (
	"context"
	"io"
	"log/slog"
	"math/big"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/claimsledger/claims/adjudicator/chain/devchain"
)

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

func start(t *testing.T, opts devchain.Options) *devchain.Chain {
	t.Helper()
	opts.Logger = quiet
	c, err := devchain.Start(context.Background(), opts)
	if err != nil {
		t.Fatalf("Start: %v", err)
	}
	t.Cleanup(func() {
		if err := c.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return c
}

type sender interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	SendTransaction(ctx context.Context, tx *types.Transaction) error
	TransactionReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error)
	BalanceAt(ctx context.Context, account common.Address, block *big.Int) (*big.Int, error)
}

// transfer sends wei from dev key 0 and returns how long the receipt took to appear.
func transfer(t *testing.T, c *devchain.Chain, cl sender, nonce uint64, to common.Address) time.Duration {
	t.Helper()
	ctx := context.Background()
	head, err := cl.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	tip := big.NewInt(1_000_000_000)
	tx := types.MustSignNewTx(c.Key(0), types.LatestSignerForChainID(c.ChainID()), &types.DynamicFeeTx{
		ChainID: c.ChainID(), Nonce: nonce, GasTipCap: tip, Gas: 21_000, To: &to, Value: big.NewInt(1),
		GasFeeCap: new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2))),
	})
	begin := time.Now()
	if err := cl.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := cl.TransactionReceipt(ctx, tx.Hash()); err == nil {
			return time.Since(begin)
		}
		if time.Since(begin) > 10*time.Second {
			t.Fatal("transaction not mined within 10s")
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func TestMinesPromptly(t *testing.T) {
	c := start(t, devchain.Options{HTTPAddr: "127.0.0.1:0"})
	if !strings.HasPrefix(c.HTTPURL(), "http://127.0.0.1:") {
		t.Fatalf("HTTPURL = %q", c.HTTPURL())
	}
	httpc, err := c.Dial(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer httpc.Close()
	to := common.HexToAddress("0xc0ffee")
	for i, cl := range []sender{c.Client(), httpc} {
		// The miner's cached "pending" block lives two seconds; mining off it would show here.
		if d := transfer(t, c, cl, uint64(i), to); d > time.Second {
			t.Errorf("client %d: receipt after %v, want well under a second with a 100ms block interval", i, d)
		}
	}
	bal, err := httpc.BalanceAt(context.Background(), to, nil)
	if err != nil || bal.Int64() != 2 {
		t.Fatalf("balance over HTTP = %v, %v; want 2 wei", bal, err)
	}
}

// TestIdleChainKeepsTime: an idle chain mines about one empty block a second, so block time
// follows the wall clock (challenge windows pass) without running ahead of it.
func TestIdleChainKeepsTime(t *testing.T) {
	c := start(t, devchain.Options{BlockInterval: 10 * time.Millisecond})
	time.Sleep(2500 * time.Millisecond)
	h, err := c.Client().HeaderByNumber(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now().Unix()
	if n := h.Number.Uint64(); n == 0 || n > 4 {
		t.Fatalf("idle chain at block %d after 2.5s, want 1 to 4 (about one a second)", n)
	}
	if lag := now - int64(h.Time); lag < -1 || lag > 1 {
		t.Fatalf("head time %d is %ds behind the clock %d, want within a second", h.Time, lag, now)
	}
}

func TestManualMining(t *testing.T) {
	c := start(t, devchain.Options{BlockInterval: -1, Accounts: 2})
	if c.Accounts() != 2 || c.Address(0) == c.Address(1) {
		t.Fatalf("accounts = %d, addresses %s %s", c.Accounts(), c.Address(0), c.Address(1))
	}
	c.Commit()
	c.Commit()
	if n, _ := c.Client().BlockNumber(context.Background()); n != 2 {
		t.Fatalf("block number after two commits = %d", n)
	}
	if _, err := c.Dial(context.Background()); err == nil {
		t.Fatal("Dial without HTTP succeeded")
	}
}

func TestDevKeysAreStableAndFunded(t *testing.T) {
	c := start(t, devchain.Options{BlockInterval: -1})
	if devchain.DevKey(0).D.Cmp(c.Key(0).D) != 0 || devchain.DevKey(0).D.Cmp(devchain.DevKey(1).D) == 0 {
		t.Fatal("dev keys are not deterministic and distinct")
	}
	bal, err := c.Client().BalanceAt(context.Background(), c.Address(3), nil)
	if err != nil || bal.Cmp(devchain.DevBalance) != 0 {
		t.Fatalf("dev account 3 balance = %v, %v; want %v", bal, err, devchain.DevBalance)
	}
}

func TestStartFailsOnTakenPort(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	c, err := devchain.Start(context.Background(), devchain.Options{HTTPAddr: l.Addr().String(), Logger: quiet})
	if err == nil {
		c.Close()
		t.Fatal("Start on a taken port succeeded")
	}
}
