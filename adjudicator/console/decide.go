package console

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/service"
)

// MaxNote is the longest note the console takes, in bytes; only its hash goes on chain.
const MaxNote = 4000

// decision is what an approve or deny form asks: lines, when set, are the line numbers of one
// claim to approve, the others denied.
type decision struct {
	approve bool
	lines   []int
	note    string
}

func decisionOf(r *http.Request) (decision, error) {
	var d decision
	switch r.PostFormValue("action") {
	case "approve":
		d.approve = true
	case "approve-lines":
		d.approve = true
		for _, v := range r.PostForm["line"] {
			n, err := strconv.Atoi(v)
			if err != nil || n < 1 {
				return d, fmt.Errorf("line %q is not a line number", v)
			}
			d.lines = append(d.lines, n)
		}
		if len(d.lines) == 0 {
			return d, errors.New("check the lines to approve, or approve or deny the whole claim")
		}
	case "deny":
	default:
		return d, errors.New("choose approve or deny")
	}
	d.note = strings.TrimSpace(r.PostFormValue("note"))
	if d.note == "" || !utf8.ValidString(d.note) {
		return d, errors.New("a note is required: why you approve or deny (only its hash goes on chain; keep the note in your case file)")
	}
	if len(d.note) > MaxNote {
		return d, fmt.Errorf("the note is longer than %d bytes", MaxNote)
	}
	return d, nil
}

// outcome is one claim's result, as the analyst is told it.
type outcome struct {
	pos adjudicator.Position
	ok  bool
	msg string
}

// resolve opens a review signing with the analyst's key and resolves the claims at ps, one
// transaction each. A refusal of one does not stop the others.
func (s *Server) resolve(ctx context.Context, u who, ps []adjudicator.Position, d decision) ([]outcome, error) {
	signer, ok := s.signer(u)
	if !ok {
		return nil, errSignerGone
	}
	rv, err := s.o.Reviews(ctx, signer)
	if err != nil {
		return nil, fmt.Errorf("open the review: %w", err)
	}
	defer rv.Close()
	// What was decided is no longer what the cached review says.
	defer s.cache.drop()
	out := make([]outcome, 0, len(ps))
	for _, p := range ps {
		it, found, err := rv.At(ctx, p)
		if err != nil {
			return out, err
		}
		if !found {
			out = append(out, outcome{pos: p, msg: "no settled decision is at this input position"})
			continue
		}
		var res service.ResolveResult
		if len(d.lines) > 0 {
			res, err = rv.ResolveLines(ctx, it, d.lines, d.note)
		} else {
			res, err = rv.Resolve(ctx, it, d.approve, d.note)
		}
		var ref *service.Refusal
		switch {
		case errors.As(err, &ref):
			out = append(out, outcome{pos: p, msg: ref.Reason})
			continue
		case err != nil:
			return out, err
		}
		verb := "denied: nothing credited"
		switch {
		case len(res.Lines) > 0:
			verb = fmt.Sprintf("approved lines %s (the others denied): %s credited", service.LineList(res.Lines), dollars(res.Cents))
		case d.approve:
			verb = fmt.Sprintf("approved: %s credited", dollars(res.Cents))
		}
		s.log.Info("console resolution", "analyst", u.Name, "approve", d.approve, "partition", p.Partition, "offset", p.Offset,
			"claim_key", fmt.Sprintf("%x", it.ClaimKey[:8]), "tx", common.Hash(res.Receipt.TxHash).Hex())
		out = append(out, outcome{pos: p, ok: true, msg: fmt.Sprintf("%s (tx %s)", verb, common.Hash(res.Receipt.TxHash).Hex())})
	}
	return out, nil
}

var errSignerGone = errors.New("signer gone")

// decided answers a decision: a flash message and back to where the analyst was (post,
// redirect, get: reloading the page does not decide again).
func (s *Server) decided(w http.ResponseWriter, r *http.Request, u who, back string, outs []outcome, err error) {
	ctx := r.Context()
	if errors.Is(err, errSignerGone) {
		// The key lived in the memory of a serve that restarted, or expired with the session.
		if h := s.sessions.GetString(ctx, keyHandle); h != "" {
			s.keys.drop(h)
		}
		_ = s.sessions.Destroy(ctx)
		http.Redirect(w, r, Prefix+"/login?expired=1&next="+urlQueryEscape(back), http.StatusSeeOther)
		return
	}
	var msgs []string
	for _, o := range outs {
		msgs = append(msgs, fmt.Sprintf("Claim at input %d/%d %s.", o.pos.Partition, o.pos.Offset, refusedOr(o)))
	}
	if err != nil {
		s.log.Error("console resolution failed", "analyst", u.Name, "err", err)
		msgs = append(msgs, "The decision could not be completed (chain or Kafka unavailable); nothing more was sent. Check the claim's status before trying again.")
	}
	s.flash(ctx, strings.Join(msgs, " "))
	http.Redirect(w, r, back, http.StatusSeeOther)
}

func refusedOr(o outcome) string {
	if o.ok {
		return o.msg
	}
	return "was not resolved: " + o.msg
}

func (s *Server) decideOne(w http.ResponseWriter, r *http.Request, u who) {
	p, ok := parsePos(r.PathValue("pos"))
	if !ok {
		s.fail(w, r, http.StatusNotFound, u, "No claim is at that address.")
		return
	}
	back := Prefix + "/claims/" + posString(p)
	d, err := decisionOf(r)
	if err != nil {
		s.flash(r.Context(), err.Error())
		http.Redirect(w, r, back, http.StatusSeeOther)
		return
	}
	outs, err := s.resolve(r.Context(), u, []adjudicator.Position{p}, d)
	s.decided(w, r, u, back, outs, err)
}

// MaxBatch is how many claims one multi-select decision takes.
const MaxBatch = 100

func (s *Server) decideMany(w http.ResponseWriter, r *http.Request, u who) {
	back := safeNext(r.PostFormValue("back"))
	if !strings.HasPrefix(back, Prefix+"/queue") {
		back = Prefix + "/queue"
	}
	d, err := decisionOf(r)
	if err == nil && len(d.lines) > 0 {
		err = errors.New("lines are approved one claim at a time, on the claim's page")
	}
	if err != nil {
		s.flash(r.Context(), err.Error())
		http.Redirect(w, r, back, http.StatusSeeOther)
		return
	}
	var ps []adjudicator.Position
	for _, v := range r.PostForm["claim"] {
		p, ok := parsePos(v)
		if !ok {
			continue
		}
		ps = append(ps, p)
	}
	if len(ps) == 0 || len(ps) > MaxBatch {
		s.flash(r.Context(), fmt.Sprintf("Select between 1 and %d claims to decide together.", MaxBatch))
		http.Redirect(w, r, back, http.StatusSeeOther)
		return
	}
	outs, err := s.resolve(r.Context(), u, ps, d)
	s.decided(w, r, u, back, outs, err)
}
