package fhir

import (
	"encoding/json"
	"math"
	"math/big"
	"strconv"

	"github.com/claimsledger/claims/adjudicator"
)

// decimal reads a JSON number's text exactly. FHIR decimals carry their
// precision in their text ("120.50"); a float64 would turn 0.29 into
// 0.28999999999999998 and a cent could be lost in the conversion, so
// amounts are read as rationals and only ever leave as integer cents.
func decimal(n json.Number) (*big.Rat, bool) {
	s := string(n)
	if numberProblem(s) != "" {
		return nil, false
	}
	r, ok := new(big.Rat).SetString(s)
	return r, ok
}

var hundred = big.NewRat(100, 1)

// cents converts an amount in dollars to whole cents, reporting false when
// it has a fraction of a cent or does not fit an int64.
func cents(r *big.Rat) (int64, bool) {
	c := new(big.Rat).Mul(r, hundred)
	if !c.IsInt() || !c.Num().IsInt64() {
		return 0, false
	}
	return c.Num().Int64(), true
}

// whole converts a count to an int within int32 (FHIR's integer range),
// reporting false for a fraction or an out-of-range count.
func whole(r *big.Rat) (int, bool) {
	if !r.IsInt() || !r.Num().IsInt64() {
		return 0, false
	}
	n := r.Num().Int64()
	if n < math.MinInt32 || n > math.MaxInt32 {
		return 0, false
	}
	return int(n), true
}

// FormatCents writes integer cents as a FHIR decimal with exactly two
// places: 27100 -> "271.00", -5 -> "-0.05". The two places are the
// amount's precision in FHIR, so "271.00" is not "271".
func FormatCents(c int64) string {
	neg := c < 0
	u := uint64(c)
	if neg {
		u = -u // two's complement: exact for math.MinInt64 too
	}
	s := strconv.FormatUint(u/100, 10) + "." + string(rune('0'+u%100/10)) + string(rune('0'+u%10))
	if neg {
		return "-" + s
	}
	return s
}

// money is a FHIR Money in US dollars, written from cents.
func money(c int64) json.Number { return json.Number(FormatCents(c)) }

// totalCents sums a claim's line charges exactly: claims.v1 bounds each
// charge by int64 only, and a sum that wrapped around would make a wrong
// total look right.
func totalCents(c *adjudicator.Claim) *big.Int {
	t := new(big.Int)
	for _, l := range c.Lines {
		t.Add(t, big.NewInt(l.ChargeCents))
	}
	return t
}

// formatBigCents is FormatCents for any number of cents.
func formatBigCents(c *big.Int) string {
	if c.IsInt64() {
		return FormatCents(c.Int64())
	}
	s := new(big.Int).Abs(c).String()
	sign := ""
	if c.Sign() < 0 {
		sign = "-"
	}
	return sign + s[:len(s)-2] + "." + s[len(s)-2:]
}
