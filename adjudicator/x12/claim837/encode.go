package claim837

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/x12"
)

// Encode writes professional claims as one 837P (005010X222A1) transaction set, each claim
// under its own billing provider (HL 20) and subscriber (HL 22) levels: for tests and tools
// that submit claims.v1 claims as a billing system would. It writes what claims.v1 says and an
// 837P can carry: a claim's service dates are those of its lines, its lines are numbered 1,
// 2, 3... Names and addresses, which claims.v1 does not hold, are placeholders.
func Encode(env x12.Envelope, claims []adjudicator.Claim) ([]byte, error) {
	segs := header837()
	hl := 0
	for i, c := range claims {
		if c.ClaimType != "professional" {
			return nil, fmt.Errorf("claim %d: Encode writes professional claims (837P) only", i)
		}
		if len(c.Diagnoses) == 0 {
			return nil, fmt.Errorf("claim %d: an 837P claim needs a diagnosis (HI is required in loop 2300)", i)
		}
		hl += 2
		segs = append(segs,
			[]string{"HL", strconv.Itoa(hl - 1), "", "20", "1"},
			[]string{"NM1", "85", "2", "BILLING PROVIDER", "", "", "", "", "XX", c.BillingNPI},
			[]string{"N3", "1 MAIN ST"},
			[]string{"N4", "TOWN", "PA", "17111"},
			[]string{"REF", "EI", "123456789"},
			[]string{"HL", strconv.Itoa(hl), strconv.Itoa(hl - 1), "22", "0"},
			[]string{"SBR", "P", "18", "", "", "", "", "", "", "CI"},
			[]string{"NM1", "IL", "1", "MEMBER", "TEST", "", "", "", "MI", c.MemberID},
			[]string{"NM1", "PR", "2", "CLAIMS LEDGER PLAN", "", "", "", "", "PI", "PLAN1"},
			[]string{"CLM", c.ClaimID, dollars(c.TotalChargeCents()), "", "", c.PlaceOfService + ":B:" + frequency(&c), "Y", "A", "Y", "Y"},
		)
		if c.Corrective() {
			segs = append(segs, []string{"REF", "F8", c.OriginalID()})
		}
		hi := []string{"HI"}
		for i, d := range c.Diagnoses {
			q := "ABF"
			if i == 0 {
				q = "ABK"
			}
			hi = append(hi, q+":"+d)
		}
		segs = append(segs, hi)
		if c.RenderingNPI != "" {
			segs = append(segs, []string{"NM1", "82", "1", "RENDERING", "DOC", "", "", "", "XX", c.RenderingNPI})
		}
		for j, l := range c.Lines {
			// Named by position: a claim id is health data, and errors get logged.
			if l.Number != j+1 {
				return nil, fmt.Errorf("claim %d: line %d is numbered %d", i, j+1, l.Number)
			}
			proc := strings.Join(append([]string{"HC", l.Code}, l.Modifiers...), ":")
			segs = append(segs,
				[]string{"LX", strconv.Itoa(j + 1)},
				[]string{"SV1", proc, dollars(l.ChargeCents), "UN", strconv.Itoa(l.Units), l.PlaceOfService, "", "1"},
				[]string{"DTP", "472", "D8", strings.ReplaceAll(l.ServiceDate, "-", "")},
			)
			if l.PriorAuth != "" {
				segs = append(segs, []string{"REF", "G1", l.PriorAuth})
			}
		}
	}
	if env.Version == "" {
		env.Version = "005010X222A1"
	}
	if env.FunctionalID == "" {
		env.FunctionalID = "HC"
	}
	return x12.Build(x12.DefaultDelimiters, env, []x12.Set{{Code: "837", Segments: segs}})
}

func dollars(cents int64) string { return fmt.Sprintf("%d.%02d", cents/100, cents%100) }

// header837 is a transaction set's BHT and submitter/receiver loops (1000A/B): 4 segments, so
// that the first HL is at position 8 (ISA 1, GS 2, ST 3).
func header837() [][]string {
	return [][]string{
		{"BHT", "0019", "00", "BATCH1", "20260108", "1200", "CH"},
		{"NM1", "41", "2", "SUBMITTER", "", "", "", "", "46", "SUB1"},
		{"PER", "IC", "EDI DESK", "TE", "5555550100"},
		{"NM1", "40", "2", "CLAIMS LEDGER PLAN", "", "", "", "", "46", "PLAN1"},
	}
}

// frequency is CLM05-3: 1 for an original claim.
func frequency(c *adjudicator.Claim) string {
	if c.Frequency == "" {
		return adjudicator.FrequencyOriginal
	}
	return c.Frequency
}
