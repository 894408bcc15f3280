# METADATA
# title: Allowed amounts
# description: >-
#   Prices covered lines, in integer cents.
#
#   Professional lines: the 2025 Medicare Physician Fee Schedule amount
#   for one unit (built-in cms.fee: RVUs x GPCIs x conversion factor,
#   rounded half up, in exact integer arithmetic) times units. The
#   facility practice expense applies at facility places of service; the
#   GPCIs are those of the provider's locality from the provider directory
#   (data.providers: the rendering NPI, else the billing NPI), else the
#   national ones (1.000). Modifier 26 or TC prices the professional or
#   technical component row; a code without one is priced globally. A code
#   whose status is not payable (A, R or T) or that has no row is priced by
#   the plan when its service category says so ({"pricing":
#   {"percent_of_charge": n}}), else denied with CARC 96.
#
#   Multiple procedures: among a claim's priced lines on one date of
#   service whose fee schedule multiple procedure indicator is 2, the line
#   with the highest fee (the first by line number among equals) is paid at
#   100% and the others at 50%, rounded half up; the reduction is CARC 59
#   (processed based on multiple or concurrent procedure rules).
#
#   Institutional lines: the plan's institutional_percent_of_charge of the
#   charge, rounded half up. A plan without one leaves the line unpriced,
#   and the claim is held for review rather than paid at charge.
package claims.pricing

# METADATA
# description: >-
#   Places of service priced at the MPFS facility rate (Medicare Claims
#   Processing Manual, chapter 12, section 20.4.2).
facility_pos := {"19", "21", "22", "23", "24", "26", "31", "34", "41", "42", "51", "52", "53", "56", "61"}

# METADATA
# description: >-
#   The locality ("MAC-locality") whose GPCIs price the claim's
#   professional lines: the rendering provider's, else the billing
#   provider's, from the provider directory; "" (national) for a provider
#   the directory does not place.
default locality := ""

locality := l if {
	l := data.providers.npi[input.claim.rendering_npi].locality
} else := l if {
	l := data.providers.npi[input.claim.billing_npi].locality
}

# METADATA
# description: >-
#   The price of the line at position k under a plan, given its service
#   category (claims.benefits.service), before multiple procedure
#   reductions: {"fee_cents", "mult_proc", "basis"} with basis "mpfs",
#   "plan" or "institutional"; or {"deny": {"group", "carc", "remarks",
#   "why"}}. Undefined when no pricing rule applies.
price(k, plan_id, _) := {"fee_cents": fee, "mult_proc": "0", "basis": "institutional"} if {
	input.claim.claim_type == "institutional"
	pct := data.plans[plan_id].institutional_percent_of_charge
	_is_percent(pct)
	fee := round_half_up(input.claim.lines[k].charge_cents * pct, 100)
}

price(k, _, service) := v if {
	input.claim.claim_type == "professional"
	v := _professional(k, service)
}

_professional(k, service) := {
	"fee_cents": f.per_unit_cents * input.claim.lines[k].units,
	"mult_proc": f.mult_proc, "basis": "mpfs",
} if {
	f := fee(k)
	_payable_status[f.status]
} else := {
	"fee_cents": round_half_up(input.claim.lines[k].charge_cents * pct, 100),
	"mult_proc": "0", "basis": "plan",
} if {
	pct := service.pricing.percent_of_charge
	_is_percent(pct)
} else := {"deny": {
	"group": "CO", "carc": "96", "remarks": [_status_remark(f.status)],
	"why": [
		"claims.pricing: %s has fee schedule status %s (%s): no fee to pay",
		[input.claim.lines[k].code, f.status, _status_text(f.status)],
	],
}} if {
	f := fee(k)
} else := {"deny": {
	"group": "CO", "carc": "96", "remarks": ["N448"],
	"why": ["claims.pricing: %s is not on the 2025 physician fee schedule", [input.claim.lines[k].code]],
}}

# METADATA
# description: >-
#   The fee schedule row (cms.fee) pricing the line at position k: its
#   26 or TC component row when billed with that modifier and the code has
#   one, else the global row; undefined when the code has no row.
fee(k) := f if {
	line := input.claim.lines[k]
	f := cms.fee(line.code, component(line.modifiers), locality, line.pos in facility_pos)
} else := f if {
	line := input.claim.lines[k]
	f := cms.fee(line.code, "", locality, line.pos in facility_pos)
}

# METADATA
# description: '"26" or "TC" when the modifiers bill that component, else "".'
component(modifiers) := "" if {
	count(modifiers) == 0
} else := "26" if {
	"26" in modifiers
} else := "TC" if {
	"TC" in modifiers
} else := ""

# METADATA
# description: >-
#   Multiple procedure reductions: {position: position of the line paid at
#   100%} for the lines paid at 50%, given the claim's priced lines as
#   {position: fee cents} with multiple procedure indicator 2.
mppr(candidates) := {k: primary |
	some d in {input.claim.lines[k].dos | some k, _ in candidates}
	ranked := sort([[0 - fee, input.claim.lines[k].line, k] |
		some k, fee in candidates
		input.claim.lines[k].dos == d
	])
	count(ranked) > 1
	primary := ranked[0][2]
	some [_, _, k] in array.slice(ranked, 1, count(ranked))
}

# METADATA
# description: >-
#   n / d rounded half up, for integers n >= 0 and d > 0, in exact integer
#   arithmetic: (n + d/2) minus its remainder is an exact multiple of d.
round_half_up(n, d) := (m - (m % d)) / d if {
	m := n + floor(d / 2)
}

_is_percent(p) if {
	is_number(p)
	p == round(p)
	p >= 0
	p <= 100
}

# Active, restricted-coverage and injection-only codes are paid from their
# RVUs; every other status has no usable amount.
_payable_status := {"A": true, "R": true, "T": true}

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
