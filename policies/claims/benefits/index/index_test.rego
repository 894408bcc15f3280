# METADATA
# title: Tests for claims.benefits.index
package claims.benefits.index_test

import data.claims.benefits.index

_plans := {"p": {
	"services": [
		{"name": "a", "ranges": [["10004", "29999"], ["G0000", "G9999"]]},
		{"name": "b", "codes": ["99213", "G0463"], "ranges": [["70010", "79999"]], "cost_sharing": {"copay_cents": 2500}},
		{"name": "c", "codes": ["10021", "99213"], "cost_sharing": "waived", "frequency": {"max": 1}},
		{"name": "x", "ranges": [["0001F", "9999F"]], "excluded": {"carc": "96", "remark": "N620"}},
	],
	"revenue_codes": [{"name": "r", "ranges": [["0100", "0999"]]}],
}}

# A range goes into the bucket of each first character it spans, and only
# into buckets of its own shape.
test_ranges_are_bucketed_by_shape_and_first_character if {
	r := index.ranges with data.plans as _plans
	r == {"p": {
		"99999": {
			"1": [["10004", "29999", 0]],
			"2": [["10004", "29999", 0]],
			"7": [["70010", "79999", 1]],
		},
		"G9999": {"G": [["G0000", "G9999", 0]]},
		"9999F": {
			"0": [["0001F", "9999F", 3]], "1": [["0001F", "9999F", 3]], "2": [["0001F", "9999F", 3]],
			"3": [["0001F", "9999F", 3]], "4": [["0001F", "9999F", 3]], "5": [["0001F", "9999F", 3]],
			"6": [["0001F", "9999F", 3]], "7": [["0001F", "9999F", 3]], "8": [["0001F", "9999F", 3]],
			"9": [["0001F", "9999F", 3]],
		},
	}}
}

# A named code maps to the first category containing it, by name or by an
# earlier category's range (10021 is in a's range before c names it).
test_codes_map_to_their_first_category if {
	c := index.codes with data.plans as _plans
	c == {"p": {"99213": 1, "G0463": 0, "10021": 0}}
}

test_services_carry_precomputed_fields if {
	s := index.services.p with data.plans as _plans
	[x.kind | some x in s] == ["standard", "copay", "waived", "standard"]
	[x.plain | some x in s] == [true, true, false, false]
	[x.copay_cents | some x in s] == [0, 2500, 0, 0]
	[x.index | some x in s] == [0, 1, 2, 3]
	s[1].name == "b"
}

test_revenue_ranges if {
	index.revenue_ranges.p == [["0100", "0999", 0]] with data.plans as _plans
}
