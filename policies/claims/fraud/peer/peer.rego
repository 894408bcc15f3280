# METADATA
# title: Peer fraud signals
# description: >-
#   Signals that compare a claim, or its billing provider's habits, with
#   peers: the fraud baseline (data.fraud_baseline), computed in Go from
#   the decisions topic up to recorded offsets (`claims fraud baseline`),
#   and indexed once at load by claims.fraud.peer.index. Without a baseline none
#   of them fires. They compare professional claims only, as the baseline
#   counts only those: an institutional line's charge is a revenue-center
#   charge, not a fee. Each needs the claim itself to show the pattern, so a
#   provider whose habits stand out is flagged on the claims that carry
#   them, not on every claim it sends. Settings are data.fraud.signals[code]
#   (policies/fraud/data.json); z_min_x10 is the robust z-score threshold in
#   tenths. The shipped scores, and why:
#
#   BYPASS_RATE (50): a line carries a PTP-bypass modifier (59, XE, XS, XP,
#   XU) and the provider put one on a share of its baseline lines far above
#   its peers' (robust z >= 3.5, at least 50 lines, 10 peers). Unbundling
#   with 59 is the classic NCCI abuse, but some specialties use it a lot.
#
#   MUE_RATE (40): a line is over its MUE (denied CO-151 anyway) and the
#   provider's share of MUE-denied lines is far above its peers'.
#
#   EM_UPCODING (50): a line bills the highest E/M level (99205 or 99215)
#   and the provider's share of that level among its new (or established)
#   patient visits is far above its peers'.
#
#   UNITS_OUTLIER (40) and CHARGE_OUTLIER (30): a line's units, or charge
#   per unit, for its code are far above the distribution of that code's
#   lines (robust z >= 5, at least 30 lines, a MAD floor). Alone neither
#   holds a claim (a price list or a long infusion differs honestly); with
#   another signal it does.
package claims.fraud.peer

import data.claims.fraud.peer.index as peers
import data.claims.fraud.stats
import data.claims.ncci

# METADATA
# description: >-
#   The peer signals that fired on the claim, as claims.fraud.signals has
#   them (claims.fraud adds them to its own).
signals contains _signal("BYPASS_RATE", why, figures) if {
	input.claim.claim_type == "professional"
	f := peers.bypass[input.claim.billing_npi]
	hits := [[line, m] |
		some line in input.claim.lines
		some m in line.modifiers
		m in _bypass_modifiers
	]
	[line, m] := hits[0]
	why := [
		concat("", [
			"provider %s billed a PTP-bypass modifier (59, XE, XS, XP, XU) on %s of its %d lines; ",
			"the median of %d providers is %s (MAD %s), robust z %s; line %d carries %s",
		]),
		[
			input.claim.billing_npi, stats.percent(f.rate_bp), f.lines, f.peers,
			stats.percent(f.peer_median_bp), stats.percent(f.peer_mad_bp), stats.tenths(f.z_x10), line.line, m,
		],
	]
	figures := object.union(f, {"line": line.line, "modifier": m})
}

signals contains _signal("MUE_RATE", why, figures) if {
	input.claim.claim_type == "professional"
	f := peers.mue[input.claim.billing_npi]
	over := [k | some k, _ in input.claim.lines; ncci.mue_denial(k)]
	line := input.claim.lines[over[0]]
	why := [
		concat("", [
			"provider %s had %s of its %d lines denied over their MUE (CO-151); ",
			"the median of %d providers is %s (MAD %s), robust z %s; line %d bills %d units of %s, over its MUE again",
		]),
		[
			input.claim.billing_npi, stats.percent(f.rate_bp), f.lines, f.peers,
			stats.percent(f.peer_median_bp), stats.percent(f.peer_mad_bp), stats.tenths(f.z_x10),
			line.line, line.units, line.code,
		],
	]
	figures := object.union(f, {"line": line.line, "lines_over": count(over)})
}

signals contains _signal("EM_UPCODING", why, figures) if {
	input.claim.claim_type == "professional"
	some _ in peers.em
	hits := [[line, family] |
		some line in input.claim.lines
		family := _em_top[line.code]
		peers.em[family][input.claim.billing_npi]
	]
	[line, family] := hits[0]
	f := peers.em[family][input.claim.billing_npi]
	why := [
		concat("", [
			"provider %s billed %s on %s of its %d %s-patient visits (%s); ",
			"the median of %d providers is %s (MAD %s), robust z %s; line %d bills %s",
		]),
		[
			input.claim.billing_npi, line.code, stats.percent(f.rate_bp), f.lines, family, _em_range[family], f.peers,
			stats.percent(f.peer_median_bp), stats.percent(f.peer_mad_bp), stats.tenths(f.z_x10), line.line, line.code,
		],
	]
	figures := object.union(f, {"line": line.line, "family": family})
}

signals contains _signal("UNITS_OUTLIER", why, figures) if {
	input.claim.claim_type == "professional"
	hits := [[line, c] |
		some line in input.claim.lines
		c := peers.units[line.code]
		line.units >= c.at_least
	]
	[line, c] := hits[0]
	z := stats.z10(line.units, c.median, c.mad_used)
	why := [
		"line %d bills %d units of %s; the median of %d lines of that code is %d (MAD %d%s), robust z %s",
		[line.line, line.units, line.code, c.n, c.median, c.mad, _floor_note(c), stats.tenths(z)],
	]
	figures := {
		"line": line.line, "lines": count(hits), "units": line.units,
		"median": c.median, "mad": c.mad, "mad_used": c.mad_used, "n": c.n, "z_x10": z,
	}
}

signals contains _signal("CHARGE_OUTLIER", why, figures) if {
	input.claim.claim_type == "professional"
	hits := [[line, c, per_unit] |
		some line in input.claim.lines
		c := peers.charge[line.code]
		line.units > 0
		per_unit := stats.floor_div(line.charge_cents, line.units)
		per_unit >= c.at_least
	]
	[line, c, per_unit] := hits[0]
	z := stats.z10(per_unit, c.median, c.mad_used)
	why := [
		concat("", [
			"line %d charges %d cents per unit for %s; the median of %d lines of that code is %d cents ",
			"(MAD %d%s), robust z %s",
		]),
		[line.line, per_unit, line.code, c.n, c.median, c.mad, _floor_note(c), stats.tenths(z)],
	]
	figures := {
		"line": line.line, "lines": count(hits), "charge_per_unit_cents": per_unit,
		"median": c.median, "mad": c.mad, "mad_used": c.mad_used, "n": c.n, "z_x10": z,
	}
}

_bypass_modifiers := {"59", "XE", "XS", "XP", "XU"}

_em_top := {"99205": "new", "99215": "established"}

_em_range := {"new": "99202-99205", "established": "99212-99215"}

# The MAD an outlier's z-score was computed with, when the floor raised it.
_floor_note(c) := "" if {
	c.mad_used == c.mad
} else := sprintf(", floor %d used", [c.mad_used])

_signal(code, why, figures) := {"code": code, "score": data.fraud.signals[code].score, "why": why, "figures": figures}
