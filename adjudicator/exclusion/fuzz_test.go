package exclusion

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/claimsledger/claims/adjudicator"
)

// FuzzRead feeds the exclusion list reader arbitrary text. Properties:
//   - it never panics, and an error is an *Errors of 1 to MaxErrors
//     problems, each on a line of the input (row 1 to its last line) and
//     naming a header column or none;
//   - a list it returns has only NPIs of 10 digits with their check digit,
//     and periods of YYYY-MM-DD dates that end after they start;
//   - the list reads back the same from its own canonical form (same
//     digest), so the digest says what the rules will read.
func FuzzRead(f *testing.F) {
	sample, err := os.ReadFile("../sample/leie_sample.csv")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(sample))
	f.Add(header)
	f.Add("")
	f.Add(header + row("0000000000", "20170101", "00000000"))
	f.Add(header + row("1234567893", "20170101", "20180101") + row("1234567893", "20190101", ""))
	f.Add(header + row("1234567890", "2017013", "x") + "A,B\n")
	f.Add(header + "\"unterminated\n")
	f.Fuzz(func(t *testing.T, s string) {
		l, err := Read(strings.NewReader(s))
		if err != nil {
			var e *Errors
			if !errors.As(err, &e) {
				t.Fatalf("error of type %T: %v", err, err)
			}
			last := strings.Count(s, "\n") + 1
			if len(e.Rows) == 0 || len(e.Rows) > MaxErrors {
				t.Fatalf("%d problems listed", len(e.Rows))
			}
			for _, r := range e.Rows {
				if r.Row < 1 || r.Row > last || r.Msg == "" {
					t.Fatalf("problem %v outside the input's %d lines", r, last)
				}
				if r.Column != "" && r.Column != "NPI" && r.Column != "EXCLDATE" && r.Column != "REINDATE" {
					t.Fatalf("problem names column %q, which the reader does not read", r.Column)
				}
			}
			return
		}
		var canon strings.Builder
		canon.WriteString(header)
		for npi, ps := range l.Data()["npi"].(map[string]any) {
			if !adjudicator.NPICheckDigitOK(npi) {
				t.Fatalf("NPI of %d characters without its check digit kept", len(npi))
			}
			for _, p := range ps.([]any) {
				m := p.(map[string]any)
				from, until := m["from"].(string), m["until"].(string)
				if len(from) != 10 || len(until) != 10 || until < from {
					t.Fatalf("period %v", m)
				}
				rein := strings.ReplaceAll(until, "-", "")
				if until == NoEnd {
					rein = "00000000"
				}
				canon.WriteString(row(npi, strings.ReplaceAll(from, "-", ""), rein))
			}
		}
		again, err := Read(strings.NewReader(canon.String()))
		if err != nil {
			t.Fatalf("the list's own entries do not read back: %v", err)
		}
		if again.Digest() != l.Digest() {
			t.Fatal("the list read back from its entries has another digest")
		}
	})
}
