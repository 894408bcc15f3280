# METADATA
# title: Tests for claims.duplicates
package claims.duplicates_test

import data.claims.duplicates

# The engine keys units and charge as numbers, as the rules look them up.
_input := {
	"claim": {"billing_npi": "1720029960"},
	"history": {"duplicates": {"1720029960": {"99213": {"2017-03-01": {1: {15000: "C-EARLIER"}}}}}},
}

test_same_service_is_oa_18 if {
	d := duplicates.denial("99213", "2017-03-01", 1, 15000) with input as _input
	d.group == "OA"
	d.carc == "18"
	d.why[1] == ["C-EARLIER", "99213", "2017-03-01", 1, 15000, "1720029960"]
}

test_any_difference_is_not_a_duplicate if {
	not duplicates.denial("99213", "2017-03-01", 1, 15001) with input as _input
	not duplicates.denial("99213", "2017-03-01", 2, 15000) with input as _input
	not duplicates.denial("99213", "2017-03-02", 1, 15000) with input as _input
	not duplicates.denial("99214", "2017-03-01", 1, 15000) with input as _input
	not duplicates.denial("99213", "2017-03-01", 1, 15000) with input.claim.billing_npi as "1538144910"
		with input.history as _input.history
}

test_no_history if {
	no_history := {"claim": {"billing_npi": "1720029960"}, "history": {"duplicates": {}}}
	not duplicates.denial("99213", "2017-03-01", 1, 15000) with input as no_history
}
