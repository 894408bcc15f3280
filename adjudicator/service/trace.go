package service

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"

	"github.com/claimsledger/claims/adjudicator/config"
	"github.com/claimsledger/claims/adjudicator/proof"
	"github.com/claimsledger/claims/adjudicator/rules"
)

// LineTrace is which rules fired on one line of a decision and why: what `claims adjudicate
// --explain` prints for it.
type LineTrace struct {
	Line    int      `json:"line"`
	Explain []string `json:"explain"`
}

// Tracer replays settled decisions with the rule trace on, for an analyst who must see why a
// claim was decided as it was. It compiles the policy bundle once; each Trace reads the input
// topic (the claim and its member's earlier claims) and replays the claim's partition.
type Tracer struct {
	cfg   config.Config
	rules *rules.Evaluator
	log   *slog.Logger
}

// NewTracer compiles the configured policy bundle with the rule trace on.
func NewTracer(ctx context.Context, cfg config.Config, log *slog.Logger) (*Tracer, error) {
	if log == nil {
		log = slog.Default()
	}
	r, err := NewRules(ctx, cfg, log, rules.WithExplain(true))
	if err != nil {
		return nil, fmt.Errorf("rule trace: %w", err)
	}
	return &Tracer{cfg: cfg, rules: r, log: log}, nil
}

// Trace replays the decision of it from its claim on the input topic, as `claims verify`
// does, and returns each line's rule trace in line order. The replay must reproduce the
// published record byte for byte, else there is no trace to trust: the error says why (it
// names no claim id, which the caller may add).
func (r *Review) Trace(ctx context.Context, t *Tracer, it ReviewItem) ([]LineTrace, error) {
	if it.Decided == nil {
		return nil, errors.New("rule trace: no settled decision")
	}
	rp, err := newReplayer(ctx, t.cfg, r.chain, t.rules, t.log)
	if err != nil {
		return nil, err
	}
	inputs, err := readTopic(ctx, t.cfg, t.cfg.InputTopic)
	if err != nil {
		return nil, fmt.Errorf("rule trace: read %s: %w", t.cfg.InputTopic, err)
	}
	rp.add(inputs)
	res, err := rp.replay(ctx, r.ix, []*proof.Decided{it.Decided})
	if err != nil {
		return nil, fmt.Errorf("rule trace: %w", err)
	}
	got := res[it.Decided.Source]
	if got.err != "" {
		return nil, fmt.Errorf("rule trace of %d/%d: %s", it.Decided.Source.Partition, it.Decided.Source.Offset, got.err)
	}
	out := make([]LineTrace, 0, len(it.Decided.Decision.Lines))
	for _, l := range it.Decided.Decision.Lines {
		out = append(out, LineTrace{Line: l.Line, Explain: slices.Clone(got.explain[l.Line])})
	}
	return out, nil
}
