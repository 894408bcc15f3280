# METADATA
# title: Fraud signals from a provider's day and hour
# description: >-
#   Signals from the billing provider's own volume, read from figures the
#   engine counts in Go (input.fraud.day, input.fraud.hour; see
#   adjudicator.ProviderFacts): the provider's earlier claims of this
#   claim's input partition, at lower offsets, so that a replay sees the
#   same figures. Claims are partitioned by member, so a provider's claims
#   spread over partitions are undercounted: the figures are a lower bound.
#
#   IMPOSSIBLE_DAY (60; more than 1440 minutes): the provider's typical
#   minutes on a date of service of this claim, its earlier claims' and this
#   claim's lines together, exceed max_minutes (24 hours). Minutes per unit
#   come from the bundle's table (data.reference.minutes, CPT descriptor
#   times), units multiply, and a code without a time counts 0: a lower
#   bound again. Fires only on a claim that adds minutes that day, so the
#   claim that crosses the limit and every timed claim after it are flagged.
#   A group billing for many practitioners under one NPI can pass 24 hours
#   honestly: alone it flags, it does not hold.
#
#   VELOCITY_PROVIDER (40; at least 100 earlier claims): the provider already
#   sent min_prior_claims claims in this claim's intake hour (the hour of
#   the input record's Kafka timestamp, UTC: stored with the record, so a
#   replay sees the same hour). A clearinghouse file or a bulk load carries
#   weeks of a provider's claims in one burst: the sample's busiest provider
#   sends 51 claims (one patient's two years, so one partition) within the
#   hour the demo loads it. So the threshold is about twice that, and the
#   score the least, like VELOCITY_MEMBER.
#
#   claims.fraud adds these signals to its own (its signals rule), with
#   the scores of data.fraud.signals; a package of its own because a
#   package carries one METADATA annotation.
package claims.fraud.days

# METADATA
# description: >-
#   IMPOSSIBLE_DAY: the provider's typical minutes on a date of service of
#   the claim, this claim included, exceed data.fraud.signals.IMPOSSIBLE_DAY.max_minutes.
signals contains _signal("IMPOSSIBLE_DAY", why, figures) if {
	limit := data.fraud.signals.IMPOSSIBLE_DAY.max_minutes
	over := {dos |
		some dos, d in input.fraud.day
		d.this_claim_minutes > 0
		d.minutes_before + d.this_claim_minutes > limit
	}
	dos := min(over)
	d := input.fraud.day[dos]
	total := d.minutes_before + d.this_claim_minutes
	why := [
		concat("", [
			"provider %s has billed %s typical minutes (%s h) on %s in this and %d earlier claims ",
			"of this partition, more than %s hours",
		]),
		[input.claim.billing_npi, _thousands(total), _hours(total), dos, d.claims_before, _hours(limit)],
	]
	figures := {
		"dos": dos, "dates": count(over), "minutes": total, "minutes_before": d.minutes_before,
		"this_claim_minutes": d.this_claim_minutes, "claims_before": d.claims_before, "max_minutes": limit,
	}
}

# METADATA
# description: >-
#   VELOCITY_PROVIDER: the provider sent at least
#   data.fraud.signals.VELOCITY_PROVIDER.min_prior_claims earlier claims in
#   this claim's intake hour.
signals contains _signal("VELOCITY_PROVIDER", why, figures) if {
	h := input.fraud.hour
	h.hour != ""
	least := data.fraud.signals.VELOCITY_PROVIDER.min_prior_claims
	h.claims_before >= least
	why := [
		concat("", [
			"provider %s already sent %d earlier claims of this partition in the hour from %s:00 UTC, ",
			"this claim's intake hour (%d or more)",
		]),
		[input.claim.billing_npi, h.claims_before, replace(h.hour, "T", " "), least],
	]
	figures := {"hour": h.hour, "prior_claims": h.claims_before, "min_prior_claims": least}
}

# 1515 as "1,515": the sentence is read by a person.
_thousands(n) := sprintf("%d", [n]) if n < 1000

_thousands(n) := sprintf("%d,%03d", [floor(n / 1000), n % 1000]) if {
	n >= 1000
	n < 1000000
}

_thousands(n) := sprintf("%d,%03d,%03d", [floor(n / 1000000), floor(n / 1000) % 1000, n % 1000]) if n >= 1000000

# Minutes as hours with one decimal, rounded: 1515 is "25.3"; whole hours
# lose the decimal (1440 is "24").
_hours(m) := sprintf("%d", [m / 60]) if m % 60 == 0

_hours(m) := sprintf("%d.%d", [floor(t / 10), t % 10]) if {
	m % 60 != 0
	t := round(m / 6)
}

_signal(code, why, figures) := {"code": code, "score": data.fraud.signals[code].score, "why": why, "figures": figures}
