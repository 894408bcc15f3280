# METADATA
# title: Tests for claims.benefits.index
package claims.benefits.index_test

import data.claims.benefits.index

_plans := {"p": {"benefits": {
	"covered": [
		{"name": "a", "ranges": [["10004", "69990"], ["G0000", "G9999"]]},
		{"name": "b", "codes": ["99213", "G0463"], "ranges": [["70010", "79999"]]},
		{"name": "c", "codes": ["99213"]},
	],
	"excluded": [{"name": "x", "ranges": [["0001F", "9999F"]], "remark": "N620"}],
}}}

test_ranges_are_bucketed_by_shape if {
	r := index.ranges with data.plans as _plans
	r == {"p": {
		"covered": {
			"99999": [["10004", "69990", 0], ["70010", "79999", 1]],
			"G9999": [["G0000", "G9999", 0]],
		},
		"excluded": {"9999F": [["0001F", "9999F", 0]]},
	}}
}

test_codes_map_to_their_first_group if {
	c := index.codes with data.plans as _plans
	c == {"p": {"covered": {"99213": 1, "G0463": 1}}}
}
