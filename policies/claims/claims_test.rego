# METADATA
# title: Tests for the claim decision
package claims_test

import data.claims

_medicare := [{"plan_id": "medicare", "start": "2017-01-01", "end": "2017-12-31"}]

_ppo := [{"plan_id": "commercial_ppo", "start": "2024-01-01", "end": "9999-12-31"}]

_no_history := {"accumulators": {}, "duplicates": {}, "frequency": {}}

_claim(type, lines) := {
	"claim_id": "C1",
	"claim_type": type,
	"member_id": "M1",
	"billing_npi": "1999999999",
	"rendering_npi": "",
	"service_from": "2017-05-01",
	"lines": lines,
}

_line(n, code, charge) := {
	"line": n, "code": code, "modifiers": [], "units": 1, "charge_cents": charge,
	"dos": "2017-05-01", "pos": "11", "revenue_code": "", "prior_auth": "",
}

_decide(type, lines, spans) := _decide_with(type, lines, spans, _no_history)

_decide_with(type, lines, spans, history) := d if {
	d := claims.decision with input as _input(type, lines, spans, history)
}

_input(type, lines, spans, history) := {
	"claim": _claim(type, lines),
	"eligibility": {"spans": spans},
	"history": history,
}

# A history whose only entries are the member's 2017 Medicare accumulators.
_medicare_2017(deductible_cents, oop_cents) := {
	"accumulators": {"medicare": {"2017": {"deductible_cents": deductible_cents, "oop_cents": oop_cents}}},
	"duplicates": {}, "frequency": {},
}

_met := _medicare_2017(18300, 18300)

# 99213 nationally at POS 11: 8895 cents; charge 15000 -> CO-45 6105. The
# member has the whole 2017 deductible (18300) left, so all 8895 go to it:
# PR-1 8895, paid 0. The line is not denied, so the claim is approved.
test_deductible_takes_the_first_dollars if {
	d := _decide("professional", [_line(1, "99213", 15000)], _medicare)
	d.outcome == "approve"
	d.lines == [{
		"line": 1, "allowed_cents": 8895, "paid_cents": 0,
		"adjustments": [{"group": "CO", "carc": "45", "cents": 6105}, {"group": "PR", "carc": "1", "cents": 8895}],
		"remarks": [],
	}]
}

# Deductible met: coinsurance 20% of 8895 = 1779, paid 7116.
test_coinsurance_after_the_deductible if {
	d := _decide_with("professional", [_line(1, "99213", 15000)], _medicare, _met)
	d.lines[0].paid_cents == 7116
	d.lines[0].adjustments == [{"group": "CO", "carc": "45", "cents": 6105}, {"group": "PR", "carc": "2", "cents": 1779}]
}

# 15000 of 18300 used: 3300 left -> PR-1 3300; coinsurance 20% of (8895 -
# 3300 = 5595) = 1119; paid 8895 - 3300 - 1119 = 4476.
test_deductible_and_coinsurance_split if {
	h := _medicare_2017(15000, 15000)
	d := _decide_with("professional", [_line(1, "99213", 15000)], _medicare, h)
	d.lines[0].paid_cents == 4476
	d.lines[0].adjustments == [
		{"group": "CO", "carc": "45", "cents": 6105},
		{"group": "PR", "carc": "1", "cents": 3300},
		{"group": "PR", "carc": "2", "cents": 1119},
	]
}

# The deductible runs across lines in line-number order: 10000 left; line
# 1 (99213, 8895) takes 8895 of it; line 2 (71046 chest x-ray, 3267) the
# remaining 1105, then 20% of 2162 = 432.4 -> 432; paid 3267 - 1105 - 432
# = 1730.
test_deductible_across_lines if {
	h := _medicare_2017(8300, 8300)
	d := _decide_with("professional", [_line(1, "99213", 15000), _line(2, "71046", 5000)], _medicare, h)
	[l.paid_cents | some l in d.lines] == [0, 1730]
	d.lines[1].adjustments == [
		{"group": "CO", "carc": "45", "cents": 1733},
		{"group": "PR", "carc": "1", "cents": 1105},
		{"group": "PR", "carc": "2", "cents": 432},
	]
}

# Out-of-pocket maximum 670000, 669500 used: 500 left, so the coinsurance
# of 1779 is capped at 500; paid 8395.
test_out_of_pocket_maximum_caps_the_share if {
	h := _medicare_2017(18300, 669500)
	d := _decide_with("professional", [_line(1, "99213", 15000), _line(2, "99213", 15000)], _medicare, h)
	[l.paid_cents | some l in d.lines] == [8395, 8895]
	d.lines[0].adjustments[1] == {"group": "PR", "carc": "2", "cents": 500}
	count(d.lines[1].adjustments) == 1
}

# Commercial PPO office visit: $25 copay instead of deductible and
# coinsurance; 8895 - 2500 = 6395 paid.
test_copay if {
	line := object.union(_line(1, "99213", 15000), {"dos": "2024-05-01"})
	d := _decide("professional", [line], _ppo)
	d.lines[0].paid_cents == 6395
	d.lines[0].adjustments == [{"group": "CO", "carc": "45", "cents": 6105}, {"group": "PR", "carc": "3", "cents": 2500}]
}

test_partial if {
	d := _decide_with("professional", [_line(1, "99213", 15000), _line(2, "S9999", 1000)], _medicare, _met)
	d.outcome == "partial"
	d.lines[1] == {
		"line": 2, "allowed_cents": 0, "paid_cents": 0,
		"adjustments": [{"group": "CO", "carc": "96", "cents": 1000}], "remarks": ["N130"],
	}
}

test_deny_when_every_line_is_denied if {
	d := _decide("professional", [_line(1, "99213", 15000), _line(2, "36415", 1000)], [])
	d.outcome == "deny"
	[a.carc | some l in d.lines; some a in l.adjustments] == ["31", "31"]
}

test_first_denial_wins if {
	# Not covered on the date (27) and not covered by the plan (96): eligibility decides.
	spans := [{"plan_id": "medicare", "start": "2016-01-01", "end": "2016-12-31"}]
	d := _decide("professional", [_line(1, "S9999", 1000)], spans)
	d.lines[0].adjustments == [{"group": "CO", "carc": "27", "cents": 1000}]
}

# 20610 (6340) and 20605 (5337), multiple procedure indicator 2, same
# date: 20610 is paid in full; 20605 at 50%: 2668.5 -> 2669; CO-45 10000 -
# 5337 = 4663, CO-59 5337 - 2669 = 2668.
test_multiple_procedure_reduction if {
	d := _decide_with("professional", [_line(1, "20605", 10000), _line(2, "20610", 10000)], _medicare, _met)
	d.lines[0].allowed_cents == 2669
	d.lines[0].adjustments == [
		{"group": "CO", "carc": "45", "cents": 4663},
		{"group": "CO", "carc": "59", "cents": 2668},
		{"group": "PR", "carc": "2", "cents": 534},
	]
	d.lines[1].allowed_cents == 6340
}

# The annual wellness visit is once per calendar year: a second one in
# March after one in February is denied (on one date, the MUE of 1 unit
# would deny both lines first).
test_frequency_limit_within_the_claim if {
	lines := [
		object.union(_line(1, "G0439", 20000), {"dos": "2017-02-01"}),
		object.union(_line(2, "G0439", 20000), {"dos": "2017-03-01"}),
	]
	d := _decide("professional", lines, _medicare)
	d.outcome == "partial"
	d.lines[0].allowed_cents == 12647
	d.lines[0].paid_cents == 12647 # the wellness visit has no cost sharing
	d.lines[1].adjustments == [{"group": "CO", "carc": "119", "cents": 20000}]
}

test_prior_authorization if {
	d := _decide("professional", [_line(1, "64635", 100000)], _medicare)
	d.lines[0].adjustments == [{"group": "CO", "carc": "197", "cents": 100000}]
	d.lines[0].remarks == ["M62"]
}

test_duplicate_of_an_earlier_claim if {
	h := object.union(_no_history, {"duplicates": {"1999999999": {"99213": {"2017-05-01": {1: {15000: "C0"}}}}}})
	d := _decide_with("professional", [_line(1, "99213", 15000)], _medicare, h)
	d.lines[0].adjustments == [{"group": "OA", "carc": "18", "cents": 15000}]
}

test_ptp_denial_in_the_decision if {
	d := _decide_with("professional", [_line(1, "99213", 15000), _line(2, "17000", 15000)], _medicare, _met)
	d.lines[0].adjustments == [{"group": "CO", "carc": "236", "cents": 15000}]
	d.lines[1].allowed_cents == 6631
}

# Institutional: 60% of 20000000 = 12000000 would pay, but the total charge
# is over the 10000000 review threshold, so it is held: OA-133 12000000,
# CO-45 8000000, nothing paid.
test_pend_over_threshold if {
	line := object.union(_line(1, "", 20000000), {"revenue_code": "0450", "pos": ""})
	d := _decide("institutional", [line], _medicare)
	d.outcome == "pend"
	d.lines[0].allowed_cents == 0
	d.lines[0].paid_cents == 0
	d.lines[0].adjustments == [
		{"group": "CO", "carc": "45", "cents": 8000000},
		{"group": "OA", "carc": "133", "cents": 12000000},
	]
}

test_pend_keeps_denials if {
	d := _decide("professional", [_line(1, "99213", 10000000), _line(2, "S9999", 1000)], _medicare)
	d.outcome == "pend"
	d.lines[0].adjustments == [
		{"group": "CO", "carc": "45", "cents": 9991105},
		{"group": "OA", "carc": "133", "cents": 8895},
	]
	d.lines[1].adjustments == [{"group": "CO", "carc": "96", "cents": 1000}]
}

test_unknown_plan_is_held_at_charge if {
	spans := [{"plan_id": "gold", "start": "2017-01-01", "end": "2017-12-31"}]
	d := _decide("professional", [_line(1, "99213", 15000)], spans)
	d.outcome == "pend"
	d.lines[0].adjustments == [{"group": "OA", "carc": "133", "cents": 15000}]
}

test_year_without_cost_sharing_terms_is_held if {
	spans := [{"plan_id": "medicare", "start": "2015-01-01", "end": "2015-12-31"}]
	line := object.union(_line(1, "99213", 15000), {"dos": "2015-05-01"})
	d := _decide("professional", [line], spans)
	d.outcome == "pend"
}

test_institutional_without_pricing_rule_is_held_not_paid if {
	line := object.union(_line(1, "G0463", 10000), {"revenue_code": "0510", "pos": ""})
	d := _decide("institutional", [line], _medicare) with data.plans.medicare.institutional_percent_of_charge as null
	d.outcome == "pend"
	d.lines[0].adjustments == [{"group": "OA", "carc": "133", "cents": 10000}]
}

test_explain_on_request if {
	inp := object.union(_input("professional", [_line(1, "99213", 15000)], _medicare, _met), {"explain": true})
	d := claims.decision with input as inp
	d.explain == [[
		"claims.eligibility: 2017-05-01 is within coverage span medicare 2017-01-01..2017-12-31",
		"claims.benefits: 99213 is covered by plan medicare: CPT medicine, evaluation and management",
		"claims.pricing: 99213 locality \"\" non-facility: 8895 cents x 1 units = 8895; charge 15000; allowed 8895",
		concat("", [
			"claims.cost_sharing: plan medicare 2017 (standard): deductible 0, coinsurance 1779, copay 0 ",
			"(deductible left before this line 0, out-of-pocket left 651700)",
		]),
	]]
	not claims.decision.explain with input as object.union(inp, {"explain": false})
}

test_explain_names_the_hold if {
	inp := object.union(_input("professional", [_line(1, "99213", 10000001)], _medicare, _no_history), {"explain": true})
	d := claims.decision with input as inp
	hold := d.explain[0][3]
	hold == "claims.review: total charge 10000001 cents is over plan medicare's review threshold of 10000000 cents"
}

_excluded_biller := {"npi": {"1999999999": [{"from": "2017-01-01", "until": "9999-12-31"}]}}

_excluded_why := concat("", [
	"the billing provider 1999999999 is on the exclusion list from 2017-01-01, ",
	"which covers line 1's date of service 2017-05-01",
])

# A claim whose fraud score reaches the threshold is held as the charge
# threshold holds one: what it would allow is OA-133, nothing is paid, and
# the flags go with the decision.
test_fraud_score_holds_the_claim if {
	d := _decide_with("professional", [_line(1, "99213", 15000)], _medicare, _met)
		with data.exclusions as _excluded_biller
	d.outcome == "pend"
	d.lines[0].paid_cents == 0
	d.lines[0].adjustments == [{"group": "CO", "carc": "45", "cents": 6105}, {"group": "OA", "carc": "133", "cents": 8895}]
	d.flags == [{"code": "EXCLUDED", "score": 100, "why": _excluded_why}]
}

# Flags below the threshold are recorded for the analyst; the claim is
# decided as usual.
test_flags_below_the_threshold_do_not_hold if {
	earlier := {"same_service": {"1999999999": {"99213": {"2017-05-01": [
		{"claim_id": "C0", "units": 1, "charge_cents": 14000, "modifiers": []},
	]}}}}
	d := _decide_with("professional", [_line(1, "99213", 15000)], _medicare, object.union(_met, earlier))
	d.outcome == "approve"
	d.lines[0].paid_cents == 7116
	[[f.code, f.score] | some f in d.flags] == [["DUP_NEAR", 60]]
}

test_no_signals_no_flags if {
	d := _decide_with("professional", [_line(1, "99213", 15000)], _medicare, _met)
	d.outcome == "approve"
	d.flags == []
}

test_explain_names_the_signals_and_the_hold if {
	inp := object.union(_input("professional", [_line(1, "99213", 15000)], _medicare, _met), {"explain": true})
	d := claims.decision with input as inp with data.exclusions as _excluded_biller
	[w | some w in d.explain[0]; startswith(w, "claims.fraud")] == [
		sprintf("claims.fraud: EXCLUDED, score 100: %s", [_excluded_why]),
		"claims.fraud: fraud score 100 reaches the review threshold of 100 (EXCLUDED): held for review",
	]
}

# Every decision balances: charge = allowed + CO/OA, allowed = paid + PR.
test_decisions_balance if {
	cases := [
		_decide("professional", [_line(1, "99213", 15000), _line(2, "36415", 1000), _line(3, "1036F", 0)], _medicare),
		_decide_with(
			"professional",
			[_line(1, "20605", 10000), _line(2, "20610", 10000), _line(3, "99214", 3000)],
			_medicare, _met,
		),
		_decide("professional", [_line(1, "99213", 10000001)], _medicare),
		_decide(
			"institutional",
			[
				object.union(_line(1, "G0463", 12341), {"pos": ""}),
				object.union(_line(2, "", 500), {"revenue_code": "0450", "pos": ""}),
			],
			_medicare,
		),
		_decide("professional", [_line(1, "99213", 15000)], []),
	]
	charges := [[15000, 1000, 0], [10000, 10000, 3000], [10000001], [12341, 500], [15000]]
	every i, d in cases {
		every j, l in d.lines {
			charges[i][j] == l.allowed_cents + sum([a.cents | some a in l.adjustments; a.group != "PR"])
			l.allowed_cents == l.paid_cents + sum([a.cents | some a in l.adjustments; a.group == "PR"])
		}
	}
}

# The UB-04 total line (revenue code 0001) is not a service: 16/M50. The
# service line is allowed 60% of 10000 = 6000, all to the deductible.
test_total_charge_line_is_denied if {
	total := object.union(_line(1, "", 10000), {"revenue_code": "0001", "pos": ""})
	service := object.union(_line(2, "", 10000), {"revenue_code": "0450", "pos": ""})
	d := _decide("institutional", [total, service], _medicare)
	d.outcome == "partial"
	d.lines[0].adjustments == [{"group": "CO", "carc": "16", "cents": 10000}]
	d.lines[0].remarks == ["M50"]
	d.lines[1].allowed_cents == 6000
	d.lines[1].adjustments[1] == {"group": "PR", "carc": "1", "cents": 6000}
}

# The second line falls in no span: plan coverage is decided line by line.
test_lines_are_covered_by_their_own_date if {
	spans := [{"plan_id": "medicare", "start": "2017-01-01", "end": "2017-05-01"}]
	lines := [_line(1, "99213", 15000), object.union(_line(2, "99213", 15000), {"dos": "2017-05-02"})]
	d := _decide_with("professional", lines, spans, _met)
	d.outcome == "partial"
	[l.paid_cents | some l in d.lines] == [7116, 0]
	d.lines[1].adjustments == [{"group": "CO", "carc": "27", "cents": 15000}]
}

# The fast path (_assess) must give what the stage-by-stage path (_screen)
# gives whenever it applies: clean lines of every pricing basis.
test_fast_and_slow_paths_agree if {
	cases := [
		_input("professional", [_line(1, "99213", 15000)], _medicare, _met),
		_input("professional", [_line(1, "36415", 1000)], _medicare, _met),
		_input("professional", [object.union(_line(1, "71046", 9000), {"modifiers": ["26"]})], _medicare, _met),
		_input("professional", [object.union(_line(1, "99213", 15000), {"dos": "2024-05-01"})], _ppo, _met),
		_input(
			"institutional",
			[object.union(_line(1, "G0463", 12341), {"pos": "", "revenue_code": "0510"})],
			_medicare, _met,
		),
	]
	every inp in cases {
		fast := claims._assess(0) with input as inp
		fast.price
		fast == claims._screen(0) with input as inp
	}
}
