package cms

import (
	"fmt"
	"strings"
)

// code is a five-character HCPCS/CPT code packed base 36 ('0'-'9' are 0-9,
// 'A'-'Z' are 10-35), most significant character first, so that comparing
// codes compares the strings. 36^5 < 2^26, which leaves the high bits of
// a uint32 free and lets two codes share a uint64 key.
type code uint32

// text lets the parsers read cells of a []byte line without converting
// them to strings (an allocation per cell, 10M for the PTP file).
type text interface{ ~string | ~[]byte }

const codeLen = 5

func digit36(c byte) (uint32, bool) {
	switch {
	case c >= '0' && c <= '9':
		return uint32(c - '0'), true
	case c >= 'A' && c <= 'Z':
		return uint32(c-'A') + 10, true
	}
	return 0, false
}

// encode packs a code as billed. Lookups are exact: a lower-case or
// padded code is not a HCPCS code and has no edits or fee.
func encode[T text](s T) (code, bool) {
	if len(s) != codeLen {
		return 0, false
	}
	var n uint32
	for i := range codeLen {
		d, ok := digit36(s[i])
		if !ok {
			return 0, false
		}
		n = n*36 + d
	}
	return code(n), true
}

func (c code) String() string {
	var b [codeLen]byte
	n := uint32(c)
	for i := codeLen - 1; i >= 0; i-- {
		d := byte(n % 36)
		if d < 10 {
			b[i] = '0' + d
		} else {
			b[i] = 'A' + d - 10
		}
		n /= 36
	}
	return string(b[:])
}

// normalizeFileCode undoes what spreadsheets do to all-digit codes: the
// shared PPRRVU file has anesthesia codes as "100" for 00100 and "1112"
// for 01112. A CPT code is always five characters, so a shorter all-digit
// cell can only be a code that lost its leading zeros.
func normalizeFileCode(s string) string {
	s = strings.TrimSpace(s)
	if len(s) > 0 && len(s) < codeLen && allDigits(s) {
		return strings.Repeat("0", codeLen-len(s)) + s
	}
	return s
}

// parseFileCode reads a code cell of a CMS file.
func parseFileCode(s string) (code, error) {
	c, ok := encode(normalizeFileCode(s))
	if !ok {
		return 0, fmt.Errorf("code %q is not 5 characters of A-Z0-9", s)
	}
	return c, nil
}

func allDigits[T text](s T) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// Dates are held as the integer YYYYMMDD: it orders like the date, fits
// in 27 bits, and both the claim's "YYYY-MM-DD" and the file's YYYYMMDD
// convert to it without a calendar library.
type yyyymmdd uint32

// noDeletion is the deletion date CMS gives an active edit.
const noDeletion yyyymmdd = 99991231

// parseDOS reads a date of service as the claims carry it, "YYYY-MM-DD".
func parseDOS[T text](s T) (yyyymmdd, bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return 0, false
	}
	return parseDigits(s[0:4], s[5:7], s[8:10])
}

// parseCompactDate reads YYYYMMDD as in the NCCI files.
func parseCompactDate[T text](s T) (yyyymmdd, bool) {
	if len(s) != 8 {
		return 0, false
	}
	return parseDigits(s[0:4], s[4:6], s[6:8])
}

func parseDigits[T text](ys, ms, ds T) (yyyymmdd, bool) {
	if !allDigits(ys) || !allDigits(ms) || !allDigits(ds) {
		return 0, false
	}
	y, m, d := atoi(ys), atoi(ms), atoi(ds)
	if y < 1 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return 0, false
	}
	return yyyymmdd(y*10000 + m*100 + d), true
}

func atoi[T text](s T) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}
