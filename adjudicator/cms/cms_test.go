package cms

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/binary"
	"encoding/csv"
	"errors"
	"hash/fnv"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/claimsledger/claims/adjudicator/rules/mpfs"
	"github.com/claimsledger/claims/adjudicator/shareddata"
)

var (
	sharedOnce   sync.Once
	sharedTables *Tables
	sharedErr    error
)

// shared loads the full tables from the shared data once per test binary.
func shared(t testing.TB) *Tables {
	t.Helper()
	dir := shareddata.Dir(t)
	sharedOnce.Do(func() { sharedTables, sharedErr = LoadDir(dir) })
	if sharedErr != nil {
		t.Fatal(sharedErr)
	}
	return sharedTables
}

func TestLoadShared(t *testing.T) {
	tb := shared(t)
	s := tb.Stats()
	t.Log(s)
	// Counts from the data README and from the file itself (sort | uniq):
	// 2,545,089 rows of which one repeats another under a second rationale
	// (88108 88162 19960101), 1,669,187 active, 2,237,541 distinct pairs.
	want := Stats{
		PTPRows: 2545089, PTPDuplicates: 1, PTPActive: 1669187, PTPPairs: 2237541, PTPColumn1: 12797,
		MUECodes: 14679, FeeRows: 18865, Localities: 109,
	}
	got := s
	got.Files, got.IndexBytes, got.LoadTime, got.Digest = nil, 0, 0, [32]byte{}
	if got.String() != want.String() {
		t.Errorf("stats\n got %v\nwant %v", got, want)
	}
	wantFiles := []string{"ncci/ncci_ptp_practitioner_v301r0_2024Q2.csv.gz", "ncci/ncci_mue_2024Q2.csv", "mpfs/pprrvu25_jan.csv", "mpfs/GPCI2025.csv"}
	if !slices.Equal(s.Files, wantFiles) {
		t.Errorf("files %q, want %q", s.Files, wantFiles)
	}
	// The digest is SHA-256 over (length-prefixed path, SHA-256 of the
	// file) in Files order: recompute it from the files.
	d := sha256.New()
	for _, name := range s.Files {
		b, err := os.ReadFile(shareddata.Path(t, name))
		if err != nil {
			t.Fatal(err)
		}
		sum := sha256.Sum256(b)
		var n [8]byte
		binary.BigEndian.PutUint64(n[:], uint64(len(name)))
		d.Write(n[:])
		d.Write([]byte(name))
		d.Write(sum[:])
	}
	if !bytes.Equal(d.Sum(nil), s.Digest[:]) {
		t.Errorf("digest %x, files hash to %x", s.Digest, d.Sum(nil))
	}
	// 8 bytes a PTP row is the point of the layout.
	if max := int64(s.PTPRows)*8 + 4<<20; s.IndexBytes > max {
		t.Errorf("index takes %d bytes, want at most %d", s.IndexBytes, max)
	}
}

func TestPTPKnownPairs(t *testing.T) {
	tb := shared(t)
	for _, tc := range []struct {
		name       string
		col1, col2 string
		dos        string
		mi         int
		ok         bool
	}{
		// 29881,29877,99991231,0 (active, never together) and its earlier
		// version 29881,29877,20020101,9.
		{"active indicator 0", "29881", "29877", "2024-05-01", 0, true},
		{"earlier version of the same pair", "29881", "29877", "2001-06-30", 9, true},
		{"versions meet: the old one is deleted on its date", "29881", "29877", "2002-01-01", 0, true},
		// 29881,20610,99991231,1.
		{"active indicator 1", "29881", "20610", "2017-03-02", 1, true},
		{"reversed pair has no edit", "20610", "29881", "2017-03-02", 0, false},
		// 20610,27370,20181231,1: the only version of the pair.
		{"deleted pair before its deletion date", "20610", "27370", "2018-12-30", 1, true},
		{"deleted pair on its deletion date", "20610", "27370", "2018-12-31", 0, false},
		{"deleted pair after its deletion date", "20610", "27370", "2019-06-01", 0, false},
		// 27370,20610,20141231,1: the reverse direction is its own edit.
		{"reverse direction, own deletion date", "27370", "20610", "2014-12-30", 1, true},
		{"reverse direction, deleted", "27370", "20610", "2016-01-01", 0, false},
		// 96372,99211 deleted 20191231 (0) and listed again as active (0).
		{"reinstated pair across the gap", "96372", "99211", "2019-12-31", 0, true},
		{"unknown column 1", "ZZZZZ", "99211", "2019-12-31", 0, false},
		{"upper case as billed", "29881", "G0289", "2017-03-02", 1, true},
		{"lower case is not a code", "29881", "g0289", "2017-03-02", 0, false},
		{"malformed date", "29881", "20610", "2017-3-2", 0, false},
		{"impossible date", "29881", "20610", "2017-02-29", 0, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			mi, ok := tb.PTP(tc.col1, tc.col2, tc.dos)
			if ok != tc.ok || mi != tc.mi {
				t.Errorf("PTP(%s, %s, %s) = %d, %v; want %d, %v", tc.col1, tc.col2, tc.dos, mi, ok, tc.mi, tc.ok)
			}
		})
	}
}

// TestPTPAgainstFile reads the PTP file independently (encoding/csv, string
// keys) for one pair in 64 and checks every lookup around every deletion
// date of those pairs, in both directions.
func TestPTPAgainstFile(t *testing.T) {
	tb := shared(t)
	type version struct {
		del string // YYYYMMDD
		mi  int
	}
	f, err := os.Open(shareddata.Path(t, "ncci/ncci_ptp_practitioner_v301r0_2024Q2.csv.gz"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	cr := csv.NewReader(zr)
	cr.ReuseRecord = true
	if _, err := cr.Read(); err != nil {
		t.Fatal(err)
	}
	sampled := func(a, b string) bool {
		h := fnv.New32a()
		h.Write([]byte(a + b))
		return h.Sum32()%64 == 0
	}
	oracle := map[[2]string][]version{}
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if !sampled(rec[0], rec[1]) {
			continue
		}
		mi := map[string]int{"0": 0, "1": 1, "9": 9}[rec[3]]
		k := [2]string{rec[0], rec[1]}
		oracle[k] = append(oracle[k], version{rec[2], mi})
	}
	if len(oracle) < 30000 {
		t.Fatalf("sampled only %d pairs", len(oracle))
	}
	// In force on d: the version with the earliest deletion date after d.
	expect := func(vs []version, d string) (int, bool) {
		best := -1
		for i, v := range vs {
			if d < v.del && (best < 0 || v.del < vs[best].del || (v.del == vs[best].del && v.mi < vs[best].mi)) {
				best = i
			}
		}
		if best < 0 {
			return 0, false
		}
		return vs[best].mi, true
	}
	iso := func(d string) string { return d[:4] + "-" + d[4:6] + "-" + d[6:] }
	checked := 0
	for k, vs := range oracle {
		rev, hasRev := oracle[[2]string{k[1], k[0]}]
		for _, v := range vs {
			dates := []string{v.del}
			if prev, ok := dayBefore(v.del); ok {
				dates = append(dates, prev)
			}
			for _, d := range dates {
				if d == "99991231" {
					d = "20240401"
				}
				wantMI, wantOK := expect(vs, d)
				if mi, ok := tb.PTP(k[0], k[1], iso(d)); mi != wantMI || ok != wantOK {
					t.Fatalf("PTP(%s, %s, %s) = %d, %v; file says %d, %v (versions %v)", k[0], k[1], iso(d), mi, ok, wantMI, wantOK, vs)
				}
				wantMI, wantOK = 0, false
				if hasRev {
					wantMI, wantOK = expect(rev, d)
				}
				// A pair sampled one way may be unsampled the other way;
				// only then is the oracle silent about the reverse.
				if hasRev || sampled(k[1], k[0]) {
					if mi, ok := tb.PTP(k[1], k[0], iso(d)); mi != wantMI || ok != wantOK {
						t.Fatalf("reverse PTP(%s, %s, %s) = %d, %v; file says %d, %v", k[1], k[0], iso(d), mi, ok, wantMI, wantOK)
					}
				}
				checked++
			}
		}
	}
	t.Logf("checked %d lookups over %d sampled pairs", checked, len(oracle))
}

func dayBefore(d string) (string, bool) {
	y, ok := parseCompactDate(d)
	if !ok {
		return "", false
	}
	yy, mm, dd := int(y)/10000, int(y)/100%100, int(y)%100
	dd--
	if dd == 0 {
		mm--
		if mm == 0 {
			yy, mm = yy-1, 12
		}
		dd = daysIn(yy, mm)
	}
	s := []byte("00000000")
	for i, n := range []int{yy, mm, dd} {
		w := []int{4, 2, 2}[i]
		off := []int{0, 4, 6}[i]
		for j := w - 1; j >= 0; j-- {
			s[off+j] = byte('0' + n%10)
			n /= 10
		}
	}
	return string(s), true
}

func TestPTPEdits(t *testing.T) {
	tb := shared(t)
	// One knee arthroscopy claim: 29881 bundles 29877 (0) and 20610 (1),
	// 29877 bundles 20610 (1); 20610 has no edit against either. "" and
	// "junk" have no edits.
	codes := []string{"20610", "29881", "", "29877", "junk", "29881"}
	got, err := tb.PTPEdits(codes, "2024-05-01")
	if err != nil {
		t.Fatal(err)
	}
	want := []Edit{{1, 0, 1}, {1, 3, 0}, {3, 0, 1}, {5, 0, 1}, {5, 3, 0}}
	if !slices.Equal(got, want) {
		t.Errorf("PTPEdits = %v, want %v", got, want)
	}
	// Every edit PTPEdits reports is one PTP reports, and no other.
	for i := range codes {
		for j := range codes {
			mi, ok := tb.PTP(codes[i], codes[j], "2024-05-01")
			found := slices.Contains(got, Edit{i, j, mi})
			if i != j && ok != found {
				t.Errorf("pair (%d, %d): PTP says %v, PTPEdits %v", i, j, ok, found)
			}
		}
	}
	if _, err := tb.PTPEdits(codes, "20240501"); err == nil {
		t.Error("PTPEdits accepted a date that is not YYYY-MM-DD")
	}
	if got, _ := tb.PTPEdits(nil, "2024-05-01"); len(got) != 0 {
		t.Errorf("no codes gave %v", got)
	}
}

func TestMUE(t *testing.T) {
	tb := shared(t)
	for _, tc := range []struct {
		code     string
		uos, mai int
		ok       bool
	}{
		{"A0425", 250, 1, true}, // A0425,250,1,Line Edit,Practitioner
		{"99486", 4, 1, true},   // 99486,4,1,Line Edit,Practitioner
		{"G0008", 1, 2, true},   // G0008,1,2,Date of Service Edit: Policy,Practitioner
		// 97110 is 6 for practitioners, 8 for outpatient hospitals.
		{"97110", 6, 3, true},
		{"J1100", 120, 3, true}, // DME Supplier row says 0: not the one kept
		{"ZZZZZ", 0, 0, false},
		{"j1100", 0, 0, false},
		{"", 0, 0, false},
	} {
		uos, mai, ok := tb.MUE(tc.code)
		if uos != tc.uos || mai != tc.mai || ok != tc.ok {
			t.Errorf("MUE(%q) = %d, %d, %v; want %d, %d, %v", tc.code, uos, mai, ok, tc.uos, tc.mai, tc.ok)
		}
	}
}

// TestFee checks amounts computed by hand from the RVU and GPCI rows
// (pprrvu25_jan.csv, GPCI2025.csv; conversion factor 32.3465).
func TestFee(t *testing.T) {
	tb := shared(t)
	for _, tc := range []struct {
		name                  string
		code, mod, loc        string
		facility              bool
		cents                 int64
		status, mult, pctc, g string
		na                    bool
	}{
		// 99213: work 1.30, PE 1.35 non-facility / 0.57 facility, MP 0.10.
		// National: (1.30 + 1.35 + 0.10) x 32.3465 = 2.75 x 32.3465
		// = 88.952875 -> $88.95.
		{"99213 national non-facility", "99213", "", "", false, 8895, "A", "0", "0", "XXX", false},
		// (1.30 + 0.57 + 0.10) x 32.3465 = 1.97 x 32.3465 = 63.722605.
		{"99213 national facility", "99213", "", "", true, 6372, "A", "0", "0", "XXX", false},
		// Los Angeles 1182-18: GPCIs 1.042 / 1.194 / 0.690.
		// 1.30 x 1.042 + 1.35 x 1.194 + 0.10 x 0.690
		// = 1.35460 + 1.61190 + 0.06900 = 3.03550; x 32.3465 = 98.18780075.
		{"99213 Los Angeles", "99213", "", "1182-18", false, 9819, "A", "0", "0", "XXX", false},
		{"CMS spelling of the locality", "99213", "", "01182-18", false, 9819, "A", "0", "0", "XXX", false},
		// 71046 (chest x-ray, 2 views) in Alabama 10112-0: GPCIs
		// 1.000 / 0.869 / 0.575.
		// -26: work 0.22, PE 0.08, MP 0.01:
		// 0.22 + 0.08 x 0.869 + 0.01 x 0.575 = 0.22 + 0.06952 + 0.00575
		// = 0.29527; x 32.3465 = 9.550951055 -> $9.55.
		{"71046-26 Alabama", "71046", "26", "10112-0", false, 955, "A", "0", "1", "XXX", false},
		// -TC: work 0, PE 0.69, MP 0.01: 0.59961 + 0.00575 = 0.60536;
		// x 32.3465 = 19.58127724 -> $19.58.
		{"71046-TC Alabama", "71046", "TC", "10112-0", false, 1958, "A", "0", "1", "XXX", false},
		{"lower-case tc", "71046", "tc", "10112-0", false, 1958, "A", "0", "1", "XXX", false},
		// Global: 0.22 + 0.77 x 0.869 + 0.02 x 0.575 = 0.90063;
		// x 32.3465 = 29.132228295 -> $29.13 (= 9.55 + 19.58 here).
		{"71046 global Alabama", "71046", "", "10112-0", false, 2913, "A", "0", "1", "XXX", false},
		{"other modifiers price the global row", "71046", "59", "10112-0", false, 2913, "A", "0", "1", "XXX", false},
		// 88305-26 in Manhattan 13202-1 (1.065 / 1.166 / 1.656), facility:
		// 0.75 x 1.065 + 0.32 x 1.166 + 0.01 x 1.656
		// = 0.79875 + 0.37312 + 0.01656 = 1.18843; x 32.3465 = 38.441550995.
		{"88305-26 Manhattan facility", "88305", "26", "13202-1", true, 3844, "A", "0", "1", "XXX", false},
		// 28200, facility: 4.74 + 4.72 + 0.54 = 10.00 RVUs; x 32.3465
		// = 323.465 exactly: half up gives $323.47 (banker's rounding
		// would give 323.46).
		{"half a cent rounds up", "28200", "", "", true, 32347, "A", "2", "0", "090", false},
		// 27447 (total knee) has no non-facility PE (NA); the row still
		// prices from its listed RVUs: 19.60 + 15.30 + 3.98 = 38.88;
		// x 32.3465 = 1257.63192.
		{"27447 non-facility is NA", "27447", "", "", false, 125763, "A", "2", "0", "090", true},
		{"27447 facility", "27447", "", "", true, 125763, "A", "2", "0", "090", false},
		// G0105-53 (discontinued screening colonoscopy) has its own row:
		// 1.63 + 3.22 + 0.21 = 5.06; x 32.3465 = 163.67329.
		{"53 prices its own row", "G0105", "53", "", false, 16367, "A", "2", "0", "000", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := tb.Fee(tc.code, tc.mod, tc.loc, tc.facility)
			if !ok {
				t.Fatalf("Fee(%s, %q, %q, %v) not found", tc.code, tc.mod, tc.loc, tc.facility)
			}
			if got.PerUnitCents != tc.cents || got.Status != tc.status || got.MultProc != tc.mult ||
				got.PCTC != tc.pctc || got.GlobalDays != tc.g || got.PENotApplicable != tc.na {
				t.Errorf("Fee(%s, %q, %q, %v) = %+v; want %d cents, status %s, mult_proc %s, pctc %s, global %s, NA %v",
					tc.code, tc.mod, tc.loc, tc.facility, got, tc.cents, tc.status, tc.mult, tc.pctc, tc.g, tc.na)
			}
		})
	}
	for _, tc := range []struct{ code, mod, loc string }{
		{"99213", "26", ""},      // no professional component row
		{"99213", "TC", ""},      // nor a technical one
		{"86153", "", ""},        // 26 row only, no global row
		{"99213", "", "99999-9"}, // unknown locality
		{"99213", "", "Los Angeles"},
		{"ZZZZZ", "", ""},
		{"", "", ""},
	} {
		if got, ok := tb.Fee(tc.code, tc.mod, tc.loc, false); ok {
			t.Errorf("Fee(%q, %q, %q) = %+v, want no fee", tc.code, tc.mod, tc.loc, got)
		}
	}
	if _, ok := tb.Fee("86153", "26", "", false); !ok {
		t.Error("86153-26 has a row")
	}
}

// TestFeeNationalMatchesMPFS prices every row of the RVU file nationally
// and compares with the existing reader (adjudicator/rules/mpfs), which
// computes total RVUs x conversion factor its own way: with every GPCI
// 1.000 the two must agree to the cent, row for row.
func TestFeeNationalMatchesMPFS(t *testing.T) {
	tb := shared(t)
	f, err := os.Open(shareddata.Path(t, "mpfs/pprrvu25_jan.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	fees, err := mpfs.Read(f)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range fees {
		code := normalizeFileCode(want.Code)
		for _, fac := range []bool{false, true} {
			got, ok := tb.Fee(code, want.Modifier, "", fac)
			wantCents := want.NonFacilityCents
			if fac {
				wantCents = want.FacilityCents
			}
			if !ok || got.PerUnitCents != wantCents || got.Status != want.Status || got.Modifier != want.Modifier {
				t.Fatalf("%s-%s facility=%v: got %+v, %v; mpfs says %d cents, status %s", code, want.Modifier, fac, got, ok, wantCents, want.Status)
			}
		}
	}
	if len(fees) != tb.Stats().FeeRows {
		t.Errorf("mpfs read %d rows, cms %d", len(fees), tb.Stats().FeeRows)
	}
}

// TestFeeOnlyFileCodes: a code the RVU file lacks has no fee, whatever its
// packed value shares with one it has. Every column 1 code of the PTP
// table is tried, and each must answer for itself.
func TestFeeOnlyFileCodes(t *testing.T) {
	tb := shared(t)
	f, err := os.Open(shareddata.Path(t, "mpfs/pprrvu25_jan.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	fees, err := mpfs.Read(f)
	if err != nil {
		t.Fatal(err)
	}
	inFile := map[string]bool{}
	for _, fee := range fees {
		inFile[normalizeFileCode(fee.Code)+"/"+fee.Modifier] = true
	}
	missing := 0
	for _, c1 := range tb.ptp.col1 {
		c := code(c1).String()
		for _, mod := range []string{"", "26", "TC"} {
			_, ok := tb.Fee(c, mod, "", false)
			if ok != inFile[c+"/"+mod] {
				t.Fatalf("Fee(%s, %q): found %v, file has the row: %v", c, mod, ok, inFile[c+"/"+mod])
			}
			if !ok && mod == "" {
				missing++
			}
		}
	}
	if missing == 0 {
		t.Error("every PTP code has a fee row: the test checks nothing")
	}
	// Codes that agree with a file code in their low 24 bits would alias
	// it under a key truncated to 32 bits (code<<8 | modifier).
	aliases := 0
	for _, fee := range fees {
		c, _ := encode(normalizeFileCode(fee.Code))
		for _, alias := range []code{c + 1<<24, c + 2<<24, c + 3<<24} {
			s := alias.String()
			if alias >= 36*36*36*36*36 || inFile[s+"/"+fee.Modifier] {
				continue
			}
			if got, ok := tb.Fee(s, fee.Modifier, "", false); ok {
				t.Fatalf("Fee(%s, %q) = %+v: the row of %s", s, fee.Modifier, got, fee.Code)
			}
			aliases++
		}
	}
	if aliases == 0 {
		t.Error("no alias codes tried")
	}
	t.Logf("%d of %d PTP column 1 codes have no fee schedule row", missing, len(tb.ptp.col1))
}

func TestLocalities(t *testing.T) {
	tb := shared(t)
	locs := tb.Localities()
	if len(locs) != 109 || !slices.IsSorted(locs) {
		t.Fatalf("%d localities (sorted %v), want 109 sorted", len(locs), slices.IsSorted(locs))
	}
	for _, id := range []string{"10112-0", "1182-18", "13202-1", "9202-20", "9202-50"} {
		if !slices.Contains(locs, id) {
			t.Errorf("missing locality %s", id)
		}
		if _, ok := tb.Fee("99213", "", id, false); !ok {
			t.Errorf("no fee in %s", id)
		}
	}
	locs[0] = "mutated"
	if tb.Localities()[0] == "mutated" {
		t.Error("Localities returns the table's own slice")
	}
}

// TestLocalityCrosswalk checks the GPCI file against the county crosswalk
// shipped beside it: every locality a county maps to has GPCIs.
func TestLocalityCrosswalk(t *testing.T) {
	tb := shared(t)
	b, err := os.ReadFile(shareddata.Path(t, "mpfs/25LOCCO1.csv"))
	if err != nil {
		t.Fatal(err)
	}
	cr := csv.NewReader(bytes.NewReader(b))
	cr.FieldsPerRecord = -1
	recs, err := cr.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, rec := range recs {
		mac, loc := strings.TrimSpace(rec[0]), strings.TrimSpace(rec[1])
		if mac == "" || !allDigits(mac) {
			continue
		}
		if _, ok := tb.gpci.get(mac + "-" + loc); !ok {
			t.Errorf("crosswalk locality %s-%s (%s) has no GPCI row", mac, loc, strings.TrimSpace(rec[3]))
		}
		n++
	}
	if n < 100 {
		t.Errorf("read only %d crosswalk rows", n)
	}
}

func TestCodeEncoding(t *testing.T) {
	prev := ""
	for _, s := range []string{"0001A", "00100", "0591T", "1036F", "99213", "A0425", "G0008", "J1100", "ZZZZZ"} {
		c, ok := encode(s)
		if !ok || c.String() != s {
			t.Errorf("encode(%q) = %v, %v", s, c, ok)
		}
		if prev != "" {
			p, _ := encode(prev)
			if p >= c {
				t.Errorf("%s encodes above %s", prev, s)
			}
		}
		prev = s
	}
	for _, s := range []string{"", "9921", "992133", "9921a", "99 13", "ÄBCDE"} {
		if _, ok := encode(s); ok {
			t.Errorf("encode(%q) accepted", s)
		}
	}
	if normalizeFileCode("100") != "00100" || normalizeFileCode("1112") != "01112" || normalizeFileCode("G01") != "G01" {
		t.Error("normalizeFileCode does not restore leading zeros of all-digit codes only")
	}
}

// Minimal well-formed files, for the load error tests.
var goodFiles = map[string]string{
	"ncci/ncci_ptp_test.csv": "column_1,column_2,deletion_date,modifier_indicator,ptp_edit_rationale\r\n" +
		"29881,29877,99991231,0,Misuse\r\n",
	"ncci/ncci_mue_test.csv": "hcpcs,mue_uos,mue_mai,mue_mai_desc,mue_service_type,mue_rationale\n" +
		"99213,2,3,Date of Service Edit: Clinical,Practitioner,Clinical: Data\n",
	"mpfs/pprrvu_test.csv": "hcpcs,mod,status_code,work_rvu,non_fac_pe_rvu,non_fac_na_indicator,facility_pe_rvu,facility_na_indicator,mp_rvu,non_facility_total,facility_total,pctc_ind,glob_days,mult_proc,conv_factor\n" +
		"99213,,A,1.3,1.35,,0.57,,0.1,2.75,1.97,0,XXX,0,32.3465\n",
	"mpfs/GPCI_test.csv": "TITLE,,,,,,\n,,,,,,\nMedicare Administrative Contractor (MAC),State,Locality Number,Locality Name,2025 PW GPCI (with 1.0 Floor),2025 PE GPCI,2025 MP GPCI\n" +
		"10112,AL,0,ALABAMA,1,0.869,0.575\n*footnote,,,,,,\n",
}

func mapFS(override map[string]string) fstest.MapFS {
	m := fstest.MapFS{}
	for k, v := range goodFiles {
		m[k] = &fstest.MapFile{Data: []byte(v)}
	}
	for k, v := range override {
		if v == "" {
			delete(m, k)
			continue
		}
		m[k] = &fstest.MapFile{Data: []byte(v)}
	}
	return m
}

func gz(s string) string {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.String()
}

func TestLoadSmall(t *testing.T) {
	tb, err := Load(mapFS(nil))
	if err != nil {
		t.Fatal(err)
	}
	if mi, ok := tb.PTP("29881", "29877", "2024-01-01"); !ok || mi != 0 {
		t.Errorf("PTP = %d, %v", mi, ok)
	}
	if f, ok := tb.Fee("99213", "", "10112-0", false); !ok || f.PerUnitCents != 8186 {
		// 1.30 + 1.35 x 0.869 + 0.10 x 0.575 = 2.53065; x 32.3465 = 81.857...
		t.Errorf("Fee = %+v, %v", f, ok)
	}
	// Gzip'd and unsorted PTP rows go through the general sort.
	tb, err = Load(mapFS(map[string]string{
		"ncci/ncci_ptp_test.csv": "",
		"ncci/ncci_ptp_test.csv.gz": gz("column_1,column_2,deletion_date,modifier_indicator,ptp_edit_rationale\n" +
			"99213,36415,99991231,1,x\n29881,29877,20020101,9,x\n99213,36415,20191231,0,x\n29881,29877,99991231,0,x\n29881,20610,99991231,1,x\n"),
	}))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		c1, c2, dos string
		mi          int
	}{
		{"29881", "29877", "2001-01-01", 9},
		{"29881", "29877", "2002-01-01", 0},
		{"29881", "20610", "2024-01-01", 1},
		{"99213", "36415", "2019-12-30", 0},
		{"99213", "36415", "2019-12-31", 1},
	} {
		if mi, ok := tb.PTP(tc.c1, tc.c2, tc.dos); !ok || mi != tc.mi {
			t.Errorf("PTP(%s, %s, %s) = %d, %v; want %d", tc.c1, tc.c2, tc.dos, mi, ok, tc.mi)
		}
	}
	if s := tb.Stats(); s.PTPRows != 5 || s.PTPPairs != 3 || s.PTPColumn1 != 2 || s.PTPActive != 3 {
		t.Errorf("stats %v", s)
	}
}

// TestDigest: the digest follows the bytes, even those no table reads.
func TestDigest(t *testing.T) {
	digest := func(override map[string]string) [32]byte {
		t.Helper()
		tb, err := Load(mapFS(override))
		if err != nil {
			t.Fatal(err)
		}
		return tb.Stats().Digest
	}
	base := digest(nil)
	if digest(nil) != base {
		t.Error("digest differs between two loads of the same files")
	}
	for name, o := range map[string]map[string]string{
		"footnote":  {"mpfs/GPCI_test.csv": strings.Replace(goodFiles["mpfs/GPCI_test.csv"], "*footnote", "*other footnote", 1)},
		"rationale": {"ncci/ncci_ptp_test.csv": strings.Replace(goodFiles["ncci/ncci_ptp_test.csv"], "Misuse", "Mutually exclusive", 1)},
		"gzip'd":    {"ncci/ncci_ptp_test.csv": "", "ncci/ncci_ptp_test.csv.gz": gz(goodFiles["ncci/ncci_ptp_test.csv"])},
	} {
		if digest(o) == base {
			t.Errorf("%s: digest unchanged", name)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	for _, tc := range []struct {
		name     string
		override map[string]string
		want     []string // substrings of the error
	}{
		{"no PTP file", map[string]string{"ncci/ncci_ptp_test.csv": ""},
			[]string{"no file matches ncci/ncci_ptp_*.csv or ncci/ncci_ptp_*.csv.gz"}},
		{"no GPCI file", map[string]string{"mpfs/GPCI_test.csv": ""}, []string{"mpfs/GPCI*.csv"}},
		{"two PTP releases", map[string]string{"ncci/ncci_ptp_other.csv": goodFiles["ncci/ncci_ptp_test.csv"]},
			[]string{"2 files match", "ncci/ncci_ptp_other.csv", "ncci/ncci_ptp_test.csv"}},
		{"bad indicator", map[string]string{"ncci/ncci_ptp_test.csv": goodFiles["ncci/ncci_ptp_test.csv"] + "29881,20610,99991231,7,x\r\n"},
			[]string{"ncci/ncci_ptp_test.csv line 3", `modifier_indicator "7"`}},
		{"bad deletion date", map[string]string{"ncci/ncci_ptp_test.csv": goodFiles["ncci/ncci_ptp_test.csv"] + "\r\n29881,20610,20241301,1,x\r\n"},
			[]string{"ncci/ncci_ptp_test.csv line 4", `deletion_date "20241301"`}},
		{"short code", map[string]string{"ncci/ncci_ptp_test.csv.gz": gz(goodFiles["ncci/ncci_ptp_test.csv"] + "2988,20610,20241231,1,x\n"), "ncci/ncci_ptp_test.csv": ""},
			[]string{"ncci/ncci_ptp_test.csv.gz line 3", `column_1 "2988"`}},
		{"short row", map[string]string{"ncci/ncci_ptp_test.csv": goodFiles["ncci/ncci_ptp_test.csv"] + "29881,20610\r\n"},
			[]string{"ncci/ncci_ptp_test.csv line 3", "2 cells"}},
		{"missing column", map[string]string{"ncci/ncci_ptp_test.csv": "column_1,column_2,modifier_indicator\n29881,29877,0\n"},
			[]string{"ncci/ncci_ptp_test.csv line 1", `no "deletion_date" column`}},
		{"corrupt gzip", map[string]string{"ncci/ncci_ptp_test.csv.gz": "not gzip", "ncci/ncci_ptp_test.csv": ""},
			[]string{"ncci/ncci_ptp_test.csv.gz", "gunzip"}},
		{"bad MAI", map[string]string{"ncci/ncci_mue_test.csv": goodFiles["ncci/ncci_mue_test.csv"] + "99214,2,4,x,Practitioner,x\n"},
			[]string{"ncci/ncci_mue_test.csv line 3", `mue_mai "4"`}},
		{"fractional units", map[string]string{"ncci/ncci_mue_test.csv": goodFiles["ncci/ncci_mue_test.csv"] + "99214,2.5,3,x,Practitioner,x\n"},
			[]string{"ncci/ncci_mue_test.csv line 3", `mue_uos "2.5"`}},
		{"duplicate MUE", map[string]string{"ncci/ncci_mue_test.csv": goodFiles["ncci/ncci_mue_test.csv"] + "99213,3,3,x,Practitioner,x\n"},
			[]string{"ncci/ncci_mue_test.csv line 3", "second Practitioner row for 99213"}},
		{"RVU totals disagree", map[string]string{"mpfs/pprrvu_test.csv": goodFiles["mpfs/pprrvu_test.csv"] + "99214,,A,1.92,1.8,,0.83,,0.15,3.88,2.9,0,XXX,0,32.3465\n"},
			[]string{"mpfs/pprrvu_test.csv line 3", "99214", "file totals say 388/290"}},
		{"RVU as float noise", map[string]string{"mpfs/pprrvu_test.csv": goodFiles["mpfs/pprrvu_test.csv"] + "99214,,A,1.920000001,1.8,,0.83,,0.15,3.87,2.9,0,XXX,0,32.3465\n"},
			[]string{"mpfs/pprrvu_test.csv line 3", "work_rvu", "more than 2 decimal places"}},
		{"duplicate RVU row", map[string]string{"mpfs/pprrvu_test.csv": goodFiles["mpfs/pprrvu_test.csv"] + "99213,,A,1.3,1.35,,0.57,,0.1,2.75,1.97,0,XXX,0,32.3465\n"},
			[]string{"mpfs/pprrvu_test.csv line 3", `second row for 99213 modifier ""`}},
		{"bad GPCI", map[string]string{"mpfs/GPCI_test.csv": strings.Replace(goodFiles["mpfs/GPCI_test.csv"], "0.869", "0,869", 1)},
			[]string{"mpfs/GPCI_test.csv line 4"}},
		{"locality after footnotes", map[string]string{"mpfs/GPCI_test.csv": goodFiles["mpfs/GPCI_test.csv"] + "2102,AK,1,ALASKA,1.5,1.081,0.592\n"},
			[]string{"mpfs/GPCI_test.csv line 6", "after the end of the table (line 5)"}},
		{"duplicate locality", map[string]string{"mpfs/GPCI_test.csv": strings.Replace(goodFiles["mpfs/GPCI_test.csv"], "*footnote", "10112,AL,0,AGAIN,1,1,1\n*footnote", 1)},
			[]string{"mpfs/GPCI_test.csv line 5", "second row for locality 10112-0"}},
		{"empty MUE", map[string]string{"ncci/ncci_mue_test.csv": "hcpcs,mue_uos,mue_mai,mue_mai_desc,mue_service_type\n"},
			[]string{"ncci/ncci_mue_test.csv", "no Practitioner rows"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Load(mapFS(tc.override))
			if err == nil {
				t.Fatal("Load succeeded")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
			var re *RowError
			if strings.Contains(tc.want[0], " line ") && (!errors.As(err, &re) || re.File == "" || re.Line == 0) {
				t.Errorf("error %v is not a RowError with file and line", err)
			}
		})
	}
}

func TestLoadDirErrors(t *testing.T) {
	if _, err := LoadDir(filepath.Join(t.TempDir(), "missing")); err == nil || !strings.Contains(err.Error(), "missing") {
		t.Errorf("LoadDir(missing) = %v", err)
	}
	dir := t.TempDir()
	if _, err := LoadDir(dir); err == nil || !strings.Contains(err.Error(), dir) || !strings.Contains(err.Error(), "ncci/ncci_ptp_*") {
		t.Errorf("LoadDir(empty) = %v, want the pattern and the directory named", err)
	}
}
