package remit835_test

import (
	"cmp"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/rules"
	"github.com/claimsledger/claims/adjudicator/sample"
	"github.com/claimsledger/claims/adjudicator/x12/remit835"
)

const settleTx = "0x3f5c1e1f0a9b6e2d8c7b4a39281706f5e4d3c2b1a09f8e7d6c5b4a3928170605"

var settlement = remit835.Settlement{TxHash: settleTx, Date: "2017-12-31", Method: remit835.MethodCheck}

type decidedSample struct {
	claims    []adjudicator.Claim
	decisions []adjudicator.Decision
	plans     []string
	err       error
}

var (
	sampleOnce sync.Once
	sampleRun  decidedSample
)

// decideSample runs the rules over the 1,138 bundled claims as `claims adjudicate` does: one
// partition, history accumulating in file order, the bundled eligibility.
func decideSample(t testing.TB) decidedSample {
	t.Helper()
	sampleOnce.Do(func() {
		s := &sampleRun
		ctx := context.Background()
		if s.claims, s.err = sample.Claims(); s.err != nil {
			return
		}
		elig, err := sample.Eligibility()
		if err != nil {
			s.err = err
			return
		}
		r, err := rules.New(ctx)
		if err != nil {
			s.err = err
			return
		}
		hist := &adjudicator.MemoryHistory{}
		for i := range s.claims {
			c := &s.claims[i]
			member := adjudicator.Hash(sha256.Sum256([]byte(c.MemberID)))
			pos := adjudicator.Position{Offset: int64(i)}
			entries, _ := hist.Entries(ctx, member)
			el := adjudicator.Eligibility{Spans: elig[c.MemberID]}
			d, err := r.Decide(ctx, c, adjudicator.Facts{Eligibility: el, History: adjudicator.HistoryBefore(entries, pos)})
			if err != nil {
				s.err = fmt.Errorf("claim %d: %w", i, err)
				return
			}
			_ = hist.Put(ctx, member, []adjudicator.HistoryEntry{adjudicator.NewHistoryEntry(pos, c, &d, el)})
			s.decisions = append(s.decisions, d)
			// The plan on the first date of service; a claim outside coverage is still the
			// payer's plan's: the sample's members are all on medicare.
			plan := "medicare"
			for _, sp := range el.Spans {
				if sp.Start <= c.ServiceFrom && c.ServiceFrom <= sp.End {
					plan = sp.PlanID
				}
			}
			s.plans = append(s.plans, plan)
		}
	})
	if sampleRun.err != nil {
		t.Fatal(sampleRun.err)
	}
	return sampleRun
}

// byProvider groups the sample's decided claims by billing NPI, in input order.
func byProvider(t testing.TB, s decidedSample) (npis []string, groups map[string][]remit835.Decided) {
	t.Helper()
	groups = map[string][]remit835.Decided{}
	for i := range s.claims {
		fi, ok := remit835.FilingIndicator(s.plans[i])
		if !ok {
			t.Fatalf("claim %d: no filing indicator for its plan", i)
		}
		npi := s.claims[i].BillingNPI
		if _, seen := groups[npi]; !seen {
			npis = append(npis, npi)
		}
		groups[npi] = append(groups[npi], remit835.Decided{
			Claim: &s.claims[i], Decision: &s.decisions[i],
			Position: adjudicator.Position{Offset: int64(i)}, FilingIndicator: fi,
		})
	}
	return npis, groups
}

// Every decision of the bundled sample, grouped by billing NPI, makes an 835 per provider that
// balances, parses strictly with correct counts, and reads back equal: same claims, amounts
// and adjustments as the decisions.
func TestSampleDecisionsRemit(t *testing.T) {
	s := decideSample(t)
	if len(s.decisions) != 1138 {
		t.Fatalf("%d decisions, want 1138", len(s.decisions))
	}
	npis, groups := byProvider(t, s)
	decisionOf := map[string]*adjudicator.Decision{}
	for i := range s.decisions {
		decisionOf[s.decisions[i].ClaimID] = &s.decisions[i]
	}
	var (
		claims, pendedOnly, zeroPay, foldedLines, claimCAS int
		paid                                               int64
		statuses                                           = map[string]int{}
	)
	for i, npi := range npis {
		r, err := remit835.FromDecisions(testPayer, settlement, groups[npi])
		if errors.Is(err, remit835.ErrNothingToRemit) {
			pendedOnly++
			continue
		}
		if err != nil {
			t.Fatalf("provider %d: %v", i, err)
		}
		if err := r.Balance(); err != nil {
			t.Fatalf("provider %d: %v", i, err)
		}
		out, err := remit835.Write(testEnv(uint32(i+1), npi), r)
		if err != nil {
			t.Fatalf("provider %d: %v", i, err)
		}
		assertEnvelope(t, out, 1)
		back, err := remit835.Read(out)
		if err != nil || len(back) != 1 {
			t.Fatalf("provider %d: read back %d, %v", i, len(back), err)
		}
		got := back[0]
		if !reflect.DeepEqual(got, r) {
			t.Fatalf("provider %d: read back\n%+v\nwant\n%+v", i, got, r)
		}
		if got.Payee.ID != npi || got.Payee.Qualifier != "XX" {
			t.Errorf("provider %d: payee %s %s", i, got.Payee.Qualifier, got.Payee.ID)
		}
		if h, ok := remit835.TxHashFromTrace(got.Payment.Trace); !ok || h != settleTx {
			t.Errorf("provider %d: trace %s gives %s", i, got.Payment.Trace, h)
		}
		if got.Payment.Cents == 0 {
			zeroPay++
			if got.Payment.Method != remit835.MethodNone {
				t.Errorf("provider %d: a zero payment by %s", i, got.Payment.Method)
			}
		}
		paid += got.Payment.Cents
		for _, c := range got.Claims {
			claims++
			statuses[c.Status]++
			d := decisionOf[c.ID]
			if d == nil {
				t.Fatalf("provider %d: claim on the 835 has no decision", i)
			}
			assertClaimIsDecision(t, c, d)
			claimCAS += len(c.Adjustments)
			foldedLines += len(d.Lines) - len(c.Lines)
		}
	}
	// 10 pended claims (7 over the charge threshold, 3 by fraud score) stay off; 1128 are
	// reported. The README's demo summary: $540,622.83 paid.
	if claims != 1128 || paid != 54062283 {
		t.Errorf("%d claims paying %d cents on the 835s, want 1128 and 54062283", claims, paid)
	}
	// approved 674 + partial 146 are processed (1), denied 308 are 4.
	if statuses["1"] != 820 || statuses["4"] != 308 || len(statuses) != 2 {
		t.Errorf("CLP02 counts %v, want 1: 820, 4: 308", statuses)
	}
	// 22 lines billed with no code at all become claim-level CAS.
	if foldedLines != 22 || claimCAS != 22 {
		t.Errorf("%d lines folded into %d claim-level adjustments, want 22 and 22", foldedLines, claimCAS)
	}
	if zeroPay == 0 {
		t.Error("no provider was paid nothing: the NON notification went untested")
	}
	t.Logf("%d providers, %d 835s (%d paying nothing), %d with only pended claims", len(npis), len(npis)-pendedOnly, zeroPay, pendedOnly)
}

// assertClaimIsDecision checks what a provider posts from an 835 against the decision: the
// claim id, charge, paid and patient amounts, and the adjustments (group, CARC, cents) claim-
// and line-level together.
func assertClaimIsDecision(t *testing.T, c remit835.Claim, d *adjudicator.Decision) {
	t.Helper()
	var charge, patient int64
	var want, got []adjudicator.Adjustment
	for _, l := range d.Lines {
		charge += l.ChargeCents
		patient += l.PatientCents
		want = append(want, l.Adjustments...)
	}
	got = append(got, c.Adjustments...)
	for _, l := range c.Lines {
		got = append(got, l.Adjustments...)
	}
	order := func(a, b adjudicator.Adjustment) int {
		return cmp.Or(cmp.Compare(a.Group, b.Group), cmp.Compare(a.CARC, b.CARC), cmp.Compare(a.Cents, b.Cents))
	}
	slices.SortFunc(want, order)
	slices.SortFunc(got, order)
	if c.ID != d.ClaimID || c.ChargeCents != charge || c.PaidCents != d.PaidCents || c.PatientCents != patient || !slices.Equal(got, want) {
		t.Errorf("claim on the 835: charge %d paid %d patient %d, CAS %v; decision: charge %d paid %d patient %d, adjustments %v",
			c.ChargeCents, c.PaidCents, c.PatientCents, got, charge, d.PaidCents, patient, want)
	}
}

// The outcomes map to CLP02 as documented, pended claims stay off, and FromDecisions refuses
// what cannot be one provider's remittance.
func TestFromDecisionsOutcomes(t *testing.T) {
	s := decideSample(t)
	first := map[adjudicator.Outcome]int{}
	for i := len(s.decisions) - 1; i >= 0; i-- {
		first[s.decisions[i].Outcome] = i
	}
	one := func(i int) remit835.Decided {
		return remit835.Decided{Claim: &s.claims[i], Decision: &s.decisions[i], Position: adjudicator.Position{Partition: 3, Offset: int64(1000 + i)}, FilingIndicator: "MB"}
	}
	for outcome, status := range map[adjudicator.Outcome]string{adjudicator.Approve: "1", adjudicator.Partial: "1", adjudicator.Deny: "4"} {
		i := first[outcome]
		r, err := remit835.FromDecisions(testPayer, settlement, []remit835.Decided{one(i)})
		if err != nil {
			t.Fatalf("%s: %v", outcome, err)
		}
		c := r.Claims[0]
		if c.Status != status || c.PayerControl != fmt.Sprintf("3/%d", 1000+i) || c.Patient != (remit835.Patient{Qualifier: "MI", ID: s.claims[i].MemberID}) {
			t.Errorf("%s: CLP02 %s, CLP07 %s, patient %+v", outcome, c.Status, c.PayerControl, c.Patient)
		}
		if outcome == adjudicator.Deny && (c.PaidCents != 0 || r.Payment.Cents != 0 || r.Payment.Method != remit835.MethodNone || len(c.Lines[0].Adjustments) == 0) {
			t.Errorf("denied: CLP04 %d, BPR02 %d by %s, line CAS %v", c.PaidCents, r.Payment.Cents, r.Payment.Method, c.Lines[0].Adjustments)
		}
	}

	pend := first[adjudicator.Pend]
	if _, err := remit835.FromDecisions(testPayer, settlement, []remit835.Decided{one(pend)}); !errors.Is(err, remit835.ErrNothingToRemit) {
		t.Errorf("only a pended claim: %v, want ErrNothingToRemit", err)
	}

	// A provider with a pended claim among others: only the others are reported.
	reported := false
	for p := range s.decisions {
		if s.decisions[p].Outcome != adjudicator.Pend {
			continue
		}
		var mates []remit835.Decided
		for i := range s.claims {
			if s.claims[i].BillingNPI == s.claims[p].BillingNPI {
				mates = append(mates, one(i))
			}
		}
		if len(mates) < 2 {
			continue
		}
		r, err := remit835.FromDecisions(testPayer, settlement, mates)
		if err != nil || len(r.Claims) != len(mates)-1 || slices.ContainsFunc(r.Claims, func(c remit835.Claim) bool { return c.ID == s.claims[p].ClaimID }) {
			t.Errorf("a pended claim among %d: %d on the 835, %v", len(mates), len(r.Claims), err)
		}
		reported = true
		break
	}
	if !reported {
		t.Error("no provider with a pended claim among others")
	}

	a, b := first[adjudicator.Approve], first[adjudicator.Deny]
	if s.claims[a].BillingNPI == s.claims[b].BillingNPI {
		t.Fatal("pick claims of two providers")
	}
	if _, err := remit835.FromDecisions(testPayer, settlement, []remit835.Decided{one(a), one(b)}); err == nil {
		t.Error("two providers on one 835")
	}
	bad := s.decisions[a]
	bad.PaidCents++
	if _, err := remit835.FromDecisions(testPayer, settlement, []remit835.Decided{{Claim: &s.claims[a], Decision: &bad, FilingIndicator: "MB"}}); err == nil {
		t.Error("a decision that fails its own check")
	}
	if _, err := remit835.FromDecisions(testPayer, remit835.Settlement{TxHash: "0x12"}, []remit835.Decided{one(a)}); err == nil {
		t.Error("a transaction hash that is not one")
	}
}

// reversalCase is a sample claim paid something, its void and the rest of its provider's
// claims, for the reversal tests.
type reversalCase struct {
	orig, void remit835.Decided
	mates      []remit835.Decided // the provider's other claims that are not pended
	paid       remit835.Claim     // the original as FromDecisions reports it paid
}

func newReversalCase(t *testing.T) reversalCase {
	t.Helper()
	s := decideSample(t)
	one := func(i int) remit835.Decided {
		return remit835.Decided{Claim: &s.claims[i], Decision: &s.decisions[i], Position: adjudicator.Position{Partition: 3, Offset: int64(1000 + i)}, FilingIndicator: "MB"}
	}
	// An approved claim with line-level CO and PR, of a provider with other paid claims.
	for i := range s.decisions {
		d := &s.decisions[i]
		if d.Outcome != adjudicator.Approve || d.PaidCents == 0 || s.claims[i].PlaceOfService == "" {
			continue
		}
		var hasPR bool
		for _, l := range d.Lines {
			hasPR = hasPR || l.PatientCents > 0
		}
		var mates []remit835.Decided
		for j := range s.claims {
			if j != i && s.claims[j].BillingNPI == d.BillingNPI && s.decisions[j].Outcome != adjudicator.Pend {
				mates = append(mates, one(j))
			}
		}
		if !hasPR || len(mates) < 2 {
			continue
		}
		c := reversalCase{orig: one(i), mates: mates}
		r, err := remit835.FromDecisions(testPayer, settlement, []remit835.Decided{c.orig})
		if err != nil {
			t.Fatal(err)
		}
		c.paid = r.Claims[0]
		void := s.claims[i]
		void.Frequency = adjudicator.FrequencyVoid
		vd := adjudicator.Decision{ClaimID: void.ClaimID, Outcome: adjudicator.Void, BillingNPI: void.BillingNPI, Lines: []adjudicator.LineDecision{},
			Corrects: &adjudicator.Correction{Original: c.orig.Position, Cents: d.PaidCents}}
		c.void = remit835.Decided{Claim: &void, Decision: &vd, Position: adjudicator.Position{Partition: 3, Offset: 5000}, FilingIndicator: "MB"}
		c.orig.Reversal = true
		return c
	}
	t.Fatal("no approved sample claim with patient responsibility among a provider's paid claims")
	return reversalCase{}
}

// A void's settlement reports its original's reversal and nothing else: CLP02 22 under the
// original's claim id and CLP07, every amount of the original negated (claim, lines, CAS,
// allowed), the units as they were. The reversals exceed the (absent) payments, so BPR02 is 0,
// NON, and one PLB FB carries the negative balance forward, referenced by the TRN02; it
// writes, reads back equal and balances.
func TestFromDecisionsVoidReversal(t *testing.T) {
	c := newReversalCase(t)
	r, err := remit835.FromDecisions(testPayer, settlement, []remit835.Decided{c.orig, c.void})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Claims) != 1 {
		t.Fatalf("%d claims, want the reversal alone (the void itself stays off)", len(r.Claims))
	}
	got, paid := r.Claims[0], c.paid
	if got.Status != remit835.StatusReversal || got.ID != paid.ID || got.PayerControl != paid.PayerControl || got.PayerControl != "3/"+fmt.Sprint(c.orig.Position.Offset) {
		t.Errorf("CLP01 %s CLP02 %s CLP07 %s; want the original's id and control number %s, status 22", got.ID, got.Status, got.PayerControl, paid.PayerControl)
	}
	if got.ChargeCents != -paid.ChargeCents || got.PaidCents != -paid.PaidCents || got.PatientCents != -paid.PatientCents ||
		got.PaidCents >= 0 || got.PatientCents >= 0 {
		t.Errorf("CLP03-05 %d %d %d, want the original's %d %d %d negated", got.ChargeCents, got.PaidCents, got.PatientCents,
			paid.ChargeCents, paid.PaidCents, paid.PatientCents)
	}
	if len(got.Lines) != len(paid.Lines) || len(got.Lines) == 0 {
		t.Fatalf("%d lines, want the original's %d", len(got.Lines), len(paid.Lines))
	}
	for i, l := range got.Lines {
		p := paid.Lines[i]
		if l.ChargeCents != -p.ChargeCents || l.PaidCents != -p.PaidCents || l.AllowedCents != -p.AllowedCents || l.Units != p.Units || l.Code != p.Code {
			t.Errorf("line %d: SVC %d %d units %s allowed %d; want %d %d units %s allowed %d", i, l.ChargeCents, l.PaidCents, l.Units, l.AllowedCents,
				-p.ChargeCents, -p.PaidCents, p.Units, -p.AllowedCents)
		}
		if len(l.Adjustments) != len(p.Adjustments) || len(l.Adjustments) == 0 {
			t.Fatalf("line %d: %d CAS, want %d", i, len(l.Adjustments), len(p.Adjustments))
		}
		for k, a := range l.Adjustments {
			if want := p.Adjustments[k]; a.Group != want.Group || a.CARC != want.CARC || a.Cents != -want.Cents {
				t.Errorf("line %d CAS %d: %+v, want %+v negated", i, k, a, want)
			}
		}
	}
	if r.Payment.Cents != 0 || r.Payment.Method != remit835.MethodNone {
		t.Errorf("BPR02 %d by %s, want 0 by NON", r.Payment.Cents, r.Payment.Method)
	}
	want := []remit835.ProviderAdjustment{{ProviderID: c.orig.Claim.BillingNPI, FiscalPeriod: "2017-12-31", Reason: "FB",
		Reference: r.Payment.Trace, Cents: -paid.PaidCents}}
	if !reflect.DeepEqual(r.ProviderAdjustments, want) {
		t.Errorf("PLB %+v, want %+v", r.ProviderAdjustments, want)
	}
	out, err := remit835.Write(testEnv(9, c.orig.Claim.BillingNPI), r)
	if err != nil {
		t.Fatal(err)
	}
	assertEnvelope(t, out, 1)
	if !strings.Contains(string(out), "\nBPR*H*0*C*NON************20171231~\n") ||
		!strings.Contains(string(out), fmt.Sprintf("\nPLB*%s*20171231*FB:%s*-", c.orig.Claim.BillingNPI, r.Payment.Trace)) ||
		!strings.Contains(string(out), fmt.Sprintf("\nCLP*%s*22*-", paid.ID)) {
		t.Errorf("BPR, CLP or PLB not as the guide writes a void's reversal:\n%s", out)
	}
	back, err := remit835.Read(out)
	if err != nil || len(back) != 1 {
		t.Fatalf("read back %d, %v", len(back), err)
	}
	if !reflect.DeepEqual(back[0], r) {
		t.Errorf("read back\n%+v\nwant\n%+v", back[0], r)
	}
	if err := back[0].Balance(); err != nil {
		t.Error(err)
	}
}

// Reversals net against the payments of their settlement, and BPR02 never goes negative: for
// each way of splitting a provider's claims into paid ones and reversed ones (all paid, all
// reversed, and in between), BPR02 is max(0, paid − reversed), the rest an FB PLB exactly
// when the net is negative, and the remittance balances and writes.
func TestFromDecisionsReversalNetting(t *testing.T) {
	c := newReversalCase(t)
	all := append([]remit835.Decided{c.orig}, c.mates...)
	var sawNegative, sawPositive bool
	for k := 0; k <= len(all); k++ {
		var in []remit835.Decided
		var net int64
		for i, d := range all {
			d.Reversal = i >= len(all)-k // from the end: the first splits reverse other claims than the original
			if d.Reversal {
				net -= d.Decision.PaidCents
			} else {
				net += d.Decision.PaidCents
			}
			in = append(in, d)
		}
		r, err := remit835.FromDecisions(testPayer, settlement, in)
		if err != nil {
			t.Fatalf("%d reversed: %v", k, err)
		}
		if r.Payment.Cents < 0 || r.Payment.Cents != max(0, net) {
			t.Errorf("%d reversed: BPR02 %d, want max(0, %d)", k, r.Payment.Cents, net)
		}
		var plb int64
		for _, a := range r.ProviderAdjustments {
			if a.Reason != "FB" {
				t.Errorf("%d reversed: PLB %s", k, a.Reason)
			}
			plb += a.Cents
		}
		if plb != min(0, net) || (net < 0) != (len(r.ProviderAdjustments) == 1) {
			t.Errorf("%d reversed: PLB %v, want one FB of %d exactly when the net is negative", k, r.ProviderAdjustments, min(0, net))
		}
		if _, err := remit835.Write(testEnv(uint32(k+1), "X"), r); err != nil {
			t.Errorf("%d reversed: %v", k, err)
		}
		sawNegative = sawNegative || net < 0
		sawPositive = sawPositive || net > 0 && k > 0
	}
	if !sawNegative || !sawPositive {
		t.Errorf("the splits never netted negative (%v) or positive with a reversal (%v)", sawNegative, sawPositive)
	}
}

// Only what was reported paid can be reversed: a reversal of a pended claim or of a void is
// refused.
func TestFromDecisionsRefusesReversalOfUnpaid(t *testing.T) {
	s := decideSample(t)
	c := newReversalCase(t)
	v := c.void
	v.Reversal = true
	if _, err := remit835.FromDecisions(testPayer, settlement, []remit835.Decided{v}); err == nil {
		t.Error("a reversal of a void")
	}
	for i := range s.decisions {
		if s.decisions[i].Outcome == adjudicator.Pend {
			p := remit835.Decided{Claim: &s.claims[i], Decision: &s.decisions[i], FilingIndicator: "MB", Reversal: true}
			if _, err := remit835.FromDecisions(testPayer, settlement, []remit835.Decided{p}); err == nil {
				t.Error("a reversal of a pended claim")
			}
			return
		}
	}
	t.Fatal("no pended sample claim")
}
