package policies_test

import (
	"github.com/claimsledger/claims/adjudicator/shareddata"

	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/claimsledger/claims/adjudicator/rules/mpfs"
)

var update = flag.Bool("update", false, "regenerate reference/mpfs/data.json from ../../shared/data")

// The shared reference data lives beside the repository, not in it.

const feesPath = "reference/mpfs/data.json"

// facilityPOS are the places of service priced at the MPFS facility rate
// (Medicare Claims Processing Manual, chapter 12, section 20.4.2).
var facilityPOS = []string{"19", "21", "22", "23", "24", "26", "31", "34", "41", "42", "51", "52", "53", "56", "61"}

// TestFeeSchedule regenerates the bundled fee schedule slice from the CMS
// RVU file and the codes the Tuva claims carry, and fails when the committed
// file differs. Run with -update to rewrite it.
func TestFeeSchedule(t *testing.T) {
	sharedData := shareddata.Dir(t)
	rvu := filepath.Join(sharedData, "mpfs", "pprrvu25_jan.csv")
	claims := filepath.Join(sharedData, "claims", "tuva_medical_claim_seed.csv")
	if _, err := os.Stat(rvu); errors.Is(err, fs.ErrNotExist) {
		t.Skipf("reference data not present at %s", sharedData)
	}
	want, err := generateFees(rvu, claims)
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile(feesPath, want, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s (%d bytes)", feesPath, len(want))
		return
	}
	got, err := os.ReadFile(feesPath)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s is stale: run go test ./policies -run TestFeeSchedule -update", feesPath)
	}
}

type feeDoc struct {
	Status           string `json:"status"`
	NonFacilityCents *int64 `json:"non_facility_cents,omitempty"`
	FacilityCents    *int64 `json:"facility_cents,omitempty"`
}

// generateFees keeps only the codes the Tuva claims bill (with their -26 and
// -TC component rows), so the bundle carries a few KB of the CMS table, not
// the table. Payable codes carry integer cents; others only their status,
// which the rules use to explain the denial.
func generateFees(rvuPath, claimsPath string) ([]byte, error) {
	codes, err := claimCodes(claimsPath)
	if err != nil {
		return nil, err
	}
	f, err := os.Open(rvuPath)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fees, err := mpfs.Read(f)
	if err != nil {
		return nil, err
	}
	var cf int64
	docs := map[string]feeDoc{}
	for _, fee := range fees {
		if !codes[fee.Code] || (fee.Modifier != "" && fee.Modifier != "26" && fee.Modifier != "TC") {
			continue
		}
		if cf == 0 {
			cf = fee.ConversionFactor
		} else if cf != fee.ConversionFactor {
			return nil, fmt.Errorf("%s: conversion factor %d, want one factor for the file (%d)", fee.Code, fee.ConversionFactor, cf)
		}
		key := fee.Code
		if fee.Modifier != "" {
			key += "-" + fee.Modifier
		}
		if _, dup := docs[key]; dup {
			return nil, fmt.Errorf("%s: duplicate row", key)
		}
		d := feeDoc{Status: fee.Status}
		if fee.Payable() {
			nf, fa := fee.NonFacilityCents, fee.FacilityCents
			d.NonFacilityCents, d.FacilityCents = &nf, &fa
		}
		docs[key] = d
	}
	keys := make([]string, 0, len(docs))
	for k := range docs {
		keys = append(keys, k)
	}
	sort.Strings(keys)

	// One fee per line keeps diffs of a regenerated file readable.
	var b bytes.Buffer
	source := fmt.Sprintf("CMS PFS relative value file RVU25A (January 2025), national amounts, conversion factor %d.%04d", cf/10000, cf%10000)
	pos, _ := json.Marshal(facilityPOS)
	src, _ := json.Marshal(source)
	fmt.Fprintf(&b, "{\n  \"source\": %s,\n  \"facility_places_of_service\": %s,\n  \"fees\": {\n", src, pos)
	for i, k := range keys {
		v, err := json.Marshal(docs[k])
		if err != nil {
			return nil, err
		}
		sep := ","
		if i == len(keys)-1 {
			sep = ""
		}
		fmt.Fprintf(&b, "    %q: %s%s\n", k, v, sep)
	}
	b.WriteString("  }\n}\n")
	if !json.Valid(b.Bytes()) {
		return nil, errors.New("generated fee document is not valid JSON")
	}
	return b.Bytes(), nil
}

func claimCodes(path string) (map[string]bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	header, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	col := -1
	for i, h := range header {
		if h == "hcpcs_code" {
			col = i
		}
	}
	if col < 0 {
		return nil, fmt.Errorf("%s: no hcpcs_code column", path)
	}
	codes := map[string]bool{}
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			return codes, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		if rec[col] != "" {
			codes[rec[col]] = true
		}
	}
}
