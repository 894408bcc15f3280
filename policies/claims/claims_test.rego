# METADATA
# title: Tests for the claim decision
package claims_test

import data.claims

_medicare := [{"plan_id": "medicare", "start": "2017-01-01", "end": "2017-12-31"}]

_claim(type, lines) := {
	"claim_id": "C1",
	"claim_type": type,
	"billing_npi": "1234567890",
	"place_of_service": "11",
	"service_from": "2017-05-01",
	"lines": lines,
}

_line(n, code, charge) := {
	"line": n, "code": code, "modifiers": [], "units": 1, "charge_cents": charge,
	"service_date": "", "place_of_service": "", "revenue_code": "",
}

_decide(type, lines, spans) := d if {
	d := claims.decision with input as {"claim": _claim(type, lines), "eligibility": {"spans": spans}}
}

# 99213 at POS 11: fee 8895 cents; charge 15000 -> allowed 8895, CO-45 6105.
test_approve if {
	d := _decide("professional", [_line(1, "99213", 15000)], _medicare)
	d.outcome == "approve"
	d.paid_cents == 8895
	d.claim_id == "C1"
	d.billing_npi == "1234567890"
	d.lines == [{
		"line": 1, "code": "99213", "units": 1, "charge_cents": 15000,
		"allowed_cents": 8895, "paid_cents": 8895, "patient_cents": 0,
		"adjustments": [{"group": "CO", "carc": "45", "cents": 6105}],
		"remarks": [], "explain": [],
	}]
}

test_charge_under_fee_has_no_adjustment if {
	d := _decide("professional", [_line(1, "99213", 5000)], _medicare)
	d.lines[0].adjustments == []
	d.paid_cents == 5000
}

test_partial if {
	d := _decide("professional", [_line(1, "99213", 15000), _line(2, "36415", 1000)], _medicare)
	d.outcome == "partial"
	d.paid_cents == 8895
	d.lines[1].allowed_cents == 0
	d.lines[1].adjustments == [{"group": "CO", "carc": "96", "cents": 1000}]
	d.lines[1].remarks == ["N448"]
}

test_deny_when_every_line_is_denied if {
	d := _decide("professional", [_line(1, "99213", 15000), _line(2, "36415", 1000)], [])
	d.outcome == "deny"
	d.paid_cents == 0
	[a.carc | some l in d.lines; some a in l.adjustments] == ["31", "31"]
}

test_first_denial_wins if {
	# Not covered on the date (27) and not covered by the plan (96): eligibility decides.
	spans := [{"plan_id": "medicare", "start": "2016-01-01", "end": "2016-12-31"}]
	d := _decide("professional", [_line(1, "S9999", 1000)], spans)
	d.lines[0].adjustments == [{"group": "CO", "carc": "27", "cents": 1000}]
}

test_zero_paid_line_that_is_not_denied_is_not_a_denial if {
	d := _decide("professional", [_line(1, "99213", 0)], _medicare)
	d.outcome == "approve"
	d.paid_cents == 0
}

# Institutional: 60% of 20000000 = 12000000 would pay, but the total charge
# is over the 10000000 review threshold, so it is held: OA-133 12000000,
# CO-45 8000000, nothing paid.
test_pend_over_threshold if {
	line := object.union(_line(1, "", 20000000), {"revenue_code": "0450"})
	d := _decide("institutional", [line], _medicare)
	d.outcome == "pend"
	d.paid_cents == 0
	d.lines[0].allowed_cents == 0
	d.lines[0].adjustments == [
		{"group": "CO", "carc": "45", "cents": 8000000},
		{"group": "OA", "carc": "133", "cents": 12000000},
	]
}

test_pend_keeps_denials if {
	lines := [_line(1, "99213", 10000000), _line(2, "36415", 1000)]
	d := _decide("professional", lines, _medicare)
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

test_institutional_without_pricing_rule_is_held_not_paid if {
	d := _decide("institutional", [_line(1, "G0463", 10000)], _medicare) with data.plans.medicare.institutional_percent_of_charge as null
	d.outcome == "pend"
	d.paid_cents == 0
	d.lines[0].adjustments == [{"group": "OA", "carc": "133", "cents": 10000}]
}

test_explain_on_request if {
	inp := {"claim": _claim("professional", [_line(1, "99213", 15000)]), "eligibility": {"spans": _medicare}, "explain": true}
	d := claims.decision with input as inp
	d.lines[0].explain == [
		"claims.eligibility: 2017-05-01 is within coverage span medicare 2017-01-01..2017-12-31",
		"claims.benefits: 99213 is covered by plan medicare: CPT medicine, evaluation and management",
		"claims.pricing: 99213 non-facility fee 8895 cents x 1 units = 8895; charge 15000; allowed 8895",
	]
}

test_explain_names_the_hold if {
	inp := {"claim": _claim("professional", [_line(1, "99213", 10000001)]), "eligibility": {"spans": _medicare}, "explain": true}
	d := claims.decision with input as inp
	d.lines[0].explain[3] == "claims.review: total charge 10000001 cents is over plan medicare's review threshold of 10000000 cents"
}

# Every decision balances: charge = allowed + CO/OA, allowed = paid + PR,
# claim paid = sum of line paid.
test_decisions_balance if {
	cases := [
		_decide("professional", [_line(1, "99213", 15000), _line(2, "36415", 1000), _line(3, "1036F", 0)], _medicare),
		_decide("professional", [_line(1, "99213", 10000001)], _medicare),
		_decide("institutional", [_line(1, "G0463", 12341), _line(2, "", 500)], _medicare),
		_decide("professional", [_line(1, "99213", 15000)], []),
	]
	every d in cases {
		d.paid_cents == sum([l.paid_cents | some l in d.lines])
		every l in d.lines {
			l.charge_cents == l.allowed_cents + sum([a.cents | some a in l.adjustments; a.group != "PR"])
			l.allowed_cents == l.paid_cents + l.patient_cents
		}
	}
}

# The UB-04 total line (revenue code 0001) is not a service: 16/M50. The
# service line pays 60% of 10000 = 6000.
test_total_charge_line_is_denied if {
	total := object.union(_line(1, "", 10000), {"revenue_code": "0001"})
	service := object.union(_line(2, "", 10000), {"revenue_code": "0450"})
	d := _decide("institutional", [total, service], _medicare)
	d.outcome == "partial"
	d.paid_cents == 6000
	d.lines[0].adjustments == [{"group": "CO", "carc": "16", "cents": 10000}]
	d.lines[0].remarks == ["M50"]
}

# The second line falls in no span: plan coverage is decided line by line.
test_lines_are_covered_by_their_own_date if {
	spans := [{"plan_id": "medicare", "start": "2017-01-01", "end": "2017-05-01"}]
	lines := [_line(1, "99213", 15000), object.union(_line(2, "99213", 15000), {"service_date": "2017-05-02"})]
	d := _decide("professional", lines, spans)
	d.outcome == "partial"
	[l.paid_cents | some l in d.lines] == [8895, 0]
	d.lines[1].adjustments == [{"group": "CO", "carc": "27", "cents": 15000}]
}
