package rules

import (
	"encoding/json"
	"strconv"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/claimsledger/claims/adjudicator"
)

// Keys are built once; ast.Object hashes them on insert, and a shared
// immutable term saves an allocation per field per claim.
var (
	kClaim          = ast.InternedTerm("claim")
	kEligibility    = ast.InternedTerm("eligibility")
	kExplain        = ast.InternedTerm("explain")
	kSchema         = ast.InternedTerm("schema")
	kClaimID        = ast.InternedTerm("claim_id")
	kClaimType      = ast.InternedTerm("claim_type")
	kMemberID       = ast.InternedTerm("member_id")
	kBillingNPI     = ast.InternedTerm("billing_npi")
	kRenderingNPI   = ast.InternedTerm("rendering_npi")
	kPlaceOfService = ast.InternedTerm("place_of_service")
	kBillType       = ast.InternedTerm("bill_type")
	kServiceFrom    = ast.InternedTerm("service_from")
	kServiceTo      = ast.InternedTerm("service_to")
	kDiagnoses      = ast.InternedTerm("diagnoses")
	kLines          = ast.InternedTerm("lines")
	kLine           = ast.InternedTerm("line")
	kCode           = ast.InternedTerm("code")
	kModifiers      = ast.InternedTerm("modifiers")
	kUnits          = ast.InternedTerm("units")
	kChargeCents    = ast.InternedTerm("charge_cents")
	kServiceDate    = ast.InternedTerm("service_date")
	kRevenueCode    = ast.InternedTerm("revenue_code")
	kSpans          = ast.InternedTerm("spans")
	kPlanID         = ast.InternedTerm("plan_id")
	kStart          = ast.InternedTerm("start")
	kEnd            = ast.InternedTerm("end")
)

// inputValue builds {"claim", "eligibility", "explain"} as an AST value.
// Every claim field is present, empty when unset, so rules can compare
// against "" instead of guarding against undefined.
func inputValue(c *adjudicator.Claim, el adjudicator.Eligibility, explain bool) ast.Value {
	lines := make([]*ast.Term, len(c.Lines))
	for i := range c.Lines {
		l := &c.Lines[i]
		lines[i] = ast.NewTerm(ast.NewObject(
			[2]*ast.Term{kLine, intTerm(int64(l.Number))},
			[2]*ast.Term{kCode, str(l.Code)},
			[2]*ast.Term{kModifiers, strList(l.Modifiers)},
			[2]*ast.Term{kUnits, intTerm(int64(l.Units))},
			[2]*ast.Term{kChargeCents, intTerm(l.ChargeCents)},
			[2]*ast.Term{kServiceDate, str(l.ServiceDate)},
			[2]*ast.Term{kPlaceOfService, str(l.PlaceOfService)},
			[2]*ast.Term{kRevenueCode, str(l.RevenueCode)},
		))
	}
	claim := ast.NewObject(
		[2]*ast.Term{kSchema, str(c.Schema)},
		[2]*ast.Term{kClaimID, str(c.ClaimID)},
		[2]*ast.Term{kClaimType, str(c.ClaimType)},
		[2]*ast.Term{kMemberID, str(c.MemberID)},
		[2]*ast.Term{kBillingNPI, str(c.BillingNPI)},
		[2]*ast.Term{kRenderingNPI, str(c.RenderingNPI)},
		[2]*ast.Term{kPlaceOfService, str(c.PlaceOfService)},
		[2]*ast.Term{kBillType, str(c.BillType)},
		[2]*ast.Term{kServiceFrom, str(c.ServiceFrom)},
		[2]*ast.Term{kServiceTo, str(c.ServiceTo)},
		[2]*ast.Term{kDiagnoses, strList(c.Diagnoses)},
		[2]*ast.Term{kLines, ast.NewTerm(ast.NewArray(lines...))},
	)
	spans := make([]*ast.Term, len(el.Spans))
	for i, s := range el.Spans {
		spans[i] = ast.NewTerm(ast.NewObject(
			[2]*ast.Term{kPlanID, str(s.PlanID)},
			[2]*ast.Term{kStart, str(s.Start)},
			[2]*ast.Term{kEnd, str(s.End)},
		))
	}
	return ast.NewObject(
		[2]*ast.Term{kClaim, ast.NewTerm(claim)},
		[2]*ast.Term{kEligibility, ast.NewTerm(ast.NewObject([2]*ast.Term{kSpans, ast.NewTerm(ast.NewArray(spans...))}))},
		[2]*ast.Term{kExplain, ast.InternedTerm(explain)},
	)
}

// str reuses OPA's interned term for the strings it interns ("" among
// them, which most optional fields are) and allocates the rest.
func str(s string) *ast.Term { return ast.InternedTerm(s) }

func strList(ss []string) *ast.Term {
	if len(ss) == 0 {
		return ast.InternedEmptyArray
	}
	ts := make([]*ast.Term, len(ss))
	for i, s := range ss {
		ts[i] = str(s)
	}
	return ast.NewTerm(ast.NewArray(ts...))
}

func intTerm(v int64) *ast.Term {
	if int64(int(v)) == v {
		return ast.InternedTerm(int(v))
	}
	return ast.NumberTerm(json.Number(strconv.FormatInt(v, 10)))
}
