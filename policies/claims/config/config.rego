# METADATA
# title: Bundle data checks
# description: >-
#   Checks that plans and reference data have the shape the rules read, so a
#   bad plan file is refused when the engine loads the bundle instead of
#   quietly holding or denying every claim that reaches it.
package claims.config

import data.claims.benefits

# A call with an undefined argument is undefined even under "not", so
# "not is_string(g.name)" would never fire for a missing name: every field
# is read through object.get or a helper rule so that missing fields count.

# METADATA
# description: >-
#   Every problem found, as a readable message; empty when the bundle is
#   usable.
errors contains "no plans: want at least one plans/<id>/data.json" if not _has_plans

errors contains msg if {
	some id, plan in data.plans
	not is_object(object.get(plan, "benefits", null))
	msg := sprintf("plan %s: benefits must be an object", [id])
}

errors contains sprintf("%s: name must be a string", [where]) if {
	some [where, _, g] in _groups
	not is_string(object.get(g, "name", null))
}

errors contains sprintf("%s: want codes or ranges", [where]) if {
	some [where, _, g] in _groups
	not g.codes
	not g.ranges
}

errors contains sprintf("%s: an exclusion needs a remark code", [where]) if {
	some [where, list, g] in _groups
	list == "excluded"
	not is_string(object.get(g, "remark", null))
}

errors contains sprintf("%s: range %v: want [low, high] of the same shape, low <= high", [where, r]) if {
	some [where, _, g] in _groups
	some r in g.ranges
	not _range(r)
}

errors contains msg if {
	some id, plan in data.plans
	not _percent(object.get(plan, "institutional_percent_of_charge", null))
	msg := sprintf("plan %s: institutional_percent_of_charge must be an integer from 0 to 100", [id])
}

errors contains msg if {
	some id, plan in data.plans
	limit := object.get(plan, "pend_over_cents", 0)
	not _cents(limit)
	msg := sprintf("plan %s: pend_over_cents must be a non-negative integer", [id])
}

errors contains "reference/mpfs: fees must be an object" if not _fees_is_object

errors contains "reference/mpfs: facility_places_of_service must be an array" if not _facility_pos_is_array

errors contains msg if {
	some key, fee in data.reference.mpfs.fees
	not is_string(object.get(fee, "status", null))
	msg := sprintf("reference/mpfs: fee %s has no status", [key])
}

errors contains msg if {
	some key, fee in data.reference.mpfs.fees
	fee.status in {"A", "R", "T"}
	not _fee_priced(fee)
	msg := sprintf("reference/mpfs: fee %s has payable status %s but no integer facility and non-facility cents", [key, fee.status])
}

_fees_is_object if is_object(data.reference.mpfs.fees)

_facility_pos_is_array if is_array(data.reference.mpfs.facility_places_of_service)

_has_plans if {
	some _, plan in data.plans
	is_object(plan)
}

# Every benefit group of every plan, with where it is for messages.
_groups contains [sprintf("plan %s: benefits.%s[%d]", [id, list, i]), list, g] if {
	some id, plan in data.plans
	some list in ["covered", "excluded", "covered_revenue_codes"]
	some i, g in object.get(plan.benefits, list, [])
}

_range(r) if {
	count(r) == 2
	r[0] <= r[1]
	benefits.shape(r[0]) == benefits.shape(r[1])
}

_percent(p) if {
	_cents(p)
	p <= 100
}

_cents(n) if {
	is_number(n)
	n == round(n)
	n >= 0
}

_fee_priced(fee) if {
	_cents(object.get(fee, "facility_cents", null))
	_cents(object.get(fee, "non_facility_cents", null))
}
