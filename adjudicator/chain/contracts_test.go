package chain

// Tests of the Solidity contracts themselves, as their spec (contracts/*.sol) states them:
// guardrails, roles, every custom error, pended-claim resolution, payout delays and escrow
// withdrawals. They deploy with the bindings directly and drive the chain block by block
// (BlockInterval < 0), so time only moves when a test mines or calls AdjustTime.

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"reflect"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/chain/devchain"
	"github.com/claimsledger/claims/adjudicator/merkle"
	"github.com/claimsledger/claims/bindings/access"
	"github.com/claimsledger/claims/bindings/coverage"
	"github.com/claimsledger/claims/bindings/providers"
	"github.com/claimsledger/claims/bindings/settlement"
	"github.com/claimsledger/claims/bindings/stablecoin"
)

// Dev key indexes. Every role is its own key, as in production.
const (
	ctAdmin       = iota // DEFAULT_ADMIN_ROLE on all five contracts, MINTER_ROLE, deployer
	ctAdjudicator        // ADJUDICATOR_ROLE
	ctInsurer            // INSURER_ROLE on the settlement and the coverage registry
	ctManager            // PROVIDER_MANAGER_ROLE
	ctAnalyst            // FRAUD_ANALYST_ROLE
	ctGuardian           // GUARDIAN_ROLE
	ctRecorder           // RECORDER_ROLE on the AccessLog
	ctPayout             // provider A's payout address; holds no role
	ctStranger           // holds nothing
	ctKeyCount
)

var ctKeyNames = [ctKeyCount]string{"admin", "adjudicator", "insurer", "provider manager", "fraud analyst", "guardian", "recorder", "payout", "stranger"}

const (
	ctAdminDelay = 3 * 24 * 3600
	ctGasLimit   = 3_000_000 // for transactions forced past the preflight
)

var ctQuiet = slog.New(slog.NewTextHandler(io.Discard, nil))

// ctParams is one deployment's configuration.
type ctParams struct {
	window         uint64 // challenge window (and epoch) in seconds
	maxOffsets     uint64
	maxBatchCents  int64
	windowCapCents int64
	capWindow      int64 // seconds
	escrowDelay    int64 // seconds
	payoutDelay    int64 // seconds
	escrow         int64 // cents the insurer funds right after deployment
}

func ctDefaults() ctParams {
	return ctParams{
		window:         60,
		maxOffsets:     1_000,
		maxBatchCents:  1_000_000,
		windowCapCents: 5_000_000,
		capWindow:      86_400,
		escrowDelay:    3_600,
		payoutDelay:    0,
		escrow:         10_000_000,
	}
}

// ctEnv is a dev chain with the five contracts deployed by ctAdmin and one Transactor per key.
type ctEnv struct {
	ctx     context.Context
	chain   *devchain.Chain
	backend Backend
	tx      [ctKeyCount]*Transactor
	addr    [ctKeyCount]common.Address
	p       ctParams

	tokAddr, regAddr, covAddr, setAddr, accAddr common.Address

	tok *stablecoin.TestStablecoin
	reg *providers.ProviderRegistry
	cov *coverage.CoverageRegistry
	set *settlement.ClaimSettlement
	acc *access.AccessLog

	// seen, when set, records every custom error asserted, as "Contract.Error".
	seen map[string]bool
}

// ctSent is a transaction in flight and the key that sent it.
type ctSent struct {
	who int
	tx  *types.Transaction
}

func ctStart(t *testing.T, p ctParams) *ctEnv {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	t.Cleanup(cancel)
	dc, err := devchain.Start(ctx, devchain.Options{Accounts: ctKeyCount, BlockInterval: -1, Logger: ctQuiet})
	if err != nil {
		t.Fatalf("start dev chain: %v", err)
	}
	t.Cleanup(func() {
		if err := dc.Close(); err != nil {
			t.Errorf("close dev chain: %v", err)
		}
	})
	e := &ctEnv{
		ctx: ctx, chain: dc, backend: dc.Client(), p: p,
		tok: stablecoin.NewTestStablecoin(), reg: providers.NewProviderRegistry(),
		cov: coverage.NewCoverageRegistry(), set: settlement.NewClaimSettlement(), acc: access.NewAccessLog(),
	}
	for i := range ctKeyCount {
		e.addr[i] = dc.Address(i)
		if e.tx[i], err = NewTransactor(e.backend, dc.Transactor(i), WithPollInterval(2*time.Millisecond),
			WithWaitTimeout(20*time.Second), WithLogger(ctQuiet)); err != nil {
			t.Fatal(err)
		}
	}

	// All five creations in one block: each address follows from the deployer's nonce.
	var sent []ctSent
	deploy := func(md *bind.MetaData, ctor []byte) common.Address {
		s := e.send(t, ctAdmin, nil, ctInitCode(t, md, ctor))
		sent = append(sent, s)
		return crypto.CreateAddress(e.addr[ctAdmin], s.tx.Nonce())
	}
	e.tokAddr = deploy(&stablecoin.TestStablecoinMetaData, e.tok.PackConstructor(e.addr[ctAdmin]))
	e.regAddr = deploy(&providers.ProviderRegistryMetaData, e.reg.PackConstructor(e.addr[ctAdmin],
		big.NewInt(ctAdminDelay), e.addr[ctManager], big.NewInt(p.payoutDelay)))
	e.covAddr = deploy(&coverage.CoverageRegistryMetaData, e.cov.PackConstructor(e.addr[ctAdmin],
		big.NewInt(ctAdminDelay), e.addr[ctInsurer]))
	e.setAddr = deploy(&settlement.ClaimSettlementMetaData, e.settlementCtor(e.tokAddr, e.regAddr, e.settings()))
	e.accAddr = deploy(&access.AccessLogMetaData, e.acc.PackConstructor(e.addr[ctAdmin], big.NewInt(ctAdminDelay), e.addr[ctRecorder]))
	for i, r := range e.mine(t, sent...) {
		if want := []common.Address{e.tokAddr, e.regAddr, e.covAddr, e.setAddr, e.accAddr}[i]; r.ContractAddress != want {
			t.Fatalf("deployment %d landed at %s, want %s", i, r.ContractAddress, want)
		}
	}
	if p.escrow > 0 {
		e.fund(t, p.escrow)
	}
	return e
}

func (e *ctEnv) settings() settlement.ClaimSettlementSettings {
	return settlement.ClaimSettlementSettings{
		ChallengeWindow:       e.p.window,
		MaxBatchOffsets:       e.p.maxOffsets,
		MaxBatchCents:         big.NewInt(e.p.maxBatchCents),
		WindowCapCents:        big.NewInt(e.p.windowCapCents),
		CapWindow:             big.NewInt(e.p.capWindow),
		EscrowWithdrawalDelay: big.NewInt(e.p.escrowDelay),
	}
}

func (e *ctEnv) settlementCtor(token, registry common.Address, s settlement.ClaimSettlementSettings) []byte {
	return e.set.PackConstructor(token, registry, e.addr[ctAdmin], big.NewInt(ctAdminDelay),
		settlement.ClaimSettlementRoles{
			Adjudicator: e.addr[ctAdjudicator], Insurer: e.addr[ctInsurer],
			FraudAnalyst: e.addr[ctAnalyst], Guardian: e.addr[ctGuardian],
		}, s)
}

// deploySettlement deploys a second ClaimSettlement on the same token and registry.
func (e *ctEnv) deploySettlement(t *testing.T) common.Address {
	t.Helper()
	r := e.exec(t, ctAdmin, nil, ctInitCode(t, &settlement.ClaimSettlementMetaData, e.settlementCtor(e.tokAddr, e.regAddr, e.settings())))
	return r.ContractAddress
}

func ctInitCode(t *testing.T, md *bind.MetaData, ctor []byte) []byte {
	t.Helper()
	code, err := hexutil.Decode(md.Bin)
	if err != nil {
		t.Fatalf("bytecode: %v", err)
	}
	return append(code, ctor...)
}

// fund mints cents to the insurer, which approves and funds the escrow with them.
func (e *ctEnv) fund(t *testing.T, cents int64) { t.Helper(); e.fundBig(t, big.NewInt(cents)) }

func (e *ctEnv) fundBig(t *testing.T, amount *big.Int) {
	t.Helper()
	e.mine(t, e.send(t, ctAdmin, &e.tokAddr, e.tok.PackMint(e.addr[ctInsurer], amount)),
		e.send(t, ctInsurer, &e.tokAddr, e.tok.PackApprove(e.setAddr, amount)))
	e.exec(t, ctInsurer, &e.setAddr, e.set.PackFund(amount))
}

// ---------------------------------------------------------------------------------- sending

// send preflights and sends; any failure is fatal.
func (e *ctEnv) send(t *testing.T, who int, to *common.Address, data []byte) ctSent {
	t.Helper()
	tx, err := e.tx[who].send(e.ctx, to, data)
	if err != nil {
		t.Fatalf("%s as %s: %v", ctMethod(data, to), ctKeyNames[who], err)
	}
	return ctSent{who, tx}
}

// waitPool waits until the pool has promoted every sent transaction, which it does
// asynchronously, so that the next Commit includes them.
func (e *ctEnv) waitPool(t *testing.T, sent ...ctSent) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for _, s := range sent {
		for {
			n, err := e.backend.PendingNonceAt(e.ctx, e.addr[s.who])
			if err == nil && n > s.tx.Nonce() {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("tx %s of %s never reached the pool (err %v)", s.tx.Hash(), ctKeyNames[s.who], err)
			}
			time.Sleep(time.Millisecond)
		}
	}
}

// mine mines the sent transactions into one block and returns their receipts; a failure is fatal.
func (e *ctEnv) mine(t *testing.T, sent ...ctSent) []*types.Receipt {
	t.Helper()
	e.waitPool(t, sent...)
	e.chain.Commit()
	out := make([]*types.Receipt, 0, len(sent))
	for _, s := range sent {
		r, err := e.tx[s.who].wait(e.ctx, s.tx)
		if err != nil {
			t.Fatalf("%s as %s: %v", ctMethod(s.tx.Data(), s.tx.To()), ctKeyNames[s.who], err)
		}
		out = append(out, r)
	}
	return out
}

// exec sends one transaction, mines it and returns its receipt.
func (e *ctEnv) exec(t *testing.T, who int, to *common.Address, data []byte) *types.Receipt {
	t.Helper()
	return e.mine(t, e.send(t, who, to, data))[0]
}

// advance mines an empty block d after the head. The pool drops mined transactions when it
// processes the new head, asynchronously, so until then AdjustTime sees a "non-empty block".
func (e *ctEnv) advance(t *testing.T, d time.Duration) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		err := e.chain.AdjustTime(d)
		if err == nil {
			return
		}
		if !strings.Contains(err.Error(), "non-empty") || time.Now().After(deadline) {
			t.Fatalf("adjust time: %v", err)
		}
		time.Sleep(time.Millisecond)
	}
}

// passWindow moves time past the challenge window of everything settled so far: credits of
// epoch e mature at the start of e+2, at most two windows later.
func (e *ctEnv) passWindow(t *testing.T) {
	t.Helper()
	e.advance(t, time.Duration(2*e.p.window+1)*time.Second)
}

func (e *ctEnv) headTime(t *testing.T, block *big.Int) uint64 {
	t.Helper()
	h, err := e.backend.HeaderByNumber(e.ctx, block)
	if err != nil {
		t.Fatal(err)
	}
	return h.Time
}

// ---------------------------------------------------------------------------------- reverts

// ctCheckRevert reports whether err is a decoded revert named want.
func ctCheckRevert(err error, want string) (*RevertError, error) {
	if err == nil {
		return nil, fmt.Errorf("succeeded, want revert %s", want)
	}
	var rev *RevertError
	if !errors.As(err, &rev) {
		return nil, fmt.Errorf("want revert %s, got a non-revert error: %w", want, err)
	}
	if !errors.Is(err, ErrReverted) {
		return rev, fmt.Errorf("revert %v does not match ErrReverted", rev)
	}
	if rev.Name != want {
		return rev, fmt.Errorf("reverted with %v, want %s", rev, want)
	}
	return rev, nil
}

// ctCheckDecoded reports a revert whose arguments the bindings could not decode: callers then
// see only its name.
func ctCheckDecoded(rev *RevertError) error {
	if rev.Detail != nil {
		return nil
	}
	var uerr error
	for _, unpack := range []func([]byte) (any, error){settlement.NewClaimSettlement().UnpackError,
		providers.NewProviderRegistry().UnpackError, coverage.NewCoverageRegistry().UnpackError,
		stablecoin.NewTestStablecoin().UnpackError, access.NewAccessLog().UnpackError} {
		if _, uerr = unpack(rev.Data); uerr == nil || uerr.Error() != "Unknown error" {
			break
		}
	}
	return fmt.Errorf("revert %s: the bindings cannot decode its arguments (%v), so RevertError.Detail is nil; data %x",
		rev.Name, uerr, rev.Data)
}

// expect asserts that `who` calling data on `to` (nil: deploying data) fails its preflight
// with the custom error want. Nothing is sent.
func (e *ctEnv) expect(t *testing.T, who int, to *common.Address, data []byte, want string) *RevertError {
	t.Helper()
	_, err := e.tx[who].estimate(e.ctx, to, data)
	rev, cerr := ctCheckRevert(err, want)
	if cerr != nil {
		t.Fatalf("%s as %s: %v", ctMethod(data, to), ctKeyNames[who], cerr)
	}
	if derr := ctCheckDecoded(rev); derr != nil {
		t.Errorf("%s as %s: %v", ctMethod(data, to), ctKeyNames[who], derr)
	}
	if e.seen != nil && to != nil {
		e.seen[e.contractName(*to)+"."+want] = true
	}
	return rev
}

// revert is expect plus the check that nothing moved.
func (e *ctEnv) revert(t *testing.T, who int, to *common.Address, data []byte, want string) *RevertError {
	t.Helper()
	before := e.snapshot(t)
	rev := e.expect(t, who, to, data, want)
	e.same(t, before)
	return rev
}

// minedRevert forces the transaction past the preflight, mines it and asserts that it
// reverted on chain with want (recovered by replaying the mined call) and that nothing moved.
func (e *ctEnv) minedRevert(t *testing.T, who int, to *common.Address, data []byte, want string) *RevertError {
	t.Helper()
	before := e.snapshot(t)
	tx, err := e.tx[who].sendOnce(e.ctx, to, data, ctGasLimit)
	if err != nil {
		t.Fatalf("%s as %s: send: %v", ctMethod(data, to), ctKeyNames[who], err)
	}
	e.waitPool(t, ctSent{who, tx})
	e.chain.Commit()
	rcpt, err := e.tx[who].wait(e.ctx, tx)
	if rcpt == nil || rcpt.Status != types.ReceiptStatusFailed {
		t.Fatalf("%s as %s: mined without reverting (err %v)", ctMethod(data, to), ctKeyNames[who], err)
	}
	rev, cerr := ctCheckRevert(err, want)
	if cerr != nil {
		t.Fatalf("%s as %s, mined: %v", ctMethod(data, to), ctKeyNames[who], cerr)
	}
	if derr := ctCheckDecoded(rev); derr != nil {
		t.Errorf("%s as %s, mined: %v", ctMethod(data, to), ctKeyNames[who], derr)
	}
	if rev.TxHash != tx.Hash() {
		t.Fatalf("mined revert names tx %s, want %s", rev.TxHash, tx.Hash())
	}
	e.same(t, before)
	return rev
}

// ctDetail asserts fields of a decoded revert: name, value pairs. Integers of any width and
// *big.Int compare by value.
func ctDetail(t *testing.T, rev *RevertError, kv ...any) {
	t.Helper()
	if rev.Detail == nil {
		if len(kv) > 0 {
			t.Errorf("%s: no decoded detail to check %v against", rev.Name, kv)
		}
		return
	}
	d := reflect.Indirect(reflect.ValueOf(rev.Detail))
	for i := 0; i+1 < len(kv); i += 2 {
		name := kv[i].(string)
		f := d.FieldByName(name)
		if !f.IsValid() {
			t.Fatalf("%s has no field %s (%+v)", rev.Name, name, d.Interface())
		}
		if !ctEqual(f.Interface(), kv[i+1]) {
			t.Errorf("%s.%s = %v, want %v", rev.Name, name, ctShow(f.Interface()), ctShow(kv[i+1]))
		}
	}
}

func ctField(t *testing.T, rev *RevertError, name string) *big.Int {
	t.Helper()
	f := reflect.Indirect(reflect.ValueOf(rev.Detail)).FieldByName(name)
	if !f.IsValid() {
		t.Fatalf("%s has no field %s", rev.Name, name)
	}
	b, ok := ctBig(f.Interface())
	if !ok {
		t.Fatalf("%s.%s is not an integer", rev.Name, name)
	}
	return b
}

// ctArgs decodes a revert's arguments by position from the raw data, independent of the
// bindings' field names.
func ctArgs(t *testing.T, rev *RevertError, parsed abi.ABI) []any {
	t.Helper()
	e, ok := parsed.Errors[rev.Name]
	if !ok {
		t.Fatalf("no error %s in the ABI", rev.Name)
	}
	args, err := e.Inputs.Unpack(rev.Data[4:])
	if err != nil {
		t.Fatalf("unpack %s: %v", rev.Name, err)
	}
	return args
}

func ctBig(v any) (*big.Int, bool) {
	if b, ok := v.(*big.Int); ok {
		return b, b != nil
	}
	r := reflect.ValueOf(v)
	switch r.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return big.NewInt(r.Int()), true
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return new(big.Int).SetUint64(r.Uint()), true
	}
	return nil, false
}

func ctEqual(got, want any) bool {
	if g, ok := ctBig(got); ok {
		w, ok := ctBig(want)
		return ok && g.Cmp(w) == 0
	}
	return reflect.DeepEqual(got, want)
}

func ctShow(v any) any {
	if b, ok := v.([32]byte); ok {
		return common.Hash(b).Hex()
	}
	return v
}

// ctMethod names the function data calls, for messages.
func ctMethod(data []byte, to *common.Address) string {
	if to == nil {
		return "constructor"
	}
	if len(data) < 4 {
		return "fallback"
	}
	for _, c := range []struct {
		name string
		abi  abi.ABI
	}{
		{"ClaimSettlement", settlement.NewClaimSettlement().GetABI()},
		{"ProviderRegistry", providers.NewProviderRegistry().GetABI()},
		{"CoverageRegistry", coverage.NewCoverageRegistry().GetABI()},
		{"TestStablecoin", stablecoin.NewTestStablecoin().GetABI()},
		{"AccessLog", access.NewAccessLog().GetABI()},
	} {
		if m, err := c.abi.MethodById(data[:4]); err == nil {
			return c.name + "." + m.Name
		}
	}
	return fmt.Sprintf("%x", data[:4])
}

func (e *ctEnv) contractName(a common.Address) string {
	switch a {
	case e.setAddr:
		return "ClaimSettlement"
	case e.regAddr:
		return "ProviderRegistry"
	case e.covAddr:
		return "CoverageRegistry"
	case e.tokAddr:
		return "TestStablecoin"
	case e.accAddr:
		return "AccessLog"
	}
	return a.Hex()
}

// ---------------------------------------------------------------------------------- views

func ctCall[T any](t *testing.T, e *ctEnv, to common.Address, data []byte, unpack func([]byte) (T, error)) T {
	t.Helper()
	c := bind.NewBoundContract(to, abi.ABI{}, e.backend, e.backend, e.backend)
	v, err := bind.Call(c, &bind.CallOpts{Context: e.ctx}, data, unpack)
	if err != nil {
		t.Fatalf("%s: %v", ctMethod(data, &to), err)
	}
	return v
}

func (e *ctEnv) tokens(t *testing.T, a common.Address) int64 {
	t.Helper()
	return ctCall(t, e, e.tokAddr, e.tok.PackBalanceOf(a), e.tok.UnpackBalanceOf).Int64()
}

// escrow is the settlement contract's token balance; held is what it counts as escrow.
func (e *ctEnv) escrow(t *testing.T) int64 { t.Helper(); return e.tokens(t, e.setAddr) }

func (e *ctEnv) held(t *testing.T) int64 { t.Helper(); return e.heldBig(t).Int64() }

func (e *ctEnv) heldBig(t *testing.T) *big.Int {
	t.Helper()
	return ctCall(t, e, e.setAddr, e.set.PackEscrowBalance(), e.set.UnpackEscrowBalance)
}

func (e *ctEnv) outstandingBig(t *testing.T) *big.Int {
	t.Helper()
	return ctCall(t, e, e.setAddr, e.set.PackOutstanding(), e.set.UnpackOutstanding)
}

func (e *ctEnv) outstanding(t *testing.T) int64 {
	t.Helper()
	return ctCall(t, e, e.setAddr, e.set.PackOutstanding(), e.set.UnpackOutstanding).Int64()
}

func (e *ctEnv) unallocated(t *testing.T) int64 {
	t.Helper()
	return ctCall(t, e, e.setAddr, e.set.PackUnallocatedEscrow(), e.set.UnpackUnallocatedEscrow).Int64()
}

func (e *ctEnv) accessNext(t *testing.T, partition uint32) uint64 {
	t.Helper()
	return ctCall(t, e, e.accAddr, e.acc.PackNextOffset(partition), e.acc.UnpackNextOffset)
}

func (e *ctEnv) nextOffset(t *testing.T, partition uint32) uint64 {
	t.Helper()
	return ctCall(t, e, e.setAddr, e.set.PackNextOffset(partition), e.set.UnpackNextOffset)
}

// balanceOf is a provider's pending and withdrawable cents.
func (e *ctEnv) balanceOf(t *testing.T, key [32]byte) (pending, withdrawable int64) {
	t.Helper()
	b := ctCall(t, e, e.setAddr, e.set.PackBalanceOf(key), e.set.UnpackBalanceOf)
	return b.Pending.Int64(), b.Withdrawable.Int64()
}

func (e *ctEnv) batchInfo(t *testing.T, id *big.Int) settlement.BatchInfoOutput {
	t.Helper()
	return ctCall(t, e, e.setAddr, e.set.PackBatchInfo(id), e.set.UnpackBatchInfo)
}

func (e *ctEnv) payoutOf(t *testing.T, key [32]byte) common.Address {
	t.Helper()
	return ctCall(t, e, e.regAddr, e.reg.PackPayoutOf(key), e.reg.UnpackPayoutOf)
}

func (e *ctEnv) leafHash(t *testing.T, on common.Address, l settlement.ClaimSettlementLeaf) [32]byte {
	t.Helper()
	return ctCall(t, e, on, e.set.PackLeafHash(l), e.set.UnpackLeafHash)
}

// ctState is what must not move when a call reverts.
type ctState struct {
	escrow, held, outstanding, batches string
	next                               [4]uint64
	accessNext                         [4]uint64
	tokens                             [ctKeyCount]int64
	paused                             bool
}

func (e *ctEnv) snapshot(t *testing.T) ctState {
	t.Helper()
	s := ctState{
		escrow:      ctCall(t, e, e.tokAddr, e.tok.PackBalanceOf(e.setAddr), e.tok.UnpackBalanceOf).String(),
		held:        ctCall(t, e, e.setAddr, e.set.PackEscrowBalance(), e.set.UnpackEscrowBalance).String(),
		outstanding: ctCall(t, e, e.setAddr, e.set.PackOutstanding(), e.set.UnpackOutstanding).String(),
		batches:     ctCall(t, e, e.setAddr, e.set.PackBatchCount(), e.set.UnpackBatchCount).String(),
		paused:      ctCall(t, e, e.setAddr, e.set.PackPaused(), e.set.UnpackPaused),
	}
	for p := range s.next {
		s.next[p] = e.nextOffset(t, uint32(p))
		s.accessNext[p] = e.accessNext(t, uint32(p))
	}
	for i := range ctKeyCount {
		s.tokens[i] = e.tokens(t, e.addr[i])
	}
	return s
}

func (e *ctEnv) same(t *testing.T, before ctState) {
	t.Helper()
	if after := e.snapshot(t); after != before {
		t.Fatalf("state moved on a revert:\nbefore %+v\nafter  %+v", before, after)
	}
}

// ctEvents decodes the logs of one event type that addr emitted in r.
func ctEvents[E any](t *testing.T, r *types.Receipt, addr common.Address, unpack func(*types.Log) (*E, error)) []*E {
	t.Helper()
	var out []*E
	for _, l := range r.Logs {
		if l.Address != addr {
			continue
		}
		ev, err := unpack(l)
		if errors.Is(err, bind.ErrEventSignatureMismatch) {
			continue
		}
		if err != nil {
			t.Fatalf("decode log: %v", err)
		}
		out = append(out, ev)
	}
	return out
}

// ctOne is the single event of its type in r.
func ctOne[E any](t *testing.T, r *types.Receipt, addr common.Address, unpack func(*types.Log) (*E, error)) *E {
	t.Helper()
	evs := ctEvents(t, r, addr, unpack)
	if len(evs) != 1 {
		var zero E
		t.Fatalf("%d %T events, want 1", len(evs), zero)
	}
	return evs[0]
}

// ---------------------------------------------------------------------------------- batches

func ctProvider(name string) [32]byte { return crypto.Keccak256Hash([]byte("provider/" + name)) }
func ctClaim(name string) [32]byte    { return crypto.Keccak256Hash([]byte("claim/" + name)) }
func ctAddr(name string) common.Address {
	return common.BytesToAddress(crypto.Keccak256([]byte("payout/" + name))[12:])
}
func ctRole(name string) [32]byte {
	if name == "DEFAULT_ADMIN_ROLE" {
		return [32]byte{}
	}
	return crypto.Keccak256Hash([]byte(name))
}

// ctDigest is keccak256(abi.encodePacked(bytes32[] keys, uint256[] amounts)): the keys, then
// the amounts, each 32 bytes.
func ctDigest(keys [][32]byte, amounts []*big.Int) [32]byte {
	var buf []byte
	for _, k := range keys {
		buf = append(buf, k[:]...)
	}
	for _, a := range amounts {
		buf = append(buf, common.LeftPadBytes(a.Bytes(), 32)...)
	}
	return crypto.Keccak256Hash(buf)
}

type ctCredit struct {
	key   [32]byte
	cents int64
}

// ctBatch is a batch as the adjudicator settles it, and what is needed to prove against it.
type ctBatch struct {
	id      *big.Int
	header  settlement.ClaimSettlementBatchHeader
	keys    [][32]byte
	amounts []*big.Int
	pended  [][32]byte
	leaves  []settlement.ClaimSettlementLeaf
	tree    *merkle.Tree
}

// ctPlain is a batch over offsets [from, to) of partition crediting credits (sorted here by
// key), with a root that commits to no provable leaves.
func ctPlain(partition uint32, from, to uint64, credits ...ctCredit) *ctBatch {
	b := &ctBatch{header: settlement.ClaimSettlementBatchHeader{
		Partition: partition, FromOffset: from, ToOffset: to,
		MerkleRoot: crypto.Keccak256Hash([]byte(fmt.Sprintf("root/%d/%d/%d", partition, from, to))),
		PolicyHash: crypto.Keccak256Hash([]byte("policy/v1")),
	}}
	if to > from && to-from <= 1<<31 {
		b.header.ClaimCount = uint32(to - from)
	}
	b.setCredits(credits)
	return b
}

func (b *ctBatch) setCredits(credits []ctCredit) {
	credits = slices.Clone(credits)
	sort.Slice(credits, func(i, j int) bool {
		return common.Hash(credits[i].key).Cmp(common.Hash(credits[j].key)) < 0
	})
	b.keys, b.amounts = [][32]byte{}, []*big.Int{}
	for _, c := range credits {
		b.keys = append(b.keys, c.key)
		b.amounts = append(b.amounts, big.NewInt(c.cents))
	}
	b.header.CreditsDigest = ctDigest(b.keys, b.amounts)
}

func (b *ctBatch) total() int64 {
	var sum int64
	for _, a := range b.amounts {
		sum += a.Int64()
	}
	return sum
}

// Outcome codes of a leaf.
const (
	ctApprove = 1
	ctPartial = 2
	ctDeny    = 3
	ctPend    = 4
)

func ctLeaf(claim string, provider [32]byte, cents int64, outcome uint8) settlement.ClaimSettlementLeaf {
	return settlement.ClaimSettlementLeaf{
		ClaimKey: ctClaim(claim), ProviderKey: provider, Cents: big.NewInt(cents), Outcome: outcome,
		RecordDigest: crypto.Keccak256Hash([]byte("record/" + claim)),
	}
}

// leafBatch builds the batch of leaves at offsets from, from+1, ... of partition: the Merkle
// tree over hash(leaf) (the contract's own leafHash when hash is nil), credits summed per
// provider from approved and partially approved leaves, and the pended claims.
func (e *ctEnv) leafBatch(t *testing.T, partition uint32, from uint64, leaves []settlement.ClaimSettlementLeaf,
	hash func(settlement.ClaimSettlementLeaf) [32]byte) *ctBatch {
	t.Helper()
	if hash == nil {
		hash = func(l settlement.ClaimSettlementLeaf) [32]byte { return e.leafHash(t, e.setAddr, l) }
	}
	sums := map[[32]byte]int64{}
	var pended, hashes [][32]byte
	leaves = slices.Clone(leaves)
	for i := range leaves {
		leaves[i].Partition, leaves[i].Offset = partition, from+uint64(i)
		switch leaves[i].Outcome {
		case ctApprove, ctPartial:
			sums[leaves[i].ProviderKey] += leaves[i].Cents.Int64()
		case ctPend:
			pended = append(pended, leaves[i].ClaimKey)
		}
		hashes = append(hashes, hash(leaves[i]))
	}
	tree, err := merkle.New(hashes)
	if err != nil {
		t.Fatal(err)
	}
	b := ctPlain(partition, from, from+uint64(len(leaves)))
	b.header.MerkleRoot = tree.Root()
	var credits []ctCredit
	for k, c := range sums {
		credits = append(credits, ctCredit{k, c})
	}
	b.setCredits(credits)
	b.pended, b.leaves, b.tree = append([][32]byte{}, pended...), leaves, tree
	return b
}

func (e *ctEnv) packSettle(b *ctBatch) []byte {
	h := b.header
	return e.set.PackSettleBatch(h.Partition, h.FromOffset, h.ToOffset, h.MerkleRoot, h.PolicyHash, h.ClaimCount,
		b.keys, b.amounts, b.pended)
}

func (e *ctEnv) packFreeze(b *ctBatch) []byte {
	return e.set.PackFreezeBatch(b.id, b.header, b.keys, b.amounts)
}

func (e *ctEnv) packRelease(b *ctBatch) []byte {
	return e.set.PackReleaseBatch(b.id, b.header, b.keys, b.amounts)
}

// packResolve approves the whole pended claim i of b (its leaf's cents), or denies it.
func (e *ctEnv) packResolve(t *testing.T, b *ctBatch, i int, approve bool) []byte {
	t.Helper()
	cents := new(big.Int)
	if approve {
		cents = b.leaves[i].Cents
	}
	return e.packResolveBig(t, b, i, approve, cents)
}

// packResolveCents resolves pended claim i of b crediting cents: less than its leaf's for an
// approval of some of its lines.
func (e *ctEnv) packResolveCents(t *testing.T, b *ctBatch, i int, approve bool, cents int64) []byte {
	t.Helper()
	return e.packResolveBig(t, b, i, approve, big.NewInt(cents))
}

func (e *ctEnv) packResolveBig(t *testing.T, b *ctBatch, i int, approve bool, cents *big.Int) []byte {
	t.Helper()
	proof, err := b.tree.Proof(i)
	if err != nil {
		t.Fatal(err)
	}
	return e.set.PackResolvePended(b.id, b.header, b.leaves[i], proof, approve, cents, crypto.Keccak256Hash([]byte("note")))
}

// settle settles b as the adjudicator, records its id, and checks that the contract computed
// the same credits digest and header commitment as the test.
func (e *ctEnv) settle(t *testing.T, b *ctBatch) *types.Receipt {
	t.Helper()
	r := e.exec(t, ctAdjudicator, &e.setAddr, e.packSettle(b))
	ev := ctOne(t, r, e.setAddr, e.set.UnpackBatchSettledEvent)
	if ev.CreditsDigest != b.header.CreditsDigest {
		t.Fatalf("contract credits digest %x, test computed %x", ev.CreditsDigest, b.header.CreditsDigest)
	}
	if ev.TotalCredited.Int64() != b.total() {
		t.Fatalf("BatchSettled.totalCredited = %s, want %d", ev.TotalCredited, b.total())
	}
	if !reflect.DeepEqual(ev.ProviderKeys, b.keys) || len(ev.Amounts) != len(b.amounts) {
		t.Fatalf("BatchSettled credits %x, want %x", ev.ProviderKeys, b.keys)
	}
	for i, a := range ev.Amounts {
		if a.Cmp(b.amounts[i]) != 0 {
			t.Fatalf("BatchSettled amount %d = %s, want %s", i, a, b.amounts[i])
		}
	}
	if n := len(ctEvents(t, r, e.setAddr, e.set.UnpackClaimPendedEvent)); n != len(b.pended) {
		t.Fatalf("%d ClaimPended events, want %d", n, len(b.pended))
	}
	b.id = ev.BatchId
	commit := ctCall(t, e, e.setAddr, e.set.PackBatchCommitment(b.header), e.set.UnpackBatchCommitment)
	if info := e.batchInfo(t, b.id); info.Commitment != commit {
		t.Fatalf("batchInfo commitment %x, batchCommitment(header) %x", info.Commitment, commit)
	}
	t.Logf("settleBatch #%s: %d credits, %d pended, range %d: %d gas", b.id, len(b.keys), len(b.pended),
		b.header.ToOffset-b.header.FromOffset, r.GasUsed)
	return r
}

func (e *ctEnv) register(t *testing.T, key [32]byte, payout common.Address) *types.Receipt {
	t.Helper()
	return e.exec(t, ctManager, &e.regAddr, e.reg.PackRegisterProvider(key, payout))
}

// withdraw has who withdraw for key and checks the ProviderWithdrew event.
func (e *ctEnv) withdraw(t *testing.T, who int, key [32]byte, payout common.Address, cents int64) {
	t.Helper()
	escrow, owed, callerTokens, payoutTokens := e.escrow(t), e.outstanding(t), e.tokens(t, e.addr[who]), e.tokens(t, payout)
	r := e.exec(t, who, &e.setAddr, e.set.PackWithdraw(key))
	ev := ctOne(t, r, e.setAddr, e.set.UnpackProviderWithdrewEvent)
	if ev.ProviderKey != key || ev.Payout != payout || ev.Amount.Int64() != cents || ev.Caller != e.addr[who] {
		t.Fatalf("ProviderWithdrew = %x to %s, %s cents, caller %s; want %x to %s, %d, %s",
			ev.ProviderKey, ev.Payout, ev.Amount, ev.Caller, key, payout, cents, e.addr[who])
	}
	if got := e.tokens(t, payout) - payoutTokens; got != cents {
		t.Fatalf("payout address received %d, want %d", got, cents)
	}
	if payout != e.addr[who] {
		if got := e.tokens(t, e.addr[who]); got != callerTokens {
			t.Fatalf("caller %s balance moved %d -> %d", ctKeyNames[who], callerTokens, got)
		}
	}
	if got := e.escrow(t); got != escrow-cents {
		t.Fatalf("escrow %d -> %d, want -%d", escrow, got, cents)
	}
	if got := e.outstanding(t); got != owed-cents {
		t.Fatalf("outstanding %d -> %d, want -%d", owed, got, cents)
	}
	if _, w := e.balanceOf(t, key); w != 0 {
		t.Fatalf("withdrawable after withdraw = %d", w)
	}
}

// ctReversal is one reversal of the decision whose leaf hash is leaf.
func ctReversal(leaf, provider [32]byte, cents int64, pended bool) settlement.ClaimSettlementReversal {
	return settlement.ClaimSettlementReversal{Leaf: leaf, ProviderKey: provider, ClaimKey: ctClaim(fmt.Sprintf("of %x", leaf[:4])),
		Cents: big.NewInt(cents), Pended: pended}
}

func (e *ctEnv) wantBalance(t *testing.T, key [32]byte, pending, withdrawable int64) {
	t.Helper()
	if p, w := e.balanceOf(t, key); p != pending || w != withdrawable {
		t.Fatalf("balanceOf = (pending %d, withdrawable %d), want (%d, %d)", p, w, pending, withdrawable)
	}
}

// ================================================================================== tests

func TestSettlementGuardrails(t *testing.T) {
	a, b, c := ctProvider("A"), ctProvider("B"), ctProvider("C")
	payB, payC := ctAddr("B"), ctAddr("C")

	t.Run("batch limits", func(t *testing.T) {
		p := ctDefaults()
		p.maxOffsets, p.maxBatchCents, p.windowCapCents, p.escrow = 100, 1_000_000, 1_500_000, 500_000
		e := ctStart(t, p)
		e.register(t, a, e.addr[ctPayout])
		e.settle(t, ctPlain(0, 0, 10, ctCredit{a, 100}))
		free := e.unallocated(t)
		if free != 499_900 {
			t.Fatalf("unallocated escrow = %d, want 499900", free)
		}

		for _, tc := range []struct {
			name   string
			batch  *ctBatch
			want   string
			detail []any
		}{
			{"credits over the per-batch cap", ctPlain(0, 10, 20, ctCredit{a, 1_000_001}),
				"BatchCapExceeded", []any{"Total", 1_000_001, "Cap", 1_000_000}},
			{"credits over the per-batch cap split across providers", ctPlain(0, 10, 20, ctCredit{a, 600_000}, ctCredit{b, 400_001}),
				"BatchCapExceeded", []any{"Total", 1_000_001, "Cap", 1_000_000}},
			{"credits over the unallocated escrow", ctPlain(0, 10, 20, ctCredit{a, 499_901}),
				"InsufficientEscrow", []any{"Needed", 499_901, "Available", free}},
			{"skips offsets", ctPlain(0, 11, 20, ctCredit{a, 1}),
				"OffsetMismatch", []any{"Partition", 0, "Expected", 10, "Given", 11}},
			{"replays a settled range", ctPlain(0, 0, 10, ctCredit{a, 100}),
				"OffsetMismatch", []any{"Partition", 0, "Expected", 10, "Given", 0}},
			{"starts a fresh partition late", ctPlain(3, 1, 2),
				"OffsetMismatch", []any{"Partition", 3, "Expected", 0, "Given", 1}},
			{"covers 2^63 offsets", func() *ctBatch { b := ctPlain(0, 10, 10+1<<63); b.header.ClaimCount = 1; return b }(),
				"BatchRangeTooLarge", []any{"Given", uint64(1) << 63, "Max", 100}},
			{"covers one offset more than allowed", ctPlain(0, 10, 111),
				"BatchRangeTooLarge", []any{"Given", 101, "Max", 100}},
			{"claims more decisions than offsets", func() *ctBatch { b := ctPlain(0, 10, 20); b.header.ClaimCount = 11; return b }(),
				"ClaimCountExceedsRange", []any{"ClaimCount", 11}},
		} {
			t.Run(tc.name, func(t *testing.T) {
				// The preflight refuses it, and forced on chain it reverts: either way nothing moves.
				rev := e.revert(t, ctAdjudicator, &e.setAddr, e.packSettle(tc.batch), tc.want)
				ctDetail(t, rev, tc.detail...)
				rev = e.minedRevert(t, ctAdjudicator, &e.setAddr, e.packSettle(tc.batch), tc.want)
				ctDetail(t, rev, tc.detail...)
				if tc.want == "ClaimCountExceedsRange" {
					if args := ctArgs(t, rev, e.set.GetABI()); args[0] != uint32(11) || args[1] != uint64(10) {
						t.Fatalf("ClaimCountExceedsRange%v, want (11, 10)", args)
					}
				}
				if got := e.nextOffset(t, 0); got != 10 {
					t.Fatalf("nextOffset = %d, want 10", got)
				}
			})
		}
		// At the limits exactly, the batch goes through.
		e.settle(t, ctPlain(0, 10, 110, ctCredit{a, 499_900}))
		if got := e.unallocated(t); got != 0 {
			t.Fatalf("unallocated escrow = %d, want 0", got)
		}
	})

	t.Run("window cap across batches", func(t *testing.T) {
		p := ctDefaults()
		p.maxBatchCents, p.windowCapCents, p.capWindow = 1_000_000, 1_500_000, 86_400
		e := ctStart(t, p)
		e.settle(t, ctPlain(0, 0, 10, ctCredit{a, 900_000}))
		second := ctPlain(0, 10, 20, ctCredit{b, 900_000}) // also under the per-batch cap
		for _, revert := range []func(*testing.T, int, *common.Address, []byte, string) *RevertError{e.revert, e.minedRevert} {
			rev := revert(t, ctAdjudicator, &e.setAddr, e.packSettle(second), "WindowCapExceeded")
			ctDetail(t, rev, "Total", 900_000)
			// 600,000 left, plus what refilled in the few seconds since (1.5M per day).
			if room := ctField(t, rev, "Available").Int64(); room < 600_000 || room >= 601_000 {
				t.Fatalf("WindowCapExceeded.available = %d, want ~600000", room)
			}
		}
		lim := ctCall(t, e, e.setAddr, e.set.PackLimits(), e.set.UnpackLimits)
		if lim.WindowCapAvailable.Int64() >= 900_000 {
			t.Fatalf("limits().windowCapAvailable = %s after the revert", lim.WindowCapAvailable)
		}
		// The bucket refills over the cap window.
		e.advance(t, time.Duration(p.capWindow)*time.Second)
		e.settle(t, second)
	})

	t.Run("withdraw for another provider", func(t *testing.T) {
		e := ctStart(t, ctDefaults())
		e.register(t, a, e.addr[ctPayout])
		e.register(t, b, payB)
		e.settle(t, ctPlain(0, 0, 10, ctCredit{a, 1_000}, ctCredit{b, 2_000}, ctCredit{c, 3_000}))
		e.wantBalance(t, a, 1_000, 0)

		// Inside the window nobody can withdraw, whoever asks.
		ctDetail(t, e.revert(t, ctStranger, &e.setAddr, e.set.PackWithdraw(a), "NothingToWithdraw"), "ProviderKey", a)
		e.minedRevert(t, ctStranger, &e.setAddr, e.set.PackWithdraw(a), "NothingToWithdraw")
		e.revert(t, ctPayout, &e.setAddr, e.set.PackWithdraw(a), "NothingToWithdraw")

		e.passWindow(t)
		e.wantBalance(t, a, 0, 1_000)
		// C has credits but nowhere to be paid.
		ctDetail(t, e.revert(t, ctStranger, &e.setAddr, e.set.PackWithdraw(c), "PayoutNotRegistered"), "ProviderKey", c)
		e.minedRevert(t, ctStranger, &e.setAddr, e.set.PackWithdraw(c), "PayoutNotRegistered")
		e.wantBalance(t, c, 0, 3_000)

		// A stranger withdrawing for A pays A's payout address, not itself.
		e.withdraw(t, ctStranger, a, e.addr[ctPayout], 1_000)
		if got := e.tokens(t, e.addr[ctStranger]); got != 0 {
			t.Fatalf("stranger holds %d cents", got)
		}
		if got := ctCall(t, e, e.setAddr, e.set.PackWithdrawnBy(a), e.set.UnpackWithdrawnBy).Int64(); got != 1_000 {
			t.Fatalf("withdrawnBy(A) = %d, want 1000", got)
		}
		e.revert(t, ctStranger, &e.setAddr, e.set.PackWithdraw(a), "NothingToWithdraw")
		// So does any role key.
		e.withdraw(t, ctAdjudicator, b, payB, 2_000)
		// Once C registers, its credits go to C's address.
		e.register(t, c, payC)
		e.withdraw(t, ctStranger, c, payC, 3_000)
		if got := e.outstanding(t); got != 0 {
			t.Fatalf("outstanding = %d, want 0", got)
		}
	})

	t.Run("pause", func(t *testing.T) {
		e := ctStart(t, ctDefaults())
		e.register(t, a, e.addr[ctPayout])
		e.settle(t, ctPlain(0, 0, 10, ctCredit{a, 1_000}))
		e.passWindow(t)

		r := e.exec(t, ctGuardian, &e.setAddr, e.set.PackPause())
		if ev := ctOne(t, r, e.setAddr, e.set.UnpackPausedEvent); ev.Account != e.addr[ctGuardian] {
			t.Fatalf("Paused by %s", ev.Account)
		}
		next := ctPlain(0, 10, 20, ctCredit{a, 500})
		e.revert(t, ctAdjudicator, &e.setAddr, e.packSettle(next), "EnforcedPause")
		e.minedRevert(t, ctAdjudicator, &e.setAddr, e.packSettle(next), "EnforcedPause")
		e.revert(t, ctStranger, &e.setAddr, e.set.PackWithdraw(a), "EnforcedPause")
		e.revert(t, ctGuardian, &e.setAddr, e.set.PackPause(), "EnforcedPause")
		// Only the admin unpauses.
		for _, who := range []int{ctGuardian, ctAdjudicator, ctInsurer, ctStranger} {
			rev := e.revert(t, who, &e.setAddr, e.set.PackUnpause(), "AccessControlUnauthorizedAccount")
			ctDetail(t, rev, "Account", e.addr[who], "NeededRole", [32]byte{})
		}
		e.exec(t, ctAdmin, &e.setAddr, e.set.PackUnpause())
		e.revert(t, ctAdmin, &e.setAddr, e.set.PackUnpause(), "ExpectedPause")
		e.settle(t, next)
		e.withdraw(t, ctStranger, a, e.addr[ctPayout], 1_000)
	})

	t.Run("freeze", func(t *testing.T) {
		e := ctStart(t, ctDefaults())
		e.register(t, a, e.addr[ctPayout])
		e.register(t, b, payB)
		frozen := ctPlain(0, 0, 10, ctCredit{a, 1_000})
		kept := ctPlain(0, 10, 20, ctCredit{b, 2_000})
		e.settle(t, frozen)
		e.settle(t, kept)

		r := e.exec(t, ctGuardian, &e.setAddr, e.packFreeze(frozen))
		ev := ctOne(t, r, e.setAddr, e.set.UnpackBatchFrozenEvent)
		if ev.BatchId.Cmp(frozen.id) != 0 || ev.Guardian != e.addr[ctGuardian] || ev.TotalFrozen.Int64() != 1_000 {
			t.Fatalf("BatchFrozen = %+v", ev)
		}
		if st := e.batchInfo(t, frozen.id).Status; st != 1 {
			t.Fatalf("status = %d, want Frozen (1)", st)
		}
		if got := e.outstanding(t); got != 2_000 {
			t.Fatalf("outstanding = %d, want 2000 (frozen credits are not owed)", got)
		}
		e.wantBalance(t, a, 0, 0)
		ctDetail(t, e.revert(t, ctGuardian, &e.setAddr, e.packFreeze(frozen), "BatchNotFreezable"), "Status", 1)

		// Many windows later the frozen credits are still not withdrawable; the other batch's are.
		e.advance(t, time.Duration(10*e.p.window)*time.Second)
		e.wantBalance(t, a, 0, 0)
		e.revert(t, ctStranger, &e.setAddr, e.set.PackWithdraw(a), "NothingToWithdraw")
		e.minedRevert(t, ctStranger, &e.setAddr, e.set.PackWithdraw(a), "NothingToWithdraw")
		e.wantBalance(t, b, 0, 2_000)
		e.withdraw(t, ctStranger, b, payB, 2_000)

		// A later credit to A (same bucket parity or not) does not bring the frozen credit back.
		for i := range uint64(2) {
			e.settle(t, ctPlain(0, 20+10*i, 30+10*i, ctCredit{a, 100}))
			e.advance(t, time.Duration(e.p.window)*time.Second)
		}
		e.passWindow(t)
		e.wantBalance(t, a, 0, 200)
		e.withdraw(t, ctStranger, a, e.addr[ctPayout], 200)

		// Past its window a batch cannot be frozen.
		rev := e.revert(t, ctGuardian, &e.setAddr, e.packFreeze(kept), "ChallengeWindowClosed")
		ctDetail(t, rev, "BatchId", kept.id, "ClosedAt", e.batchInfo(t, kept.id).WindowClosesAt)

		// Only the admin releases; then the credits are withdrawable at once.
		for _, who := range []int{ctGuardian, ctInsurer, ctStranger} {
			e.revert(t, who, &e.setAddr, e.packRelease(frozen), "AccessControlUnauthorizedAccount")
		}
		owed := e.outstanding(t)
		r = e.exec(t, ctAdmin, &e.setAddr, e.packRelease(frozen))
		if ev := ctOne(t, r, e.setAddr, e.set.UnpackBatchReleasedEvent); ev.TotalReleased.Int64() != 1_000 || ev.Admin != e.addr[ctAdmin] {
			t.Fatalf("BatchReleased = %+v", ev)
		}
		if got := e.outstanding(t); got != owed+1_000 {
			t.Fatalf("outstanding = %d, want %d", got, owed+1_000)
		}
		e.wantBalance(t, a, 0, 1_000)
		e.revert(t, ctAdmin, &e.setAddr, e.packRelease(frozen), "BatchNotFrozen")
		ctDetail(t, e.revert(t, ctGuardian, &e.setAddr, e.packFreeze(frozen), "BatchNotFreezable"), "Status", 2)
		e.withdraw(t, ctStranger, a, e.addr[ctPayout], 1_000)
	})
}

// ctGate says who may call one non-view function.
type ctGate struct {
	role   string        // the role required; "" for a function anyone may call
	holder int           // the key holding role
	data   func() []byte // the call; any arguments will do for the role check
	// holderWant is what the holder's preflight returns: "" for success, else a custom error
	// other than AccessControlUnauthorizedAccount (the call is valid as far as roles go).
	holderWant string
	// open explains why anyone may call the function; probe shows what stops a stranger.
	open  string
	probe func(t *testing.T)
}

func TestRoleMatrix(t *testing.T) {
	e := ctStart(t, ctDefaults())
	a := ctProvider("A")
	e.register(t, a, e.addr[ctPayout])
	// A pended claim past its window (resolvable) and a batch inside its window (freezable).
	pendedBatch := e.leafBatch(t, 0, 0, []settlement.ClaimSettlementLeaf{
		ctLeaf("ok", a, 500, ctApprove), ctLeaf("held", a, 700, ctPend),
	}, nil)
	e.settle(t, pendedBatch)
	e.passWindow(t)
	open := ctPlain(0, 2, 12, ctCredit{a, 100})
	e.settle(t, open)
	// Allowance for fund(1).
	e.mine(t, e.send(t, ctAdmin, &e.tokAddr, e.tok.PackMint(e.addr[ctInsurer], big.NewInt(1))),
		e.send(t, ctInsurer, &e.tokAddr, e.tok.PackApprove(e.setAddr, big.NewInt(1))))

	admin := func(f func() []byte) ctGate { return ctGate{role: "DEFAULT_ADMIN_ROLE", holder: ctAdmin, data: f} }
	role := func(r string, holder int, f func() []byte) ctGate { return ctGate{role: r, holder: holder, data: f} }
	want := func(g ctGate, name string) ctGate { g.holderWant = name; return g }
	probe := func(why string, who int, to *common.Address, data []byte, wantErr string) ctGate {
		return ctGate{open: why, probe: func(t *testing.T) {
			t.Helper()
			if wantErr == "" {
				if _, err := e.tx[who].estimate(e.ctx, to, data); err != nil {
					t.Fatalf("%s as %s: %v", ctMethod(data, to), ctKeyNames[who], err)
				}
				return
			}
			e.revert(t, who, to, data, wantErr)
		}}
	}
	adjRole, insRole, guardRole, recRole := ctRole("ADJUDICATOR_ROLE"), ctRole("INSURER_ROLE"), ctRole("GUARDIAN_ROLE"), ctRole("RECORDER_ROLE")
	next := ctPlain(0, 12, 22)

	contracts := []struct {
		name  string
		addr  *common.Address
		abi   abi.ABI
		roles map[string]int // role -> its only holder
		gates map[string]ctGate
	}{
		{"ClaimSettlement", &e.setAddr, e.set.GetABI(),
			map[string]int{"DEFAULT_ADMIN_ROLE": ctAdmin, "ADJUDICATOR_ROLE": ctAdjudicator, "INSURER_ROLE": ctInsurer,
				"FRAUD_ANALYST_ROLE": ctAnalyst, "GUARDIAN_ROLE": ctGuardian},
			map[string]ctGate{
				"settleBatch":             role("ADJUDICATOR_ROLE", ctAdjudicator, func() []byte { return e.packSettle(next) }),
				"fund":                    role("INSURER_ROLE", ctInsurer, func() []byte { return e.set.PackFund(big.NewInt(1)) }),
				"setPayoutCaps":           role("INSURER_ROLE", ctInsurer, func() []byte { return e.set.PackSetPayoutCaps(big.NewInt(1), big.NewInt(1), big.NewInt(1)) }),
				"requestEscrowWithdrawal": role("INSURER_ROLE", ctInsurer, func() []byte { return e.set.PackRequestEscrowWithdrawal(big.NewInt(1)) }),
				"cancelEscrowWithdrawal":  want(role("INSURER_ROLE", ctInsurer, e.set.PackCancelEscrowWithdrawal), "NoEscrowWithdrawal"),
				"executeEscrowWithdrawal": want(role("INSURER_ROLE", ctInsurer, e.set.PackExecuteEscrowWithdrawal), "NoEscrowWithdrawal"),
				"resolvePended":           role("FRAUD_ANALYST_ROLE", ctAnalyst, func() []byte { return e.packResolve(t, pendedBatch, 1, true) }),
				"freezeBatch":             role("GUARDIAN_ROLE", ctGuardian, func() []byte { return e.packFreeze(open) }),
				"pause":                   role("GUARDIAN_ROLE", ctGuardian, e.set.PackPause),
				"unpause":                 want(admin(e.set.PackUnpause), "ExpectedPause"),
				"releaseBatch":            want(admin(func() []byte { return e.packRelease(open) }), "BatchNotFrozen"),
				"setChallengeWindow":      admin(func() []byte { return e.set.PackSetChallengeWindow(120) }),
				"setMaxBatchOffsets":      admin(func() []byte { return e.set.PackSetMaxBatchOffsets(10) }),
				"setEscrowWithdrawalDelay": admin(func() []byte {
					return e.set.PackSetEscrowWithdrawalDelay(big.NewInt(10))
				}),
				"reverseCredits": role("ADJUDICATOR_ROLE", ctAdjudicator, func() []byte {
					return e.set.PackReverseCredits([]settlement.ClaimSettlementReversal{ctReversal(e.leafHash(t, e.setAddr, pendedBatch.leaves[0]), a, 500, false)})
				}),
				"grantRole":                  admin(func() []byte { return e.set.PackGrantRole(adjRole, e.addr[ctStranger]) }),
				"revokeRole":                 admin(func() []byte { return e.set.PackRevokeRole(guardRole, e.addr[ctGuardian]) }),
				"beginDefaultAdminTransfer":  admin(func() []byte { return e.set.PackBeginDefaultAdminTransfer(e.addr[ctStranger]) }),
				"cancelDefaultAdminTransfer": admin(e.set.PackCancelDefaultAdminTransfer),
				"changeDefaultAdminDelay":    admin(func() []byte { return e.set.PackChangeDefaultAdminDelay(big.NewInt(1)) }),
				"rollbackDefaultAdminDelay":  admin(e.set.PackRollbackDefaultAdminDelay),
				"withdraw": probe("pays only the provider's registered payout address", ctStranger, &e.setAddr,
					e.set.PackWithdraw(ctProvider("nobody")), "PayoutNotRegistered"),
				"acceptDefaultAdminTransfer": probe("only the pending admin can accept", ctStranger, &e.setAddr,
					e.set.PackAcceptDefaultAdminTransfer(), "AccessControlInvalidDefaultAdmin"),
				"renounceRole": probe("only for the caller's own account", ctStranger, &e.setAddr,
					e.set.PackRenounceRole(adjRole, e.addr[ctAdjudicator]), "AccessControlBadConfirmation"),
			}},
		{"ProviderRegistry", &e.regAddr, e.reg.GetABI(),
			map[string]int{"DEFAULT_ADMIN_ROLE": ctAdmin, "PROVIDER_MANAGER_ROLE": ctManager},
			map[string]ctGate{
				"registerProvider": role("PROVIDER_MANAGER_ROLE", ctManager, func() []byte {
					return e.reg.PackRegisterProvider(ctProvider("new"), ctAddr("new"))
				}),
				"changePayout":               role("PROVIDER_MANAGER_ROLE", ctManager, func() []byte { return e.reg.PackChangePayout(a, ctAddr("other")) }),
				"cancelPayoutChange":         want(admin(func() []byte { return e.reg.PackCancelPayoutChange(a) }), "NoPendingPayoutChange"),
				"setPayoutDelay":             admin(func() []byte { return e.reg.PackSetPayoutDelay(big.NewInt(5)) }),
				"grantRole":                  admin(func() []byte { return e.reg.PackGrantRole(ctRole("PROVIDER_MANAGER_ROLE"), e.addr[ctStranger]) }),
				"revokeRole":                 admin(func() []byte { return e.reg.PackRevokeRole(ctRole("PROVIDER_MANAGER_ROLE"), e.addr[ctManager]) }),
				"beginDefaultAdminTransfer":  admin(func() []byte { return e.reg.PackBeginDefaultAdminTransfer(e.addr[ctStranger]) }),
				"cancelDefaultAdminTransfer": admin(e.reg.PackCancelDefaultAdminTransfer),
				"changeDefaultAdminDelay":    admin(func() []byte { return e.reg.PackChangeDefaultAdminDelay(big.NewInt(1)) }),
				"rollbackDefaultAdminDelay":  admin(e.reg.PackRollbackDefaultAdminDelay),
				"acceptDefaultAdminTransfer": probe("only the pending admin can accept", ctStranger, &e.regAddr,
					e.reg.PackAcceptDefaultAdminTransfer(), "AccessControlInvalidDefaultAdmin"),
				"renounceRole": probe("only for the caller's own account", ctStranger, &e.regAddr,
					e.reg.PackRenounceRole(ctRole("PROVIDER_MANAGER_ROLE"), e.addr[ctManager]), "AccessControlBadConfirmation"),
			}},
		{"CoverageRegistry", &e.covAddr, e.cov.GetABI(),
			map[string]int{"DEFAULT_ADMIN_ROLE": ctAdmin, "INSURER_ROLE": ctInsurer},
			map[string]ctGate{
				"setCoverage": role("INSURER_ROLE", ctInsurer, func() []byte {
					return e.cov.PackSetCoverage(ctClaim("member"), []coverage.CoverageRegistrySpan{{PlanId: [16]byte{'m'}, StartDay: 1, EndDay: 2}})
				}),
				"setCoverageBatch": role("INSURER_ROLE", ctInsurer, func() []byte {
					return e.cov.PackSetCoverageBatch([][32]byte{ctClaim("member")}, [][]coverage.CoverageRegistrySpan{{}})
				}),
				"clearCoverage":              role("INSURER_ROLE", ctInsurer, func() []byte { return e.cov.PackClearCoverage(ctClaim("member")) }),
				"grantRole":                  admin(func() []byte { return e.cov.PackGrantRole(insRole, e.addr[ctStranger]) }),
				"revokeRole":                 admin(func() []byte { return e.cov.PackRevokeRole(insRole, e.addr[ctInsurer]) }),
				"beginDefaultAdminTransfer":  admin(func() []byte { return e.cov.PackBeginDefaultAdminTransfer(e.addr[ctStranger]) }),
				"cancelDefaultAdminTransfer": admin(e.cov.PackCancelDefaultAdminTransfer),
				"changeDefaultAdminDelay":    admin(func() []byte { return e.cov.PackChangeDefaultAdminDelay(big.NewInt(1)) }),
				"rollbackDefaultAdminDelay":  admin(e.cov.PackRollbackDefaultAdminDelay),
				"acceptDefaultAdminTransfer": probe("only the pending admin can accept", ctStranger, &e.covAddr,
					e.cov.PackAcceptDefaultAdminTransfer(), "AccessControlInvalidDefaultAdmin"),
				"renounceRole": probe("only for the caller's own account", ctStranger, &e.covAddr,
					e.cov.PackRenounceRole(insRole, e.addr[ctInsurer]), "AccessControlBadConfirmation"),
			}},
		{"AccessLog", &e.accAddr, e.acc.GetABI(),
			map[string]int{"DEFAULT_ADMIN_ROLE": ctAdmin, "RECORDER_ROLE": ctRecorder},
			map[string]ctGate{
				"recordAccess": role("RECORDER_ROLE", ctRecorder, func() []byte {
					return e.acc.PackRecordAccess(0, 0, 1, []access.AccessLogAccess{ctLook("claim", 0, ctReview)})
				}),
				"grantRole":                  admin(func() []byte { return e.acc.PackGrantRole(recRole, e.addr[ctStranger]) }),
				"revokeRole":                 admin(func() []byte { return e.acc.PackRevokeRole(recRole, e.addr[ctRecorder]) }),
				"beginDefaultAdminTransfer":  admin(func() []byte { return e.acc.PackBeginDefaultAdminTransfer(e.addr[ctStranger]) }),
				"cancelDefaultAdminTransfer": admin(e.acc.PackCancelDefaultAdminTransfer),
				"changeDefaultAdminDelay":    admin(func() []byte { return e.acc.PackChangeDefaultAdminDelay(big.NewInt(1)) }),
				"rollbackDefaultAdminDelay":  admin(e.acc.PackRollbackDefaultAdminDelay),
				"acceptDefaultAdminTransfer": probe("only the pending admin can accept", ctStranger, &e.accAddr,
					e.acc.PackAcceptDefaultAdminTransfer(), "AccessControlInvalidDefaultAdmin"),
				"renounceRole": probe("only for the caller's own account", ctStranger, &e.accAddr,
					e.acc.PackRenounceRole(recRole, e.addr[ctRecorder]), "AccessControlBadConfirmation"),
			}},
		{"TestStablecoin", &e.tokAddr, e.tok.GetABI(),
			map[string]int{"DEFAULT_ADMIN_ROLE": ctAdmin, "MINTER_ROLE": ctAdmin},
			map[string]ctGate{
				"mint":       role("MINTER_ROLE", ctAdmin, func() []byte { return e.tok.PackMint(e.addr[ctStranger], big.NewInt(1)) }),
				"grantRole":  admin(func() []byte { return e.tok.PackGrantRole(ctRole("MINTER_ROLE"), e.addr[ctStranger]) }),
				"revokeRole": admin(func() []byte { return e.tok.PackRevokeRole(ctRole("MINTER_ROLE"), e.addr[ctAdmin]) }),
				"renounceRole": probe("only for the caller's own account", ctStranger, &e.tokAddr,
					e.tok.PackRenounceRole(ctRole("MINTER_ROLE"), e.addr[ctAdmin]), "AccessControlBadConfirmation"),
				"approve": probe("ERC-20: a holder approves its own tokens", ctStranger, &e.tokAddr,
					e.tok.PackApprove(e.addr[ctAdmin], big.NewInt(1)), ""),
				"transfer": probe("ERC-20: a holder moves its own tokens", ctStranger, &e.tokAddr,
					e.tok.PackTransfer(e.addr[ctAdmin], big.NewInt(1)), "ERC20InsufficientBalance"),
				"transferFrom": probe("ERC-20: needs the owner's allowance", ctStranger, &e.tokAddr,
					e.tok.PackTransferFrom(e.addr[ctInsurer], e.addr[ctStranger], big.NewInt(1)), "ERC20InsufficientAllowance"),
			}},
	}

	for _, c := range contracts {
		t.Run(c.name, func(t *testing.T) {
			// Every non-view function of the ABI is classified, so a new one cannot escape.
			for name, m := range c.abi.Methods {
				if m.IsConstant() {
					continue
				}
				if _, ok := c.gates[name]; !ok {
					t.Errorf("%s.%s is a non-view function the role matrix does not classify", c.name, name)
				}
			}
			for name := range c.gates {
				if m, ok := c.abi.Methods[name]; !ok || m.IsConstant() {
					t.Errorf("role matrix entry %s.%s is not a non-view function of the ABI", c.name, name)
				}
			}
			// Each role is held by its one key and nobody else. (hasRole(bytes32,address) has the
			// same selector on all five contracts.)
			for r, holder := range c.roles {
				for who := range ctKeyCount {
					has := ctCall(t, e, *c.addr, e.set.PackHasRole(ctRole(r), e.addr[who]), e.set.UnpackHasRole)
					if has != (who == holder) {
						t.Errorf("%s: hasRole(%s, %s) = %v", c.name, r, ctKeyNames[who], has)
					}
				}
			}
			names := make([]string, 0, len(c.gates))
			for n := range c.gates {
				names = append(names, n)
			}
			sort.Strings(names)
			for _, name := range names {
				g := c.gates[name]
				t.Run(name, func(t *testing.T) {
					if g.role == "" {
						t.Logf("open: %s", g.open)
						g.probe(t)
						return
					}
					if h, ok := c.roles[g.role]; !ok || h != g.holder {
						t.Fatalf("gate names holder %s for %s, the contract gives it to key %d", ctKeyNames[g.holder], g.role, h)
					}
					data := g.data()
					before := e.snapshot(t)
					for who := range ctKeyCount {
						if who == g.holder {
							continue
						}
						rev := e.expect(t, who, c.addr, data, "AccessControlUnauthorizedAccount")
						ctDetail(t, rev, "Account", e.addr[who], "NeededRole", ctRole(g.role))
					}
					_, err := e.tx[g.holder].estimate(e.ctx, c.addr, data)
					if g.holderWant == "" {
						if err != nil {
							t.Fatalf("%s as %s (holds %s): %v", name, ctKeyNames[g.holder], g.role, err)
						}
					} else if _, cerr := ctCheckRevert(err, g.holderWant); cerr != nil {
						t.Fatalf("%s as %s (holds %s): %v", name, ctKeyNames[g.holder], g.role, cerr)
					}
					e.same(t, before)
				})
			}
		})
	}
}

// ctOZErrors are the OpenZeppelin errors the ABIs inherit. Every other error is ours and must
// be triggered by TestEveryCustomErrorTriggered.
var ctOZErrors = map[string]bool{
	"AccessControlBadConfirmation": true, "AccessControlEnforcedDefaultAdminDelay": true,
	"AccessControlEnforcedDefaultAdminRules": true, "AccessControlInvalidDefaultAdmin": true,
	"AccessControlUnauthorizedAccount": true, "SafeCastOverflowedUintDowncast": true,
	"SafeERC20FailedOperation": true, "EnforcedPause": true, "ExpectedPause": true,
	"ERC20InsufficientAllowance": true, "ERC20InsufficientBalance": true, "ERC20InvalidApprover": true,
	"ERC20InvalidReceiver": true, "ERC20InvalidSender": true, "ERC20InvalidSpender": true,
}

func TestEveryCustomErrorTriggered(t *testing.T) {
	p := ctDefaults()
	p.maxOffsets, p.maxBatchCents, p.windowCapCents, p.escrow = 100, 500_000, 800_000, 300_000
	e := ctStart(t, p)
	e.seen = map[string]bool{}
	a, b, c := ctProvider("A"), ctProvider("B"), ctProvider("C") // c is never registered
	if common.Hash(a).Cmp(common.Hash(b)) > 0 {
		a, b = b, a // so that [b, a] is out of order
	}
	set, reg, cov := &e.setAddr, &e.regAddr, &e.covAddr

	// Constructors revert in the deployment's preflight.
	ctor := func(contract string, md *bind.MetaData, args []byte, want string) {
		t.Helper()
		before := e.snapshot(t)
		_, err := e.tx[ctAdmin].estimate(e.ctx, nil, ctInitCode(t, md, args))
		if _, cerr := ctCheckRevert(err, want); cerr != nil {
			t.Fatalf("%s constructor: %v", contract, cerr)
		}
		e.same(t, before)
		e.seen[contract+"."+want] = true
	}
	ctor("TestStablecoin", &stablecoin.TestStablecoinMetaData, e.tok.PackConstructor(common.Address{}), "ZeroTokenAdmin")
	ctor("ProviderRegistry", &providers.ProviderRegistryMetaData,
		e.reg.PackConstructor(e.addr[ctAdmin], big.NewInt(1), common.Address{}, big.NewInt(0)), "ZeroProviderManager")
	ctor("CoverageRegistry", &coverage.CoverageRegistryMetaData,
		e.cov.PackConstructor(e.addr[ctAdmin], big.NewInt(1), common.Address{}), "ZeroInsurer")
	ctor("ClaimSettlement", &settlement.ClaimSettlementMetaData, e.settlementCtor(common.Address{}, e.regAddr, e.settings()), "ZeroAddress")
	ctor("ClaimSettlement", &settlement.ClaimSettlementMetaData, e.settlementCtor(e.tokAddr, common.Address{}, e.settings()), "ZeroAddress")
	bad := e.settings()
	bad.ChallengeWindow = 0
	ctor("ClaimSettlement", &settlement.ClaimSettlementMetaData, e.settlementCtor(e.tokAddr, e.regAddr, bad), "InvalidSetting")

	// ProviderRegistry.
	e.revert(t, ctManager, reg, e.reg.PackRegisterProvider([32]byte{}, ctAddr("A")), "ZeroProviderKey")
	e.revert(t, ctManager, reg, e.reg.PackRegisterProvider(a, common.Address{}), "ZeroPayoutAddress")
	e.register(t, a, ctAddr("A"))
	e.register(t, b, ctAddr("B"))
	ctDetail(t, e.revert(t, ctManager, reg, e.reg.PackRegisterProvider(a, ctAddr("A2")), "ProviderAlreadyRegistered"), "ProviderKey", a)
	e.revert(t, ctManager, reg, e.reg.PackChangePayout(a, common.Address{}), "ZeroPayoutAddress")
	ctDetail(t, e.revert(t, ctManager, reg, e.reg.PackChangePayout(c, ctAddr("C")), "ProviderNotRegistered"), "ProviderKey", c)
	ctDetail(t, e.revert(t, ctManager, reg, e.reg.PackChangePayout(a, ctAddr("A")), "PayoutUnchanged"), "ProviderKey", a, "Payout", ctAddr("A"))
	ctDetail(t, e.revert(t, ctAdmin, reg, e.reg.PackCancelPayoutChange(a), "NoPendingPayoutChange"), "ProviderKey", a)
	e.revert(t, ctAdmin, reg, e.reg.PackSetPayoutDelay(big.NewInt(366*24*3600)), "PayoutDelayTooLong")
	// Re-sending the scheduled address would only restart the delay.
	e.exec(t, ctManager, reg, e.reg.PackChangePayout(b, ctAddr("B2")))
	e.revert(t, ctManager, reg, e.reg.PackChangePayout(b, ctAddr("B2")), "PayoutUnchanged")

	// CoverageRegistry.
	span := coverage.CoverageRegistrySpan{PlanId: [16]byte{'m', 'e', 'd'}, StartDay: 100, EndDay: 200}
	member := ctClaim("member")
	e.revert(t, ctInsurer, cov, e.cov.PackSetCoverage([32]byte{}, nil), "EmptyMemberKey")
	e.revert(t, ctInsurer, cov, e.cov.PackClearCoverage([32]byte{}), "EmptyMemberKey")
	ctDetail(t, e.revert(t, ctInsurer, cov, e.cov.PackSetCoverage(member, []coverage.CoverageRegistrySpan{span, {StartDay: 1, EndDay: 2}}), "InvalidSpan"), "Index", 1)
	ctDetail(t, e.revert(t, ctInsurer, cov, e.cov.PackSetCoverage(member, []coverage.CoverageRegistrySpan{{PlanId: span.PlanId, StartDay: 5, EndDay: 4}}), "InvalidSpan"), "Index", 0)
	ctDetail(t, e.revert(t, ctInsurer, cov, e.cov.PackSetCoverageBatch([][32]byte{member}, nil), "SpanLengthMismatch"), "MemberKeys", 1, "SpanLists", 0)

	// ClaimSettlement: settleBatch's checks, in the order the contract makes them.
	settle := func(b *ctBatch, want string, kv ...any) *RevertError {
		t.Helper()
		rev := e.revert(t, ctAdjudicator, set, e.packSettle(b), want)
		ctDetail(t, rev, kv...)
		return rev
	}
	settle(ctPlain(0, 5, 10), "OffsetMismatch", "Partition", 0, "Expected", 0, "Given", 5)
	settle(ctPlain(0, 0, 0), "EmptyBatch")
	settle(ctPlain(0, 0, 101), "BatchRangeTooLarge", "Given", 101, "Max", 100)
	tooMany := ctPlain(0, 0, 10)
	tooMany.header.ClaimCount = 11
	rev := settle(tooMany, "ClaimCountExceedsRange", "ClaimCount", 11)
	if args := ctArgs(t, rev, e.set.GetABI()); args[0] != uint32(11) || args[1] != uint64(10) {
		t.Fatalf("ClaimCountExceedsRange%v, want (11, 10)", args)
	}
	noRoot := ctPlain(0, 0, 10)
	noRoot.header.MerkleRoot = [32]byte{}
	settle(noRoot, "EmptyMerkleRoot")
	mismatch := ctPlain(0, 0, 10)
	mismatch.keys, mismatch.amounts = [][32]byte{a, b}, []*big.Int{big.NewInt(1)}
	settle(mismatch, "CreditLengthMismatch", "ProviderKeys", 2, "Amounts", 1)
	zeroKey := ctPlain(0, 0, 10)
	zeroKey.keys, zeroKey.amounts = [][32]byte{a, {}}, []*big.Int{big.NewInt(1), big.NewInt(1)}
	settle(zeroKey, "ZeroCreditKey", "Index", 1)
	zeroCredit := ctPlain(0, 0, 10)
	zeroCredit.keys, zeroCredit.amounts = [][32]byte{a, b}, []*big.Int{big.NewInt(1), big.NewInt(0)}
	settle(zeroCredit, "ZeroCredit", "Index", 1)
	unsorted := ctPlain(0, 0, 10)
	unsorted.keys, unsorted.amounts = [][32]byte{b, a}, []*big.Int{big.NewInt(1), big.NewInt(1)}
	settle(unsorted, "UnsortedCredits", "Index", 1)
	unsorted.keys = [][32]byte{a, a}
	settle(unsorted, "UnsortedCredits", "Index", 1)
	settle(ctPlain(0, 0, 10, ctCredit{a, 500_001}), "BatchCapExceeded", "Total", 500_001, "Cap", 500_000)
	settle(ctPlain(0, 0, 10, ctCredit{a, 300_001}), "InsufficientEscrow", "Needed", 300_001, "Available", 300_000)
	e.fund(t, 10_000_000)
	e.settle(t, ctPlain(0, 0, 10, ctCredit{a, 450_000}))
	rev = e.revert(t, ctAdjudicator, set, e.packSettle(ctPlain(0, 10, 20, ctCredit{a, 400_000})), "WindowCapExceeded")
	if room := ctField(t, rev, "Available").Int64(); room < 350_000 || room >= 400_000 {
		t.Fatalf("WindowCapExceeded.available = %d, want ~350000", room)
	}

	// Batches to freeze, resolve and withdraw against.
	leaves := []settlement.ClaimSettlementLeaf{
		ctLeaf("paid", a, 100, ctApprove), ctLeaf("held", b, 200, ctPend), ctLeaf("unpaid", c, 50, ctApprove),
	}
	b1 := e.leafBatch(t, 0, 10, leaves, nil)
	e.settle(t, b1)
	b2 := e.leafBatch(t, 0, 13, []settlement.ClaimSettlementLeaf{ctLeaf("held2", b, 300, ctPend), ctLeaf("paid2", b, 10, ctApprove)}, nil)
	e.settle(t, b2)

	ctDetail(t, e.revert(t, ctGuardian, set, e.set.PackFreezeBatch(big.NewInt(999), b1.header, b1.keys, b1.amounts), "UnknownBatch"), "BatchId", 999)
	wrongHeader := b1.header
	wrongHeader.PolicyHash = crypto.Keccak256Hash([]byte("policy/v2"))
	ctDetail(t, e.revert(t, ctGuardian, set, e.set.PackFreezeBatch(b1.id, wrongHeader, b1.keys, b1.amounts), "BatchHeaderMismatch"), "BatchId", b1.id)
	ctDetail(t, e.revert(t, ctGuardian, set, e.set.PackFreezeBatch(b1.id, b1.header, b1.keys[:1], b1.amounts[:1]), "CreditsMismatch"), "BatchId", b1.id)
	e.revert(t, ctGuardian, set, e.set.PackFreezeBatch(b1.id, b1.header, b1.keys[:1], b1.amounts), "CreditLengthMismatch")
	ctDetail(t, e.revert(t, ctAdmin, set, e.packRelease(b1), "BatchNotFrozen"), "BatchId", b1.id)
	ctDetail(t, e.revert(t, ctStranger, set, e.set.PackWithdraw(a), "NothingToWithdraw"), "ProviderKey", a)
	ctDetail(t, e.revert(t, ctStranger, set, e.set.PackWithdraw(c), "PayoutNotRegistered"), "ProviderKey", c)
	ctDetail(t, e.revert(t, ctAnalyst, set, e.packResolve(t, b1, 1, true), "ChallengeWindowOpen"),
		"BatchId", b1.id, "ClosesAt", e.batchInfo(t, b1.id).WindowClosesAt)
	e.exec(t, ctGuardian, set, e.packFreeze(b2))
	ctDetail(t, e.revert(t, ctGuardian, set, e.packFreeze(b2), "BatchNotFreezable"), "BatchId", b2.id, "Status", 1)

	e.passWindow(t)
	ctDetail(t, e.revert(t, ctGuardian, set, e.packFreeze(b1), "ChallengeWindowClosed"), "BatchId", b1.id)
	ctDetail(t, e.revert(t, ctAnalyst, set, e.packResolve(t, b2, 0, true), "BatchIsFrozen"), "BatchId", b2.id)
	ctDetail(t, e.revert(t, ctAnalyst, set, e.packResolve(t, b1, 0, true), "ClaimNotPended"), "ClaimKey", b1.leaves[0].ClaimKey)
	ctDetail(t, e.revert(t, ctAnalyst, set, e.packResolveCents(t, b1, 1, true, 201), "ResolutionExceedsHeld"),
		"ClaimKey", b1.leaves[1].ClaimKey, "Cents", 201, "Held", 200)
	proof, _ := b1.tree.Proof(0)
	ctDetail(t, e.revert(t, ctAnalyst, set, e.set.PackResolvePended(b1.id, b1.header, b1.leaves[1], proof, true, new(big.Int), [32]byte{}), "InvalidMerkleProof"),
		"ClaimKey", b1.leaves[1].ClaimKey)
	e.exec(t, ctAnalyst, set, e.packResolve(t, b1, 1, false))
	ctDetail(t, e.revert(t, ctAnalyst, set, e.packResolve(t, b1, 1, true), "ClaimAlreadyResolved"), "ClaimKey", b1.leaves[1].ClaimKey, "Resolution", 2)

	// Escrow and settings.
	e.revert(t, ctInsurer, set, e.set.PackFund(big.NewInt(0)), "ZeroAmount")
	e.revert(t, ctInsurer, set, e.set.PackRequestEscrowWithdrawal(big.NewInt(0)), "ZeroAmount")
	e.revert(t, ctInsurer, set, e.set.PackCancelEscrowWithdrawal(), "NoEscrowWithdrawal")
	e.revert(t, ctInsurer, set, e.set.PackExecuteEscrowWithdrawal(), "NoEscrowWithdrawal")
	r := e.exec(t, ctInsurer, set, e.set.PackRequestEscrowWithdrawal(big.NewInt(1)))
	readyAt := ctOne(t, r, e.setAddr, e.set.UnpackEscrowWithdrawalRequestedEvent).ReadyAt
	ctDetail(t, e.revert(t, ctInsurer, set, e.set.PackExecuteEscrowWithdrawal(), "EscrowWithdrawalNotReady"), "ReadyAt", readyAt)
	for _, s := range []struct {
		data []byte
		what string
	}{
		{e.set.PackSetChallengeWindow(0), "challengeWindow"},
		{e.set.PackSetMaxBatchOffsets(0), "maxBatchOffsets"},
	} {
		ctDetail(t, e.revert(t, ctAdmin, set, s.data, "InvalidSetting"), "What", s.what)
	}
	for i, caps := range [][3]int64{{0, 1, 1}, {1, 0, 1}, {1, 1, 0}} {
		data := e.set.PackSetPayoutCaps(big.NewInt(caps[0]), big.NewInt(caps[1]), big.NewInt(caps[2]))
		ctDetail(t, e.revert(t, ctInsurer, set, data, "InvalidSetting"), "What", []string{"maxBatchCents", "windowCapCents", "capWindow"}[i])
	}

	// Reversals of corrected claims, in the order the contract checks them.
	reverse := func(want string, rs ...settlement.ClaimSettlementReversal) *RevertError {
		t.Helper()
		return e.revert(t, ctAdjudicator, set, e.set.PackReverseCredits(rs), want)
	}
	paidLeaf := e.leafHash(t, e.setAddr, b1.leaves[0])
	ctDetail(t, reverse("ZeroReversalLeaf", ctReversal(paidLeaf, a, 100, false), ctReversal([32]byte{}, a, 100, false)), "Index", 1)
	ctDetail(t, reverse("ZeroReversalKey", ctReversal(paidLeaf, [32]byte{}, 100, false)), "Index", 0)
	tooLarge := ctReversal(paidLeaf, a, 0, false)
	tooLarge.Cents = new(big.Int).Lsh(big.NewInt(1), 96)
	ctDetail(t, reverse("ReversalTooLarge", tooLarge), "Index", 0, "Cents", tooLarge.Cents)
	ctDetail(t, reverse("AlreadyReversed", ctReversal(paidLeaf, a, 100, false), ctReversal(paidLeaf, a, 100, false)), "Leaf", paidLeaf)
	e.exec(t, ctAdjudicator, set, e.set.PackReverseCredits([]settlement.ClaimSettlementReversal{ctReversal(paidLeaf, a, 100, false)}))
	ctDetail(t, reverse("AlreadyReversed", ctReversal(paidLeaf, a, 100, false)), "Leaf", paidLeaf)
	b3 := e.leafBatch(t, 0, 15, []settlement.ClaimSettlementLeaf{ctLeaf("voided", b, 80, ctPend)}, nil)
	e.settle(t, b3)
	e.passWindow(t)
	e.exec(t, ctAdjudicator, set, e.set.PackReverseCredits([]settlement.ClaimSettlementReversal{
		ctReversal(e.leafHash(t, e.setAddr, b3.leaves[0]), b, 80, true)}))
	ctDetail(t, e.revert(t, ctAnalyst, set, e.packResolve(t, b3, 0, true), "ClaimVoided"), "ClaimKey", b3.leaves[0].ClaimKey)

	// Pausable, from OpenZeppelin but part of the contract's promises.
	e.revert(t, ctAdmin, set, e.set.PackUnpause(), "ExpectedPause")
	e.exec(t, ctGuardian, set, e.set.PackPause())
	e.revert(t, ctAdjudicator, set, e.packSettle(ctPlain(0, 16, 20)), "EnforcedPause")
	e.revert(t, ctAdjudicator, set, e.set.PackReverseCredits([]settlement.ClaimSettlementReversal{ctReversal(ctClaim("any"), a, 1, false)}), "EnforcedPause")
	e.revert(t, ctStranger, set, e.set.PackWithdraw(a), "EnforcedPause")
	e.revert(t, ctAnalyst, set, e.packResolve(t, b1, 1, true), "EnforcedPause")
	e.exec(t, ctAdmin, set, e.set.PackUnpause())

	// The assertion itself: a wrong expected name is caught.
	_, err := e.tx[ctAdjudicator].estimate(e.ctx, set, e.packSettle(ctPlain(0, 0, 10)))
	if _, cerr := ctCheckRevert(err, "OffsetMismatch"); cerr != nil {
		t.Fatalf("control: %v", cerr)
	}
	if _, cerr := ctCheckRevert(err, "EmptyBatch"); cerr == nil {
		t.Fatal("ctCheckRevert accepted OffsetMismatch as EmptyBatch")
	}

	// AccessLog.
	ctAccessErrors(t, e)

	// The guard: every error declared in our five contracts was triggered above.
	for _, c := range []struct {
		name string
		abi  abi.ABI
	}{
		{"ClaimSettlement", e.set.GetABI()},
		{"ProviderRegistry", e.reg.GetABI()},
		{"CoverageRegistry", e.cov.GetABI()},
		{"TestStablecoin", e.tok.GetABI()},
		{"AccessLog", e.acc.GetABI()},
	} {
		var missing []string
		ours := 0
		for name := range c.abi.Errors {
			if ctOZErrors[name] {
				continue
			}
			ours++
			if !e.seen[c.name+"."+name] {
				missing = append(missing, name)
			}
		}
		sort.Strings(missing)
		if len(missing) > 0 {
			t.Errorf("%s: %d of its %d custom errors are never triggered: %s", c.name, len(missing), ours, strings.Join(missing, ", "))
		}
	}
}

func TestPendedClaimResolution(t *testing.T) {
	e := ctStart(t, ctDefaults())
	a, b := ctProvider("A"), ctProvider("B")
	payB := ctAddr("B")
	e.register(t, a, e.addr[ctPayout])
	e.register(t, b, payB)

	const (
		paid   = 0 // approved: credited by the batch
		held   = 1 // pended: approval would credit A 700
		denied = 2
		heldB  = 3 // pended: to be denied
		paidB  = 4
	)
	batch := e.leafBatch(t, 0, 0, []settlement.ClaimSettlementLeaf{
		ctLeaf("paid", a, 1_000, ctApprove),
		ctLeaf("held", a, 700, ctPend),
		ctLeaf("denied", b, 0, ctDeny),
		ctLeaf("heldB", b, 300, ctPend),
		ctLeaf("paidB", b, 250, ctPartial),
	}, nil)
	if len(batch.keys) != 2 || batch.total() != 1_250 || len(batch.pended) != 2 {
		t.Fatalf("batch credits %d providers %d cents, %d pended; want 2, 1250, 2", len(batch.keys), batch.total(), len(batch.pended))
	}
	e.settle(t, batch)
	// The Go leaf encoding agrees with the contract's.
	chainID := e.chain.ChainID().Uint64()
	for _, l := range batch.leaves {
		ml := merkle.Leaf{ChainID: chainID, Contract: e.setAddr, ClaimKey: l.ClaimKey, Partition: int32(l.Partition),
			Offset: int64(l.Offset), ProviderKey: l.ProviderKey, Cents: l.Cents.Int64(), Outcome: l.Outcome, RecordDigest: l.RecordDigest}
		if ml.Hash() != e.leafHash(t, e.setAddr, l) {
			t.Errorf("merkle.Leaf.Hash differs from the contract's leafHash for %x", l.ClaimKey)
			break
		}
	}

	rev := e.revert(t, ctAnalyst, &e.setAddr, e.packResolve(t, batch, held, true), "ChallengeWindowOpen")
	ctDetail(t, rev, "BatchId", batch.id, "ClosesAt", e.batchInfo(t, batch.id).WindowClosesAt)

	// A second batch with a pended claim, frozen inside its window.
	frozen := e.leafBatch(t, 1, 0, []settlement.ClaimSettlementLeaf{ctLeaf("frozen-held", a, 900, ctPend), ctLeaf("frozen-paid", b, 40, ctApprove)}, nil)
	e.settle(t, frozen)
	e.exec(t, ctGuardian, &e.setAddr, e.packFreeze(frozen))

	e.passWindow(t)
	e.wantBalance(t, a, 0, 1_000)
	e.wantBalance(t, b, 0, 250)

	// Proofs that do not lead to the root.
	wrongProof, _ := batch.tree.Proof(paid)
	e.revert(t, ctAnalyst, &e.setAddr,
		e.set.PackResolvePended(batch.id, batch.header, batch.leaves[held], wrongProof, true, new(big.Int), [32]byte{}), "InvalidMerkleProof")
	inflated := batch.leaves[held]
	inflated.Cents = big.NewInt(70_000)
	proof, _ := batch.tree.Proof(held)
	ctDetail(t, e.revert(t, ctAnalyst, &e.setAddr,
		e.set.PackResolvePended(batch.id, batch.header, inflated, proof, true, new(big.Int), [32]byte{}), "InvalidMerkleProof"), "ClaimKey", inflated.ClaimKey)
	redirected := batch.leaves[held]
	redirected.ProviderKey = b
	e.revert(t, ctAnalyst, &e.setAddr,
		e.set.PackResolvePended(batch.id, batch.header, redirected, proof, true, new(big.Int), [32]byte{}), "InvalidMerkleProof")
	// A leaf that is not pended, with a valid proof.
	ctDetail(t, e.revert(t, ctAnalyst, &e.setAddr, e.packResolve(t, batch, paid, true), "ClaimNotPended"), "ClaimKey", batch.leaves[paid].ClaimKey)
	e.revert(t, ctAnalyst, &e.setAddr, e.packResolve(t, batch, denied, true), "ClaimNotPended")
	// The header must be the batch's.
	other := *batch
	other.header.ClaimCount--
	e.revert(t, ctAnalyst, &e.setAddr, e.packResolve(t, &other, held, true), "BatchHeaderMismatch")
	// A frozen batch's claims wait for its release.
	e.revert(t, ctAnalyst, &e.setAddr, e.packResolve(t, frozen, 0, true), "BatchIsFrozen")

	// An approval credits at most what the leaf holds, and a denial nothing.
	ctDetail(t, e.revert(t, ctAnalyst, &e.setAddr, e.packResolveCents(t, batch, held, true, 701), "ResolutionExceedsHeld"),
		"ClaimKey", batch.leaves[held].ClaimKey, "Cents", big.NewInt(701), "Held", big.NewInt(700))
	e.revert(t, ctAnalyst, &e.setAddr, e.packResolveCents(t, batch, held, false, 1), "ResolutionExceedsHeld")

	// Approval credits exactly leaf.cents, withdrawable at once.
	owed := e.outstanding(t)
	r := e.exec(t, ctAnalyst, &e.setAddr, e.packResolve(t, batch, held, true))
	ev := ctOne(t, r, e.setAddr, e.set.UnpackClaimResolvedEvent)
	if !ev.Approved || ev.Amount.Int64() != 700 || ev.ProviderKey != a || ev.ClaimKey != batch.leaves[held].ClaimKey ||
		ev.BatchId.Cmp(batch.id) != 0 || ev.Analyst != e.addr[ctAnalyst] || ev.NoteHash != crypto.Keccak256Hash([]byte("note")) {
		t.Fatalf("ClaimResolved = %+v", ev)
	}
	e.wantBalance(t, a, 0, 1_700)
	if got := e.outstanding(t); got != owed+700 {
		t.Fatalf("outstanding = %d, want %d", got, owed+700)
	}
	if got := ctCall(t, e, e.setAddr, e.set.PackResolutionOf(e.leafHash(t, e.setAddr, batch.leaves[held])), e.set.UnpackResolutionOf); got != 1 {
		t.Fatalf("resolutionOf(leafHash(held)) = %d, want Approved (1)", got)
	}
	// Resolutions are kept per leaf, not per claim key.
	if got := ctCall(t, e, e.setAddr, e.set.PackResolutionOf(batch.leaves[held].ClaimKey), e.set.UnpackResolutionOf); got != 0 {
		t.Fatalf("resolutionOf(claim key of held) = %d, want Open (0): resolutions are keyed by leaf hash", got)
	}
	for _, approve := range []bool{true, false} {
		ctDetail(t, e.revert(t, ctAnalyst, &e.setAddr, e.packResolve(t, batch, held, approve), "ClaimAlreadyResolved"), "Resolution", 1)
	}

	// Denial records Denied and credits nothing.
	owed = e.outstanding(t)
	r = e.exec(t, ctAnalyst, &e.setAddr, e.packResolve(t, batch, heldB, false))
	if ev := ctOne(t, r, e.setAddr, e.set.UnpackClaimResolvedEvent); ev.Approved || ev.Amount.Sign() != 0 {
		t.Fatalf("ClaimResolved = %+v, want a denial of 0", ev)
	}
	if got := ctCall(t, e, e.setAddr, e.set.PackResolutionOf(e.leafHash(t, e.setAddr, batch.leaves[heldB])), e.set.UnpackResolutionOf); got != 2 {
		t.Fatalf("resolutionOf(heldB) = %d, want Denied (2)", got)
	}
	e.wantBalance(t, b, 0, 250)
	if got := e.outstanding(t); got != owed {
		t.Fatalf("outstanding moved on a denial: %d -> %d", owed, got)
	}
	ctDetail(t, e.revert(t, ctAnalyst, &e.setAddr, e.packResolve(t, batch, heldB, true), "ClaimAlreadyResolved"), "Resolution", 2)
	e.withdraw(t, ctStranger, a, e.addr[ctPayout], 1_700)
	e.withdraw(t, ctStranger, b, payB, 250)

	// Released, the frozen batch's claims resolve again.
	e.exec(t, ctAdmin, &e.setAddr, e.packRelease(frozen))
	e.exec(t, ctAnalyst, &e.setAddr, e.packResolve(t, frozen, 0, true))
	e.wantBalance(t, a, 0, 900)

	// Domain separation: leaves hashed for another contract or another chain do not verify here.
	second := e.deploySettlement(t)
	domainLeaves := []settlement.ClaimSettlementLeaf{ctLeaf("elsewhere", a, 5_000, ctPend), ctLeaf("elsewhere-paid", b, 1, ctApprove)}
	for _, tc := range []struct {
		name string
		hash func(settlement.ClaimSettlementLeaf) [32]byte
	}{
		{"other contract", func(l settlement.ClaimSettlementLeaf) [32]byte { return e.leafHash(t, second, l) }},
		{"other chain", func(l settlement.ClaimSettlementLeaf) [32]byte {
			return merkle.Leaf{ChainID: chainID + 1, Contract: e.setAddr, ClaimKey: l.ClaimKey, Partition: int32(l.Partition),
				Offset: int64(l.Offset), ProviderKey: l.ProviderKey, Cents: l.Cents.Int64(), Outcome: l.Outcome,
				RecordDigest: l.RecordDigest}.Hash()
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			partition := uint32(2)
			if tc.name == "other chain" {
				partition = 3
			}
			foreign := e.leafBatch(t, partition, 0, domainLeaves, tc.hash)
			if native := e.leafBatch(t, partition, 0, domainLeaves, nil); native.header.MerkleRoot == foreign.header.MerkleRoot {
				t.Fatal("the foreign root equals the native one: the leaf hash ignores its domain")
			}
			e.settle(t, foreign)
			e.passWindow(t)
			ctDetail(t, e.revert(t, ctAnalyst, &e.setAddr, e.packResolve(t, foreign, 0, true), "InvalidMerkleProof"),
				"ClaimKey", foreign.leaves[0].ClaimKey)
		})
	}

	t.Run("approval beyond 2^96 cents", ctApprovalBeyondUint96)
}

// ctApprovalBeyondUint96 approves a pended claim of 2^96 + 1 cents against an escrow that
// covers it (the test token mints any amount). Every cent approved must be counted as owed;
// otherwise the escrow reports money as unallocated that a provider is owed, and the insurer
// can take it.
func ctApprovalBeyondUint96(t *testing.T) {
	e := ctStart(t, ctDefaults())
	a := ctProvider("A")
	e.register(t, a, e.addr[ctPayout])
	huge := new(big.Int).Add(new(big.Int).Lsh(big.NewInt(1), 96), big.NewInt(1))
	e.fundBig(t, new(big.Int).Add(huge, big.NewInt(1_000)))
	leaf := ctLeaf("huge", a, 0, ctPend)
	leaf.Cents = huge
	b := e.leafBatch(t, 0, 0, []settlement.ClaimSettlementLeaf{leaf}, nil)
	e.settle(t, b)
	e.passWindow(t)
	owed := e.outstandingBig(t)
	approve := e.packResolve(t, b, 0, true)
	if _, err := e.tx[ctAnalyst].estimate(e.ctx, &e.setAddr, approve); err != nil {
		// Refusing an amount the totals cannot hold is a correct answer too.
		if errors.As(err, new(*RevertError)) {
			t.Logf("approval of %s cents refused: %v", huge, err)
			return
		}
		t.Fatalf("approve: %v", err)
	}
	e.exec(t, ctAnalyst, &e.setAddr, approve)
	withdrawable := ctCall(t, e, e.setAddr, e.set.PackBalanceOf(a), e.set.UnpackBalanceOf).Withdrawable
	if withdrawable.Cmp(huge) != 0 {
		t.Fatalf("withdrawable = %s, want %s", withdrawable, huge)
	}
	grew := new(big.Int).Sub(e.outstandingBig(t), owed)
	if grew.Cmp(huge) != 0 {
		t.Errorf("CONTRACT BUG: approving %s cents grew outstanding() by %s: resolvePended adds uint96(leaf.cents) "+
			"to the totals but uint128(leaf.cents) to the provider's account", huge, grew)
	}
	free := ctCall(t, e, e.setAddr, e.set.PackUnallocatedEscrow(), e.set.UnpackUnallocatedEscrow)
	if sum := new(big.Int).Add(free, withdrawable); sum.Cmp(e.heldBig(t)) > 0 {
		t.Errorf("CONTRACT BUG: unallocatedEscrow() %s + what A is owed %s exceeds the escrow held %s: the insurer can "+
			"withdraw money owed to a provider", free, withdrawable, e.heldBig(t))
	}
	// The insurer takes back all the escrow the contract calls unallocated; A must still be
	// paid in full.
	e.exec(t, ctInsurer, &e.setAddr, e.set.PackRequestEscrowWithdrawal(free))
	e.advance(t, time.Duration(e.p.escrowDelay)*time.Second)
	e.exec(t, ctInsurer, &e.setAddr, e.set.PackExecuteEscrowWithdrawal())
	if _, err := e.tx[ctStranger].estimate(e.ctx, &e.setAddr, e.set.PackWithdraw(a)); err != nil {
		t.Errorf("CONTRACT BUG: after the insurer took the unallocated escrow, A cannot withdraw its approved claim: %v", err)
	}
}

func TestProviderPayoutDelay(t *testing.T) {
	p := ctDefaults()
	p.payoutDelay = 3_600
	e := ctStart(t, p)
	a := ctProvider("A")
	p1, p2, p3 := ctAddr("1"), ctAddr("2"), ctAddr("3")
	delay := time.Duration(p.payoutDelay) * time.Second
	pendingOf := func() providers.PendingPayoutOfOutput {
		return ctCall(t, e, e.regAddr, e.reg.PackPendingPayoutOf(a), e.reg.UnpackPendingPayoutOf)
	}
	var offset uint64
	credit := func(cents int64) {
		t.Helper()
		e.settle(t, ctPlain(0, offset, offset+10, ctCredit{a, cents}))
		offset += 10
	}

	// Registration takes effect only after the delay.
	r := e.register(t, a, p1)
	reg := ctOne(t, r, e.regAddr, e.reg.UnpackProviderRegisteredEvent)
	eff := e.headTime(t, r.BlockNumber) + uint64(p.payoutDelay)
	if reg.ProviderKey != a || reg.Payout != p1 || reg.EffectiveAt.Uint64() != eff || reg.Manager != e.addr[ctManager] {
		t.Fatalf("ProviderRegistered = %+v, want effective at %d", reg, eff)
	}
	if got := e.payoutOf(t, a); got != (common.Address{}) {
		t.Fatalf("payoutOf before the delay = %s", got)
	}
	if pp := pendingOf(); pp.Payout != p1 || pp.EffectiveAt.Uint64() != eff {
		t.Fatalf("pendingPayoutOf = %+v", pp)
	}
	e.revert(t, ctManager, &e.regAddr, e.reg.PackRegisterProvider(a, p2), "ProviderAlreadyRegistered")
	credit(1_000)
	e.passWindow(t)
	e.wantBalance(t, a, 0, 1_000)
	e.revert(t, ctStranger, &e.setAddr, e.set.PackWithdraw(a), "PayoutNotRegistered")
	e.minedRevert(t, ctStranger, &e.setAddr, e.set.PackWithdraw(a), "PayoutNotRegistered")

	e.advance(t, delay)
	if got := e.payoutOf(t, a); got != p1 {
		t.Fatalf("payoutOf after the delay = %s, want %s", got, p1)
	}
	if pp := pendingOf(); pp.Payout != (common.Address{}) || pp.EffectiveAt.Sign() != 0 {
		t.Fatalf("pendingPayoutOf after the delay = %+v, want none", pp)
	}
	e.withdraw(t, ctStranger, a, p1, 1_000)

	// A change: the old address is paid until the delay passes.
	r = e.exec(t, ctManager, &e.regAddr, e.reg.PackChangePayout(a, p2))
	ch := ctOne(t, r, e.regAddr, e.reg.UnpackPayoutChangeScheduledEvent)
	eff = e.headTime(t, r.BlockNumber) + uint64(p.payoutDelay)
	if ch.ProviderKey != a || ch.Payout != p2 || ch.Previous != p1 || ch.EffectiveAt.Uint64() != eff || ch.Manager != e.addr[ctManager] {
		t.Fatalf("PayoutChangeScheduled = %+v, want %s -> %s at %d", ch, p1, p2, eff)
	}
	credit(500)
	e.passWindow(t)
	if got := e.payoutOf(t, a); got != p1 {
		t.Fatalf("payoutOf during the change = %s, want the old %s", got, p1)
	}
	e.withdraw(t, ctStranger, a, p1, 500)
	if got := e.tokens(t, p2); got != 0 {
		t.Fatalf("new address paid %d before its time", got)
	}
	e.advance(t, delay)
	if got := e.payoutOf(t, a); got != p2 {
		t.Fatalf("payoutOf after the change = %s, want %s", got, p2)
	}
	credit(250)
	e.passWindow(t)
	e.withdraw(t, ctStranger, a, p2, 250)
	ctDetail(t, e.revert(t, ctManager, &e.regAddr, e.reg.PackChangePayout(a, p2), "PayoutUnchanged"), "Payout", p2)

	// The admin cancels a change it did not expect; the manager cannot.
	r = e.exec(t, ctManager, &e.regAddr, e.reg.PackChangePayout(a, p3))
	if ch := ctOne(t, r, e.regAddr, e.reg.UnpackPayoutChangeScheduledEvent); ch.Payout != p3 || ch.Previous != p2 {
		t.Fatalf("PayoutChangeScheduled = %+v", ch)
	}
	e.revert(t, ctManager, &e.regAddr, e.reg.PackCancelPayoutChange(a), "AccessControlUnauthorizedAccount")
	r = e.exec(t, ctAdmin, &e.regAddr, e.reg.PackCancelPayoutChange(a))
	if ev := ctOne(t, r, e.regAddr, e.reg.UnpackPayoutChangeCancelledEvent); ev.ProviderKey != a || ev.Payout != p3 {
		t.Fatalf("PayoutChangeCancelled = %+v", ev)
	}
	if pp := pendingOf(); pp.Payout != (common.Address{}) {
		t.Fatalf("pendingPayoutOf after cancel = %+v", pp)
	}
	e.revert(t, ctAdmin, &e.regAddr, e.reg.PackCancelPayoutChange(a), "NoPendingPayoutChange")
	e.advance(t, 2*delay)
	if got := e.payoutOf(t, a); got != p2 {
		t.Fatalf("payoutOf after a cancelled change = %s, want %s", got, p2)
	}
	credit(125)
	e.passWindow(t)
	e.withdraw(t, ctStranger, a, p2, 125)
	if got := e.tokens(t, p3); got != 0 {
		t.Fatalf("cancelled address paid %d", got)
	}

	// A change whose time has come cannot be cancelled.
	e.exec(t, ctManager, &e.regAddr, e.reg.PackChangePayout(a, p3))
	e.advance(t, delay)
	e.revert(t, ctAdmin, &e.regAddr, e.reg.PackCancelPayoutChange(a), "NoPendingPayoutChange")
	if got := e.payoutOf(t, a); got != p3 {
		t.Fatalf("payoutOf = %s, want %s", got, p3)
	}

	// The delay itself is the admin's.
	r = e.exec(t, ctAdmin, &e.regAddr, e.reg.PackSetPayoutDelay(big.NewInt(60)))
	if ev := ctOne(t, r, e.regAddr, e.reg.UnpackPayoutDelayChangedEvent); ev.PreviousDelay.Int64() != 3_600 || ev.NewDelay.Int64() != 60 {
		t.Fatalf("PayoutDelayChanged = %+v", ev)
	}
	bKey := ctProvider("B")
	r = e.register(t, bKey, ctAddr("B"))
	if ev := ctOne(t, r, e.regAddr, e.reg.UnpackProviderRegisteredEvent); ev.EffectiveAt.Uint64() != e.headTime(t, r.BlockNumber)+60 {
		t.Fatalf("registered under the new delay effective at %s", ev.EffectiveAt)
	}
}

// ctFundBeyondUint128 funds the escrow with more than 2^128 - 1 token units (the test token
// mints any amount): every unit that enters through fund must count as escrow.
func ctFundBeyondUint128(t *testing.T) {
	e := ctStart(t, ctDefaults())
	amount := new(big.Int).Add(new(big.Int).Lsh(big.NewInt(1), 128), big.NewInt(5))
	held, balance := e.heldBig(t), ctCall(t, e, e.tokAddr, e.tok.PackBalanceOf(e.setAddr), e.tok.UnpackBalanceOf)
	e.mine(t, e.send(t, ctAdmin, &e.tokAddr, e.tok.PackMint(e.addr[ctInsurer], amount)),
		e.send(t, ctInsurer, &e.tokAddr, e.tok.PackApprove(e.setAddr, amount)))
	if _, err := e.tx[ctInsurer].estimate(e.ctx, &e.setAddr, e.set.PackFund(amount)); err != nil {
		// Refusing an amount the escrow cannot count is a correct answer too.
		if errors.As(err, new(*RevertError)) {
			t.Logf("fund(%s) refused: %v", amount, err)
			return
		}
		t.Fatalf("fund: %v", err)
	}
	e.exec(t, ctInsurer, &e.setAddr, e.set.PackFund(amount))
	moved := new(big.Int).Sub(ctCall(t, e, e.tokAddr, e.tok.PackBalanceOf(e.setAddr), e.tok.UnpackBalanceOf), balance)
	if moved.Cmp(amount) != 0 {
		t.Fatalf("fund moved %s token units, want %s", moved, amount)
	}
	if grew := new(big.Int).Sub(e.heldBig(t), held); grew.Cmp(amount) != 0 {
		t.Errorf("CONTRACT BUG: fund(%s) took %s tokens but escrowBalance() grew by %s: fund adds uint128(amount), "+
			"and the rest is stranded in the contract (not escrow, not withdrawable)", amount, moved, grew)
	}
}

func TestEscrowWithdrawal(t *testing.T) {
	p := ctDefaults()
	p.escrow, p.escrowDelay, p.maxBatchCents = 1_000_000, 3_600, 2_000_000
	e := ctStart(t, p)
	a, b := ctProvider("A"), ctProvider("B")
	payB := ctAddr("B")
	e.register(t, a, e.addr[ctPayout])
	e.register(t, b, payB)
	// Tokens sent to the contract other than through fund are not escrow.
	const stray = 1_000
	e.exec(t, ctAdmin, &e.tokAddr, e.tok.PackMint(e.setAddr, big.NewInt(stray)))
	if held, bal := e.held(t), e.escrow(t); held != 1_000_000 || bal != 1_000_000+stray {
		t.Fatalf("escrowBalance() %d, token balance %d; want 1000000 and 1000000+%d", held, bal, stray)
	}
	e.revert(t, ctAdjudicator, &e.setAddr, e.packSettle(ctPlain(0, 0, 10, ctCredit{a, 1_000_000 + 1})), "InsufficientEscrow")
	e.settle(t, ctPlain(0, 0, 10, ctCredit{a, 300_000}, ctCredit{b, 200_000}))
	if got, free := e.outstanding(t), e.unallocated(t); got != 500_000 || free != 500_000 {
		t.Fatalf("outstanding %d, unallocated %d; want 500000 each", got, free)
	}
	delay := time.Duration(p.escrowDelay) * time.Second
	set := &e.setAddr

	e.revert(t, ctInsurer, set, e.set.PackCancelEscrowWithdrawal(), "NoEscrowWithdrawal")
	e.revert(t, ctInsurer, set, e.set.PackExecuteEscrowWithdrawal(), "NoEscrowWithdrawal")
	e.revert(t, ctInsurer, set, e.set.PackRequestEscrowWithdrawal(big.NewInt(0)), "ZeroAmount")

	// More than is unallocated: accepted as a request, refused at execution.
	r := e.exec(t, ctInsurer, set, e.set.PackRequestEscrowWithdrawal(big.NewInt(600_000)))
	req := ctOne(t, r, e.setAddr, e.set.UnpackEscrowWithdrawalRequestedEvent)
	readyAt := e.headTime(t, r.BlockNumber) + uint64(p.escrowDelay)
	if req.Insurer != e.addr[ctInsurer] || req.Amount.Int64() != 600_000 || req.ReadyAt.Uint64() != readyAt {
		t.Fatalf("EscrowWithdrawalRequested = %+v, want ready at %d", req, readyAt)
	}
	w := ctCall(t, e, e.setAddr, e.set.PackEscrowWithdrawal(), e.set.UnpackEscrowWithdrawal)
	if w.To != e.addr[ctInsurer] || w.Amount.Int64() != 600_000 || w.ReadyAt.Uint64() != readyAt || w.Delay.Int64() != p.escrowDelay {
		t.Fatalf("escrowWithdrawal() = %+v", w)
	}
	ctDetail(t, e.revert(t, ctInsurer, set, e.set.PackExecuteEscrowWithdrawal(), "EscrowWithdrawalNotReady"), "ReadyAt", readyAt)
	e.minedRevert(t, ctInsurer, set, e.set.PackExecuteEscrowWithdrawal(), "EscrowWithdrawalNotReady")
	e.advance(t, delay)
	ctDetail(t, e.revert(t, ctInsurer, set, e.set.PackExecuteEscrowWithdrawal(), "InsufficientEscrow"), "Needed", 600_000, "Available", 500_000)
	e.minedRevert(t, ctInsurer, set, e.set.PackExecuteEscrowWithdrawal(), "InsufficientEscrow")

	r = e.exec(t, ctInsurer, set, e.set.PackCancelEscrowWithdrawal())
	if ev := ctOne(t, r, e.setAddr, e.set.UnpackEscrowWithdrawalCancelledEvent); ev.By != e.addr[ctInsurer] || ev.Amount.Int64() != 600_000 {
		t.Fatalf("EscrowWithdrawalCancelled = %+v", ev)
	}
	e.revert(t, ctInsurer, set, e.set.PackExecuteEscrowWithdrawal(), "NoEscrowWithdrawal")

	// Exactly the unallocated escrow, after the delay; a pause holds it.
	e.exec(t, ctInsurer, set, e.set.PackRequestEscrowWithdrawal(big.NewInt(500_000)))
	e.advance(t, delay)
	e.exec(t, ctGuardian, set, e.set.PackPause())
	e.revert(t, ctInsurer, set, e.set.PackExecuteEscrowWithdrawal(), "EnforcedPause")
	e.exec(t, ctAdmin, set, e.set.PackUnpause())
	insurer := e.tokens(t, e.addr[ctInsurer])
	r = e.exec(t, ctInsurer, set, e.set.PackExecuteEscrowWithdrawal())
	if ev := ctOne(t, r, e.setAddr, e.set.UnpackEscrowWithdrawnEvent); ev.To != e.addr[ctInsurer] || ev.Amount.Int64() != 500_000 {
		t.Fatalf("EscrowWithdrawn = %+v", ev)
	}
	if got := e.tokens(t, e.addr[ctInsurer]) - insurer; got != 500_000 {
		t.Fatalf("insurer received %d, want 500000", got)
	}
	if esc, owed, free := e.held(t), e.outstanding(t), e.unallocated(t); esc != 500_000 || owed != 500_000 || free != 0 {
		t.Fatalf("escrow %d, outstanding %d, unallocated %d; want 500000, 500000, 0", esc, owed, free)
	}
	if got := e.escrow(t); got != 500_000+stray {
		t.Fatalf("token balance %d, want %d", got, 500_000+stray)
	}
	e.revert(t, ctInsurer, set, e.set.PackExecuteEscrowWithdrawal(), "NoEscrowWithdrawal")

	// Nothing more can leave: every remaining cent is owed.
	e.exec(t, ctInsurer, set, e.set.PackRequestEscrowWithdrawal(big.NewInt(1)))
	e.advance(t, delay)
	ctDetail(t, e.revert(t, ctInsurer, set, e.set.PackExecuteEscrowWithdrawal(), "InsufficientEscrow"), "Needed", 1, "Available", 0)
	// Nor can new credits draw on it.
	e.revert(t, ctAdjudicator, set, e.packSettle(ctPlain(0, 10, 20, ctCredit{a, 1})), "InsufficientEscrow")

	// The providers still get every credited cent.
	e.withdraw(t, ctStranger, a, e.addr[ctPayout], 300_000)
	e.withdraw(t, ctStranger, b, payB, 200_000)
	if esc, owed, bal := e.held(t), e.outstanding(t), e.escrow(t); esc != 0 || owed != 0 || bal != stray {
		t.Fatalf("escrow %d, outstanding %d, token balance %d after all withdrawals; want 0, 0, %d", esc, owed, bal, stray)
	}

	t.Run("fund beyond 2^128 units", ctFundBeyondUint128)
}

// ---------------------------------------------------------------------------------- corrected claims

func (e *ctEnv) owedBy(t *testing.T, key [32]byte) int64 {
	t.Helper()
	return ctCall(t, e, e.setAddr, e.set.PackOwedBy(key), e.set.UnpackOwedBy).Int64()
}

func (e *ctEnv) isReversed(t *testing.T, leaf [32]byte) bool {
	t.Helper()
	return ctCall(t, e, e.setAddr, e.set.PackIsReversed(leaf), e.set.UnpackIsReversed)
}

func (e *ctEnv) resolutionOf(t *testing.T, leaf [32]byte) uint8 {
	t.Helper()
	return ctCall(t, e, e.setAddr, e.set.PackResolutionOf(leaf), e.set.UnpackResolutionOf)
}

// reverse sends reverseCredits as the adjudicator and checks one CreditReversed event per
// reversal, in order, with the recovered and owed amounts want gives (two per reversal), and
// that outstanding fell by what was recovered while the escrow held did not move.
func (e *ctEnv) reverse(t *testing.T, rs []settlement.ClaimSettlementReversal, want ...int64) *types.Receipt {
	t.Helper()
	owed, held := e.outstanding(t), e.held(t)
	r := e.exec(t, ctAdjudicator, &e.setAddr, e.set.PackReverseCredits(rs))
	evs := ctEvents(t, r, e.setAddr, e.set.UnpackCreditReversedEvent)
	if len(evs) != len(rs) {
		t.Fatalf("%d CreditReversed events, want %d", len(evs), len(rs))
	}
	var recovered int64
	for i, ev := range evs {
		x := rs[i]
		if ev.Leaf != x.Leaf || ev.ProviderKey != x.ProviderKey || ev.ClaimKey != x.ClaimKey || ev.Cents.Cmp(x.Cents) != 0 || ev.Pended != x.Pended {
			t.Fatalf("CreditReversed %d = %+v, want the reversal %+v", i, ev, x)
		}
		if 2*i+1 < len(want) && (ev.Recovered.Int64() != want[2*i] || ev.Owed.Int64() != want[2*i+1]) {
			t.Fatalf("CreditReversed %d: recovered %s, owed %s; want %d, %d", i, ev.Recovered, ev.Owed, want[2*i], want[2*i+1])
		}
		if !e.isReversed(t, x.Leaf) {
			t.Fatalf("isReversed(%x) = false after its reversal", x.Leaf[:4])
		}
		recovered += ev.Recovered.Int64()
	}
	if got := e.outstanding(t); got != owed-recovered {
		t.Fatalf("outstanding %d -> %d, want -%d (what was recovered)", owed, got, recovered)
	}
	if got := e.held(t); got != held {
		t.Fatalf("escrow held moved on a reversal: %d -> %d", held, got)
	}
	t.Logf("reverseCredits of %d: %d gas", len(rs), r.GasUsed)
	return r
}

// withdrawNet has a stranger withdraw for key, whose gross withdrawable amount is gross, of
// which debt pays its debt first: the payout address receives gross - debt, outstanding falls by
// gross, the escrow by gross - debt, and a DebtRecovered event names debt.
func (e *ctEnv) withdrawNet(t *testing.T, key [32]byte, payout common.Address, gross, debt int64) *types.Receipt {
	t.Helper()
	net := gross - debt
	escrow, held, owed, free, paid, debtBefore := e.escrow(t), e.held(t), e.outstanding(t), e.unallocated(t), e.tokens(t, payout), e.owedBy(t, key)
	r := e.exec(t, ctStranger, &e.setAddr, e.set.PackWithdraw(key))
	ev := ctOne(t, r, e.setAddr, e.set.UnpackProviderWithdrewEvent)
	if ev.ProviderKey != key || ev.Payout != payout || ev.Amount.Int64() != net {
		t.Fatalf("ProviderWithdrew = %+v, want %d to %s", ev, net, payout)
	}
	recs := ctEvents(t, r, e.setAddr, e.set.UnpackDebtRecoveredEvent)
	switch {
	case debt == 0 && len(recs) != 0:
		t.Fatalf("DebtRecovered emitted without a debt: %+v", recs[0])
	case debt > 0 && (len(recs) != 1 || recs[0].ProviderKey != key || recs[0].Amount.Int64() != debt):
		t.Fatalf("DebtRecovered events %+v, want one of %d", recs, debt)
	}
	if got := e.tokens(t, payout) - paid; got != net {
		t.Fatalf("payout received %d, want %d", got, net)
	}
	if got := e.escrow(t); got != escrow-net {
		t.Fatalf("token balance %d -> %d, want -%d", escrow, got, net)
	}
	if got := e.held(t); got != held-net {
		t.Fatalf("escrow held %d -> %d, want -%d", held, got, net)
	}
	if got := e.outstanding(t); got != owed-gross {
		t.Fatalf("outstanding %d -> %d, want -%d", owed, got, gross)
	}
	if got := e.unallocated(t); got != free+debt {
		t.Fatalf("unallocated %d -> %d, want +%d (the debt paid)", free, got, debt)
	}
	if got := e.owedBy(t, key); got != debtBefore-debt {
		t.Fatalf("owedBy %d -> %d, want -%d", debtBefore, got, debt)
	}
	t.Logf("withdraw of %d gross, %d debt: %d gas", gross, debt, r.GasUsed)
	return r
}

func TestCorrectedClaims(t *testing.T) {
	a, b := ctProvider("A"), ctProvider("B")
	payA, payB := ctAddr("A"), ctAddr("B")
	start := func(t *testing.T) *ctEnv {
		e := ctStart(t, ctDefaults())
		e.register(t, a, payA)
		e.register(t, b, payB)
		return e
	}
	one := func(leaf, key [32]byte, cents int64, pended bool) []settlement.ClaimSettlementReversal {
		return []settlement.ClaimSettlementReversal{ctReversal(leaf, key, cents, pended)}
	}

	t.Run("roles and refusals", func(t *testing.T) {
		e := start(t)
		batch := e.leafBatch(t, 0, 0, []settlement.ClaimSettlementLeaf{ctLeaf("paid", a, 1_000, ctApprove)}, nil)
		e.settle(t, batch)
		leaf := e.leafHash(t, e.setAddr, batch.leaves[0])
		data := e.set.PackReverseCredits(one(leaf, a, 1_000, false))
		for _, who := range []int{ctAdmin, ctInsurer, ctAnalyst, ctGuardian, ctStranger} {
			ctDetail(t, e.revert(t, who, &e.setAddr, data, "AccessControlUnauthorizedAccount"),
				"Account", e.addr[who], "NeededRole", ctRole("ADJUDICATOR_ROLE"))
		}
		e.minedRevert(t, ctStranger, &e.setAddr, data, "AccessControlUnauthorizedAccount")
		e.exec(t, ctGuardian, &e.setAddr, e.set.PackPause())
		e.revert(t, ctAdjudicator, &e.setAddr, data, "EnforcedPause")
		e.exec(t, ctAdmin, &e.setAddr, e.set.PackUnpause())

		ctDetail(t, e.revert(t, ctAdjudicator, &e.setAddr, e.set.PackReverseCredits(one([32]byte{}, a, 1, false)), "ZeroReversalLeaf"), "Index", 0)
		ctDetail(t, e.revert(t, ctAdjudicator, &e.setAddr, e.set.PackReverseCredits(one(leaf, [32]byte{}, 1, false)), "ZeroReversalKey"), "Index", 0)
		huge := one(leaf, a, 0, false)
		huge[0].Cents = new(big.Int).Lsh(big.NewInt(1), 96)
		ctDetail(t, e.revert(t, ctAdjudicator, &e.setAddr, e.set.PackReverseCredits(huge), "ReversalTooLarge"), "Index", 0, "Cents", huge[0].Cents)
		huge[0].Cents.Sub(huge[0].Cents, big.NewInt(1)) // 2^96 - 1 is the largest a reversal takes
		if _, err := e.tx[ctAdjudicator].estimate(e.ctx, &e.setAddr, e.set.PackReverseCredits(huge)); err != nil {
			t.Fatalf("reversal of 2^96 - 1 cents: %v", err)
		}
		// A leaf twice in one call is refused whole.
		twice := append(one(leaf, a, 1_000, false), one(leaf, a, 1_000, false)...)
		ctDetail(t, e.revert(t, ctAdjudicator, &e.setAddr, e.set.PackReverseCredits(twice), "AlreadyReversed"), "Leaf", leaf)
		if e.isReversed(t, leaf) {
			t.Fatal("a refused call marked its leaf reversed")
		}
		e.reverse(t, one(leaf, a, 1_000, false), 0, 1_000)
		ctDetail(t, e.revert(t, ctAdjudicator, &e.setAddr, data, "AlreadyReversed"), "Leaf", leaf)
		e.minedRevert(t, ctAdjudicator, &e.setAddr, data, "AlreadyReversed")
		// With another provider key or amount it is the same leaf: still refused.
		e.revert(t, ctAdjudicator, &e.setAddr, e.set.PackReverseCredits(one(leaf, b, 5, false)), "AlreadyReversed")
		if got := e.owedBy(t, a); got != 1_000 {
			t.Fatalf("owedBy(A) = %d after one reversal of 1000, want 1000", got)
		}
	})

	t.Run("matured credit", func(t *testing.T) {
		e := start(t)
		batch := e.leafBatch(t, 0, 0, []settlement.ClaimSettlementLeaf{ctLeaf("paid", a, 1_000, ctApprove), ctLeaf("paidB", b, 50, ctApprove)}, nil)
		e.settle(t, batch)
		e.passWindow(t)
		e.wantBalance(t, a, 0, 1_000)
		free := e.unallocated(t)
		// The matured bucket moves to the withdrawable balance first, then 400 leave it.
		r := e.reverse(t, one(e.leafHash(t, e.setAddr, batch.leaves[0]), a, 400, false), 400, 0)
		if ev := ctOne(t, r, e.setAddr, e.set.UnpackCreditReversedEvent); ev.Voided {
			t.Fatalf("a credited original reported voided: %+v", ev)
		}
		e.wantBalance(t, a, 0, 600)
		if got := e.unallocated(t); got != free+400 {
			t.Fatalf("unallocated %d -> %d, want +400", free, got)
		}
		if got := e.owedBy(t, a); got != 0 {
			t.Fatalf("owedBy(A) = %d, want 0", got)
		}
		e.wantBalance(t, b, 0, 50)
		e.withdrawNet(t, a, payA, 600, 0)
		e.withdrawNet(t, b, payB, 50, 0)
		if e.outstanding(t) != 0 || e.unallocated(t) != e.held(t) {
			t.Fatalf("outstanding %d, unallocated %d, held %d after all withdrawals", e.outstanding(t), e.unallocated(t), e.held(t))
		}
	})

	t.Run("in-window credit becomes debt", func(t *testing.T) {
		e := start(t)
		batch := e.leafBatch(t, 0, 0, []settlement.ClaimSettlementLeaf{ctLeaf("paid", a, 1_000, ctApprove)}, nil)
		e.settle(t, batch)
		owed, free := e.outstanding(t), e.unallocated(t)
		e.reverse(t, one(e.leafHash(t, e.setAddr, batch.leaves[0]), a, 400, false), 0, 400)
		if got := e.owedBy(t, a); got != 400 {
			t.Fatalf("owedBy(A) = %d, want 400", got)
		}
		// The credit stays in its bucket (the escrow still owes it until it is withdrawn); the
		// balance reports it net of the debt.
		e.wantBalance(t, a, 600, 0)
		if e.outstanding(t) != owed || e.unallocated(t) != free {
			t.Fatalf("outstanding/unallocated moved on a debt: %d/%d -> %d/%d", owed, free, e.outstanding(t), e.unallocated(t))
		}
		e.passWindow(t)
		e.wantBalance(t, a, 0, 600)
		e.withdrawNet(t, a, payA, 1_000, 400)
		e.revert(t, ctStranger, &e.setAddr, e.set.PackWithdraw(a), "NothingToWithdraw")
	})

	t.Run("debt larger than the next credits carries over", func(t *testing.T) {
		e := start(t)
		offset := uint64(0)
		credit := func(cents int64) *ctBatch {
			t.Helper()
			bt := e.leafBatch(t, 0, offset, []settlement.ClaimSettlementLeaf{ctLeaf(fmt.Sprint("c", offset), a, cents, ctApprove)}, nil)
			e.settle(t, bt)
			offset++
			return bt
		}
		first := credit(1_000)
		e.passWindow(t)
		e.withdrawNet(t, a, payA, 1_000, 0)
		// Withdrawn already: all of it becomes debt.
		e.reverse(t, one(e.leafHash(t, e.setAddr, first.leaves[0]), a, 1_000, false), 0, 1_000)
		e.wantBalance(t, a, 0, 0)
		ctDetail(t, e.revert(t, ctStranger, &e.setAddr, e.set.PackWithdraw(a), "NothingToWithdraw"), "ProviderKey", a)
		credit(300)
		e.wantBalance(t, a, 0, 0) // 300 pending, all of it owed
		e.passWindow(t)
		e.withdrawNet(t, a, payA, 300, 300) // pays nothing, succeeds
		if got := e.owedBy(t, a); got != 700 {
			t.Fatalf("owedBy(A) = %d, want 700", got)
		}
		credit(500)
		e.passWindow(t)
		e.withdrawNet(t, a, payA, 500, 500)
		credit(900)
		e.wantBalance(t, a, 700, 0)
		e.passWindow(t)
		e.wantBalance(t, a, 0, 700)
		e.withdrawNet(t, a, payA, 900, 200)
		if got := e.owedBy(t, a); got != 0 {
			t.Fatalf("owedBy(A) = %d, want 0", got)
		}
		credit(100)
		e.passWindow(t)
		e.withdrawNet(t, a, payA, 100, 0)
	})

	t.Run("freeze after a reversal made a debt", func(t *testing.T) {
		e := start(t)
		batch := e.leafBatch(t, 0, 0, []settlement.ClaimSettlementLeaf{ctLeaf("paid", a, 1_000, ctApprove), ctLeaf("paidB", b, 500, ctApprove)}, nil)
		e.settle(t, batch)
		e.reverse(t, one(e.leafHash(t, e.setAddr, batch.leaves[0]), a, 1_000, false), 0, 1_000)
		owed := e.outstanding(t)
		r := e.exec(t, ctGuardian, &e.setAddr, e.packFreeze(batch))
		if ev := ctOne(t, r, e.setAddr, e.set.UnpackBatchFrozenEvent); ev.TotalFrozen.Int64() != 1_500 {
			t.Fatalf("BatchFrozen total %s, want 1500", ev.TotalFrozen)
		}
		if got := e.outstanding(t); got != owed-1_500 {
			t.Fatalf("outstanding %d -> %d, want -1500", owed, got)
		}
		e.passWindow(t)
		e.wantBalance(t, a, 0, 0)
		e.wantBalance(t, b, 0, 0)
		// The debt stands (see the contract's header): the admin's release pays it first.
		if got := e.owedBy(t, a); got != 1_000 {
			t.Fatalf("owedBy(A) = %d after the freeze, want 1000", got)
		}
		e.exec(t, ctAdmin, &e.setAddr, e.packRelease(batch))
		e.wantBalance(t, a, 0, 0)
		e.withdrawNet(t, a, payA, 1_000, 1_000)
		e.withdrawNet(t, b, payB, 500, 0)
	})

	t.Run("pended originals", func(t *testing.T) {
		e := start(t)
		const (
			open = iota
			approved
			denied
			openB // reversed as if credited: still never resolvable
		)
		batch := e.leafBatch(t, 0, 0, []settlement.ClaimSettlementLeaf{
			ctLeaf("open", a, 700, ctPend), ctLeaf("approved", a, 300, ctPend), ctLeaf("denied", a, 200, ctPend),
			ctLeaf("openB", b, 90, ctPend),
		}, nil)
		e.settle(t, batch)
		e.passWindow(t)
		h := func(i int) [32]byte { return e.leafHash(t, e.setAddr, batch.leaves[i]) }
		e.exec(t, ctAnalyst, &e.setAddr, e.packResolve(t, batch, approved, true))
		e.exec(t, ctAnalyst, &e.setAddr, e.packResolve(t, batch, denied, false))
		e.wantBalance(t, a, 0, 300)
		for i, want := range []uint8{0, 1, 2, 0} {
			if got := e.resolutionOf(t, h(i)); got != want {
				t.Fatalf("resolutionOf(leaf %d) = %d, want %d", i, got, want)
			}
		}
		rs := []settlement.ClaimSettlementReversal{
			ctReversal(h(open), a, 700, true), ctReversal(h(approved), a, 300, true), ctReversal(h(denied), a, 200, true),
		}
		r := e.reverse(t, rs, 0, 0, 300, 0, 0, 0)
		for i, ev := range ctEvents(t, r, e.setAddr, e.set.UnpackCreditReversedEvent) {
			if ev.Voided != (i == open) {
				t.Fatalf("CreditReversed %d voided = %v", i, ev.Voided)
			}
		}
		e.wantBalance(t, a, 0, 0)
		if got := e.owedBy(t, a); got != 0 {
			t.Fatalf("owedBy(A) = %d, want 0", got)
		}
		for i, want := range []uint8{3, 1, 2} {
			if got := e.resolutionOf(t, h(i)); got != want {
				t.Fatalf("resolutionOf(leaf %d) after the reversal = %d, want %d", i, got, want)
			}
		}
		for _, approve := range []bool{true, false} {
			ctDetail(t, e.revert(t, ctAnalyst, &e.setAddr, e.packResolve(t, batch, open, approve), "ClaimVoided"), "ClaimKey", batch.leaves[open].ClaimKey)
		}
		e.minedRevert(t, ctAnalyst, &e.setAddr, e.packResolve(t, batch, open, true), "ClaimVoided")
		ctDetail(t, e.revert(t, ctAnalyst, &e.setAddr, e.packResolve(t, batch, approved, false), "ClaimAlreadyResolved"), "Resolution", 1)
		// A pended leaf reversed as if it had been credited owes what it says, and still never
		// resolves.
		e.reverse(t, one(h(openB), b, 90, false), 0, 90)
		if got := e.resolutionOf(t, h(openB)); got != 0 {
			t.Fatalf("resolutionOf(openB) = %d, want 0", got)
		}
		e.revert(t, ctAnalyst, &e.setAddr, e.packResolve(t, batch, openB, true), "ClaimVoided")
	})

	t.Run("some lines approved", func(t *testing.T) {
		e := start(t)
		batch := e.leafBatch(t, 0, 0, []settlement.ClaimSettlementLeaf{ctLeaf("lines", a, 500, ctPend), ctLeaf("paid", b, 10, ctApprove)}, nil)
		e.settle(t, batch)
		e.passWindow(t)
		// Approving lines worth 120 of the 500 held credits 120; a reversal takes back what
		// the approval credited, not what the leaf held.
		r := e.exec(t, ctAnalyst, &e.setAddr, e.packResolveCents(t, batch, 0, true, 120))
		if ev := ctOne(t, r, e.setAddr, e.set.UnpackClaimResolvedEvent); !ev.Approved || ev.Amount.Int64() != 120 {
			t.Fatalf("ClaimResolved = %+v, want approved crediting 120", ev)
		}
		e.wantBalance(t, a, 0, 120)
		if got := e.resolutionOf(t, e.leafHash(t, e.setAddr, batch.leaves[0])); got != 1 {
			t.Fatalf("resolutionOf = %d, want Approved (1)", got)
		}
		e.reverse(t, one(e.leafHash(t, e.setAddr, batch.leaves[0]), a, 500, true), 120, 0)
		e.wantBalance(t, a, 0, 0)
		if got := e.owedBy(t, a); got != 0 {
			t.Fatalf("owedBy(A) = %d after reversing a 120-cent approval, want 0", got)
		}
	})

	t.Run("replacement keeps the claim key", func(t *testing.T) {
		e := start(t)
		// The original, pended and approved; the replacement, the same claim key, pended in a
		// later batch at another offset: another leaf.
		orig := e.leafBatch(t, 0, 0, []settlement.ClaimSettlementLeaf{ctLeaf("claim-7", a, 500, ctPend)}, nil)
		e.settle(t, orig)
		e.passWindow(t)
		e.exec(t, ctAnalyst, &e.setAddr, e.packResolve(t, orig, 0, true))
		replacement := ctLeaf("claim-7", a, 650, ctPend)
		repl := e.leafBatch(t, 0, 1, []settlement.ClaimSettlementLeaf{replacement}, nil)
		if repl.leaves[0].ClaimKey != orig.leaves[0].ClaimKey {
			t.Fatal("the replacement must keep the claim key")
		}
		origLeaf, replLeaf := e.leafHash(t, e.setAddr, orig.leaves[0]), e.leafHash(t, e.setAddr, repl.leaves[0])
		// The engine sends the reversal of the original before the batch with the replacement.
		e.reverse(t, []settlement.ClaimSettlementReversal{{Leaf: origLeaf, ProviderKey: a, ClaimKey: orig.leaves[0].ClaimKey,
			Cents: big.NewInt(500), Pended: true}}, 500, 0)
		e.settle(t, repl)
		e.passWindow(t)
		if got := e.resolutionOf(t, replLeaf); got != 0 {
			t.Fatalf("resolutionOf(replacement) = %d, want Open: the original's resolution leaked to the claim key", got)
		}
		r := e.exec(t, ctAnalyst, &e.setAddr, e.packResolve(t, repl, 0, true))
		if ev := ctOne(t, r, e.setAddr, e.set.UnpackClaimResolvedEvent); !ev.Approved || ev.Amount.Int64() != 650 || ev.ClaimKey != orig.leaves[0].ClaimKey {
			t.Fatalf("ClaimResolved = %+v", ev)
		}
		if o, n := e.resolutionOf(t, origLeaf), e.resolutionOf(t, replLeaf); o != 1 || n != 1 {
			t.Fatalf("resolutionOf original %d, replacement %d; want 1, 1", o, n)
		}
		e.withdrawNet(t, a, payA, 650, 0)
	})
}

// autoCommit mines a block every few milliseconds until stopped, for the Go wrappers, which
// wait for their receipts. Nothing may call advance meanwhile.
func (e *ctEnv) autoCommit(t *testing.T) (stop func()) {
	t.Helper()
	done, stopped := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(stopped)
		for {
			select {
			case <-done:
				return
			case <-time.After(5 * time.Millisecond):
				e.chain.Commit()
			}
		}
	}()
	var once sync.Once
	stop = func() { once.Do(func() { close(done); <-stopped }) }
	t.Cleanup(stop)
	return stop
}

// ctAdjBatch is b as the engine hands it to Settlement.Settle.
func ctAdjBatch(b *ctBatch, reversals ...adjudicator.Reversal) adjudicator.Batch {
	h := b.header
	out := adjudicator.Batch{Partition: int32(h.Partition), From: int64(h.FromOffset), To: int64(h.ToOffset), Root: h.MerkleRoot,
		PolicyHash: h.PolicyHash, Claims: h.ClaimCount, Reversals: reversals}
	for i, k := range b.keys {
		out.Credits = append(out.Credits, adjudicator.Credit{Provider: k, Cents: b.amounts[i].Int64()})
	}
	for _, p := range b.pended {
		out.Pended = append(out.Pended, p)
	}
	return out
}

// TestSettleReversalsIdempotent drives Settlement.Settle with corrected claims' reversals the way
// the engine does, including its crash and restart between the reversal and the batch: no
// reversal is ever sent twice, and nothing fails for it.
func TestSettleReversalsIdempotent(t *testing.T) {
	e := ctStart(t, ctDefaults())
	a, b := ctProvider("A"), ctProvider("B")
	e.register(t, a, ctAddr("A"))
	e.register(t, b, ctAddr("B"))
	s, err := NewSettlement(e.backend, e.setAddr, e.tx[ctAdjudicator])
	if err != nil {
		t.Fatal(err)
	}
	ctx := e.ctx
	stop := e.autoCommit(t)

	originals := e.leafBatch(t, 0, 0, []settlement.ClaimSettlementLeaf{
		ctLeaf("paid", a, 1_000, ctApprove), ctLeaf("paidB", b, 400, ctApprove), ctLeaf("held", a, 700, ctPend),
	}, nil)
	if _, err := s.Settle(ctx, ctAdjBatch(originals)); err != nil {
		t.Fatal(err)
	}
	rev := func(i int) adjudicator.Reversal {
		l := originals.leaves[i]
		return adjudicator.Reversal{Leaf: e.leafHash(t, e.setAddr, l), Provider: l.ProviderKey, ClaimKey: l.ClaimKey,
			Cents: l.Cents.Int64(), Pended: l.Outcome == ctPend}
	}
	reversed := func() []ReversalEvent {
		t.Helper()
		l, err := s.Ledger(ctx, 0)
		if err != nil {
			t.Fatal(err)
		}
		return l.Reversals
	}

	// Batch 2 voids "paid" and "held": the reversals go first, then the batch.
	voids := []adjudicator.Reversal{rev(0), rev(2)}
	if _, err := s.Settle(ctx, ctAdjBatch(ctPlain(0, 3, 5, ctCredit{b, 50}), voids...)); err != nil {
		t.Fatalf("settle with reversals: %v", err)
	}
	for _, r := range voids {
		if done, err := s.IsReversed(ctx, r.Leaf); err != nil || !done {
			t.Fatalf("IsReversed(%x) = %v, %v", r.Leaf[:4], done, err)
		}
	}
	if owed, err := s.OwedBy(ctx, a); err != nil || owed != 1_000 {
		t.Fatalf("OwedBy(A) = %d, %v; want 1000 (the credit was still in its window)", owed, err)
	}
	if res, err := s.ResolutionOf(ctx, voids[1].Leaf); err != nil || res != ResolutionVoided || res.String() != "voided" {
		t.Fatalf("ResolutionOf(held) = %v, %v; want voided", res, err)
	}
	if bal, err := s.BalanceOf(ctx, a); err != nil || bal.Owed != 1_000 || bal.Pending != 0 || bal.Withdrawable != 0 {
		t.Fatalf("BalanceOf(A) = %+v, %v; want 1000 owed, nothing pending or withdrawable", bal, err)
	}
	if n := len(reversed()); n != 2 {
		t.Fatalf("%d CreditReversed events, want 2", n)
	}

	// The same reversals again (a restart that re-decides batch 2 before it learns it settled):
	// nothing is sent, and the batch is a conflict as before.
	if rcpts, err := s.ReverseCredits(ctx, voids); err != nil || len(rcpts) != 0 {
		t.Fatalf("ReverseCredits again = %d receipts, %v; want none, no error", len(rcpts), err)
	}
	_, err = s.Settle(ctx, ctAdjBatch(ctPlain(0, 3, 5, ctCredit{b, 50}), voids...))
	if !errors.Is(err, adjudicator.ErrBatchConflict) {
		t.Fatalf("settling batch 2 again: %v, want ErrBatchConflict", err)
	}

	// Batch 3 also replaces "paidB". The process dies after its reversal and before
	// settleBatch; the next life settles batch 3 with the same reversals.
	batch3 := append(slices.Clone(voids), rev(1))
	if rcpts, err := s.ReverseCredits(ctx, batch3); err != nil || len(rcpts) != 1 {
		t.Fatalf("ReverseCredits of batch 3 = %d receipts, %v; want 1 (only the new one)", len(rcpts), err)
	}
	if n := len(reversed()); n != 3 {
		t.Fatalf("%d CreditReversed events, want 3", n)
	}
	next, _ := s.NextOffset(ctx, 0)
	if _, err := s.Settle(ctx, ctAdjBatch(ctPlain(0, uint64(next), uint64(next)+2, ctCredit{a, 10}), batch3...)); err != nil {
		t.Fatalf("settle batch 3 after the crash: %v", err)
	}
	if n := len(reversed()); n != 3 {
		t.Fatalf("%d CreditReversed events after the retry, want still 3", n)
	}
	if owed, _ := s.OwedBy(ctx, b); owed != 400 {
		t.Fatalf("OwedBy(B) = %d, want 400", owed)
	}

	// An earlier life's reversal still in the pool when the next one reads: the next one's
	// transaction reverts with AlreadyReversed when mined, and it reads again and sends the rest.
	stop()
	late := adjudicator.Reversal{Leaf: crypto.Keccak256Hash([]byte("late")), Provider: a, ClaimKey: ctClaim("late"), Cents: 5}
	fresh := adjudicator.Reversal{Leaf: crypto.Keccak256Hash([]byte("fresh")), Provider: b, ClaimKey: ctClaim("fresh"), Cents: 6}
	pooled := e.send(t, ctAdjudicator, &e.setAddr, e.set.PackReverseCredits([]settlement.ClaimSettlementReversal{
		{Leaf: late.Leaf, ProviderKey: late.Provider, ClaimKey: late.ClaimKey, Cents: big.NewInt(late.Cents)}}))
	type result struct {
		rcpts []adjudicator.Receipt
		err   error
	}
	done := make(chan result, 1)
	go func() {
		r, err := s.ReverseCredits(ctx, []adjudicator.Reversal{late, fresh})
		done <- result{r, err}
	}()
	e.waitPool(t, ctSent{ctAdjudicator, types.NewTx(&types.LegacyTx{Nonce: pooled.tx.Nonce() + 1})})
	stop = e.autoCommit(t)
	res := <-done
	if res.err != nil || len(res.rcpts) != 1 {
		t.Fatalf("ReverseCredits racing a pooled reversal = %d receipts, %v; want 1, no error", len(res.rcpts), res.err)
	}
	evs := reversed()
	if n := len(evs); n != 5 {
		t.Fatalf("%d CreditReversed events, want 5", n)
	}

	// A repeated reversal in one list is sent once; two that disagree, or a bad one, never.
	twice := adjudicator.Reversal{Leaf: crypto.Keccak256Hash([]byte("twice")), Provider: a, ClaimKey: ctClaim("twice"), Cents: 1}
	if rcpts, err := s.ReverseCredits(ctx, []adjudicator.Reversal{twice, twice}); err != nil || len(rcpts) != 1 {
		t.Fatalf("ReverseCredits of a repeat = %d receipts, %v", len(rcpts), err)
	}
	other := twice
	other.Leaf, other.Cents = crypto.Keccak256Hash([]byte("disagree")), 2
	disagree := other
	disagree.Cents = 3
	for _, bad := range [][]adjudicator.Reversal{{other, disagree}, {{Provider: a}}, {{Leaf: other.Leaf}}, {{Leaf: other.Leaf, Provider: a, Cents: -1}}} {
		if _, err := s.ReverseCredits(ctx, bad); err == nil {
			t.Fatalf("ReverseCredits(%+v) succeeded", bad)
		}
	}
	if n := len(reversed()); n != 6 {
		t.Fatalf("%d CreditReversed events, want 6", n)
	}

	// The ledger sums what the corrections took per provider.
	l, err := s.Ledger(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	c := l.Corrections()
	ca, cb := c[a], c[b]
	if ca.Reversals != 4 || ca.Voided != 1 || ca.Reversed != 1_000+700+5+1 || ca.Recovered != 0 || ca.Owed != 1_000+5+1 || ca.OwedNow() != 1_006 {
		t.Fatalf("Corrections(A) = %+v", ca)
	}
	if cb.Reversals != 2 || cb.Reversed != 406 || cb.TakenBack() != 406 || cb.OwedNow() != 406 {
		t.Fatalf("Corrections(B) = %+v", cb)
	}
	for p, want := range map[adjudicator.Hash]int64{a: ca.OwedNow(), b: cb.OwedNow()} {
		if got, _ := s.OwedBy(ctx, p); got != want {
			t.Fatalf("OwedBy(%x) = %d, the ledger sums %d", p[:4], got, want)
		}
	}

	// A's next withdrawal pays its debt first: 1000 + 10 matured, 1006 owed, 4 paid out.
	stop()
	e.passWindow(t)
	e.autoCommit(t)
	w, err := s.Withdraw(ctx, a)
	if err != nil || w.Cents != 4 {
		t.Fatalf("Withdraw(A) = %+v, %v; want 4 cents paid", w, err)
	}
	if l, err = s.Ledger(ctx, 0); err != nil {
		t.Fatal(err)
	}
	if ca := l.Corrections()[a]; ca.DebtRecovered != 1_006 || ca.OwedNow() != 0 || len(l.DebtRecoveries) != 1 {
		t.Fatalf("Corrections(A) after the withdrawal = %+v (%d DebtRecovered events)", ca, len(l.DebtRecoveries))
	}
}
