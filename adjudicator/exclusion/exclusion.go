// Package exclusion reads a list of providers excluded from federal health
// care programs, in the layout of the OIG's List of Excluded Individuals and
// Entities (LEIE, the UPDATED.csv download):
//
//	LASTNAME,FIRSTNAME,MIDNAME,BUSNAME,GENERAL,SPECIALTY,UPIN,NPI,DOB,ADDRESS,CITY,STATE,ZIP,EXCLTYPE,EXCLDATE,REINDATE,WAIVERDATE,WVRSTATE
//
// Only NPI, EXCLDATE and REINDATE are read: the rules match claims by NPI
// (an entry whose NPI is 0000000000, the LEIE's "none", cannot match one
// and is skipped), and a provider counts as excluded on a date of service
// from its exclusion date until the day before its reinstatement date
// (REINDATE 00000000: not reinstated). Waivers (WAIVERDATE, WVRSTATE) are
// not applied: a waiver is for one state's program, which a claim does
// not say, so the analyst a flag reaches decides.
//
// Bad input is refused, never repaired: every problem is reported (the
// first MaxErrors of them), each by its row and column. Messages name the
// rule broken and say how long a value is; they never quote a row's
// values (names, addresses, dates of birth).
package exclusion

import (
	"bytes"
	"crypto/sha256"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/claimsledger/claims/adjudicator"
)

// Header is the LEIE header, in order; a list must have exactly it.
var Header = []string{"LASTNAME", "FIRSTNAME", "MIDNAME", "BUSNAME", "GENERAL", "SPECIALTY", "UPIN", "NPI", "DOB",
	"ADDRESS", "CITY", "STATE", "ZIP", "EXCLTYPE", "EXCLDATE", "REINDATE", "WAIVERDATE", "WVRSTATE"}

// Columns read, as indexes into Header.
const (
	colNPI      = 7
	colExclDate = 14
	colReinDate = 15
)

// MaxErrors is how many problems Read lists; the rest are counted.
const MaxErrors = 20

// NoEnd is the Until of a period that has not ended: it sorts after every
// date of service.
const NoEnd = "9999-12-31"

// Period is when a provider is excluded: from From until the day before
// Until (its reinstatement date, or NoEnd), dates YYYY-MM-DD.
type Period struct {
	From  string
	Until string
}

// In reports whether the date of service dos (YYYY-MM-DD) falls in p.
func (p Period) In(dos string) bool { return p.From <= dos && dos < p.Until }

// List is an exclusion list indexed by NPI. The zero value is an empty
// list.
type List struct {
	byNPI  map[string][]Period
	rows   int
	digest [32]byte
}

// RowError is one problem of a list, by row and column.
type RowError = adjudicator.RowError

// Errors is every problem of one list, in row order: the first MaxErrors of
// them, and how many more.
type Errors struct {
	// File names the list in the message; it may be empty.
	File    string
	Rows    []RowError
	Omitted int
}

func (e *Errors) Error() string {
	var b strings.Builder
	b.WriteString("exclusion list")
	if e.File != "" {
		b.WriteString(" " + e.File)
	}
	b.WriteString(":")
	for _, r := range e.Rows {
		b.WriteString("\n  " + r.String())
	}
	if e.Omitted > 0 {
		fmt.Fprintf(&b, "\n  and %d more errors", e.Omitted)
	}
	return b.String()
}

type collector struct {
	rows    []RowError
	omitted int
}

func (c *collector) add(row int, column, format string, args ...any) {
	if len(c.rows) == MaxErrors {
		c.omitted++
		return
	}
	c.rows = append(c.rows, RowError{Row: row, Column: column, Msg: fmt.Sprintf(format, args...)})
}

// Load reads the list in the file at path.
func Load(path string) (*List, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("exclusion list: %w", err)
	}
	l, err := Read(bytes.NewReader(b))
	var e *Errors
	if errors.As(err, &e) {
		e.File = path
	}
	return l, err
}

// Read reads a list in the LEIE layout. An error is an *Errors.
func Read(r io.Reader) (*List, error) {
	cr := csv.NewReader(r)
	cr.ReuseRecord = true
	var errs collector
	header, err := cr.Read()
	switch {
	case errors.Is(err, io.EOF):
		errs.add(1, "", "empty file: want the LEIE header %s", strings.Join(Header, ","))
	case err != nil:
		errs.add(1, "", "%s", csvProblem(err))
	default:
		if len(header) > 0 {
			header[0] = strings.TrimPrefix(header[0], "\ufeff") // a byte order mark, as spreadsheets write
		}
		if !slices.EqualFunc(header, Header, func(got, want string) bool { return strings.TrimSpace(got) == want }) {
			errs.add(1, "", "want the LEIE header %s (%d columns), got %d columns", strings.Join(Header, ","), len(Header), len(header))
		}
	}
	if len(errs.rows) > 0 {
		return nil, &Errors{Rows: errs.rows}
	}
	l := &List{byNPI: map[string][]Period{}}
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			row := 0
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				row = pe.StartLine
			}
			errs.add(row, "", "%s", csvProblem(err))
			if !errors.Is(err, csv.ErrFieldCount) {
				break // the reader cannot resynchronise after a syntax error
			}
			continue
		}
		row, _ := cr.FieldPos(0)
		npi, p, ok := entry(rec, row, &errs)
		if !ok || npi == "" {
			continue
		}
		l.rows++
		if !slices.Contains(l.byNPI[npi], p) {
			l.byNPI[npi] = append(l.byNPI[npi], p)
		}
	}
	if len(errs.rows) > 0 {
		return nil, &Errors{Rows: errs.rows, Omitted: errs.omitted}
	}
	l.digest = l.canonicalDigest()
	return l, nil
}

// entry reads one row: the NPI ("" for none) and the exclusion period.
func entry(rec []string, row int, errs *collector) (string, Period, bool) {
	npi := strings.TrimSpace(rec[colNPI])
	ok := true
	switch {
	case npi == "" || npi == "0000000000":
		npi = ""
	case len(npi) != 10 || strings.Trim(npi, "0123456789") != "":
		errs.add(row, Header[colNPI], "want 10 digits or 0000000000 (none), got %s", shape(npi))
		ok = false
	case !adjudicator.NPICheckDigitOK(npi):
		errs.add(row, Header[colNPI], "the last digit is not the NPI's check digit")
		ok = false
	}
	from, fromOK := date(rec[colExclDate], false)
	if !fromOK {
		errs.add(row, Header[colExclDate], "want the exclusion date as YYYYMMDD, got %s", shape(rec[colExclDate]))
		ok = false
	}
	until, untilOK := date(rec[colReinDate], true)
	if !untilOK {
		errs.add(row, Header[colReinDate], "want the reinstatement date as YYYYMMDD, or 00000000 (not reinstated), got %s", shape(rec[colReinDate]))
		ok = false
	}
	if ok && until != NoEnd && until <= from {
		errs.add(row, Header[colReinDate], "reinstated on or before the exclusion date")
		ok = false
	}
	return npi, Period{From: from, Until: until}, ok
}

// date converts YYYYMMDD to YYYY-MM-DD, the rules' form. With optional,
// 00000000 or empty is NoEnd.
func date(s string, optional bool) (string, bool) {
	s = strings.TrimSpace(s)
	if optional && (s == "" || s == "00000000") {
		return NoEnd, true
	}
	t, err := time.Parse("20060102", s)
	if err != nil || len(s) != 8 {
		return "", false
	}
	return t.Format(time.DateOnly), true
}

// shape describes a value without quoting it.
func shape(s string) string {
	s = strings.TrimSpace(s)
	switch {
	case s == "":
		return "an empty field"
	case strings.Trim(s, "0123456789") == "":
		return fmt.Sprintf("%d digits", len(s))
	}
	return fmt.Sprintf("%d characters, not all digits", len([]rune(s)))
}

// csvProblem restates a CSV reader error without quoting the input.
func csvProblem(err error) string {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		switch {
		case errors.Is(pe.Err, csv.ErrFieldCount):
			return fmt.Sprintf("want %d fields, as the header has", len(Header))
		case errors.Is(pe.Err, csv.ErrQuote), errors.Is(pe.Err, csv.ErrBareQuote):
			return fmt.Sprintf("malformed quoting at column %d of line %d", pe.Column, pe.Line)
		}
		return fmt.Sprintf("malformed CSV at column %d of line %d", pe.Column, pe.Line)
	}
	return "unreadable CSV"
}

// Len is the number of rows with an NPI (rows without one cannot match a
// claim and are not kept).
func (l *List) Len() int {
	if l == nil {
		return 0
	}
	return l.rows
}

// Excluded reports the period of the first entry (by exclusion date) that
// excludes npi on the date of service dos.
func (l *List) Excluded(npi, dos string) (Period, bool) {
	if l == nil {
		return Period{}, false
	}
	for _, p := range l.sorted(npi) {
		if p.In(dos) {
			return p, true
		}
	}
	return Period{}, false
}

func (l *List) sorted(npi string) []Period {
	ps := slices.Clone(l.byNPI[npi])
	slices.SortFunc(ps, comparePeriods)
	return ps
}

func comparePeriods(a, b Period) int {
	if c := strings.Compare(a.From, b.From); c != 0 {
		return c
	}
	return strings.Compare(a.Until, b.Until)
}

// Digest identifies what the rules read of the list: SHA-256 over its
// entries in a canonical form ("npi,from,until\n", sorted, duplicates
// once), so two downloads that differ only in names, addresses, column
// quoting or row order have the same digest, and any change to who is
// excluded when changes it. The policy hash covers it.
func (l *List) Digest() [32]byte {
	if l == nil {
		return (&List{}).canonicalDigest()
	}
	return l.digest
}

func (l *List) canonicalDigest() [32]byte {
	npis := make([]string, 0, len(l.byNPI))
	for npi := range l.byNPI {
		npis = append(npis, npi)
	}
	slices.Sort(npis)
	h := sha256.New()
	for _, npi := range npis {
		for _, p := range l.sorted(npi) {
			fmt.Fprintf(h, "%s,%s,%s\n", npi, p.From, p.Until)
		}
	}
	var sum [32]byte
	h.Sum(sum[:0])
	return sum
}

// Data is the list as the rules read it, data.exclusions:
//
//	{"npi": {npi: [{"from": "YYYY-MM-DD", "until": "YYYY-MM-DD"}]}}
//
// periods sorted by exclusion date, so a lookup by NPI is one step and the
// first period that covers a date is the earliest exclusion.
func (l *List) Data() map[string]any {
	byNPI := map[string]any{}
	if l != nil {
		for npi := range l.byNPI {
			ps := l.sorted(npi)
			out := make([]any, len(ps))
			for i, p := range ps {
				out[i] = map[string]any{"from": p.From, "until": p.Until}
			}
			byNPI[npi] = out
		}
	}
	return map[string]any{"npi": byNPI}
}
