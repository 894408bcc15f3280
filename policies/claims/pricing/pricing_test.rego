# METADATA
# title: Tests for claims.pricing
package claims.pricing_test

import data.claims.benefits
import data.claims.pricing

_line(code, mods, units, charge, pos) := {
	"line": 1, "code": code, "modifiers": mods, "units": units, "charge_cents": charge,
	"dos": "2017-03-01", "pos": pos, "revenue_code": "", "prior_auth": "",
}

_input(type, npi, lines) := {"claim": {"claim_type": type, "rendering_npi": npi, "billing_npi": "", "lines": lines}}

_price(npi, line) := p if {
	inp := _input("professional", npi, [line])
	p := pricing.price(0, "medicare", benefits.service("medicare", line.code)) with input as inp
}

# 99213 national non-facility: (1.30 + 1.35 + 0.10) RVU x 32.3465 =
# 88.952875 -> 8895 cents; facility PE 0.57: 1.97 x 32.3465 = 63.722605
# -> 6372.
test_national_fee if {
	p := _price("", _line("99213", [], 1, 15000, "11"))
	p == {"fee_cents": 8895, "mult_proc": "0", "basis": "mpfs"}
	_price("", _line("99213", [], 1, 15000, "21")).fee_cents == 6372
	_price("", _line("99213", [], 2, 20000, "11")).fee_cents == 17790
}

# NPI 1720029960 is in Utah (3502-9: PW 1.000, PE 0.933, MP 0.930):
# 1.30 x 1.000 + 1.35 x 0.933 + 0.10 x 0.930 = 2.65255;
# x 32.3465 = 85.800708575 -> 8580 cents.
test_fee_at_the_providers_locality if {
	pricing.locality == "3502-9" with input as _input("professional", "1720029960", [])
	_price("1720029960", _line("99213", [], 1, 15000, "11")).fee_cents == 8580

	# A provider the directory does not place is priced nationally.
	pricing.locality == "" with input as _input("professional", "1999999999", [])
}

test_billing_npi_places_the_claim_when_the_rendering_npi_does_not if {
	inp := {"claim": {
		"claim_type": "professional",
		"rendering_npi": "1999999999", "billing_npi": "1234567893",
		"lines": [],
	}}
	pricing.locality == "1182-18" with input as inp
}

# 71046-26 (chest x-ray, professional component): 0.22 + 0.08 + 0.01 =
# 0.31 RVU x 32.3465 = 10.027415 -> 1003; -TC 0.70 RVU -> 2264; global
# 1.01 RVU -> 3267.
test_professional_and_technical_components if {
	_price("", _line("71046", ["26"], 1, 9000, "11")).fee_cents == 1003
	_price("", _line("71046", ["TC"], 1, 9000, "11")).fee_cents == 2264
	_price("", _line("71046", [], 1, 9000, "11")).fee_cents == 3267
	pricing.component(["LT", "26"]) == "26"
	pricing.component(["TC"]) == "TC"
	pricing.component(["25"]) == ""
}

test_modifier_without_component_row_uses_the_global_fee if {
	_price("", _line("99213", ["26"], 1, 15000, "11")).fee_cents == 8895
}

# The lab code 36415 has status X on the fee schedule: the Medicare-like
# plan prices clinical laboratory at 40% of charge (1234 x 40 / 100 =
# 493.6 -> 494).
test_plan_priced_code if {
	_price("", _line("36415", [], 1, 1234, "11")) == {"fee_cents": 494, "mult_proc": "0", "basis": "plan"}
}

test_unpayable_status_is_96 if {
	d := _price("", _line("G8427", [], 1, 0, "11")).deny
	d.carc == "96"
	d.remarks == ["N620"]
	_price("", _line("99024", [], 1, 0, "11")).deny.remarks == ["N448"]
	_price("", _line("99397", [], 1, 0, "11")).deny.remarks == ["N425"]
}

test_code_missing_from_the_schedule_is_96_n448 if {
	d := _price("", _line("99217", [], 1, 10000, "11")).deny
	d.carc == "96"
	d.remarks == ["N448"]
}

# 60% of 12341 cents = 7404.6 -> 7405 (half up); 60% of 12345 = 7407.
_inst(charge) := p if {
	p := pricing.price(0, "medicare", {}) with input as _input("institutional", "", [_line("", [], 1, charge, "")])
}

test_institutional_percent_of_charge if {
	_inst(12341) == {"fee_cents": 7405, "mult_proc": "0", "basis": "institutional"}
	_inst(12345).fee_cents == 7407
	_inst(0).fee_cents == 0
}

test_institutional_needs_an_integer_percent if {
	lines := [_line("", [], 1, 10000, "")]
	not pricing.price(0, "medicare", {}) with input as _input("institutional", "", lines)
		with data.plans.medicare.institutional_percent_of_charge as 60.5
	not pricing.price(0, "medicare", {}) with input as _input("institutional", "", lines)
		with data.plans.medicare.institutional_percent_of_charge as 101
}

# Lines at positions 0..3: 20610 (6340), 20605 (5337) and 20600 (5240)
# have multiple procedure indicator 2 on one date; the highest is paid in
# full, the others at 50%. Line 3 is alone on its date.
test_multiple_procedure_ranking if {
	lines := [
		object.union(_line("20605", [], 1, 0, "11"), {"line": 1}),
		object.union(_line("20610", [], 1, 0, "11"), {"line": 2}),
		object.union(_line("20600", [], 1, 0, "11"), {"line": 3}),
		object.union(_line("11055", [], 1, 0, "11"), {"line": 4, "dos": "2017-03-02"}),
	]
	m := pricing.mppr({0: 5337, 1: 6340, 2: 5240, 3: 6793}) with input as _input("professional", "", lines)
	m == {0: 1, 2: 1}
}

test_multiple_procedure_ties_go_to_the_first_line if {
	lines := [
		object.union(_line("20605", [], 1, 0, "11"), {"line": 7}),
		object.union(_line("20605", [], 1, 0, "11"), {"line": 3}),
	]
	pricing.mppr({0: 5337, 1: 5337}) == {0: 1} with input as _input("professional", "", lines)
}

test_round_half_up if {
	pricing.round_half_up(250, 100) == 3
	pricing.round_half_up(249, 100) == 2
	pricing.round_half_up(0, 100) == 0
	pricing.round_half_up(7, 2) == 4
	pricing.round_half_up(200000000000000000001, 100) == 2000000000000000000
}
