package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
)

// writeJSON prints v as indented JSON, the shape every --json flag prints.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// orDash stands in "-" for an empty table cell.
func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// chainTime formats unix seconds of chain time as RFC 3339 (UTC); a value past any calendar
// (a window that never closes) prints as the number.
func chainTime(unix uint64) string {
	if unix > 1<<62 {
		return strconv.FormatUint(unix, 10)
	}
	return time.Unix(int64(unix), 0).UTC().Format(time.RFC3339)
}

// dollars formats integer cents as $1,234.56 without floating point.
func dollars(c int64) string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	whole := fmt.Sprint(c / 100)
	var b strings.Builder
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return fmt.Sprintf("%s$%s.%02d", sign, b.String(), c%100)
}
