# METADATA
# title: Bundle data checks
# description: >-
#   Checks that plans, the provider directory and the fraud signal scores
#   (data.fraud) have the shape the rules read, so a bad plan file is refused when the engine loads the bundle
#   instead of quietly holding or denying every claim that reaches it. (The
#   engine also checks, in Go, that every provider's locality is one the
#   CMS GPCI table knows.)
package claims.config

import data.claims.fraud
import data.claims.hcpcs

# A call with an undefined argument is undefined even under "not", so
# "not is_string(s.name)" would never fire for a missing name: every field
# is read through object.get or a helper rule so that missing fields count.

# METADATA
# description: >-
#   Every problem found, as a readable message; empty when the bundle is
#   usable.
errors contains "no plans: want at least one plans/<id>/data.json" if not _has_plans

errors contains sprintf("plan %s: services must be a non-empty array", [id]) if {
	some id, plan in data.plans
	not _non_empty_array(object.get(plan, "services", null))
}

errors contains sprintf("%s: name must be a string", [where]) if {
	some [where, _, s] in _groups
	not is_string(object.get(s, "name", null))
}

errors contains sprintf("%s: want codes or ranges", [where]) if {
	some [where, _, s] in _groups
	not s.codes
	not s.ranges
}

errors contains sprintf("%s: codes must be an array of strings", [where]) if {
	some [where, _, s] in _groups
	not _strings(object.get(s, "codes", []))
}

errors contains sprintf("%s: range %v: want [low, high] of the same shape, low <= high", [where, r]) if {
	some [where, _, s] in _groups
	some r in object.get(s, "ranges", [])
	not _range(r)
}

errors contains sprintf("%s: excluded needs a carc (96 or 204) and a remark code", [where]) if {
	some [where, "services", s] in _groups
	x := s.excluded
	not _exclusion(x)
}

errors contains sprintf("%s: frequency needs a positive integer max and the codes it counts (not ranges)", [where]) if {
	some [where, "services", s] in _groups
	f := s.frequency
	not _frequency(f, s)
}

errors contains sprintf("%s: cost_sharing must be \"waived\" or {\"copay_cents\": cents}", [where]) if {
	some [where, "services", s] in _groups
	cs := s.cost_sharing
	not _service_cost_sharing(cs)
}

errors contains sprintf("%s: pricing must be {\"percent_of_charge\": integer 0..100}", [where]) if {
	some [where, "services", s] in _groups
	p := s.pricing
	not _pricing(p)
}

errors contains sprintf("%s: prior_authorization must be true or absent", [where]) if {
	some [where, "services", s] in _groups
	pa := s.prior_authorization
	pa != true
}

errors contains sprintf(
	"plan %s: a service needs prior authorization, so prior_authorization.pattern must be a valid regular expression",
	[id],
) if {
	some id, plan in data.plans
	some s in plan.services
	s.prior_authorization == true
	not _valid_regex(object.get(plan, ["prior_authorization", "pattern"], null))
}

errors contains sprintf(
	"plan %s: prior_authorization.issued[%s]: want {\"member_id\", \"codes\", \"start\", \"end\"}",
	[id, number],
) if {
	some id, plan in data.plans
	some number, a in object.get(plan, ["prior_authorization", "issued"], {})
	not _authorization(a)
}

errors contains sprintf(
	"plan %s: cost_sharing.%s must map years (\"YYYY\") or \"*\" to non-negative integer cents",
	[id, field],
) if {
	some id, plan in data.plans
	some field in ["deductible_cents", "oop_max_cents"]
	not _by_year(object.get(plan, ["cost_sharing", field], null))
}

errors contains sprintf("plan %s: cost_sharing.coinsurance_percent must be an integer from 0 to 100", [id]) if {
	some id, plan in data.plans
	not _percent(object.get(plan, ["cost_sharing", "coinsurance_percent"], null))
}

errors contains sprintf("plan %s: institutional_percent_of_charge must be an integer from 0 to 100", [id]) if {
	some id, plan in data.plans
	not _percent(object.get(plan, "institutional_percent_of_charge", null))
}

errors contains sprintf("plan %s: pend_over_cents must be a non-negative integer", [id]) if {
	some id, plan in data.plans
	limit := object.get(plan, "pend_over_cents", 0)
	not _cents(limit)
}

errors contains "providers: npi must be an object of {\"locality\": \"MAC-locality\"}" if not _npi_is_object

errors contains sprintf("providers: npi %s: locality must be a string \"MAC-locality\" or \"\"", [npi]) if {
	some npi, p in data.providers.npi
	not _locality(object.get(p, "locality", null))
}

# Without data.fraud no signal has a score, so none would fire: a bundle
# that lost policies/fraud/data.json would stop flagging claims unnoticed.
errors contains "fraud: pend_score must be a positive integer (policies/fraud/data.json)" if {
	not _positive(object.get(data.fraud, "pend_score", null))
}

errors contains sprintf("fraud: signals.%s.score must be a non-negative integer", [code]) if {
	some code, _ in fraud.known_signals
	not _cents(object.get(data.fraud, ["signals", code, "score"], null))
}

errors contains sprintf("fraud: signals.%s.%s must be a positive integer", [code, key]) if {
	some code, keys in fraud.known_signals
	some key in keys
	not _positive(object.get(data.fraud, ["signals", code, key], null))
}

errors contains sprintf("fraud: signals.%s is not a signal claims.fraud fires (%s)", [code, known]) if {
	some code, _ in object.get(data.fraud, "signals", {})
	not fraud.known_signals[code]
	known := concat(", ", sort(object.keys(fraud.known_signals)))
}

_npi_is_object if is_object(data.providers.npi)

_has_plans if {
	some _, plan in data.plans
	is_object(plan)
}

# Every service category and revenue code group of every plan, with where
# it is for messages and which list it is in.
_groups contains [sprintf("plan %s: %s[%d]", [id, list, i]), list, s] if {
	some id, plan in data.plans
	some list in ["services", "revenue_codes"]
	some i, s in object.get(plan, list, [])
}

_non_empty_array(a) if {
	is_array(a)
	count(a) > 0
}

_strings(a) if {
	is_array(a)
	every s in a {
		is_string(s)
	}
}

_range(r) if {
	is_array(r)
	count(r) == 2
	is_string(r[0])
	is_string(r[1])
	r[0] <= r[1]
	hcpcs.shape(r[0]) == hcpcs.shape(r[1])
}

_exclusion(x) if {
	is_object(x)
	object.get(x, "carc", null) in {"96", "204"}
	is_string(object.get(x, "remark", null))
}

_frequency(f, s) if {
	is_object(f)
	max := object.get(f, "max", null)
	_cents(max)
	max > 0
	_non_empty_array(object.get(s, "codes", null))
	not s.ranges
}

_service_cost_sharing("waived")

_service_cost_sharing(cs) if {
	is_object(cs)
	_cents(object.get(cs, "copay_cents", null))
}

_pricing(p) if {
	is_object(p)
	_percent(object.get(p, "percent_of_charge", null))
}

_valid_regex(p) if {
	is_string(p)
	regex.is_valid(p)
}

_authorization(a) if {
	is_object(a)
	is_string(object.get(a, "member_id", null))
	_non_empty_array(object.get(a, "codes", null))
	is_string(object.get(a, "start", null))
	is_string(object.get(a, "end", null))
}

_by_year(m) if {
	is_object(m)
	every year, cents in m {
		_year_key(year)
		_cents(cents)
	}
}

_year_key("*")

_year_key(y) if regex.match(`^[0-9]{4}$`, y)

_locality("")

_locality(l) if regex.match(`^[0-9]+-[0-9]+$`, l)

_percent(p) if {
	_cents(p)
	p <= 100
}

_cents(n) if {
	is_number(n)
	n == round(n)
	n >= 0
}

_positive(n) if {
	_cents(n)
	n > 0
}
