# METADATA
# title: Coverage on the date of service
# description: >-
#   Finds the member's coverage span on a line's date of service. A line
#   outside coverage is denied: CARC 31 when the member has no coverage on
#   record at all, 26 before the first span starts, 27 after coverage ended
#   or in a gap between spans. Spans are inclusive. The engine sorts them
#   by start, then end, and writes an open end as 9999-12-31.
package claims.eligibility

# METADATA
# description: >-
#   The coverage verdict for a date of service (YYYY-MM-DD; string order is
#   date order): {"plan_id", "span", "why"} when a span covers it, else
#   {"deny": {"group", "carc", "remarks", "why"}}. "why" is a [format, args]
#   pair, formatted only when an explanation is asked for. The argument is a
#   date, not a line, so OPA's per-evaluation function cache computes it
#   once per distinct date of service of the claim. Overlapping spans are a
#   data error upstream, but the answer must still be one plan and the same
#   one every time: the span that started last (then ended last) wins,
#   which in sorted order is the last one that covers the date.
coverage(d) := {
	"plan_id": s.plan_id,
	"span": s,
	"why": ["claims.eligibility: %s is within coverage span %s %s..%s", [d, s.plan_id, s.start, s.end]],
} if {
	hits := [s | some s in input.eligibility.spans; s.start <= d; d <= s.end]
	s := hits[count(hits) - 1]
} else := {"deny": {
	"group": "CO", "carc": "31", "remarks": [],
	"why": ["claims.eligibility: the member has no coverage on record (date of service %s)", [d]],
}} if {
	count(input.eligibility.spans) == 0
} else := {"deny": {
	"group": "CO", "carc": "26", "remarks": [],
	"why": ["claims.eligibility: %s is before coverage starts on %s", [d, input.eligibility.spans[0].start]],
}} if {
	d < input.eligibility.spans[0].start
} else := {"deny": {"group": "CO", "carc": "27", "remarks": [], "why": _lapse_why(d)}}

_lapse_why(d) := [
	"claims.eligibility: %s falls in a coverage gap: coverage ended %s and resumed %s",
	[d, ended, resumed],
] if {
	spans := input.eligibility.spans
	ended := max({s.end | some s in spans; s.end < d})
	resumed := min({s.start | some s in spans; s.start > d})
} else := [
	"claims.eligibility: %s is after coverage ended on %s",
	[d, max({s.end | some s in input.eligibility.spans})],
]
