package console

import (
	"errors"
	"fmt"
	"net/http"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/service"
)

// lazyRules loads an explaining evaluator on first use and keeps it: loading the policy bundle
// (and the CMS tables of cms_dir) takes seconds and memory that a console nobody asks for a
// trace should not spend.
type lazyRules struct {
	once sync.Once
	load func() (adjudicator.Rules, error)
	r    adjudicator.Rules
	err  error
}

func (l *lazyRules) get() (adjudicator.Rules, error) {
	l.once.Do(func() { l.r, l.err = l.load() })
	return l.r, l.err
}

type traceData struct {
	Pos      string
	Position string
	Lines    []adjudicator.LineDecision
	Matches  bool
}

// tracePage shows the rule trace of a claim: its decision replayed with the rules'
// explanations. A look at the claim's details like its page, recorded first.
func (s *Server) tracePage(w http.ResponseWriter, r *http.Request, u who) {
	ctx := r.Context()
	p, ok := parsePos(r.PathValue("pos"))
	if !ok {
		s.fail(w, r, http.StatusNotFound, u, "No claim is at that address.")
		return
	}
	if s.o.Explain == nil {
		s.fail(w, r, http.StatusNotFound, u, "The rule trace is not available in this console.")
		return
	}
	explain, err := s.o.Explain()
	if err != nil {
		s.log.Error("rule trace: load the policy bundle", "err", err)
		s.fail(w, r, http.StatusServiceUnavailable, u, "The policy bundle could not be loaded for the rule trace.")
		return
	}
	var (
		d     traceData
		found bool
		key   adjudicator.Hash
		gone  bool
	)
	err = s.cache.with(ctx, func(rv *service.Review) error {
		it, ok, err := rv.At(ctx, p)
		if err != nil || !ok {
			return err
		}
		found, key = true, it.ClaimKey
		tr, err := rv.Trace(ctx, explain, it)
		if errors.Is(err, service.ErrNoTrace) {
			gone = true
			return nil
		}
		if err != nil {
			return err
		}
		d = traceData{Pos: posString(p), Position: fmt.Sprintf("%d/%d", p.Partition, p.Offset), Lines: tr.Lines, Matches: tr.Matches}
		return nil
	})
	switch {
	case err != nil:
		s.log.Error("rule trace", "partition", p.Partition, "offset", p.Offset, "err", err)
		s.fail(w, r, http.StatusServiceUnavailable, u, "The claim could not be replayed; try again shortly.")
		return
	case !found:
		s.fail(w, r, http.StatusNotFound, u, fmt.Sprintf("No settled decision is at input position %d/%d.", p.Partition, p.Offset))
		return
	case gone:
		s.fail(w, r, http.StatusNotFound, u, "The claim cannot be replayed: it is no longer on the input topic, or the rules refuse it now.")
		return
	}
	look := adjudicator.Access{ClaimKey: key, Viewer: adjudicator.AccountViewer(common.HexToAddress(u.Address)),
		ViewerKind: adjudicator.ViewerAccount, Purpose: adjudicator.PurposeReview, At: nowSecond()}
	if !common.IsHexAddress(u.Address) {
		s.fail(w, r, http.StatusForbidden, u, "Your session names no account to record your look under; log in again.")
		return
	}
	if err := s.o.Access.Record(ctx, look); err != nil {
		s.log.Error("rule trace not shown: the look could not be recorded", "partition", p.Partition, "offset", p.Offset, "err", err)
		s.fail(w, r, http.StatusServiceUnavailable, u, "Every look at a claim's details is recorded first, and recording failed; nothing is shown. Try again shortly.")
		return
	}
	s.render(w, r, http.StatusOK, "trace", u, "Rule trace of the claim at input "+d.Position, d)
}
