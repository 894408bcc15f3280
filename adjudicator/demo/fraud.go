package demo

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/exclusion"
)

// The fraud batch (`claims demo --fraud`): generated professional claims
// that plant known patterns, each expected to be flagged with its own
// signal's code. Providers are fictitious NPIs (valid check digits) of
// the form 19900000xx.
//
// It runs in two steps. The history step bills 12 peer providers' usual
// claims (30 office visits each, with a venipuncture) under the bundle
// without a baseline; two of them have habits: the upcoder bills 99215 on
// 60% of its visits (peers 10%), the unbundler puts 59 on 40% of its lines
// (peers about 3%). The fraud baseline is then built from the decisions
// topic, and the planted step runs with it (and an exclusion list naming
// one more NPI) loaded: claims that carry the habits, near duplicates, an
// excluded provider's claims, and ordinary claims from the typical peers,
// which should raise nothing.

// Planted patterns, by the signal expected to flag them.
const (
	plantEM            = "EM_UPCODING"
	plantBypass        = "BYPASS_RATE"
	plantDupNear       = "DUP_NEAR"
	plantExcluded      = "EXCLUDED"
	plantImpossibleDay = "IMPOSSIBLE_DAY"
)

// fraudNPI is the fictitious NPI numbered n.
func fraudNPI(n int) string {
	first9 := fmt.Sprintf("19900000%d", n%10)
	if n >= 10 {
		first9 = fmt.Sprintf("1990000%02d", n)
	}
	return first9 + string('0'+rune(adjudicator.NPICheckDigit(first9)))
}

const (
	peers        = 12
	upcoderPeer  = 0
	bundlerPeer  = 1
	visitsPer    = 30
	excludedPeer = 20 // the NPI the demo's exclusion list names (no history)
)

// generator hands out member dates inside coverage, each (member, date)
// once, so generated claims do not pile up on one member's day (which
// VELOCITY_MEMBER would flag) or repeat each other (DUP_NEAR) unless
// planted to.
type generator struct {
	slots []slot
	next  int
	n     int
}

type slot struct {
	member string
	date   string
}

// newGenerator lists, for every member with coverage, the dates of its
// spans from the latest back, interleaving members.
func newGenerator(cov map[string][]adjudicator.Span) *generator {
	members := make([]string, 0, len(cov))
	for m := range cov {
		members = append(members, m)
	}
	slices.Sort(members)
	perMember := map[string][]string{}
	for _, m := range members {
		for _, s := range cov[m] {
			from, err1 := time.Parse(time.DateOnly, s.Start)
			to, err2 := time.Parse(time.DateOnly, s.End)
			if err1 != nil || err2 != nil {
				continue
			}
			for d := to; !d.Before(from); d = d.AddDate(0, 0, -1) {
				perMember[m] = append(perMember[m], d.Format(time.DateOnly))
			}
		}
		slices.Sort(perMember[m])
		slices.Reverse(perMember[m])
	}
	g := &generator{}
	for i := 0; ; i++ {
		added := false
		for _, m := range members {
			if i < len(perMember[m]) {
				g.slots = append(g.slots, slot{m, perMember[m][i]})
				added = true
			}
		}
		if !added {
			break
		}
	}
	return g
}

// take hands out the next member date.
func (g *generator) take() slot {
	s := g.slots[g.next%len(g.slots)]
	g.next++
	return s
}

// claim is a professional office claim of npi at the next member date.
func (g *generator) claim(npi string, lines ...adjudicator.Line) adjudicator.Claim {
	s := g.take()
	g.n++
	for i := range lines {
		lines[i].Number = i + 1
		lines[i].ServiceDate = s.date
	}
	return adjudicator.Claim{
		Schema: adjudicator.ClaimSchemaV1, ClaimID: fmt.Sprintf("FRAUD-%04d", g.n), ClaimType: adjudicator.Professional,
		MemberID: s.member, BillingNPI: npi, RenderingNPI: npi, PlaceOfService: "11",
		ServiceFrom: s.date, ServiceTo: s.date, Diagnoses: []string{"I10"}, Lines: lines,
	}
}

func visit(code string, mods ...string) adjudicator.Line {
	charge := map[string]int64{"99213": 15000, "99214": 20000, "99215": 25000}[code]
	return adjudicator.Line{Code: code, Units: 1, ChargeCents: charge, Modifiers: mods}
}

func venipuncture(mods ...string) adjudicator.Line {
	return adjudicator.Line{Code: "36415", Units: 1, ChargeCents: 1000, Modifiers: mods}
}

// historyClaims are the peers' usual claims, billed before the baseline.
func historyClaims(g *generator) []adjudicator.Claim {
	var out []adjudicator.Claim
	for p := range peers {
		npi := fraudNPI(p)
		for v := range visitsPer {
			code := "99213"
			switch {
			case p == upcoderPeer && v%10 < 6, p != upcoderPeer && v%10 == 0:
				code = "99215"
			case v%3 == 1:
				code = "99214"
			}
			var mods []string
			if (p == bundlerPeer && v%5 < 4) || (p != bundlerPeer && v == 7) {
				mods = []string{"59"}
			}
			out = append(out, g.claim(npi, visit(code), venipuncture(mods...)))
		}
	}
	return out
}

// plantedClaims are the batch decided with the baseline: planted claims
// (their ids mapped to the expected code in plants) among ordinary ones.
func plantedClaims(g *generator) (claims []adjudicator.Claim, plants map[string]string) {
	plants = map[string]string{}
	plant := func(code string, c adjudicator.Claim) {
		plants[c.ClaimID] = code
		claims = append(claims, c)
	}
	for range 3 {
		plant(plantEM, g.claim(fraudNPI(upcoderPeer), visit("99215"), venipuncture()))
		plant(plantBypass, g.claim(fraudNPI(bundlerPeer), visit("99213"), venipuncture("59")))
	}
	// A near duplicate: the same provider, member, code and date as an
	// earlier claim, at another charge.
	for p := 2; p < 5; p++ {
		first := g.claim(fraudNPI(p), visit("99214"))
		claims = append(claims, first)
		again := first
		again.ClaimID = first.ClaimID + "-B"
		again.Lines = []adjudicator.Line{first.Lines[0]}
		again.Lines[0].ChargeCents += 2500
		plant(plantDupNear, again)
	}
	for range 2 {
		plant(plantExcluded, g.claim(fraudNPI(excludedPeer), visit("99213"), venipuncture()))
	}
	// An impossible day: one provider's ABA sessions for one member on one date (a slot no
	// other claim takes, so one partition in order): the setup claims add 1,230 typical
	// minutes and fire nothing, the last two cross 24 hours.
	s := g.take()
	day := ImpossibleDay(s.member, fraudNPI(peers), s.date, "FRAUD-DAY")
	claims = append(claims, day.Setup...)
	for _, c := range day.Planted {
		plant(plantImpossibleDay, c)
	}
	// Ordinary claims of the typical peers: nothing to flag.
	for i := range 2 * peers {
		p := 2 + i%(peers-2)
		claims = append(claims, g.claim(fraudNPI(p), visit([]string{"99213", "99214"}[i%2]), venipuncture()))
	}
	return claims, plants
}

// exclusionCSV is an exclusion list (OIG LEIE layout) naming the excluded
// peer from 2010 on, not reinstated.
func exclusionCSV() []byte {
	row := make([]string, len(exclusion.Header))
	row[0], row[1], row[7], row[14], row[15] = "DEMO", "EXCLUDED", fraudNPI(excludedPeer), "20100101", "00000000"
	return []byte(strings.Join(exclusion.Header, ",") + "\n" + strings.Join(row, ",") + "\n")
}
