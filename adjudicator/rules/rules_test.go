package rules

import (
	"context"
	"encoding/hex"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/cms"
	"github.com/claimsledger/claims/policies"
)

func newEvaluator(tb testing.TB, opts ...Option) *Evaluator {
	tb.Helper()
	e, err := New(context.Background(), opts...)
	if err != nil {
		tb.Fatal(err)
	}
	return e
}

// Coverage Jan-Mar and Jun-Dec 2017: April and May are a gap.
var medicare = adjudicator.Eligibility{Spans: []adjudicator.Span{
	{PlanID: "medicare", Start: "2017-01-01", End: "2017-03-31"},
	{PlanID: "medicare", Start: "2017-06-01", End: "2017-12-31"},
}}

var ppo = adjudicator.Eligibility{Spans: []adjudicator.Span{{PlanID: "commercial_ppo", Start: "2024-01-01"}}}

// facts with the 2017 Medicare deductible (18300) already met, and
// nothing else in the member's history.
func met(el adjudicator.Eligibility) adjudicator.Facts {
	return adjudicator.Facts{Eligibility: el, History: adjudicator.History{
		Accumulators: map[string]adjudicator.Accumulator{"medicare/2017": {DeductibleCents: 18300, OOPCents: 18300}},
	}}
}

func fresh(el adjudicator.Eligibility) adjudicator.Facts { return adjudicator.Facts{Eligibility: el} }

func claim(typ, pos, from, to string, lines ...adjudicator.Line) *adjudicator.Claim {
	return &adjudicator.Claim{
		Schema: adjudicator.ClaimSchemaV1, ClaimID: "C1", ClaimType: typ, MemberID: "10111",
		BillingNPI: "1234567890", PlaceOfService: pos, ServiceFrom: from, ServiceTo: to,
		Diagnoses: []string{"I10"}, Lines: lines,
	}
}

func prof(date string, lines ...adjudicator.Line) *adjudicator.Claim {
	return claim(adjudicator.Professional, "11", date, date, lines...)
}

func inst(date string, lines ...adjudicator.Line) *adjudicator.Claim {
	c := claim(adjudicator.Institutional, "", date, date, lines...)
	c.BillType = "131"
	return c
}

func line(n int, code string, units int, charge int64, mods ...string) adjudicator.Line {
	return adjudicator.Line{Number: n, Code: code, Units: units, ChargeCents: charge, Modifiers: mods}
}

func adj(group, carc string, cents int64) adjudicator.Adjustment {
	return adjudicator.Adjustment{Group: group, CARC: carc, Cents: cents}
}

func co(carc string, cents int64) adjudicator.Adjustment { return adj("CO", carc, cents) }
func pr(carc string, cents int64) adjudicator.Adjustment { return adj("PR", carc, cents) }

// decided is a line decision: allowed, paid and the adjustments; code,
// units and charge come from the claim line, patient is the sum of PR.
func decided(l adjudicator.Line, allowed, paid int64, adjs ...adjudicator.Adjustment) adjudicator.LineDecision {
	d := adjudicator.LineDecision{
		Line: l.Number, Code: l.Code, Units: l.Units, ChargeCents: l.ChargeCents,
		AllowedCents: allowed, PaidCents: paid, Adjustments: append([]adjudicator.Adjustment{}, adjs...),
	}
	for _, a := range adjs {
		if a.Group == "PR" {
			d.PatientCents += a.Cents
		}
	}
	return d
}

func denied(l adjudicator.Line, group, carc string, remarks ...string) adjudicator.LineDecision {
	d := decided(l, 0, 0, adj(group, carc, l.ChargeCents))
	if len(remarks) > 0 {
		d.Remarks = remarks
	}
	return d
}

func withRendering(c *adjudicator.Claim, npi string) *adjudicator.Claim {
	c.RenderingNPI = npi
	return c
}

// TestDecide checks decisions worked out by hand from the CMS 2025 tables
// (pprrvu25_jan.csv, GPCI2025.csv, the NCCI PTP and MUE files) and the
// plans in policies/plans. Fees: (work RVU x work GPCI + PE RVU x PE GPCI
// + MP RVU x MP GPCI) x 32.3465, rounded half up to the cent; national
// GPCIs are 1.000. Coinsurance is 20%, rounded half up.
func TestDecide(t *testing.T) {
	e := newEvaluator(t)
	office := line(1, "99213", 1, 15000)
	lab := line(2, "36415", 1, 1000)
	withPOS := func(l adjudicator.Line, pos string) adjudicator.Line { l.PlaceOfService = pos; return l }
	withDate := func(l adjudicator.Line, d string) adjudicator.Line { l.ServiceDate = d; return l }
	withRev := func(l adjudicator.Line, r string) adjudicator.Line { l.RevenueCode = r; return l }
	withPA := func(l adjudicator.Line, pa string) adjudicator.Line { l.PriorAuth = pa; return l }
	noPOS := prof("2017-02-01", office)
	noPOS.PlaceOfService = ""
	ppoClaim := prof("2024-05-01", office)

	for _, tc := range []struct {
		name    string
		claim   *adjudicator.Claim
		facts   adjudicator.Facts
		outcome adjudicator.Outcome
		lines   []adjudicator.LineDecision
	}{
		{
			// Fee from RVUs at a locality, deductible and coinsurance split.
			// Rendering NPI 1720029960 is in Utah (3502-9: PW 1.000, PE 0.933,
			// MP 0.930). 99213 non-facility: 1.30 x 1.000 + 1.35 x 0.933 +
			// 0.10 x 0.930 = 2.65255 RVU x 32.3465 = 85.800708575 -> 8580.
			// CO-45 = 15000 - 8580 = 6420. 15000 of the 18300 deductible used:
			// 3300 left -> PR-1 3300; PR-2 = 20% of (8580 - 3300) = 1056;
			// paid 8580 - 3300 - 1056 = 4224.
			name: "fee at a locality, deductible and coinsurance", claim: withRendering(prof("2017-02-01", office), "1720029960"),
			facts: adjudicator.Facts{Eligibility: medicare, History: adjudicator.History{
				Accumulators: map[string]adjudicator.Accumulator{"medicare/2017": {DeductibleCents: 15000, OOPCents: 15000}},
			}},
			outcome: adjudicator.Approve,
			lines:   []adjudicator.LineDecision{decided(office, 8580, 4224, co("45", 6420), pr("1", 3300), pr("2", 1056))},
		},
		{
			// The whole deductible is left: all of the national 99213 fee
			// ((1.30 + 1.35 + 0.10) x 32.3465 = 88.952875 -> 8895) is PR-1,
			// nothing is paid, and the claim is approved, not denied.
			name: "all to the deductible is not a denial", claim: prof("2017-02-01", office), facts: fresh(medicare),
			outcome: adjudicator.Approve,
			lines:   []adjudicator.LineDecision{decided(office, 8895, 0, co("45", 6105), pr("1", 8895))},
		},
		{
			// PTP, modifier indicator 0: 99223 is column 1 of 99232. At POS 21
			// (facility) 99223 is (3.50 + 1.39 + 0.28) x 32.3465 = 167.231405 ->
			// 16723; PR-2 = 20% = 3344.6 -> 3345; paid 13378; CO-45 30000 -
			// 16723 = 13277. 99232 is denied CO-236 despite modifier 59.
			name:  "PTP indicator 0 denies column 2",
			claim: prof("2017-02-01", withPOS(line(1, "99223", 1, 30000), "21"), withPOS(line(2, "99232", 1, 12000, "59"), "21")),
			facts: met(medicare), outcome: adjudicator.Partial,
			lines: []adjudicator.LineDecision{
				decided(line(1, "99223", 1, 30000), 16723, 13378, co("45", 13277), pr("2", 3345)),
				denied(line(2, "99232", 1, 12000), "CO", "236"),
			},
		},
		{
			// PTP, modifier indicator 1 bypassed: 17000 is column 1 of 99213,
			// but 99213 carries 25. 99213: 8895, PR-2 1779, paid 7116. 17000:
			// (0.61 + 1.39 + 0.05) x 32.3465 = 66.310325 -> 6631; PR-2 1326.2
			// -> 1326; paid 5305; CO-45 10000 - 6631 = 3369.
			name:  "PTP indicator 1 bypassed by modifier 25",
			claim: prof("2017-02-01", line(1, "99213", 1, 15000, "25"), line(2, "17000", 1, 10000)),
			facts: met(medicare), outcome: adjudicator.Approve,
			lines: []adjudicator.LineDecision{
				decided(line(1, "99213", 1, 15000), 8895, 7116, co("45", 6105), pr("2", 1779)),
				decided(line(2, "17000", 1, 10000), 6631, 5305, co("45", 3369), pr("2", 1326)),
			},
		},
		{
			// The same pair without the modifier: 99213 is bundled into 17000.
			name:  "PTP indicator 1 without a modifier",
			claim: prof("2017-02-01", line(1, "99213", 1, 15000), line(2, "17000", 1, 10000)),
			facts: met(medicare), outcome: adjudicator.Partial,
			lines: []adjudicator.LineDecision{
				denied(line(1, "99213", 1, 15000), "CO", "236"),
				decided(line(2, "17000", 1, 10000), 6631, 5305, co("45", 3369), pr("2", 1326)),
			},
		},
		{
			// MUE: 99233 allows 1 unit per date of service (indicator 3, date of
			// service): two lines of 1 unit are 2 > 1, both denied 151/N362.
			name:  "MUE over the date-of-service maximum",
			claim: prof("2017-02-01", withPOS(line(1, "99233", 1, 20000), "21"), withPOS(line(2, "99233", 1, 20000), "21")),
			facts: met(medicare), outcome: adjudicator.Deny,
			lines: []adjudicator.LineDecision{
				denied(line(1, "99233", 1, 20000), "CO", "151", "N362"),
				denied(line(2, "99233", 1, 20000), "CO", "151", "N362"),
			},
		},
		{
			// Multiple procedures: 20610 ((0.79 + 1.04 + 0.13) x 32.3465 =
			// 63.39914 -> 6340) and 20605 ((0.68 + 0.89 + 0.08) x 32.3465 =
			// 53.371725 -> 5337), indicator 2, same date. 20610 is paid in
			// full: PR-2 1268, paid 5072, CO-45 3660. 20605 at 50%: 2668.5 ->
			// 2669; CO-45 10000 - 5337 = 4663; CO-59 5337 - 2669 = 2668; PR-2
			// 533.8 -> 534; paid 2135.
			name:  "multiple procedure reduction",
			claim: prof("2017-02-01", line(1, "20605", 1, 10000), line(2, "20610", 1, 10000)),
			facts: met(medicare), outcome: adjudicator.Approve,
			lines: []adjudicator.LineDecision{
				decided(line(1, "20605", 1, 10000), 2669, 2135, co("45", 4663), co("59", 2668), pr("2", 534)),
				decided(line(2, "20610", 1, 10000), 6340, 5072, co("45", 3660), pr("2", 1268)),
			},
		},
		{
			// Commercial PPO office visit: $25 copay (PR-3 2500) instead of
			// deductible and coinsurance; paid 8895 - 2500 = 6395.
			name: "copay", claim: ppoClaim, facts: fresh(ppo), outcome: adjudicator.Approve,
			lines: []adjudicator.LineDecision{decided(office, 8895, 6395, co("45", 6105), pr("3", 2500))},
		},
		{
			// Out-of-pocket maximum $6,700: 669500 used, 500 left. Line 1's
			// coinsurance of 1779 is capped at 500 (paid 8395); line 2 owes
			// nothing more (paid 8895).
			name:  "out-of-pocket maximum",
			claim: prof("2017-02-01", office, line(2, "99213", 1, 15000)),
			facts: adjudicator.Facts{Eligibility: medicare, History: adjudicator.History{
				Accumulators: map[string]adjudicator.Accumulator{"medicare/2017": {DeductibleCents: 18300, OOPCents: 669500}},
			}},
			outcome: adjudicator.Approve,
			lines: []adjudicator.LineDecision{
				decided(office, 8895, 8395, co("45", 6105), pr("2", 500)),
				decided(line(2, "99213", 1, 15000), 8895, 8895, co("45", 6105)),
			},
		},
		{
			// Duplicate: claim C0 in the member's history billed the same
			// service (billing NPI, code, date, units, charge): OA-18.
			name: "duplicate of an earlier claim", claim: prof("2017-02-01", office),
			facts: adjudicator.Facts{Eligibility: medicare, History: adjudicator.History{Services: []adjudicator.PriorService{
				{ClaimID: "C0", BillingNPI: "1234567890", Code: "99213", Date: "2017-02-01", Units: 1, ChargeCents: 15000, Allowed: true},
			}}},
			outcome: adjudicator.Deny,
			lines:   []adjudicator.LineDecision{denied(office, "OA", "18")},
		},
		{
			// Frequency: the annual wellness visit (G0438, G0439) is once per
			// calendar year, and the member had an allowed G0438 in January.
			name: "frequency limit", claim: prof("2017-06-01", line(1, "G0439", 1, 20000)),
			facts: adjudicator.Facts{Eligibility: medicare, History: adjudicator.History{Services: []adjudicator.PriorService{
				{ClaimID: "C0", BillingNPI: "1234567890", Code: "G0438", Date: "2017-01-10", Units: 1, ChargeCents: 25000, Allowed: true},
			}}},
			outcome: adjudicator.Deny,
			lines:   []adjudicator.LineDecision{denied(line(1, "G0439", 1, 20000), "CO", "119", "N640")},
		},
		{
			// A denied January visit does not count: G0439 (1.92 + 1.86 + 0.13
			// = 3.91 RVU x 32.3465 = 126.474815 -> 12647) is paid in full (no
			// cost sharing for the wellness visit).
			name: "frequency counts allowed services only", claim: prof("2017-06-01", line(1, "G0439", 1, 20000)),
			facts: adjudicator.Facts{Eligibility: medicare, History: adjudicator.History{Services: []adjudicator.PriorService{
				{ClaimID: "C0", BillingNPI: "1234567890", Code: "G0438", Date: "2017-01-10", Units: 1, ChargeCents: 25000},
			}}},
			outcome: adjudicator.Approve,
			lines:   []adjudicator.LineDecision{decided(line(1, "G0439", 1, 20000), 12647, 12647, co("45", 7353))},
		},
		{
			// Prior authorization: facet joint destruction 64635 needs one.
			name: "prior authorization missing", claim: prof("2017-02-01", line(1, "64635", 1, 100000)), facts: met(medicare),
			outcome: adjudicator.Deny,
			lines:   []adjudicator.LineDecision{denied(line(1, "64635", 1, 100000), "CO", "197", "M62")},
		},
		{
			// MA17000042 authorizes 64635 for member 10111 in 2017H1: (3.32 +
			// 9.39 + 0.29) = 13.00 RVU x 32.3465 = 420.5045 -> 42050; PR-2
			// 8410; paid 33640; CO-45 57950.
			name: "prior authorization on file", claim: prof("2017-02-01", withPA(line(1, "64635", 1, 100000), "MA17000042")), facts: met(medicare),
			outcome: adjudicator.Approve,
			lines:   []adjudicator.LineDecision{decided(line(1, "64635", 1, 100000), 42050, 33640, co("45", 57950), pr("2", 8410))},
		},
		{
			// Eligibility gap (April-May 2017): CARC 27.
			name: "CARC 27 in a gap", claim: prof("2017-04-15", office), facts: met(medicare),
			outcome: adjudicator.Deny, lines: []adjudicator.LineDecision{denied(office, "CO", "27")},
		},
		{
			name: "CARC 26 before coverage", claim: prof("2016-12-31", office), facts: met(medicare),
			outcome: adjudicator.Deny, lines: []adjudicator.LineDecision{denied(office, "CO", "26")},
		},
		{
			name: "CARC 27 after coverage ended", claim: prof("2018-01-02", office), facts: met(medicare),
			outcome: adjudicator.Deny, lines: []adjudicator.LineDecision{denied(office, "CO", "27")},
		},
		{
			name: "CARC 31 unknown member", claim: prof("2017-02-01", office), facts: fresh(adjudicator.Eligibility{}),
			outcome: adjudicator.Deny, lines: []adjudicator.LineDecision{denied(office, "CO", "31")},
		},
		{
			name: "CARC 96 not a covered code", claim: prof("2017-02-01", line(1, "S9999", 1, 2500)), facts: met(medicare),
			outcome: adjudicator.Deny, lines: []adjudicator.LineDecision{denied(line(1, "S9999", 1, 2500), "CO", "96", "N130")},
		},
		{
			name: "CARC 16 without a place of service", claim: noPOS, facts: met(medicare),
			outcome: adjudicator.Deny, lines: []adjudicator.LineDecision{denied(office, "CO", "16", "M77")},
		},
		{
			// 71046-26 (chest x-ray, professional component): 0.22 + 0.08 + 0.01
			// = 0.31 RVU x 32.3465 = 10.027415 -> 1003; PR-2 200.6 -> 201.
			name: "professional component", claim: prof("2017-02-01", line(1, "71046", 1, 9000, "26")), facts: met(medicare),
			outcome: adjudicator.Approve,
			lines:   []adjudicator.LineDecision{decided(line(1, "71046", 1, 9000), 1003, 802, co("45", 7997), pr("2", 201))},
		},
		{
			// The lab code 36415 has no physician fee (status X); the plan prices
			// clinical laboratory at 40% of charge (400) with no cost sharing.
			name: "plan-priced laboratory", claim: prof("2017-02-01", office, lab), facts: met(medicare),
			outcome: adjudicator.Approve,
			lines: []adjudicator.LineDecision{
				decided(office, 8895, 7116, co("45", 6105), pr("2", 1779)),
				decided(lab, 400, 400, co("45", 600)),
			},
		},
		{
			// Lines are cost-shared in line-number order whatever their order in
			// the claim: with 10000 of deductible left, line 1 (99213, 8895,
			// listed second) takes 8895 and line 2 (71046, 3267) the remaining
			// 1105; PR-2 20% of 2162 = 432.4 -> 432; paid 3267 - 1105 - 432 = 1730.
			name:  "line-number order, not claim order",
			claim: prof("2017-02-01", line(2, "71046", 1, 5000), office),
			facts: adjudicator.Facts{Eligibility: medicare, History: adjudicator.History{
				Accumulators: map[string]adjudicator.Accumulator{"medicare/2017": {DeductibleCents: 8300, OOPCents: 8300}},
			}},
			outcome: adjudicator.Approve,
			lines: []adjudicator.LineDecision{
				decided(line(2, "71046", 1, 5000), 3267, 1730, co("45", 1733), pr("1", 1105), pr("2", 432)),
				decided(office, 8895, 0, co("45", 6105), pr("1", 8895)),
			},
		},
		{
			// Institutional: 60% of charge, half up: 12341 x 60 / 100 = 7404.6
			// -> 7405 (CO-45 4936); revenue-code line 50000 -> 30000 (CO-45
			// 20000). Deductible met: PR-2 1481 and 6000.
			name: "institutional percent of charge", facts: met(medicare),
			claim:   inst("2017-02-01", withRev(line(1, "G0463", 1, 12341), "0510"), withRev(line(2, "", 1, 50000), "0450")),
			outcome: adjudicator.Approve,
			lines: []adjudicator.LineDecision{
				decided(line(1, "G0463", 1, 12341), 7405, 5924, co("45", 4936), pr("2", 1481)),
				decided(line(2, "", 1, 50000), 30000, 24000, co("45", 20000), pr("2", 6000)),
			},
		},
		{
			// Total 15000100 > the 10000000 review threshold: held. Line 1 would
			// allow 60% = 9000000 (OA-133), CO-45 6000000; line 2 stays denied.
			name: "pend over the plan's threshold", facts: met(medicare),
			claim:   inst("2017-02-01", withRev(line(1, "", 1, 15_000_000), "0450"), withRev(line(2, "S9999", 1, 100), "0300")),
			outcome: adjudicator.Pend,
			lines: []adjudicator.LineDecision{
				decided(line(1, "", 1, 15_000_000), 0, 0, co("45", 6_000_000), adj("OA", "133", 9_000_000)),
				denied(line(2, "S9999", 1, 100), "CO", "96", "N130"),
			},
		},
		{
			// Line dates straddle the end of the first span: line 2 is in the gap.
			name: "partial: line dates", facts: met(medicare),
			claim: claim(adjudicator.Professional, "11", "2017-03-31", "2017-04-01",
				withDate(line(1, "99213", 1, 15000), "2017-03-31"), withDate(line(2, "99213", 1, 15000), "2017-04-01")),
			outcome: adjudicator.Partial,
			lines: []adjudicator.LineDecision{
				decided(office, 8895, 7116, co("45", 6105), pr("2", 1779)),
				denied(line(2, "99213", 1, 15000), "CO", "27"),
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := tc.claim.Validate(); err != nil {
				t.Fatalf("test claim is invalid: %v", err)
			}
			d, err := e.Decide(context.Background(), tc.claim, tc.facts)
			if err != nil {
				t.Fatal(err)
			}
			var paid int64
			for _, l := range tc.lines {
				paid += l.PaidCents
			}
			if d.Outcome != tc.outcome || d.PaidCents != paid {
				t.Errorf("outcome %s paid %d, want %s paid %d", d.Outcome, d.PaidCents, tc.outcome, paid)
			}
			if d.ClaimID != "C1" || d.BillingNPI != "1234567890" {
				t.Errorf("claim id %q billing NPI %q", d.ClaimID, d.BillingNPI)
			}
			if !reflect.DeepEqual(d.Lines, tc.lines) {
				t.Errorf("lines:\n got %+v\nwant %+v", d.Lines, tc.lines)
			}
			if err := d.Check(); err != nil {
				t.Error(err)
			}
		})
	}
}

// TestHistoryIndex checks the Rego input built from a member's history:
// keyed for lookups, and only what the claim can look up.
func TestHistoryIndex(t *testing.T) {
	c := prof("2017-02-01", office99213(), line(2, "G0439", 1, 100))
	h := adjudicator.History{
		Accumulators: map[string]adjudicator.Accumulator{"medicare/2017": {DeductibleCents: 100, OOPCents: 250}, "bad-key": {}},
		Services: []adjudicator.PriorService{
			{ClaimID: "A", BillingNPI: "1234567890", Code: "99213", Date: "2017-01-05", Units: 1, ChargeCents: 15000, Allowed: true},
			{ClaimID: "B", BillingNPI: "1234567890", Code: "99213", Date: "2017-01-05", Units: 1, ChargeCents: 15000, Allowed: true},
			{ClaimID: "C", BillingNPI: "1999999999", Code: "99213", Date: "2017-01-05", Units: 1, ChargeCents: 15000},
			{ClaimID: "D", BillingNPI: "1234567890", Code: "99214", Date: "2017-01-05", Units: 1, ChargeCents: 15000},
			{ClaimID: "E", BillingNPI: "1999999999", Code: "G0438", Date: "2017-01-07", Units: 1, ChargeCents: 1, Allowed: true},
			{ClaimID: "F", BillingNPI: "1999999999", Code: "G0438", Date: "2016-03-07", Units: 1, ChargeCents: 1, Allowed: true},
			{ClaimID: "G", BillingNPI: "1999999999", Code: "G0438", Date: "2016-04-07", Units: 1, ChargeCents: 1, Allowed: true},
			{ClaimID: "H", BillingNPI: "1999999999", Code: "G0439", Date: "2016-04-07", Units: 1, ChargeCents: 1},
			{ClaimID: "I", BillingNPI: "1999999999", Code: "99213", Date: "2016-04-07", Units: 1, ChargeCents: 1, Allowed: true},
			// On the claim's date of service: J (two lines) and K from the
			// claim's provider, J again from another (another claim).
			{ClaimID: "J", BillingNPI: "1234567890", Code: "99213", Date: "2017-02-01", Units: 1, ChargeCents: 12000, Modifiers: []string{"RT", "59"}},
			{ClaimID: "J", BillingNPI: "1234567890", Code: "G0439", Date: "2017-02-01", Units: 1, ChargeCents: 100},
			{ClaimID: "K", BillingNPI: "1234567890", Code: "99214", Date: "2017-02-01", Units: 1, ChargeCents: 15000},
			{ClaimID: "J", BillingNPI: "1999999999", Code: "99213", Date: "2017-02-01", Units: 1, ChargeCents: 15000},
		},
	}
	freq := map[string]bool{"G0438": true, "G0439": true}
	got := historyValue(c, &h, freq, "2017-01-31")
	want := ast.MustParseTerm(`{
		"accumulators": {"medicare": {"2017": {"deductible_cents": 100, "oop_cents": 250}}},
		"duplicates": {"1234567890": {
			"99213": {"2017-01-05": {1: {15000: "A"}}, "2017-02-01": {1: {12000: "J"}}},
			"G0439": {"2017-02-01": {1: {100: "J"}}}
		}},
		"frequency": {"G0438": {"2017": 1, "2016": 2}},
		"same_service": {"1234567890": {
			"99213": {"2017-02-01": [{"claim_id": "J", "units": 1, "charge_cents": 12000, "modifiers": ["59", "RT"]}]},
			"G0439": {"2017-02-01": [{"claim_id": "J", "units": 1, "charge_cents": 100, "modifiers": []}]}
		}},
		"claims_on": {"2017-02-01": 3},
		"after_coverage": {"1234567890": 2}
	}`).Value
	if got.Compare(want) != 0 {
		t.Errorf("history input:\n got %v\nwant %v", got, want)
	}
	// Coverage that has not ended: nothing is after it.
	if got := historyValue(c, &h, freq, "").(ast.Object).Get(kAfterCoverage); got.Value.Compare(ast.NewObject()) != 0 {
		t.Errorf("after_coverage with open coverage: %v, want {}", got)
	}
	// The indexes read the history only: the claim's own modifiers stay as billed.
	if c.Lines[0].Modifiers != nil || !slices.Equal(h.Services[9].Modifiers, []string{"RT", "59"}) {
		t.Error("indexing changed the claim or the history")
	}
}

func office99213() adjudicator.Line { return line(1, "99213", 1, 15000) }

func TestExplain(t *testing.T) {
	c := prof("2017-02-01", line(1, "99213", 1, 15000, "25"), line(2, "17000", 1, 10000), line(3, "36415", 1, 1000))
	d, err := newEvaluator(t).Decide(context.Background(), c, met(medicare))
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range d.Lines {
		if l.Explain != nil {
			t.Errorf("line %d: explain without WithExplain: %q", l.Line, l.Explain)
		}
	}
	d, err = newEvaluator(t, WithExplain(true)).Decide(context.Background(), c, met(medicare))
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{{
		"claims.eligibility: 2017-02-01 is within coverage span medicare 2017-01-01..2017-03-31",
		"claims.benefits: 99213 is covered by plan medicare: CPT medicine, evaluation and management",
		"claims.ncci: PTP edit 17000/99213 (lines 2 and 1) bypassed by an NCCI-associated modifier",
		`claims.pricing: 99213 locality "" non-facility: 8895 cents x 1 units = 8895; charge 15000; allowed 8895`,
		"claims.cost_sharing: plan medicare 2017 (standard): deductible 0, coinsurance 1779, copay 0 (deductible left before this line 0, out-of-pocket left 651700)",
	}, {
		"claims.eligibility: 2017-02-01 is within coverage span medicare 2017-01-01..2017-03-31",
		"claims.benefits: 17000 is covered by plan medicare: CPT surgery",
		`claims.pricing: 17000 locality "" non-facility: 6631 cents x 1 units = 6631; charge 10000; allowed 6631`,
		"claims.cost_sharing: plan medicare 2017 (standard): deductible 0, coinsurance 1326, copay 0 (deductible left before this line 0, out-of-pocket left 649921)",
	}, {
		"claims.eligibility: 2017-02-01 is within coverage span medicare 2017-01-01..2017-03-31",
		"claims.benefits: 36415 is covered by plan medicare: clinical laboratory: percent of charge in place of the CLFS, no cost sharing",
		"claims.pricing: 36415 is priced by plan medicare (40% of charge) at 400 cents; charge 1000; allowed 400",
		"claims.cost_sharing: plan medicare 2017 (waived): deductible 0, coinsurance 0, copay 0 (deductible left before this line 0, out-of-pocket left 648595)",
	}}
	for i, l := range d.Lines {
		if !reflect.DeepEqual(l.Explain, want[i]) {
			t.Errorf("line %d explain:\n got %q\nwant %q", l.Line, l.Explain, want[i])
		}
	}
}

func TestPolicyHash(t *testing.T) {
	e := newEvaluator(t)
	d, err := e.Decide(context.Background(), prof("2017-02-01", office99213()), met(medicare))
	if err != nil {
		t.Fatal(err)
	}
	h := e.PolicyHash()
	if d.PolicyHash != "0x"+hex.EncodeToString(h[:]) {
		t.Errorf("decision policy hash %q, want 0x%x", d.PolicyHash, h)
	}
	files, err := policies.Files(nil)
	if err != nil {
		t.Fatal(err)
	}
	if h == policies.Hash(files) {
		t.Error("the policy hash does not cover the CMS tables")
	}
	if newEvaluator(t).PolicyHash() != h {
		t.Error("the same bundle and tables give different hashes")
	}
}

// bundleWith copies the embedded bundle with some files replaced.
func bundleWith(t *testing.T, replace map[string]string) fstest.MapFS {
	t.Helper()
	files, err := policies.Files(nil)
	if err != nil {
		t.Fatal(err)
	}
	m := fstest.MapFS{}
	for _, f := range files {
		m[f.Path] = &fstest.MapFile{Data: f.Data}
	}
	for p, s := range replace {
		if s == "" {
			delete(m, p)
			continue
		}
		m[p] = &fstest.MapFile{Data: []byte(s)}
	}
	return m
}

func TestPlanOverride(t *testing.T) {
	plan, err := fs.ReadFile(policies.FS(), "plans/medicare/data.json")
	if err != nil {
		t.Fatal(err)
	}
	changed := strings.Replace(string(plan), `"institutional_percent_of_charge": 60`, `"institutional_percent_of_charge": 80`, 1)
	if changed == string(plan) {
		t.Fatal("plan file no longer has the percent this test edits")
	}
	e := newEvaluator(t, WithFS(bundleWith(t, map[string]string{"plans/medicare/data.json": changed})))
	if e.PolicyHash() == newEvaluator(t).PolicyHash() {
		t.Error("a changed plan kept the policy hash")
	}
	c := inst("2017-02-01", adjudicator.Line{Number: 1, Code: "G0463", Units: 1, ChargeCents: 10000, RevenueCode: "0510"})
	// 80% of 10000 = 8000 allowed; deductible met, PR-2 1600, paid 6400.
	d, err := e.Decide(context.Background(), c, met(medicare))
	if err != nil {
		t.Fatal(err)
	}
	if d.Lines[0].AllowedCents != 8000 || d.PaidCents != 6400 {
		t.Errorf("allowed %d paid %d under the 80%% plan, want 8000 and 6400", d.Lines[0].AllowedCents, d.PaidCents)
	}

	// The same override as a --plans-dir directory: embedded rules, plans from disk.
	dir := t.TempDir()
	for _, p := range []string{"medicare", "commercial_ppo"} {
		if err := os.MkdirAll(filepath.Join(dir, p), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	ppoPlan, err := fs.ReadFile(policies.FS(), "plans/commercial_ppo/data.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "medicare", "data.json"), []byte(changed), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "commercial_ppo", "data.json"), ppoPlan, 0o644); err != nil {
		t.Fatal(err)
	}
	pe := newEvaluator(t, WithPlansDir(dir))
	if pe.PolicyHash() != e.PolicyHash() {
		t.Error("the same plans through WithPlansDir and WithFS give different policy hashes")
	}
	if d, err := pe.Decide(context.Background(), c, met(medicare)); err != nil || d.PaidCents != 6400 {
		t.Errorf("WithPlansDir: paid %d, err %v; want 6400", d.PaidCents, err)
	}

	for name, opt := range map[string]Option{
		"empty bundle directory":   WithDir(t.TempDir()),
		"missing bundle directory": WithDir(filepath.Join(dir, "missing")),
		"missing plans directory":  WithPlansDir(filepath.Join(dir, "missing")),
		"bundle as plans":          WithPlansDir("../../policies"),
		"nil tables":               WithTables(nil),
	} {
		if _, err := New(context.Background(), opt); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func TestNewRejectsBadBundles(t *testing.T) {
	indexRego, err := fs.ReadFile(policies.FS(), "claims/benefits/index/index.rego")
	if err != nil {
		t.Fatal(err)
	}
	providers, err := fs.ReadFile(policies.FS(), "providers/data.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name    string
		replace map[string]string
		want    string
	}{
		{"malformed plan", map[string]string{"plans/medicare/data.json": `{"services": [{"ranges": [["10004", "1036F"]]}]}`},
			"plan medicare: services[0]: name must be a string"},
		{"plan is not JSON", map[string]string{"plans/medicare/data.json": `{`}, "plans/medicare/data.json"},
		{"trailing data", map[string]string{"plans/medicare/data.json": `{} {}`}, "plans/medicare/data.json: trailing data"},
		{"rule does not compile", map[string]string{"claims/claims.rego": "package claims\n\ndecision := undefined_thing\n"}, "compile"},
		{"no decision rule", map[string]string{"claims/claims.rego": "package claims\n\nother := 1\n"}, "no rule defines data.claims.decision"},
		{"no plans", map[string]string{"plans/medicare/data.json": "", "plans/commercial_ppo/data.json": ""}, "no plans"},
		{"unknown locality", map[string]string{"providers/data.json": strings.Replace(string(providers), `"3502-9"`, `"3502-99"`, 1)},
			`providers: npi 1720029960: locality "3502-99" is not in the GPCI table`},
		{"materialized package reads input", map[string]string{"claims/benefits/index/index.rego": string(indexRego) + "\nx := input.claim\n"},
			"input.claim reads input"},
		{"materialized package defines a function", map[string]string{"claims/benefits/index/index.rego": string(indexRego) + "\nf(x) := x\n"},
			"f is a function"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := New(context.Background(), WithFS(bundleWith(t, tc.replace)))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want it to mention %q", err, tc.want)
			}
		})
	}
}

// A bundle whose decision does not balance must not produce a decision.
func TestMalformedOutput(t *testing.T) {
	for _, tc := range []struct{ name, rego, want string }{
		{"unbalanced", `decision := {"outcome": "approve", "lines": [{"line": 1, "allowed_cents": 100,
	"paid_cents": 100, "adjustments": [], "remarks": []}]}`, "charge 15000 != allowed 100"},
		{"paid more than allowed", `decision := {"outcome": "approve", "lines": [{"line": 1, "allowed_cents": 15000,
	"paid_cents": 15001, "adjustments": [], "remarks": []}]}`, "allowed 15000 != paid 15001"},
		{"fractional cents", `decision := {"outcome": "approve", "lines": [{"line": 1, "allowed_cents": 15001 / 2,
	"paid_cents": 1, "adjustments": [], "remarks": []}]}`, "decision.lines[0].allowed_cents: want an integer"},
		{"negative adjustment", `decision := {"outcome": "approve", "lines": [{"line": 1, "allowed_cents": 15100,
	"paid_cents": 15100, "adjustments": [{"group": "CO", "carc": "45", "cents": -100}], "remarks": []}]}`, "negative"},
		{"line dropped", `decision := {"outcome": "deny", "lines": []}`, "0 lines, claim has 1"},
		{"wrong line", `decision := {"outcome": "deny", "lines": [{"line": 2, "allowed_cents": 0,
	"paid_cents": 0, "adjustments": [{"group": "CO", "carc": "96", "cents": 15000}], "remarks": []}]}`, "line 2, want line 1"},
		{"missing field", `decision := {"lines": []}`, "decision.outcome: missing"},
		{"unknown outcome", `decision := {"outcome": "maybe", "lines": []}`, "unknown outcome"},
		{"undefined", `decision := 1 if false`, "undefined"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newEvaluator(t, WithFS(fstest.MapFS{
				"claims/claims.rego":       {Data: []byte("package claims\n\n" + tc.rego + "\n")},
				"plans/medicare/data.json": {Data: []byte(`{}`)},
			}))
			_, err := e.Decide(context.Background(), prof("2017-02-01", office99213()), met(medicare))
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "claim C1") {
				t.Fatalf("err = %v, want it to name claim C1 and %q", err, tc.want)
			}
			var oe *OutputError
			if tc.name != "undefined" && (!errors.As(err, &oe) || oe.Output == "") {
				t.Errorf("err = %v, want an *OutputError quoting the rule output", err)
			}
		})
	}
}

func TestDecodeRejects(t *testing.T) {
	c := prof("2017-02-01", office99213())
	for _, tc := range []struct{ doc, want string }{
		{`[]`, "want an object"},
		{`{"outcome": 1, "lines": []}`, "decision.outcome: want a string"},
		{`{"outcome": "approve", "lines": [{"line": 1}]}`, "decision.lines[0].allowed_cents: missing"},
		{`{"outcome": "approve", "lines": [{"line": 1, "allowed_cents": -1, "paid_cents": 0, "adjustments": []}]}`, "negative amount"},
		{`{"outcome": "approve", "lines": [{"line": 1, "allowed_cents": 1, "paid_cents": 1, "adjustments": [{"group": "CO", "carc": 45, "cents": 0}]}]}`,
			"decision.lines[0].adjustments[0].carc: want a string"},
		{`{"outcome": "approve", "lines": [{"line": 1, "allowed_cents": 1, "paid_cents": 1, "adjustments": [], "remarks": [1]}]}`,
			"decision.lines[0].remarks[0]: want a string"},
		{`{"outcome": "approve", "lines": [{"line": 1, "allowed_cents": 1, "paid_cents": 1, "adjustments": []}], "explain": []}`,
			"decision.explain: 0 lines, claim has 1"},
	} {
		_, err := decode(ast.MustParseTerm(tc.doc).Value, c, []int{0})
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("decode(%s) err = %v, want %q", tc.doc, err, tc.want)
		}
	}
}

// TestWithTables decides with tables loaded from a file system: the
// bundled slice through Load gives the same decision as the default.
func TestWithTables(t *testing.T) {
	tables, err := cms.Load(cms.Bundled())
	if err != nil {
		t.Fatal(err)
	}
	e := newEvaluator(t, WithTables(tables))
	d, err := e.Decide(context.Background(), withRendering(prof("2017-02-01", office99213()), "1720029960"), met(medicare))
	if err != nil {
		t.Fatal(err)
	}
	if d.Lines[0].AllowedCents != 8580 {
		t.Errorf("allowed %d, want the Utah fee 8580", d.Lines[0].AllowedCents)
	}
	if e.PolicyHash() != newEvaluator(t).PolicyHash() {
		t.Error("the same tables give another policy hash")
	}
}
