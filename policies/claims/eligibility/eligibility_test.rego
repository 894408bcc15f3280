# METADATA
# title: Tests for claims.eligibility
package claims.eligibility_test

import data.claims.eligibility

_spans := [
	{"plan_id": "medicare", "start": "2017-01-01", "end": "2017-03-31"},
	{"plan_id": "medicare", "start": "2017-06-01", "end": "2017-12-31"},
]

_input(spans) := {"claim": {"service_from": "2017-02-15", "lines": []}, "eligibility": {"spans": spans}}

_line(date) := {"line": 1, "code": "99213", "service_date": date}

test_date_of_service_prefers_the_line_date if {
	eligibility.date_of_service(_line("2017-02-20")) == "2017-02-20" with input as _input(_spans)
}

test_date_of_service_falls_back_to_the_claim if {
	eligibility.date_of_service(_line("")) == "2017-02-15" with input as _input(_spans)
	eligibility.date_of_service({"line": 1}) == "2017-02-15" with input as _input(_spans)
}

test_covered_inside_a_span if {
	c := eligibility.coverage(_line("2017-02-20")) with input as _input(_spans)
	c.plan_id == "medicare"
	c.span == _spans[0]
	not c.deny
}

test_span_dates_are_inclusive if {
	eligibility.coverage(_line("2017-01-01")).plan_id == "medicare" with input as _input(_spans)
	eligibility.coverage(_line("2017-03-31")).plan_id == "medicare" with input as _input(_spans)
	eligibility.coverage(_line("2017-12-31")).plan_id == "medicare" with input as _input(_spans)
}

test_before_first_span_is_26 if {
	c := eligibility.coverage(_line("2016-12-31")) with input as _input(_spans)
	c.deny.carc == "26"
	not c.plan_id
}

test_gap_between_spans_is_27 if {
	c := eligibility.coverage(_line("2017-04-01")) with input as _input(_spans)
	c.deny.carc == "27"
	c.why[1] == ["2017-04-01", "2017-03-31", "2017-06-01"]
}

test_after_coverage_ended_is_27 if {
	c := eligibility.coverage(_line("2018-01-01")) with input as _input(_spans)
	c.deny.carc == "27"
	c.why[1] == ["2018-01-01", "2017-12-31"]
}

test_no_spans_is_31 if {
	c := eligibility.coverage(_line("2017-02-20")) with input as _input([])
	c.deny.carc == "31"
}

test_open_ended_span_covers_later_dates if {
	spans := [{"plan_id": "medicare", "start": "2017-01-01", "end": ""}]
	eligibility.coverage(_line("2030-01-01")).plan_id == "medicare" with input as _input(spans)
	eligibility.coverage(_line("2016-01-01")).deny.carc == "26" with input as _input(spans)
}

test_overlapping_spans_pick_the_latest_start if {
	spans := [
		{"plan_id": "old", "start": "2017-01-01", "end": "2017-12-31"},
		{"plan_id": "new", "start": "2017-06-01", "end": "2018-12-31"},
	]
	eligibility.coverage(_line("2017-07-01")).plan_id == "new" with input as _input(spans)
	eligibility.coverage(_line("2017-05-01")).plan_id == "old" with input as _input(spans)
}

test_span_order_does_not_matter if {
	reversed := [_spans[1], _spans[0]]
	eligibility.coverage(_line("2017-04-01")).why == eligibility.coverage(_line("2017-04-01")).why with input as _input(reversed)
	eligibility.coverage(_line("2017-02-01")).plan_id == "medicare" with input as _input(reversed)
}
