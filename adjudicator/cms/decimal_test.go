package cms

import "testing"

func TestParseFixed(t *testing.T) {
	for _, tc := range []struct {
		in     string
		places int
		want   int64
		ok     bool
	}{
		{"0", 2, 0, true},
		{"1.3", 2, 130, true},
		{"1.35", 2, 135, true},
		{"12", 2, 1200, true},
		{".5", 2, 50, true},
		{"7.", 2, 700, true},
		{"1.000", 3, 1000, true},
		{"32.3465", 4, 323465, true},
		{"99999999999999.99", 2, 9999999999999999, true},
		{"0.5", 0, 0, false},
		{"1.234", 2, 0, false},
		{"", 2, 0, false},
		{".", 2, 0, false},
		{"-1", 2, 0, false},
		{"+1", 2, 0, false},
		{" 1", 2, 0, false},
		{"1e3", 2, 0, false},
		{"1.2.3", 3, 0, false},
		{"99999999999999999", 2, 0, false},
	} {
		got, err := parseFixed(tc.in, tc.places)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("parseFixed(%q, %d) = %d, %v; want %d, ok %v", tc.in, tc.places, got, err, tc.want, tc.ok)
		}
	}
}
