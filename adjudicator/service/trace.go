package service

import (
	"bytes"
	"context"
	"errors"
	"sort"

	"github.com/claimsledger/claims/adjudicator"
)

// Trace is a decision re-decided from its claim with the rules' explanations on: what
// `claims adjudicate --explain` prints, for a settled claim.
type Trace struct {
	// Lines are the replayed decision's lines, each with Explain: which rule decided what.
	Lines []adjudicator.LineDecision
	// Matches is true when the replay, explanations aside, is byte for byte the published
	// record: the trace explains the decision that was settled. False when the coverage on
	// chain changed since, or the policy bundle differs.
	Matches bool
}

// ErrNoTrace means the claim cannot be replayed: it is no longer on the input topic (retention),
// or cannot be opened or decoded. The reason is in the error; no claim id is.
var ErrNoTrace = errors.New("no rule trace")

// Trace re-decides it from its claim on the input topic under explain (an Evaluator made
// with rules.WithExplain(true)), with the member's history rebuilt from the published decisions
// before it and coverage read from the chain now, as claims verify replays. It reads the
// whole input topic: a look at one claim's trace costs a scan of the topic.
func (r *Review) Trace(ctx context.Context, explain adjudicator.Rules, it ReviewItem) (Trace, error) {
	d := it.Decided
	recs, err := readTopic(ctx, r.cfg, r.cfg.InputTopic)
	if err != nil {
		return Trace{}, err
	}
	decided := map[adjudicator.Position]*adjudicator.Decision{}
	for _, x := range r.ix.All() {
		decided[x.Source] = &x.Decision
	}
	claims := map[adjudicator.Position]*adjudicator.Claim{}
	var target *adjudicator.Claim
	for _, m := range recs {
		pos := adjudicator.Position{Partition: m.Partition, Offset: m.Offset}
		if _, ok := decided[pos]; !ok {
			continue
		}
		cl, err := adjudicator.DecodeClaim(m.Value)
		if err != nil {
			continue
		}
		claims[pos] = &cl
		if pos == d.Source {
			target = &cl
		}
	}
	if target == nil || target.ClaimID != d.Decision.ClaimID {
		return Trace{}, errors.Join(ErrNoTrace, errors.New("the claim is not on the input topic (retention), or does not decode to the claim decided"))
	}
	member := r.chain.Keyer.Member(target.MemberID)
	spans, err := r.chain.Registry.Coverage(ctx, member)
	if err != nil {
		return Trace{}, err
	}
	el := adjudicator.Eligibility{Spans: spans}
	var mine []adjudicator.Position
	for pos, cl := range claims {
		if r.chain.Keyer.Member(cl.MemberID) == member {
			mine = append(mine, pos)
		}
	}
	sort.Slice(mine, func(i, j int) bool { return mine[i].Offset < mine[j].Offset })
	var entries []adjudicator.HistoryEntry
	for _, pos := range mine {
		entries = append(entries, adjudicator.NewHistoryEntry(pos, claims[pos], decided[pos], el))
	}
	dec, err := explain.Decide(ctx, target, adjudicator.Facts{Eligibility: el, History: adjudicator.HistoryBefore(entries, d.Source)})
	if err != nil {
		// The rules' error may quote the claim.
		return Trace{}, errors.Join(ErrNoTrace, errors.New("the rules refused the claim now"))
	}
	out := Trace{Lines: dec.Lines}
	// Explanations aside, as the engine published it.
	plain := dec
	plain.Lines = make([]adjudicator.LineDecision, len(dec.Lines))
	for i, l := range dec.Lines {
		l.Explain = nil
		plain.Lines[i] = l
	}
	if _, err := plain.SealFlags(r.chain.Keyer); err == nil {
		if b, err := plain.Encode(); err == nil {
			out.Matches = bytes.Equal(b, d.Bytes) && explain.PolicyHash() == d.Batch.Event.PolicyHash
		}
	}
	return out, nil
}
