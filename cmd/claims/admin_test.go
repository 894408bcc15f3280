package main

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/chain"
	"github.com/claimsledger/claims/adjudicator/config"
	"github.com/claimsledger/claims/adjudicator/devstack"
)

func adminBatchesJSON(t *testing.T, cfg string, extra ...string) []adminBatch {
	t.Helper()
	out := mustRun(t, append([]string{"admin", "batches", "--json", "--config", cfg}, extra...)...)
	var entries []adminBatch
	if err := json.Unmarshal([]byte(out), &entries); err != nil {
		t.Fatalf("admin batches --json: %v\n%s", err, out)
	}
	if entries == nil {
		t.Fatalf("admin batches --json printed %q, want an array", out)
	}
	return entries
}

// TestAdminReleaseAndUnpause: two batches settled by hand, one frozen with the guardian's key.
// The admin sees exactly the frozen one, cannot release it with another role's key, releases it
// (its credit becomes withdrawable at once), is refused a second release and releases of
// batches that are not frozen; then unpauses what the guardian paused, and is refused
// unpausing again.
func TestAdminReleaseAndUnpause(t *testing.T) {
	ctx, st, cfg := escrowDevnet(t)
	const credited, other = 12_345, 700
	provider := st.Keyer.Provider("1234567893")
	frozenEv := settleByHand(t, ctx, st, map[adjudicator.Hash]int64{provider: credited})
	keptEv := settleByHand(t, ctx, st, map[adjudicator.Hash]int64{st.Keyer.Provider("1720029960"): other})

	if got := adminBatchesJSON(t, cfg, "--frozen"); len(got) != 0 {
		t.Fatalf("frozen batches before any freeze: %+v", got)
	}
	if out := mustRun(t, "admin", "batches", "--frozen", "--config", cfg); !strings.Contains(out, "no frozen batches") {
		t.Errorf("admin batches --frozen with none:\n%s", out)
	}

	guardian := settlementAs(t, st, devstack.GuardianKey)
	if _, err := guardian.Freeze(ctx, frozenEv.BatchID, frozenEv.Header(), frozenEv.Credits); err != nil {
		t.Fatal(err)
	}
	reader := settlementAs(t, st, devstack.AdminKey)
	balance := func() chain.Balance {
		t.Helper()
		b, err := reader.BalanceOf(ctx, provider)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	if b := balance(); b.Pending != 0 || b.Withdrawable != 0 {
		t.Fatalf("balance of the frozen batch's provider: %+v, want nothing pending or withdrawable", b)
	}

	// Frozen batches are visible, and only they with --frozen.
	frozen := adminBatchesJSON(t, cfg, "--frozen")
	guardianAddr := st.Chain.Address(devstack.GuardianKey).Hex()
	if len(frozen) != 1 || frozen[0].BatchID != frozenEv.BatchID || frozen[0].Status != "frozen" || frozen[0].CreditedCents != credited ||
		frozen[0].Providers != 1 || frozen[0].Claims != 1 || frozen[0].FromOffset != frozenEv.From || frozen[0].ToOffset != frozenEv.To ||
		frozen[0].FrozenBy != guardianAddr || frozen[0].Tx != common.Hash(frozenEv.TxHash).Hex() || frozen[0].WindowClosesAt == "" {
		t.Fatalf("admin batches --frozen --json = %+v, want exactly batch %d frozen by %s crediting %d", frozen, frozenEv.BatchID, guardianAddr, credited)
	}
	all := adminBatchesJSON(t, cfg)
	if len(all) != 2 || all[0].BatchID != frozenEv.BatchID || all[0].Status != "frozen" || all[1].BatchID != keptEv.BatchID ||
		all[1].Status != "settled" || all[1].CreditedCents != other || !all[1].WindowOpen {
		t.Fatalf("admin batches --json = %+v, want batch %d frozen and %d settled, window open", all, frozenEv.BatchID, keptEv.BatchID)
	}
	human := mustRun(t, "admin", "batches", "--config", cfg)
	for _, w := range []string{"frozen", "settled", "$123.45", "2 batches; 1 frozen holding $123.45, 0 released", "claims admin release BATCH_ID"} {
		if !strings.Contains(human, w) {
			t.Errorf("admin batches does not say %q:\n%s", w, human)
		}
	}
	if s := escrowStatusJSON(t, cfg); s.FrozenCents != credited || s.FrozenBatches != 1 || s.OwedCents != other {
		t.Fatalf("escrow status with a frozen batch: %+v, want %d frozen in 1 batch, %d owed", s, credited, other)
	}

	id := strconv.FormatUint(frozenEv.BatchID, 10)
	// A key without the admin role (the adjudicator's) is refused by the contract.
	t.Run("wrong key", func(t *testing.T) {
		c, err := config.Load(cfg, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Setenv("CLAIMS_ADMIN_KEYSTORE", c.KeystoreFor(config.RoleAdjudicator))
		mustRefuse(t, []string{"does not hold the admin role", "contract error AccessControlUnauthorizedAccount"},
			"admin", "release", id, "--config", cfg)
	})

	// The release makes the frozen credit withdrawable at once.
	out := mustRun(t, "admin", "release", id, "--json", "--config", cfg)
	var rel adminReleased
	if err := json.Unmarshal([]byte(out), &rel); err != nil {
		t.Fatalf("admin release --json: %v\n%s", err, out)
	}
	if rel.BatchID != frozenEv.BatchID || rel.ReleasedCents != credited || rel.Status != "released" || rel.Tx == "" {
		t.Fatalf("admin release --json = %+v", rel)
	}
	if b := balance(); b.Withdrawable != credited || b.Pending != 0 {
		t.Fatalf("balance after the release: %+v, want %d withdrawable", b, credited)
	}
	all = adminBatchesJSON(t, cfg)
	if all[0].Status != "released" || all[0].ReleasedBy != st.Chain.Address(devstack.AdminKey).Hex() || all[0].ReleasedTx != rel.Tx {
		t.Fatalf("batch %d after release: %+v", frozenEv.BatchID, all[0])
	}
	if got := adminBatchesJSON(t, cfg, "--frozen"); len(got) != 0 {
		t.Fatalf("frozen batches after the release: %+v", got)
	}

	// Releasing again, a batch never frozen, or an unknown batch is refused clearly; bad ids are
	// bad input.
	mustRefuse(t, []string{"batch " + id + " was released already"}, "admin", "release", id, "--config", cfg)
	mustRefuse(t, []string{"batch " + strconv.FormatUint(keptEv.BatchID, 10) + " is not frozen (status settled)", "challenge window closes"},
		"admin", "release", strconv.FormatUint(keptEv.BatchID, 10), "--config", cfg)
	mustRefuse(t, []string{"batch 99 was never settled", "batches 1 to 2 were"}, "admin", "release", "99", "--config", cfg)
	mustFailInput(t, `BATCH_ID "0"`, "admin", "release", "0", "--config", cfg)
	mustFailInput(t, `BATCH_ID "x"`, "admin", "release", "x", "--config", cfg)

	// The guardian pauses; the admin unpauses, once.
	if _, err := guardian.Pause(ctx); err != nil {
		t.Fatal(err)
	}
	if s := escrowStatusJSON(t, cfg); !s.Paused {
		t.Fatal("escrow status does not show the guardian's pause")
	}
	out = mustRun(t, "admin", "unpause", "--config", cfg)
	if !strings.Contains(out, "settlement unpaused") || !strings.Contains(out, "tx 0x") {
		t.Errorf("admin unpause printed:\n%s", out)
	}
	if paused, err := reader.Paused(ctx); err != nil || paused {
		t.Fatalf("paused = %v, %v after unpause; want false", paused, err)
	}
	mustRefuse(t, []string{"settlement is not paused", "contract error ExpectedPause"}, "admin", "unpause", "--config", cfg)

	// Frozen credits are not owed, so the insurer can take that escrow back; a release then
	// needs it funded again, and says how much.
	const third = 500
	thirdEv := settleByHand(t, ctx, st, map[adjudicator.Hash]int64{provider: third})
	if _, err := guardian.Freeze(ctx, thirdEv.BatchID, thirdEv.Header(), thirdEv.Credits); err != nil {
		t.Fatal(err)
	}
	free := escrowStatusJSON(t, cfg).UnallocatedCents
	mustRun(t, "escrow", "withdraw", "request", "--cents", strconv.FormatInt(free, 10), "--config", cfg)
	if err := st.Chain.AdjustTime(st.Settings.EscrowWithdrawalDelay + time.Second); err != nil {
		t.Fatal(err)
	}
	mustRun(t, "escrow", "withdraw", "execute", "--config", cfg)
	thirdID := strconv.FormatUint(thirdEv.BatchID, 10)
	mustRefuse(t, []string{"releasing batch " + thirdID + " needs $5.00 (500 cents) of unallocated escrow but only $0.00 (0 cents)",
		"claims escrow fund --cents 500", "contract error InsufficientEscrow"}, "admin", "release", thirdID, "--config", cfg)
	mustRun(t, "escrow", "fund", "--cents", strconv.Itoa(third), "--config", cfg)
	mustRun(t, "admin", "release", thirdID, "--config", cfg)
	if b := balance(); b.Withdrawable != credited+third {
		t.Fatalf("balance after the second release: %+v, want %d withdrawable", b, credited+third)
	}
}
