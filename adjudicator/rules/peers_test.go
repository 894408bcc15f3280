package rules

import (
	"bytes"
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/fraudbase"
)

// npiN is a valid NPI (Luhn check digit) numbered n.
func npiN(n int) string {
	first9 := fmt.Sprintf("1%08d", n)
	return first9 + string('0'+rune(adjudicator.NPICheckDigit(first9)))
}

// peerBaseline builds, through fraudbase, the baseline of 12 providers of
// 60 lines each (an office visit and a venipuncture per claim): the
// typical ones put 59 on 2 of their lines and bill 99215 on 3 of their 30
// visits (10%); provider 0 puts 59 on 24 lines and bills 99215 on 18
// visits (60%).
func peerBaseline(t testing.TB) *fraudbase.Baseline {
	t.Helper()
	b, err := fraudbase.NewBuilder(20)
	if err != nil {
		t.Fatal(err)
	}
	var src int64
	for p := range 12 {
		npi := npiN(p)
		bypass, top := 2, 3
		if p == 0 {
			bypass, top = 24, 18
		}
		for v := range 30 {
			code := "99213"
			if v < top {
				code = "99215"
			}
			var mods []string
			if v < bypass {
				mods = []string{"59"}
			}
			d := adjudicator.Decision{ClaimID: "C", Outcome: adjudicator.Approve, BillingNPI: npi, Lines: []adjudicator.LineDecision{
				{Line: 1, Code: code, Units: 1, ChargeCents: 15000, AllowedCents: 9000},
				{Line: 2, Code: "36415", Units: 1, ChargeCents: 1000, AllowedCents: 300},
			}}
			h := adjudicator.HistoryEntry{Source: adjudicator.Position{Offset: src}, ClaimType: adjudicator.Professional, Services: []adjudicator.PriorService{
				{BillingNPI: npi, Code: code, Units: 1, ChargeCents: 15000, Allowed: true},
				{BillingNPI: npi, Code: "36415", Units: 1, ChargeCents: 1000, Modifiers: mods, Allowed: true},
			}}
			if v >= 15 { // the 59s on both kinds of line
				h.Services[0].Modifiers, h.Services[1].Modifiers = mods, nil
			}
			if err := b.Add(adjudicator.Position{Offset: src}, &d, &h); err != nil {
				t.Fatal(err)
			}
			src++
		}
	}
	b.Read(0, src)
	return b.Build()
}

// Provider 0's habits show on its claims that carry them: 59 on a line
// (BYPASS_RATE) and 99215 (EM_UPCODING), which together reach the
// threshold and hold the claim. The same claim from a typical provider,
// and provider 0's claim without either pattern, raise no peer flag.
func TestPeerSignalsFire(t *testing.T) {
	base := peerBaseline(t)
	if base.Peers.BypassBP.N != 12 || base.Peers.EMEstablishedTopBP != (fraudbase.Dist{Median: 1000, MAD: 0, N: 12}) {
		t.Fatalf("peers %+v", base.Peers)
	}
	e := newEvaluator(t, WithFraudBaseline(base))
	ctx := context.Background()
	upcoded := func(npi string) *adjudicator.Claim {
		c := prof("2017-02-01", line(1, "99215", 1, 25000), line(2, "36415", 1, 1000, "59"))
		c.BillingNPI = npi
		return c
	}
	d, err := e.Decide(ctx, upcoded(npiN(0)), met(medicare))
	if err != nil {
		t.Fatal(err)
	}
	want := []adjudicator.Flag{
		{Code: "BYPASS_RATE", Score: 50, Why: "provider " + npiN(0) + " billed a PTP-bypass modifier (59, XE, XS, XP, XU) on 40.0% of its 60 lines; " +
			"the median of 12 providers is 3.3% (MAD 0.0%), robust z 12.3; line 2 carries 59"},
		{Code: "EM_UPCODING", Score: 50, Why: "provider " + npiN(0) + " billed 99215 on 60.0% of its 30 established-patient visits (99212-99215); " +
			"the median of 12 providers is 10.0% (MAD 0.0%), robust z 6.7; line 1 bills 99215"},
	}
	if d.Outcome != adjudicator.Pend || d.FraudScore != 100 || !slices.Equal(d.Flags, want) {
		t.Fatalf("outcome %s, score %d, flags %+v; want pend, 100, %+v", d.Outcome, d.FraudScore, d.Flags, want)
	}
	plain := prof("2017-02-01", line(1, "99213", 1, 15000), line(2, "36415", 1, 1000))
	plain.BillingNPI = npiN(0)
	for name, c := range map[string]*adjudicator.Claim{"typical provider": upcoded(npiN(5)), "no pattern": plain} {
		d, err := e.Decide(ctx, c, met(medicare))
		if err != nil {
			t.Fatal(err)
		}
		if d.Flags != nil {
			t.Errorf("%s: flags %+v", name, d.Flags)
		}
	}
	// Without the baseline the same claim is decided as on main.
	d, err = newEvaluator(t).Decide(ctx, upcoded(npiN(0)), met(medicare))
	if err != nil {
		t.Fatal(err)
	}
	if d.Flags != nil || d.Outcome == adjudicator.Pend {
		t.Errorf("without a baseline: outcome %s, flags %+v", d.Outcome, d.Flags)
	}
}

// The Tuva sample decided under a baseline built from its own decisions:
// how many claims each peer signal flags and how many it holds (the
// README reports these numbers). Tuva has one provider with enough lines
// to be a peer, so the provider-rate signals cannot fire; the per-code
// ones flag a few claims. Decisions the peer signals leave alone are
// byte-identical to those without a baseline but for the policy hash.
func TestPeerSignalsTuva(t *testing.T) {
	plain := newEvaluator(t)
	claims, decisions := decideTuva(t, plain)
	base := tuvaBaseline(t, claims, decisions)
	e := newEvaluator(t, WithFraudBaseline(base))
	ctx := context.Background()
	peer := map[string]bool{"BYPASS_RATE": true, "MUE_RATE": true, "UNITS_OUTLIER": true, "CHARGE_OUTLIER": true, "EM_UPCODING": true}
	flagged := map[string]int{}
	var anyPeer, newlyHeld, heldBefore, heldAfter int
	for i := range claims {
		d, err := e.Decide(ctx, &claims[i].claim, claims[i].facts)
		if err != nil {
			t.Fatal(err)
		}
		hit := false
		for _, f := range d.Flags {
			if peer[f.Code] {
				if flagged[f.Code] < 3 {
					t.Log(f.Why)
				}
				flagged[f.Code]++
				hit = true
			}
		}
		if decisions[i].Outcome == adjudicator.Pend {
			heldBefore++
		}
		if d.Outcome == adjudicator.Pend {
			heldAfter++
			if decisions[i].Outcome != adjudicator.Pend {
				newlyHeld++
			}
		}
		if hit {
			anyPeer++
			continue
		}
		d.PolicyHash = decisions[i].PolicyHash
		got, _ := d.Encode()
		want, _ := decisions[i].Encode()
		if !bytes.Equal(got, want) {
			t.Errorf("claim %d: no peer flag, yet its decision changed:\n%s\n%s", i, got, want)
		}
	}
	var report []string
	for _, code := range []string{"BYPASS_RATE", "MUE_RATE", "UNITS_OUTLIER", "CHARGE_OUTLIER", "EM_UPCODING"} {
		report = append(report, fmt.Sprintf("%s %d", code, flagged[code]))
	}
	t.Logf("Tuva: %d claims, baseline of %d decisions, %d codes, %d providers (%d peers); peer flags: %s; %d claims (%.1f%%) with a peer flag; held at threshold 100: %d before, %d after (%d newly)",
		len(claims), base.Decisions, len(base.Codes), len(base.Providers), base.Peers.BypassBP.N,
		strings.Join(report, ", "), anyPeer, 100*float64(anyPeer)/float64(len(claims)), heldBefore, heldAfter, newlyHeld)
	if anyPeer*100 > 3*len(claims) {
		t.Errorf("%d of %d Tuva claims carry a peer flag: more than 3%%", anyPeer, len(claims))
	}
}

// tuvaBaseline builds the baseline of the Tuva decisions, as
// `claims fraud baseline` would from their decisions topic.
func tuvaBaseline(tb testing.TB, claims []tuvaClaim, decisions []adjudicator.Decision) *fraudbase.Baseline {
	tb.Helper()
	b, err := fraudbase.NewBuilder(0)
	if err != nil {
		tb.Fatal(err)
	}
	for i := range claims {
		pos := adjudicator.Position{Offset: int64(i)}
		h := adjudicator.NewHistoryEntry(pos, &claims[i].claim, &decisions[i], claims[i].facts.Eligibility)
		d := decisions[i]
		d.Flags, d.FraudScore = nil, 0 // as published: the flags travel sealed beside the record
		if err := b.Add(pos, &d, &h); err != nil {
			tb.Fatal(err)
		}
	}
	b.Read(0, int64(len(claims)))
	return b.Build()
}

// BenchmarkDecideTuvaPeers is BenchmarkDecideTuva with a fraud baseline
// (of the Tuva decisions themselves) loaded: the cost of the peer signals
// on claims, nearly all of which they do not flag.
func BenchmarkDecideTuvaPeers(b *testing.B) {
	claims, decisions := decideTuva(b, newEvaluator(b))
	e := newEvaluator(b, WithFraudBaseline(tuvaBaseline(b, claims, decisions)))
	claims, _ = decideTuva(b, e)
	timeDecide(b, e, claims)
}
