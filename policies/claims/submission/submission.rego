# METADATA
# title: Submission completeness
# description: >-
#   Denies lines that cannot be adjudicated as billed, with CARC 16 (lacks
#   information or has a billing error) and a remark naming what is missing.
#   The claim decoder rejects most of these; the rules still answer for any
#   input so a gap upstream can never become a payment.
package claims.submission

# METADATA
# description: >-
#   The problem with a line billed with procedure code, revenue code and
#   place of service (the line's, else the claim's; "" when neither is
#   given), as a denial {"group", "carc", "remarks", "why"}; undefined when
#   the line is complete. Scalar arguments keep the call cheap and cached.
problem(code, revenue_code, pos) := _problem("M50", "revenue code 0001 is the claim total, not a service line") if {
	revenue_code == "0001"
} else := _problem("M51", "the line has neither a procedure code nor a revenue code") if {
	code == ""
	revenue_code == ""
} else := _problem("M51", "a professional line needs a procedure code") if {
	input.claim.claim_type == "professional"
	code == ""
} else := _problem("M77", "a professional line needs a place of service to be priced") if {
	input.claim.claim_type == "professional"
	pos == ""
}

_problem(remark, why) := {"group": "CO", "carc": "16", "remarks": [remark], "why": ["claims.submission: %s", [why]]}

# METADATA
# description: >-
#   True when problem(code, revenue_code, pos) is undefined for a line with
#   a procedure code: the test of the decision's fast path, in three
#   comparisons instead of problem's chain.
complete(code, revenue_code, pos) if {
	code != ""
	revenue_code != "0001"
	_placed(pos)
}

_placed(pos) if pos != ""

_placed(_) if input.claim.claim_type != "professional"
