# METADATA
# title: Tests for claims.fraud
package claims.fraud_test

import data.claims.fraud

_npi := "1720029960"

_line(n, code, charge, mods) := {
	"line": n, "code": code, "modifiers": mods, "units": 1, "charge_cents": charge,
	"dos": "2017-05-01", "pos": "11", "revenue_code": "", "prior_auth": "",
}

_history := {
	"accumulators": {}, "duplicates": {}, "frequency": {},
	"same_service": {}, "claims_on": {}, "after_coverage": {},
}

_input(lines, history) := {
	"claim": {
		"claim_id": "C9", "claim_type": "professional", "member_id": "M1",
		"billing_npi": _npi, "rendering_npi": "", "service_from": "2017-05-01", "lines": lines,
	},
	"eligibility": {"spans": [{"plan_id": "medicare", "start": "2017-01-01", "end": "2017-12-31"}]},
	"history": object.union(_history, history),
}

# An earlier claim C1 of the provider billed 99213 on the same day, 1 unit,
# 15000 cents, modifiers 59 and RT (sorted, as the engine indexes them);
# the duplicates index has it too.
_earlier := {
	"duplicates": {_npi: {"99213": {"2017-05-01": {1: {15000: "C1"}}}}},
	"same_service": {_npi: {"99213": {"2017-05-01": [
		{"claim_id": "C1", "units": 1, "charge_cents": 15000, "modifiers": ["59", "RT"]},
	]}}},
}

_codes(signals) := {s.code | some s in signals}

test_no_history_no_signals if {
	count(fraud.signals) == 0 with input as _input([_line(1, "99213", 15000, [])], {})
	fraud.score == 0 with input as _input([_line(1, "99213", 15000, [])], {})
	fraud.flags == [] with input as _input([_line(1, "99213", 15000, [])], {})
	not fraud.held with input as _input([_line(1, "99213", 15000, [])], {})
}

test_near_duplicate_by_charge if {
	signals := fraud.signals with input as _input([_line(1, "99213", 16000, ["RT", "59"])], _earlier)
	[s] := [s | some s in signals]
	s.code == "DUP_NEAR"
	s.score == 60
	s.figures == {
		"line": 1, "lines": 1, "prior_claim_id": "C1", "prior_units": 1, "prior_charge_cents": 15000,
		"prior_modifiers": ["59", "RT"], "units": 1, "charge_cents": 16000, "modifiers": ["59", "RT"],
	}
	sprintf(s.why[0], s.why[1]) == concat("", [
		"line 1 repeats 99213 on 2017-05-01 from provider 1720029960, billed on earlier claim C1 with 1 units, ",
		"15000 cents, modifiers 59,RT; now 1 units, 16000 cents, modifiers 59,RT (1 such lines)",
	])
}

# With the same units and charge a line is an exact duplicate whatever its
# modifiers (below); with other units, other modifiers make it a near one.
test_near_duplicate_by_modifiers if {
	two := object.union(_line(1, "99213", 15000, ["RT"]), {"units": 2})
	_codes(fraud.signals) == {"DUP_NEAR"} with input as _input([two], _earlier)
}

# Modifiers compare as sets (RT,59 is 59,RT); other units alone, with the
# charge and modifiers the same, are not a near duplicate.
test_modifier_order_is_no_difference if {
	two := object.union(_line(1, "99213", 15000, ["RT", "59"]), {"units": 2})
	count(fraud.signals) == 0 with input as _input([two], _earlier)
}

# An exact duplicate (same units and charge) is denied OA-18 by
# claims.duplicates, whatever its modifiers: it is not flagged again.
test_exact_duplicate_is_not_flagged if {
	count(fraud.signals) == 0 with input as _input([_line(1, "99213", 15000, ["RT", "59"])], _earlier)
	count(fraud.signals) == 0 with input as _input([_line(1, "99213", 15000, ["25"])], _earlier)
}

test_near_duplicate_needs_a_code_and_a_charge if {
	prior := {"claim_id": "C1", "units": 1, "charge_cents": 5, "modifiers": []}
	h := {"same_service": {_npi: {"": {"2017-05-01": [prior]}}}}
	count(fraud.signals) == 0 with input as _input([_line(1, "", 15000, [])], h)
	count(fraud.signals) == 0 with input as _input([_line(1, "99213", 0, [])], _earlier)
}

# The first line by line number is described; the figures count them all.
test_near_duplicate_reports_the_first_line if {
	lines := [_line(1, "99214", 100, []), _line(2, "99213", 16000, []), _line(3, "99213", 17000, [])]
	[s] := [s | some s in fraud.signals] with input as _input(lines, _earlier)
	s.figures.line == 2
	s.figures.lines == 2
	s.figures.charge_cents == 16000
}

# Another billing provider's lines are not in this claim's index: the
# engine indexes only the claim's billing NPI.
test_near_duplicate_is_per_provider if {
	count(fraud.signals) == 0 with input as _input([_line(1, "99213", 16000, [])], _earlier)
		with input.claim.billing_npi as "1538144910"
}

_after(n) := {"after_coverage": {_npi: n}}

_late_line := object.union(_line(1, "99213", 15000, []), {"dos": "2018-01-02"})

test_post_coverage_billed_repeatedly if {
	signals := fraud.signals with input as _input([_line(2, "99213", 15000, []), _late_line], _after(2))
	[s] := [s | some s in signals]
	s.code == "POST_COVERAGE"
	s.score == 50
	s.figures == {"line": 1, "lines": 1, "coverage_end": "2017-12-31", "prior_claims": 2, "min_prior_claims": 2}
	sprintf(s.why[0], s.why[1]) == concat("", [
		"line 1 on 2018-01-02 is after the member's coverage ended on 2017-12-31, and provider 1720029960 ",
		"already billed 2 earlier claims for services after that date (repeatedly: 2 or more)",
	])
}

test_post_coverage_needs_repetition_and_a_late_line if {
	count(fraud.signals) == 0 with input as _input([_late_line], _after(1))
	count(fraud.signals) == 0 with input as _input([_late_line], {})
	count(fraud.signals) == 0 with input as _input([_line(1, "99213", 15000, [])], _after(5))
}

# A gap between spans is not the end of coverage.
test_post_coverage_is_after_the_last_span if {
	spans := [
		{"plan_id": "medicare", "start": "2017-01-01", "end": "2017-03-31"},
		{"plan_id": "medicare", "start": "2017-06-01", "end": "2017-12-31"},
	]
	count(fraud.signals) == 0 with input as _input([_line(1, "99213", 15000, [])], _after(5))
		with input.eligibility.spans as spans
}

test_member_velocity if {
	h := {"claims_on": {"2017-05-01": 6, "2017-05-02": 7}}
	lines := [_line(1, "99213", 15000, []), object.union(_line(2, "99213", 15000, []), {"dos": "2017-05-02"})]
	[s] := [s | some s in fraud.signals] with input as _input(lines, h)
	s.code == "VELOCITY_MEMBER"
	s.score == 40
	s.figures == {"dos": "2017-05-01", "dates": 2, "prior_claims": 6, "min_prior_claims": 6}
	sprintf(s.why[0], s.why[1]) == concat("", [
		"the member already has 6 earlier claims with services on 2017-05-01, ",
		"this claim's date of service (6 or more)",
	])
}

test_member_velocity_below_the_threshold if {
	count(fraud.signals) == 0 with input as _input([_line(1, "99213", 15000, [])], {"claims_on": {"2017-05-01": 5}})
}

_excluded(npi, from, until) := {"npi": {npi: [{"from": from, "until": until}]}}

test_excluded_billing_provider if {
	signals := fraud.signals with input as _input([_line(1, "99213", 15000, [])], {})
		with data.exclusions as _excluded(_npi, "2017-05-01", "9999-12-31")
	[s] := [s | some s in signals]
	s.code == "EXCLUDED"
	s.score == 100
	s.figures == {
		"role": "billing", "npi": _npi, "excluded_from": "2017-05-01", "reinstated": "",
		"line": 1, "dos": "2017-05-01", "roles": 1,
	}
	sprintf(s.why[0], s.why[1]) == concat("", [
		"the billing provider 1720029960 is on the exclusion list from 2017-05-01, ",
		"which covers line 1's date of service 2017-05-01",
	])
}

test_excluded_rendering_provider_until_reinstated if {
	signals := fraud.signals with input as _input([_line(1, "99213", 15000, [])], {})
		with input.claim.rendering_npi as "1234567893"
		with data.exclusions as _excluded("1234567893", "2016-01-01", "2017-05-02")
	[s] := [s | some s in signals]
	s.figures.role == "rendering"
	s.figures.reinstated == "2017-05-02"
	sprintf(s.why[0], s.why[1]) == concat("", [
		"the rendering provider 1234567893 is on the exclusion list from 2016-01-01 until 2017-05-02, ",
		"which covers line 1's date of service 2017-05-01",
	])
}

test_excluded_only_on_the_dates_of_the_exclusion if {
	inp := _input([_line(1, "99213", 15000, [])], {})

	# Excluded the day after the date of service.
	count(fraud.signals) == 0 with input as inp with data.exclusions as _excluded(_npi, "2017-05-02", "9999-12-31")

	# Reinstated on the date of service.
	count(fraud.signals) == 0 with input as inp with data.exclusions as _excluded(_npi, "2016-01-01", "2017-05-01")

	# No list.
	count(fraud.signals) == 0 with input as inp with data.exclusions as {"npi": {}}
}

test_excluded_both_roles_fire_once if {
	both := {"npi": {
		_npi: [{"from": "2017-01-01", "until": "9999-12-31"}],
		"1234567893": [{"from": "2017-01-01", "until": "9999-12-31"}],
	}}
	[s] := [s | some s in fraud.signals] with input as _input([_line(1, "99213", 15000, [])], {})
		with input.claim.rendering_npi as "1234567893"
		with data.exclusions as both
	s.figures.role == "billing"
	s.figures.roles == 2
}

# DUP_NEAR (60) and VELOCITY_MEMBER (40) reach the threshold of 100
# together; each alone is recorded and does not hold. Flags come in code
# order with the sentence formatted.
test_score_and_threshold if {
	h := object.union(_earlier, {"claims_on": {"2017-05-01": 6}})
	inp := _input([_line(1, "99213", 16000, [])], h)
	fraud.score == 100 with input as inp
	fraud.held with input as inp
	[f.code | some f in fraud.flags] == ["DUP_NEAR", "VELOCITY_MEMBER"] with input as inp
	[f.score | some f in fraud.flags] == [60, 40] with input as inp
	startswith(fraud.flags[1].why, "the member already has 6 earlier claims") with input as inp

	# One point short.
	not fraud.held with input as inp with data.fraud.pend_score as 101

	# Alone, below it.
	alone := _input([_line(1, "99213", 16000, [])], _earlier)
	fraud.score == 60 with input as alone
	not fraud.held with input as alone
}

# Scores are data: a score of 0 records a signal without weight.
test_scores_are_data if {
	inp := _input([_line(1, "99213", 16000, [])], _earlier)
	fraud.flags == [{"code": "DUP_NEAR", "score": 0, "why": concat("", [
		"line 1 repeats 99213 on 2017-05-01 from provider 1720029960, billed on earlier claim C1 with 1 units, ",
		"15000 cents, modifiers 59,RT; now 1 units, 16000 cents, modifiers none (1 such lines)",
	])}] with input as inp with data.fraud.signals.DUP_NEAR.score as 0
	fraud.score == 0 with input as inp with data.fraud.signals.DUP_NEAR.score as 0
	fraud.held with input as inp with data.fraud.pend_score as 60
}
