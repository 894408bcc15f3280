package cms

import (
	"testing"
)

// FuzzLoad feeds arbitrary bytes to each table parser in turn (the other
// files stay well formed): Load must return tables or an error, never
// panic, and tables it returns must answer lookups.
func FuzzLoad(f *testing.F) {
	for _, name := range []string{"ncci/ncci_ptp_test.csv", "ncci/ncci_mue_test.csv", "mpfs/pprrvu_test.csv", "mpfs/GPCI_test.csv"} {
		f.Add(uint8(0), goodFiles[name])
	}
	f.Add(uint8(0), "column_1,column_2,deletion_date,modifier_indicator\n29881,29877,99991231,0\n29881,2")
	f.Add(uint8(0), "modifier_indicator,deletion_date,column_2,column_1\n0,99991231,29877,29881\n")
	f.Add(uint8(3), "x\n\"a,b\nMedicare Administrative Contractor,Locality Number,PW GPCI,PE GPCI,MP GPCI\n1,1,1,1,1\n")
	f.Fuzz(func(t *testing.T, which uint8, content string) {
		names := []string{"ncci/ncci_ptp_test.csv", "ncci/ncci_mue_test.csv", "mpfs/pprrvu_test.csv", "mpfs/GPCI_test.csv"}
		name := names[int(which)%len(names)]
		tb, err := Load(mapFS(map[string]string{name: content}))
		if err != nil {
			return
		}
		tb.PTP("29881", "29877", "2024-01-01")
		tb.PTPEdits([]string{"29881", "29877", "99213"}, "2024-01-01")
		tb.MUE("99213")
		for _, loc := range append(tb.Localities(), "") {
			tb.Fee("99213", "", loc, true)
		}
	})
}

func FuzzParseDOS(f *testing.F) {
	for _, s := range []string{"2024-02-29", "2023-02-29", "9999-12-31", "0000-01-01", "2024-13-01", "20240101"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, ok := parseDOS(s)
		if !ok {
			return
		}
		// A date that parses prints back to itself.
		y, m, dd := int(d)/10000, int(d)/100%100, int(d)%100
		if got := pad(y, 4) + "-" + pad(m, 2) + "-" + pad(dd, 2); got != s {
			t.Errorf("parseDOS(%q) = %d, prints as %q", s, d, got)
		}
	})
}

func pad(n, w int) string {
	b := make([]byte, w)
	for i := w - 1; i >= 0; i-- {
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b)
}
