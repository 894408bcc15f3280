# METADATA
# title: Cost sharing
# description: >-
#   The member's share of each allowed line, all group PR: deductible
#   (CARC 1), coinsurance (2) and copay (3), capped by the out-of-pocket
#   maximum. Terms are per plan and plan year (the calendar year of the
#   line's date of service): plans/<id>/data.json cost_sharing
#   {"deductible_cents": {year or "*": cents}, "coinsurance_percent": n,
#   "oop_max_cents": {year or "*": cents}}. A service category's
#   "cost_sharing" is "waived" (no cost sharing, e.g. preventive care),
#   {"copay_cents": n} (a copay, instead of deductible and coinsurance),
#   or absent (deductible, then coinsurance on the rest).
#
#   What the member already paid that plan year comes from
#   input.history.accumulators: {plan_id: {year: {"deductible_cents",
#   "oop_cents"}}}. Lines are taken in line-number order, so the deductible
#   applies to the first allowed dollars: a line's deductible is
#   min(allowed, max(0, deductible left - allowed dollars subject to the
#   deductible on earlier lines)), and its share is capped at max(0,
#   out-of-pocket left - shares of earlier lines before the cap). Those
#   cumulative sums make the result exact without a fold. The engine
#   accumulates the PR-1 cents as deductible and the PR-1, PR-2 and PR-3
#   cents as out-of-pocket, so cost sharing is emitted only as those.
package claims.cost_sharing

import data.claims.pricing

# METADATA
# description: >-
#   The plan's cost-sharing terms for a plan year ("YYYY"):
#   {"deductible_cents", "coinsurance_percent", "oop_max_cents"};
#   undefined when the plan does not define them for that year.
terms(plan_id, year) := {"deductible_cents": d, "coinsurance_percent": c, "oop_max_cents": o} if {
	cs := data.plans[plan_id].cost_sharing
	d := _for_year(cs.deductible_cents, year)
	c := cs.coinsurance_percent
	o := _for_year(cs.oop_max_cents, year)
}

_for_year(by_year, year) := v if {
	v := by_year[year]
} else := by_year["*"]

# METADATA
# description: >-
#   What is left of a plan year's deductible and out-of-pocket maximum
#   once the member's earlier claims (input.history.accumulators: {plan_id:
#   {year: {"deductible_cents", "oop_cents"}}}) are taken off, with the
#   coinsurance percent: {"deductible_cents", "oop_cents",
#   "coinsurance_percent"}; undefined without terms for the year.
left(plan_id, year) := {
	"deductible_cents": max([0, t.deductible_cents - acc.deductible_cents]),
	"oop_cents": max([0, t.oop_max_cents - acc.oop_cents]),
	"coinsurance_percent": t.coinsurance_percent,
} if {
	t := terms(plan_id, year)
	acc := accumulated(plan_id, year)
}

# METADATA
# description: >-
#   What the member already paid toward a plan year's deductible and
#   out-of-pocket maximum, zeros when nothing.
accumulated(plan_id, year) := a if {
	a := input.history.accumulators[plan_id][year]
} else := {"deductible_cents": 0, "oop_cents": 0}

# METADATA
# description: >-
#   [deductible, coinsurance, copay] of an allowed amount after the
#   out-of-pocket cap: split, then cap.
share(kind, allowed, deductible_left, oop_left, coinsurance_percent, copay_cents) := cap(d, c, p, oop_left) if {
	[d, c, p] := split(kind, allowed, deductible_left, coinsurance_percent, copay_cents)
}

# METADATA
# description: >-
#   [deductible, coinsurance, copay] of an allowed amount before the
#   out-of-pocket cap, by the category's kind of cost sharing: "standard"
#   takes the deductible (up to what is left of it) and coinsurance on the
#   rest, rounded half up; "copay" takes the copay (at most the allowed
#   amount); "waived" takes nothing.
split("standard", allowed, deductible_left, coinsurance_percent, _) := [ded, coins, 0] if {
	ded := min([allowed, deductible_left])
	coins := pricing.round_half_up((allowed - ded) * coinsurance_percent, 100)
}

split("copay", allowed, _, _, copay_cents) := [0, 0, min([allowed, copay_cents])]

split("waived", _, _, _, _) := [0, 0, 0]

# METADATA
# description: >-
#   [deductible, coinsurance, copay] after the out-of-pocket cap, given
#   what is left of the maximum: the cap takes from the copay, then the
#   coinsurance, then the deductible (the deductible is met first, so when
#   the cap bites, what is left is mostly coinsurance).
cap(ded, coins, copay, oop_left) := [ded, coins, copay] if {
	(ded + coins) + copay <= oop_left
} else := [d, c, (oop_left - d) - c] if {
	d := min([ded, oop_left])
	c := min([coins, oop_left - d])
}
