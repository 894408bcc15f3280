# METADATA
# title: Tests for claims.pricing
package claims.pricing_test

import data.claims.pricing

_input(type, pos) := {"claim": {"claim_type": type, "place_of_service": pos}}

_line(code, units, charge) := {"line": 1, "code": code, "modifiers": [], "units": units, "charge_cents": charge}

# 99213: (1.30 work + 1.35 PE + 0.10 MP) = 2.75 RVU x 32.3465 = 88.952875 -> 8895 cents
# non-facility; facility PE 0.57: 1.97 x 32.3465 = 63.722605 -> 6372 cents.
test_professional_non_facility_fee_caps_the_charge if {
	p := pricing.price(_line("99213", 1, 15000), "medicare") with input as _input("professional", "11")
	p.allowed_cents == 8895
	p.why[1][1] == "non-facility"
}

test_professional_facility_fee if {
	p := pricing.price(_line("99213", 1, 15000), "medicare") with input as _input("professional", "21")
	p.allowed_cents == 6372
}

test_line_place_of_service_wins if {
	line := object.union(_line("99213", 1, 15000), {"place_of_service": "22"})
	pricing.price(line, "medicare").allowed_cents == 6372 with input as _input("professional", "11")
}

test_fee_times_units if {
	pricing.price(_line("99213", 2, 20000), "medicare").allowed_cents == 17790 with input as _input("professional", "11")
}

test_charge_below_fee_is_allowed_in_full if {
	pricing.price(_line("99213", 1, 5000), "medicare").allowed_cents == 5000 with input as _input("professional", "11")
}

# 71046-26: 0.31 RVU x 32.3465 = 10.027415 -> 1003 cents; the global 71046 is 3267.
test_professional_component_priced_separately if {
	line := object.union(_line("71046", 1, 9000), {"modifiers": ["26"]})
	pricing.fee_key(line) == "71046-26" with input as _input("professional", "11")
	pricing.price(line, "medicare").allowed_cents == 1003 with input as _input("professional", "11")
	pricing.price(_line("71046", 1, 9000), "medicare").allowed_cents == 3267 with input as _input("professional", "11")
}

test_modifier_without_component_row_uses_the_global_fee if {
	line := object.union(_line("99213", 1, 15000), {"modifiers": ["26"]})
	pricing.fee_key(line) == "99213" with input as _input("professional", "11")
}

test_lab_code_has_no_mpfs_fee if {
	p := pricing.price(_line("36415", 1, 1000), "medicare") with input as _input("professional", "11")
	p.deny == {"carc": "96", "remarks": ["N448"]}
}

test_status_remarks if {
	pricing.price(_line("G8427", 1, 0), "medicare").deny == {"carc": "96", "remarks": ["N620"]} with input as _input("professional", "11")
	pricing.price(_line("99397", 1, 0), "medicare").deny == {"carc": "96", "remarks": ["N425"]} with input as _input("professional", "11")
}

test_code_missing_from_the_schedule_is_96 if {
	p := pricing.price(_line("99217", 1, 10000), "medicare") with input as _input("professional", "11")
	p.deny == {"carc": "96", "remarks": ["N448"]}
}

# 60% of 12341 cents = 7404.6 -> 7405 (half up); 60% of 12345 = 7407 exactly.
test_institutional_percent_of_charge if {
	pricing.price(_line("", 1, 12341), "medicare").allowed_cents == 7405 with input as _input("institutional", "")
	pricing.price(_line("", 1, 12345), "medicare").allowed_cents == 7407 with input as _input("institutional", "")
	pricing.price(_line("G0463", 1, 1), "medicare").allowed_cents == 1 with input as _input("institutional", "")
	pricing.price(_line("G0463", 1, 0), "medicare").allowed_cents == 0 with input as _input("institutional", "")
}

test_institutional_needs_an_integer_percent if {
	not pricing.price(_line("", 1, 10000), "medicare") with input as _input("institutional", "") with data.plans.medicare.institutional_percent_of_charge as 60.5
	not pricing.price(_line("", 1, 10000), "medicare") with input as _input("institutional", "") with data.plans.medicare as {"benefits": {}}
	not pricing.price(_line("", 1, 10000), "medicare") with input as _input("institutional", "") with data.plans.medicare.institutional_percent_of_charge as 101
}

test_round_half_up if {
	pricing.round_half_up(250, 100) == 3
	pricing.round_half_up(249, 100) == 2
	pricing.round_half_up(0, 100) == 0
	pricing.round_half_up(7, 2) == 4
	pricing.round_half_up(200000000000000000001, 100) == 2000000000000000000
}
