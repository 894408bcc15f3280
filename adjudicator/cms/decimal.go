package cms

import (
	"fmt"
	"strings"
)

// parseFixed parses a non-negative decimal string such as "12.5" into an
// integer count of 10^-places units (12.5 with places 2 is 1250), exactly:
// RVUs, GPCIs and conversion factors never pass through floating point.
//
// adjudicator/rules/mpfs has its own parser on purpose: the tests read the
// RVU file with it as an independent second reading, so the two must not
// share code.
func parseFixed(s string, places int) (int64, error) {
	whole, frac, dot := strings.Cut(s, ".")
	if whole == "" && (!dot || frac == "") {
		return 0, fmt.Errorf("want a decimal number, got %q", s)
	}
	if len(frac) > places {
		return 0, fmt.Errorf("%q has more than %d decimal places", s, places)
	}
	digits := whole + frac + strings.Repeat("0", places-len(frac))
	if len(digits) > 17 {
		return 0, fmt.Errorf("%q is out of range", s)
	}
	var n int64
	for _, c := range digits {
		if c < '0' || c > '9' {
			return 0, fmt.Errorf("want a decimal number, got %q", s)
		}
		n = n*10 + int64(c-'0')
	}
	return n, nil
}
