# METADATA
# title: Benefit lookup index
# description: >-
#   The plans' benefit lists arranged for lookup. Ranges compare as
#   strings, which is only meaningful between codes of one shape (without
#   the shape buckets the CPT category II code 1036F would sort inside the
#   surgery range 10004..69990), so ranges are bucketed by shape and a
#   lookup scans one small bucket instead of every group of the plan.
#
#   This package reads data only, never input: the engine evaluates it once
#   when it loads the bundle and serves the result as data (see
#   custom.materialize), while opa test evaluates it live.
# custom:
#   materialize: true
package claims.benefits.index

import data.claims.benefits

_lists := ["covered", "excluded", "covered_revenue_codes"]

# METADATA
# description: >-
#   {plan_id: {list: {shape: [[low, high, group index], ...]}}} for the
#   lists "covered", "excluded" and "covered_revenue_codes".
ranges[plan_id][list][sh] := entries if {
	some plan_id, plan in data.plans
	some list in _lists
	groups := object.get(plan.benefits, list, [])
	some sh in {benefits.shape(r[0]) | some g in groups; some r in g.ranges}
	entries := [[r[0], r[1], i] | some i, g in groups; some r in g.ranges; benefits.shape(r[0]) == sh]
}

# METADATA
# description: >-
#   {plan_id: {list: {code: index of the first group listing it}}}.
codes[plan_id][list][code] := min({i | some i, g in groups; code in g.codes}) if {
	some plan_id, plan in data.plans
	some list in _lists
	groups := object.get(plan.benefits, list, [])
	some g in groups
	some code in g.codes
}
