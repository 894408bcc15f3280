package elig270

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/x12"
)

// d8 is the X12 date format CCYYMMDD.
const d8 = "20060102"

// parseD8 reads a CCYYMMDD date into YYYY-MM-DD.
func parseD8(s string) (string, bool) {
	if len(s) != 8 || strings.Trim(s, "0123456789") != "" {
		return "", false
	}
	t, err := time.Parse(d8, s)
	if err != nil {
		return "", false
	}
	return t.Format(time.DateOnly), true
}

// toD8 writes a YYYY-MM-DD date as CCYYMMDD.
func toD8(iso string) (string, error) {
	t, err := time.Parse(time.DateOnly, iso)
	if err != nil {
		return "", fmt.Errorf("a date is not YYYY-MM-DD")
	}
	return t.Format(d8), nil
}

// period writes a range of days as DTP02 and DTP03: D8 for one day, else RD8.
func period(from, to string) (format, value string, err error) {
	f, err := toD8(from)
	if err != nil {
		return "", "", err
	}
	if from == to {
		return "D8", f, nil
	}
	t, err := toD8(to)
	if err != nil {
		return "", "", err
	}
	return "RD8", f + "-" + t, nil
}

// code reports whether s is a 1 to maxLen character code of upper-case letters and digits, the
// shape of every X12 ID element this package reads or writes.
func code(s string, maxLen int) bool {
	if len(s) < 1 || len(s) > maxLen {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// checkNPI says what is wrong with an NPI, or nil: 10 digits, the last a Luhn check digit over
// 80840 and the first nine.
func checkNPI(npi string) *problem {
	switch {
	case strings.Trim(npi, "0123456789") != "":
		return &problem{x12.ElemInvalidChar, "an NPI is 10 digits"}
	case len(npi) < 10:
		return &problem{x12.ElemTooShort, "an NPI is 10 digits"}
	case len(npi) > 10:
		return &problem{x12.ElemTooLong, "an NPI is 10 digits"}
	}
	if !adjudicator.NPICheckDigitOK(npi) {
		return &problem{x12.ElemInvalidCode, "the NPI fails its check digit (Luhn over 80840 and the first nine digits)"}
	}
	return nil
}

// problem is an element error's 999 code and reason.
type problem struct {
	code, reason string
}

func elemErr(s x12.Segment, el int, loop string, p *problem) *x12.Error {
	return &x12.Error{Pos: s.Pos, SegmentID: s.ID, Element: el, Loop: loop,
		SegmentCode: x12.SegHasDataErrors, ElementCode: p.code, Reason: p.reason}
}

func segErr(s x12.Segment, code, loop, reason string) *x12.Error {
	return &x12.Error{Pos: s.Pos, SegmentID: s.ID, Loop: loop, SegmentCode: code, Reason: reason}
}

// missingSeg is a required segment that is missing, placed, as a 999 places it, at the position
// of the segment found where it was expected.
func missingSeg(at int, id, loop, reason string) *x12.Error {
	return &x12.Error{Pos: at, SegmentID: id, Loop: loop, SegmentCode: x12.SegRequiredMissed, Reason: "missing " + id + ": " + reason}
}

func missing(what string) *problem { return &problem{x12.ElemRequiredMissing, what + " is required"} }

func sortErrors(es x12.Errors) x12.Errors {
	slices.SortStableFunc(es, func(a, b *x12.Error) int {
		return cmp.Or(cmp.Compare(a.Pos, b.Pos), cmp.Compare(a.Element, b.Element))
	})
	return es
}
