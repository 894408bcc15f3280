# METADATA
# title: Covered services by plan
# description: >-
#   Decides whether the plan covering a line's date of service covers its
#   procedure code (or, for an institutional line billed by revenue code
#   alone, its revenue code). A plan lists benefit groups of codes and
#   inclusive code ranges; exclusions are checked first. A service the plan
#   does not cover is denied with CARC 96 and the group's remark.
package claims.benefits

import data.claims.benefits.index

# METADATA
# description: >-
#   The benefit verdict for a line under a plan of this bundle: {"group",
#   "why"} when covered, else {"deny": {"carc", "remarks"}, "why"}.
check(line, plan_id) := {
	"group": g.name,
	"why": ["claims.benefits: revenue code %s is covered by plan %s: %s", [line.revenue_code, plan_id, g.name]],
} if {
	line.code == ""
	g := first_group(plan_id, "covered_revenue_codes", line.revenue_code)
} else := {
	"deny": {"carc": "96", "remarks": ["N130"]},
	"why": ["claims.benefits: revenue code %s is not covered by plan %s", [line.revenue_code, plan_id]],
} if {
	line.code == ""
} else := {
	"deny": {"carc": "96", "remarks": [g.remark]},
	"why": ["claims.benefits: %s is excluded by plan %s: %s", [line.code, plan_id, g.name]],
} if {
	g := first_group(plan_id, "excluded", line.code)
} else := {
	"group": g.name,
	"why": ["claims.benefits: %s is covered by plan %s: %s", [line.code, plan_id, g.name]],
} if {
	g := first_group(plan_id, "covered", line.code)
} else := {
	"deny": {"carc": "96", "remarks": ["N130"]},
	"why": ["claims.benefits: %s is not a covered service under plan %s", [line.code, plan_id]],
}

# METADATA
# description: >-
#   The first group, in plan order, of a plan's benefit list ("covered",
#   "excluded" or "covered_revenue_codes") that contains the code; first so
#   that the explanation is stable when groups overlap.
first_group(plan_id, list, code) := data.plans[plan_id].benefits[list][min(hits)] if {
	hits := array.concat(
		[i |
			some [low, high, i] in index.ranges[plan_id][list][shape(code)]
			low <= code
			code <= high
		],
		[i | i := index.codes[plan_id][list][code]],
	)
}

# METADATA
# description: >-
#   The code with every digit replaced by 9: 99213 -> 99999, 1036F -> 9999F,
#   G0463 -> G9999. Codes in one range must share a shape.
shape(code) := regex.replace(code, "[0-9]", "9")
