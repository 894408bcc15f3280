# METADATA
# title: Benefit lookup index
# description: >-
#   The plans' service categories arranged for constant-time lookup. A code
#   a category lists by name maps straight to the first category (in plan
#   order) that contains it, by name or by range. Ranges compare as strings,
#   which is only meaningful between codes of one shape (without the shape
#   the CPT category II code 1036F would sort inside the surgery range
#   10004..69990), so ranges are bucketed by shape and first character and
#   a lookup scans one bucket of one or two ranges.
#
#   This package reads data only, never input: the engine evaluates it once
#   when it loads the bundle and serves the result as data (see
#   custom.materialize), while the Rego tests evaluate it live.
# custom:
#   materialize: true
package claims.benefits.index

import data.claims.hcpcs

# First characters of HCPCS codes (CPT codes start with a digit, level II
# codes with a letter).
_first_chars := [
	"0", "1", "2", "3", "4", "5", "6", "7", "8", "9",
	"A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M",
	"N", "O", "P", "Q", "R", "S", "T", "U", "V", "W", "X", "Y", "Z",
]

# METADATA
# description: >-
#   {plan_id: {code: index of the first service category containing it}}
#   for every code some category of the plan lists by name.
codes[plan_id][code] := min(by_name | by_range) if {
	some plan_id, plan in data.plans
	some s in plan.services
	some code in object.get(s, "codes", [])
	by_name := {i | some i, c in plan.services; code in object.get(c, "codes", [])}
	by_range := {i |
		some i, c in plan.services
		some [low, high] in object.get(c, "ranges", [])
		hcpcs.shape(low) == hcpcs.shape(code)
		low <= code
		code <= high
	}
}

# METADATA
# description: >-
#   {plan_id: {shape: {first character: [[low, high, category index],
#   ...]}}}, each bucket in category order, so the first range of a bucket
#   that contains a code is its category.
ranges[plan_id][sh][ch] := entries if {
	some plan_id, plan in data.plans
	some s in plan.services
	some r in object.get(s, "ranges", [])
	sh := hcpcs.shape(r[0])
	some ch in _first_chars
	substring(r[0], 0, 1) <= ch
	ch <= substring(r[1], 0, 1)
	entries := [[low, high, i] |
		some i, c in plan.services
		some [low, high] in object.get(c, "ranges", [])
		hcpcs.shape(low) == sh
		substring(low, 0, 1) <= ch
		ch <= substring(high, 0, 1)
	]
}

# METADATA
# description: >-
#   {plan_id: [category]}: each plan's service categories as the plan
#   lists them, plus what the rules ask of every line, precomputed:
#   "index" (position in the plan), "kind" of cost sharing ("standard",
#   "copay" or "waived"), "copay_cents" (0 unless a copay), and "plain",
#   true when the category has no exclusion, prior authorization or
#   frequency limit, so that a line of it needs none of those checks.
services[plan_id] := [object.union(s, {
	"index": i,
	"kind": _kind[plan_id][i],
	"copay_cents": object.get(s, ["cost_sharing", "copay_cents"], 0),
	"plain": object.get(_plain, [plan_id, i], false),
}) |
	some i, s in plan.services
] if {
	some plan_id, plan in data.plans
}

# claims.config has checked that cost_sharing is one of these forms, so
# each category gets exactly one kind. (A materialized package may define
# only values, hence rules keyed by plan and index rather than functions.)
_kind[plan_id][i] := "waived" if {
	some plan_id, plan in data.plans
	some i, s in plan.services
	s.cost_sharing == "waived"
}

_kind[plan_id][i] := "copay" if {
	some plan_id, plan in data.plans
	some i, s in plan.services
	s.cost_sharing.copay_cents
}

_kind[plan_id][i] := "standard" if {
	some plan_id, plan in data.plans
	some i, s in plan.services
	not s.cost_sharing
}

_plain[plan_id][i] if {
	some plan_id, plan in data.plans
	some i, s in plan.services
	not s.excluded
	not s.prior_authorization
	not s.frequency
}

# METADATA
# description: >-
#   {plan_id: [[low, high, index], ...]}: the revenue code ranges of each
#   plan's revenue_codes groups, in order (revenue codes are four digits,
#   one shape).
revenue_ranges[plan_id] := [[low, high, i] |
	some i, g in object.get(plan, "revenue_codes", [])
	some [low, high] in g.ranges
] if {
	some plan_id, plan in data.plans
}
