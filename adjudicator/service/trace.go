package service

import (
	"context"
	"errors"
	"fmt"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/proof"
)

// Trace is a decision re-decided from its claim with the rules' explanations on: what
// `claims adjudicate --explain` prints, for a settled claim.
type Trace struct {
	// Lines are the replayed decision's lines, each with Explain: which rule decided what.
	Lines []adjudicator.LineDecision
	// Matches is true when the replay, explanations aside, is byte for byte the published
	// record: the trace explains the decision that was settled. Otherwise Differs says how it
	// came out different (the coverage on chain changed since, say).
	Matches bool
	Differs string
}

// ErrNoTrace means the claim cannot be replayed: it is no longer on the input topic (retention),
// cannot be opened or decoded, the policy bundle is not the one its batch was settled under, or
// the rules refuse it now. The reason is in the error; no claim id is.
var ErrNoTrace = errors.New("no rule trace")

// Trace re-decides it from its claim on the input topic under explain (an Evaluator made with
// rules.WithExplain(true)), exactly as claims verify replays: the member's history and the
// provider's counters rebuilt from the claims before it in its partition, coverage read from the
// chain now. It reads the whole input topic: a look at one claim's trace costs a scan of it.
func (r *Review) Trace(ctx context.Context, explain adjudicator.Rules, it ReviewItem) (Trace, error) {
	if it.Decided == nil {
		return Trace{}, errors.Join(ErrNoTrace, errors.New("no settled decision"))
	}
	rp, err := newReplayer(ctx, r.cfg, r.chain, explain, r.log)
	if err != nil {
		return Trace{}, err
	}
	inputs, err := readTopic(ctx, r.cfg, r.cfg.InputTopic)
	if err != nil {
		return Trace{}, fmt.Errorf("rule trace: read %s: %w", r.cfg.InputTopic, err)
	}
	rp.add(inputs)
	res, err := rp.replay(ctx, r.ix, []*proof.Decided{it.Decided})
	if err != nil {
		return Trace{}, fmt.Errorf("rule trace: %w", err)
	}
	got := res[it.Decided.Source]
	if got.lines == nil {
		return Trace{}, errors.Join(ErrNoTrace, errors.New(got.err))
	}
	return Trace{Lines: got.lines, Matches: got.err == "", Differs: got.err}, nil
}
