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
	"sort"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/rules/mpfs"
	"github.com/claimsledger/claims/policies"
)

func newEngine(tb testing.TB, opts ...Option) *Engine {
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

func claim(typ, pos, from, to string, lines ...adjudicator.Line) *adjudicator.Claim {
	return &adjudicator.Claim{
		Schema: adjudicator.ClaimSchemaV1, ClaimID: "C1", ClaimType: typ, MemberID: "M1",
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

func line(n int, code string, units int, charge int64) adjudicator.Line {
	return adjudicator.Line{Number: n, Code: code, Units: units, ChargeCents: charge}
}

func co(carc string, cents int64) adjudicator.Adjustment {
	return adjudicator.Adjustment{Group: adjudicator.GroupCO, CARC: carc, Cents: cents}
}

func paidLine(l adjudicator.Line, allowed int64, adj ...adjudicator.Adjustment) adjudicator.LineDecision {
	return adjudicator.LineDecision{
		Line: l.Number, Code: l.Code, Units: l.Units, ChargeCents: l.ChargeCents,
		AllowedCents: allowed, PaidCents: allowed, Adjustments: append([]adjudicator.Adjustment{}, adj...),
	}
}

func deniedLine(l adjudicator.Line, carc string, remarks ...string) adjudicator.LineDecision {
	d := paidLine(l, 0, co(carc, l.ChargeCents))
	if len(remarks) > 0 {
		d.Remarks = remarks
	}
	return d
}

func TestDecide(t *testing.T) {
	e := newEngine(t)
	office := line(1, "99213", 1, 15000)
	lab := line(2, "36415", 1, 1000)
	withPOS := func(l adjudicator.Line, pos string) adjudicator.Line { l.PlaceOfService = pos; return l }
	withMods := func(l adjudicator.Line, m ...string) adjudicator.Line { l.Modifiers = m; return l }
	withDate := func(l adjudicator.Line, d string) adjudicator.Line { l.ServiceDate = d; return l }
	withRev := func(l adjudicator.Line, r string) adjudicator.Line { l.RevenueCode = r; return l }
	noPOS := prof("2017-02-01", office)
	noPOS.PlaceOfService = ""

	for _, tc := range []struct {
		name    string
		claim   *adjudicator.Claim
		elig    adjudicator.Eligibility
		outcome adjudicator.Outcome
		paid    int64
		lines   []adjudicator.LineDecision
	}{
		{
			// 99213 non-facility: (1.30 + 1.35 + 0.10) RVU x 32.3465 = 88.952875 -> 8895 cents;
			// CO-45 = 15000 - 8895 = 6105.
			name: "fee schedule below charge is CARC 45", claim: prof("2017-02-01", office), elig: medicare,
			outcome: adjudicator.Approve, paid: 8895,
			lines: []adjudicator.LineDecision{paidLine(office, 8895, co("45", 6105))},
		},
		{
			// Inpatient (POS 21) uses the facility PE: 1.97 RVU x 32.3465 = 63.722605 -> 6372;
			// 2 units = 12744; CO-45 = 20000 - 12744 = 7256.
			name: "facility rate times units", claim: prof("2017-02-01", withPOS(line(1, "99213", 2, 20000), "21")), elig: medicare,
			outcome: adjudicator.Approve, paid: 12744,
			lines: []adjudicator.LineDecision{paidLine(withPOS(line(1, "99213", 2, 20000), "21"), 12744, co("45", 7256))},
		},
		{
			name: "charge below fee is allowed in full", claim: prof("2017-02-01", line(1, "99213", 1, 5000)), elig: medicare,
			outcome: adjudicator.Approve, paid: 5000,
			lines: []adjudicator.LineDecision{paidLine(line(1, "99213", 1, 5000), 5000)},
		},
		{
			// 71046-26 (chest x-ray, professional component): 0.31 RVU x 32.3465 = 10.027415 -> 1003.
			name: "professional component", claim: prof("2017-02-01", withMods(line(1, "71046", 1, 9000), "26")), elig: medicare,
			outcome: adjudicator.Approve, paid: 1003,
			lines: []adjudicator.LineDecision{paidLine(line(1, "71046", 1, 9000), 1003, co("45", 7997))},
		},
		{
			name: "CARC 26 before coverage", claim: prof("2016-12-31", office), elig: medicare,
			outcome: adjudicator.Deny, lines: []adjudicator.LineDecision{deniedLine(office, "26")},
		},
		{
			name: "CARC 27 in a gap", claim: prof("2017-04-15", office), elig: medicare,
			outcome: adjudicator.Deny, lines: []adjudicator.LineDecision{deniedLine(office, "27")},
		},
		{
			name: "CARC 27 after coverage ended", claim: prof("2018-01-02", office), elig: medicare,
			outcome: adjudicator.Deny, lines: []adjudicator.LineDecision{deniedLine(office, "27")},
		},
		{
			name: "CARC 31 unknown member", claim: prof("2017-02-01", office), elig: adjudicator.Eligibility{},
			outcome: adjudicator.Deny, lines: []adjudicator.LineDecision{deniedLine(office, "31")},
		},
		{
			name: "CARC 96 not a covered code", claim: prof("2017-02-01", line(1, "S9999", 1, 2500)), elig: medicare,
			outcome: adjudicator.Deny, lines: []adjudicator.LineDecision{deniedLine(line(1, "S9999", 1, 2500), "96", "N130")},
		},
		{
			name: "CARC 96 plan exclusion", claim: prof("2017-02-01", line(1, "99397", 1, 20000)), elig: medicare,
			outcome: adjudicator.Deny, lines: []adjudicator.LineDecision{deniedLine(line(1, "99397", 1, 20000), "96", "N425")},
		},
		{
			name: "CARC 16 without a place of service", claim: noPOS, elig: medicare,
			outcome: adjudicator.Deny, lines: []adjudicator.LineDecision{deniedLine(office, "16", "M77")},
		},
		{
			// The lab code has no MPFS fee (status X): 96 with N448; the visit pays 8895.
			name: "partial: one line without a fee", claim: prof("2017-02-01", office, lab), elig: medicare,
			outcome: adjudicator.Partial, paid: 8895,
			lines: []adjudicator.LineDecision{paidLine(office, 8895, co("45", 6105)), deniedLine(lab, "96", "N448")},
		},
		{
			// Line dates straddle the end of the first span: the second line falls in the gap.
			name: "partial: line dates", elig: medicare,
			claim: claim(adjudicator.Professional, "11", "2017-03-31", "2017-04-01",
				withDate(line(1, "99213", 1, 15000), "2017-03-31"), withDate(line(2, "99213", 1, 15000), "2017-04-01")),
			outcome: adjudicator.Partial, paid: 8895,
			lines: []adjudicator.LineDecision{paidLine(office, 8895, co("45", 6105)), deniedLine(line(2, "99213", 1, 15000), "27")},
		},
		{
			name: "deny: every line denied for any reason", claim: prof("2017-02-01", line(1, "99397", 1, 20000), lab), elig: medicare,
			outcome: adjudicator.Deny,
			lines:   []adjudicator.LineDecision{deniedLine(line(1, "99397", 1, 20000), "96", "N425"), deniedLine(lab, "96", "N448")},
		},
		{
			// 60% of charge, half up: 12341 x 60 / 100 = 7404.6 -> 7405, CO-45 4936;
			// revenue-code line 50000 x 60 / 100 = 30000, CO-45 20000. Paid 37405.
			name: "institutional percent of charge", elig: medicare,
			claim:   inst("2017-02-01", withRev(line(1, "G0463", 1, 12341), "0510"), withRev(line(2, "", 1, 50000), "0450")),
			outcome: adjudicator.Approve, paid: 37405,
			lines: []adjudicator.LineDecision{
				paidLine(line(1, "G0463", 1, 12341), 7405, co("45", 4936)),
				paidLine(line(2, "", 1, 50000), 30000, co("45", 20000)),
			},
		},
		{
			// Total 15000100 > 10000000 threshold: held. Line 1 would allow 60% = 9000000
			// (OA-133, pending), CO-45 6000000; the uncovered line stays denied.
			name: "pend over the plan's threshold", elig: medicare,
			claim:   inst("2017-02-01", withRev(line(1, "", 1, 15_000_000), "0450"), withRev(line(2, "S9999", 1, 100), "0300")),
			outcome: adjudicator.Pend, paid: 0,
			lines: []adjudicator.LineDecision{
				{Line: 1, Units: 1, ChargeCents: 15_000_000, Adjustments: []adjudicator.Adjustment{
					co("45", 6_000_000), {Group: adjudicator.GroupOA, CARC: "133", Cents: 9_000_000},
				}},
				deniedLine(line(2, "S9999", 1, 100), "96", "N130"),
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := e.Decide(context.Background(), tc.claim, tc.elig)
			if err != nil {
				t.Fatal(err)
			}
			if err := tc.claim.Validate(); err != nil {
				t.Fatalf("test claim is invalid: %v", err)
			}
			if d.Outcome != tc.outcome || d.PaidCents != tc.paid {
				t.Errorf("outcome %s paid %d, want %s paid %d", d.Outcome, d.PaidCents, tc.outcome, tc.paid)
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

func TestExplain(t *testing.T) {
	c := prof("2017-02-01", line(1, "99213", 1, 15000), line(2, "36415", 1, 1000))
	d, err := newEngine(t).Decide(context.Background(), c, medicare)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range d.Lines {
		if l.Explain != nil {
			t.Errorf("line %d: explain without WithExplain: %q", l.Line, l.Explain)
		}
	}
	d, err = newEngine(t, WithExplain(true)).Decide(context.Background(), c, medicare)
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{{
		"claims.eligibility: 2017-02-01 is within coverage span medicare 2017-01-01..2017-03-31",
		"claims.benefits: 99213 is covered by plan medicare: CPT medicine, evaluation and management",
		"claims.pricing: 99213 non-facility fee 8895 cents x 1 units = 8895; charge 15000; allowed 8895",
	}, {
		"claims.eligibility: 2017-02-01 is within coverage span medicare 2017-01-01..2017-03-31",
		"claims.benefits: 36415 is covered by plan medicare: CPT surgery",
		"claims.pricing: 36415 has fee schedule status X (statutory exclusion: paid under another fee schedule or not at all): no fee to pay",
	}}
	for i, l := range d.Lines {
		if !reflect.DeepEqual(l.Explain, want[i]) {
			t.Errorf("line %d explain:\n got %q\nwant %q", l.Line, l.Explain, want[i])
		}
	}
}

func TestPolicyHash(t *testing.T) {
	files, err := policies.Files(nil)
	if err != nil {
		t.Fatal(err)
	}
	e := newEngine(t)
	if e.PolicyHash() != policies.Hash(files) {
		t.Fatal("engine hash differs from the embedded bundle hash")
	}
	d, err := e.Decide(context.Background(), prof("2017-02-01", line(1, "99213", 1, 15000)), medicare)
	if err != nil {
		t.Fatal(err)
	}
	h := e.PolicyHash()
	if d.PolicyHash != "0x"+hex.EncodeToString(h[:]) {
		t.Errorf("decision policy hash %q, want 0x%x", d.PolicyHash, h)
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
	e := newEngine(t, WithFS(bundleWith(t, map[string]string{"plans/medicare/data.json": changed})))
	if e.PolicyHash() == newEngine(t).PolicyHash() {
		t.Error("a changed plan kept the policy hash")
	}
	c := inst("2017-02-01", adjudicator.Line{Number: 1, Code: "G0463", Units: 1, ChargeCents: 10000, RevenueCode: "0510"})
	d, err := e.Decide(context.Background(), c, medicare)
	if err != nil {
		t.Fatal(err)
	}
	if d.PaidCents != 8000 { // 80% of 10000
		t.Errorf("paid %d under the 80%% plan, want 8000", d.PaidCents)
	}

	// The same override as a --plans directory: embedded rules, plans from disk.
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "medicare"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "medicare", "data.json"), []byte(changed), 0o644); err != nil {
		t.Fatal(err)
	}
	pe := newEngine(t, WithPlansDir(dir))
	if pe.PolicyHash() != e.PolicyHash() {
		t.Error("the same plans through WithPlansDir and WithFS give different policy hashes")
	}
	if d, err := pe.Decide(context.Background(), c, medicare); err != nil || d.PaidCents != 8000 {
		t.Errorf("WithPlansDir: paid %d, err %v; want 8000", d.PaidCents, err)
	}

	for name, opt := range map[string]Option{
		"empty bundle directory":   WithDir(t.TempDir()),
		"missing bundle directory": WithDir(filepath.Join(dir, "missing")),
		"missing plans directory":  WithPlansDir(filepath.Join(dir, "missing")),
		"bundle as plans":          WithPlansDir("../../policies"),
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
	for _, tc := range []struct {
		name    string
		replace map[string]string
		want    string
	}{
		{"malformed plan", map[string]string{"plans/medicare/data.json": `{"benefits": {"covered": [{"ranges": [["10004", "1036F"]]}]}}`},
			"plan medicare: benefits.covered[0]: name must be a string"},
		{"plan is not JSON", map[string]string{"plans/medicare/data.json": `{`}, "plans/medicare/data.json"},
		{"rule does not compile", map[string]string{"claims/claims.rego": "package claims\n\ndecision := undefined_thing\n"}, "compile"},
		{"no decision rule", map[string]string{"claims/claims.rego": "package claims\n\nother := 1\n"}, "no rule defines data.claims.decision"},
		{"no plans", map[string]string{"plans/medicare/data.json": ""}, "no plans"},
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
		{"unbalanced", `decision := {"claim_id": input.claim.claim_id, "outcome": "approve", "billing_npi": input.claim.billing_npi,
	"paid_cents": 100, "lines": [{"line": 1, "code": "99213", "units": 1, "charge_cents": 15000, "allowed_cents": 100,
	"paid_cents": 100, "patient_cents": 0, "adjustments": [], "remarks": []}]}`, "charge 15000 != allowed 100"},
		{"fractional cents", `decision := {"claim_id": input.claim.claim_id, "outcome": "approve", "billing_npi": input.claim.billing_npi,
	"paid_cents": 1, "lines": [{"line": 1, "code": "99213", "units": 1, "charge_cents": 15000, "allowed_cents": 15001 / 2,
	"paid_cents": 1, "patient_cents": 0, "adjustments": [], "remarks": []}]}`, "decision.lines[0].allowed_cents: want an integer"},
		{"line dropped", `decision := {"claim_id": input.claim.claim_id, "outcome": "deny", "billing_npi": input.claim.billing_npi,
	"paid_cents": 0, "lines": []}`, "0 lines, claim has 1"},
		{"missing field", `decision := {"claim_id": input.claim.claim_id, "billing_npi": "", "paid_cents": 0, "lines": []}`, "decision.outcome: missing"},
		{"unknown outcome", `decision := {"claim_id": input.claim.claim_id, "outcome": "maybe", "billing_npi": "", "paid_cents": 0, "lines": []}`, "unknown outcome"},
		{"undefined", `decision := 1 if false`, "undefined"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newEngine(t, WithFS(fstest.MapFS{"claims/claims.rego": {Data: []byte("package claims\n\n" + tc.rego + "\n")}}))
			_, err := e.Decide(context.Background(), prof("2017-02-01", line(1, "99213", 1, 15000)), medicare)
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
	for _, tc := range []struct{ doc, want string }{
		{`[]`, "want an object"},
		{`{"claim_id": 1, "outcome": "approve", "billing_npi": "", "paid_cents": 0, "lines": []}`, "decision.claim_id: want a string"},
		{`{"claim_id": "C", "outcome": "approve", "billing_npi": "", "paid_cents": -1, "lines": []}`, "negative amount"},
		{`{"claim_id": "C", "outcome": "approve", "billing_npi": "", "paid_cents": 0, "lines": [{"line": 1}]}`, "decision.lines[0].code: missing"},
		{`{"claim_id": "C", "outcome": "approve", "billing_npi": "", "paid_cents": 0, "lines": [{"line": 1, "code": "", "units": 1,
			"charge_cents": 1, "allowed_cents": 1, "paid_cents": 1, "patient_cents": 0, "adjustments": [{"group": "CO", "carc": 45, "cents": 0}]}]}`,
			"decision.lines[0].adjustments[0].carc: want a string"},
		{`{"claim_id": "C", "outcome": "approve", "billing_npi": "", "paid_cents": 0, "lines": [{"line": 1, "code": "", "units": 1,
			"charge_cents": 1, "allowed_cents": 1, "paid_cents": 1, "patient_cents": 0, "adjustments": [], "remarks": [1]}]}`,
			"decision.lines[0].remarks[0]: want a string"},
	} {
		_, err := decode(ast.MustParseTerm(tc.doc).Value)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("decode(%s) err = %v, want %q", tc.doc, err, tc.want)
		}
	}
}

// TestTuvaClaims runs every claim of the Tuva seed through the rules and
// cross-checks the outcome against independent Go computations of
// eligibility and of the national fee.
func TestTuvaClaims(t *testing.T) {
	claims, st := loadTuva(t)
	fees := nationalFees(t)
	e := newEngine(t)
	ctx := context.Background()

	outcomes := map[adjudicator.Outcome]int{}
	carcs := map[string]int{}
	var lines, charged, paid [2]int64 // [professional, institutional]
	for _, tc := range claims {
		c := &tc.claim
		d, err := e.Decide(ctx, c, tc.elig)
		if err != nil {
			t.Fatalf("claim %s: %v", c.ClaimID, err)
		}
		if err := d.Check(); err != nil {
			t.Fatal(err)
		}
		outcomes[d.Outcome]++
		k := 0
		if c.ClaimType == adjudicator.Institutional {
			k = 1
		}
		paid[k] += d.PaidCents
		for i, l := range d.Lines {
			lines[k]++
			charged[k] += l.ChargeCents
			for _, a := range l.Adjustments {
				carcs[strings.TrimSpace(a.Group+"-"+a.CARC+" "+strings.Join(l.Remarks, ","))]++
			}
			checkEligibility(t, c, c.Lines[i], tc.elig, l)
			if c.ClaimType == adjudicator.Professional && d.Outcome != adjudicator.Pend {
				checkProfessionalFee(t, c, c.Lines[i], l, fees)
			}
		}
	}
	if len(claims) != 1138 || lines[0]+lines[1] != 2075 {
		t.Errorf("decided %d claims, %d lines; the seed has 1138 claims, 2075 lines", len(claims), lines[0]+lines[1])
	}
	t.Logf("outcomes: %v", outcomes)
	keys := make([]string, 0, len(carcs))
	for k := range carcs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.Logf("  %-8s %5d lines", k, carcs[k])
	}
	t.Logf("professional: %d lines, charged %d, paid %d cents", lines[0], charged[0], paid[0])
	t.Logf("institutional: %d lines, charged %d, paid %d cents", lines[1], charged[1], paid[1])
	t.Logf("mapping: %d lines defaulted to 1 unit, %d claims without a billing NPI, %d claims fail Claim.Validate: %v",
		st.unitsDefaulted, st.noBillingNPI, st.invalid, st.invalidFields)

	// Plausibility: approvals, partials and denials all occur, review holds
	// stay rare, and most claims are not denied outright. (The seed's
	// institutional lines each repeat the claim's header charge, so summed
	// totals overstate those claims; the few that pend here do so on that
	// inflated total, which is why pends are bounded, not required.)
	for _, o := range []adjudicator.Outcome{adjudicator.Approve, adjudicator.Partial, adjudicator.Deny} {
		if outcomes[o] == 0 {
			t.Errorf("no %s decisions", o)
		}
	}
	if outcomes[adjudicator.Pend] > len(claims)/50 {
		t.Errorf("%d pended claims, want at most 2%%", outcomes[adjudicator.Pend])
	}
	if outcomes[adjudicator.Deny] > len(claims)/2 {
		t.Errorf("%d denied claims, want fewer than half", outcomes[adjudicator.Deny])
	}
}

// checkEligibility recomputes the coverage denial in Go.
func checkEligibility(t *testing.T, c *adjudicator.Claim, in adjudicator.Line, el adjudicator.Eligibility, got adjudicator.LineDecision) {
	t.Helper()
	dos := c.DateOfService(in)
	want := ""
	switch {
	case len(el.Spans) == 0:
		want = "31"
	default:
		covered, first := false, el.Spans[0].Start
		for _, s := range el.Spans {
			covered = covered || (s.Start <= dos && dos <= s.End)
			first = min(first, s.Start)
		}
		if !covered && dos < first {
			want = "26"
		} else if !covered {
			want = "27"
		}
	}
	var gotCARC string
	for _, a := range got.Adjustments {
		if a.CARC == "26" || a.CARC == "27" || a.CARC == "31" {
			gotCARC = a.CARC
		}
	}
	if gotCARC != want {
		t.Errorf("claim %s line %d on %s: eligibility CARC %q, want %q", c.ClaimID, in.Number, dos, gotCARC, want)
	}
}

var facilityPOS = map[string]bool{"19": true, "21": true, "22": true, "23": true, "24": true, "26": true, "31": true,
	"34": true, "41": true, "42": true, "51": true, "52": true, "53": true, "56": true, "61": true}

// checkProfessionalFee recomputes, from the full CMS file, what a paid
// professional line should allow.
func checkProfessionalFee(t *testing.T, c *adjudicator.Claim, in adjudicator.Line, got adjudicator.LineDecision, fees map[string]mpfs.Fee) {
	t.Helper()
	fee, ok := fees[in.Code+"|"]
	for _, m := range []string{"26", "TC"} {
		if f, comp := fees[in.Code+"|"+m]; comp && slices.Contains(in.Modifiers, m) {
			fee, ok = f, true
			break
		}
	}
	denial := ""
	for _, a := range got.Adjustments {
		if a.CARC != "45" {
			denial = a.CARC
		}
	}
	if denial == "96" && slices.Equal(got.Remarks, []string{"N448"}) && ok && fee.Payable() {
		t.Errorf("claim %s line %d: %s denied for no fee, but the schedule pays it", c.ClaimID, in.Number, in.Code)
	}
	if denial != "" {
		return
	}
	if !ok || !fee.Payable() {
		t.Errorf("claim %s line %d: %s paid %d without a payable national fee", c.ClaimID, in.Number, in.Code, got.PaidCents)
		return
	}
	pos := in.PlaceOfService
	if pos == "" {
		pos = c.PlaceOfService
	}
	unit := fee.NonFacilityCents
	if facilityPOS[pos] {
		unit = fee.FacilityCents
	}
	if want := min(in.ChargeCents, unit*int64(in.Units)); got.AllowedCents != want {
		t.Errorf("claim %s line %d: %s x%d at POS %s allowed %d, want min(charge %d, %d x %d) = %d",
			c.ClaimID, in.Number, in.Code, in.Units, pos, got.AllowedCents, in.ChargeCents, unit, in.Units, want)
	}
}
