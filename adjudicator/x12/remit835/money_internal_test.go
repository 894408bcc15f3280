package remit835

import (
	"math"
	"strings"
	"testing"
)

func TestFormatCents(t *testing.T) {
	for cents, want := range map[int64]string{
		0: "0", 5: "0.05", 50: "0.5", 100: "1", 27100: "271", 27150: "271.5", 27155: "271.55",
		-900: "-9", -127: "-1.27", 999_999_999_999_999_999: "9999999999999999.99",
		math.MinInt64: "-92233720368547758.08",
	} {
		if got := formatCents(cents); got != want {
			t.Errorf("formatCents(%d) = %q, want %q", cents, got, want)
		}
	}
}

func TestParseCents(t *testing.T) {
	for in, want := range map[string]int64{
		"0": 0, "271": 27100, "271.5": 27150, "271.50": 27150, "271.55": 27155, "1922.86": 192286,
		"-9.00": -900, "-1.27": -127, ".5": 50, "7.": 700, "1.500": 150, "0.05": 5,
		"9999999999999999.99": 999_999_999_999_999_999,
	} {
		got, err := parseCents(in)
		if err != nil || got != want {
			t.Errorf("parseCents(%q) = %d, %v; want %d", in, got, err, want)
		}
		if err == nil {
			// What is written reads back as the same cents.
			if back, err := parseCents(formatCents(got)); err != nil || back != got {
				t.Errorf("%q: formatCents then parseCents gives %d, %v", in, back, err)
			}
		}
	}
	for _, in := range []string{"", "-", ".", "+1", "1e5", "1,000", " 1", "1.005", "0.001", "12.3.4", "--1",
		strings.Repeat("9", 19), strings.Repeat("9", 17) + ".12"} {
		if got, err := parseCents(in); err == nil {
			t.Errorf("parseCents(%q) = %d, want an error", in, got)
		}
	}
}

func TestTraceCarriesTheWholeHash(t *testing.T) {
	for _, h := range []string{
		"0x" + strings.Repeat("0", 64),
		"0x" + strings.Repeat("f", 64),
		"0x3f5c1e1f0a9b6e2d8c7b4a39281706f5e4d3c2b1a09f8e7d6c5b4a3928170605",
	} {
		trace, err := TraceFromTxHash(h)
		if err != nil {
			t.Fatalf("%s: %v", h, err)
		}
		if len(trace) != 50 || strings.Trim(trace, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" {
			t.Errorf("%s: trace %q, want 50 digits and upper-case letters (TRN02's maximum, the basic character set)", h, trace)
		}
		if back, ok := TxHashFromTrace(trace); !ok || back != h {
			t.Errorf("%s: trace %q reads back as %q, %v", h, trace, back, ok)
		}
	}
	// Worked out independently (Python): the largest hash needs all 50 characters, and a
	// smaller one is zero-padded to them.
	for h, want := range map[string]string{
		"0x" + strings.Repeat("f", 64):                                       "6DP5QCB22IM238NR3WVP0IC7Q99W035JMY2IW7I6N43D37JTOF",
		"0x3f5c1e1f0a9b6e2d8c7b4a39281706f5e4d3c2b1a09f8e7d6c5b4a3928170605": "1KUM0L3LTKI4NU97DUEFWAATSOST6C51FVTY62TMZHEMGJUTXH",
		"0x0000000000000000000000000000000000000000000000000000000000000023": strings.Repeat("0", 49) + "Z",
	} {
		if trace, _ := TraceFromTxHash(h); trace != want {
			t.Errorf("%s: trace %s, want %s", h, trace, want)
		}
	}
	for _, bad := range []string{"", "0x", strings.Repeat("a", 64), "0x" + strings.Repeat("g", 64), "0x" + strings.Repeat("0", 62), "0x" + strings.Repeat("0", 66)} {
		if _, err := TraceFromTxHash(bad); err == nil {
			t.Errorf("TraceFromTxHash accepted %q", bad)
		}
	}
	for _, bad := range []string{"12345", strings.Repeat("Z", 50), "+" + strings.Repeat("0", 49), strings.Repeat("a", 50), strings.Repeat("0", 49)} {
		if h, ok := TxHashFromTrace(bad); ok {
			t.Errorf("TxHashFromTrace(%q) = %s, want not a hash", bad, h)
		}
	}
}
