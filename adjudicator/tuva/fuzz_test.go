package tuva

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimsledger/claims/adjudicator"
)

// FuzzReadClaims feeds the Tuva claims reader arbitrary text. Properties:
//   - it never panics, and an error is an *Errors of 1 to MaxErrors rows,
//     each in the file (row 1 to its last line) and naming a header column
//     or none;
//   - the claims it returns validate, and read back through the native
//     decoder unchanged; every data row is one line of one claim, with
//     units >= 1 and a charge >= 0; claim ids are unique;
//   - errors depend only on the shape of identifying values (ids, NPIs,
//     codes): changing each to another of the same shape gives the same
//     messages for the same columns.
//
// Seeds: the head and some rows of the bundled sample
// (adjudicator/sample/tuva_medical_claim.csv), and broken copies of them.
func FuzzReadClaims(f *testing.F) {
	sample, err := os.ReadFile("../sample/tuva_medical_claim.csv")
	if err != nil {
		f.Fatal(err)
	}
	lines := strings.SplitAfter(string(sample), "\n")
	head := strings.Join(lines[:12], "")
	f.Add(head)
	f.Add(lines[0] + strings.Join(lines[1000:1010], ""))
	f.Add(lines[0] + strings.Join(lines[2040:], ""))
	f.Add(strings.Replace(head, ",1,", ",-2,", 1))
	f.Add(strings.Replace(head, "31505.00", "31505.001", 1))
	f.Add(strings.Replace(head, "2017-12-14", "2017-02-30", 1))
	f.Add(lines[0])
	f.Add("")
	f.Add("claim_id,claim_line_number,claim_type,member_id,claim_start_date,claim_end_date,hcpcs_code,charge_amount,billing_npi\n1,1,professional,9,2017-01-01,2017-01-01,99213,12.00,1234567893\n")
	f.Fuzz(func(t *testing.T, s string) {
		claims, err := ReadSourced("f.csv", strings.NewReader(s))
		if err != nil {
			checkErrors(t, s, err)
			checkShapeOnly(t, s, err.(*Errors))
			return
		}
		checkClaims(t, s, claims)
	})
}

func checkErrors(t *testing.T, s string, err error) {
	t.Helper()
	var e *Errors
	if !errors.As(err, &e) {
		t.Fatalf("error of type %T: %v", err, err)
	}
	if len(e.Rows) == 0 || len(e.Rows) > MaxErrors || e.Omitted < 0 || e.Omitted > 0 && len(e.Rows) != MaxErrors {
		t.Fatalf("%d rows listed, %d omitted", len(e.Rows), e.Omitted)
	}
	last := strings.Count(s, "\n") + 1
	header := headerOf(s)
	for _, r := range e.Rows {
		if r.Row < 1 || r.Row > last || r.Msg == "" {
			t.Fatalf("row %d of %d lines: %v", r.Row, last, r)
		}
		if r.Column != "" && !slices.Contains(header, r.Column) {
			t.Fatalf("column %q is not in the header %q", r.Column, header)
		}
	}
	if !slices.IsSortedFunc(e.Rows, func(a, b RowError) int { return a.Row - b.Row }) {
		t.Fatalf("rows out of order: %v", e)
	}
}

func headerOf(s string) []string {
	h, err := csv.NewReader(strings.NewReader(s)).Read()
	if err != nil {
		return nil
	}
	for i := range h {
		h[i] = strings.TrimSpace(h[i])
	}
	if len(h) > 0 {
		h[0] = strings.TrimSpace(strings.TrimPrefix(h[0], "\ufeff"))
	}
	return h
}

func checkClaims(t *testing.T, s string, claims []Sourced) {
	t.Helper()
	records, err := csv.NewReader(strings.NewReader(s)).ReadAll()
	if err != nil && len(claims) > 0 {
		t.Fatalf("claims read from malformed CSV: %v", err)
	}
	lines, ids := 0, map[string]bool{}
	for _, c := range claims {
		if err := c.Validate(); err != nil {
			t.Fatalf("returned an invalid claim: %v", err)
		}
		if ids[c.ClaimID] {
			t.Fatal("claim id returned twice")
		}
		ids[c.ClaimID] = true
		if len(c.Rows) != len(c.Lines) {
			t.Fatalf("%d rows for %d lines", len(c.Rows), len(c.Lines))
		}
		for _, l := range c.Lines {
			if l.Units < 1 || l.ChargeCents < 0 {
				t.Fatalf("line %+v", l)
			}
		}
		lines += len(c.Lines)
		b, err := json.Marshal(c.Claim)
		if err != nil {
			t.Fatal(err)
		}
		back, err := adjudicator.DecodeClaim(b)
		if err != nil {
			t.Fatalf("the native decoder refuses a claim read from CSV: %v", err)
		}
		if b2, _ := json.Marshal(back); !bytes.Equal(b, b2) {
			t.Fatalf("native round trip changed the claim:\n%s\n%s", b, b2)
		}
	}
	if len(records) > 0 && lines != len(records)-1 {
		t.Fatalf("%d lines from %d data rows", lines, len(records)-1)
	}
}

// identifying are the columns holding ids and codes; the others (dates,
// amounts, units, line numbers, claim type) are rules' inputs whose values
// errors may depend on.
func identifying(col string) bool {
	switch col {
	case "claim_id", "member_id", "hcpcs_code", "revenue_center_code", "rendering_npi", "billing_npi",
		"facility_npi", "place_of_service_code", "bill_type_code":
		return true
	}
	return strings.HasPrefix(col, "hcpcs_modifier_") || strings.HasPrefix(col, "diagnosis_code_")
}

// checkShapeOnly re-reads the file with every identifying value changed to
// another of the same shape and wants the same errors, row for row (rows
// may move: the copy is re-written without blank lines).
func checkShapeOnly(t *testing.T, s string, orig *Errors) {
	t.Helper()
	if strings.Contains(s, "\r") || !utf8.ValidString(s) {
		// encoding/csv normalises \r\n in quoted fields and writes invalid
		// UTF-8 as U+FFFD: the copy would differ in more than the values.
		return
	}
	r := csv.NewReader(strings.NewReader(s))
	r.FieldsPerRecord = -1
	records, err := r.ReadAll()
	if err != nil || len(records) == 0 {
		return
	}
	header := headerOf(s)
	for _, rec := range records[1:] {
		for i := range rec {
			if i < len(header) && identifying(header[i]) {
				rec[i] = rotate(rec[i])
			}
		}
	}
	var b strings.Builder
	w := csv.NewWriter(&b)
	if err := w.WriteAll(records); err != nil {
		t.Fatal(err)
	}
	r = csv.NewReader(strings.NewReader(b.String()))
	r.FieldsPerRecord = -1
	if again, err := r.ReadAll(); err != nil || len(again) != len(records) {
		return // a record of one empty field is written as a blank line, which is skipped
	}
	_, err = ReadSourced("f.csv", strings.NewReader(b.String()))
	var got *Errors
	if !errors.As(err, &got) {
		t.Fatalf("errors %v, then, with other values of the same shape, %v", orig, err)
	}
	type problem struct{ column, msg string }
	strip := func(e *Errors) []problem {
		var out []problem
		for _, r := range e.Rows {
			out = append(out, problem{r.Column, r.Msg})
		}
		return out
	}
	if !slices.Equal(strip(orig), strip(got)) || orig.Omitted != got.Omitted {
		t.Fatalf("errors depend on the values:\n%v\n---\n%v", orig, got)
	}
}

func rotate(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+1)%26
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+1)%26
		case r >= '0' && r <= '9':
			return '0' + (r-'0'+1)%10
		}
		return r
	}, s)
}
