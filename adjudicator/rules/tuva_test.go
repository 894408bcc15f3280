package rules

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/cms"
	"github.com/claimsledger/claims/adjudicator/privacy"
	"github.com/claimsledger/claims/adjudicator/shareddata"
	"github.com/claimsledger/claims/adjudicator/tuva"
	"github.com/claimsledger/claims/policies"
)

// The Tuva seed lives beside the repository (see ../shared/data/README.md).

// tuvaClaim is one claim of the seed with the facts it was decided on:
// its member's eligibility and the history of the member's claims above
// it in the file.
type tuvaClaim struct {
	claim adjudicator.Claim
	facts adjudicator.Facts
}

// loadTuva reads the Tuva seed through adjudicator/tuva, the reader
// `claims adjudicate --format tuva-csv` uses.
func loadTuva(tb testing.TB) ([]adjudicator.Claim, map[string][]adjudicator.Span) {
	tb.Helper()
	open := func(rel string) *os.File {
		f, err := os.Open(shareddata.Path(tb, rel))
		if errors.Is(err, fs.ErrNotExist) {
			tb.Skipf("Tuva seed not present: %v", err)
		}
		if err != nil {
			tb.Fatal(err)
		}
		tb.Cleanup(func() { f.Close() })
		return f
	}
	claims, err := tuva.ReadClaims(open("claims/tuva_medical_claim_seed.csv"))
	if err != nil {
		tb.Fatal(err)
	}
	elig, err := tuva.ReadEligibility(open("claims/tuva_eligibility_seed.csv"))
	if err != nil {
		tb.Fatal(err)
	}
	return claims, elig
}

// decideTuva decides every claim in file order, each member's history
// accumulating as it goes, exactly as `claims adjudicate` does (the file
// is one partition; a claim's position is its index). It returns the
// claims with the facts each was decided on, and the decisions.
func decideTuva(tb testing.TB, e *Evaluator) ([]tuvaClaim, []adjudicator.Decision) {
	tb.Helper()
	claims, elig := loadTuva(tb)
	ctx := context.Background()
	hist := &adjudicator.MemoryHistory{}
	// The provider counters as one partition counts them, without intake times (the file has none).
	tallies := &adjudicator.MemoryTallies{}
	k, err := privacy.NewKeyer(make([]byte, privacy.MinSecretLen))
	if err != nil {
		tb.Fatal(err)
	}
	out := make([]tuvaClaim, len(claims))
	decisions := make([]adjudicator.Decision, len(claims))
	for i := range claims {
		c := &claims[i]
		member := adjudicator.Hash(sha256.Sum256([]byte(c.MemberID)))
		pos := adjudicator.Position{Offset: int64(i)}
		entries, err := hist.Entries(ctx, member)
		if err != nil {
			tb.Fatal(err)
		}
		sums, err := tallies.Before(ctx, 0, pos.Offset, adjudicator.TallyKeys(k, c, ""))
		if err != nil {
			tb.Fatal(err)
		}
		f := adjudicator.Facts{
			Eligibility: adjudicator.Eligibility{Spans: elig[c.MemberID]},
			History:     adjudicator.HistoryBefore(entries, pos),
			Provider:    adjudicator.ProviderFactsOf(k, c, "", sums),
		}
		d, err := e.Decide(ctx, c, f)
		if err != nil {
			tb.Fatalf("claim %s: %v", c.ClaimID, err)
		}
		h := adjudicator.NewHistoryEntry(pos, c, &d, f.Eligibility)
		h.Timed(e, time.Time{})
		if err := hist.Put(ctx, member, []adjudicator.HistoryEntry{h}); err != nil {
			tb.Fatal(err)
		}
		if err := tallies.Put(ctx, adjudicator.TalliesOf(k, h, nil)); err != nil {
			tb.Fatal(err)
		}
		out[i] = tuvaClaim{claim: *c, facts: f}
		decisions[i] = d
	}
	return out, decisions
}

var update = flag.Bool("update", false, "rewrite testdata/tuva_summary.golden")

const summaryGolden = "testdata/tuva_summary.golden"

// TestTuvaSummary decides the 1,138 Tuva claims in file order with history
// accumulating (as `claims adjudicate --format tuva-csv` does) and compares
// a summary with the committed golden file: counts per outcome, lines and
// cents per group-CARC, the totals of charge, allowed, paid and patient
// responsibility, and the claims each fraud signal flagged and the fraud
// score pended (the flag rates README.md reports). Refresh with go test -run TestTuvaSummary -update
// after a deliberate rule or plan change, and read the diff.
func TestTuvaSummary(t *testing.T) {
	claims, decisions := decideTuva(t, newEvaluator(t))
	got := summarize(claims, decisions)
	if *update {
		if err := os.MkdirAll(filepath.Dir(summaryGolden), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(summaryGolden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s:\n%s", summaryGolden, got)
		return
	}
	want, err := os.ReadFile(summaryGolden)
	if err != nil {
		t.Fatalf("%v (create it with -update)", err)
	}
	if got != string(want) {
		t.Errorf("summary differs from %s (refresh with -update if the change is deliberate):\n--- got\n%s--- want\n%s", summaryGolden, got, want)
	}
}

func summarize(claims []tuvaClaim, decisions []adjudicator.Decision) string {
	outcomes := map[adjudicator.Outcome]int{}
	type carcSum struct {
		lines int
		cents int64
	}
	carcs := map[string]*carcSum{}
	var lines int
	var charge, allowed, paid, patient int64
	flags := map[string]int{}
	var flagged, fraudPended int
	threshold := pendScore()
	for _, d := range decisions {
		outcomes[d.Outcome]++
		for _, f := range d.Flags {
			flags[f.Code]++
		}
		if len(d.Flags) > 0 {
			flagged++
		}
		if d.Outcome == adjudicator.Pend && d.FraudScore >= threshold {
			fraudPended++
		}
		for _, l := range d.Lines {
			lines++
			charge += l.ChargeCents
			allowed += l.AllowedCents
			paid += l.PaidCents
			patient += l.PatientCents
			for _, a := range l.Adjustments {
				k := a.Group + "-" + a.CARC
				if carcs[k] == nil {
					carcs[k] = &carcSum{}
				}
				carcs[k].lines++
				carcs[k].cents += a.Cents
			}
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "claims %d lines %d\n", len(claims), lines)
	for _, o := range []adjudicator.Outcome{adjudicator.Approve, adjudicator.Partial, adjudicator.Deny, adjudicator.Pend} {
		fmt.Fprintf(&b, "outcome %-8s %5d\n", o, outcomes[o])
	}
	keys := make([]string, 0, len(carcs))
	for k := range carcs {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		fmt.Fprintf(&b, "adjustment %-7s %5d lines %12d cents\n", k, carcs[k].lines, carcs[k].cents)
	}
	fmt.Fprintf(&b, "total charge  %12d cents\n", charge)
	fmt.Fprintf(&b, "total allowed %12d cents\n", allowed)
	fmt.Fprintf(&b, "total paid    %12d cents\n", paid)
	fmt.Fprintf(&b, "total patient %12d cents\n", patient)
	codes := slices.Sorted(maps.Keys(flags))
	for _, c := range codes {
		fmt.Fprintf(&b, "flag %-16s %5d claims\n", c, flags[c])
	}
	fmt.Fprintf(&b, "flagged claims        %5d\n", flagged)
	fmt.Fprintf(&b, "pended by fraud score %5d (score >= %d)\n", fraudPended, threshold)
	return b.String()
}

// pendScore is the bundle's fraud threshold (policies/fraud/data.json).
func pendScore() int {
	b, err := fs.ReadFile(policies.FS(), "fraud/data.json")
	if err != nil {
		panic(err)
	}
	var doc struct {
		PendScore int `json:"pend_score"`
	}
	if err := json.Unmarshal(b, &doc); err != nil || doc.PendScore <= 0 {
		panic(fmt.Sprintf("fraud/data.json: pend_score: %v", err))
	}
	return doc.PendScore
}

// TestTuvaCrossChecks recomputes, independently of Rego, what can be
// recomputed from the Tuva run: the eligibility denial of every line, the
// fee schedule amount of every line priced from it (from cms.Tables.Fee
// and the provider directory), and that no member pays more than a plan
// year's deductible or out-of-pocket maximum.
func TestTuvaCrossChecks(t *testing.T) {
	tables, err := cms.Load(cms.Bundled())
	if err != nil {
		t.Fatal(err)
	}
	claims, decisions := decideTuva(t, newEvaluator(t, WithTables(tables)))
	if len(claims) != 1138 {
		t.Fatalf("decided %d claims, the seed has 1138", len(claims))
	}
	localities := providerLocalities(t)
	type planYear struct{ member, key string }
	deductible, oop := map[planYear]int64{}, map[planYear]int64{}
	var priced int
	for i, d := range decisions {
		c := &claims[i].claim
		el := claims[i].facts.Eligibility
		for j, l := range d.Lines {
			in := c.Lines[j]
			checkEligibility(t, c, in, el, l)
			for _, a := range l.Adjustments {
				if a.Group != adjudicator.GroupPR {
					continue
				}
				key := planYear{c.MemberID, adjudicator.PlanYearKey(planOn(el, c.DateOfService(in)), c.DateOfService(in))}
				oop[key] += a.Cents
				if a.CARC == "1" {
					deductible[key] += a.Cents
				}
			}
			if c.ClaimType == adjudicator.Professional && d.Outcome != adjudicator.Pend && checkFee(t, tables, localities, c, in, l) {
				priced++
			}
		}
	}
	if priced < 500 {
		t.Errorf("only %d lines priced from the fee schedule; the cross-check checks too little", priced)
	}
	for k, cents := range deductible {
		if max := partBDeductible[k.key[len(k.key)-4:]]; cents > max {
			t.Errorf("member %s %s: deductible %d over %d", k.member, k.key, cents, max)
		}
	}
	for k, cents := range oop {
		if cents > 670000 {
			t.Errorf("member %s %s: out of pocket %d over 670000", k.member, k.key, cents)
		}
	}
	t.Logf("%d professional lines priced from the fee schedule agree with cms.Tables.Fee", priced)
}

var partBDeductible = map[string]int64{"2016": 16600, "2017": 18300, "2018": 18300}

func planOn(el adjudicator.Eligibility, date string) string {
	for _, s := range el.Spans {
		if s.Start <= date && (date <= s.End || s.End == "") {
			return s.PlanID
		}
	}
	return ""
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

// checkFee recomputes the allowed amount of a professional line priced
// from the fee schedule (no denial, no plan pricing, no multiple procedure
// reduction) and reports whether it checked one.
func checkFee(t *testing.T, tables *cms.Tables, localities map[string]string, c *adjudicator.Claim, in adjudicator.Line, got adjudicator.LineDecision) bool {
	t.Helper()
	for _, a := range got.Adjustments {
		if a.Group != adjudicator.GroupPR && a.CARC != "45" {
			return false // denied, or reduced (CO-59)
		}
	}
	mod := ""
	for _, m := range in.Modifiers {
		if m == "26" || m == "TC" {
			mod = m
			break
		}
	}
	loc, ok := localities[c.RenderingNPI]
	if !ok {
		loc = localities[c.BillingNPI]
	}
	pos := in.PlaceOfService
	if pos == "" {
		pos = c.PlaceOfService
	}
	fee, ok := tables.Fee(in.Code, mod, loc, facilityPOS[pos])
	if !ok && mod != "" {
		fee, ok = tables.Fee(in.Code, "", loc, facilityPOS[pos])
	}
	if !ok || (fee.Status != "A" && fee.Status != "R" && fee.Status != "T") {
		return false // priced by the plan
	}
	if want := min(in.ChargeCents, fee.PerUnitCents*int64(in.Units)); got.AllowedCents != want {
		t.Errorf("claim %s line %d: %s-%s x%d at POS %s locality %q allowed %d, want min(charge %d, %d x %d) = %d",
			c.ClaimID, in.Number, in.Code, mod, in.Units, pos, loc, got.AllowedCents, in.ChargeCents, fee.PerUnitCents, in.Units, want)
	}
	return true
}

func providerLocalities(t *testing.T) map[string]string {
	t.Helper()
	b, err := fs.ReadFile(policies.FS(), "providers/data.json")
	if err != nil {
		t.Fatal(err)
	}
	var dir struct {
		NPI map[string]struct {
			Locality string `json:"locality"`
		} `json:"npi"`
	}
	if err := json.Unmarshal(b, &dir); err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for npi, p := range dir.NPI {
		out[npi] = p.Locality
	}
	return out
}
