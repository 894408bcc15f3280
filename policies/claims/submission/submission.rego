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
#   The line's place of service, else the claim's; "" when neither is given.
place_of_service(line) := p if {
	p := line.place_of_service
	p != ""
} else := object.get(input.claim, "place_of_service", "")

# METADATA
# description: >-
#   The problem with a line, as {"deny": {"carc", "remarks"}, "why"};
#   undefined when the line is complete.
problem(line) := {
	"deny": {"carc": "16", "remarks": ["M50"]},
	"why": ["claims.submission: revenue code 0001 is the claim total, not a service line", []],
} if {
	line.revenue_code == "0001"
} else := {
	"deny": {"carc": "16", "remarks": ["M51"]},
	"why": ["claims.submission: the line has neither a procedure code nor a revenue code", []],
} if {
	line.code == ""
	line.revenue_code == ""
} else := {
	"deny": {"carc": "16", "remarks": ["M51"]},
	"why": ["claims.submission: a professional line needs a procedure code", []],
} if {
	input.claim.claim_type == "professional"
	line.code == ""
} else := {
	"deny": {"carc": "16", "remarks": ["M77"]},
	"why": ["claims.submission: a professional line needs a place of service to be priced", []],
} if {
	input.claim.claim_type == "professional"
	place_of_service(line) == ""
}
