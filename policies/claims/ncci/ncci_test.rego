# METADATA
# title: Tests for claims.ncci
package claims.ncci_test

import data.claims.ncci

_line(n, code, mods, units, dos) := {
	"line": n, "code": code, "modifiers": mods, "units": units, "charge_cents": 10000,
	"dos": dos, "pos": "11", "revenue_code": "", "prior_auth": "",
}

_claim(lines) := {"claim": {"claim_type": "professional", "lines": lines}}

# Real edit: 99223 (initial hospital care) is column 1 of 99232
# (subsequent hospital care) with modifier indicator 0 (deletion date
# 2019-12-31 in one row, none in another): 99232 is denied, and no
# modifier, not even 59, lets it through.
test_ptp_indicator_0_is_never_bypassed if {
	lines := [_line(1, "99223", [], 1, "2017-03-01"), _line(2, "99232", ["59"], 1, "2017-03-01")]
	ncci.ptp == {1: {"column_1": 0, "mi": 0}} with input as _claim(lines)
	d := ncci.ptp_denial(1) with input as _claim(lines)
	d.carc == "236"
	d.group == "CO"
	d.why[1] == ["99232", 2, "99223", 1, 0, ": no modifier bypasses it"]
	not ncci.ptp_denial(0) with input as _claim(lines)
}

# Real edit: 17000 (destruction of a premalignant lesion) is column 1 of
# 99213 with modifier indicator 1. Modifier 25 (significant, separately
# identifiable E/M) on either line bypasses it.
test_ptp_indicator_1_is_bypassed_by_an_ncci_modifier if {
	bare := [_line(1, "99213", [], 1, "2017-03-01"), _line(2, "17000", [], 1, "2017-03-01")]
	ncci.ptp == {0: {"column_1": 1, "mi": 1}} with input as _claim(bare)
	[1, 0, 1] in ncci.edits with input as _claim(bare)

	with25 := [_line(1, "99213", ["25"], 1, "2017-03-01"), _line(2, "17000", [], 1, "2017-03-01")]
	ncci.ptp == {} with input as _claim(with25)
	[1, 0, 1] in ncci.edits with input as _claim(with25)

	# Anatomic modifiers count too; modifiers outside the NCCI list do not.
	rt := [_line(1, "99213", [], 1, "2017-03-01"), _line(2, "17000", ["RT"], 1, "2017-03-01")]
	ncci.ptp == {} with input as _claim(rt)
	gt := [_line(1, "99213", ["GT"], 1, "2017-03-01"), _line(2, "17000", [], 1, "2017-03-01")]
	ncci.ptp == {0: {"column_1": 1, "mi": 1}} with input as _claim(gt)
}

test_ptp_needs_the_same_date_of_service if {
	lines := [_line(1, "99223", [], 1, "2017-03-01"), _line(2, "99232", [], 1, "2017-03-02")]
	ncci.ptp == {} with input as _claim(lines)
	count(ncci.edits) == 0 with input as _claim(lines)
}

test_ptp_indicator_9_never_applies if {
	lines := [_line(1, "99213", [], 1, "2017-03-01"), _line(2, "17000", [], 1, "2017-03-01")]
	ncci.ptp == {} with input as _claim(lines) with cms.ptp_edits as [[1, 0, 9]]
}

# Both orders in force: the line billed first is kept as column 1.
test_ptp_pair_edited_both_ways_keeps_the_first_line if {
	lines := [_line(1, "11306", [], 1, "2017-03-01"), _line(2, "17110", [], 1, "2017-03-01")]
	ncci.ptp == {1: {"column_1": 0, "mi": 1}} with input as _claim(lines) with cms.ptp_edits as [[0, 1, 1], [1, 0, 1]]
}

test_ptp_applies_to_professional_claims_only if {
	lines := [_line(1, "99223", [], 1, "2017-03-01"), _line(2, "99232", [], 1, "2017-03-01")]
	ncci.ptp == {} with input as {"claim": {"claim_type": "institutional", "lines": lines}}
}

# Real MUE: 99233 allows 1 unit per date of service, adjudication
# indicator 3 (date of service, clinical): two lines of 1 unit on the same
# date are 2 units, and both lines are denied, CARC 151 with N362.
test_mue_date_of_service_sums_the_claims_lines if {
	lines := [_line(1, "99233", [], 1, "2018-03-10"), _line(2, "99233", [], 1, "2018-03-10")]
	d := ncci.mue_denial(0) with input as _claim(lines)
	d.carc == "151"
	d.remarks == ["N362"]
	d.why[1] == ["99233", 2, "on the date of service, summed over the claim's lines", 1, 3]
	ncci.mue_denial(1).carc == "151" with input as _claim(lines)

	# One unit is within the edit; so are the same two units on two dates.
	not ncci.mue_denial(0) with input as _claim([lines[0]])
	not ncci.mue_denial(0) with input as _claim([lines[0], _line(2, "99233", [], 1, "2018-03-11")])
}

test_mue_line_indicator_compares_each_line if {
	lines := [_line(1, "J1100", [], 3, "2017-03-01"), _line(2, "J1100", [], 2, "2017-03-01")]
	mue := {"uos": 2, "mai": 1}
	ncci.mue_denial(0).why[1] == ["J1100", 3, "on the line", 2, 1] with input as _claim(lines) with cms.mue as mue
	not ncci.mue_denial(1) with input as _claim(lines) with cms.mue as mue
}

test_no_mue_for_the_code if {
	not ncci.mue_denial(0) with input as _claim([_line(1, "99999", [], 99, "2017-03-01")])
	institutional := {"claim": {"claim_type": "institutional", "lines": [_line(1, "99233", [], 5, "2017-03-01")]}}
	not ncci.mue_denial(0) with input as institutional
}
