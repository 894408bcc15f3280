# METADATA
# title: Tests for claims.fraud.peer
package claims.fraud.peer_test

import data.claims.fraud
import data.claims.fraud.peer

_npi := "1234567893"

_typical := "1720029960"

_line(n, code, units, charge, mods) := {
	"line": n, "code": code, "modifiers": mods, "units": units, "charge_cents": charge,
	"dos": "2017-05-01", "pos": "11", "revenue_code": "", "prior_auth": "",
}

_input(npi, lines) := {
	"claim": {
		"claim_id": "C9", "claim_type": "professional", "member_id": "M1",
		"billing_npi": npi, "rendering_npi": "", "service_from": "2017-05-01", "lines": lines,
	},
	"eligibility": {"spans": [{"plan_id": "medicare", "start": "2017-01-01", "end": "2017-12-31"}]},
	"history": {
		"accumulators": {}, "duplicates": {}, "frequency": {},
		"same_service": {}, "claims_on": {}, "after_coverage": {},
	},
}

# A baseline as fraudbase builds it: the provider under test (_npi) puts a
# bypass modifier on 50 of its 120 lines, had 30 denied over their MUE and
# bills 99215 on half its established visits; a typical provider does what
# the peer medians say. 99213 lines bill 1 unit (all alike: MAD 0) at a
# median of 150.00 per unit.
_baseline := {
	"version": 1, "watermarks": [{"partition": 0, "next": 500}], "decisions": 400, "lines": 1300,
	"min_peer_lines": 20,
	"codes": {
		"99213": {
			"units": {"median": 1, "mad": 0, "n": 40},
			"charge_per_unit_cents": {"median": 15000, "mad": 2000, "n": 40},
		},
		"J1100": {"units": {"median": 1, "mad": 0, "n": 5}, "charge_per_unit_cents": {"median": 500, "mad": 0, "n": 5}},
	},
	"providers": {
		_npi: {"lines": 120, "bypass": 50, "mue": 30, "em_new": [0, 0, 0, 0], "em_established": [10, 20, 20, 50]},
		_typical: {"lines": 100, "bypass": 3, "mue": 0, "em_new": [0, 0, 0, 0], "em_established": [10, 40, 40, 10]},
	},
	"peers": {
		"bypass_bp": {"median": 300, "mad": 100, "n": 12},
		"mue_bp": {"median": 50, "mad": 50, "n": 12},
		"em_new_top_bp": {"median": 0, "mad": 0, "n": 0},
		"em_established_top_bp": {"median": 1000, "mad": 500, "n": 12},
	},
}

_signals(npi, lines) := s if {
	s := peer.signals with input as _input(npi, lines) with data.fraud_baseline as _baseline
}

_codes(signals) := {s.code | some s in signals}

_why(signals, code) := [sprintf(s.why[0], s.why[1]) | some s in signals; s.code == code][0]

test_no_baseline_no_peer_signals if {
	count(peer.signals) == 0 with input as _input(_npi, [_line(1, "99215", 40, 9000000, ["59"])])
}

test_bypass_rate if {
	signals := _signals(_npi, [_line(1, "99213", 1, 15000, ["59"])])
	_codes(signals) == {"BYPASS_RATE"}
	_why(signals, "BYPASS_RATE") == concat("", [
		"provider 1234567893 billed a PTP-bypass modifier (59, XE, XS, XP, XU) on 41.6% of its 120 lines; ",
		"the median of 12 providers is 3.0% (MAD 1.0%), robust z 13.0; line 1 carries 59",
	])
	[s] := [s | some s in signals]
	s.score == 50
	s.figures.rate_bp == 4166
	s.figures.z_x10 == 130
	s.figures.mad_used_bp == 200
}

# The provider's habit shows only on claims that carry the pattern, and a
# typical provider's bypass modifier is no signal.
test_institutional_claims_are_not_compared if {
	inst := object.union(_input(_typical, [_line(1, "99213", 12, 900000, [])]), {"claim": {"claim_type": "institutional"}})
	count(peer.signals) == 0 with input as inst with data.fraud_baseline as _baseline
}

test_bypass_rate_needs_the_pattern_and_the_outlier if {
	count(_signals(_npi, [_line(1, "99213", 1, 15000, ["RT"])])) == 0
	count(_signals(_typical, [_line(1, "99213", 1, 15000, ["59"])])) == 0
}

# Too few peers: no distribution to stand out from.
test_bypass_rate_needs_peers if {
	few := object.union(_baseline, {"peers": {"bypass_bp": {"median": 300, "mad": 100, "n": 9}}})
	count(peer.signals) == 0 with input as _input(_npi, [_line(1, "99213", 1, 15000, ["XU"])])
		with data.fraud_baseline as few
}

test_em_upcoding if {
	signals := _signals(_npi, [_line(1, "99215", 1, 15000, [])])
	_codes(signals) == {"EM_UPCODING"}
	_why(signals, "EM_UPCODING") == concat("", [
		"provider 1234567893 billed 99215 on 50.0% of its 100 established-patient visits (99212-99215); ",
		"the median of 12 providers is 10.0% (MAD 5.0%), robust z 5.3; line 1 bills 99215",
	])
	count(_signals(_npi, [_line(1, "99214", 1, 15000, [])])) == 0
	count(_signals(_typical, [_line(1, "99215", 1, 15000, [])])) == 0
}

test_units_outlier if {
	signals := _signals(_typical, [_line(1, "99213", 12, 180000, [])])
	_codes(signals) == {"UNITS_OUTLIER"}
	_why(signals, "UNITS_OUTLIER") == concat("", [
		"line 1 bills 12 units of 99213; the median of 40 lines of that code is 1 (MAD 0, floor 1 used), ",
		"robust z 7.4",
	])
}

# All 99213 lines bill 1 unit (MAD 0): the floor keeps 2 units from being
# infinitely far out, and 8 is still below the threshold (z 4.7 < 5).
test_units_mad_floor if {
	count(_signals(_typical, [_line(1, "99213", 8, 120000, [])])) == 0
	_codes(_signals(_typical, [_line(1, "99213", 9, 135000, [])])) == {"UNITS_OUTLIER"}
}

# J1100 has 5 lines in the baseline, below min_n: no distribution.
test_units_outlier_needs_lines if {
	count(_signals(_typical, [_line(1, "J1100", 90, 45000, [])])) == 0
}

test_charge_outlier if {
	signals := _signals(_typical, [_line(1, "99213", 1, 60000, [])])
	_codes(signals) == {"CHARGE_OUTLIER"}
	_why(signals, "CHARGE_OUTLIER") == concat("", [
		"line 1 charges 60000 cents per unit for 99213; the median of 40 lines of that code is 15000 cents ",
		"(MAD 2000), robust z 15.1",
	])
	count(_signals(_typical, [_line(1, "99213", 1, 29000, [])])) == 0
}

# 99233 allows 1 unit per date of service (the bundled MUE table): the
# line is over it, and this provider's lines often were.
test_mue_rate if {
	signals := _signals(_npi, [_line(1, "99233", 2, 30000, [])])
	"MUE_RATE" in _codes(signals)
	_why(signals, "MUE_RATE") == concat("", [
		"provider 1234567893 had 25.0% of its 120 lines denied over their MUE (CO-151); ",
		"the median of 12 providers is 0.5% (MAD 0.5%), robust z 16.5; line 1 bills 2 units of 99233, over its MUE again",
	])
	not "MUE_RATE" in _codes(_signals(_npi, [_line(1, "99233", 1, 15000, [])]))
	not "MUE_RATE" in _codes(_signals(_typical, [_line(1, "99233", 2, 30000, [])]))
}

# The peer signals join claims.fraud's and count toward its score: two of
# them reach the threshold of 100.
test_peer_signals_join_the_claims_score if {
	lines := [_line(1, "99215", 1, 15000, ["59"])]
	_codes(fraud.signals) == {"BYPASS_RATE", "EM_UPCODING"} with input as _input(_npi, lines)
		with data.fraud_baseline as _baseline
	fraud.held with input as _input(_npi, lines) with data.fraud_baseline as _baseline
}
