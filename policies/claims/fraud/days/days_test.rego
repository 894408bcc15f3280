# METADATA
# title: Tests for claims.fraud.days
package claims.fraud.days_test

import data.claims.fraud
import data.claims.fraud.days

_npi := "1234567893"

_input(day, hour) := {
	"claim": {
		"claim_id": "C9", "claim_type": "professional", "member_id": "M1",
		"billing_npi": _npi, "rendering_npi": "", "service_from": "2025-03-04",
		"lines": [{
			"line": 1, "code": "99214", "modifiers": [], "units": 1, "charge_cents": 15000,
			"dos": "2025-03-04", "pos": "11", "revenue_code": "", "prior_auth": "",
		}],
	},
	"eligibility": {"spans": [{"plan_id": "medicare", "start": "2025-01-01", "end": "2025-12-31"}]},
	"history": {
		"accumulators": {}, "duplicates": {}, "frequency": {},
		"same_service": {}, "claims_on": {}, "after_coverage": {},
	},
	"fraud": {"day": day, "hour": hour},
}

_no_hour := {"hour": "", "claims_before": 0}

_day(before, claims, this) := {"2025-03-04": _figures(before, claims, this)}

_figures(before, claims, this) := {"minutes_before": before, "claims_before": claims, "this_claim_minutes": this}

test_day_over_24_hours_fires_with_its_figures if {
	[s] := [s | some s in days.signals] with input as _input(_day(1485, 31, 30), _no_hour)
	s.code == "IMPOSSIBLE_DAY"
	s.score == 60
	s.figures == {
		"dos": "2025-03-04", "dates": 1, "minutes": 1515, "minutes_before": 1485,
		"this_claim_minutes": 30, "claims_before": 31, "max_minutes": 1440,
	}
	sprintf(s.why[0], s.why[1]) == concat("", [
		"provider 1234567893 has billed 1,515 typical minutes (25.3 h) on 2025-03-04 in this and 31 ",
		"earlier claims of this partition, more than 24 hours",
	])
}

# Exactly 24 hours is possible; one minute more is not.
test_the_limit_itself_does_not_fire if {
	count(days.signals) == 0 with input as _input(_day(1410, 40, 30), _no_hour)
	count(days.signals) == 1 with input as _input(_day(1411, 40, 30), _no_hour)
}

# A claim that adds no typical minutes (a lab test) on a day already over
# the limit is not what makes the day impossible.
test_an_untimed_claim_is_not_flagged if {
	count(days.signals) == 0 with input as _input(_day(2000, 60, 0), _no_hour)
}

# One claim alone can exceed the limit (97110, 100 units).
test_one_claim_alone if {
	[s] := [s | some s in days.signals] with input as _input(_day(0, 0, 1500), _no_hour)
	sprintf(s.why[0], s.why[1]) == concat("", [
		"provider 1234567893 has billed 1,500 typical minutes (25 h) on 2025-03-04 in this and 0 ",
		"earlier claims of this partition, more than 24 hours",
	])
}

# Of several dates over the limit, the first is named and the rest counted.
test_first_date_is_named if {
	two := object.union(_day(1500, 3, 30), {"2025-03-02": _figures(1439, 9, 15)})
	[s] := [s | some s in days.signals] with input as _input(two, _no_hour)
	s.figures.dos == "2025-03-02"
	s.figures.dates == 2
}

test_provider_velocity if {
	hour := {"hour": "2026-12-01T23", "claims_before": 100}
	[s] := [s | some s in days.signals] with input as _input(_day(0, 0, 30), hour)
	s.code == "VELOCITY_PROVIDER"
	s.score == 40
	s.figures == {"hour": "2026-12-01T23", "prior_claims": 100, "min_prior_claims": 100}
	sprintf(s.why[0], s.why[1]) == concat("", [
		"provider 1234567893 already sent 100 earlier claims of this partition in the hour from ",
		"2026-12-01 23:00 UTC, this claim's intake hour (100 or more)",
	])
	count(days.signals) == 0 with input as _input(_day(0, 0, 30), object.union(hour, {"claims_before": 99}))
}

# Without a record time there is no hour to count in.
test_no_hour_no_velocity if {
	count(days.signals) == 0 with input as _input(_day(0, 0, 30), {"hour": "", "claims_before": 500})
}

# claims.fraud adds them to its signals, flags and score; IMPOSSIBLE_DAY
# alone does not hold a claim, with provider velocity it does.
test_fraud_package_carries_them if {
	both := _input(_day(1485, 31, 30), {"hour": "2026-12-01T23", "claims_before": 160})
	{s.code | some s in fraud.signals} == {"IMPOSSIBLE_DAY", "VELOCITY_PROVIDER"} with input as both
	fraud.score == 100 with input as both
	fraud.held with input as both
	not fraud.held with input as _input(_day(1485, 31, 30), _no_hour)
	[f.code | some f in fraud.flags] == ["IMPOSSIBLE_DAY"] with input as _input(_day(1485, 31, 30), _no_hour)
}

_large := 1234567

test_thousands if {
	[s] := [s | some s in days.signals] with input as _input(_day(_large, 2, 60), _no_hour)
	startswith(sprintf(s.why[0], s.why[1]), "provider 1234567893 has billed 1,234,627 typical minutes (20577.1 h)")
}
