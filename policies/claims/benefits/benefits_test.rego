# METADATA
# title: Tests for claims.benefits
package claims.benefits_test

import data.claims.benefits

_line(code) := {"line": 1, "code": code, "revenue_code": ""}

_check(code) := benefits.check(_line(code), "medicare")

test_medicare_covers_common_professional_codes if {
	every code in ["99213", "36415", "71046", "00810", "G0463", "J1100", "E0601"] {
		c := _check(code)
		not c.deny
		is_string(c.group)
	}
	_check("99213").group == "CPT medicine, evaluation and management"
}

test_medicare_excludes_routine_physicals_with_n425 if {
	_check("99397").deny == {"carc": "96", "remarks": ["N425"]}
	_check("92015").deny == {"carc": "96", "remarks": ["N425"]}
	_check("A9270").deny == {"carc": "96", "remarks": ["N425"]}
}

# 1036F sorts between 10004 and 69990; only the shape check keeps it out
# of the surgery range.
test_category_ii_codes_are_reporting_only if {
	_check("1036F").deny == {"carc": "96", "remarks": ["N620"]}
	_check("0517F").deny.remarks == ["N620"]
}

test_uncovered_code_is_96_n130 if {
	_check("S9999").deny == {"carc": "96", "remarks": ["N130"]}
	_check("V5010").deny == {"carc": "96", "remarks": ["N425"]}
}

test_revenue_code_lines if {
	c := benefits.check({"line": 1, "code": "", "revenue_code": "0450"}, "medicare")
	c.group == "UB-04 revenue centers"
	d := benefits.check({"line": 1, "code": "", "revenue_code": "0050"}, "medicare")
	d.deny == {"carc": "96", "remarks": ["N130"]}
}

test_plan_code_lists_and_order if {
	plans := {"medicare": {"benefits": {
		"covered": [{"name": "office visits", "codes": ["99212", "99213"]}, {"name": "all CPT", "ranges": [["00100", "99607"]]}],
		"excluded": [{"name": "no level 5", "codes": ["99215"], "remark": "N130"}],
	}}}
	benefits.check(_line("99213"), "medicare").group == "office visits" with data.plans as plans
	benefits.check(_line("99214"), "medicare").group == "all CPT" with data.plans as plans
	benefits.check(_line("99215"), "medicare").deny.carc == "96" with data.plans as plans
	benefits.check(_line("G0463"), "medicare").deny.remarks == ["N130"] with data.plans as plans
}

test_shape if {
	benefits.shape("99213") == "99999"
	benefits.shape("1036F") == "9999F"
	benefits.shape("G0463") == "G9999"
}
