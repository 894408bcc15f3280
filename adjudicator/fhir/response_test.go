package fhir

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"os"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/rules"
	"github.com/claimsledger/claims/adjudicator/sample"
)

var created = time.Date(2017, 3, 10, 9, 30, 0, 0, time.UTC)

var evaluator = sync.OnceValues(func() (*rules.Evaluator, error) { return rules.New(context.Background()) })

// decideAll adjudicates claims in order with the bundled eligibility and a
// history that accumulates, as `claims adjudicate` does.
func decideAll(t testing.TB, claims []adjudicator.Claim) []adjudicator.Decision {
	t.Helper()
	ev, err := evaluator()
	if err != nil {
		t.Fatal(err)
	}
	elig, err := sample.Eligibility()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	hist := &adjudicator.MemoryHistory{}
	out := make([]adjudicator.Decision, len(claims))
	for i := range claims {
		c := &claims[i]
		member := adjudicator.Hash(sha256.Sum256([]byte(c.MemberID)))
		pos := adjudicator.Position{Offset: int64(i)}
		entries, _ := hist.Entries(ctx, member)
		el := adjudicator.Eligibility{Spans: elig[c.MemberID]}
		d, err := ev.Decide(ctx, c, adjudicator.Facts{Eligibility: el, History: adjudicator.HistoryBefore(entries, pos)})
		if err != nil {
			t.Fatalf("claim %d: %v", i, err)
		}
		_ = hist.Put(ctx, member, []adjudicator.HistoryEntry{adjudicator.NewHistoryEntry(pos, c, &d, el)})
		out[i] = d
	}
	return out
}

// entry is one adjudication or total of a ClaimResponse, as read back from
// its JSON.
type entry struct {
	Category, Reason string // "system|code"
	Cents            int64
	HasAmount        bool
}

func codingOf(n node) string {
	cd := n.get("coding").list()
	if len(cd) != 1 {
		return ""
	}
	return cd[0].get("system").str() + "|" + cd[0].get("code").str()
}

func centsOf(t testing.TB, m node) int64 {
	t.Helper()
	if cur := m.get("currency").str(); cur != "USD" {
		t.Fatalf("%s: currency %q", m.path, cur)
	}
	n, ok := m.get("value").number()
	if !ok {
		t.Fatalf("%s: no value", m.path)
	}
	// Exactly two places, as written from cents.
	if s := string(n); len(s) < 4 || s[len(s)-3] != '.' {
		t.Fatalf("%s: amount %s not written with two decimals", m.path, s)
	}
	r, _ := decimal(n)
	c, ok := cents(r)
	if !ok {
		t.Fatalf("%s: amount %s", m.path, n)
	}
	return c
}

func entries(t testing.TB, list []node) []entry {
	t.Helper()
	var out []entry
	for _, a := range list {
		e := entry{Category: codingOf(a.get("category")), Reason: codingOf(a.get("reason"))}
		if a.get("amount").present() {
			e.Cents, e.HasAmount = centsOf(t, a.get("amount")), true
		}
		out = append(out, e)
	}
	return out
}

// readResponse parses a ClaimResponse and checks it is valid R4.
func readResponse(t testing.TB, b []byte) node {
	t.Helper()
	if is := schemaIssuesOf(t, b, "ClaimResponse"); len(is) > 0 {
		t.Fatalf("not R4: %q\n%s", is, b)
	}
	tree, err := parseTree(b)
	if err != nil {
		t.Fatal(err)
	}
	return node{v: tree, path: "ClaimResponse"}
}

func adj(code string) string { return SystemAdjudication + "|" + code }

// TestClaimResponseExample: the README's example claim, adjudicated by the
// bundled rules, in FHIR: $950.00 charged, $521.75 allowed, $428.25 CO-45,
// $183.00 PR-1 deductible, $67.75 PR-2 coinsurance, $271.00 paid.
func TestClaimResponseExample(t *testing.T) {
	b, err := os.ReadFile("../sample/example_claim.json")
	if err != nil {
		t.Fatal(err)
	}
	c, err := adjudicator.DecodeClaim(b)
	if err != nil {
		t.Fatal(err)
	}
	d := decideAll(t, []adjudicator.Claim{c})[0]
	out, err := ClaimResponse(&c, &d, ResponseOptions{Created: created})
	if err != nil {
		t.Fatal(err)
	}
	cr := readResponse(t, out)
	for path, want := range map[string]string{
		"resourceType": "ClaimResponse", "status": "active", "use": "claim", "outcome": "complete",
		"created": "2017-03-10T09:30:00Z", "disposition": "Claim approved.",
	} {
		if got := cr.get(path).str(); got != want {
			t.Errorf("%s = %q, want %q", path, got, want)
		}
	}
	if got := codingOf(cr.get("type")); got != SystemClaimType+"|professional" {
		t.Errorf("type %s", got)
	}
	if got := cr.get("request").get("identifier").get("value").str(); got != "EXAMPLE-1" {
		t.Errorf("request %q", got)
	}
	items := cr.get("item").list()
	if len(items) != 1 {
		t.Fatalf("%d items", len(items))
	}
	if seq, _ := items[0].get("itemSequence").integer(); seq != 1 {
		t.Errorf("itemSequence %d", seq)
	}
	want := []entry{
		{adj("submitted"), "", 95000, true},
		{adj("eligible"), "", 52175, true},
		{adj("deductible"), "", 18300, true},
		{adj("benefit"), "", 27100, true},
		{SystemAdjustmentGroup + "|CO", SystemCARC + "|45", 42825, true},
		{SystemAdjustmentGroup + "|PR", SystemCARC + "|1", 18300, true},
		{SystemAdjustmentGroup + "|PR", SystemCARC + "|2", 6775, true},
	}
	if got := entries(t, items[0].get("adjudication").list()); !reflect.DeepEqual(got, want) {
		t.Fatalf("adjudication\n%+v\nwant\n%+v", got, want)
	}
	wantTotals := []entry{{adj("submitted"), "", 95000, true}, {adj("eligible"), "", 52175, true}, {adj("deductible"), "", 18300, true}, {adj("benefit"), "", 27100, true}}
	if got := entries(t, cr.get("total").list()); !reflect.DeepEqual(got, wantTotals) {
		t.Fatalf("totals\n%+v\nwant\n%+v", got, wantTotals)
	}
	if got := centsOf(t, cr.get("payment").get("amount")); got != 27100 {
		t.Errorf("payment %d", got)
	}
	if got := codingOf(cr.get("payment").get("type")); got != SystemPaymentType+"|complete" {
		t.Errorf("payment type %s", got)
	}
	if !strings.Contains(string(out), `"value":271.00,"currency":"USD"`) {
		t.Errorf("271.00 not written exactly: %s", out)
	}
}

// checkBalances verifies a ClaimResponse against its decision from the
// FHIR alone: per item, submitted = eligible + CO/OA adjustments and
// eligible = benefit + PR adjustments, deductible and copay are the PR-1
// and PR-3 adjustments; every CARC (with its group) and RARC of the
// decision is there; each total is the sum of its category over the
// items; payment is the benefit total.
func checkBalances(t testing.TB, cr node, d *adjudicator.Decision) {
	t.Helper()
	sums := map[string]int64{}
	items := cr.get("item").list()
	if len(items) != len(d.Lines) {
		t.Fatalf("%d items for %d lines", len(items), len(d.Lines))
	}
	for i, it := range items {
		l := d.Lines[i]
		if seq, _ := it.get("itemSequence").integer(); seq != l.Line {
			t.Fatalf("item %d: itemSequence %d, want %d", i, seq, l.Line)
		}
		cat := map[string]int64{}
		var coOA, pr, pr1, pr3 int64
		var reasons, remarks []string
		for _, e := range entries(t, it.get("adjudication").list()) {
			group, isGroup := strings.CutPrefix(e.Category, SystemAdjustmentGroup+"|")
			switch {
			case isGroup && (group == "CO" || group == "OA"):
				coOA += e.Cents
			case isGroup && group == "PR":
				pr += e.Cents
				switch e.Reason {
				case SystemCARC + "|1":
					pr1 += e.Cents
				case SystemCARC + "|3":
					pr3 += e.Cents
				}
			case e.Category == SystemAdjudicationDiscriminator+"|adjustmentreason":
				if e.HasAmount {
					t.Fatalf("item %d: a remark with an amount", i)
				}
				remarks = append(remarks, strings.TrimPrefix(e.Reason, SystemRARC+"|"))
				continue
			default:
				cat[e.Category] += e.Cents
				sums[e.Category] += e.Cents
				continue
			}
			reasons = append(reasons, group+"-"+strings.TrimPrefix(e.Reason, SystemCARC+"|"))
		}
		if cat[adj("submitted")] != l.ChargeCents || cat[adj("eligible")] != l.AllowedCents || cat[adj("benefit")] != l.PaidCents {
			t.Fatalf("item %d: submitted/eligible/benefit %v for line %+v", i, cat, l)
		}
		if cat[adj("submitted")] != cat[adj("eligible")]+coOA || cat[adj("eligible")] != cat[adj("benefit")]+pr {
			t.Fatalf("item %d does not balance: %v, CO/OA %d, PR %d", i, cat, coOA, pr)
		}
		if cat[adj("deductible")] != pr1 || cat[adj("copay")] != pr3 {
			t.Fatalf("item %d: deductible %d copay %d, want PR-1 %d PR-3 %d", i, cat[adj("deductible")], cat[adj("copay")], pr1, pr3)
		}
		var want []string
		for _, a := range l.Adjustments {
			want = append(want, a.Group+"-"+a.CARC)
		}
		if !reflect.DeepEqual(reasons, want) || !reflect.DeepEqual(remarks, l.Remarks) {
			t.Fatalf("item %d: reasons %v remarks %v, want %v %v", i, reasons, remarks, want, l.Remarks)
		}
	}
	for _, tot := range entries(t, cr.get("total").list()) {
		if tot.Cents != sums[tot.Category] {
			t.Fatalf("total %s = %d, items sum to %d", tot.Category, tot.Cents, sums[tot.Category])
		}
		delete(sums, tot.Category)
	}
	for cat, v := range sums {
		if v != 0 {
			t.Fatalf("no total for %s (%d)", cat, v)
		}
	}
	pay := cr.get("payment")
	if d.Outcome == adjudicator.Pend {
		if pay.present() {
			t.Fatal("a pended claim has a payment")
		}
		return
	}
	if got := centsOf(t, pay.get("amount")); got != d.PaidCents {
		t.Fatalf("payment %d, want %d", got, d.PaidCents)
	}
}

// TestClaimResponseSample: the response to every bundled claim's decision
// is valid R4, balances, and carries its reason codes; every outcome the
// sample produces is written as documented.
func TestClaimResponseSample(t *testing.T) {
	claims := sampleClaims(t)
	decisions := decideAll(t, claims)
	wantOutcome := map[adjudicator.Outcome]string{adjudicator.Approve: "complete", adjudicator.Deny: "complete", adjudicator.Partial: "partial", adjudicator.Pend: "queued"}
	seen := map[adjudicator.Outcome]int{}
	remarks := 0
	for i := range claims {
		d := &decisions[i]
		b, err := ClaimResponse(&claims[i], d, ResponseOptions{Created: created})
		if err != nil {
			t.Fatalf("claim %d: %v", i, err)
		}
		cr := readResponse(t, b)
		if got := cr.get("outcome").str(); got != wantOutcome[d.Outcome] {
			t.Fatalf("claim %d: outcome %s for %s", i, got, d.Outcome)
		}
		checkBalances(t, cr, d)
		seen[d.Outcome]++
		for _, l := range d.Lines {
			remarks += len(l.Remarks)
		}
	}
	t.Logf("outcomes %v, %d remarks", seen, remarks)
	if seen[adjudicator.Approve] == 0 || seen[adjudicator.Deny] == 0 || seen[adjudicator.Partial] == 0 || seen[adjudicator.Pend] == 0 || remarks == 0 {
		t.Fatalf("the sample should produce every outcome and some remarks: %v, %d remarks", seen, remarks)
	}
}

// TestClaimResponseOutcomes: hand-made decisions for what the sample may
// not produce: a pend (queued, no payment, the OA-133 hold shown), a denial
// with a remark, a partial decision with a copay.
func TestClaimResponseOutcomes(t *testing.T) {
	c := fixtureClaim
	line1 := adjudicator.LineDecision{Line: 1, Code: "66984", Units: 1, ChargeCents: 95000}
	line2 := adjudicator.LineDecision{Line: 2, Code: "99213", Units: 2, ChargeCents: 15020}
	cases := []struct {
		name        string
		d           adjudicator.Decision
		outcome     string
		payment     string // ex-paymenttype code, "" for none
		disposition string
	}{
		{"pend", adjudicator.Decision{Outcome: adjudicator.Pend, HeldCents: 60000, Lines: []adjudicator.LineDecision{
			with(line1, 0, 0, []adjudicator.Adjustment{adjust("CO", "45", 35000), adjust("OA", "133", 60000)}, nil),
			with(line2, 0, 0, []adjudicator.Adjustment{adjust("OA", "133", 15020)}, []string{"N130"}),
		}}, "queued", "", "Claim pended for review: nothing is paid until it is released."},
		{"deny", adjudicator.Decision{Outcome: adjudicator.Deny, Lines: []adjudicator.LineDecision{
			with(line1, 0, 0, []adjudicator.Adjustment{adjust("CO", "197", 95000)}, []string{"M62"}),
			with(line2, 0, 0, []adjudicator.Adjustment{adjust("CO", "96", 15020)}, []string{"N130", "M62"}),
		}}, "complete", "complete", "Claim denied."},
		{"partial", adjudicator.Decision{Outcome: adjudicator.Partial, PaidCents: 5000, Lines: []adjudicator.LineDecision{
			with(line1, 0, 0, []adjudicator.Adjustment{adjust("CO", "197", 95000)}, []string{"M62"}),
			with(line2, 7500, 5000, []adjudicator.Adjustment{adjust("CO", "45", 7520), adjust("PR", "3", 2000), adjust("PR", "1", 500)}, nil),
		}}, "partial", "partial", "Claim partially approved: some lines are denied."},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			tc.d.ClaimID = c.ClaimID
			if tc.d.Outcome == adjudicator.Pend {
				tc.d.HeldCents = tc.d.Held()
			}
			if err := tc.d.Check(); err != nil {
				t.Fatalf("test decision: %v", err)
			}
			b, err := ClaimResponse(&c, &tc.d, ResponseOptions{Created: created, Insurer: "Plan A"})
			if err != nil {
				t.Fatal(err)
			}
			cr := readResponse(t, b)
			if got := cr.get("outcome").str(); got != tc.outcome {
				t.Errorf("outcome %s, want %s", got, tc.outcome)
			}
			if got := cr.get("disposition").str(); got != tc.disposition {
				t.Errorf("disposition %q", got)
			}
			if got := cr.get("insurer").get("display").str(); got != "Plan A" {
				t.Errorf("insurer %q", got)
			}
			if got := strings.TrimPrefix(codingOf(cr.get("payment").get("type")), SystemPaymentType+"|"); got != tc.payment {
				t.Errorf("payment type %q, want %q", got, tc.payment)
			}
			checkBalances(t, cr, &tc.d)
		})
	}
	// The partial decision's copay shows as its own category and total.
	d := cases[2].d
	d.ClaimID = c.ClaimID
	b, _ := ClaimResponse(&c, &d, ResponseOptions{Created: created})
	for _, want := range []string{`{"category":{"coding":[{"system":"` + SystemAdjudication + `","code":"copay"}]},"amount":{"value":20.00,"currency":"USD"}}`,
		`"reason":{"coding":[{"system":"` + SystemRARC + `","code":"M62"}]}`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("response lacks %s", want)
		}
	}
}

func adjust(group, carc string, cents int64) adjudicator.Adjustment {
	return adjudicator.Adjustment{Group: group, CARC: carc, Cents: cents}
}

func with(l adjudicator.LineDecision, allowed, paid int64, adj []adjudicator.Adjustment, remarks []string) adjudicator.LineDecision {
	l.AllowedCents, l.PaidCents, l.Adjustments, l.Remarks = allowed, paid, adj, remarks
	for _, a := range adj {
		if a.Group == adjudicator.GroupPR {
			l.PatientCents += a.Cents
		}
	}
	return l
}

func TestClaimResponseRejects(t *testing.T) {
	c := fixtureClaim
	good := adjudicator.Decision{ClaimID: c.ClaimID, Outcome: adjudicator.Approve, PaidCents: 100, Lines: []adjudicator.LineDecision{
		{Line: 1, ChargeCents: 100, AllowedCents: 100, PaidCents: 100}}}
	if _, err := ClaimResponse(&c, &good, ResponseOptions{}); err != nil {
		t.Fatal(err)
	}
	cases := map[string]func(d *adjudicator.Decision){
		"another claim":  func(d *adjudicator.Decision) { d.ClaimID = "other" },
		"unbalanced":     func(d *adjudicator.Decision) { d.PaidCents = 99 },
		"unknown line":   func(d *adjudicator.Decision) { d.Lines[0].Line = 9 },
		"empty CARC":     func(d *adjudicator.Decision) { d.Lines[0].Adjustments = []adjudicator.Adjustment{adjust("CO", "", 0)} },
		"malformed RARC": func(d *adjudicator.Decision) { d.Lines[0].Remarks = []string{"n 130"} },
	}
	for name, f := range cases {
		d := good
		d.Lines = []adjudicator.LineDecision{good.Lines[0]}
		f(&d)
		if _, err := ClaimResponse(&c, &d, ResponseOptions{}); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

// TestOperationOutcome: a rejection as an OperationOutcome: valid R4, one
// error issue per Issue with its type, message and FHIRPath expression.
func TestOperationOutcome(t *testing.T) {
	res, err := Decode([]byte(edit(t, fixture(t), `"quantity": {"value": 1}`, `"quantity": {"value": 1.5}`, `"provider": {"reference": "#billing"},`, ``)))
	if err != nil {
		t.Fatal(err)
	}
	_, docErr := Decode([]byte(`not json`))
	var e *Error
	if !errors.As(docErr, &e) {
		t.Fatal(docErr)
	}
	issues := append(res[0].Issues, e.Issues...)
	b, err := OperationOutcome(issues)
	if err != nil {
		t.Fatal(err)
	}
	if is := schemaIssuesOf(t, b, "OperationOutcome"); len(is) > 0 {
		t.Fatalf("not R4: %q", is)
	}
	var got struct {
		ResourceType string
		Issue        []struct {
			Severity, Code, Diagnostics string
			Expression                  []string
		}
	}
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	if got.ResourceType != "OperationOutcome" || len(got.Issue) != len(issues) {
		t.Fatalf("%s", b)
	}
	for i, is := range issues {
		g := got.Issue[i]
		var wantExpr []string
		if is.Path != "" {
			wantExpr = []string{is.Path}
		}
		if g.Severity != "error" || g.Code != string(is.Code) || g.Diagnostics != is.Msg || !reflect.DeepEqual(g.Expression, wantExpr) {
			t.Errorf("issue %d: %+v, want %+v", i, g, is)
		}
	}
	if got.Issue[0].Code != "required" || got.Issue[0].Expression[0] != "Claim.provider" {
		t.Errorf("first issue %+v", got.Issue[0])
	}
	if _, err := OperationOutcome(nil); err == nil {
		t.Error("an OperationOutcome without issues")
	}
}
