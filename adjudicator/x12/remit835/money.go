package remit835

import (
	"errors"
	"strconv"
	"strings"
	"time"
)

// maxDigits is the longest X12 monetary amount (data element 782: R, 1-18 digits, the sign
// and decimal point not counted).
const maxDigits = 18

// formatCents writes cents as an X12 decimal. X12 suppresses trailing fractional zeros, so
// 27100 is "271" and 27150 is "271.5"; a value under a dollar keeps its leading "0".
func formatCents(c int64) string {
	neg := c < 0
	u := uint64(c)
	if neg {
		u = -u // also right for math.MinInt64
	}
	s := strconv.FormatUint(u/100, 10)
	switch f := u % 100; {
	case f == 0:
	case f%10 == 0:
		s += "." + strconv.FormatUint(f/10, 10)
	default:
		s += "." + strconv.FormatUint(f/10, 10) + strconv.FormatUint(f%10, 10)
	}
	if neg {
		s = "-" + s
	}
	return s
}

// centsFit reports whether c can be written in 18 digits.
func centsFit(c int64) bool {
	const limit = 999_999_999_999_999_999
	return c >= -limit && c <= limit
}

var (
	errNotDecimal = errors.New("not an X12 decimal (an optional minus, digits, an optional decimal point)")
	errTooLong    = errors.New("more than 18 digits")
	errSubCent    = errors.New("a fraction of a cent")
)

// parseCents reads an X12 decimal amount exactly into cents: no floats, and a value with a
// non-zero third decimal is refused rather than rounded.
func parseCents(s string) (int64, error) {
	neg := strings.HasPrefix(s, "-")
	if neg {
		s = s[1:]
	}
	whole, frac, _ := strings.Cut(s, ".")
	if whole == "" && frac == "" || !allDigits(whole) || !allDigits(frac) {
		return 0, errNotDecimal
	}
	if len(whole)+len(frac) > maxDigits {
		return 0, errTooLong
	}
	for len(frac) > 2 {
		if frac[len(frac)-1] != '0' {
			return 0, errSubCent
		}
		frac = frac[:len(frac)-1]
	}
	frac += strings.Repeat("0", 2-len(frac))
	// At most 18 digits: the sum fits in int64.
	v, _ := strconv.ParseInt("0"+whole+frac, 10, 64)
	if neg {
		v = -v
	}
	return v, nil
}

// validQuantity reports whether s is an X12 decimal quantity (data element 380: R, 1-15 digits).
func validQuantity(s string) bool {
	s = strings.TrimPrefix(s, "-")
	whole, frac, _ := strings.Cut(s, ".")
	return (whole != "" || frac != "") && allDigits(whole) && allDigits(frac) && len(whole)+len(frac) <= 15
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// x12Date turns "YYYY-MM-DD" into X12's CCYYMMDD.
func x12Date(iso string) string { return strings.ReplaceAll(iso, "-", "") }

// isoDate turns CCYYMMDD into "YYYY-MM-DD"; ok is false unless s is 8 digits. A string of 8
// digits that is not a calendar date still converts: the caller decides whether to mind.
func isoDate(s string) (iso string, ok bool) {
	if len(s) != 8 || !allDigits(s) {
		return "", false
	}
	return s[:4] + "-" + s[4:6] + "-" + s[6:], true
}

// calendarDate reports whether iso is a real YYYY-MM-DD date.
func calendarDate(iso string) bool {
	_, err := time.Parse(time.DateOnly, iso)
	return err == nil && len(iso) == len(time.DateOnly)
}
