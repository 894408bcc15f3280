// Package tuva reads the Tuva Project's claims and eligibility layouts
// (CCLF-style CSV, as in ../shared/data/claims) into native claims and
// coverage spans. Columns are found by header name, so trimmed copies with a
// subset of the columns read the same.
//
// Bad input is rejected, never repaired: every problem of a file is
// reported at once (the first MaxErrors of them, and how many more), each
// by its row and column. Messages name the rule broken and never quote a
// value that may be health data (ids, codes, dates, names): they quote
// only counts and amounts, and otherwise say how long a value is and what
// kinds of characters it has.
package tuva

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/claimsledger/claims/adjudicator"
)

// ParseCents converts a decimal dollar string ("31505.00", "12.5", "-3")
// to integer cents exactly, without floating point. It accepts more than
// two decimals when the extra ones are zeros; ReadClaims is stricter.
func ParseCents(s string) (int64, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, errors.New("empty amount")
	}
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	whole, frac, _ := strings.Cut(s, ".")
	if len(frac) > 2 {
		if strings.Trim(frac[2:], "0") != "" {
			return 0, fmt.Errorf("amount %q has fractions of a cent", s)
		}
		frac = frac[:2]
	}
	for len(frac) < 2 {
		frac += "0"
	}
	if whole == "" {
		whole = "0"
	}
	w, err := strconv.ParseInt(whole, 10, 64)
	if err != nil || w < 0 {
		return 0, fmt.Errorf("amount %q: bad dollars", s)
	}
	if w > (math.MaxInt64-99)/100 {
		return 0, fmt.Errorf("amount %q: too large", s)
	}
	f, err := strconv.ParseInt(frac, 10, 64)
	if err != nil || f < 0 || strings.ContainsAny(frac, "+-") {
		return 0, fmt.Errorf("amount %q: bad cents", s)
	}
	c := w*100 + f
	if neg {
		c = -c
	}
	return c, nil
}

// MaxErrors is how many problems of one file ReadClaims and
// ReadEligibility list; the rest are counted.
const MaxErrors = 50

// RowError is one problem in a CSV file, by row and column.
type RowError = adjudicator.RowError

// Errors is every problem found in one file, in row order: the first
// MaxErrors of them in Rows, and the number left out.
type Errors struct {
	// File names the file in each line of Error(); it may be empty.
	File    string
	Rows    []RowError
	Omitted int
}

// Error lists one problem per line, each naming the file, row and column:
//
//	claims.csv row 14, column service_unit_quantity: want a whole number of units >= 1, got "-2"
func (e *Errors) Error() string {
	var b strings.Builder
	prefix := ""
	if e.File != "" {
		prefix = e.File + " "
	}
	for i, r := range e.Rows {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(prefix + r.String())
	}
	if e.Omitted > 0 {
		fmt.Fprintf(&b, "\n%sand %d more errors (%d in all; the first %d are listed)", prefix, e.Omitted, len(e.Rows)+e.Omitted, len(e.Rows))
	}
	return b.String()
}

// collector gathers a file's problems, once per row and column.
type collector struct {
	file string
	errs []RowError
	seen map[RowError]bool // Row and Column only
}

func (c *collector) add(row int, column, format string, args ...any) {
	if c.seen == nil {
		c.seen = map[RowError]bool{}
	}
	k := RowError{Row: row, Column: column}
	if column != "" && c.seen[k] {
		return // one problem per field: the first, the most specific
	}
	c.seen[k] = true
	c.errs = append(c.errs, RowError{Row: row, Column: column, Msg: fmt.Sprintf(format, args...)})
}

func (c *collector) err() error {
	if len(c.errs) == 0 {
		return nil
	}
	rows := slices.Clone(c.errs)
	slices.SortStableFunc(rows, func(a, b RowError) int { return a.Row - b.Row })
	e := &Errors{File: c.file, Rows: rows}
	if len(rows) > MaxErrors {
		e.Rows, e.Omitted = rows[:MaxErrors:MaxErrors], len(rows)-MaxErrors
	}
	return e
}

type table struct {
	r      *csv.Reader
	header []string
	col    map[string]int
	row    []string
	line   int
	errs   *collector
}

// newTable reads the header. It returns nil, without an error, for an
// empty file.
func newTable(r io.Reader, errs *collector, required ...string) *table {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1 // a short or long row is reported by row, not as a read error
	header, err := cr.Read()
	if err == io.EOF {
		return nil
	}
	if err != nil {
		errs.add(1, "", "unreadable header: %s", csvProblem(err))
		return nil
	}
	line, _ := cr.FieldPos(0)
	t := &table{r: cr, header: header, col: map[string]int{}, line: line, errs: errs}
	for i, h := range header {
		h = strings.TrimSpace(h)
		if i == 0 {
			h = strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")) // spreadsheets' UTF-8 byte order mark
		}
		header[i] = h
		if _, dup := t.col[h]; !dup {
			t.col[h] = i
		}
	}
	var missing bool
	for _, c := range required {
		if _, ok := t.col[c]; !ok {
			errs.add(line, "", "missing column %q", c)
			missing = true
		}
	}
	if missing {
		return nil
	}
	return t
}

// csvProblem describes a CSV syntax error by position and kind only.
func csvProblem(err error) string {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return fmt.Sprintf("malformed CSV at line %d, column %d: %v", pe.Line, pe.Column, pe.Err)
	}
	return err.Error()
}

// next reads the next record with as many fields as the header. It
// reports any other record and moves on; it stops at a CSV syntax error,
// after which the rows cannot be told apart.
func (t *table) next() bool {
	for {
		row, err := t.r.Read()
		if err == io.EOF {
			return false
		}
		if err != nil {
			var pe *csv.ParseError
			line := t.line + 1
			if errors.As(err, &pe) {
				line = pe.StartLine
			}
			t.errs.add(line, "", "%s", csvProblem(err))
			return false
		}
		t.row = row
		t.line, _ = t.r.FieldPos(0)
		if len(row) != len(t.header) {
			t.errs.add(t.line, "", "want %d fields as in the header, got %d", len(t.header), len(row))
			continue
		}
		valid := true
		for i, f := range row {
			if !utf8.ValidString(f) {
				t.errs.add(t.line, t.header[i], "is not valid UTF-8 text")
				valid = false
			}
		}
		if !valid {
			continue // its values would change on the way to JSON
		}
		return true
	}
}

func (t *table) get(name string) string {
	i, ok := t.col[name]
	if !ok || i >= len(t.row) {
		return ""
	}
	return strings.TrimSpace(t.row[i])
}

// bad reports the current row's column.
func (t *table) bad(column, format string, args ...any) {
	t.errs.add(t.line, column, format, args...)
}

var (
	wholePattern  = regexp.MustCompile(`^[0-9]{1,9}(\.0+)?$`)
	amountPattern = regexp.MustCompile(`^([0-9]{1,15}(\.[0-9]{1,2})?|\.[0-9]{1,2})$`)
	// numberish is what a count or an amount may be quoted as: a short
	// number (well-formed or not) is not health data, other text might be.
	numberish = regexp.MustCompile(`^[-+]?[0-9]{0,9}(\.[0-9]{0,4})?$`)
)

// quoteNumber quotes s if it looks like a number, else describes it.
func quoteNumber(s string) string {
	if s != "" && numberish.MatchString(s) {
		return strconv.Quote(s)
	}
	return adjudicator.Describe(s)
}

// whole parses a whole number such as "3" or "3.0".
func whole(s string) (int, bool) {
	if !wholePattern.MatchString(s) {
		return 0, false
	}
	s, _, _ = strings.Cut(s, ".")
	n, err := strconv.Atoi(s)
	return n, err == nil
}

func isDate(s string) bool {
	_, err := time.Parse(time.DateOnly, s)
	return err == nil
}

// date checks a required (or, when optional, a non-empty) date column.
func (t *table) date(column string, optional bool) (string, bool) {
	s := t.get(column)
	switch {
	case s == "" && optional:
		return "", true
	case s == "":
		t.bad(column, "required: want a date YYYY-MM-DD")
		return s, false
	case !isDate(s):
		t.bad(column, "want a date YYYY-MM-DD, got %s", adjudicator.DescribeDate(s))
		return s, false
	}
	return s, true
}

// Sourced is a claim with the rows its lines were read from.
type Sourced struct {
	adjudicator.Claim
	// Rows holds the row of each line (the header is row 1), in the order
	// of Claim.Lines.
	Rows []int
}

// source remembers which row and column each part of a claim came from,
// to report the claim's validation errors by row and column.
type source struct {
	firstRow   int
	billingCol string
	posRow     int
	diagCols   []string
	lines      []lineSource
}

type lineSource struct {
	row     int
	modCols []string
}

// ReadClaims groups claim lines by claim_id, in order of first appearance.
// See ReadSourced for the conversions and the errors.
func ReadClaims(r io.Reader) ([]adjudicator.Claim, error) {
	s, err := ReadSourced("", r)
	if err != nil {
		return nil, err
	}
	out := make([]adjudicator.Claim, len(s))
	for i := range s {
		out[i] = s[i].Claim
	}
	return out, nil
}

// ReadSourced groups claim lines by claim_id, in order of first
// appearance, and says which rows each claim came from. name, when not
// empty, is the file's name in errors.
//
// Conversions, because the synthetic CCLF data is looser than a clean
// CMS-1500/UB-04:
//   - billing NPI: billing_npi, else facility_npi (institutional), else
//     rendering_npi (the CCLF files carry the performing NPI only);
//   - units: service_unit_quantity is a whole number >= 1 ("2" or "2.0").
//     Empty is read as 1, the minimum a claim form accepts. 0 is read as 1
//     only on an institutional line billed by revenue code alone (no
//     hcpcs_code), as UB-04 revenue lines often carry no unit count; such
//     a line is priced as a percent of its charge, never by units. Any
//     other 0, and negative or fractional units, are errors;
//   - charge_amount is dollars, >= 0, with at most two decimals;
//   - dates are YYYY-MM-DD; a line's date of service is
//     claim_line_start_date, else the claim's claim_start_date.
//
// The claims are then validated as native claims, each error reported by
// row and column (a claim-level field on the claim's first row). An error
// is an *Errors listing every problem of the file. An empty file, or a
// header without rows, gives no claims and no error: whether that is
// acceptable is the caller's decision (`claims submit` and `claims
// adjudicate` refuse it).
func ReadSourced(name string, r io.Reader) ([]Sourced, error) {
	errs := &collector{file: name}
	t := newTable(r, errs, "claim_id", "claim_line_number", "claim_type", "member_id", "claim_start_date",
		"claim_end_date", "hcpcs_code", "charge_amount")
	if t == nil {
		return nil, errs.err()
	}
	var claims []Sourced
	var sources []source
	index := map[string]int{}
	for t.next() {
		id := t.get("claim_id")
		if id == "" {
			t.bad("claim_id", "required")
			continue
		}
		start, startOK := t.date("claim_start_date", false)
		end, endOK := t.date("claim_end_date", false)
		if startOK && endOK && end < start {
			t.bad("claim_end_date", "is before claim_start_date")
		}
		i, seen := index[id]
		if !seen {
			i = len(claims)
			index[id] = i
			// The column the billing NPI is read from: the first with a
			// value, else the first the header has (none: errors name the
			// JSON path).
			src := source{firstRow: t.line}
			billing := ""
			for _, col := range []string{"billing_npi", "facility_npi", "rendering_npi"} {
				if _, ok := t.col[col]; !ok {
					continue
				}
				if src.billingCol == "" {
					src.billingCol = col
				}
				if billing = t.get(col); billing != "" {
					src.billingCol = col
					break
				}
			}
			claims = append(claims, Sourced{Claim: adjudicator.Claim{
				Schema: adjudicator.ClaimSchemaV1, ClaimID: id, ClaimType: t.get("claim_type"),
				MemberID: t.get("member_id"), BillingNPI: billing,
				RenderingNPI: t.get("rendering_npi"), PlaceOfService: t.get("place_of_service_code"), BillType: t.get("bill_type_code"),
				ServiceFrom: start, ServiceTo: end,
			}})
			for d := 1; d <= 25; d++ {
				col := fmt.Sprintf("diagnosis_code_%d", d)
				if code := strings.ReplaceAll(t.get(col), ".", ""); code != "" {
					claims[i].Diagnoses = append(claims[i].Diagnoses, code)
					src.diagCols = append(src.diagCols, col)
				}
			}
			if claims[i].PlaceOfService != "" {
				src.posRow = t.line
			}
			sources = append(sources, src)
		}
		c, src := &claims[i], &sources[i]
		n, ok := whole(t.get("claim_line_number"))
		if !ok || n < 1 {
			t.bad("claim_line_number", "want a whole number >= 1, got %s", quoteNumber(t.get("claim_line_number")))
		}
		code := t.get("hcpcs_code")
		units := 1 // when empty, and for 0 on an institutional revenue-code line
		if u := t.get("service_unit_quantity"); u != "" {
			v, ok := whole(u)
			switch {
			case ok && v >= 1:
				units = v
			case ok && v == 0 && code == "" && t.get("claim_type") == adjudicator.Institutional:
			default:
				t.bad("service_unit_quantity", "want a whole number of units >= 1, got %s", quoteNumber(u))
			}
		}
		var charge int64
		switch a := t.get("charge_amount"); {
		case a == "":
			t.bad("charge_amount", "required: want a dollar amount >= 0 with at most 2 decimals")
		case !amountPattern.MatchString(a):
			t.bad("charge_amount", "want a dollar amount >= 0 with at most 2 decimals, got %s", quoteNumber(a))
		default:
			var err error
			if charge, err = ParseCents(a); err != nil {
				t.bad("charge_amount", "want a dollar amount >= 0 with at most 2 decimals, got %s", quoteNumber(a))
			}
		}
		lineDate, _ := t.date("claim_line_start_date", true)
		l := adjudicator.Line{
			Number: n, Code: code, Units: units, ChargeCents: charge,
			ServiceDate: lineDate, RevenueCode: t.get("revenue_center_code"),
		}
		ls := lineSource{row: t.line}
		for m := 1; m <= 5; m++ {
			col := fmt.Sprintf("hcpcs_modifier_%d", m)
			if mod := t.get(col); mod != "" {
				l.Modifiers = append(l.Modifiers, mod)
				ls.modCols = append(ls.modCols, col)
			}
		}
		if c.PlaceOfService == "" && t.get("place_of_service_code") != "" {
			c.PlaceOfService, src.posRow = t.get("place_of_service_code"), t.line
		}
		c.Lines = append(c.Lines, l)
		c.Rows = append(c.Rows, t.line)
		src.lines = append(src.lines, ls)
	}
	for i := range claims {
		err := claims[i].Validate()
		var ve *adjudicator.ValidationError
		if errors.As(err, &ve) {
			for _, f := range ve.Fields {
				row, col, msg := sources[i].locate(f)
				errs.add(row, col, "%s", msg)
			}
		} else if err != nil {
			errs.add(sources[i].firstRow, "", "%v", err)
		}
	}
	if err := errs.err(); err != nil {
		return nil, err
	}
	return claims, nil
}

var (
	claimColumns = map[string]string{
		"$.claim_id": "claim_id", "$.claim_type": "claim_type", "$.member_id": "member_id",
		"$.rendering_npi": "rendering_npi", "$.service_from": "claim_start_date", "$.service_to": "claim_end_date",
	}
	lineColumns = map[string]string{
		"line": "claim_line_number", "code": "hcpcs_code", "revenue_code": "revenue_center_code",
		"units": "service_unit_quantity", "charge_cents": "charge_amount", "service_date": "claim_line_start_date",
	}
	diagnosisPath = regexp.MustCompile(`^\$\.diagnoses\[([0-9]+)\]$`)
	linePath      = regexp.MustCompile(`^\$\.lines\[([0-9]+)\]\.([a-z_]+)(?:\[([0-9]+)\])?$`)
)

// locate finds the row and column a claim's validation error came from.
// An error it cannot place is reported on the claim's first row with its
// JSON path.
func (s *source) locate(f adjudicator.FieldError) (int, string, string) {
	if col, ok := claimColumns[f.Path]; ok {
		return s.firstRow, col, f.Msg
	}
	switch f.Path {
	case "$.billing_npi":
		if s.billingCol == "" {
			return s.firstRow, "", f.Error()
		}
		return s.firstRow, s.billingCol, f.Msg
	case "$.place_of_service":
		return s.posRow, "place_of_service_code", f.Msg
	}
	if m := diagnosisPath.FindStringSubmatch(f.Path); m != nil {
		if k, _ := strconv.Atoi(m[1]); k < len(s.diagCols) {
			return s.firstRow, s.diagCols[k], f.Msg
		}
	}
	if m := linePath.FindStringSubmatch(f.Path); m != nil {
		k, _ := strconv.Atoi(m[1])
		if k < len(s.lines) {
			ls := s.lines[k]
			if col, ok := lineColumns[m[2]]; ok && m[3] == "" {
				return ls.row, col, f.Msg
			}
			if j, err := strconv.Atoi(m[3]); m[2] == "modifiers" && err == nil && j < len(ls.modCols) {
				return ls.row, ls.modCols[j], f.Msg
			}
			return ls.row, "", f.Error()
		}
	}
	return s.firstRow, "", f.Error()
}

// ReadEligibility returns each member's coverage spans, in file order. Its
// errors are an *Errors, like ReadClaims'.
func ReadEligibility(r io.Reader) (map[string][]adjudicator.Span, error) {
	rows, err := ReadEligibilityRows("", r, nil)
	if err != nil {
		return nil, err
	}
	out := map[string][]adjudicator.Span{}
	for _, row := range rows {
		out[row.MemberID] = append(out[row.MemberID], row.Span)
	}
	return out, nil
}

// EligibilityRow is one coverage span and where it was read.
type EligibilityRow struct {
	// Row is the line of the file the record starts on (the header is row 1).
	Row      int
	MemberID string
	adjudicator.Span
}

// The columns of the eligibility layout that ReadEligibilityRows reads.
const (
	ColumnMemberID = "member_id"
	ColumnStart    = "enrollment_start_date"
	ColumnEnd      = "enrollment_end_date"
	ColumnPlan     = "plan"
)

// SpanCheck is a reader's own rule for a span that is otherwise valid (a
// store's limits, say): it names the column broken and the rule, quoting no
// value, or returns "" for both when the span is acceptable.
type SpanCheck func(adjudicator.Span) (column, problem string)

// ReadEligibilityRows reads the eligibility layout span by span, in file
// order, each with its row. name, when not empty, is the file's name in
// errors. check, when not nil, is asked about every row that is otherwise
// valid, and its problems are reported with the others. Its errors are an
// *Errors, like ReadClaims'; an empty file is an error.
func ReadEligibilityRows(name string, r io.Reader, check SpanCheck) ([]EligibilityRow, error) {
	errs := &collector{file: name}
	t := newTable(r, errs, ColumnMemberID, ColumnStart, ColumnEnd, ColumnPlan)
	if t == nil {
		if err := errs.err(); err != nil {
			return nil, err
		}
		return nil, errors.New("empty file: want a header row and coverage spans")
	}
	var out []EligibilityRow
	for t.next() {
		row := EligibilityRow{Row: t.line, MemberID: t.get(ColumnMemberID), Span: adjudicator.Span{PlanID: t.get(ColumnPlan)}}
		valid := true
		if row.MemberID == "" {
			t.bad(ColumnMemberID, "required")
			valid = false
		}
		if row.PlanID == "" {
			t.bad(ColumnPlan, "required")
			valid = false
		}
		var startOK, endOK bool
		row.Start, startOK = t.date(ColumnStart, false)
		row.End, endOK = t.date(ColumnEnd, false)
		if startOK && endOK && row.End < row.Start {
			t.bad(ColumnEnd, "is before %s", ColumnStart)
			valid = false
		}
		if valid && startOK && endOK && check != nil {
			if column, problem := check(row.Span); column != "" {
				t.bad(column, "%s", problem)
			}
		}
		out = append(out, row)
	}
	if err := errs.err(); err != nil {
		return nil, err
	}
	return out, nil
}
