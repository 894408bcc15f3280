# METADATA
# title: Tests for claims.config
package claims.config_test

import data.claims.config

test_shipped_bundle_has_no_errors if {
	count(config.errors) == 0
}

test_bad_plan_is_reported if {
	plans := {"gold": {
		"benefits": {
			"covered": [{"name": "mixed shapes", "ranges": [["10004", "1036F"]]}, {"name": "empty"}],
			"excluded": [{"name": "no remark", "codes": ["99397"]}],
		},
		"institutional_percent_of_charge": 60.5,
		"pend_over_cents": -1,
	}}
	errs := config.errors with data.plans as plans
	errs == {
		"plan gold: benefits.covered[0]: range [\"10004\", \"1036F\"]: want [low, high] of the same shape, low <= high",
		"plan gold: benefits.covered[1]: want codes or ranges",
		"plan gold: benefits.excluded[0]: an exclusion needs a remark code",
		"plan gold: institutional_percent_of_charge must be an integer from 0 to 100",
		"plan gold: pend_over_cents must be a non-negative integer",
	}
}

test_no_plans_is_reported if {
	"no plans: want at least one plans/<id>/data.json" in config.errors with data.plans as {}
}

test_payable_fee_needs_cents if {
	errs := config.errors with data.reference.mpfs.fees as {"99213": {"status": "A", "facility_cents": 1}}
	errs == {"reference/mpfs: fee 99213 has payable status A but no integer facility and non-facility cents"}
}

test_missing_fields_are_reported if {
	plans := {"gold": {"benefits": {"excluded": [{"codes": ["99397"]}]}}}
	errs := config.errors with data.plans as plans
	errs == {
		"plan gold: benefits.excluded[0]: name must be a string",
		"plan gold: benefits.excluded[0]: an exclusion needs a remark code",
		"plan gold: institutional_percent_of_charge must be an integer from 0 to 100",
	}
	"plan silver: benefits must be an object" in config.errors with data.plans as {"silver": {"institutional_percent_of_charge": 1}}
}

test_missing_reference_data_is_reported if {
	errs := config.errors with data.reference.mpfs as {}
	errs == {"reference/mpfs: fees must be an object", "reference/mpfs: facility_places_of_service must be an array"}
	"reference/mpfs: fee 99213 has no status" in config.errors with data.reference.mpfs.fees as {"99213": {}}
}
