package main

import (
	"context"
	"encoding/json"
	"errors"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/chain"
	"github.com/claimsledger/claims/adjudicator/devstack"
)

// escrowDevnet starts a dev stack serving JSON-RPC over HTTP and writes its config as
// `claims devnet` does.
func escrowDevnet(t *testing.T) (context.Context, *devstack.Stack, string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	t.Cleanup(cancel)
	st, err := devstack.Start(ctx, devstack.Options{RPCAddr: "127.0.0.1:0", Partitions: 1, Logger: quietLog})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(st.Close)
	cfg := filepath.Join(t.TempDir(), "devnet.yaml")
	if _, err := writeDevnetConfig(cfg, st); err != nil {
		t.Fatal(err)
	}
	return ctx, st, cfg
}

// settlementAs binds the settlement contract signing with one of the dev keys.
func settlementAs(t *testing.T, st *devstack.Stack, key int) *chain.Settlement {
	t.Helper()
	backend := st.Chain.Client()
	tx, err := chain.NewTransactor(backend, st.Chain.Transactor(key), chain.WithLogger(quietLog))
	if err != nil {
		t.Fatal(err)
	}
	s, err := chain.NewSettlement(backend, st.Deployment.Settlement, tx, chain.WithFromBlock(st.Deployment.Block))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// settleByHand settles the next offset of partition 0 crediting credits, with the
// adjudicator's key, and returns the batch's BatchSettled event.
func settleByHand(t *testing.T, ctx context.Context, st *devstack.Stack, credits map[adjudicator.Hash]int64) chain.BatchSettledEvent {
	t.Helper()
	s := settlementAs(t, st, devstack.AdjudicatorKey)
	from, err := s.NextOffset(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Settle(ctx, adjudicator.Batch{
		Partition: 0, From: from, To: from + 1, Claims: 1,
		Root:       crypto.Keccak256Hash([]byte("root " + strconv.FormatInt(from, 10))),
		PolicyHash: crypto.Keccak256Hash([]byte("policy")),
		Credits:    adjudicator.SortedCredits(credits),
	}); err != nil {
		t.Fatal(err)
	}
	ev, ok, err := s.BatchStartingAt(ctx, 0, from)
	if err != nil || !ok {
		t.Fatalf("the batch at 0/%d: found %v, %v", from, ok, err)
	}
	return ev
}

func escrowStatusJSON(t *testing.T, cfg string) escrowStatus {
	t.Helper()
	out := mustRun(t, "escrow", "status", "--json", "--config", cfg)
	var st escrowStatus
	if err := json.Unmarshal([]byte(out), &st); err != nil {
		t.Fatalf("escrow status --json: %v\n%s", err, out)
	}
	// Every field a script relies on is present, whatever its value.
	var raw map[string]any
	if err := json.Unmarshal([]byte(out), &raw); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"held_cents", "owed_cents", "unallocated_cents", "frozen_cents", "max_batch_cents", "window_cap_cents",
		"cap_window_seconds", "window_cap_available_cents", "challenge_window_seconds", "max_batch_offsets",
		"escrow_withdrawal_delay_seconds", "paused", "withdrawal", "chain_time"} {
		if _, ok := raw[k]; !ok {
			t.Errorf("escrow status --json lacks %q:\n%s", k, out)
		}
	}
	return st
}

// mustFailInput runs the command and wants a bad-input error (exit status 2) that says want.
func mustFailInput(t *testing.T, want string, args ...string) {
	t.Helper()
	out, err := runClaims(t, args...)
	var ee *exitError
	if err == nil || errors.As(err, &ee) {
		t.Fatalf("claims %s: err = %v, want a bad-input error (exit status 2)\n%s", strings.Join(args, " "), err, out)
	}
	if !strings.Contains(err.Error(), want) {
		t.Errorf("claims %s: error %q does not say %q", strings.Join(args, " "), err, want)
	}
}

// TestEscrowWithdrawal walks the insurer through the escrow against a devstack with its config
// as devnet writes it: the status before and after a credit, a withdrawal request for more
// than is unallocated refused at execute, one executed too early refused with its ready time,
// the one that pays exactly the unallocated escrow back, a cancel with nothing to cancel,
// funding, and the payout caps.
func TestEscrowWithdrawal(t *testing.T) {
	ctx, st, cfg := escrowDevnet(t)
	dev := st.Settings
	insurer := adjudicator.Address(st.Chain.Address(devstack.InsurerKey))
	tokens := func() int64 {
		t.Helper()
		b, err := chain.TokenBalance(ctx, st.Chain.Client(), st.Deployment.Token, insurer)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}

	s := escrowStatusJSON(t, cfg)
	if s.HeldCents != devstack.EscrowCents || s.OwedCents != 0 || s.UnallocatedCents != devstack.EscrowCents || s.Paused || s.Withdrawal != nil {
		t.Fatalf("status of a fresh devnet: %+v, want %d held, none owed, not paused, no request", s, int64(devstack.EscrowCents))
	}
	if s.MaxBatchCents != dev.MaxBatchCents || s.WindowCapCents != dev.WindowCapCents || s.CapWindowSeconds != uint64(dev.CapWindow/time.Second) ||
		s.ChallengeWindowSeconds != uint64(dev.ChallengeWindow/time.Second) || s.MaxBatchOffsets != dev.MaxBatchOffsets ||
		s.EscrowWithdrawalDelaySeconds != uint64(dev.EscrowWithdrawalDelay/time.Second) || s.WindowCapAvailableCents != dev.WindowCapCents {
		t.Fatalf("limits %+v, want the dev settings %+v", s, dev)
	}
	human := mustRun(t, "escrow", "status", "--config", cfg)
	for _, w := range []string{"$1,000,000,000.00", "owed to providers", "$0.00", "per batch", "$10,000,000.00", "per 1h0m0s",
		"challenge window", "30s", "escrow withdrawal delay", "1m0s", "running", "none requested"} {
		if !strings.Contains(human, w) {
			t.Errorf("escrow status does not say %q:\n%s", w, human)
		}
	}

	// A credit is owed, and no longer unallocated.
	const credited = 12_345
	settleByHand(t, ctx, st, map[adjudicator.Hash]int64{st.Keyer.Provider("1234567893"): credited})
	s = escrowStatusJSON(t, cfg)
	free := s.HeldCents - credited
	if s.OwedCents != credited || s.UnallocatedCents != free || s.HeldCents != devstack.EscrowCents {
		t.Fatalf("status after crediting %d: %+v, want it owed and %d unallocated", credited, s, free)
	}

	// A request for more than is unallocated is taken (the contract checks at execute), with a
	// warning; past its delay, execute is refused saying how much is unallocated.
	out := mustRun(t, "escrow", "withdraw", "request", "--cents", strconv.FormatInt(free+1, 10), "--config", cfg)
	for _, w := range []string{"requested to take back", "executable from", "escrow withdrawal delay 1m0s", "warning: only " + dollars(free)} {
		if !strings.Contains(out, w) {
			t.Errorf("request printed %q, missing %q", out, w)
		}
	}
	if err := st.Chain.AdjustTime(dev.EscrowWithdrawalDelay + time.Second); err != nil {
		t.Fatal(err)
	}
	mustRefuse(t, []string{"only " + dollars(free) + " (" + strconv.FormatInt(free, 10) + " cents) of the escrow is unallocated",
		"request at most " + strconv.FormatInt(free, 10) + " cents", "contract error InsufficientEscrow"},
		"escrow", "withdraw", "execute", "--config", cfg)

	// Exactly the unallocated escrow: replaces the request; refused before its delay, with the
	// time it becomes executable.
	out = mustRun(t, "escrow", "withdraw", "request", "--json", "--cents", strconv.FormatInt(free, 10), "--config", cfg)
	var req escrowRequested
	if err := json.Unmarshal([]byte(out), &req); err != nil {
		t.Fatalf("request --json: %v\n%s", err, out)
	}
	if req.AmountCents != free || req.ReplacedCents != free+1 || req.To != st.Chain.Address(devstack.InsurerKey).Hex() || req.ReadyAt == "" {
		t.Fatalf("request --json: %+v, want %d cents to the insurer replacing %d", req, free, free+1)
	}
	requested, _ := time.Parse(time.RFC3339, req.RequestedAt)
	if ready, err := time.Parse(time.RFC3339, req.ReadyAt); err != nil || ready.Sub(requested) != dev.EscrowWithdrawalDelay {
		t.Fatalf("request ready at %s, requested at %s (%v): want the delay %s apart", req.ReadyAt, req.RequestedAt, err, dev.EscrowWithdrawalDelay)
	}
	if w := escrowStatusJSON(t, cfg).Withdrawal; w == nil || w.AmountCents != free || w.ReadyAt != req.ReadyAt || w.Ready {
		t.Fatalf("status shows the request as %+v, want %d cents ready at %s, not yet", w, free, req.ReadyAt)
	}
	mustRefuse(t, []string{"not executable yet", "becomes executable at " + req.ReadyAt, "contract error EscrowWithdrawalNotReady"},
		"escrow", "withdraw", "execute", "--config", cfg)

	// Past the delay it pays exactly that to the insurer, and the escrow holds what is owed.
	if err := st.Chain.AdjustTime(dev.EscrowWithdrawalDelay + time.Second); err != nil {
		t.Fatal(err)
	}
	before := tokens()
	out = mustRun(t, "escrow", "withdraw", "execute", "--config", cfg)
	if !strings.Contains(out, "took back "+dollars(free)) || !strings.Contains(out, "tx 0x") {
		t.Errorf("execute printed:\n%s", out)
	}
	if got := tokens() - before; got != free {
		t.Fatalf("the insurer's token balance grew by %d cents, want exactly %d", got, free)
	}
	s = escrowStatusJSON(t, cfg)
	if s.HeldCents != s.OwedCents || s.OwedCents != credited || s.UnallocatedCents != 0 || s.Withdrawal != nil {
		t.Fatalf("status after taking back the unallocated escrow: %+v, want %d held and owed, nothing requested", s, credited)
	}

	// Nothing to execute or cancel any more.
	mustRefuse(t, []string{"there is no request to take back escrow, so nothing to cancel", "contract error NoEscrowWithdrawal"},
		"escrow", "withdraw", "cancel", "--config", cfg)
	mustRefuse(t, []string{"there is no request to take back escrow", "claims escrow withdraw request"},
		"escrow", "withdraw", "execute", "--config", cfg)

	// A request can be cancelled.
	mustRun(t, "escrow", "withdraw", "request", "--cents", "100", "--config", cfg)
	if out := mustRun(t, "escrow", "withdraw", "cancel", "--config", cfg); !strings.Contains(out, "cancelled the request to take back $1.00 (100 cents)") {
		t.Errorf("cancel printed:\n%s", out)
	}

	// Funding moves the insurer's tokens back in; more than it holds is refused before anything
	// is sent.
	const refund = 250_000
	out = mustRun(t, "escrow", "fund", "--json", "--cents", strconv.Itoa(refund), "--config", cfg)
	var funded escrowFunded
	if err := json.Unmarshal([]byte(out), &funded); err != nil {
		t.Fatalf("fund --json: %v\n%s", err, out)
	}
	if funded.FundedCents != refund || funded.HeldCents != credited+refund || funded.UnallocatedCents != refund {
		t.Fatalf("fund --json: %+v, want %d held, %d unallocated", funded, credited+refund, refund)
	}
	mustRefuse(t, []string{"holds " + dollars(free-refund), "less than the " + dollars(free)},
		"escrow", "fund", "--cents", strconv.FormatInt(free, 10), "--config", cfg)

	// Caps: set, then shown; bad values are refused before anything is read.
	out = mustRun(t, "escrow", "caps", "--max-batch-cents", "500000", "--window-cap-cents", "2000000", "--cap-window", "2h", "--config", cfg)
	if !strings.Contains(out, "$5,000.00") || !strings.Contains(out, "$20,000.00 per 2h0m0s") || !strings.Contains(out, dollars(dev.MaxBatchCents)) {
		t.Errorf("caps printed:\n%s", out)
	}
	s = escrowStatusJSON(t, cfg)
	if s.MaxBatchCents != 500_000 || s.WindowCapCents != 2_000_000 || s.CapWindowSeconds != 7200 {
		t.Fatalf("status after caps: %+v", s)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--max-batch-cents", "0", "--window-cap-cents", "1", "--cap-window", "1h"}, "--max-batch-cents 0: must be a positive"},
		{[]string{"--max-batch-cents", "1", "--window-cap-cents", "-5", "--cap-window", "1h"}, "--window-cap-cents -5: must be a positive"},
		{[]string{"--max-batch-cents", "1", "--window-cap-cents", "1", "--cap-window", "0s"}, "--cap-window 0s: must be at least 1s"},
		{[]string{"--max-batch-cents", "1", "--window-cap-cents", "1", "--cap-window", "1500ms"}, "--cap-window 1.5s: must be whole seconds"},
		{[]string{"--window-cap-cents", "1", "--cap-window", "1h"}, "--max-batch-cents N is required"},
		{[]string{"--max-batch-cents", "1", "--window-cap-cents", "1"}, "--cap-window DURATION is required"},
	} {
		mustFailInput(t, tc.want, append(append([]string{"escrow", "caps"}, tc.args...), "--config", cfg)...)
	}
	mustFailInput(t, "--cents 0: must be a positive", "escrow", "withdraw", "request", "--cents", "0", "--config", cfg)
	mustFailInput(t, "--cents N is required", "escrow", "fund", "--config", cfg)
	if s := escrowStatusJSON(t, cfg); s.MaxBatchCents != 500_000 {
		t.Fatalf("a refused caps command changed the caps: %+v", s)
	}
}
