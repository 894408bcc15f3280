# METADATA
# title: Tests for claims.eligibility
package claims.eligibility_test

import data.claims.eligibility

# Spans as the engine gives them: sorted by start, open end 9999-12-31.
_spans := [
	{"plan_id": "medicare", "start": "2017-01-01", "end": "2017-03-31"},
	{"plan_id": "medicare", "start": "2017-06-01", "end": "2017-12-31"},
]

_input(spans) := {"eligibility": {"spans": spans}}

test_covered_inside_a_span if {
	c := eligibility.coverage("2017-02-20") with input as _input(_spans)
	c.plan_id == "medicare"
	c.span == _spans[0]
	not c.deny
	c.why == [
		"claims.eligibility: %s is within coverage span %s %s..%s",
		["2017-02-20", "medicare", "2017-01-01", "2017-03-31"],
	]
}

test_span_dates_are_inclusive if {
	eligibility.coverage("2017-01-01").plan_id == "medicare" with input as _input(_spans)
	eligibility.coverage("2017-03-31").plan_id == "medicare" with input as _input(_spans)
	eligibility.coverage("2017-06-01").span == _spans[1] with input as _input(_spans)
	eligibility.coverage("2017-12-31").plan_id == "medicare" with input as _input(_spans)
}

test_before_first_span_is_26 if {
	c := eligibility.coverage("2016-12-31") with input as _input(_spans)
	c.deny.carc == "26"
	c.deny.group == "CO"
	c.deny.why[1] == ["2016-12-31", "2017-01-01"]
	not c.plan_id
}

test_gap_between_spans_is_27 if {
	c := eligibility.coverage("2017-04-01") with input as _input(_spans)
	c.deny.carc == "27"
	c.deny.why[1] == ["2017-04-01", "2017-03-31", "2017-06-01"]
}

test_after_coverage_ended_is_27 if {
	c := eligibility.coverage("2018-01-01") with input as _input(_spans)
	c.deny.carc == "27"
	c.deny.why == ["claims.eligibility: %s is after coverage ended on %s", ["2018-01-01", "2017-12-31"]]
}

test_no_spans_is_31 if {
	c := eligibility.coverage("2017-02-20") with input as _input([])
	c.deny == {
		"group": "CO", "carc": "31", "remarks": [],
		"why": ["claims.eligibility: the member has no coverage on record (date of service %s)", ["2017-02-20"]],
	}
}

test_open_ended_span_covers_later_dates if {
	spans := [{"plan_id": "medicare", "start": "2017-01-01", "end": "9999-12-31"}]
	eligibility.coverage("2030-01-01").plan_id == "medicare" with input as _input(spans)
	eligibility.coverage("2016-01-01").deny.carc == "26" with input as _input(spans)
}

# Overlap is a data error, but the answer is stable: the span that started
# last wins (it is the last one found in sorted order).
test_overlapping_spans_pick_the_latest_start if {
	spans := [
		{"plan_id": "old", "start": "2017-01-01", "end": "2017-12-31"},
		{"plan_id": "new", "start": "2017-06-01", "end": "2018-12-31"},
	]
	eligibility.coverage("2017-07-01").plan_id == "new" with input as _input(spans)
	eligibility.coverage("2017-05-01").plan_id == "old" with input as _input(spans)
}

# The Tuva member 10072's coverage (tuva_eligibility_seed.csv) has a gap in
# May 2017 and ends in September 2018.
test_tuva_member_10072 if {
	spans := [
		{"plan_id": "medicare", "start": "2016-01-01", "end": "2016-08-31"},
		{"plan_id": "medicare", "start": "2016-10-01", "end": "2017-04-30"},
		{"plan_id": "medicare", "start": "2017-06-01", "end": "2017-06-30"},
		{"plan_id": "medicare", "start": "2017-08-01", "end": "2017-10-31"},
		{"plan_id": "medicare", "start": "2017-12-01", "end": "2018-01-31"},
		{"plan_id": "medicare", "start": "2018-03-01", "end": "2018-05-31"},
		{"plan_id": "medicare", "start": "2018-07-01", "end": "2018-09-30"},
	]
	gap := eligibility.coverage("2017-05-15") with input as _input(spans)
	gap.deny.why[1] == ["2017-05-15", "2017-04-30", "2017-06-01"]
	eligibility.coverage("2016-09-30").deny.carc == "27" with input as _input(spans)
	eligibility.coverage("2018-10-01").deny.carc == "27" with input as _input(spans)
	eligibility.coverage("2017-06-30").plan_id == "medicare" with input as _input(spans)
}
