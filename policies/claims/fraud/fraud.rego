# METADATA
# title: Fraud signals
# description: >-
#   Signals that a claim may be fraudulent or abusive, each with a score; a
#   claim whose scores add up to the review threshold is held for a fraud
#   analyst (claims pends it: its payable amounts are OA-133). Scores and
#   the threshold are policy data (data.fraud, policies/fraud/data.json), so
#   an insurer tunes them without code; a score of 0 records a signal
#   without weight. The shipped threshold is 100: EXCLUDED holds a claim
#   alone, any other signal only with a second one, so no single weak
#   signal fills the analysts' queue; flags below it are still recorded.
#   The shipped scores, and why:
#
#   EXCLUDED (100, alone reaches the threshold of 100): the billing or
#   rendering NPI is on the exclusion list (data.exclusions, the OIG LEIE
#   the engine is configured with) on a line's date of service. Federal
#   programs may not pay for services an excluded provider furnishes, so
#   every such claim goes to an analyst (who also checks waivers, which the
#   list's NPI match cannot).
#
#   DUP_NEAR (60): a line (with a code and a charge) repeats the billing
#   provider, code and date of service of a line of an earlier claim of the
#   member with another charge or other modifiers. Exact repeats are denied as duplicates (OA-18) and
#   not flagged again; a near repeat is how an exact-duplicate edit is
#   evaded, but also a legitimately repeated procedure (modifiers 76, 77,
#   91) or a corrected claim sent as new: alone it flags, it does not hold.
#
#   POST_COVERAGE (50; at least 2 earlier claims): a line is dated after the
#   member's coverage ended (the latest end of the eligibility spans), and
#   the same billing provider already billed the member for services after
#   that date on min_prior_claims earlier claims. Such lines are denied
#   (CO-27) anyway; billing repeatedly after the end is the pattern of a
#   provider billing for a patient it no longer sees, worth an analyst's
#   look with any other signal.
#
#   VELOCITY_MEMBER (40; at least 6 earlier claims): the member's history
#   already has min_prior_claims claims (from any provider) with a service
#   on a date of service of this claim. A hospital day produces several
#   claims legitimately, so this weighs least.
#
#   Each signal is {"code", "score", "why": [format, args], "figures"}:
#   "why" the sentence an analyst reads, "figures" the numbers behind it.
#   A signal fires at most once per claim, on its first line (by line
#   number) or date; its figures count the lines or dates it found. The
#   statistics from history come indexed by the engine (input.history:
#   same_service, claims_on, after_coverage), so no rule iterates over the
#   member's history. Signals that need statistics across members (peer
#   distributions, provider rates) are in claims.fraud.peer: they read the
#   fraud baseline, policy data built from the decisions topic, not input,
#   and join the signals here; claims.fraud.days (IMPOSSIBLE_DAY,
#   VELOCITY_PROVIDER) reads the provider's day and hour figures from
#   input.fraud.
package claims.fraud

import data.claims.duplicates
import data.claims.fraud.days
import data.claims.fraud.peer
import data.claims.fraud.peer.index as peer_index

# METADATA
# description: >-
#   The fraud signals that fired on the claim, at most one per code:
#   {"code", "score", "why": [format, args], "figures": {...}}.
signals contains _signal("DUP_NEAR", why, figures) if {
	k := min(_near_lines)
	line := input.claim.lines[k]
	p := _near_prior(k)
	why := [
		concat("", [
			"line %d repeats %s on %s from provider %s, billed on earlier claim %s with %d units, ",
			"%d cents, modifiers %s; now %d units, %d cents, modifiers %s (%d such lines)",
		]),
		[
			line.line, line.code, line.dos, input.claim.billing_npi, p.claim_id, p.units,
			p.charge_cents, _mods(p.modifiers), line.units, line.charge_cents, _mods(sort(line.modifiers)),
			count(_near_lines),
		],
	]
	figures := {
		"line": line.line, "lines": count(_near_lines),
		"prior_claim_id": p.claim_id, "prior_units": p.units,
		"prior_charge_cents": p.charge_cents, "prior_modifiers": p.modifiers,
		"units": line.units, "charge_cents": line.charge_cents, "modifiers": sort(line.modifiers),
	}
}

signals contains s if {
	peer_index.loaded
	some s in peer.signals
}

signals contains _signal("POST_COVERAGE", why, figures) if {
	n := input.history.after_coverage[input.claim.billing_npi]
	least := data.fraud.signals.POST_COVERAGE.min_prior_claims
	n >= least
	ended := max({s.end | some s in input.eligibility.spans})
	after := [line | some line in input.claim.lines; line.dos > ended]
	line := after[0]
	why := [
		concat("", [
			"line %d on %s is after the member's coverage ended on %s, and provider %s already billed ",
			"%d earlier claims for services after that date (repeatedly: %d or more)",
		]),
		[line.line, line.dos, ended, input.claim.billing_npi, n, least],
	]
	figures := {
		"line": line.line, "lines": count(after), "coverage_end": ended,
		"prior_claims": n, "min_prior_claims": least,
	}
}

signals contains _signal("VELOCITY_MEMBER", why, figures) if {
	busy := {dos | some dos, n in input.history.claims_on; n >= data.fraud.signals.VELOCITY_MEMBER.min_prior_claims}
	dos := min(busy)
	n := input.history.claims_on[dos]
	least := data.fraud.signals.VELOCITY_MEMBER.min_prior_claims
	why := [
		"the member already has %d earlier claims with services on %s, this claim's date of service (%d or more)",
		[n, dos, least],
	]
	figures := {"dos": dos, "dates": count(busy), "prior_claims": n, "min_prior_claims": least}
}

signals contains _signal("EXCLUDED", why, figures) if {
	count(_listed) > 0
	hits := [[role, npi, p, line] |
		some [role, npi] in _listed
		periods := data.exclusions.npi[npi]
		some line in input.claim.lines
		some p in periods
		p.from <= line.dos
		line.dos < p.until
	]
	[role, npi, p, line] := hits[0]
	why := [
		"the %s provider %s is on the exclusion list from %s%s, which covers line %d's date of service %s",
		[role, npi, p.from, _until(p.until), line.line, line.dos],
	]
	figures := {
		"role": role, "npi": npi, "excluded_from": p.from, "reinstated": _reinstated(p.until),
		"line": line.line, "dos": line.dos, "roles": count({r | some [r, _, _, _] in hits}),
	}
}

# The provider day and hour signals (IMPOSSIBLE_DAY, VELOCITY_PROVIDER).
signals contains s if some s in days.signals

# METADATA
# description: >-
#   The codes of the signals this package fires, each with the settings it
#   reads from data.fraud.signals[code] besides its score; claims.config
#   refuses a bundle whose data does not give each of them.
known_signals := {
	"BYPASS_RATE": ["min_lines", "min_peers", "z_min_x10", "mad_floor_bp"],
	"CHARGE_OUTLIER": ["min_n", "z_min_x10", "mad_floor", "mad_floor_bp"],
	"DUP_NEAR": [],
	"EM_UPCODING": ["min_lines", "min_peers", "z_min_x10", "mad_floor_bp"],
	"EXCLUDED": [],
	"IMPOSSIBLE_DAY": ["max_minutes"],
	"MUE_RATE": ["min_lines", "min_peers", "z_min_x10", "mad_floor_bp"],
	"POST_COVERAGE": ["min_prior_claims"],
	"UNITS_OUTLIER": ["min_n", "z_min_x10", "mad_floor"],
	"VELOCITY_MEMBER": ["min_prior_claims"],
	"VELOCITY_PROVIDER": ["min_prior_claims"],
}

# METADATA
# description: The claim's fraud score, the sum of its signals' scores.
score := sum([s.score | some s in signals])

# METADATA
# description: The score at which a claim is held for review (data.fraud.pend_score).
threshold := data.fraud.pend_score

# METADATA
# description: >-
#   True when the claim's score reaches the threshold: claims pends the
#   claim (OA-133) for a fraud analyst.
held if {
	# Most claims have no signal: they stop here, without summing scores.
	some _ in signals
	score >= threshold
}

# METADATA
# description: >-
#   The signals as the decision record keeps them, in code order (a set
#   iterates in sorted order, and the code is what sorts first):
#   {"code", "score", "why"} with the sentence formatted. Integers format
#   the same on every run, so the same claim and history give the same
#   bytes, which the record's Merkle leaf commits to.
flags := [{"code": s.code, "score": s.score, "why": sprintf(s.why[0], s.why[1])} | some s in signals]

# The claim's providers the exclusion list names, as [role, npi], billing
# first; a list entry may still not cover the dates of service.
_listed contains ["billing", npi] if {
	npi := input.claim.billing_npi
	data.exclusions.npi[npi]
}

_listed contains ["rendering", npi] if {
	npi := input.claim.rendering_npi
	data.exclusions.npi[npi]
}

_signal(code, why, figures) := {"code": code, "score": data.fraud.signals[code].score, "why": why, "figures": figures}

# Positions of the lines that repeat a line of an earlier claim from this
# billing provider (same code and date of service: the engine indexes only
# those, input.history.same_service) with another charge or other
# modifiers, and are not exact duplicates (claims.duplicates denies those).
# A line billed by revenue code alone names no service to repeat, and a
# line that charges nothing cannot be paid twice: neither counts.
_near_lines contains k if {
	some code, by_date in input.history.same_service[input.claim.billing_npi]
	code != ""
	some dos, _ in by_date
	some k, line in input.claim.lines
	line.code == code
	line.dos == dos
	line.charge_cents > 0
	_near_prior(k)
}

# The first earlier line (in history order) that the line at position k
# nearly repeats.
_near_prior(k) := near[0] if {
	line := input.claim.lines[k]
	priors := input.history.same_service[input.claim.billing_npi][line.code][line.dos]
	not duplicates.denial(line.code, line.dos, line.units, line.charge_cents)
	mods := sort(line.modifiers)
	near := [p | some p in priors; _differs(p, line.charge_cents, mods)]
	count(near) > 0
}

# Modifiers compare as sets: the engine sorts the earlier line's.
_differs(p, charge_cents, _) if p.charge_cents != charge_cents

_differs(p, _, mods) if p.modifiers != mods

_mods(mods) := "none" if {
	count(mods) == 0
} else := concat(",", mods)

_until("9999-12-31") := ""

_until(d) := sprintf(" until %s", [d]) if d != "9999-12-31"

_reinstated("9999-12-31") := ""

_reinstated(d) := d if d != "9999-12-31"
