package main

import (
	"encoding/json"
	"io"
	"strconv"
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
