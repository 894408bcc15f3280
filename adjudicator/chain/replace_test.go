package chain

import (
	"context"
	"io"
	"log/slog"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/claimsledger/claims/adjudicator/chain/devchain"
)

// TestUnminedTransactionIsReplaced sends a transaction priced under the base fee, which no
// block will take: wait must replace it with the same nonce and higher fees, and return the
// replacement's receipt.
func TestUnminedTransactionIsReplaced(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	dc, err := devchain.Start(ctx, devchain.Options{Accounts: 1, BlockInterval: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer dc.Close()
	backend := dc.Client()
	tx, err := NewTransactor(backend, dc.Transactor(0), WithPollInterval(10*time.Millisecond), WithReplaceAfter(200*time.Millisecond), WithLogger(slog.New(slog.NewTextHandler(io.Discard, nil))))
	if err != nil {
		t.Fatal(err)
	}
	head, err := backend.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	nonce, err := backend.PendingNonceAt(ctx, tx.From())
	if err != nil {
		t.Fatal(err)
	}
	to := common.HexToAddress("0xc0ffee")
	low := new(big.Int).Div(head.BaseFee, big.NewInt(4)) // under the base fee: never mined
	stuck, err := tx.signer(tx.From(), types.NewTx(&types.DynamicFeeTx{ChainID: dc.ChainID(), Nonce: nonce,
		GasTipCap: big.NewInt(1), GasFeeCap: low, Gas: 21_000, To: &to, Value: big.NewInt(1)}))
	if err != nil {
		t.Fatal(err)
	}
	if err := backend.SendTransaction(ctx, stuck); err != nil {
		t.Fatalf("the pool refused the underpriced transaction: %v", err)
	}
	rcpt, err := tx.wait(ctx, stuck)
	if err != nil {
		t.Fatalf("wait: %v", err)
	}
	if rcpt.TxHash == stuck.Hash() {
		t.Fatal("the underpriced transaction itself was mined; the test did not make it stuck")
	}
	mined, _, err := backend.TransactionByHash(ctx, rcpt.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	if mined.Nonce() != stuck.Nonce() || mined.GasFeeCap().Cmp(stuck.GasFeeCap()) <= 0 {
		t.Fatalf("mined nonce %d fee cap %s; want the same nonce %d and a fee cap above %s", mined.Nonce(), mined.GasFeeCap(), stuck.Nonce(), stuck.GasFeeCap())
	}
	bal, err := backend.BalanceAt(ctx, to, nil)
	if err != nil || bal.Int64() != 1 {
		t.Fatalf("recipient balance %v, %v; want 1 wei exactly once", bal, err)
	}
}
