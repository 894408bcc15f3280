# METADATA
# title: Tests for claims.review
package claims.review_test

import data.claims.review

_input(charges) := {"claim": {"lines": [{"line": i + 1, "code": "99213", "charge_cents": c} | some i, c in charges]}}

test_total_charge if {
	review.total_charge_cents == 10000001 with input as _input([5000000, 5000001])
}

test_under_the_threshold_is_not_held if {
	count(review.reasons({"medicare"})) == 0 with input as _input([5000000, 5000000])
}

test_over_the_threshold_is_held if {
	reasons := review.reasons({"medicare"}) with input as _input([5000000, 5000001])
	reasons == {[
		"claims.review: total charge %d cents is over plan %s's review threshold of %d cents",
		[10000001, "medicare", 10000000],
	]}
}

test_threshold_only_applies_to_covering_plans if {
	count(review.reasons(set())) == 0 with input as _input([20000000])
}

test_unknown_plan_is_held if {
	reasons := review.reasons({"gold"}) with input as _input([100])
	reasons == {["claims.review: plan %s has no rules in this policy bundle", ["gold"]]}
}

test_plan_without_threshold_never_holds_for_charge if {
	count(review.reasons({"medicare"})) == 0 with input as _input([20000000]) with data.plans.medicare as {"benefits": {}}
}

test_held_over_a_covering_plans_threshold if {
	review.held({"medicare"}) with input as _input([5000000, 5000001])
	not review.held({"medicare"}) with input as _input([5000000, 5000000])
	not review.held(set()) with input as _input([20000000])

	# commercial_ppo holds above 5000000.
	review.held({"medicare", "commercial_ppo"}) with input as _input([5000001])
}
