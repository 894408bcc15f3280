# METADATA
# title: Duplicate services
# description: >-
#   Denies a line that repeats a service already decided for the member:
#   same billing provider (NPI), procedure code, date of service, units and
#   charge as a line of an earlier claim in the member's history. CARC 18
#   (exact duplicate claim/service) is an OA adjustment by its definition.
#   Lines within one claim are not compared with each other: repeated
#   units of one service on one claim are the medically unlikely edits'
#   business (claims.ncci).
#
#   input.history.duplicates is an index the engine builds from the
#   member's history: {billing_npi: {code: {date: {units: {charge_cents:
#   claim_id}}}}}, so the check is one lookup, whatever the history's size.
package claims.duplicates

# METADATA
# description: >-
#   The denial for a line billed with the code, date of service, units and
#   charge, {"group", "carc", "remarks", "why"}; undefined when no earlier
#   claim of the member's history decided the same service.
denial(code, dos, units, charge_cents) := {
	"group": "OA", "carc": "18", "remarks": [],
	"why": [
		"claims.duplicates: claim %s already billed %s on %s, %d units, %d cents, from provider %s",
		[prior, code, dos, units, charge_cents, input.claim.billing_npi],
	],
} if {
	prior := input.history.duplicates[input.claim.billing_npi][code][dos][units][charge_cents]
}
