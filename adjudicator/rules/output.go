package rules

import (
	"fmt"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/claimsledger/claims/adjudicator"
)

var (
	kOutcome      = ast.InternedTerm("outcome")
	kPaidCents    = ast.InternedTerm("paid_cents")
	kAllowedCents = ast.InternedTerm("allowed_cents")
	kAdjustments  = ast.InternedTerm("adjustments")
	kRemarks      = ast.InternedTerm("remarks")
	kGroup        = ast.InternedTerm("group")
	kCARC         = ast.InternedTerm("carc")
	kCents        = ast.InternedTerm("cents")
	kFlags        = ast.InternedTerm("flags")
	kScore        = ast.InternedTerm("score")
	kWhy          = ast.InternedTerm("why")
)

// decode converts the decision document to an adjudicator.Decision for
// claim c, failing on any missing or mistyped field (named by its path)
// rather than defaulting it: a zero where Rego meant something else is a
// wrong payment. What Rego need not repeat is copied from the claim: the
// claim id and billing NPI, each line's code, units and charge. The sums
// are derived here: a line's patient responsibility is its PR
// adjustments, the claim's paid amount the sum of its lines'. The
// balancing check (Decision.Check) then compares Rego's amounts with the
// claim's own charges.
//
// The rules saw the lines in line-number order (order[i] is the claim
// index of their line i); the decision lists them in claim order.
//
// The fraud signals (flags) are optional, so a bundle without claims.fraud
// decides as before; when present they are read as strictly as the rest.
func decode(v ast.Value, c *adjudicator.Claim, order []int) (adjudicator.Decision, error) {
	d := adjudicator.Decision{ClaimID: c.ClaimID, BillingNPI: c.BillingNPI}
	obj, ok := v.(ast.Object)
	if !ok {
		return d, fmt.Errorf("decision: want an object, got %s", ast.ValueName(v))
	}
	r := reader{obj: obj, line: -1, adj: -1}
	d.Outcome = adjudicator.Outcome(r.str(kOutcome))
	lines := r.array(kLines)
	explain := r.optArray(kExplain)
	flags := r.optArray(kFlags)
	if r.err != nil {
		return d, r.err
	}
	if err := decodeFlags(flags, &d); err != nil {
		return d, err
	}
	if !d.Outcome.Valid() || d.Outcome == adjudicator.Void {
		return d, fmt.Errorf("decision.outcome: unknown outcome %q", d.Outcome)
	}
	if lines.Len() != len(c.Lines) {
		return d, fmt.Errorf("decision.lines: %d lines, claim has %d", lines.Len(), len(c.Lines))
	}
	if explain != nil && explain.Len() != len(c.Lines) {
		return d, fmt.Errorf("decision.explain: %d lines, claim has %d", explain.Len(), len(c.Lines))
	}
	d.Lines = make([]adjudicator.LineDecision, lines.Len())
	for i, ci := range order {
		l := &d.Lines[ci]
		cl := &c.Lines[ci]
		l.Code, l.Units, l.ChargeCents = cl.Code, cl.Units, cl.ChargeCents
		if err := decodeLine(lines.Elem(i).Value, i, l); err != nil {
			return d, err
		}
		if l.Line != cl.Number {
			return d, fmt.Errorf("decision.lines[%d]: line %d, want line %d (lines in line-number order)", i, l.Line, cl.Number)
		}
		if explain != nil {
			er := reader{obj: ast.NewObject([2]*ast.Term{kExplain, explain.Elem(i)}), line: i, adj: -1}
			l.Explain = er.strs(kExplain)
			if er.err != nil {
				return d, er.err
			}
		}
		d.PaidCents += l.PaidCents
	}
	d.HeldCents = d.Held()
	return d, nil
}

// decodeFlags reads decision.flags into d, in the rules' order (by code),
// nil when none fired so the record of an unflagged claim omits them, and
// derives the fraud score as their sum, as paid is the sum of the lines
// (the rules' threshold compares the same sum).
func decodeFlags(flags *ast.Array, d *adjudicator.Decision) error {
	if flags == nil || flags.Len() == 0 {
		return nil
	}
	d.Flags = make([]adjudicator.Flag, flags.Len())
	for i := range d.Flags {
		fo, ok := flags.Elem(i).Value.(ast.Object)
		if !ok {
			return fmt.Errorf("decision.flags[%d]: want an object, got %s", i, ast.ValueName(flags.Elem(i).Value))
		}
		fr := reader{obj: fo, line: -1, adj: -1, flag: i + 1}
		f := adjudicator.Flag{Code: fr.str(kCode), Score: int(fr.int(kScore)), Why: fr.str(kWhy)}
		if fr.err != nil {
			return fr.err
		}
		if f.Code == "" || f.Score < 0 {
			return fmt.Errorf("decision.flags[%d]: want a code and a score >= 0", i)
		}
		d.Flags[i] = f
		d.FraudScore += f.Score
	}
	return nil
}

func decodeLine(v ast.Value, i int, l *adjudicator.LineDecision) error {
	obj, ok := v.(ast.Object)
	if !ok {
		return fmt.Errorf("decision.lines[%d]: want an object, got %s", i, ast.ValueName(v))
	}
	r := reader{obj: obj, line: i, adj: -1}
	l.Line = int(r.int(kLine))
	l.AllowedCents = r.cents(kAllowedCents)
	l.PaidCents = r.cents(kPaidCents)
	adjs := r.array(kAdjustments)
	l.Remarks = r.strs(kRemarks)
	if r.err != nil {
		return r.err
	}
	// An empty list, not nil, so a line without adjustments encodes as []
	// rather than null; make with length 0 does not allocate.
	l.Adjustments = make([]adjudicator.Adjustment, adjs.Len())
	for j := range l.Adjustments {
		ao, ok := adjs.Elem(j).Value.(ast.Object)
		if !ok {
			return fmt.Errorf("decision.lines[%d].adjustments[%d]: want an object, got %s", i, j, ast.ValueName(adjs.Elem(j).Value))
		}
		ar := reader{obj: ao, line: i, adj: j}
		a := adjudicator.Adjustment{Group: ar.str(kGroup), CARC: ar.str(kCARC), Cents: ar.cents(kCents)}
		if ar.err != nil {
			return ar.err
		}
		if a.Group == adjudicator.GroupPR {
			l.PatientCents += a.Cents
		}
		l.Adjustments[j] = a
	}
	return nil
}

// reader reads typed fields of one object, keeping the first error. The
// object's path is kept as indexes (-1 for none) and only spelt out in an
// error, so the common path formats nothing.
type reader struct {
	obj       ast.Object
	line, adj int
	// flag is 1 + the index of the flag read (0: not a flag).
	flag int
	err  error
}

func (r *reader) where(k *ast.Term) string {
	p := "decision"
	if r.flag > 0 {
		p += fmt.Sprintf(".flags[%d]", r.flag-1)
	}
	if r.line >= 0 {
		p += fmt.Sprintf(".lines[%d]", r.line)
	}
	if r.adj >= 0 {
		p += fmt.Sprintf(".adjustments[%d]", r.adj)
	}
	return p + "." + string(k.Value.(ast.String))
}

func (r *reader) get(k *ast.Term) ast.Value {
	if r.err != nil {
		return nil
	}
	t := r.obj.Get(k)
	if t == nil {
		r.err = fmt.Errorf("%s: missing", r.where(k))
		return nil
	}
	return t.Value
}

func (r *reader) fail(k *ast.Term, want string, v ast.Value) {
	r.err = fmt.Errorf("%s: want %s, got %s", r.where(k), want, v)
}

func (r *reader) str(k *ast.Term) string {
	v := r.get(k)
	if v == nil {
		return ""
	}
	s, ok := v.(ast.String)
	if !ok {
		r.fail(k, "a string", v)
	}
	return string(s)
}

func (r *reader) int(k *ast.Term) int64 {
	v := r.get(k)
	if v == nil {
		return 0
	}
	n, ok := v.(ast.Number)
	if !ok {
		r.fail(k, "an integer", v)
		return 0
	}
	i, ok := n.Int64()
	if !ok {
		r.fail(k, "an integer", v)
	}
	return i
}

// cents is an integer amount; Rego arithmetic that produced a fraction (a
// division that was not exact) is an error here, never rounded away.
func (r *reader) cents(k *ast.Term) int64 {
	c := r.int(k)
	if r.err == nil && c < 0 {
		r.err = fmt.Errorf("%s: negative amount %d", r.where(k), c)
	}
	return c
}

func (r *reader) array(k *ast.Term) *ast.Array {
	v := r.get(k)
	if v == nil {
		return nil
	}
	a, ok := v.(*ast.Array)
	if !ok {
		r.fail(k, "an array", v)
	}
	return a
}

// optArray reads an optional array; nil when missing.
func (r *reader) optArray(k *ast.Term) *ast.Array {
	if r.err != nil || r.obj.Get(k) == nil {
		return nil
	}
	return r.array(k)
}

// strs reads an optional list of strings; empty or missing is nil, which
// the decision record omits.
func (r *reader) strs(k *ast.Term) []string {
	if r.err != nil {
		return nil
	}
	t := r.obj.Get(k)
	if t == nil {
		return nil
	}
	a, ok := t.Value.(*ast.Array)
	if !ok {
		r.fail(k, "an array of strings", t.Value)
		return nil
	}
	if a.Len() == 0 {
		return nil
	}
	out := make([]string, a.Len())
	for i := range out {
		s, ok := a.Elem(i).Value.(ast.String)
		if !ok {
			r.err = fmt.Errorf("%s[%d]: want a string, got %s", r.where(k), i, a.Elem(i))
			return nil
		}
		out[i] = string(s)
	}
	return out
}
