package rules

import (
	"github.com/claimsledger/claims/adjudicator/shareddata"

	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"regexp"
	"sort"
	"strconv"
	"testing"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/rules/mpfs"
)

var lineIndex = regexp.MustCompile(`\[[0-9]+\]`)

// The Tuva seed lives beside the repository (see ../shared/data/README.md).

// tuvaClaim is a claim with its member's eligibility.
type tuvaClaim struct {
	claim adjudicator.Claim
	elig  adjudicator.Eligibility
}

// tuvaStats counts the liberties the mapping takes with the seed, so they
// are reported rather than hidden.
type tuvaStats struct {
	unitsDefaulted, noBillingNPI, invalid int
	// invalidFields counts Claim.Validate failures by field, line
	// indexes folded ($.lines[3].code counts as $.lines[].code).
	invalidFields map[string]int
}

// loadTuva maps the Tuva medical claim seed to native claims, independently
// of adjudicator/tuva so the two readings can be compared: blank or zero
// units become 1 (the seed leaves 214 lines without a unit count),
// institutional claims take the facility NPI as billing NPI, money is
// parsed as exact decimals, and everything else is taken as it stands,
// including institutional lines that repeat the claim's header charge.
func loadTuva(tb testing.TB) ([]tuvaClaim, tuvaStats) {
	tb.Helper()
	st := tuvaStats{invalidFields: map[string]int{}}
	rows := readCSV(tb, shareddata.Path(tb, "claims/tuva_medical_claim_seed.csv"))
	spans := map[string][]adjudicator.Span{}
	for _, r := range readCSV(tb, shareddata.Path(tb, "claims/tuva_eligibility_seed.csv")) {
		spans[r["member_id"]] = append(spans[r["member_id"]], adjudicator.Span{
			PlanID: r["plan"], Start: r["enrollment_start_date"], End: r["enrollment_end_date"],
		})
	}
	byID := map[string]*adjudicator.Claim{}
	var order []string
	for i, r := range rows {
		id := r["claim_id"]
		c, ok := byID[id]
		if !ok {
			c = &adjudicator.Claim{
				Schema: adjudicator.ClaimSchemaV1, ClaimID: id, ClaimType: r["claim_type"], MemberID: r["member_id"],
				BillingNPI: r["billing_npi"], RenderingNPI: r["rendering_npi"], BillType: r["bill_type_code"],
				ServiceFrom: r["claim_start_date"], ServiceTo: r["claim_end_date"],
			}
			if c.BillingNPI == "" {
				c.BillingNPI = r["facility_npi"]
			}
			if c.BillingNPI == "" {
				st.noBillingNPI++
			}
			for d := 1; d <= 25; d++ {
				if dx := r[fmt.Sprintf("diagnosis_code_%d", d)]; dx != "" {
					c.Diagnoses = append(c.Diagnoses, dx)
				}
			}
			byID[id] = c
			order = append(order, id)
		}
		n, err := strconv.Atoi(r["claim_line_number"])
		if err != nil {
			tb.Fatalf("row %d: claim_line_number: %v", i+2, err)
		}
		units, err := strconv.Atoi(r["service_unit_quantity"])
		if err != nil || units < 1 {
			units = 1
			st.unitsDefaulted++
		}
		charge, err := mpfs.ParseFixed(r["charge_amount"], 2)
		if err != nil {
			tb.Fatalf("row %d: charge_amount: %v", i+2, err)
		}
		var mods []string
		for m := 1; m <= 5; m++ {
			if v := r[fmt.Sprintf("hcpcs_modifier_%d", m)]; v != "" {
				mods = append(mods, v)
			}
		}
		c.Lines = append(c.Lines, adjudicator.Line{
			Number: n, Code: r["hcpcs_code"], Modifiers: mods, Units: units, ChargeCents: charge,
			ServiceDate: r["claim_line_start_date"], PlaceOfService: r["place_of_service_code"],
			RevenueCode: r["revenue_center_code"],
		})
	}
	out := make([]tuvaClaim, 0, len(order))
	for _, id := range order {
		c := byID[id]
		sort.Slice(c.Lines, func(i, j int) bool { return c.Lines[i].Number < c.Lines[j].Number })
		var verr *adjudicator.ValidationError
		if errors.As(c.Validate(), &verr) {
			st.invalid++
			for _, f := range verr.Fields {
				st.invalidFields[lineIndex.ReplaceAllString(f.Path, "[]")]++
			}
		}
		out = append(out, tuvaClaim{claim: *c, elig: adjudicator.Eligibility{Spans: spans[c.MemberID]}})
	}
	return out, st
}

func readCSV(tb testing.TB, path string) []map[string]string {
	tb.Helper()
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		tb.Skipf("Tuva seed not present at %s", path)
	}
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	header, err := r.Read()
	if err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	var rows []map[string]string
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			return rows
		}
		if err != nil {
			tb.Fatalf("%s: %v", path, err)
		}
		row := make(map[string]string, len(header))
		for i, h := range header {
			row[h] = rec[i]
		}
		rows = append(rows, row)
	}
}

// nationalFees reads the full CMS RVU file, independently of the bundled
// slice and of Rego, for cross-checking allowed amounts.
func nationalFees(tb testing.TB) map[string]mpfs.Fee {
	tb.Helper()
	f, err := os.Open(shareddata.Path(tb, "mpfs/pprrvu25_jan.csv"))
	if errors.Is(err, fs.ErrNotExist) {
		tb.Skip("fee schedule not present")
	}
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	fees, err := mpfs.Read(f)
	if err != nil {
		tb.Fatal(err)
	}
	m := make(map[string]mpfs.Fee, len(fees))
	for _, fee := range fees {
		m[fee.Code+"|"+fee.Modifier] = fee
	}
	return m
}
