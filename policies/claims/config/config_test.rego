# METADATA
# title: Tests for claims.config
package claims.config_test

import data.claims.config

test_shipped_bundle_has_no_errors if {
	count(config.errors) == 0
}

_terms := {"deductible_cents": {"*": 50000}, "coinsurance_percent": 20, "oop_max_cents": {"*": 300000}}

test_bad_services_are_reported if {
	plans := {"gold": {
		"services": [
			{"name": "mixed shapes", "ranges": [["10004", "1036F"]]},
			{"name": "empty"},
			{"name": "no remark", "codes": ["99397"], "excluded": {"carc": "96"}},
			{"name": "bad carc", "codes": ["99396"], "excluded": {"carc": "97", "remark": "N130"}},
			{"name": "ranged limit", "ranges": [["G0438", "G0439"]], "frequency": {"max": 1}},
			{"name": "zero limit", "codes": ["G0402"], "frequency": {"max": 0}},
			{"name": "odd sharing", "codes": ["99213"], "cost_sharing": "free"},
			{"name": "odd pricing", "codes": ["36415"], "pricing": {"percent_of_charge": 140}},
			{"name": "pa", "codes": ["64635"], "prior_authorization": "yes"},
		],
		"cost_sharing": _terms,
		"institutional_percent_of_charge": 60.5,
		"pend_over_cents": -1,
	}}
	errs := config.errors with data.plans as plans
	errs == {
		"plan gold: services[0]: range [\"10004\", \"1036F\"]: want [low, high] of the same shape, low <= high",
		"plan gold: services[1]: want codes or ranges",
		"plan gold: services[2]: excluded needs a carc (96 or 204) and a remark code",
		"plan gold: services[3]: excluded needs a carc (96 or 204) and a remark code",
		"plan gold: services[4]: frequency needs a positive integer max and the codes it counts (not ranges)",
		"plan gold: services[5]: frequency needs a positive integer max and the codes it counts (not ranges)",
		"plan gold: services[6]: cost_sharing must be \"waived\" or {\"copay_cents\": cents}",
		"plan gold: services[7]: pricing must be {\"percent_of_charge\": integer 0..100}",
		"plan gold: services[8]: prior_authorization must be true or absent",
		"plan gold: institutional_percent_of_charge must be an integer from 0 to 100",
		"plan gold: pend_over_cents must be a non-negative integer",
	}
}

test_prior_authorization_needs_a_pattern if {
	plans := {"gold": {
		"services": [{"name": "pa", "codes": ["64635"], "prior_authorization": true}],
		"prior_authorization": {"pattern": "([", "issued": {"X1": {"member_id": "m"}}},
		"cost_sharing": _terms,
		"institutional_percent_of_charge": 60,
	}}
	errs := config.errors with data.plans as plans
	errs == {
		"plan gold: a service needs prior authorization, so prior_authorization.pattern must be a valid regular expression",
		"plan gold: prior_authorization.issued[X1]: want {\"member_id\", \"codes\", \"start\", \"end\"}",
	}
}

test_cost_sharing_terms_are_checked if {
	plans := {"gold": {
		"services": [{"name": "all", "ranges": [["00100", "99607"]]}],
		"cost_sharing": {"deductible_cents": {"2017": 18300.5}, "coinsurance_percent": 120, "oop_max_cents": 670000},
		"institutional_percent_of_charge": 60,
	}}
	errs := config.errors with data.plans as plans
	errs == {
		"plan gold: cost_sharing.deductible_cents must map years (\"YYYY\") or \"*\" to non-negative integer cents",
		"plan gold: cost_sharing.oop_max_cents must map years (\"YYYY\") or \"*\" to non-negative integer cents",
		"plan gold: cost_sharing.coinsurance_percent must be an integer from 0 to 100",
	}
}

test_no_plans_is_reported if {
	"no plans: want at least one plans/<id>/data.json" in config.errors with data.plans as {}
}

test_missing_fields_are_reported if {
	errs := config.errors with data.plans as {"gold": {"services": [{"codes": ["99397"]}]}}
	"plan gold: services[0]: name must be a string" in errs
	"plan gold: institutional_percent_of_charge must be an integer from 0 to 100" in errs
	"plan gold: cost_sharing.coinsurance_percent must be an integer from 0 to 100" in errs
	silver := {"silver": {"institutional_percent_of_charge": 1}}
	"plan silver: services must be a non-empty array" in config.errors with data.plans as silver
}

test_provider_directory_is_checked if {
	errs := config.errors with data.providers as {"npi": {"1234567893": {"locality": "Los Angeles"}}}
	errs == {"providers: npi 1234567893: locality must be a string \"MAC-locality\" or \"\""}
	"providers: npi must be an object of {\"locality\": \"MAC-locality\"}" in config.errors with data.providers as {}
}

test_fraud_scores_are_checked if {
	# The peer signals keep the bundle's settings; their checks are below.
	peer := object.filter(
		data.fraud.signals,
		{"BYPASS_RATE", "CHARGE_OUTLIER", "EM_UPCODING", "MUE_RATE", "UNITS_OUTLIER"},
	)
	fraud := {
		"pend_score": 0,
		"signals": object.union(peer, {
			"DUP_NEAR": {"score": -1},
			"EXCLUDED": {"score": 100},
			"IMPOSSIBLE_DAY": {"score": 60, "max_minutes": 1440},
			"POST_COVERAGE": {"score": 50, "min_prior_claims": 0},
			"VELOCITY": {"score": 40},
			"VELOCITY_PROVIDER": {"score": 40, "min_prior_claims": 50},
		}),
	}
	errs := config.errors with data.fraud as fraud
	errs == {
		"fraud: pend_score must be a positive integer (policies/fraud/data.json)",
		"fraud: signals.DUP_NEAR.score must be a non-negative integer",
		"fraud: signals.POST_COVERAGE.min_prior_claims must be a positive integer",
		"fraud: signals.VELOCITY_MEMBER.score must be a non-negative integer",
		"fraud: signals.VELOCITY_MEMBER.min_prior_claims must be a positive integer",
		concat("", [
			"fraud: signals.VELOCITY is not a signal claims.fraud fires (BYPASS_RATE, CHARGE_OUTLIER, DUP_NEAR, ",
			"EM_UPCODING, EXCLUDED, IMPOSSIBLE_DAY, MUE_RATE, POST_COVERAGE, UNITS_OUTLIER, VELOCITY_MEMBER, VELOCITY_PROVIDER)",
		]),
	}
}

# A peer signal's settings are checked like the others': a z threshold of
# 0 would flag every provider above the median.
test_peer_signal_settings_are_checked if {
	bypass := object.remove(data.fraud.signals.BYPASS_RATE, {"z_min_x10"})
	signals := object.union(object.remove(data.fraud.signals, {"BYPASS_RATE"}), {"BYPASS_RATE": bypass})
	errs := config.errors with data.fraud as {"pend_score": 100, "signals": signals}
	errs == {"fraud: signals.BYPASS_RATE.z_min_x10 must be a positive integer"}
}

test_missing_fraud_data_is_reported if {
	"fraud: pend_score must be a positive integer (policies/fraud/data.json)" in config.errors with data.fraud as {}
	"fraud: signals.EXCLUDED.score must be a non-negative integer" in config.errors with data.fraud as {}
}
