# METADATA
# title: Allowed amounts
# description: >-
#   Prices covered lines. Professional lines: the national Medicare
#   Physician Fee Schedule amount (facility or non-facility by place of
#   service) times units, capped at the charge; the reduction is CARC 45.
#   A code the fee schedule does not price (not on it, or a status other
#   than A, R or T) is denied with CARC 96. Institutional lines: the plan's
#   institutional_percent_of_charge, rounded half up to the cent. All
#   amounts are integer cents; the fee schedule slice in
#   data.reference.mpfs is precomputed in Go as integer cents.
package claims.pricing

import data.claims.submission

# METADATA
# description: >-
#   The pricing verdict for a line under a plan: {"allowed_cents", "why"},
#   or {"deny": {"carc", "remarks"}, "why"}. Undefined when no pricing rule
#   applies (the claim is then held for review, never paid at charge).
price(line, plan_id) := v if {
	input.claim.claim_type == "institutional"
	v := _percent_of_charge(line, plan_id, data.plans[plan_id].institutional_percent_of_charge)
}

price(line, _) := _professional(line, fee_key(line)) if {
	input.claim.claim_type == "professional"
}

_percent_of_charge(line, plan_id, pct) := {
	"allowed_cents": allowed,
	"why": [
		"claims.pricing: institutional: plan %s pays %d%% of charge: %d x %d / 100 = %d cents",
		[plan_id, pct, line.charge_cents, pct, allowed],
	],
} if {
	is_number(pct)
	pct == round(pct)
	pct >= 0
	pct <= 100
	allowed := round_half_up(line.charge_cents * pct, 100)
}

# METADATA
# description: >-
#   n / d rounded half up, for integers n >= 0 and d > 0, in exact integer
#   arithmetic: (n + d/2) minus its remainder is an exact multiple of d.
round_half_up(n, d) := (m - (m % d)) / d if {
	m := n + floor(d / 2)
}

# METADATA
# description: >-
#   The fee schedule key for a line: code-26 or code-TC when the line bills
#   the professional or technical component and the schedule prices it
#   separately, else the code (the global service).
fee_key(line) := line.code if {
	count(line.modifiers) == 0
} else := k if {
	"26" in line.modifiers
	k := concat("-", [line.code, "26"])
	data.reference.mpfs.fees[k]
} else := k if {
	"TC" in line.modifiers
	k := concat("-", [line.code, "TC"])
	data.reference.mpfs.fees[k]
} else := line.code

_professional(line, key) := {
	"deny": {"carc": "96", "remarks": ["N448"]},
	"why": ["claims.pricing: %s is not on the fee schedule (%s)", [key, data.reference.mpfs.source]],
} if {
	not data.reference.mpfs.fees[key]
} else := {
	"deny": {"carc": "96", "remarks": [_status_remark(fee.status)]},
	"why": ["claims.pricing: %s has fee schedule status %s (%s): no fee to pay", [key, fee.status, _status_text(fee.status)]],
} if {
	fee := data.reference.mpfs.fees[key]
	not fee.status in _payable_status
} else := {
	"allowed_cents": allowed,
	"why": [
		"claims.pricing: %s %s fee %d cents x %d units = %d; charge %d; allowed %d",
		[key, setting, unit, line.units, schedule, line.charge_cents, allowed],
	],
} if {
	fee := data.reference.mpfs.fees[key]
	[unit, setting] := _unit_fee(fee, submission.place_of_service(line))
	schedule := unit * line.units
	allowed := min([line.charge_cents, schedule])
}

_unit_fee(fee, pos) := [fee.facility_cents, "facility"] if {
	pos in data.reference.mpfs.facility_places_of_service
} else := [fee.non_facility_cents, "non-facility"]

# Active, restricted-coverage and injection-only codes are paid from their
# RVUs; every other status has no usable national amount.
_payable_status := {"A", "R", "T"}

_status_remark(status) := r if {
	r := {"N": "N425", "M": "N620"}[status]
} else := "N448"

_status_text(status) := t if {
	t := {
		"B": "bundled into other services",
		"C": "carrier priced",
		"D": "deleted",
		"E": "excluded from the fee schedule by regulation",
		"I": "not valid for Medicare purposes",
		"J": "anesthesia services",
		"M": "measurement code, reported not paid",
		"N": "non-covered service",
		"P": "bundled or excluded",
		"X": "statutory exclusion: paid under another fee schedule or not at all",
	}[status]
} else := "no national amount"
