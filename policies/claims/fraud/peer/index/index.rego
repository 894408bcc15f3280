# METADATA
# title: Peer fraud signal index
# description: >-
#   The fraud baseline (data.fraud_baseline, built from the decisions topic
#   by `claims fraud baseline`) turned into what the peer signals of
#   claims.fraud.peer look up per claim: per procedure code the smallest units
#   and charge per unit that are outliers, and the billing providers whose
#   rates are outliers among their peers, with the figures behind each.
#   A provider or code that cannot fire is not listed, so a claim's lookup
#   is one key that is almost always missing.
#
#   Robust z-score: z = 0.6745 (x - median) / MAD, in integers:
#   z >= z_min_x10 / 10 exactly when 6745 (x - median) >= 1000 z_min_x10 MAD.
#   The MAD used is raised to a floor (data.fraud.signals[code]: mad_floor
#   in the measure's unit, and for charges also mad_floor_bp of the median)
#   so that codes whose values are all alike do not make any difference an
#   outlier.
#
#   This package reads data only, never input: the engine evaluates it once
#   when it loads the bundle and serves the result as data (see
#   custom.materialize), while the Rego tests evaluate it live.
# custom:
#   materialize: true
package claims.fraud.peer.index

import data.claims.fraud.stats

# METADATA
# description: >-
#   True when a baseline is loaded: without one claims.fraud does not
#   evaluate the peer signals at all, so they cost a claim one lookup.
loaded if count(data.fraud_baseline) > 0

# METADATA
# description: >-
#   {code: {"at_least", "median", "mad", "mad_used", "n"}}: a line billing
#   at_least units of the code or more is a units outlier.
units[code] := out if {
	s := data.fraud.signals.UNITS_OUTLIER
	some code, c in data.fraud_baseline.codes
	d := c.units
	d.n >= s.min_n
	mad := max([d.mad, s.mad_floor])
	out := {
		"at_least": d.median + stats.ceil_div((1000 * s.z_min_x10) * mad, 6745),
		"median": d.median, "mad": d.mad, "mad_used": mad, "n": d.n,
	}
}

# METADATA
# description: >-
#   {code: {"at_least", "median", "mad", "mad_used", "n"}} for the charge
#   per unit in cents (charge / units, rounded down).
charge[code] := out if {
	s := data.fraud.signals.CHARGE_OUTLIER
	some code, c in data.fraud_baseline.codes
	d := c.charge_per_unit_cents
	d.n >= s.min_n
	mad := max([d.mad, s.mad_floor, stats.floor_div(d.median * s.mad_floor_bp, 10000)])
	out := {
		"at_least": d.median + stats.ceil_div((1000 * s.z_min_x10) * mad, 6745),
		"median": d.median, "mad": d.mad, "mad_used": mad, "n": d.n,
	}
}

# METADATA
# description: >-
#   {npi: figures} for the providers whose share of lines with a PTP-bypass
#   modifier is an outlier (stats.rate_outlier).
bypass[npi] := f if {
	some npi, p in data.fraud_baseline.providers
	f := stats.rate_outlier(p.bypass, p.lines, data.fraud_baseline.peers.bypass_bp, data.fraud.signals.BYPASS_RATE)
}

# METADATA
# description: >-
#   {npi: figures} for the providers whose share of lines denied over
#   their MUE (CARC 151) is an outlier.
mue[npi] := f if {
	some npi, p in data.fraud_baseline.providers
	f := stats.rate_outlier(p.mue, p.lines, data.fraud_baseline.peers.mue_bp, data.fraud.signals.MUE_RATE)
}

# METADATA
# description: >-
#   {"new"|"established": {npi: figures}} for the providers whose share of
#   the highest E/M level (99205 among 99202..99205, 99215 among
#   99212..99215) is an outlier.
em[family][npi] := f if {
	some [family, counts_key, peers_key] in [
		["new", "em_new", "em_new_top_bp"],
		["established", "em_established", "em_established_top_bp"],
	]
	some npi, p in data.fraud_baseline.providers
	counts := p[counts_key]
	f := stats.rate_outlier(counts[3], sum(counts), data.fraud_baseline.peers[peers_key], data.fraud.signals.EM_UPCODING)
}
