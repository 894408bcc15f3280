package sample

import (
	"bytes"
	"encoding/csv"
	"flag"
	"fmt"
	"os"
	"testing"

	"github.com/claimsledger/claims/adjudicator/shareddata"
)

var update = flag.Bool("update", false, "regenerate the bundled copies from ../shared/data")

var claimColumns = func() []string {
	cols := []string{"claim_id", "claim_line_number", "claim_type", "member_id", "claim_start_date", "claim_end_date",
		"claim_line_start_date", "place_of_service_code", "bill_type_code", "revenue_center_code", "service_unit_quantity",
		"hcpcs_code", "hcpcs_modifier_1", "hcpcs_modifier_2", "hcpcs_modifier_3", "hcpcs_modifier_4", "hcpcs_modifier_5",
		"rendering_npi", "billing_npi", "facility_npi", "charge_amount"}
	for i := 1; i <= 25; i++ {
		cols = append(cols, fmt.Sprintf("diagnosis_code_%d", i))
	}
	return cols
}()

var eligibilityColumns = []string{"member_id", "enrollment_start_date", "enrollment_end_date", "payer", "plan"}

// trim keeps the named columns of a CSV, in that order, and drops trailing
// diagnosis columns that are empty on every row.
func trim(t *testing.T, path string, cols []string) []byte {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("%v (the shared data lives beside the repository)", err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	idx := map[string]int{}
	for i, h := range rows[0] {
		idx[h] = i
	}
	var kept []string
	for _, c := range cols {
		if _, ok := idx[c]; !ok {
			t.Fatalf("%s: no column %q", path, c)
		}
		used := false
		for _, r := range rows[1:] {
			if r[idx[c]] != "" {
				used = true
				break
			}
		}
		if used || len(c) < len("diagnosis_code_") || c[:len("diagnosis_code_")] != "diagnosis_code_" {
			kept = append(kept, c)
		}
	}
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	_ = w.Write(kept)
	for _, r := range rows[1:] {
		out := make([]string, len(kept))
		for i, c := range kept {
			out[i] = r[idx[c]]
		}
		_ = w.Write(out)
	}
	w.Flush()
	return buf.Bytes()
}

func TestBundledCopiesMatchSharedData(t *testing.T) {
	for _, tc := range []struct {
		src, dst string
		cols     []string
		bundled  []byte
	}{
		{shareddata.Path(t, "claims/tuva_medical_claim_seed.csv"), "tuva_medical_claim.csv", claimColumns, claimsCSV},
		{shareddata.Path(t, "claims/tuva_eligibility_seed.csv"), "tuva_eligibility.csv", eligibilityColumns, eligibilityCSV},
	} {
		want := trim(t, tc.src, tc.cols)
		if *update {
			if err := os.WriteFile(tc.dst, want, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if !bytes.Equal(want, tc.bundled) {
			t.Errorf("%s differs from its derivation of %s: run go test ./adjudicator/sample -update", tc.dst, tc.src)
		}
	}
}

func TestBundledSampleReads(t *testing.T) {
	claims, err := Claims()
	if err != nil {
		t.Fatal(err)
	}
	el, err := Eligibility()
	if err != nil {
		t.Fatal(err)
	}
	spans := 0
	for _, s := range el {
		spans += len(s)
	}
	if len(claims) != 1138 || len(el) != 10 || spans != 31 {
		t.Fatalf("%d claims, %d members, %d spans; want 1138, 10, 31", len(claims), len(el), spans)
	}
	if Notice() == "" {
		t.Fatal("no NOTICE")
	}
}
