# METADATA
# title: Coverage on the date of service
# description: >-
#   Finds the member's coverage span on each line's date of service. A line
#   outside coverage is denied: CARC 31 when the member has no coverage on
#   record at all, 26 before the first span starts, 27 after coverage ended
#   or in a gap between spans. Spans are inclusive; an empty end means open
#   (and explains as "start..").
package claims.eligibility

# METADATA
# description: >-
#   The line's own service date, else the claim's first date. Dates are ISO
#   YYYY-MM-DD strings, so string order is date order.
date_of_service(line) := d if {
	d := line.service_date
	d != ""
} else := input.claim.service_from

# METADATA
# description: >-
#   The coverage verdict for a line: {"plan_id", "span", "why"} when a span
#   covers its date of service, else {"deny": {"carc", "remarks"}, "why"}.
#   "why" is a [format, args] pair, formatted only when an explanation is
#   asked for, so the common path builds no strings.
coverage(line) := _coverage_on(date_of_service(line))

_spans := input.eligibility.spans

_coverage_on(d) := {
	"deny": {"carc": "31", "remarks": []},
	"why": ["claims.eligibility: the member has no coverage on record (date of service %s)", [d]],
} if {
	count(_spans) == 0
} else := {
	"plan_id": s.plan_id,
	"span": s,
	"why": ["claims.eligibility: %s is within coverage span %s %s..%s", [d, s.plan_id, s.start, s.end]],
} if {
	s := _span_on(d)
} else := {
	"deny": {"carc": "26", "remarks": []},
	"why": ["claims.eligibility: %s is before coverage starts on %s", [d, first]],
} if {
	first := min({s.start | some s in _spans})
	d < first
} else := {
	"deny": {"carc": "27", "remarks": []},
	"why": _lapse_why(d),
}

# Overlapping spans are a data error upstream, but the answer must still be
# one plan and the same one every time: the most recently started span wins,
# then the greatest span by value. An open span has end "", which no date
# is <= to, hence the second comprehension.
_span_on(d) := max(array.concat(
	[[s.start, s] | some s in _spans; s.start <= d; d <= s.end],
	[[s.start, s] | some s in _spans; s.end == ""; s.start <= d],
))[1]

_lapse_why(d) := ["claims.eligibility: %s falls in a coverage gap: coverage ended %s and resumed %s", [d, ended, resumed]] if {
	ended := max({s.end | some s in _spans; s.end != ""; s.end < d})
	resumed := min({s.start | some s in _spans; s.start > d})
} else := ["claims.eligibility: %s is after coverage ended on %s", [d, max({s.end | some s in _spans})]]
