package demo

import (
	"fmt"

	"github.com/claimsledger/claims/adjudicator"
)

// PlantedDay is an "impossible day" planted for `claims demo --fraud`: one billing provider's
// claims for one member on one date of service, to be submitted in order, Setup first. Setup
// brings the provider's day to ImpossibleDaySetupMinutes typical minutes, within 24 hours, and
// fires nothing; each Planted claim takes the day over 24 hours and must be flagged
// IMPOSSIBLE_DAY.
//
// Why it is flagged whatever the partitioning: the provider's counters are per input partition
// (a lower bound), and the claims share one member, which is the message key, so they share a
// partition and reach it in submission order. Each claim bills other codes than the rest (the
// ABA codes 97152-97157, 15 minutes a unit, units within their 2024Q2 MUEs), so none is an exact or
// near duplicate of another (DUP_NEAR); six claims of the member on the date stay below
// VELOCITY_MEMBER's six earlier claims. The codes have no fee in the bundled CMS slice, so
// the lines are denied (CARC 96 or the plan's): the signal reads what was billed, not what
// was paid.
type PlantedDay struct {
	Setup   []adjudicator.Claim
	Planted []adjudicator.Claim
}

// ImpossibleDaySetupMinutes is what the Setup claims of ImpossibleDay add up to.
const ImpossibleDaySetupMinutes = 1230

// abaDay is the day's claims: one code each, with its units (15 minutes a unit).
var abaDay = []struct {
	code  string
	units int
}{
	// Setup: 360 + 360 + 270 + 240 = 1,230 minutes.
	{"97153", 24}, {"97155", 24}, {"97154", 18}, {"97152", 16},
	// Planted: 1,470, then 1,710 minutes.
	{"97156", 16}, {"97157", 16},
}

// ImpossibleDay builds a PlantedDay for member (covered on date) and billing provider npi; the
// claim ids are idPrefix-1 to idPrefix-6. A member and provider used nowhere else in the
// batch keep the day's figures exact: other claims of the provider on that date, in the same
// partition, only add to them.
func ImpossibleDay(member, npi, date, idPrefix string) PlantedDay {
	var d PlantedDay
	for i, s := range abaDay {
		c := adjudicator.Claim{
			Schema: adjudicator.ClaimSchemaV1, ClaimID: fmt.Sprintf("%s-%d", idPrefix, i+1),
			ClaimType: adjudicator.Professional, MemberID: member, BillingNPI: npi, PlaceOfService: "12",
			ServiceFrom: date, ServiceTo: date, Diagnoses: []string{"F840"},
			Lines: []adjudicator.Line{{Number: 1, Code: s.code, Units: s.units, ChargeCents: int64(s.units) * 3500}},
		}
		if i < 4 {
			d.Setup = append(d.Setup, c)
		} else {
			d.Planted = append(d.Planted, c)
		}
	}
	return d
}
