# METADATA
# title: Review holds
# description: >-
#   Claim-level reasons to hold a claim for an analyst instead of paying it:
#   a total charge above the pend_over_cents of a plan covering one of its
#   lines, or a covering plan that has no rules in this policy bundle. A
#   held claim pays nothing; its payable amounts are reported as OA-133
#   (pending further review).
package claims.review

# METADATA
# description: >-
#   The reasons to hold the claim, given the plans covering its lines, each
#   a [format, args] pair; empty when the claim may be decided now.
reasons(plan_ids) := over_threshold | unknown_plan if {
	over_threshold := {why |
		some plan_id in plan_ids
		limit := data.plans[plan_id].pend_over_cents
		total_charge_cents > limit
		why := [
			"claims.review: total charge %d cents is over plan %s's review threshold of %d cents",
			[total_charge_cents, plan_id, limit],
		]
	}
	unknown_plan := {why |
		some plan_id in plan_ids
		not data.plans[plan_id]
		why := ["claims.review: plan %s has no rules in this policy bundle", [plan_id]]
	}
}

# METADATA
# description: >-
#   True when the claim's total charge is over the review threshold
#   (pend_over_cents) of a plan covering one of its lines.
held(plan_ids) if {
	some plan_id in plan_ids
	total_charge_cents > data.plans[plan_id].pend_over_cents
}

# METADATA
# description: The claim's total charge in cents.
total_charge_cents := sum([line.charge_cents | some line in input.claim.lines])
