package elig270

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/claimsledger/claims/adjudicator/x12"
)

// Write writes responses as one 271 interchange: a transaction set for each 270 transaction set
// answered, in the order first answered, each echoing the hierarchy of the inquiries answered
// (payer, receiver, subscriber, dependent; renumbered from 1), the trace numbers (TRN*2), the
// names and demographics as sent, and per patient level the answer. env.FunctionalID and
// env.Version default to HB and Version; others are refused.
//
// The 271 uses the 270's delimiters: every echoed value then reads back as it was sent. What
// it writes is parsed back (x12.Parse: counts and control numbers) and its hierarchy read back
// before it is returned, so a fault of the writer is an error, never a 271 a provider cannot
// read.
func Write(env x12.Envelope, responses []Response) ([]byte, error) {
	out, err := write(env, responses)
	if err != nil {
		return nil, fmt.Errorf("elig270: %w", err)
	}
	return out, nil
}

func write(env x12.Envelope, responses []Response) ([]byte, error) {
	if len(responses) == 0 {
		return nil, errors.New("no responses to write")
	}
	switch env.FunctionalID {
	case "":
		env.FunctionalID = FunctionalID
	case FunctionalID:
	default:
		return nil, fmt.Errorf("a 271 is in a functional group HB, not %q", env.FunctionalID)
	}
	switch {
	case env.Version == "":
		env.Version = Version
	case !strings.HasPrefix(env.Version, "005010X279"):
		return nil, fmt.Errorf("a 271 of guide %q: want %s", env.Version, Version)
	}
	d := responses[0].Inquiry.Delimiters
	for _, r := range responses[1:] {
		if r.Inquiry.Delimiters != d {
			return nil, errors.New("responses to 270s with different delimiters: write one 271 per 270")
		}
	}
	if d == (x12.Delimiters{}) {
		d = x12.DefaultDelimiters
	}
	sets, err := arrange(responses)
	if err != nil {
		return nil, err
	}
	built := make([]x12.Set, len(sets))
	var want tally
	for i, s := range sets {
		w := setWriter{t: env.Time.UTC()}
		if err := w.write(s); err != nil {
			return nil, err
		}
		built[i] = x12.Set{Code: "271", Segments: w.segs}
		want.add(w.tally)
	}
	out, err := build(d, env, built)
	if err != nil {
		return nil, err
	}
	ic, err := x12.Parse(out)
	if err != nil {
		return nil, fmt.Errorf("the 271 written does not parse back: %w", err)
	}
	back, err := read271(ic)
	if err != nil {
		return nil, fmt.Errorf("the 271 written does not read back: %w", err)
	}
	var got tally
	for _, levels := range back {
		got.sets++
		for _, l := range levels {
			got.levels++
			got.benefits += len(l.Benefits)
			got.rejects += len(l.Rejects)
		}
	}
	if got != want {
		return nil, fmt.Errorf("the 271 written reads back as %+v, want %+v", got, want)
	}
	return out, nil
}

// build is x12.Build; tests replace it with faulty builders to see the read-back catch them.
var build = x12.Build

// tally counts what a 271 holds, to compare what was written with what reads back.
type tally struct{ sets, levels, benefits, rejects int }

func (t *tally) add(o tally) {
	t.sets += o.sets
	t.levels += o.levels
	t.benefits += o.benefits
	t.rejects += o.rejects
}

// node is one level of a 271 to write.
type node struct {
	code     string // HL03
	party    Party
	children []*node
	answer   *Response // the response whose patient this level is
	// reject is a subscriber level's AAA; rejectSet says a response under the level set it.
	reject    *Rejection
	rejectSet bool
}

// set271 is one 271 transaction set to write.
type set271 struct {
	reference string
	roots     []*node
	byKey     map[string]*node
}

// arrange places every response in the hierarchy of its set. A level is the same level when
// its set, its parent and everything echoed of it are: two dependents of one subscriber come
// under one subscriber level.
func arrange(responses []Response) ([]*set271, error) {
	var sets []*set271
	byKey := map[string]*set271{}
	for i := range responses {
		r := &responses[i]
		if err := r.check(); err != nil {
			return nil, fmt.Errorf("response %d: %w", i, err)
		}
		q := &r.Inquiry
		sk := fmt.Sprintf("%d|%q|%q", q.Set, q.Control, q.Reference)
		s := byKey[sk]
		if s == nil {
			s = &set271{reference: q.Reference, byKey: map[string]*node{}}
			sets = append(sets, s)
			byKey[sk] = s
		}
		src, k := s.child(nil, "", "20", q.Source)
		rcv, k := s.child(src, k, "21", q.Receiver)
		sub, k := s.child(rcv, k, "22", q.Subscriber)
		switch {
		case !sub.rejectSet:
			sub.reject, sub.rejectSet = r.Reject, true
		case (sub.reject == nil) != (r.Reject == nil) || sub.reject != nil && *sub.reject != *r.Reject:
			return nil, fmt.Errorf("response %d: responses for one subscriber disagree on whether the member is known", i)
		}
		patient := sub
		if q.Dependent != nil {
			patient, _ = s.child(sub, k, "23", *q.Dependent)
		}
		if patient.answer != nil {
			return nil, fmt.Errorf("response %d: a second response for the same patient", i)
		}
		patient.answer = r
	}
	return sets, nil
}

func (s *set271) child(parent *node, parentKey, code string, p Party) (*node, string) {
	key := parentKey + "/" + code + partyKey(p)
	if n := s.byKey[key]; n != nil {
		return n, key
	}
	n := &node{code: code, party: p}
	s.byKey[key] = n
	if parent == nil {
		s.roots = append(s.roots, n)
	} else {
		parent.children = append(parent.children, n)
	}
	return n, key
}

func partyKey(p Party) string {
	demo := "-"
	if p.Demographics != nil {
		demo = fmt.Sprintf("%q", *p.Demographics)
	}
	return fmt.Sprintf("%q%q%q%s", p.HL, p.Name, p.Traces, demo)
}

func (r *Response) check() error {
	if r.Reject != nil {
		if !code(r.Reject.Reason, 2) || !code(r.Reject.FollowUp, 1) {
			return errors.New("a rejection is a 2-character reason (AAA03) and a 1-character follow-up (AAA04)")
		}
		return nil
	}
	if len(r.Benefits) == 0 {
		return errors.New("neither benefits nor a rejection: answer it with Answer")
	}
	for _, b := range r.Benefits {
		switch {
		case b.Status != Active && b.Status != Inactive:
			return errors.New("a benefit's status (EB01) is 1 (active) or 6 (inactive)")
		case !code(b.ServiceType, 2):
			return errors.New("a benefit's service type (EB03) is 1 or 2 upper-case letters or digits")
		case b.InsuranceType != "" && !code(b.InsuranceType, 3):
			return errors.New("a benefit's insurance type (EB04) is 1 to 3 upper-case letters or digits")
		case len(b.Plan) > 50:
			return errors.New("a benefit's plan description (EB05) is at most 50 characters")
		}
	}
	return nil
}

// setWriter writes the segments of one 271 transaction set, between ST and SE.
type setWriter struct {
	t     time.Time
	segs  [][]string
	hl    int
	tally tally
}

func (w *setWriter) add(fields ...string) { w.segs = append(w.segs, fields) }

func (w *setWriter) write(s *set271) error {
	w.tally.sets++
	w.add("BHT", "0022", "11", s.reference, w.t.Format(d8), w.t.Format("1504"))
	for _, n := range s.roots {
		if err := w.level(n, ""); err != nil {
			return err
		}
	}
	return nil
}

func (w *setWriter) level(n *node, parent string) error {
	w.hl++
	w.tally.levels++
	id := strconv.Itoa(w.hl)
	hl04 := "0"
	if len(n.children) > 0 {
		hl04 = "1"
	}
	w.add("HL", id, parent, n.code, hl04)
	for _, t := range n.party.Traces {
		w.add("TRN", "2", t.Number, t.Originator, t.Supplemental)
	}
	nm := n.party.Name
	w.add("NM1", nm.Entity, nm.EntityType, nm.Last, nm.First, nm.Middle, "", nm.Suffix, nm.IDQualifier, nm.ID)
	if n.reject != nil {
		w.tally.rejects++
		w.add("AAA", "Y", "", n.reject.Reason, n.reject.FollowUp)
	}
	if dm := n.party.Demographics; dm != nil && (dm.BirthDate != "" || dm.Gender != "") {
		format, birth := "", ""
		if dm.BirthDate != "" {
			var err error
			if birth, err = toD8(dm.BirthDate); err != nil {
				return fmt.Errorf("birth date: %w", err)
			}
			format = "D8"
		}
		w.add("DMG", format, birth, dm.Gender)
	}
	if a := n.answer; a != nil && a.Reject == nil {
		if err := w.answer(a); err != nil {
			return err
		}
	}
	for _, c := range n.children {
		if err := w.level(c, id); err != nil {
			return err
		}
	}
	return nil
}

// answer writes a patient level's plan dates (name loop) and EB loops.
func (w *setWriter) answer(a *Response) error {
	if a.PlanBegin != "" {
		begin, err1 := toD8(a.PlanBegin)
		end, err2 := toD8(a.PlanEnd)
		if err := errors.Join(err1, err2); err != nil {
			return fmt.Errorf("plan dates: %w", err)
		}
		w.add("DTP", "346", "D8", begin)
		w.add("DTP", "347", "D8", end)
	}
	for _, b := range a.Benefits {
		w.tally.benefits++
		w.add("EB", b.Status, "", b.ServiceType, b.InsuranceType, b.Plan)
		format, value, err := period(b.From, b.To)
		if err != nil {
			return fmt.Errorf("benefit dates: %w", err)
		}
		qual := "291" // plan
		if b.Status == Inactive {
			qual = "307" // eligibility
		}
		w.add("DTP", qual, format, value)
	}
	return nil
}
