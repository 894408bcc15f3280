package claim837

import "testing"

// Amounts are read into cents from their text, exactly.
func TestParseCents(t *testing.T) {
	for _, tc := range []struct {
		in    string
		cents int64
		code  string // "" when accepted
	}{
		{"100", 10000, ""}, {"100.5", 10050, ""}, {"100.50", 10050, ""}, {".5", 50, ""}, {"0.05", 5, ""},
		{"007.10", 710, ""}, {"-5", -500, ""}, {"0", 0, ""}, {"999999999999999.99", 99999999999999999, ""},
		{"100.505", 0, "7"}, {"100.500", 0, "7"}, {"1e2", 0, "6"}, {"+5", 0, "6"}, {"5.", 0, "6"}, {".", 0, "6"},
		{"-", 0, "6"}, {"1,000.00", 0, "6"}, {" 5", 0, "6"}, {"", 0, "1"}, {"1000000000000000", 0, "5"},
	} {
		cents, p := parseCents(tc.in, "x")
		switch {
		case tc.code == "" && (p != nil || cents != tc.cents):
			t.Errorf("parseCents(%q) = %d, %v; want %d", tc.in, cents, p, tc.cents)
		case tc.code != "" && (p == nil || p.code != tc.code):
			t.Errorf("parseCents(%q) = %d, %v; want code %s", tc.in, cents, p, tc.code)
		}
	}
}

func TestParseUnitsAndDates(t *testing.T) {
	for in, want := range map[string]int{"1": 1, "1.00": 1, "21.0": 21, "0": 0, "-2": -2} {
		if n, p := parseUnits(in, "x"); p != nil || n != want {
			t.Errorf("parseUnits(%q) = %d, %v", in, n, p)
		}
	}
	for in, code := range map[string]string{"1.5": "7", "1.": "6", "x": "6", "": "1", "1234567890": "5"} {
		if _, p := parseUnits(in, "x"); p == nil || p.code != code {
			t.Errorf("parseUnits(%q) = %v, want code %s", in, p, code)
		}
	}
	if d, p := parseD8("20240229", "x"); p != nil || d != "2024-02-29" {
		t.Errorf("parseD8 leap day = %q, %v", d, p)
	}
	for _, in := range []string{"20230229", "2024022", "2024-02-01", "20241301"} {
		if _, p := parseD8(in, "x"); p == nil || p.code != "8" {
			t.Errorf("parseD8(%q) = %v, want code 8", in, p)
		}
	}
	if f, to, p := parseRD8("20240101-20240103", "x"); p != nil || f != "2024-01-01" || to != "2024-01-03" {
		t.Errorf("parseRD8 = %q %q %v", f, to, p)
	}
	for _, in := range []string{"20240103-20240101", "20240101", "20240101-2024013"} {
		if _, _, p := parseRD8(in, "x"); p == nil || p.code != "8" {
			t.Errorf("parseRD8(%q) = %v, want code 8", in, p)
		}
	}
	for npi, code := range map[string]string{"1234567893": "", "1003811290": "", "1234567890": "7", "123456789": "4", "12345678930": "5", "12345678X3": "6", "": "1"} {
		p := checkNPI(npi, "x")
		if (code == "") != (p == nil) || p != nil && p.code != code {
			t.Errorf("checkNPI(%q) = %v, want code %q", npi, p, code)
		}
	}
}
