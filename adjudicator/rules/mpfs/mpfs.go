// Package mpfs reads the CMS Medicare Physician Fee Schedule relative value
// file (PPRRVU) and computes national fee amounts in integer cents, and
// parses the file's fixed-point decimals exactly (ParseFixed).
//
// The rules price from adjudicator/cms (the cms.fee built-in, with GPCIs).
// This package remains as a second, independent reading of the RVU file,
// decimal parser included, for adjudicator/cms's tests to cross-check
// against; it shares no code with cms, and cms does not import it.
package mpfs

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Fee is one row of the RVU file, priced nationally.
type Fee struct {
	Code string
	// Modifier is "" for the global service, or "26" (professional
	// component), "TC" (technical component) or "53" (discontinued).
	Modifier string
	// Status is the CMS PFS status code; only A, R and T are paid from
	// the RVUs (see Payable).
	Status string
	// NonFacilityRVU and FacilityRVU are the total RVUs (work + practice
	// expense + malpractice) in hundredths.
	NonFacilityRVU, FacilityRVU int64
	// ConversionFactor is in ten-thousandths of a dollar (32.3465 = 323465).
	ConversionFactor int64
	// NonFacilityCents and FacilityCents are the national amounts: total
	// RVUs x conversion factor, rounded half up to the cent.
	NonFacilityCents, FacilityCents int64
}

// Payable reports whether Medicare pays the code from its RVUs: active (A),
// restricted coverage (R) and injection-only (T) codes. Every other status
// (bundled, carrier priced, excluded, measurement-only, invalid...) has no
// usable national fee.
func (f Fee) Payable() bool {
	switch f.Status {
	case "A", "R", "T":
		return true
	}
	return false
}

// Cents prices total RVUs (hundredths) with a conversion factor
// (ten-thousandths of a dollar): the product is in millionths of a dollar,
// i.e. ten-thousandths of a cent, rounded half up.
func Cents(rvuHundredths, cfTenThousandths int64) int64 {
	return (rvuHundredths*cfTenThousandths + 5_000) / 10_000
}

var columns = []string{
	"hcpcs", "mod", "status_code", "work_rvu", "non_fac_pe_rvu", "facility_pe_rvu",
	"mp_rvu", "non_facility_total", "facility_total", "conv_factor",
}

// Read parses a PPRRVU CSV (with a header row naming the columns, as in
// pprrvu25_jan.csv). It recomputes each total from its components and
// fails on a mismatch, so a misread column cannot silently misprice.
func Read(r io.Reader) ([]Fee, error) {
	cr := csv.NewReader(r)
	cr.ReuseRecord = true
	header, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("mpfs: read header: %w", err)
	}
	idx := make(map[string]int, len(header))
	for i, h := range header {
		idx[strings.TrimSpace(h)] = i
	}
	col := make([]int, len(columns))
	for i, name := range columns {
		j, ok := idx[name]
		if !ok {
			return nil, fmt.Errorf("mpfs: header has no %q column", name)
		}
		col[i] = j
	}
	var fees []Fee
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return fees, nil
		}
		if err != nil {
			return nil, fmt.Errorf("mpfs: %w", err)
		}
		line, _ := cr.FieldPos(0)
		if strings.Trim(rec[col[0]], " \x1a") == "" {
			continue // the CMS file ends with a DOS end-of-file (Ctrl-Z) row
		}
		f, err := parseRow(rec, col)
		if err != nil {
			return nil, fmt.Errorf("mpfs: line %d (%s): %w", line, rec[col[0]], err)
		}
		fees = append(fees, f)
	}
}

func parseRow(rec []string, col []int) (Fee, error) {
	f := Fee{Code: rec[col[0]], Modifier: rec[col[1]], Status: rec[col[2]]}
	var v [7]int64
	for i := range v {
		places := 2
		if i == 6 {
			places = 4 // conversion factor
		}
		n, err := ParseFixed(rec[col[3+i]], places)
		if err != nil {
			return Fee{}, fmt.Errorf("%s: %w", columns[3+i], err)
		}
		v[i] = n
	}
	work, pe, fpe, mp, nfTotal, fTotal, cf := v[0], v[1], v[2], v[3], v[4], v[5], v[6]
	f.NonFacilityRVU, f.FacilityRVU, f.ConversionFactor = work+pe+mp, work+fpe+mp, cf
	if f.NonFacilityRVU != nfTotal || f.FacilityRVU != fTotal {
		return Fee{}, fmt.Errorf("RVU components sum to %d/%d hundredths, file totals say %d/%d",
			f.NonFacilityRVU, f.FacilityRVU, nfTotal, fTotal)
	}
	f.NonFacilityCents, f.FacilityCents = Cents(f.NonFacilityRVU, cf), Cents(f.FacilityRVU, cf)
	return f, nil
}

// ParseFixed parses a non-negative decimal string such as "12.5" into an
// integer count of 10^-places units (12.5 with places 2 is 1250), exactly:
// money and RVUs never pass through floating point.
func ParseFixed(s string, places int) (int64, error) {
	whole, frac, dot := strings.Cut(s, ".")
	if whole == "" && (!dot || frac == "") {
		return 0, fmt.Errorf("want a decimal number, got %q", s)
	}
	if len(frac) > places {
		return 0, fmt.Errorf("%q has more than %d decimal places", s, places)
	}
	var n int64
	digits := whole + frac + strings.Repeat("0", places-len(frac))
	if len(digits) > 17 {
		return 0, fmt.Errorf("%q is out of range", s)
	}
	for _, c := range digits {
		if c < '0' || c > '9' {
			return 0, fmt.Errorf("want a decimal number, got %q", s)
		}
		n = n*10 + int64(c-'0')
	}
	return n, nil
}
