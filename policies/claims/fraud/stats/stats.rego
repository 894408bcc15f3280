# METADATA
# title: Integer statistics for the fraud signals
# description: >-
#   Robust z-scores and rates in integer arithmetic, so that every figure a
#   fraud signal prints is the same on every run and every machine: Rego's
#   division yields fractions, which these helpers round explicitly.
package claims.fraud.stats

# METADATA
# description: a / b rounded down, for a >= 0 and b > 0.
floor_div(a, b) := (a - (a % b)) / b

# METADATA
# description: a / b rounded up, for a >= 0 and b > 0.
ceil_div(a, b) := floor_div((a + b) - 1, b)

# METADATA
# description: >-
#   The robust z-score 0.6745 (x - median) / mad in tenths, rounded toward
#   zero, for mad > 0.
z10(x, median, mad) := floor_div(6745 * (x - median), 1000 * mad) if {
	x >= median
} else := 0 - floor_div(6745 * (median - x), 1000 * mad)

# METADATA
# description: A value in tenths as text with one decimal ("131" is "13.1").
tenths(v) := sprintf("%d.%d", [floor_div(v, 10), v % 10]) if {
	v >= 0
} else := sprintf("-%d.%d", [floor_div(0 - v, 10), (0 - v) % 10])

# METADATA
# description: Basis points as a percentage with one decimal (4250 is "42.5%").
percent(bp) := sprintf("%d.%d%%", [floor_div(bp, 100), floor_div(bp % 100, 10)])

# METADATA
# description: >-
#   The figures of a provider whose rate k / lines (basis points) is an
#   outlier among its peers (peers: the baseline's {"median", "mad", "n"}
#   in basis points), per the signal's settings s: at least s.min_lines
#   lines, s.min_peers peers, and a robust z-score of s.z_min_x10 / 10
#   with the MAD raised to s.mad_floor_bp; undefined otherwise.
rate_outlier(k, lines, peers, s) := f if {
	lines >= s.min_lines
	peers.n >= s.min_peers
	rate := floor_div(10000 * k, lines)
	mad := max([peers.mad, s.mad_floor_bp])
	6745 * (rate - peers.median) >= (1000 * s.z_min_x10) * mad
	f := {
		"rate_bp": rate, "hits": k, "lines": lines,
		"peer_median_bp": peers.median, "peer_mad_bp": peers.mad, "mad_used_bp": mad,
		"peers": peers.n, "z_x10": z10(rate, peers.median, mad),
	}
}
