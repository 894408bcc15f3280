# METADATA
# title: Plan benefits
# description: >-
#   What the plan covering a line's date of service says about its service:
#   the service category (the first category of the plan, in order, whose
#   codes or inclusive code ranges contain the procedure code; for an
#   institutional line billed by revenue code alone, the revenue code
#   group), exclusions (CARC 96 for statutory exclusions, 204 where the
#   benefit plan excludes the service, with the category's remark), codes
#   outside every category (96, N130), prior authorization (197) and
#   frequency limits (119). Plans are data: plans/<plan id>/data.json.
package claims.benefits

import data.claims.benefits.index
import data.claims.hcpcs

# METADATA
# description: >-
#   The benefit verdict for a line under a plan of this bundle: {"service":
#   category} when covered (the plan's category with what index.services
#   adds: "index", "kind", "copay_cents", "plain"; for a line billed by
#   revenue code alone, its revenue code group, index -1), else {"deny":
#   {"group", "carc", "remarks", "why"}}.
verdict(plan_id, code, revenue_code) := {"service": {
	"name": g.name, "index": -1, "kind": "standard", "copay_cents": 0, "plain": true,
}} if {
	code == ""
	g := data.plans[plan_id].revenue_codes[_revenue_group(plan_id, revenue_code)]
} else := {"deny": {
	"group": "CO", "carc": "96", "remarks": ["N130"],
	"why": ["claims.benefits: revenue code %s is not covered by plan %s", [revenue_code, plan_id]],
}} if {
	code == ""
} else := {"deny": {
	"group": "CO", "carc": s.excluded.carc, "remarks": [s.excluded.remark],
	"why": ["claims.benefits: %s is excluded by plan %s: %s", [code, plan_id, s.name]],
}} if {
	s := service(plan_id, code)
	s.excluded
} else := {"service": s} if {
	s := service(plan_id, code)
} else := {"deny": {
	"group": "CO", "carc": "96", "remarks": ["N130"],
	"why": ["claims.benefits: %s is not a covered service under plan %s", [code, plan_id]],
}}

# METADATA
# description: >-
#   The plan's service category containing the code (see index.services),
#   undefined when none does.
service(plan_id, code) := index.services[plan_id][category(plan_id, code)]

# METADATA
# description: >-
#   The index of the plan's service category that contains the code:
#   the precomputed answer for codes a category names, else the first
#   range of the code's shape bucket that contains it. Undefined when no
#   category does.
category(plan_id, code) := i if {
	i := index.codes[plan_id][code]
} else := i if {
	hits := [j |
		some [low, high, j] in index.ranges[plan_id][hcpcs.shape(code)][substring(code, 0, 1)]
		low <= code
		code <= high
	]
	i := hits[0]
}

_revenue_group(plan_id, revenue_code) := hits[0] if {
	hits := [i |
		some [low, high, i] in index.revenue_ranges[plan_id]
		low <= revenue_code
		revenue_code <= high
	]
}

# METADATA
# description: >-
#   For a service that needs prior authorization, the denial (CARC 197)
#   when the line's authorization number is missing or unknown; undefined
#   when it is valid. Missing, or not of the form the plan documents in
#   prior_authorization.pattern (a regular expression), is remark M62
#   (missing/invalid authorization number); a well-formed number that the
#   plan did not issue, or issued for another member, for codes that do
#   not include this one, or for dates that do not include the date of
#   service, is N54 (inconsistent with the authorized services). The plan
#   lists what it issued in prior_authorization.issued: {number:
#   {"member_id", "codes", "start", "end"}}.
prior_auth_denial(plan_id, code, dos, number) := _pa_denial(
	"M62", "%s needs prior authorization and the line has no authorization number",
	[code],
) if {
	number == ""
} else := _pa_denial(
	"M62", "authorization number %q is not of the form plan %s issues",
	[number, plan_id],
) if {
	not regex.match(data.plans[plan_id].prior_authorization.pattern, number)
} else := _pa_denial(
	"N54", "authorization %s was not issued by plan %s",
	[number, plan_id],
) if {
	not data.plans[plan_id].prior_authorization.issued[number]
} else := _pa_denial(
	"N54", "authorization %s does not cover member %s, %s on %s",
	[number, input.claim.member_id, code, dos],
) if {
	a := data.plans[plan_id].prior_authorization.issued[number]
	not _authorizes(a, code, dos)
}

_authorizes(a, code, dos) if {
	a.member_id == input.claim.member_id
	code in a.codes
	a.start <= dos
	dos <= a.end
}

_pa_denial(remark, format, args) := {
	"group": "CO", "carc": "197", "remarks": [remark],
	"why": ["claims.benefits: %s", [sprintf(format, args)]],
}

# METADATA
# description: >-
#   For a line in a category with a frequency limit ({"max": n} services per
#   plan year, the calendar year of the date of service), the denial (CARC
#   119, N640) when the member already had n allowed services of the
#   category's codes that year: prior claims (input.history.frequency:
#   {code: {year: count}}) plus earlier allowed lines of this claim
#   (earlier). Undefined when the limit is not reached.
frequency_denial(plan_id, i, year, earlier) := {
	"group": "CO", "carc": "119", "remarks": ["N640"],
	"why": [
		"claims.benefits: %s allows %d per year; the member had %d in %s before this line",
		[s.name, s.frequency.max, used, year],
	],
} if {
	s := data.plans[plan_id].services[i]
	used := earlier + sum([n | some c in s.codes; n := input.history.frequency[c][year]])
	used >= s.frequency.max
}
