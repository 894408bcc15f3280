package tuva

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/claimsledger/claims/adjudicator"
)

const header = "claim_id,claim_line_number,claim_type,member_id,claim_start_date,claim_end_date,claim_line_start_date," +
	"service_unit_quantity,hcpcs_code,hcpcs_modifier_1,revenue_center_code,billing_npi,charge_amount,diagnosis_code_1\n"

// row is one claim line of the header above; fields overrides by column.
func row(claimID string, line int, fields map[string]string) string {
	v := map[string]string{
		"claim_id": claimID, "claim_line_number": fmt.Sprint(line), "claim_type": "professional", "member_id": "M-777",
		"claim_start_date": "2017-03-01", "claim_end_date": "2017-03-02", "claim_line_start_date": "2017-03-01",
		"service_unit_quantity": "1", "hcpcs_code": "99213", "hcpcs_modifier_1": "", "revenue_center_code": "",
		"billing_npi": "1234567893", "charge_amount": "120.00", "diagnosis_code_1": "F32.9",
	}
	for k, x := range fields {
		v[k] = x
	}
	var out []string
	for _, c := range strings.Split(strings.TrimSpace(header), ",") {
		out = append(out, v[c])
	}
	return strings.Join(out, ",") + "\n"
}

func readErrors(t *testing.T, name, csv string) *Errors {
	t.Helper()
	_, err := ReadSourced(name, strings.NewReader(csv))
	var e *Errors
	if !errors.As(err, &e) {
		t.Fatalf("err = %v, want *Errors", err)
	}
	return e
}

func TestBadRowsAreRejectedWithRowAndColumn(t *testing.T) {
	csv := header +
		row("SECRET-CLAIM-1", 1, nil) + // row 2: fine
		row("SECRET-CLAIM-1", 2, map[string]string{"service_unit_quantity": "-2"}) +
		row("SECRET-CLAIM-2", 1, map[string]string{"service_unit_quantity": "0"}) +
		row("SECRET-CLAIM-3", 1, map[string]string{"service_unit_quantity": "1.5"}) +
		row("SECRET-CLAIM-4", 1, map[string]string{"service_unit_quantity": "two"}) +
		row("SECRET-CLAIM-5", 1, map[string]string{"charge_amount": "-3.50"}) +
		row("SECRET-CLAIM-6", 1, map[string]string{"charge_amount": "12.001"}) +
		row("SECRET-CLAIM-7", 1, map[string]string{"charge_amount": "HIV clinic"}) +
		row("SECRET-CLAIM-8", 1, map[string]string{"charge_amount": ""}) +
		row("SECRET-CLAIM-9", 1, map[string]string{"claim_start_date": "2017-02-30"}) +
		row("SECRET-CLAIM-10", 1, map[string]string{"claim_end_date": "03/02/2017"}) +
		row("SECRET-CLAIM-11", 1, map[string]string{"claim_end_date": "2017-02-01"}) +
		row("SECRET-CLAIM-12", 1, map[string]string{"claim_line_start_date": "2017-3-1"}) +
		row("SECRET-CLAIM-13", 1, map[string]string{"hcpcs_code": "hiv1"}) +
		row("SECRET-CLAIM-14", 1, map[string]string{"diagnosis_code_1": "HIV CLINIC"}) +
		row("SECRET-CLAIM-15", 0, nil) +
		row("SECRET-CLAIM-16", 1, map[string]string{"claim_line_start_date": "2017-04-01"}) +
		row("SECRET-CLAIM-17", 1, map[string]string{"hcpcs_modifier_1": "5"}) +
		row("", 1, nil) +
		"SECRET-CLAIM-18,1,professional\n"
	e := readErrors(t, "claims.csv", csv)
	want := []string{
		`claims.csv row 3, column service_unit_quantity: want a whole number of units >= 1, got "-2"`,
		`claims.csv row 4, column service_unit_quantity: want a whole number of units >= 1, got "0"`,
		`claims.csv row 5, column service_unit_quantity: want a whole number of units >= 1, got "1.5"`,
		`claims.csv row 6, column service_unit_quantity: want a whole number of units >= 1, got 3 characters (lowercase letters)`,
		`claims.csv row 7, column charge_amount: want a dollar amount >= 0 with at most 2 decimals, got "-3.50"`,
		`claims.csv row 8, column charge_amount: want a dollar amount >= 0 with at most 2 decimals, got "12.001"`,
		`claims.csv row 9, column charge_amount: want a dollar amount >= 0 with at most 2 decimals, got 10 characters (uppercase letters, lowercase letters, spaces)`,
		`claims.csv row 10, column charge_amount: required: want a dollar amount >= 0 with at most 2 decimals`,
		`claims.csv row 11, column claim_start_date: want a date YYYY-MM-DD, got a YYYY-MM-DD value that is not a calendar date`,
		`claims.csv row 12, column claim_end_date: want a date YYYY-MM-DD, got 10 characters (digits, punctuation)`,
		`claims.csv row 13, column claim_end_date: is before claim_start_date`,
		`claims.csv row 14, column claim_line_start_date: want a date YYYY-MM-DD, got 8 characters (digits, punctuation)`,
		`claims.csv row 15, column hcpcs_code: want a 5-character HCPCS/CPT code (uppercase letters and digits), got 4 characters (lowercase letters, digits)`,
		`claims.csv row 16, column diagnosis_code_1: want an ICD-10-CM code without the dot (an uppercase letter, a digit, then 1-5 uppercase letters or digits), got 10 characters (uppercase letters, spaces)`,
		`claims.csv row 17, column claim_line_number: want a whole number >= 1, got "0"`,
		`claims.csv row 18, column claim_line_start_date: is outside the claim's service dates (service_from to service_to)`,
		`claims.csv row 19, column hcpcs_modifier_1: want a 2-character modifier (uppercase letters and digits), got 1 character (digits)`,
		`claims.csv row 20, column claim_id: required`,
		`claims.csv row 21: want 14 fields as in the header, got 3`,
	}
	if got := strings.Split(e.Error(), "\n"); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("errors:\n%s\nwant:\n%s", e.Error(), strings.Join(want, "\n"))
	}
	for _, secret := range []string{"SECRET", "M-777", "F32.9", "HIV", "hiv1", "03/02/2017", "2017-02-30", "2017-3-1"} {
		if strings.Contains(e.Error(), secret) {
			t.Errorf("errors quote %q", secret)
		}
	}
}

func TestUnitsDefaults(t *testing.T) {
	csv := header +
		row("1", 1, map[string]string{"service_unit_quantity": ""}) +
		row("1", 2, map[string]string{"service_unit_quantity": "3.0"}) +
		row("2", 1, map[string]string{"claim_type": "institutional", "hcpcs_code": "", "revenue_center_code": "0450", "service_unit_quantity": "0"}) +
		row("2", 2, map[string]string{"claim_type": "institutional", "hcpcs_code": "", "revenue_center_code": "0450", "service_unit_quantity": "2"})
	s, err := ReadSourced("", strings.NewReader(csv))
	if err != nil {
		t.Fatal(err)
	}
	units := []int{s[0].Lines[0].Units, s[0].Lines[1].Units, s[1].Lines[0].Units, s[1].Lines[1].Units}
	if fmt.Sprint(units) != "[1 3 1 2]" {
		t.Fatalf("units %v, want [1 3 1 2]", units)
	}
	if fmt.Sprint(s[0].Rows, s[1].Rows) != "[2 3] [4 5]" {
		t.Fatalf("rows %v %v", s[0].Rows, s[1].Rows)
	}
	// 0 units stays an error on an institutional line with a HCPCS code.
	csv = header + row("3", 1, map[string]string{"claim_type": "institutional", "revenue_center_code": "0450", "service_unit_quantity": "0"})
	if e := readErrors(t, "", csv); !strings.Contains(e.Error(), "row 2, column service_unit_quantity") {
		t.Fatal(e)
	}
}

func TestErrorsAreCapped(t *testing.T) {
	var b strings.Builder
	b.WriteString(header)
	for i := 1; i <= MaxErrors+20; i++ {
		b.WriteString(row(fmt.Sprint(i), 1, map[string]string{"service_unit_quantity": "-1"}))
	}
	e := readErrors(t, "big.csv", b.String())
	lines := strings.Split(e.Error(), "\n")
	if len(e.Rows) != MaxErrors || e.Omitted != 20 || len(lines) != MaxErrors+1 {
		t.Fatalf("%d listed, %d omitted, %d lines", len(e.Rows), e.Omitted, len(lines))
	}
	if last := lines[len(lines)-1]; last != "big.csv and 20 more errors (70 in all; the first 50 are listed)" {
		t.Fatalf("last line %q", last)
	}
	if e.Rows[MaxErrors-1].Row != MaxErrors+1 {
		t.Fatalf("last listed row %d", e.Rows[MaxErrors-1].Row)
	}
}

func TestRowsAreFileLines(t *testing.T) {
	// A blank line and a quoted field spanning two lines: rows are the
	// lines records start on, as an editor shows them.
	csv := header + "\n" +
		row("1", 1, map[string]string{"member_id": `"M` + "\n" + `1"`}) +
		row("1", 2, map[string]string{"service_unit_quantity": "-2"})
	e := readErrors(t, "", csv)
	if len(e.Rows) != 1 || e.Rows[0].Row != 5 {
		t.Fatalf("%v", e)
	}
	// A CSV syntax error stops the reading, at its row.
	e = readErrors(t, "", header+row("1", 1, nil)+"1,2,\"pro\"fessional\n"+row("2", 1, map[string]string{"charge_amount": "-1"}))
	if len(e.Rows) != 1 || e.Rows[0].Row != 3 || !strings.Contains(e.Rows[0].Msg, "malformed CSV at line 3") {
		t.Fatalf("%v", e)
	}
}

func TestEmptyFiles(t *testing.T) {
	for _, in := range []string{"", header} {
		s, err := ReadSourced("", strings.NewReader(in))
		if err != nil || len(s) != 0 {
			t.Fatalf("%q: %d claims, %v", in, len(s), err)
		}
	}
	if _, err := ReadEligibility(strings.NewReader("")); err == nil {
		t.Fatal("empty eligibility accepted")
	}
}

func TestEligibilityErrors(t *testing.T) {
	csv := "member_id,enrollment_start_date,enrollment_end_date,plan\n" +
		"M-SECRET,2017-01-01,2016-01-01,medicare\n" +
		",2017-01-01,2017-13-01,\n"
	_, err := ReadEligibility(strings.NewReader(csv))
	want := "row 2, column enrollment_end_date: is before enrollment_start_date\n" +
		"row 3, column member_id: required\n" +
		"row 3, column plan: required\n" +
		"row 3, column enrollment_end_date: want a date YYYY-MM-DD, got a YYYY-MM-DD value that is not a calendar date"
	if err == nil || err.Error() != want {
		t.Fatalf("err = %v", err)
	}
}

func TestParseCentsOverflow(t *testing.T) {
	for _, bad := range []string{"92233720368547758.07", "--5", "1.+5", "+-1"} {
		if c, err := ParseCents(bad); err == nil {
			t.Errorf("ParseCents(%q) = %d", bad, c)
		}
	}
}

// TestEligibilityRowsCheck: a reader's own check is asked only about rows that are otherwise
// valid, and its problems are listed with the others, by row and column.
func TestEligibilityRowsCheck(t *testing.T) {
	csv := "member_id,enrollment_start_date,enrollment_end_date,plan\n" +
		"M-1,2016-01-01,2016-12-31,medicare\n" +
		"M-2,2016-01-01,2016-12-31,a-very-long-plan-id\n" +
		"M-3,2016-01-01,2016-13-01,a-very-long-plan-id\n" +
		"M-1,2017-01-01,2017-12-31,medicare\n"
	var asked []string
	check := func(s adjudicator.Span) (string, string) {
		asked = append(asked, s.PlanID+" "+s.Start)
		if len(s.PlanID) > 16 {
			return ColumnPlan, "too long for the store"
		}
		return "", ""
	}
	_, err := ReadEligibilityRows("elig.csv", strings.NewReader(csv), check)
	want := "elig.csv row 3, column plan: too long for the store\n" +
		"elig.csv row 4, column enrollment_end_date: want a date YYYY-MM-DD, got a YYYY-MM-DD value that is not a calendar date"
	if err == nil || err.Error() != want {
		t.Fatalf("err = %v, want\n%s", err, want)
	}
	if len(asked) != 3 {
		t.Fatalf("check asked about %v; want the three valid rows only", asked)
	}
	rows, err := ReadEligibilityRows("", strings.NewReader(strings.Replace(csv, "a-very-long-plan-id\nM-3,2016-01-01,2016-13-01,a-very-long-plan-id", "medicaid\nM-3,2016-01-01,2016-12-01,medicaid", 1)), check)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 4 || rows[0].Row != 2 || rows[3].Row != 5 || rows[3].MemberID != "M-1" || rows[3].Start != "2017-01-01" {
		t.Fatalf("rows = %+v", rows)
	}
}
