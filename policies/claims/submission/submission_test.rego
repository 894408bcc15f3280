# METADATA
# title: Tests for claims.submission
package claims.submission_test

import data.claims.submission

_claim(type, pos) := {"claim": {"claim_type": type, "place_of_service": pos}}

test_complete_professional_line_has_no_problem if {
	not submission.problem({"code": "99213", "place_of_service": "11", "revenue_code": ""}) with input as _claim("professional", "")
}

test_claim_place_of_service_is_the_default if {
	submission.place_of_service({"code": "99213", "place_of_service": "", "revenue_code": ""}) == "22" with input as _claim("professional", "22")
	submission.place_of_service({"code": "99213", "place_of_service": "11", "revenue_code": ""}) == "11" with input as _claim("professional", "22")
	not submission.problem({"code": "99213", "revenue_code": ""}) with input as _claim("professional", "22")
}

test_professional_line_without_place_of_service_is_16_m77 if {
	p := submission.problem({"code": "99213", "place_of_service": "", "revenue_code": ""}) with input as _claim("professional", "")
	p.deny == {"carc": "16", "remarks": ["M77"]}
}

test_professional_line_without_code_is_16_m51 if {
	p := submission.problem({"code": "", "place_of_service": "11", "revenue_code": ""}) with input as _claim("professional", "")
	p.deny == {"carc": "16", "remarks": ["M51"]}
}

test_institutional_line_needs_a_code_or_revenue_code if {
	not submission.problem({"code": "", "revenue_code": "0450", "place_of_service": ""}) with input as _claim("institutional", "")
	not submission.problem({"code": "G0463", "revenue_code": ""}) with input as _claim("institutional", "")
	p := submission.problem({"code": "", "revenue_code": ""}) with input as _claim("institutional", "")
	p.deny == {"carc": "16", "remarks": ["M51"]}
}

test_total_charge_line_is_not_a_service if {
	p := submission.problem({"code": "", "revenue_code": "0001"}) with input as _claim("institutional", "")
	p.deny == {"carc": "16", "remarks": ["M50"]}
}
