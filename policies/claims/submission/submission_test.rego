# METADATA
# title: Tests for claims.submission
package claims.submission_test

import data.claims.submission

_claim(type) := {"claim": {"claim_type": type}}

test_complete_professional_line_has_no_problem if {
	not submission.problem("99213", "", "11") with input as _claim("professional")
	submission.complete("99213", "", "11") with input as _claim("professional")
}

test_professional_line_without_place_of_service_is_16_m77 if {
	p := submission.problem("99213", "", "") with input as _claim("professional")
	p.carc == "16"
	p.group == "CO"
	p.remarks == ["M77"]
	not submission.complete("99213", "", "") with input as _claim("professional")
}

test_professional_line_without_code_is_16_m51 if {
	p := submission.problem("", "0450", "11") with input as _claim("professional")
	p.remarks == ["M51"]
	p.why == ["claims.submission: %s", ["a professional line needs a procedure code"]]
	not submission.complete("", "0450", "11") with input as _claim("professional")
	q := submission.problem("", "", "11") with input as _claim("professional")
	q.why == ["claims.submission: %s", ["the line has neither a procedure code nor a revenue code"]]
}

test_institutional_line_needs_a_code_or_revenue_code if {
	not submission.problem("", "0450", "") with input as _claim("institutional")
	not submission.problem("G0463", "", "") with input as _claim("institutional")
	submission.complete("G0463", "0510", "") with input as _claim("institutional")
	p := submission.problem("", "", "") with input as _claim("institutional")
	p.remarks == ["M51"]
}

test_total_charge_line_is_not_a_service if {
	p := submission.problem("", "0001", "") with input as _claim("institutional")
	p.remarks == ["M50"]
	not submission.complete("G0463", "0001", "") with input as _claim("institutional")
}
