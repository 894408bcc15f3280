# METADATA
# title: Claim decision
# description: >-
#   Assembles the decision for one claim from the rule packages below it.
#   Each line passes, in order, eligibility (26, 27, 31), submission (16),
#   duplicates (18), plan benefits (96, 204, 197, 119), NCCI PTP (236) and
#   MUE (151) edits and pricing (96); the first denial decides the line.
#   Priced lines then take multiple procedure reductions (59), the fee
#   schedule cap (45) and cost sharing (PR 1, 2, 3). The claim pends when
#   review holds it, is denied when every line is denied, partial when
#   some are, and approved otherwise. Money is integer cents; per line,
#   charge = allowed + CO/OA adjustments and allowed = paid + PR. The fraud
#   signals (claims.fraud) that fired go with the decision, and hold the
#   claim when their score reaches the threshold.
#
#   Input: {"claim": {..., "lines": [{"line", "code", "modifiers",
#   "units", "charge_cents", "dos", "pos", "revenue_code", "prior_auth"}]},
#   "eligibility": {"spans": [...]}, "history": {"accumulators",
#   "duplicates", "frequency", "same_service", "claims_on",
#   "after_coverage"}, "explain": bool}; see policies/README.md.
package claims

import data.claims.benefits
import data.claims.cost_sharing
import data.claims.duplicates
import data.claims.eligibility
import data.claims.fraud
import data.claims.ncci
import data.claims.pricing
import data.claims.review
import data.claims.submission

# METADATA
# title: Decision
# description: >-
#   {"outcome", "lines": [{"line", "allowed_cents", "paid_cents",
#   "adjustments": [{"group", "carc", "cents"}], "remarks"}],
#   "flags": [{"code", "score", "why"}]}, lines in claim order; with
#   "explain": [[string]] per line when input.explain is true. The engine
#   adds what it can copy from the claim (ids, codes, units, charges) and
#   the sums (paid, patient responsibility, the fraud score).
# entrypoint: true
decision := {"outcome": outcome, "lines": lines, "flags": fraud.flags} if {
	not input.explain
} else := {"outcome": outcome, "lines": lines, "flags": fraud.flags, "explain": explain}

# METADATA
# description: approve, partial, deny or pend.
default outcome := "partial"

outcome := "pend" if {
	pended
} else := "approve" if {
	count(_denied) == 0
} else := "deny" if {
	count(_denied) == count(input.claim.lines)
}

# METADATA
# description: >-
#   True when the claim is held for review: a line no rule could price (its
#   plan has no rules in this bundle, say), a plan year without cost-sharing
#   terms, a total charge over a covering plan's review threshold, or a
#   fraud score at the fraud threshold (claims.fraud). A held
#   claim pays nothing: each line's payable amount is reported as OA-133
#   (pending further review). _holds says why, for explanations.
pended if {
	some a in _assessed
	a.unpriced
}

pended if {
	some a in _assessed
	a.price
	not cost_sharing.terms(a.plan_id, a.year)
}

pended if review.held({a.plan_id | some a in _assessed; a.plan_id})

pended if fraud.held

# METADATA
# description: >-
#   The line decisions, in line-number order (the engine gives the rules
#   the lines in that order and puts the decisions back in claim order).
lines := [_line(k) | some k, _ in input.claim.lines]

_denied := {k | some k, a in _assessed; a.deny}

# Stage 1: each line's first denial, {"deny": {"group", "carc",
# "remarks", "why"}}; or its plan, plan year (the calendar year of its date
# of service), service category and price before multiple procedure
# reductions, {"plan_id", "year", "service", "price": {"fee_cents",
# "mult_proc", "basis"}}; or {"plan_id", "unpriced": true} when no pricing
# rule applies (the claim is then held).
_assessed := [_assess(k) | some k, _ in input.claim.lines]

# The fast path is the conjunction of every check passing, in one body: a
# clean line (most lines) costs one pass over it. When any condition
# fails, _screen goes through the stages in order to find the first
# denial, or prices what the fast path leaves aside (lines billed by
# revenue code, categories with exclusions, prior authorization or
# frequency limits, plans without rules). Every condition here is the
# negation of a denial in _screen, so both paths give the same answer.
_assess(k) := {"plan_id": plan_id, "year": substring(line.dos, 0, 4), "service": s, "price": p} if {
	line := input.claim.lines[k]
	plan_id := eligibility.coverage(line.dos).plan_id
	submission.complete(line.code, line.revenue_code, line.pos)
	not duplicates.denial(line.code, line.dos, line.units, line.charge_cents)
	s := benefits.service(plan_id, line.code)
	s.plain
	not ncci.ptp[k]
	not ncci.mue_denial(k)
	p := pricing.price(k, plan_id, s)
	not p.deny
} else := _screen(k)

_screen(k) := {"deny": cov.deny} if {
	cov := eligibility.coverage(input.claim.lines[k].dos)
	cov.deny
} else := {"deny": d} if {
	line := input.claim.lines[k]
	d := submission.problem(line.code, line.revenue_code, line.pos)
} else := {"deny": d} if {
	line := input.claim.lines[k]
	d := duplicates.denial(line.code, line.dos, line.units, line.charge_cents)
} else := _screen_plan(k, eligibility.coverage(input.claim.lines[k].dos).plan_id)

_screen_plan(k, plan_id) := {"plan_id": plan_id, "unpriced": true} if {
	not data.plans[plan_id]
} else := {"deny": b.deny} if {
	line := input.claim.lines[k]
	b := benefits.verdict(plan_id, line.code, line.revenue_code)
	b.deny
} else := _screen_service(
	k, plan_id,
	benefits.verdict(plan_id, input.claim.lines[k].code, input.claim.lines[k].revenue_code).service,
)

_screen_service(k, plan_id, s) := {"deny": d} if {
	d := _prior_auth_denial(k, plan_id, s)
} else := {"deny": d} if {
	d := _frequency_denial(k, plan_id, s)
} else := {"deny": d} if {
	d := ncci.ptp_denial(k)
} else := {"deny": d} if {
	d := ncci.mue_denial(k)
} else := {"deny": p.deny} if {
	p := pricing.price(k, plan_id, s)
	p.deny
} else := {"plan_id": plan_id, "year": substring(input.claim.lines[k].dos, 0, 4), "service": s, "price": p} if {
	p := pricing.price(k, plan_id, s)
} else := {"plan_id": plan_id, "unpriced": true}

_prior_auth_denial(k, plan_id, s) := d if {
	s.prior_authorization == true
	line := input.claim.lines[k]
	d := benefits.prior_auth_denial(plan_id, line.code, line.dos, line.prior_auth)
}

# Frequency limits count the earlier lines of this claim (by line number)
# in the same category and plan year that pass the checks before this one
# (coverage, submission, duplicates, prior authorization); a later stage
# denying one of them (an NCCI edit, say) is not undone here.
_frequency_denial(k, plan_id, s) := d if {
	s.frequency
	line := input.claim.lines[k]
	year := substring(line.dos, 0, 4)
	earlier := count([j |
		some j, other in input.claim.lines
		other.line < line.line
		substring(other.dos, 0, 4) == year
		eligibility.coverage(other.dos).plan_id == plan_id
		benefits.service(plan_id, other.code).index == s.index
		not submission.problem(other.code, other.revenue_code, other.pos)
		not duplicates.denial(other.code, other.dos, other.units, other.charge_cents)
		not _prior_auth_denial(j, plan_id, s)
	])
	d := benefits.frequency_denial(plan_id, s.index, year, earlier)
}

# Stage 2: the allowed amount of a priced line: min(charge, fee after the
# multiple procedure reduction).
_allowed(k) := min([input.claim.lines[k].charge_cents, _reduced(k, _assessed[k].price.fee_cents)])

# Lines paid at 50% under the multiple procedure rules: {position:
# position of the line paid in full}.
_mppr := {} if {
	count(input.claim.lines) == 1
} else := pricing.mppr({k: a.price.fee_cents |
	some k, a in _assessed
	a.price.mult_proc == "2"
})

_reduced(k, fee) := pricing.round_half_up(fee * 50, 100) if {
	_mppr[k]
} else := fee

# Stage 3: cost sharing, in line-number order (the order of
# input.claim.lines, so the lines before line k are positions 0..k-1).
# _share(k): the [deductible, coinsurance, copay] of a priced line after
# the out-of-pocket cap. What is left of the deductible and maximum comes
# from the plan year's terms and the member's accumulators, less what the
# earlier lines of the claim took; the first line (the only one of most
# claims) reads no other line.
_share(k) := cost_sharing.share(
	a.service.kind, _allowed(k), ded_left, oop_left,
	t.coinsurance_percent, a.service.copay_cents,
) if {
	a := _assessed[k]
	t := cost_sharing.left(a.plan_id, a.year)
	ded_left := max([0, t.deductible_cents - _earlier_standard(k)])
	oop_left := max([0, t.oop_cents - _earlier_shares(k)])
}

# An earlier line's share before the cap.
_raw(j) := cost_sharing.split(
	a.service.kind, _allowed(j), max([0, t.deductible_cents - _earlier_standard(j)]),
	t.coinsurance_percent, a.service.copay_cents,
) if {
	a := _assessed[j]
	t := cost_sharing.left(a.plan_id, a.year)
}

# The deductible the earlier lines of the plan year took is min(left, the
# sum of their allowed amounts subject to it), and the cap took min(left,
# the sum of their shares before it): these sums make each line exact.
_earlier_standard(k) := 0 if {
	k == 0
} else := sum([_allowed(j) |
	some j in numbers.range(0, k - 1)
	a := _assessed[j]
	a.service.kind == "standard"
	a.year == _assessed[k].year
	a.plan_id == _assessed[k].plan_id
])

_earlier_shares(k) := 0 if {
	k == 0
} else := sum([share |
	some j in numbers.range(0, k - 1)
	a := _assessed[j]
	a.price
	a.year == _assessed[k].year
	a.plan_id == _assessed[k].plan_id
	[d, c, p] := _raw(j)
	share := (d + c) + p
])

_line(k) := {
	"line": input.claim.lines[k].line,
	"allowed_cents": 0,
	"paid_cents": 0,
	"adjustments": [{"group": d.group, "carc": d.carc, "cents": input.claim.lines[k].charge_cents}],
	"remarks": d.remarks,
} if {
	d := _assessed[k].deny
} else := {
	"line": input.claim.lines[k].line,
	"allowed_cents": 0,
	"paid_cents": 0,
	"adjustments": _held(k, _assessed[k]),
	"remarks": [],
} if {
	pended
} else := {
	"line": line.line,
	"allowed_cents": allowed,
	"paid_cents": ((allowed - ded) - coins) - copay,
	"adjustments": array.concat(_reductions(line.charge_cents - full, full - allowed), _patient(ded, coins, copay)),
	"remarks": [],
} if {
	line := input.claim.lines[k]
	allowed := _allowed(k)
	full := min([line.charge_cents, _assessed[k].price.fee_cents])
	[ded, coins, copay] := _share(k)
}

# The CO-45 and CO-59 adjustments, and the PR-1, 2 and 3 adjustments, of
# a paid line; an amount of 0 is no adjustment. The first branches are the
# common cases, so most lines stop there.
_reductions(co45, co59) := [{"group": "CO", "carc": "45", "cents": co45}] if {
	co59 == 0
	co45 > 0
} else := [] if {
	co59 == 0
} else := [x |
	some x in [{"group": "CO", "carc": "45", "cents": co45}, {"group": "CO", "carc": "59", "cents": co59}]
	x.cents > 0
]

_patient(ded, coins, copay) := [] if {
	(ded + coins) + copay == 0
} else := [{"group": "PR", "carc": "2", "cents": coins}] if {
	ded == 0
	copay == 0
} else := [{"group": "PR", "carc": "1", "cents": ded}] if {
	coins == 0
	copay == 0
} else := [{"group": "PR", "carc": "3", "cents": copay}] if {
	ded == 0
	coins == 0
} else := [x |
	some x in [
		{"group": "PR", "carc": "1", "cents": ded},
		{"group": "PR", "carc": "2", "cents": coins},
		{"group": "PR", "carc": "3", "cents": copay},
	]
	x.cents > 0
]

# A held line reports its reductions and what it would allow (OA-133,
# pending review); an unpriced line is held at its charge.
_held(k, a) := [x |
	some x in [
		{"group": "CO", "carc": "45", "cents": line.charge_cents - full},
		{"group": "CO", "carc": "59", "cents": full - _allowed(k)},
		{"group": "OA", "carc": "133", "cents": _allowed(k)},
	]
	x.cents > 0
] if {
	line := input.claim.lines[k]
	full := min([line.charge_cents, a.price.fee_cents])
} else := [{"group": "OA", "carc": "133", "cents": input.claim.lines[k].charge_cents}] if {
	input.claim.lines[k].charge_cents > 0
} else := []

# Reasons to hold the claim, each a [format, args] pair.
_holds contains why if {
	some why in review.reasons({a.plan_id | some a in _assessed; a.plan_id})
}

_holds contains [
	"claims.fraud: fraud score %d reaches the review threshold of %d (%s): held for review",
	[fraud.score, fraud.threshold, concat(", ", [f.code | some f in fraud.flags])],
] if {
	fraud.held
}

_holds contains [
	"claims: line %d could not be priced (claim type %q, plan %s): held for review",
	[line.line, input.claim.claim_type, a.plan_id],
] if {
	some k, a in _assessed
	a.unpriced
	line := input.claim.lines[k]
}

_holds contains [
	"claims.cost_sharing: plan %s has no cost-sharing terms for %s (line %d): held for review",
	[a.plan_id, a.year, input.claim.lines[k].line],
] if {
	some k, a in _assessed
	a.price
	not cost_sharing.terms(a.plan_id, a.year)
}

# METADATA
# description: >-
#   Per line, in claim order, which rules decided it and why, then the
#   claim's fraud signals and holds; built only when input.explain is true
#   (formatting strings is most of its cost).
explain := [[sprintf(w[0], w[1]) | some w in array.concat(_trail(k), _hold_trail)] |
	some k, _ in input.claim.lines
]

# The fraud signals that fired (held or not), then the reasons to hold.
_hold_trail := array.concat(
	[["claims.fraud: %s, score %d: %s", [f.code, f.score, f.why]] | some f in fraud.flags],
	[w | some w in _holds],
)

# The reasons of the stages a line passed, then of the one that denied it,
# or of its pricing and cost sharing.
_trail(k) := array.concat(_passed(k), [d.why]) if {
	d := _assessed[k].deny
} else := array.concat(_passed(k), _priced_trail(k))

_passed(k) := [w |
	some w in [
		_coverage_why(k),
		_benefit_why(k),
		_prior_auth_why(k),
		_frequency_why(k),
	]
	w != null
]

_coverage_why(k) := cov.why if {
	cov := eligibility.coverage(input.claim.lines[k].dos)
	not cov.deny
} else := null

_service(k) := s if {
	line := input.claim.lines[k]
	plan_id := eligibility.coverage(line.dos).plan_id
	s := benefits.verdict(plan_id, line.code, line.revenue_code).service
}

_benefit_why(k) := ["claims.benefits: %s is covered by plan %s: %s", [_billed(k), plan_id, _service(k).name]] if {
	plan_id := eligibility.coverage(input.claim.lines[k].dos).plan_id
} else := null

_prior_auth_why(k) := [
	"claims.benefits: prior authorization %s covers %s on %s",
	[line.prior_auth, line.code, line.dos],
] if {
	_service(k).prior_authorization == true
	line := input.claim.lines[k]
	not _assessed[k].deny.carc == "197"
} else := null

_frequency_why(k) := ["claims.benefits: %s: within its limit of %d per year", [s.name, s.frequency.max]] if {
	s := _service(k)
	s.frequency
	not _assessed[k].deny.carc == "119"
} else := null

_billed(k) := line.code if {
	line := input.claim.lines[k]
	line.code != ""
} else := sprintf("revenue code %s", [input.claim.lines[k].revenue_code])

_priced_trail(k) := array.concat(
	array.concat(_bypass_whys(k), [_price_why(k)]),
	[w | some w in [_mppr_why(k), _share_why(k)]; w != null],
) if {
	_assessed[k].price
} else := _bypass_whys(k)

_bypass_whys(k) := [["claims.ncci: PTP edit %s/%s (lines %d and %d) %s", [
	input.claim.lines[i].code, input.claim.lines[j].code,
	input.claim.lines[i].line, input.claim.lines[j].line, _bypass_note(mi),
]] |
	some [i, j, mi] in ncci.edits
	j == k
	not ncci.ptp[j]
]

_bypass_note(9) := "not applied: modifier indicator 9"

_bypass_note(1) := "bypassed by an NCCI-associated modifier"

_bypass_note(0) := "not applied: the pair is edited both ways and this line was billed first"

_price_why(k) := [
	"claims.pricing: %s%s locality %q %s: %d cents x %d units = %d; charge %d; allowed %d",
	[
		line.code, _mod_note(line.modifiers), pricing.locality, _setting(line.pos), f.per_unit_cents,
		line.units, a.price.fee_cents, line.charge_cents, _allowed(k),
	],
] if {
	a := _assessed[k]
	a.price.basis == "mpfs"
	f := pricing.fee(k)
	line := input.claim.lines[k]
} else := [
	"claims.pricing: %s is priced by plan %s (%s) at %d cents; charge %d; allowed %d",
	[
		_billed(k), a.plan_id, _pricing_basis(a.price.basis, a.service), a.price.fee_cents,
		input.claim.lines[k].charge_cents, _allowed(k),
	],
] if {
	a := _assessed[k]
}

_mod_note(modifiers) := sprintf("-%s", [c]) if {
	c := pricing.component(modifiers)
	c != ""
} else := ""

_setting(pos) := "facility" if {
	pos in pricing.facility_pos
} else := "non-facility"

_pricing_basis("institutional", _) := "institutional percent of charge"

_pricing_basis("plan", s) := sprintf("%d%% of charge", [s.pricing.percent_of_charge])

_mppr_why(k) := [
	concat("", [
		"claims.pricing: multiple procedures on %s: line %d has the highest fee and is paid in full; ",
		"this line is paid at 50%%",
	]),
	[line.dos, input.claim.lines[i].line],
] if {
	i := _mppr[k]
	line := input.claim.lines[k]
} else := null

_share_why(k) := [
	concat("", [
		"claims.cost_sharing: plan %s %s (%s): deductible %d, coinsurance %d, copay %d ",
		"(deductible left before this line %d, out-of-pocket left %d)",
	]),
	[plan_id, year, a.service.kind, ded, coins, copay, ded_left, oop_left],
] if {
	not pended
	a := _assessed[k]
	plan_id := a.plan_id
	year := a.year
	[ded, coins, copay] := _share(k)
	t := cost_sharing.left(plan_id, year)
	ded_left := max([0, t.deductible_cents - _earlier_standard(k)])
	oop_left := max([0, t.oop_cents - _earlier_shares(k)])
} else := null
