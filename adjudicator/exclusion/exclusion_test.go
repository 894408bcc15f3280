package exclusion

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

const header = "LASTNAME,FIRSTNAME,MIDNAME,BUSNAME,GENERAL,SPECIALTY,UPIN,NPI,DOB,ADDRESS,CITY,STATE,ZIP,EXCLTYPE,EXCLDATE,REINDATE,WAIVERDATE,WVRSTATE\n"

// row is an LEIE row with the three columns the reader reads.
func row(npi, excl, rein string) string {
	return "DOE,JANE,,,IND- LIC HC SERV PRO,PHYSICIAN (MD),," + npi + ",19700101,1 MAIN ST,TOWN,UT,84000,1128b4," + excl + "," + rein + ",00000000,\n"
}

func TestReadSample(t *testing.T) {
	l, err := Load("../sample/leie_sample.csv")
	if err != nil {
		t.Fatal(err)
	}
	if l.Len() != 3 {
		t.Fatalf("%d entries, want the sample's 3", l.Len())
	}
	for _, tc := range []struct {
		npi, dos string
		want     bool
	}{
		{"1900000005", "2016-06-14", false}, // the day before the exclusion
		{"1900000005", "2016-06-15", true},
		{"1900000005", "2030-01-01", true}, // never reinstated
		{"2900000003", "2017-03-01", true},
		{"1999999992", "2017-01-09", true},  // the day before the reinstatement
		{"1999999992", "2017-01-10", false}, // reinstated on the date of service
		{"1234567893", "2017-01-10", false}, // not on the list
	} {
		if _, got := l.Excluded(tc.npi, tc.dos); got != tc.want {
			t.Errorf("Excluded(%s, %s) = %v, want %v", tc.npi, tc.dos, got, tc.want)
		}
	}
	want := map[string]any{"npi": map[string]any{
		"1900000005": []any{map[string]any{"from": "2016-06-15", "until": NoEnd}},
		"2900000003": []any{map[string]any{"from": "2017-03-01", "until": NoEnd}},
		"1999999992": []any{map[string]any{"from": "2015-01-05", "until": "2017-01-10"}},
	}}
	if got := l.Data(); !reflect.DeepEqual(got, want) {
		t.Errorf("Data() = %v, want %v", got, want)
	}
}

func TestNoNPIAndRepeatedEntries(t *testing.T) {
	l, err := Read(strings.NewReader(header +
		row("0000000000", "20170101", "00000000") + // by name only: cannot match a claim
		row("", "20170101", "") +
		row("1234567893", "20170101", "20180101") +
		row("1234567893", "20190101", "00000000") + // excluded again
		row("1234567893", "20190101", "00000000"))) // the same entry twice counts once
	if err != nil {
		t.Fatal(err)
	}
	if l.Len() != 3 || len(l.Data()["npi"].(map[string]any)) != 1 {
		t.Fatalf("Len %d, data %v; want 3 rows of one NPI", l.Len(), l.Data())
	}
	if got := l.Data()["npi"].(map[string]any)["1234567893"].([]any); len(got) != 2 {
		t.Errorf("periods %v, want the two distinct ones", got)
	}
	for dos, want := range map[string]bool{"2017-06-01": true, "2018-06-01": false, "2019-06-01": true} {
		if _, got := l.Excluded("1234567893", dos); got != want {
			t.Errorf("excluded on %s = %v, want %v", dos, got, want)
		}
	}
}

// The digest covers who is excluded when, and nothing else.
func TestDigest(t *testing.T) {
	read := func(s string) [32]byte {
		t.Helper()
		l, err := Read(strings.NewReader(s))
		if err != nil {
			t.Fatal(err)
		}
		return l.Digest()
	}
	a := row("1234567893", "20170101", "00000000")
	b := row("1900000005", "20160615", "00000000")
	base := read(header + a + b)
	if read(header+b+a) != base {
		t.Error("row order changed the digest")
	}
	if read(header+strings.Replace(a, "DOE", "ROE", 1)+b) != base {
		t.Error("a name changed the digest")
	}
	if read(header+a+b+b) != base {
		t.Error("a repeated entry changed the digest")
	}
	for name, other := range map[string]string{
		"entry removed":     header + a,
		"date changed":      header + row("1234567893", "20170102", "00000000") + b,
		"reinstated":        header + row("1234567893", "20170101", "20180101") + b,
		"another provider":  header + row("2900000003", "20170101", "00000000") + b,
		"no entries at all": header,
	} {
		if read(other) == base {
			t.Errorf("%s: same digest", name)
		}
	}
	var none *List
	if none.Digest() != read(header) || none.Len() != 0 {
		t.Error("a nil list is not the empty list")
	}
}

func TestErrors(t *testing.T) {
	for _, tc := range []struct {
		name, csv string
		want      []string
	}{
		{"empty", "", []string{"row 1: empty file"}},
		{"not the LEIE header", "NPI,EXCLDATE\n", []string{"row 1: want the LEIE header"}},
		{"short NPI", header + row("123456789", "20170101", "00000000"), []string{"row 2, column NPI: want 10 digits or 0000000000 (none), got 9 digits"}},
		{"letters in the NPI", header + row("12345678AB", "20170101", "00000000"), []string{"row 2, column NPI: want 10 digits or 0000000000 (none), got 10 characters, not all digits"}},
		{"check digit", header + row("1234567890", "20170101", "00000000"), []string{"row 2, column NPI: the last digit is not the NPI's check digit"}},
		{"no exclusion date", header + row("1234567893", "", "00000000"), []string{"row 2, column EXCLDATE: want the exclusion date as YYYYMMDD, got an empty field"}},
		{"impossible date", header + row("1234567893", "20170230", "00000000"), []string{"row 2, column EXCLDATE: want the exclusion date as YYYYMMDD, got 8 digits"}},
		{"dashed date", header + row("1234567893", "2017-01-01", "00000000"), []string{"row 2, column EXCLDATE: want the exclusion date as YYYYMMDD, got 10 characters, not all digits"}},
		{"bad reinstatement", header + row("1234567893", "20170101", "2018"), []string{"row 2, column REINDATE: want the reinstatement date as YYYYMMDD, or 00000000 (not reinstated), got 4 digits"}},
		{"reinstated before excluded", header + row("1234567893", "20170101", "20170101"), []string{"row 2, column REINDATE: reinstated on or before the exclusion date"}},
		{"field count", header + row("1234567893", "20170101", "00000000") + "A,B\n" + row("1234567890", "20170101", "00000000"),
			[]string{"row 3: want 18 fields, as the header has", "row 4, column NPI: the last digit"}},
		{"bad quoting", header + `"DOE"X,` + row("1234567893", "20170101", "00000000")[4:], []string{"row 2: malformed quoting"}},
		{"every problem of a row", header + row("1", "2", "3"), []string{"row 2, column NPI", "row 2, column EXCLDATE", "row 2, column REINDATE"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Read(strings.NewReader(tc.csv))
			var e *Errors
			if !errors.As(err, &e) {
				t.Fatalf("err = %v, want *Errors", err)
			}
			if len(e.Rows) != len(tc.want) {
				t.Fatalf("%d problems, want %d: %v", len(e.Rows), len(tc.want), err)
			}
			for i, w := range tc.want {
				if !strings.HasPrefix(e.Rows[i].String(), w) {
					t.Errorf("problem %d: %q, want it to start %q", i, e.Rows[i], w)
				}
			}
			if strings.Contains(err.Error(), "DOE") || strings.Contains(err.Error(), "MAIN ST") {
				t.Errorf("the error quotes a row's values: %v", err)
			}
		})
	}
}

func TestManyErrorsAreCounted(t *testing.T) {
	var b strings.Builder
	b.WriteString(header)
	for range MaxErrors + 5 {
		b.WriteString(row("1234567890", "20170101", "00000000"))
	}
	_, err := Read(strings.NewReader(b.String()))
	var e *Errors
	if !errors.As(err, &e) || len(e.Rows) != MaxErrors || e.Omitted != 5 || !strings.Contains(err.Error(), "and 5 more errors") {
		t.Fatalf("err = %v", err)
	}
}

func TestLoadNamesTheFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "UPDATED.csv")
	if err := os.WriteFile(p, []byte(header+row("1234567890", "20170101", "00000000")), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(p); err == nil || !strings.Contains(err.Error(), "exclusion list "+p+":\n  row 2, column NPI") {
		t.Errorf("err = %v, want it to name the file, row and column", err)
	}
	if _, err := Load(filepath.Join(t.TempDir(), "missing.csv")); err == nil || !strings.Contains(err.Error(), "exclusion list") {
		t.Errorf("missing file: err = %v", err)
	}
	// A byte order mark before the header, as spreadsheets save it, is read.
	if err := os.WriteFile(p, []byte("\ufeff"+header+row("1234567893", "20170101", "00000000")), 0o644); err != nil {
		t.Fatal(err)
	}
	if l, err := Load(p); err != nil || l.Len() != 1 {
		t.Errorf("with a byte order mark: %v", err)
	}
}
