package mpfs

import (
	"github.com/claimsledger/claims/adjudicator/shareddata"

	"errors"
	"io/fs"
	"os"
	"strings"
	"testing"
)

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
		{"32.3465", 4, 323465, true},
		{"0.5", 0, 0, false},
		{"1.234", 2, 0, false},
		{"", 2, 0, false},
		{".", 2, 0, false},
		{"-1", 2, 0, false},
		{"1e3", 2, 0, false},
		{"99999999999999999", 2, 0, false},
	} {
		got, err := ParseFixed(tc.in, tc.places)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("ParseFixed(%q, %d) = %d, %v; want %d, ok %v", tc.in, tc.places, got, err, tc.want, tc.ok)
		}
	}
}

func TestCents(t *testing.T) {
	for _, tc := range []struct{ rvu, cf, want int64 }{
		{275, 323465, 8895}, // 2.75 x 32.3465 = 88.952875
		{197, 323465, 6372}, // 1.97 x 32.3465 = 63.722605
		{50, 10000, 50},     // exact
		{1, 5000, 1},        // 0.01 x 0.5 = 0.005 dollars = 0.5 cent, half up
		{1, 4999, 0},        // 0.4999 cent
		{0, 323465, 0},
	} {
		if got := Cents(tc.rvu, tc.cf); got != tc.want {
			t.Errorf("Cents(%d, %d) = %d, want %d", tc.rvu, tc.cf, got, tc.want)
		}
	}
}

const header = "hcpcs,mod,status_code,work_rvu,non_fac_pe_rvu,facility_pe_rvu,mp_rvu,non_facility_total,facility_total,conv_factor\n"

func TestRead(t *testing.T) {
	fees, err := Read(strings.NewReader(header +
		"99213,,A,1.3,1.35,0.57,0.1,2.75,1.97,32.3465\n" +
		"71046,26,A,0.22,0.08,0.08,0.01,0.31,0.31,32.3465\n" +
		"36415,,X,0,0,0,0,0,0,32.3465\n" +
		"\x1a,,,,,,,,,\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := []Fee{
		{Code: "99213", Status: "A", NonFacilityRVU: 275, FacilityRVU: 197, ConversionFactor: 323465, NonFacilityCents: 8895, FacilityCents: 6372},
		{Code: "71046", Modifier: "26", Status: "A", NonFacilityRVU: 31, FacilityRVU: 31, ConversionFactor: 323465, NonFacilityCents: 1003, FacilityCents: 1003},
		{Code: "36415", Status: "X", ConversionFactor: 323465},
	}
	if len(fees) != len(want) {
		t.Fatalf("got %d fees, want %d: %+v", len(fees), len(want), fees)
	}
	for i := range want {
		if fees[i] != want[i] {
			t.Errorf("fee %d = %+v, want %+v", i, fees[i], want[i])
		}
	}
	if !fees[0].Payable() || fees[2].Payable() {
		t.Error("Payable: want A payable and X not")
	}
}

func TestReadRejects(t *testing.T) {
	for name, body := range map[string]string{
		"total mismatch": header + "99213,,A,1.3,1.35,0.57,0.1,2.76,1.97,32.3465\n",
		"bad number":     header + "99213,,A,1.3,x,0.57,0.1,2.75,1.97,32.3465\n",
		"missing column": "hcpcs,mod\n99213,\n",
		"empty":          "",
	} {
		if _, err := Read(strings.NewReader(body)); err == nil {
			t.Errorf("%s: Read succeeded, want an error", name)
		}
	}
}

// TestReadCMSFile reads the real RVU25A file when the shared reference data
// is present and spot-checks national amounts against hand arithmetic.
func TestReadCMSFile(t *testing.T) {
	f, err := os.Open(shareddata.Path(t, "mpfs/pprrvu25_jan.csv"))
	if errors.Is(err, fs.ErrNotExist) {
		t.Skip("shared reference data not present")
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	fees, err := Read(f)
	if err != nil {
		t.Fatal(err)
	}
	if len(fees) != 18865 {
		t.Errorf("read %d rows, want 18865", len(fees))
	}
	byKey := map[string]Fee{}
	for _, f := range fees {
		byKey[f.Code+f.Modifier] = f
	}
	for key, want := range map[string][2]int64{
		"99213":   {8895, 6372}, // 2.75 and 1.97 RVUs x 32.3465
		"71046":   {3267, 3267}, // 1.01 x 32.3465 = 32.669965
		"7104626": {1003, 1003}, // 0.31 x 32.3465 = 10.027415
	} {
		f := byKey[key]
		if got := [2]int64{f.NonFacilityCents, f.FacilityCents}; got != want {
			t.Errorf("%s: cents %v, want %v", key, got, want)
		}
	}
}
