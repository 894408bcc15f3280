package chain

// Tests of AccessLog.sol as its spec states it, and of the AccessLog adapter: every revert path
// (ctAccessErrors, run by TestEveryCustomErrorTriggered), the role matrix (TestRoleMatrix), the
// exact events, the watermark, and the gas per recorded look.

import (
	"errors"
	"fmt"
	"math/big"
	"sort"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/bindings/access"
	"github.com/claimsledger/claims/bindings/settlement"
)

// Purposes and viewer kinds as the contract numbers them.
const (
	ctStatus     = 1
	ctProof      = 2
	ctRemittance = 3
	ctReview     = 4
	ctAudit      = 5

	ctViewerAccount  = 1
	ctViewerProvider = 2
)

// ctLookTime is when the test looks happened (unix seconds).
const ctLookTime = 1_709_371_815

// ctLook is a fraud analyst's look at claim, read at offset.
func ctLook(claim string, offset uint64, purpose uint8) access.AccessLogAccess {
	return access.AccessLogAccess{ClaimKey: ctClaim(claim), Viewer: common.BytesToHash(ctAddr("analyst").Bytes()),
		ViewerKind: ctViewerAccount, Purpose: purpose, AccessedAt: ctLookTime, Offset: offset}
}

// ctProviderLook is provider's look at claim, read at offset.
func ctProviderLook(claim, provider string, offset uint64, purpose uint8) access.AccessLogAccess {
	return access.AccessLogAccess{ClaimKey: ctClaim(claim), Viewer: ctProvider(provider), ViewerKind: ctViewerProvider,
		Purpose: purpose, AccessedAt: ctLookTime + offset, Offset: offset}
}

func (e *ctEnv) packLooks(partition uint32, from, to uint64, looks ...access.AccessLogAccess) []byte {
	return e.acc.PackRecordAccess(partition, from, to, looks)
}

// ctAccessErrors triggers every custom error of AccessLog, in the order recordAccess checks.
func ctAccessErrors(t *testing.T, e *ctEnv) {
	t.Helper()
	acc := &e.accAddr
	before := e.snapshot(t)
	_, err := e.tx[ctAdmin].estimate(e.ctx, nil, ctInitCode(t, &access.AccessLogMetaData, e.acc.PackConstructor(e.addr[ctAdmin], big.NewInt(1), common.Address{})))
	if _, cerr := ctCheckRevert(err, "ZeroRecorder"); cerr != nil {
		t.Fatalf("AccessLog constructor: %v", cerr)
	}
	e.same(t, before)
	e.seen["AccessLog.ZeroRecorder"] = true

	record := func(partition uint32, from, to uint64, want string, looks ...access.AccessLogAccess) *RevertError {
		t.Helper()
		return e.revert(t, ctRecorder, acc, e.packLooks(partition, from, to, looks...), want)
	}
	ok := ctLook("ok", 0, ctReview)
	ctDetail(t, record(1, 3, 5, "OffsetMismatch", ok), "Partition", 1, "Expected", 0, "Given", 3)
	record(1, 0, 0, "EmptyBatch")
	record(1, 4, 2, "OffsetMismatch")
	ctDetail(t, record(1, 0, 1, "TooManyAccesses", ctLook("a", 0, ctReview), ctLook("b", 0, ctReview)), "Count", 2, "Offsets", 1)
	zeroClaim := ctLook("z", 1, ctReview)
	zeroClaim.ClaimKey = [32]byte{}
	ctDetail(t, record(1, 0, 2, "ZeroClaimKey", ok, zeroClaim), "Index", 1)
	zeroViewer := ok
	zeroViewer.Viewer = [32]byte{}
	ctDetail(t, record(1, 0, 2, "ZeroViewer", zeroViewer), "Index", 0)
	for _, kind := range []uint8{0, 3} {
		bad := ok
		bad.ViewerKind = kind
		ctDetail(t, record(1, 0, 2, "UnknownViewerKind", bad), "Index", 0, "ViewerKind", kind)
	}
	notAddress := ok
	notAddress.Viewer = ctProvider("A") // a provider key claimed to be an account
	ctDetail(t, record(1, 0, 2, "ViewerNotAnAddress", notAddress), "Index", 0)
	for _, purpose := range []uint8{0, 6} {
		bad := ok
		bad.Purpose = purpose
		ctDetail(t, record(1, 0, 2, "UnknownPurpose", bad), "Index", 0, "Purpose", purpose)
	}
	noTime := ok
	noTime.AccessedAt = 0
	ctDetail(t, record(1, 0, 2, "ZeroAccessTime", noTime), "Index", 0)
	// Offsets: past the range, repeated, going back, before the range.
	ctDetail(t, record(1, 0, 2, "AccessOffsetOutOfOrder", ctLook("a", 2, ctReview)), "Index", 0, "Offset", 2)
	ctDetail(t, record(1, 0, 3, "AccessOffsetOutOfOrder", ctLook("a", 1, ctReview), ctLook("b", 1, ctReview)), "Index", 1, "Offset", 1)
	ctDetail(t, record(1, 0, 3, "AccessOffsetOutOfOrder", ctLook("a", 2, ctReview), ctLook("b", 0, ctReview)), "Index", 1, "Offset", 0)
	e.exec(t, ctRecorder, acc, e.packLooks(1, 0, 3, ctLook("a", 0, ctReview)))
	ctDetail(t, record(1, 3, 5, "AccessOffsetOutOfOrder", ctLook("a", 2, ctReview)), "Index", 0, "Offset", 2)
	// A replay of the range just recorded, forced past the preflight: reverted on chain, and
	// decoded as the flusher needs it (ErrBatchConflict).
	rev := e.minedRevert(t, ctRecorder, acc, e.packLooks(1, 0, 3, ctLook("a", 0, ctReview)), "OffsetMismatch")
	ctDetail(t, rev, "Partition", 1, "Expected", 3, "Given", 0)
	if !errors.Is(rev, adjudicator.ErrBatchConflict) {
		t.Errorf("AccessLog's OffsetMismatch does not match ErrBatchConflict: %v", rev)
	}
}

// recordAccess emits one ClaimAccessed per look, exactly as given, and one AccessBatchRecorded;
// it moves the partition's watermark to the batch's end and no other; the same range again is
// refused; offsets may skip (looks the recorder could not read) and a batch may hold no look.
func TestAccessLogRecordsLooksExactlyOnce(t *testing.T) {
	e := ctStart(t, ctDefaults())
	looks := []access.AccessLogAccess{
		ctProviderLook("C-1", "A", 0, ctStatus), ctProviderLook("C-1", "A", 1, ctProof),
		ctLook("C-2", 3, ctReview), // offset 2 was not a look
		ctProviderLook("C-3", "B", 4, ctRemittance), ctLook("C-1", 5, ctAudit),
	}
	r := e.exec(t, ctRecorder, &e.accAddr, e.packLooks(2, 0, 7, looks...))
	evs := ctEvents(t, r, e.accAddr, e.acc.UnpackClaimAccessedEvent)
	if len(evs) != len(looks) {
		t.Fatalf("%d ClaimAccessed events for %d looks", len(evs), len(looks))
	}
	for i, ev := range evs {
		l := looks[i]
		if ev.ClaimKey != l.ClaimKey || ev.Viewer != l.Viewer || ev.ViewerKind != l.ViewerKind || ev.Purpose != l.Purpose ||
			ev.AccessedAt != l.AccessedAt || ev.Partition != 2 || ev.Offset != l.Offset {
			t.Errorf("ClaimAccessed %d = %+v, want %+v at partition 2", i, ev, l)
		}
		// Indexed: a claim's looks, and a viewer's, are found by topic.
		if ev.Raw.Topics[1] != common.Hash(l.ClaimKey) || ev.Raw.Topics[2] != common.Hash(l.Viewer) {
			t.Errorf("ClaimAccessed %d topics %v", i, ev.Raw.Topics)
		}
	}
	b := ctOne(t, r, e.accAddr, e.acc.UnpackAccessBatchRecordedEvent)
	if b.Partition != 2 || b.FromOffset != 0 || b.ToOffset != 7 || b.Count.Int64() != int64(len(looks)) {
		t.Errorf("AccessBatchRecorded = %+v, want partition 2 [0,7) count %d", b, len(looks))
	}
	if last := r.Logs[len(r.Logs)-1]; last.Topics[0] != e.acc.GetABI().Events["AccessBatchRecorded"].ID {
		t.Error("AccessBatchRecorded is not the last event")
	}
	for p, want := range []uint64{0, 0, 7, 0} {
		if got := e.accessNext(t, uint32(p)); got != want {
			t.Errorf("nextOffset(%d) = %d, want %d", p, got, want)
		}
	}
	// Exactly once: the same range again, or one overlapping it, records nothing.
	ctDetail(t, e.revert(t, ctRecorder, &e.accAddr, e.packLooks(2, 0, 7, looks...), "OffsetMismatch"), "Expected", 7, "Given", 0)
	e.revert(t, ctRecorder, &e.accAddr, e.packLooks(2, 5, 9, ctLook("C-4", 7, ctReview)), "OffsetMismatch")
	// A batch of offsets none of which was a look moves the watermark all the same.
	r = e.exec(t, ctRecorder, &e.accAddr, e.packLooks(2, 7, 9))
	if len(ctEvents(t, r, e.accAddr, e.acc.UnpackClaimAccessedEvent)) != 0 ||
		ctOne(t, r, e.accAddr, e.acc.UnpackAccessBatchRecordedEvent).Count.Sign() != 0 || e.accessNext(t, 2) != 9 {
		t.Error("an empty batch did not move the watermark with a count of 0 and no look")
	}
}

// The admin grants RECORDER_ROLE to another key and revokes it from the recorder; only holders
// record; the recorder may give the role up itself.
func TestAccessLogRecorderRole(t *testing.T) {
	e := ctStart(t, ctDefaults())
	role := ctRole("RECORDER_ROLE")
	has := func(who int) bool {
		return ctCall(t, e, e.accAddr, e.acc.PackHasRole(role, e.addr[who]), e.acc.UnpackHasRole)
	}
	e.revert(t, ctStranger, &e.accAddr, e.packLooks(0, 0, 1, ctLook("a", 0, ctReview)), "AccessControlUnauthorizedAccount")
	r := e.exec(t, ctAdmin, &e.accAddr, e.acc.PackGrantRole(role, e.addr[ctStranger]))
	if ev := ctOne(t, r, e.accAddr, e.acc.UnpackRoleGrantedEvent); ev.Account != e.addr[ctStranger] || ev.Role != role {
		t.Errorf("RoleGranted = %+v", ev)
	}
	e.exec(t, ctStranger, &e.accAddr, e.packLooks(0, 0, 1, ctLook("a", 0, ctReview)))
	r = e.exec(t, ctAdmin, &e.accAddr, e.acc.PackRevokeRole(role, e.addr[ctRecorder]))
	if ev := ctOne(t, r, e.accAddr, e.acc.UnpackRoleRevokedEvent); ev.Account != e.addr[ctRecorder] {
		t.Errorf("RoleRevoked = %+v", ev)
	}
	rev := e.revert(t, ctRecorder, &e.accAddr, e.packLooks(0, 1, 2, ctLook("b", 1, ctReview)), "AccessControlUnauthorizedAccount")
	ctDetail(t, rev, "Account", e.addr[ctRecorder], "NeededRole", role)
	e.exec(t, ctStranger, &e.accAddr, e.acc.PackRenounceRole(role, e.addr[ctStranger]))
	if has(ctRecorder) || has(ctStranger) {
		t.Error("a revoked or renounced recorder still holds the role")
	}
	e.revert(t, ctStranger, &e.accAddr, e.packLooks(0, 1, 2, ctLook("b", 1, ctReview)), "AccessControlUnauthorizedAccount")
	if got := e.accessNext(t, 0); got != 1 {
		t.Errorf("nextOffset(0) = %d, want 1", got)
	}
}

// The Go adapter: it records, refuses a conflicting range with ErrBatchConflict, and reads a
// claim's looks back by claim key, with their block times.
func TestAccessLogAdapter(t *testing.T) {
	e := ctStart(t, ctDefaults())
	e.autoCommit(t)
	log, err := NewAccessLog(e.backend, e.accAddr, e.tx[ctRecorder])
	if err != nil {
		t.Fatal(err)
	}
	analyst := adjudicator.AccountViewer(ctAddr("analyst"))
	at := time.Unix(ctLookTime, 0).UTC()
	claim, other := adjudicator.Hash(ctClaim("C-1")), adjudicator.Hash(ctClaim("C-2"))
	looks := []LoggedAccess{
		{Access: adjudicator.Access{ClaimKey: claim, Viewer: analyst, ViewerKind: adjudicator.ViewerAccount, Purpose: adjudicator.PurposeReview, At: at}, Offset: 0},
		{Access: adjudicator.Access{ClaimKey: other, Viewer: ctProvider("A"), ViewerKind: adjudicator.ViewerProvider, Purpose: adjudicator.PurposeProviderStatus, At: at}, Offset: 2},
		{Access: adjudicator.Access{ClaimKey: claim, Viewer: ctProvider("A"), ViewerKind: adjudicator.ViewerProvider, Purpose: adjudicator.PurposeProviderProof, At: at.Add(time.Second)}, Offset: 3},
	}
	rcpt, err := log.RecordAccess(e.ctx, 1, 0, 4, looks)
	if err != nil {
		t.Fatal(err)
	}
	if next, err := log.NextOffset(e.ctx, 1); err != nil || next != 4 {
		t.Fatalf("NextOffset = %d, %v; want 4", next, err)
	}
	if _, err := log.RecordAccess(e.ctx, 1, 0, 4, looks); !errors.Is(err, adjudicator.ErrBatchConflict) {
		t.Fatalf("the same range again: %v, want ErrBatchConflict", err)
	}
	if _, err := log.RecordAccess(e.ctx, 1, 4, 6, []LoggedAccess{{Access: looks[0].Access, Offset: 6}}); err == nil {
		t.Fatal("a look outside its range was sent")
	}
	got, err := log.Accesses(e.ctx, claim)
	if err != nil {
		t.Fatal(err)
	}
	h, err := e.backend.HeaderByNumber(e.ctx, new(big.Int).SetUint64(rcpt.Block))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].Access != looks[0].Access || got[1].Access != looks[2].Access || got[1].Offset != 3 || got[0].Partition != 1 ||
		got[0].TxHash != rcpt.TxHash || !got[0].BlockTime.Equal(time.Unix(int64(h.Time), 0)) {
		t.Fatalf("Accesses(C-1) = %+v", got)
	}
	batches, err := log.Batches(e.ctx)
	if err != nil || len(batches) != 1 || batches[0] != (AccessBatch{Partition: 1, From: 0, To: 4, Count: 3, TxHash: rcpt.TxHash, Block: rcpt.Block}) {
		t.Fatalf("Batches = %+v, %v", batches, err)
	}
	ro, _ := NewAccessLog(e.backend, e.accAddr, nil)
	if _, err := ro.RecordAccess(e.ctx, 0, 0, 1, nil); !errors.Is(err, errReadOnly) {
		t.Errorf("a read-only AccessLog recorded: %v", err)
	}
}

// TestAccessLogGas measures the gas of recording looks, per look, over batch sizes: each look is
// a fresh claim key viewed by one of 20 providers, as an API's traffic is. The watermark slot
// is warm after the first batch of a partition, so the first batch is measured on its own.
func TestAccessLogGas(t *testing.T) {
	e := ctStart(t, ctDefaults())
	next := map[uint32]uint64{}
	record := func(partition uint32, n int) uint64 {
		t.Helper()
		looks := make([]access.AccessLogAccess, n)
		from := next[partition]
		for i := range looks {
			off := from + uint64(i)
			looks[i] = access.AccessLogAccess{ClaimKey: crypto.Keccak256Hash([]byte{byte(partition), byte(off >> 8), byte(off)}),
				Viewer: ctProvider(string(rune('A' + i%20))), ViewerKind: ctViewerProvider, Purpose: ctStatus, AccessedAt: ctLookTime + off, Offset: off}
		}
		next[partition] = from + uint64(n)
		return e.exec(t, ctRecorder, &e.accAddr, e.packLooks(partition, from, from+uint64(n), looks...)).GasUsed
	}
	first := record(0, 1) // the partition's watermark slot is created: ~22k of it
	var perLook []float64
	var report []any
	var largest uint64
	for _, n := range []int{1, 10, 50, 100, 250, 500} {
		gas := record(0, n)
		perLook = append(perLook, float64(gas)/float64(n))
		report = append(report, n, gas, gas/uint64(n))
		largest = gas
	}
	sort.Float64s(perLook)
	median := perLook[len(perLook)/2]
	t.Logf("recordAccess gas: first batch of a partition (1 look) %d; then looks, total, per look: %v; median gas per look %.0f",
		first, report, median)
	// A 500-look batch (accesslog.DefaultMaxPerTx: 192 bytes of calldata a look keeps it under
	// the pool's 128 KiB transaction size) must stay far under the 16.7M per-transaction cap,
	// and a look in a large batch well under the ~22k of a storage write (measured: ~5.9k).
	if best := perLook[0]; best > 10_000 {
		t.Errorf("%.0f gas per look at best, want under 10,000: is something stored per look?", best)
	}
	if largest > MaxTxGas/2 {
		t.Errorf("500 looks cost %d gas, over half the per-transaction cap", largest)
	}
}

// A selector stands for one error across every contract: errors two contracts share (AccessLog's
// OffsetMismatch and EmptyBatch, OpenZeppelin's) have the same signature and argument names, so
// a revert decodes to the same name and fields whichever contract raised it.
func TestErrorSelectorsAreUnambiguous(t *testing.T) {
	type decl struct{ contract, sig, args string }
	seen := map[[4]byte]decl{}
	shared := 0
	for _, c := range contractErrors() {
		for _, e := range c.abi.Errors {
			var args []string
			for _, in := range e.Inputs {
				args = append(args, in.Name+" "+in.Type.String())
			}
			d := decl{c.name, e.Sig, fmt.Sprint(args)}
			sel := [4]byte(e.ID[:4])
			if prev, ok := seen[sel]; ok {
				shared++
				if prev.sig != d.sig || prev.args != d.args {
					t.Errorf("selector %x is %s%s in %s but %s%s in %s", sel, prev.sig, prev.args, prev.contract, d.sig, d.args, d.contract)
				}
				continue
			}
			seen[sel] = d
		}
	}
	for _, name := range []string{"OffsetMismatch", "EmptyBatch"} {
		a, s := access.NewAccessLog().GetABI().Errors[name], settlement.NewClaimSettlement().GetABI().Errors[name]
		if a.ID != s.ID {
			t.Errorf("AccessLog's %s is not ClaimSettlement's (%s vs %s): ErrBatchConflict would not match it", name, a.Sig, s.Sig)
		}
	}
	if shared == 0 {
		t.Error("no shared selector seen: the check is broken")
	}
}
