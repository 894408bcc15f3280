package claim837

import (
	"strconv"
	"strings"
	"time"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/x12"
)

// problem is why an element's value was refused: the 999 IK403 code and the rule broken, never
// the value.
type problem struct {
	code, reason string
}

func missingValue(what string) *problem {
	return &problem{x12.ElemRequiredMissing, what + " is required"}
}

// maxWholeDollars bounds an amount's dollars so that cents fit an int64 with room to sum lines.
const maxWholeDollars = 15

// parseCents reads an X12 decimal (type R) dollar amount into cents exactly: "100", "100.5",
// "100.50" and ".5" are accepted; more than two decimals (fractions of a cent), an exponent, a
// plus sign, a trailing decimal point and anything else that is not a decimal number are not.
// A leading minus is syntax X12 allows; the caller decides whether a negative amount makes sense.
func parseCents(s, what string) (int64, *problem) {
	if s == "" {
		return 0, missingValue(what)
	}
	neg := strings.HasPrefix(s, "-")
	whole, frac, dot := strings.Cut(strings.TrimPrefix(s, "-"), ".")
	switch {
	case whole == "" && frac == "", dot && frac == "", !allDigits(whole), !allDigits(frac):
		return 0, &problem{x12.ElemInvalidChar, what + " must be a decimal amount such as 100, 100.5 or 100.50"}
	case len(frac) > 2:
		return 0, &problem{x12.ElemInvalidCode, what + " has more than 2 decimals: amounts are whole cents"}
	case len(strings.TrimLeft(whole, "0")) > maxWholeDollars:
		return 0, &problem{x12.ElemTooLong, what + " is too large"}
	}
	var cents int64
	for _, d := range whole {
		cents = cents*10 + int64(d-'0')
	}
	frac += strings.Repeat("0", 2-len(frac))
	cents = cents*100 + int64(frac[0]-'0')*10 + int64(frac[1]-'0')
	if neg {
		cents = -cents
	}
	return cents, nil
}

// maxUnitDigits bounds a unit count far above any real line, and below int overflow.
const maxUnitDigits = 9

// parseUnits reads an X12 quantity (type R) that claims.v1 carries as whole units: "1", "1.0" and
// "21.00" are whole; "1.5" is refused, as claims.v1 has no fractional units.
func parseUnits(s, what string) (int, *problem) {
	if s == "" {
		return 0, missingValue(what)
	}
	neg := strings.HasPrefix(s, "-")
	whole, frac, dot := strings.Cut(strings.TrimPrefix(s, "-"), ".")
	switch {
	case whole == "" && frac == "", dot && frac == "", !allDigits(whole), !allDigits(frac):
		return 0, &problem{x12.ElemInvalidChar, what + " must be a decimal number"}
	case strings.Trim(frac, "0") != "":
		return 0, &problem{x12.ElemInvalidCode, what + " is fractional: claims.v1 carries whole units"}
	case len(strings.TrimLeft(whole, "0")) > maxUnitDigits:
		return 0, &problem{x12.ElemTooLong, what + " is too large"}
	}
	n := 0
	for _, d := range whole {
		n = n*10 + int(d-'0')
	}
	if neg {
		n = -n
	}
	return n, nil
}

// parseD8 reads a CCYYMMDD date into the claims.v1 form YYYY-MM-DD.
func parseD8(s, what string) (string, *problem) {
	if s == "" {
		return "", missingValue(what)
	}
	if len(s) != 8 || !allDigits(s) {
		return "", &problem{x12.ElemInvalidDate, what + " must be a date CCYYMMDD"}
	}
	t, err := time.Parse("20060102", s)
	if err != nil {
		return "", &problem{x12.ElemInvalidDate, what + " is not a calendar date"}
	}
	return t.Format(time.DateOnly), nil
}

// parseRD8 reads a CCYYMMDD-CCYYMMDD range; a range that ends before it starts is refused.
func parseRD8(s, what string) (from, to string, p *problem) {
	if s == "" {
		return "", "", missingValue(what)
	}
	a, b, ok := strings.Cut(s, "-")
	if !ok {
		return "", "", &problem{x12.ElemInvalidDate, what + " must be a date range CCYYMMDD-CCYYMMDD"}
	}
	if from, p = parseD8(a, what+" (start)"); p != nil {
		return "", "", p
	}
	if to, p = parseD8(b, what+" (end)"); p != nil {
		return "", "", p
	}
	if to < from {
		return "", "", &problem{x12.ElemInvalidDate, what + " ends before it starts"}
	}
	return from, to, nil
}

// parseLX reads LX01, a line's assigned number (N0, 1 to 6 digits).
func parseLX(s string) (int, *problem) {
	if s == "" {
		return 0, missingValue("the line number")
	}
	if len(s) > 6 || !allDigits(s) {
		return 0, &problem{x12.ElemInvalidChar, "the line number must be 1 to 6 digits"}
	}
	n, _ := strconv.Atoi(s)
	return n, nil
}

// checkNPI accepts a 10-digit NPI whose last digit is its check digit: the Luhn formula over the
// NPI prefixed with 80840, as CMS specifies. It is the check cmd/claims applies to
// `provider add --npi`; a claim from an NPI that fails it cannot be from a real provider.
func checkNPI(npi, what string) *problem {
	switch {
	case npi == "":
		return missingValue(what)
	case !allDigits(npi):
		return &problem{x12.ElemInvalidChar, what + " must be 10 digits"}
	case len(npi) < 10:
		return &problem{x12.ElemTooShort, what + " must be 10 digits"}
	case len(npi) > 10:
		return &problem{x12.ElemTooLong, what + " must be 10 digits"}
	case !adjudicator.NPICheckDigitOK(npi):
		return &problem{x12.ElemInvalidCode, what + " fails its check digit (Luhn over 80840 and the first nine digits)"}
	}
	return nil
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
