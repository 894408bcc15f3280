# METADATA
# title: Tests for claims.cost_sharing
package claims.cost_sharing_test

import data.claims.cost_sharing

# Medicare Part B deductible: $166 in 2016, $183 in 2017 and 2018.
test_terms_by_plan_year if {
	cost_sharing.terms("medicare", "2016") == {
		"deductible_cents": 16600, "coinsurance_percent": 20,
		"oop_max_cents": 670000,
	}
	cost_sharing.terms("medicare", "2017").deductible_cents == 18300
	cost_sharing.terms("medicare", "2018").deductible_cents == 18300
	cost_sharing.terms("commercial_ppo", "2024") == {
		"deductible_cents": 50000, "coinsurance_percent": 20,
		"oop_max_cents": 300000,
	}
}

test_no_terms_for_a_year_the_plan_does_not_define if {
	not cost_sharing.terms("medicare", "2015")
	not cost_sharing.terms("gold", "2017")
}

test_accumulated if {
	inp := {"history": {"accumulators": {"medicare": {"2017": {"deductible_cents": 18300, "oop_cents": 25000}}}}}
	cost_sharing.accumulated("medicare", "2017") == {"deductible_cents": 18300, "oop_cents": 25000} with input as inp
	cost_sharing.accumulated("medicare", "2018") == {"deductible_cents": 0, "oop_cents": 0} with input as inp
}

# Allowed 8580 with 5000 of deductible left: deductible 5000, coinsurance
# 20% of 3580 = 716.
test_split_standard if {
	cost_sharing.split("standard", 8580, 5000, 20, 0) == [5000, 716, 0]
	cost_sharing.split("standard", 8580, 0, 20, 0) == [0, 1716, 0]
	cost_sharing.split("standard", 4000, 18300, 20, 0) == [4000, 0, 0]

	# 20% of 8895 = 1779 exactly; of 8897 = 1779.4 -> 1779; of 8898 = 1779.6 -> 1780.
	cost_sharing.split("standard", 8897, 0, 20, 0) == [0, 1779, 0]
	cost_sharing.split("standard", 8898, 0, 20, 0) == [0, 1780, 0]
}

test_split_copay_and_waived if {
	cost_sharing.split("copay", 8895, 50000, 20, 2500) == [0, 0, 2500]
	cost_sharing.split("copay", 1800, 50000, 20, 2500) == [0, 0, 1800]
	cost_sharing.split("waived", 8895, 50000, 20, 0) == [0, 0, 0]
}

test_cap if {
	cost_sharing.cap(100, 200, 0, 1000) == [100, 200, 0]
	cost_sharing.cap(100, 200, 0, 300) == [100, 200, 0]
	cost_sharing.cap(100, 200, 0, 250) == [100, 150, 0]
	cost_sharing.cap(100, 200, 0, 50) == [50, 0, 0]
	cost_sharing.cap(0, 0, 2500, 1000) == [0, 0, 1000]
	cost_sharing.cap(100, 200, 0, 0) == [0, 0, 0]
}
