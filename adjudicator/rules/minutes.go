package rules

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/claimsledger/claims/adjudicator"
)

var _ adjudicator.ServiceTimer = (*Evaluator)(nil)

// TypicalMinutes implements adjudicator.ServiceTimer from the bundle's table
// (data.reference.minutes.codes, policies/reference/minutes): one unit's
// typical minutes, 0 for a code the table does not list.
func (e *Evaluator) TypicalMinutes(code string) int64 { return e.minutes[code] }

// typicalMinutes reads the bundle's table of typical minutes per code. A
// bundle without one has no timed codes (IMPOSSIBLE_DAY never fires); a
// malformed one is refused, since it would silently undercount.
func typicalMinutes(data map[string]any) (map[string]int64, error) {
	ref, _ := data["reference"].(map[string]any)
	doc, ok := ref["minutes"].(map[string]any)
	if !ok {
		return map[string]int64{}, nil
	}
	codes, ok := doc["codes"].(map[string]any)
	if !ok {
		return nil, fmt.Errorf("reference/minutes: want an object \"codes\" of code to minutes")
	}
	out := make(map[string]int64, len(codes))
	var bad []string
	for code, v := range codes {
		n, ok := v.(json.Number)
		m, err := n.Int64()
		if !ok || err != nil || m < 0 {
			bad = append(bad, fmt.Sprintf("%s: %v is not a whole number of minutes", code, v))
			continue
		}
		out[code] = m
	}
	if len(bad) > 0 {
		slices.Sort(bad)
		return nil, fmt.Errorf("reference/minutes: %s", strings.Join(bad, "; "))
	}
	return out, nil
}

var (
	kFraud            = ast.InternedTerm("fraud")
	kDay              = ast.InternedTerm("day")
	kHour             = ast.InternedTerm("hour")
	kMinutesBefore    = ast.InternedTerm("minutes_before")
	kClaimsBefore     = ast.InternedTerm("claims_before")
	kThisClaimMinutes = ast.InternedTerm("this_claim_minutes")
)

// providerDaysValue builds input.fraud's provider figures (claims.fraud
// IMPOSSIBLE_DAY, VELOCITY_PROVIDER):
//
//	day:  {dos: {"minutes_before", "claims_before", "this_claim_minutes"}} for each of the claim's dates
//	hour: {"hour", "claims_before"}, hour "" when the intake gave no record time
//
// The befores are the billing provider's earlier claims of the claim's
// partition (adjudicator.ProviderFacts); this_claim_minutes its lines'
// typical minutes that day, units multiplied, from the bundle's table.
func (e *Evaluator) providerDaysValue(c *adjudicator.Claim, p *adjudicator.ProviderFacts) [][2]*ast.Term {
	var dates [8]string
	var mins [8]int64
	ds, ms := dates[:0], mins[:0]
	for i := range c.Lines {
		l := &c.Lines[i]
		d := c.DateOfService(*l)
		k := slices.Index(ds, d)
		if k < 0 {
			ds, ms, k = append(ds, d), append(ms, 0), len(ds)
		}
		ms[k] += e.minutes[l.Code] * int64(l.Units)
	}
	days := make([][2]*ast.Term, len(ds))
	for i, d := range ds {
		t := p.Days[d]
		days[i] = [2]*ast.Term{str(d), ast.NewTerm(ast.NewObject(
			[2]*ast.Term{kMinutesBefore, intTerm(t.Minutes)},
			[2]*ast.Term{kClaimsBefore, intTerm(t.Claims)},
			[2]*ast.Term{kThisClaimMinutes, intTerm(ms[i])},
		))}
	}
	return [][2]*ast.Term{
		{kDay, ast.NewTerm(ast.NewObject(days...))},
		{kHour, ast.NewTerm(ast.NewObject(
			[2]*ast.Term{kHour, str(p.Hour)},
			[2]*ast.Term{kClaimsBefore, intTerm(p.HourClaims)},
		))},
	}
}
