# METADATA
# title: Tests for claims.benefits
package claims.benefits_test

import data.claims.benefits

_verdict(code) := benefits.verdict("medicare", code, "")

test_medicare_covers_common_professional_codes if {
	every code in ["99213", "17000", "71046", "00810", "G0463", "J1100", "E0601", "36415"] {
		v := _verdict(code)
		not v.deny
		is_string(v.service.name)
	}
	_verdict("99213").service.name == "CPT medicine, evaluation and management"
	_verdict("99213").service.plain == true
	_verdict("99213").service.kind == "standard"
}

test_medicare_statutory_exclusions_are_96_n425 if {
	_verdict("99397").deny.carc == "96"
	_verdict("99397").deny.remarks == ["N425"]
	_verdict("92015").deny.remarks == ["N425"]
	_verdict("A9270").deny.remarks == ["N425"]
	_verdict("V5010").deny.carc == "96"
}

# 1036F sorts between 10004 and 69990; only the shape keeps it out of the
# surgery range, in the category II exclusion.
test_category_ii_codes_are_reporting_only if {
	_verdict("1036F").deny == {
		"group": "CO", "carc": "96", "remarks": ["N620"],
		"why": [
			"claims.benefits: %s is excluded by plan %s: %s",
			["1036F", "medicare", "CPT category II performance measures are reported, not paid"],
		],
	}
}

test_uncovered_code_is_96_n130 if {
	_verdict("S9999").deny.carc == "96"
	_verdict("S9999").deny.remarks == ["N130"]
}

test_benefit_plan_exclusion_is_204 if {
	v := benefits.verdict("commercial_ppo", "15820", "")
	v.deny.carc == "204"
	v.deny.remarks == ["N130"]

	# The same code is a covered surgery under the Medicare-like plan.
	_verdict("15820").service.name == "CPT surgery"
}

test_categories_carry_cost_sharing_and_pricing if {
	_verdict("36415").service.kind == "waived"
	_verdict("36415").service.pricing.percent_of_charge == 40
	_verdict("80053").service.kind == "waived"
	_verdict("G0439").service.plain == false
	_verdict("64635").service.prior_authorization == true
	ppo := benefits.verdict("commercial_ppo", "99213", "").service
	ppo.kind == "copay"
	ppo.copay_cents == 2500
}

test_revenue_code_lines if {
	v := benefits.verdict("medicare", "", "0450")
	v.service.name == "UB-04 revenue centers"
	v.service.index == -1
	benefits.verdict("medicare", "", "0050").deny.remarks == ["N130"]
}

test_first_category_in_plan_order_wins if {
	plans := {"gold": {"services": [
		{"name": "office visits", "codes": ["99212", "99213"]},
		{"name": "no level 5", "codes": ["99215"], "excluded": {"carc": "204", "remark": "N130"}},
		{"name": "all CPT", "ranges": [["00100", "99607"]]},
		{"name": "never reached", "codes": ["99213", "99214"]},
	]}}
	benefits.verdict("gold", "99213", "").service.name == "office visits" with data.plans as plans
	benefits.verdict("gold", "99214", "").service.name == "all CPT" with data.plans as plans
	benefits.verdict("gold", "99215", "").deny.carc == "204" with data.plans as plans
	benefits.verdict("gold", "G0463", "").deny.remarks == ["N130"] with data.plans as plans
	benefits.category("gold", "99214") == 2 with data.plans as plans
}

_pa_input := {"claim": {"member_id": "10111"}}

test_prior_auth_missing_is_197_m62 if {
	d := benefits.prior_auth_denial("medicare", "64635", "2017-03-01", "") with input as _pa_input
	d.carc == "197"
	d.remarks == ["M62"]
}

test_prior_auth_malformed_is_197_m62 if {
	d := benefits.prior_auth_denial("medicare", "64635", "2017-03-01", "17000042") with input as _pa_input
	d.remarks == ["M62"]
	d.why[1] == [`authorization number "17000042" is not of the form plan medicare issues`]
}

test_prior_auth_not_issued_is_197_n54 if {
	d := benefits.prior_auth_denial("medicare", "64635", "2017-03-01", "MA99999999") with input as _pa_input
	d.remarks == ["N54"]
}

# MA17000042 authorizes 64635 and 64636 for member 10111 in the first half
# of 2017 (plans/medicare/data.json).
test_prior_auth_for_another_member_code_or_date_is_197_n54 if {
	_ma17000042_remarks("64635", "2017-03-01") == ["N54"] with input as {"claim": {"member_id": "10072"}}
	_ma17000042_remarks("64634", "2017-03-01") == ["N54"] with input as _pa_input
	_ma17000042_remarks("64635", "2017-07-01") == ["N54"] with input as _pa_input
}

_ma17000042_remarks(code, dos) := benefits.prior_auth_denial("medicare", code, dos, "MA17000042").remarks

test_prior_auth_issued_passes if {
	not benefits.prior_auth_denial("medicare", "64635", "2017-03-01", "MA17000042") with input as _pa_input
	not benefits.prior_auth_denial("medicare", "64636", "2017-06-30", "MA17000042") with input as _pa_input
}

_hist(n) := {"history": {"frequency": {"G0438": {"2017": n}}}}

# The annual wellness visit (G0438, G0439) is once per calendar year.
test_frequency_limit if {
	i := benefits.category("medicare", "G0439")
	not benefits.frequency_denial("medicare", i, "2017", 0) with input as _hist(0)
	d := benefits.frequency_denial("medicare", i, "2017", 0) with input as _hist(1)
	d.carc == "119"
	d.remarks == ["N640"]
	d.why[1] == ["annual wellness visit, once per calendar year, no cost sharing", 1, 1, "2017"]

	# An earlier line of the same claim counts as well; another year does not.
	benefits.frequency_denial("medicare", i, "2017", 1).carc == "119" with input as _hist(0)
	not benefits.frequency_denial("medicare", i, "2018", 0) with input as _hist(1)
}
