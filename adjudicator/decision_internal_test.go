package adjudicator

import (
	"strings"
	"testing"
)

func TestScrubQuotedKeepsValuesOutOfReasons(t *testing.T) {
	got := scrubQuoted(`eval_conflict_error: object keys must be unique: "F32.9" and "HIV CLINIC \"PA#1\"" at line 3`)
	for _, leak := range []string{"F32.9", "HIV", "PA#1"} {
		if strings.Contains(got, leak) {
			t.Fatalf("scrubbed %q still shows %q", got, leak)
		}
	}
	if !strings.Contains(got, "object keys must be unique") || !strings.Contains(got, "line 3") {
		t.Fatalf("scrubbed %q lost what failed", got)
	}
}
