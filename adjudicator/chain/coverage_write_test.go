package chain_test

import (
	"errors"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/chain"
)

// bigCoverage is n members with three spans each: 4n new slots.
func bigCoverage(prefix string, n int) []chain.MemberCoverage {
	out := make([]chain.MemberCoverage, n)
	for i := range out {
		out[i] = chain.MemberCoverage{Member: hashOf(fmt.Sprint(prefix, i)), Spans: []adjudicator.Span{
			span("medicare", "2016-01-01", "2016-12-31"), span("medicare", "2017-01-01", "2017-12-31"), span("medicaid", "2018-01-01", "2018-12-31"),
		}}
	}
	return out
}

// TestWriteCoverageSplitsWhatTheNodeRefuses plans all 80 members (320 new slots, ~36M gas) into
// one chunk by assuming slots cost nothing: the node refuses the estimate as over the cap, and
// the chunk must be halved until every transaction fits the gas budget. Each member's coverage
// is then exactly as written.
func TestWriteCoverageSplitsWhatTheNodeRefuses(t *testing.T) {
	e := newEnv(t, true, 25*time.Millisecond)
	ctx := ctxT(t)
	members := bigCoverage("refused-", 80)
	opts := chain.CoverageWriteOptions{SlotGas: 1}
	if got := len(chain.PlanCoverage(members, opts)); got != 1 {
		t.Fatalf("planned %d chunks, want the single oversized one this test needs", got)
	}
	var progress []chain.CoverageTx
	opts.Progress = func(c chain.CoverageTx) { progress = append(progress, c) }
	txs, err := e.reg.WriteCoverage(ctx, members, opts)
	if err != nil {
		t.Fatal(err)
	}
	if len(txs) < 3 {
		t.Fatalf("320 new slots went in %d transactions; ~36M gas needs at least 3 under the 12M budget", len(txs))
	}
	if !slices.Equal(progress, txs) {
		t.Fatalf("progress saw %d transactions, WriteCoverage returned %d", len(progress), len(txs))
	}
	written := 0
	for _, tx := range txs {
		written += tx.Members
		if tx.Estimate > chain.DefaultCoverageGasBudget || tx.Receipt.GasUsed > chain.DefaultCoverageGasBudget {
			t.Errorf("a transaction of %d members was estimated at %d and used %d gas, over the %d budget",
				tx.Members, tx.Estimate, tx.Receipt.GasUsed, chain.DefaultCoverageGasBudget)
		}
		t.Logf("%d members, %d spans: estimated %d, used %d gas", tx.Members, tx.Spans, tx.Estimate, tx.Receipt.GasUsed)
	}
	if written != len(members) {
		t.Fatalf("transactions wrote %d members, want %d", written, len(members))
	}
	for _, m := range members {
		if got, err := e.reg.Coverage(ctx, m.Member); err != nil || !slices.Equal(got, m.Spans) {
			t.Fatalf("coverage of %x = %v, %v; want %v", m.Member, got, err, m.Spans)
		}
	}
}

// TestWriteCoveragePlannedChunksFitFirstTime: with the measured slot cost, no chunk needs a split
// and each new-member transaction uses most of the budget (the model is not far off).
func TestWriteCoveragePlannedChunksFitFirstTime(t *testing.T) {
	e := newEnv(t, false, 25*time.Millisecond)
	ctx := ctxT(t)
	members := bigCoverage("planned-", 60)
	planned := chain.PlanCoverage(members, chain.CoverageWriteOptions{})
	txs, err := e.reg.WriteCoverage(ctx, members, chain.CoverageWriteOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(txs) != len(planned) {
		t.Fatalf("%d transactions for %d planned chunks: the slot cost model undershoots", len(txs), len(planned))
	}
	for _, tx := range txs[:len(txs)-1] {
		if tx.Receipt.GasUsed < chain.DefaultCoverageGasBudget*3/4 {
			t.Errorf("a full chunk used %d gas, under three quarters of the budget: the slot cost model overshoots", tx.Receipt.GasUsed)
		}
	}
}

// TestWriteCoverageMemberOverTheCap: one member's spans are written in one call, so a member
// with more spans than a transaction can hold fails, naming the gas cap, and nothing is sent.
func TestWriteCoverageMemberOverTheCap(t *testing.T) {
	e := newEnv(t, false, 25*time.Millisecond)
	ctx := ctxT(t)
	huge := chain.MemberCoverage{Member: hashOf("huge")}
	for d := range 200 {
		day := time.Date(2016, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, 2*d).Format(time.DateOnly)
		huge.Spans = append(huge.Spans, span("medicare", day, day))
	}
	txs, err := e.reg.WriteCoverage(ctx, []chain.MemberCoverage{huge}, chain.CoverageWriteOptions{})
	if !errors.Is(err, chain.ErrExceedsGasCap) || len(txs) != 0 {
		t.Fatalf("a member of 200 spans: %d transactions, err = %v; want none and ErrExceedsGasCap", len(txs), err)
	}
}

func TestSpanProblem(t *testing.T) {
	for _, tc := range []struct {
		span  adjudicator.Span
		field string
	}{
		{span("medicare", "2016-01-01", "2016-12-31"), ""},
		{span("medicare", "1970-01-01", "1970-01-01"), ""},
		{span("", "2016-01-01", "2016-12-31"), chain.SpanPlan},
		{span("a-plan-id-of-17-b", "2016-01-01", "2016-12-31"), chain.SpanPlan},
		{span("med\x00care", "2016-01-01", "2016-12-31"), chain.SpanPlan},
		{span("medicare", "1969-12-31", "2016-12-31"), chain.SpanStart},
		{span("medicare", "2016-02-30", "2016-12-31"), chain.SpanStart},
		{span("medicare", "2016-01-01", "20161231"), chain.SpanEnd},
		{span("medicare", "2016-01-02", "2016-01-01"), chain.SpanEnd},
	} {
		field, problem := chain.SpanProblem(tc.span)
		if field != tc.field || (field == "") != (problem == "") {
			t.Errorf("SpanProblem(%+v) = %q, %q; want field %q", tc.span, field, problem, tc.field)
		}
	}
}
