package rules

import (
	"cmp"
	"encoding/json"
	"slices"
	"strconv"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/claimsledger/claims/adjudicator"
)

// Keys are built once; ast.Object hashes them on insert, and a shared
// immutable term saves an allocation per field per claim.
var (
	kClaim           = ast.InternedTerm("claim")
	kEligibility     = ast.InternedTerm("eligibility")
	kHistory         = ast.InternedTerm("history")
	kExplain         = ast.InternedTerm("explain")
	kClaimID         = ast.InternedTerm("claim_id")
	kClaimType       = ast.InternedTerm("claim_type")
	kMemberID        = ast.InternedTerm("member_id")
	kBillingNPI      = ast.InternedTerm("billing_npi")
	kRenderingNPI    = ast.InternedTerm("rendering_npi")
	kServiceFrom     = ast.InternedTerm("service_from")
	kLines           = ast.InternedTerm("lines")
	kLine            = ast.InternedTerm("line")
	kCode            = ast.InternedTerm("code")
	kModifiers       = ast.InternedTerm("modifiers")
	kUnits           = ast.InternedTerm("units")
	kChargeCents     = ast.InternedTerm("charge_cents")
	kDOS             = ast.InternedTerm("dos")
	kPOS             = ast.InternedTerm("pos")
	kRevenueCode     = ast.InternedTerm("revenue_code")
	kPriorAuth       = ast.InternedTerm("prior_auth")
	kSpans           = ast.InternedTerm("spans")
	kPlanID          = ast.InternedTerm("plan_id")
	kStart           = ast.InternedTerm("start")
	kEnd             = ast.InternedTerm("end")
	kAccumulators    = ast.InternedTerm("accumulators")
	kDuplicates      = ast.InternedTerm("duplicates")
	kFrequency       = ast.InternedTerm("frequency")
	kDeductibleCents = ast.InternedTerm("deductible_cents")
	kOOPCents        = ast.InternedTerm("oop_cents")
	kSameService     = ast.InternedTerm("same_service")
	kClaimsOn        = ast.InternedTerm("claims_on")
	kAfterCoverage   = ast.InternedTerm("after_coverage")
)

// inputValue builds {"claim", "eligibility", "history", "explain", "fraud"} as an
// AST value (see policies/README.md, "Input"). Every field the rules read
// is present, "" when unset, so rules compare against "" instead of
// guarding against undefined. Each line carries its resolved date and
// place of service (dos, pos: the line's own, else the claim's), which
// every stage needs. Only what the rules read is sent: each field costs
// an allocation per claim and a hash on insert.
//
// Two normalizations save the rules work on every claim: lines are in
// line-number order (order[i] is the claim index of input line i), so
// "earlier lines" are a prefix of the array; spans are sorted by start
// then end, with an open end written "9999-12-31", so a date's covering
// spans are found by comparisons alone and the last one found is the one
// that started most recently.
func (e *Evaluator) inputValue(c *adjudicator.Claim, f *adjudicator.Facts, order []int) ast.Value {
	freq, explain := e.freqCodes, e.explain
	lines := make([]*ast.Term, len(c.Lines))
	for i, ci := range order {
		l := &c.Lines[ci]
		pos := l.PlaceOfService
		if pos == "" {
			pos = c.PlaceOfService
		}
		lines[i] = ast.NewTerm(ast.NewObject(
			[2]*ast.Term{kLine, intTerm(int64(l.Number))},
			[2]*ast.Term{kCode, str(l.Code)},
			[2]*ast.Term{kModifiers, strList(l.Modifiers)},
			[2]*ast.Term{kUnits, intTerm(int64(l.Units))},
			[2]*ast.Term{kChargeCents, intTerm(l.ChargeCents)},
			[2]*ast.Term{kDOS, str(c.DateOfService(*l))},
			[2]*ast.Term{kPOS, str(pos)},
			[2]*ast.Term{kRevenueCode, str(l.RevenueCode)},
			[2]*ast.Term{kPriorAuth, str(l.PriorAuth)},
		))
	}
	claim := ast.NewObject(
		[2]*ast.Term{kClaimID, str(c.ClaimID)},
		[2]*ast.Term{kClaimType, str(c.ClaimType)},
		[2]*ast.Term{kMemberID, str(c.MemberID)},
		[2]*ast.Term{kBillingNPI, str(c.BillingNPI)},
		[2]*ast.Term{kRenderingNPI, str(c.RenderingNPI)},
		[2]*ast.Term{kServiceFrom, str(c.ServiceFrom)},
		[2]*ast.Term{kLines, ast.NewTerm(ast.NewArray(lines...))},
	)
	sorted := slices.Clone(f.Eligibility.Spans)
	for i := range sorted {
		if sorted[i].End == "" {
			sorted[i].End = openEnd
		}
	}
	slices.SortStableFunc(sorted, func(a, b adjudicator.Span) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End), cmp.Compare(a.PlanID, b.PlanID))
	})
	spans := make([]*ast.Term, len(sorted))
	// ended is when the member's coverage ended: the latest end of any
	// span, as claims.fraud reads it from the spans; "" when it has not
	// ended (an open span) or the member has none.
	ended := ""
	for i, s := range sorted {
		spans[i] = ast.NewTerm(ast.NewObject(
			[2]*ast.Term{kPlanID, str(s.PlanID)},
			[2]*ast.Term{kStart, str(s.Start)},
			[2]*ast.Term{kEnd, str(s.End)},
		))
		ended = max(ended, s.End)
	}
	if ended == openEnd {
		ended = ""
	}
	return ast.NewObject(
		[2]*ast.Term{kClaim, ast.NewTerm(claim)},
		[2]*ast.Term{kEligibility, ast.NewTerm(ast.NewObject([2]*ast.Term{kSpans, ast.NewTerm(ast.NewArray(spans...))}))},
		[2]*ast.Term{kHistory, ast.NewTerm(historyValue(c, &f.History, freq, ended))},
		[2]*ast.Term{kExplain, ast.InternedTerm(explain)},
		[2]*ast.Term{kFraud, ast.NewTerm(ast.NewObject(e.providerDaysValue(c, &f.Provider)...))},
	)
}

// openEnd stands for an open span's end: it sorts after every date.
const openEnd = "9999-12-31"

// lineOrder returns the claim's line indexes in line-number order (stable
// for equal numbers, which Claim.Validate rejects anyway).
func lineOrder(c *adjudicator.Claim, buf []int) []int {
	order := buf[:0]
	for i := range c.Lines {
		order = append(order, i)
	}
	if !slices.IsSortedFunc(order, func(a, b int) int { return cmp.Compare(c.Lines[a].Number, c.Lines[b].Number) }) {
		slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(c.Lines[a].Number, c.Lines[b].Number) })
	}
	return order
}

// historyValue indexes the member's history for constant-time lookups in
// Rego, which never iterates over it:
//
//	accumulators:   {plan_id: {year: {"deductible_cents", "oop_cents"}}}
//	duplicates:     {billing_npi: {code: {date: {units: {charge_cents: claim_id}}}}}
//	frequency:      {code: {year: count of allowed services}}
//	same_service:   {billing_npi: {code: {date: [{"claim_id", "units", "charge_cents", "modifiers"}]}}}
//	claims_on:      {date: count of earlier claims with a service on that date}
//	after_coverage: {billing_npi: count of earlier claims of that provider with a service after coverage ended}
//
// Only what this claim can look up is indexed: duplicates of its billing
// NPI and codes, and frequency counts of the codes some plan of the bundle
// limits (freq). The fraud signals' indexes (claims.fraud) hold only what
// can fire: same_service the earlier lines of this billing NPI with one of
// the claim's (code, date of service) pairs, in history order, modifiers
// sorted (near duplicates); claims_on the claim's dates of service that
// earlier claims also have (member velocity; a claim is its billing NPI and
// claim id); after_coverage the claim's billing NPI when earlier claims of
// it have a service after ended, the member's coverage end ("" when it has
// not ended). same_service and after_coverage are empty for nearly every
// claim and claims_on for about half (the sample's), so the rules that read
// them mostly stop at their first step. The filters only drop entries the rules would
// never read, so they change no decision; they keep the per-claim cost
// proportional to the claim, not to the member's history.
func historyValue(c *adjudicator.Claim, h *adjudicator.History, freq map[string]bool, ended string) ast.Value {
	var accs, dups, frequency, same tree
	for key, a := range h.Accumulators {
		plan, year, ok := splitPlanYear(key)
		if !ok {
			continue // not a key PlanYearKey makes; no rule could look it up
		}
		accs.at(str(plan)).at(str(year)).leaf = ast.NewTerm(ast.NewObject(
			[2]*ast.Term{kDeductibleCents, intTerm(a.DeductibleCents)},
			[2]*ast.Term{kOOPCents, intTerm(a.OOPCents)},
		))
	}
	var dates [8]string
	claimDates := dates[:0]
	for i := range c.Lines {
		if d := c.DateOfService(c.Lines[i]); !slices.Contains(claimDates, d) {
			claimDates = append(claimDates, d)
		}
	}
	counts := map[[2]string]int64{}
	// Claims are counted once however many lines they have: by (date,
	// billing NPI, claim id) for claims_on, by claim id for after_coverage
	// (one billing NPI). Few claims share a member's day, so a slice
	// scanned for repeats costs less than a map per claim.
	var onDay [][3]string
	var after []string
	for i := range h.Services {
		s := &h.Services[i]
		if s.BillingNPI == c.BillingNPI && billsCode(c, s.Code) {
			n := dups.at(str(s.BillingNPI)).at(str(s.Code)).at(str(s.Date)).at(intTerm(int64(s.Units))).at(intTerm(s.ChargeCents))
			if n.leaf == nil { // the first (earliest) claim names the duplicate
				n.leaf = str(s.ClaimID)
			}
			if billsCodeOn(c, s.Code, s.Date) {
				d := same.at(str(s.BillingNPI)).at(str(s.Code)).at(str(s.Date))
				d.list = append(d.list, ast.NewTerm(ast.NewObject(
					[2]*ast.Term{kClaimID, str(s.ClaimID)},
					[2]*ast.Term{kUnits, intTerm(int64(s.Units))},
					[2]*ast.Term{kChargeCents, intTerm(s.ChargeCents)},
					[2]*ast.Term{kModifiers, strList(sortedClone(s.Modifiers))},
				)))
			}
		}
		if s.Allowed && freq[s.Code] && len(s.Date) >= 4 {
			k := [2]string{s.Code, s.Date[:4]}
			if counts[k] == 0 {
				frequency.at(str(k[0])).at(str(k[1]))
			}
			counts[k]++
		}
		if slices.Contains(claimDates, s.Date) {
			if k := [3]string{s.Date, s.BillingNPI, s.ClaimID}; !slices.Contains(onDay, k) {
				onDay = append(onDay, k)
			}
		}
		if ended != "" && s.Date > ended && s.BillingNPI == c.BillingNPI && !slices.Contains(after, s.ClaimID) {
			after = append(after, s.ClaimID)
		}
	}
	for code, byYear := range frequency.kids {
		for year, n := range byYear.kids {
			n.leaf = intTerm(counts[[2]string{string(code.(ast.String)), string(year.(ast.String))}])
		}
	}
	claimsOn := ast.InternedEmptyObject
	if len(onDay) > 0 {
		var kvs [][2]*ast.Term
		for _, d := range claimDates { // in claim order
			var n int64
			for _, k := range onDay {
				if k[0] == d {
					n++
				}
			}
			if n > 0 {
				kvs = append(kvs, [2]*ast.Term{str(d), intTerm(n)})
			}
		}
		claimsOn = ast.NewTerm(ast.NewObject(kvs...))
	}
	afterCoverage := ast.InternedEmptyObject
	if len(after) > 0 {
		afterCoverage = ast.NewTerm(ast.NewObject([2]*ast.Term{str(c.BillingNPI), intTerm(int64(len(after)))}))
	}
	return ast.NewObject(
		[2]*ast.Term{kAccumulators, accs.term()},
		[2]*ast.Term{kDuplicates, dups.term()},
		[2]*ast.Term{kFrequency, frequency.term()},
		[2]*ast.Term{kSameService, same.term()},
		[2]*ast.Term{kClaimsOn, claimsOn},
		[2]*ast.Term{kAfterCoverage, afterCoverage},
	)
}

// tree collects nested objects before building them bottom up: an
// ast.Object's hash covers its values as they were when inserted, so a
// child must be complete before it goes into its parent.
type tree struct {
	keys []*ast.Term
	kids map[ast.Value]*tree
	leaf *ast.Term
	// list, when not nil, makes the node an array of these terms.
	list []*ast.Term
}

func (t *tree) at(k *ast.Term) *tree {
	if n, ok := t.kids[k.Value]; ok {
		return n
	}
	if t.kids == nil {
		t.kids = map[ast.Value]*tree{}
	}
	n := &tree{}
	t.kids[k.Value] = n
	t.keys = append(t.keys, k)
	return n
}

func (t *tree) term() *ast.Term {
	if t.leaf != nil {
		return t.leaf
	}
	if t.list != nil {
		return ast.NewTerm(ast.NewArray(t.list...))
	}
	if len(t.keys) == 0 {
		return ast.InternedEmptyObject
	}
	kvs := make([][2]*ast.Term, len(t.keys))
	for i, k := range t.keys {
		kvs[i] = [2]*ast.Term{k, t.kids[k.Value].term()}
	}
	return ast.NewTerm(ast.NewObject(kvs...))
}

// splitPlanYear splits a PlanYearKey, "planid/YYYY", at its last slash.
func splitPlanYear(key string) (plan, year string, ok bool) {
	for i := len(key) - 1; i >= 0; i-- {
		if key[i] == '/' {
			return key[:i], key[i+1:], i > 0 && len(key)-i-1 == 4
		}
	}
	return "", "", false
}

func billsCode(c *adjudicator.Claim, code string) bool {
	for i := range c.Lines {
		if c.Lines[i].Code == code {
			return true
		}
	}
	return false
}

// billsCodeOn reports whether a line of the claim bills code on date.
func billsCodeOn(c *adjudicator.Claim, code, date string) bool {
	for i := range c.Lines {
		if c.Lines[i].Code == code && c.DateOfService(c.Lines[i]) == date {
			return true
		}
	}
	return false
}

// sortedClone sorts a copy: modifiers compare as a set (59 and RT is RT
// and 59), and the claim's own stay in billed order for the other rules.
func sortedClone(ss []string) []string {
	if len(ss) < 2 {
		return ss
	}
	out := slices.Clone(ss)
	slices.Sort(out)
	return out
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
