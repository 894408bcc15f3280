package chain

import (
	"context"
	"errors"
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/bindings/coverage"
)

// DefaultCoverageGasBudget is the most gas one setCoverageBatch may be estimated at before its
// members are split over two transactions: about three quarters of MaxTxGas, so that the
// estimate plus the Transactor's 20% margin (14.4M) still fits the cap, and state that changes
// between estimate and inclusion has room.
const DefaultCoverageGasBudget = 12_000_000

// CoverageSlotGas is what setCoverageBatch costs per storage slot it creates: each span is one
// slot and each member's array length another. Measured on the dev chain (EIP-8037 state
// pricing): 10 new members with 31 spans, 41 slots, took 4,618,081 gas, ~112.6k a slot with
// calldata and events included. Overwriting a slot costs far less, so chunks planned with it
// are never too large, only smaller than they could be when members are updated.
const CoverageSlotGas = 113_000

// MemberCoverage is one member's complete coverage: writing it replaces every span the member
// had; no spans clears the member.
type MemberCoverage struct {
	Member adjudicator.Hash
	Spans  []adjudicator.Span
}

// CoverageWriteOptions tune WriteCoverage and PlanCoverage. The zero value takes the defaults.
type CoverageWriteOptions struct {
	// GasBudget is the highest estimate one transaction may have: a chunk of members estimated
	// above it, or refused by the node as over the cap, is split in two. Default
	// DefaultCoverageGasBudget.
	GasBudget uint64
	// SlotGas is the assumed cost of a slot when members are first grouped into chunks (the
	// estimate then has the last word). Default CoverageSlotGas.
	SlotGas uint64
	// InFlight is how many transactions are sent before the oldest is awaited. Default 8:
	// several land in one block, and a node's per-account pool limit (16 in geth) is never hit.
	InFlight int
	// Progress, when set, is called after each transaction is mined.
	Progress func(CoverageTx)
}

func (o CoverageWriteOptions) withDefaults() CoverageWriteOptions {
	if o.GasBudget == 0 {
		o.GasBudget = DefaultCoverageGasBudget
	}
	o.GasBudget = min(o.GasBudget, MaxTxGas)
	if o.SlotGas == 0 {
		o.SlotGas = CoverageSlotGas
	}
	if o.InFlight <= 0 {
		o.InFlight = 8
	}
	return o
}

// CoverageTx is one mined setCoverageBatch.
type CoverageTx struct {
	Receipt adjudicator.Receipt
	Members int
	Spans   int
	// Estimate is the node's gas estimate it was sent on (the limit adds the margin).
	Estimate uint64
}

// PlanCoverage groups members, in order, into the chunks WriteCoverage starts from: as many
// members per chunk as fit the gas budget at SlotGas per slot, at least one.
func PlanCoverage(members []MemberCoverage, o CoverageWriteOptions) [][]MemberCoverage {
	o = o.withDefaults()
	budget := max(int(o.GasBudget/o.SlotGas), 1)
	var chunks [][]MemberCoverage
	start, slots := 0, 0
	for i, m := range members {
		s := len(m.Spans) + 1
		if i > start && slots+s > budget {
			chunks = append(chunks, members[start:i:i])
			start, slots = i, 0
		}
		slots += s
	}
	if start < len(members) {
		chunks = append(chunks, members[start:])
	}
	return chunks
}

// WriteCoverage replaces the coverage of every member with setCoverageBatch transactions, in
// order, each estimated before it is sent: a chunk estimated above the gas budget, or refused
// by the node as over the per-transaction cap, is split in half until it fits. A member whose
// spans alone exceed the cap cannot be written (the contract replaces a member's spans in one
// call) and fails with ErrExceedsGasCap.
//
// Up to InFlight transactions are pending at once. On error it returns what was mined before,
// after waiting for what was already sent, so the caller can say what is on chain.
func (r *Registry) WriteCoverage(ctx context.Context, members []MemberCoverage, o CoverageWriteOptions) ([]CoverageTx, error) {
	if r.tx == nil {
		return nil, errReadOnly
	}
	o = o.withDefaults()
	type sent struct {
		tx       *types.Transaction
		members  int
		spans    int
		estimate uint64
	}
	var (
		inflight []sent
		mined    []CoverageTx
	)
	awaitOldest := func() error {
		s := inflight[0]
		inflight = inflight[1:]
		rcpt, err := r.tx.wait(ctx, s.tx)
		if err != nil {
			return fmt.Errorf("coverage batch of %d members (tx %s): %w", s.members, s.tx.Hash(), err)
		}
		c := CoverageTx{Receipt: receiptOf(rcpt), Members: s.members, Spans: s.spans, Estimate: s.estimate}
		mined = append(mined, c)
		if o.Progress != nil {
			o.Progress(c)
		}
		return nil
	}
	// fail waits for what is in flight, so that mined says everything the chain took.
	fail := func(err error) ([]CoverageTx, error) {
		errs := []error{err}
		for len(inflight) > 0 {
			if werr := awaitOldest(); werr != nil {
				errs = append(errs, werr)
			}
		}
		return mined, errors.Join(errs...)
	}

	queue := PlanCoverage(members, o)
	for len(queue) > 0 {
		chunk := queue[0]
		queue = queue[1:]
		data, spans, err := r.packBatch(chunk)
		if err != nil {
			return fail(err)
		}
		est, err := r.tx.estimateRaw(ctx, &r.address, data)
		if errors.Is(err, ErrExceedsGasCap) || (err == nil && est > o.GasBudget) {
			if len(chunk) > 1 {
				r.logger.Debug("coverage chunk over the gas budget; splitting it", "members", len(chunk), "spans", spans, "estimate", est, "budget", o.GasBudget)
				half := len(chunk) / 2
				queue = append([][]MemberCoverage{chunk[:half:half], chunk[half:]}, queue...)
				continue
			}
			if err != nil {
				return fail(fmt.Errorf("member %x: its %d spans need more gas than one transaction may use (%d), and a member's spans are replaced in one call: %w",
					chunk[0].Member, spans, uint64(MaxTxGas), err))
			}
			// One member over the budget but under the cap: it fits, and cannot be split.
		}
		if err != nil {
			return fail(fmt.Errorf("coverage batch of %d members: %w", len(chunk), err))
		}
		tx, err := r.tx.sendWithGas(ctx, &r.address, data, r.tx.gasLimitFor(est))
		if err != nil {
			return fail(fmt.Errorf("send coverage batch of %d members: %w", len(chunk), err))
		}
		inflight = append(inflight, sent{tx: tx, members: len(chunk), spans: spans, estimate: est})
		if len(inflight) >= o.InFlight {
			if err := awaitOldest(); err != nil {
				return fail(err)
			}
		}
	}
	for len(inflight) > 0 {
		if err := awaitOldest(); err != nil {
			return fail(err)
		}
	}
	return mined, nil
}

// packBatch encodes one setCoverageBatch call and counts its spans.
func (r *Registry) packBatch(chunk []MemberCoverage) ([]byte, int, error) {
	keys := make([][32]byte, len(chunk))
	lists := make([][]coverage.CoverageRegistrySpan, len(chunk))
	spans := 0
	for i, m := range chunk {
		enc, err := encodeSpans(m.Spans)
		if err != nil {
			return nil, 0, fmt.Errorf("set coverage of member %x: %w", m.Member, err)
		}
		keys[i], lists[i] = m.Member, enc
		spans += len(enc)
	}
	data, err := r.contract.TryPackSetCoverageBatch(keys, lists)
	if err != nil {
		return nil, 0, fmt.Errorf("pack coverage batch: %w", err)
	}
	return data, spans, nil
}

// IsInsurer reports whether account holds INSURER_ROLE, the role that changes coverage.
func (r *Registry) IsInsurer(ctx context.Context, account common.Address) (bool, error) {
	opts := &bind.CallOpts{Context: ctx}
	role, err := bind.Call(r.instance, opts, r.contract.PackINSURERROLE(), r.contract.UnpackINSURERROLE)
	if err != nil {
		return false, fmt.Errorf("read INSURER_ROLE of CoverageRegistry %s: %w", r.address, err)
	}
	ok, err := bind.Call(r.instance, opts, r.contract.PackHasRole(role, account), r.contract.UnpackHasRole)
	if err != nil {
		return false, fmt.Errorf("read whether %s holds INSURER_ROLE: %w", account, err)
	}
	return ok, nil
}

// Span fields, as SpanProblem names them.
const (
	SpanPlan  = "plan"
	SpanStart = "start"
	SpanEnd   = "end"
)

// SpanProblem says why the registry cannot store s, naming the field (SpanPlan, SpanStart or
// SpanEnd) and the rule; "" when it can. It quotes no value, so a caller may report it beside
// member data.
func SpanProblem(s adjudicator.Span) (field, problem string) {
	switch {
	case s.PlanID == "":
		return SpanPlan, "required"
	case len(s.PlanID) > maxPlanIDLen:
		return SpanPlan, fmt.Sprintf("the registry stores plan ids of at most %d bytes, got %d", maxPlanIDLen, len(s.PlanID))
	case strings.ContainsRune(s.PlanID, 0):
		return SpanPlan, "contains a NUL byte, which the registry cannot store"
	}
	start, ok := dayOf(s.Start)
	if !ok {
		return SpanStart, "want a date YYYY-MM-DD from 1970-01-01 on (the registry stores days since then)"
	}
	end, ok := dayOf(s.End)
	if !ok {
		return SpanEnd, "want a date YYYY-MM-DD from 1970-01-01 on (the registry stores days since then)"
	}
	if end < start {
		return SpanEnd, "is before the start"
	}
	return "", ""
}

func dayOf(date string) (int64, bool) {
	t, err := time.Parse(dateLayout, date)
	if err != nil {
		return 0, false
	}
	d := t.Unix() / 86400
	return d, t.Unix() >= 0 && d <= math.MaxUint32
}
