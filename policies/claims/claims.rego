# METADATA
# title: Claim decision
# description: >-
#   Assembles the decision for one claim from the rule packages below it.
#   Each line passes eligibility, submission, benefits and pricing in that
#   order; the first denial decides the line. The claim then pends when
#   review holds it, is denied when every line is denied, partial when some
#   are, and approved otherwise. Money is integer cents; per line,
#   charge = allowed + CO/OA adjustments and allowed = paid + PR.
#
#   Input: {"claim": <native claim, every field present>,
#   "eligibility": {"spans": [...]}, "explain": bool}.
package claims

import data.claims.benefits
import data.claims.eligibility
import data.claims.pricing
import data.claims.review
import data.claims.submission

# METADATA
# title: Decision
# description: >-
#   {"claim_id", "outcome", "billing_npi", "paid_cents", "lines": [{"line",
#   "code", "units", "charge_cents", "allowed_cents", "paid_cents",
#   "patient_cents", "adjustments": [{"group", "carc", "cents"}],
#   "remarks", "explain"}]}; explain lists which rule decided each step and
#   why, and is empty unless input.explain is true.
# entrypoint: true
decision := {
	"claim_id": input.claim.claim_id,
	"outcome": outcome,
	"billing_npi": input.claim.billing_npi,
	"paid_cents": sum([l.paid_cents | some l in lines]),
	"lines": lines,
}

# METADATA
# description: approve, partial, deny or pend.
outcome := "pend" if {
	pended
} else := "deny" if {
	every a in _assessed {
		a.deny
	}
} else := "partial" if {
	some a in _assessed
	a.deny
} else := "approve"

# METADATA
# description: >-
#   True when the claim is held for review: review gave a reason, or a line
#   that was not denied has no pricing rule. A held claim pays nothing.
pended if count(_hold_reasons) > 0

# METADATA
# description: The priced lines, in claim order.
lines := [_line(line, _assessed[i]) | some i, line in input.claim.lines]

_coverage := [eligibility.coverage(line) | some line in input.claim.lines]

# Each line's assessment: {"deny": {"carc", "remarks"}} or {"allowed_cents"}
# (plus "unpriced" when no rule could price it), with the trail of [format,
# args] reasons that explain it. The first denial wins; the plan check
# comes before benefits and pricing so that those can assume the plan.
_assessed := [_assess(line, _coverage[i]) | some i, line in input.claim.lines]

_assess(line, cov) := {"deny": cov.deny, "trail": [cov.why]} if {
	cov.deny
} else := {"deny": p.deny, "trail": [cov.why, p.why]} if {
	p := submission.problem(line)
} else := _unpriced(line, [cov.why]) if {
	not data.plans[cov.plan_id]
} else := _assess_benefit(line, cov.plan_id, [cov.why], benefits.check(line, cov.plan_id))

_assess_benefit(line, plan_id, trail, b) := {"deny": b.deny, "trail": array.concat(trail, [b.why])} if {
	b.deny
} else := v if {
	v := _assess_price(array.concat(trail, [b.why]), pricing.price(line, plan_id))
} else := _unpriced(line, array.concat(trail, [b.why]))

_assess_price(trail, p) := {"deny": p.deny, "trail": array.concat(trail, [p.why])} if {
	p.deny
} else := {"allowed_cents": p.allowed_cents, "trail": array.concat(trail, [p.why])}

# A line no rule could price is held for review at its charge, never paid.
_unpriced(line, trail) := {
	"unpriced": true,
	"allowed_cents": line.charge_cents,
	"trail": array.concat(trail, [["claims: no pricing rule applies to line %d (claim type %q)", [line.line, input.claim.claim_type]]]),
}

_hold_reasons := review.reasons({c.plan_id | some c in _coverage}) | {why |
	some i, a in _assessed
	a.unpriced
	why := ["claims: line %d could not be priced: held for review", [input.claim.lines[i].line]]
}

_line(line, a) := {
	"line": line.line,
	"code": line.code,
	"units": line.units,
	"charge_cents": line.charge_cents,
	"allowed_cents": allowed,
	"paid_cents": allowed,
	"patient_cents": 0,
	"adjustments": adjustments,
	"remarks": remarks,
	"explain": _explain(a.trail),
} if {
	[allowed, adjustments, remarks] := _amounts(line, a)
}

# [allowed, adjustments, remarks]. A denied line writes off its whole
# charge under the denial's CARC. A priced line writes off what its allowed
# amount does not cover (CARC 45); on a held claim the allowed amount is
# reported as OA-133, pending review, and nothing is allowed yet.
_amounts(line, a) := [0, [{"group": "CO", "carc": a.deny.carc, "cents": line.charge_cents}], a.deny.remarks] if {
	a.deny
} else := [0, array.concat(_reduction(line, a.allowed_cents), _held(a.allowed_cents)), []] if {
	pended
} else := [a.allowed_cents, _reduction(line, a.allowed_cents), []]

_reduction(line, allowed) := [{"group": "CO", "carc": "45", "cents": line.charge_cents - allowed}] if {
	line.charge_cents > allowed
} else := []

_held(allowed) := [{"group": "OA", "carc": "133", "cents": allowed}] if {
	allowed > 0
} else := []

_explain(trail) := [sprintf(w[0], w[1]) | some w in array.concat(trail, _pend_trail)] if {
	input.explain == true
} else := []

_pend_trail := [w | some w in _hold_reasons]
