package remit835

import (
	"fmt"
	"math"
	"strings"

	"github.com/claimsledger/claims/adjudicator"
)

// Balancing rules. The first three are the TR3's (section 1.10.2.1: service line, claim and
// transaction balancing); the last two are this engine's own, stricter, and hold for every 835
// it writes: payers' files may break them and still conform (RFI 1053 shows claim-level
// adjustments that leave the lines paying more than the claim).
const (
	// RuleTotal: BPR02 = ΣCLP04 − ΣPLB04.
	RuleTotal = "BPR02 = ΣCLP04 − ΣPLB"
	// RuleClaim: CLP03 − CLP04 = the claim's CAS amounts, claim- and line-level.
	RuleClaim = "CLP03 − CLP04 = ΣCAS"
	// RuleLine: SVC02 − SVC03 = the line's CAS amounts.
	RuleLine = "SVC02 − SVC03 = ΣCAS"
	// RuleLinesPayClaim: a claim with lines pays what its lines pay, ΣSVC03 = CLP04.
	RuleLinesPayClaim = "ΣSVC03 = CLP04"
	// RulePatient: CLP05 = the claim's PR (patient responsibility) CAS amounts, which is what
	// the guide's CLP05 note asks for.
	RulePatient = "CLP05 = ΣCAS PR"
)

// Imbalance is one rule a remittance breaks, and where.
type Imbalance struct {
	Rule string
	// Claim and Line are indices into Claims and its Lines, -1 when the rule is not about one.
	Claim, Line int
	// Left and Right are the two sides of the rule's equation, in cents.
	Left, Right int64
}

func (im Imbalance) String() string {
	var where string
	switch {
	case im.Line >= 0:
		where = fmt.Sprintf("claim %d line %d: ", im.Claim, im.Line)
	case im.Claim >= 0:
		where = fmt.Sprintf("claim %d: ", im.Claim)
	}
	if im.Rule == RuleFits {
		return where + "the amounts add up past int64"
	}
	return fmt.Sprintf("%s%s, but %d != %d", where, im.Rule, im.Left, im.Right)
}

// BalanceError lists every balancing rule a remittance breaks.
type BalanceError struct {
	Imbalances []Imbalance
}

func (e *BalanceError) Error() string {
	parts := make([]string, len(e.Imbalances))
	for i, im := range e.Imbalances {
		parts[i] = im.String()
	}
	return "remit835: the 835 does not balance: " + strings.Join(parts, "; ")
}

// Rules returns the distinct rules broken, in the order first met.
func (e *BalanceError) Rules() []string {
	var out []string
	seen := map[string]bool{}
	for _, im := range e.Imbalances {
		if !seen[im.Rule] {
			seen[im.Rule] = true
			out = append(out, im.Rule)
		}
	}
	return out
}

// RuleFits: the sums fit in int64 cents. Only a hostile file breaks it, but a sum that
// wrapped around could otherwise balance by accident.
const RuleFits = "sums fit in int64"

// Balance checks every balancing rule (RuleTotal ... RulePatient) and returns a *BalanceError
// listing each one broken, or nil.
func (r *Remittance) Balance() error {
	var ims []Imbalance
	var paid, plb sum
	for ci, c := range r.Claims {
		paid.add(c.PaidCents)
		var cas, pr, linesPaid sum
		cas.addCAS(c.Adjustments, &pr)
		for li, l := range c.Lines {
			var lcas sum
			lcas.addCAS(l.Adjustments, &pr)
			cas.add(lcas.v)
			linesPaid.add(l.PaidCents)
			if diff := l.ChargeCents - l.PaidCents; diff != lcas.v || lcas.over || overflows(l.ChargeCents, -l.PaidCents) {
				ims = append(ims, Imbalance{Rule: RuleLine, Claim: ci, Line: li, Left: diff, Right: lcas.v})
			}
			cas.over = cas.over || lcas.over
		}
		if diff := c.ChargeCents - c.PaidCents; diff != cas.v || overflows(c.ChargeCents, -c.PaidCents) {
			ims = append(ims, Imbalance{Rule: RuleClaim, Claim: ci, Line: -1, Left: diff, Right: cas.v})
		}
		if len(c.Lines) > 0 && linesPaid.v != c.PaidCents {
			ims = append(ims, Imbalance{Rule: RuleLinesPayClaim, Claim: ci, Line: -1, Left: linesPaid.v, Right: c.PaidCents})
		}
		if c.PatientCents != pr.v {
			ims = append(ims, Imbalance{Rule: RulePatient, Claim: ci, Line: -1, Left: c.PatientCents, Right: pr.v})
		}
		if cas.over || pr.over || linesPaid.over {
			ims = append(ims, Imbalance{Rule: RuleFits, Claim: ci, Line: -1})
		}
	}
	for _, a := range r.ProviderAdjustments {
		plb.add(a.Cents)
	}
	net := paid
	net.add(-plb.v)
	if r.Payment.Cents != net.v {
		ims = append(ims, Imbalance{Rule: RuleTotal, Claim: -1, Line: -1, Left: r.Payment.Cents, Right: net.v})
	}
	if paid.over || plb.over || net.over || plb.v == math.MinInt64 {
		ims = append(ims, Imbalance{Rule: RuleFits, Claim: -1, Line: -1})
	}
	if len(ims) > 0 {
		return &BalanceError{Imbalances: ims}
	}
	return nil
}

// sum is an int64 total that remembers whether it wrapped around.
type sum struct {
	v    int64
	over bool
}

func (s *sum) add(c int64) {
	s.over = s.over || overflows(s.v, c)
	s.v += c
}

// addCAS adds adjustments, and those of group PR to pr as well.
func (s *sum) addCAS(as []adjudicator.Adjustment, pr *sum) {
	for _, a := range as {
		s.add(a.Cents)
		if a.Group == adjudicator.GroupPR {
			pr.add(a.Cents)
		}
	}
}

func overflows(a, b int64) bool {
	return b > 0 && a > math.MaxInt64-b || b < 0 && a < math.MinInt64-b
}
