package cms

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"flag"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/claimsledger/claims/adjudicator/sample"
	"github.com/claimsledger/claims/adjudicator/shareddata"
)

var update = flag.Bool("update", false, "regenerate policies/reference/cms from ../shared/data")

// bundleDir is policies/reference/cms, seen from this package's directory
// (where go test runs).
var bundleDir = filepath.Join("..", "..", "policies", "reference", "cms")

// bundledFile is one file of the slice: its path (the same as in the
// shared data) and how to derive it from the shared file.
type bundledFile struct {
	path string
	keep func(line []byte, codes map[string]bool) bool // nil: copy whole
}

// The slice keeps the rows whose codes the sample bills (for PTP, both
// codes: only such a pair can fire on a sample claim), with the header,
// byte for byte as in the source, and the small locality files whole.
var bundledFiles = []bundledFile{
	{"ncci/ncci_ptp_practitioner_v301r0_2024Q2.csv.gz", func(l []byte, codes map[string]bool) bool {
		c := strings.SplitN(string(l), ",", 3)
		return len(c) == 3 && codes[c[0]] && codes[c[1]]
	}},
	{"ncci/ncci_mue_2024Q2.csv", firstCellIn},
	{"mpfs/pprrvu25_jan.csv", firstCellIn},
	{"mpfs/GPCI2025.csv", nil},
	{"mpfs/25LOCCO1.csv", nil},
}

func firstCellIn(l []byte, codes map[string]bool) bool {
	c, _, _ := strings.Cut(string(l), ",")
	return codes[normalizeFileCode(c)]
}

// sampleCodes are the HCPCS codes the bundled Tuva claims bill.
func sampleCodes(t testing.TB) map[string]bool {
	t.Helper()
	claims, err := sample.Claims()
	if err != nil {
		t.Fatal(err)
	}
	codes := map[string]bool{}
	for _, c := range claims {
		for _, l := range c.Lines {
			if l.Code != "" {
				codes[l.Code] = true
			}
		}
	}
	if len(codes) < 100 {
		t.Fatalf("sample bills only %d codes", len(codes))
	}
	return codes
}

// slice derives one bundled file (uncompressed) from the shared data.
func (f bundledFile) slice(t *testing.T, src string, codes map[string]bool) []byte {
	t.Helper()
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	if strings.HasSuffix(src, ".gz") {
		b = gunzip(t, src, b)
	}
	if f.keep == nil {
		return b
	}
	var out bytes.Buffer
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(nil, 1<<20)
	sc.Split(scanLinesKeepEOL)
	for first := true; sc.Scan(); first = false {
		if first || f.keep(sc.Bytes(), codes) {
			out.Write(sc.Bytes())
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("%s: %v", src, err)
	}
	return out.Bytes()
}

// scanLinesKeepEOL keeps each line's own ending (the CMS files use CRLF),
// so kept rows are the source bytes.
func scanLinesKeepEOL(data []byte, atEOF bool) (int, []byte, error) {
	if i := bytes.IndexByte(data, '\n'); i >= 0 {
		return i + 1, data[:i+1], nil
	}
	if atEOF && len(data) > 0 {
		return len(data), data, nil
	}
	return 0, nil, nil
}

func gunzip(t testing.TB, name string, b []byte) []byte {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return out
}

// TestBundled regenerates the demo slice in policies/reference/cms from
// the shared data and fails when the committed files differ (compressed
// files are compared decompressed: gzip output may change with the Go
// release, the rows may not). Run with -update to rewrite them.
func TestBundled(t *testing.T) {
	shared := shareddata.Dir(t)
	codes := sampleCodes(t)
	total := 0
	for _, f := range bundledFiles {
		want := f.slice(t, filepath.Join(shared, filepath.FromSlash(f.path)), codes)
		dst := filepath.Join(bundleDir, filepath.FromSlash(f.path))
		if *update {
			out := want
			if strings.HasSuffix(f.path, ".gz") {
				var zb bytes.Buffer
				zw, _ := gzip.NewWriterLevel(&zb, gzip.BestCompression)
				zw.Write(want)
				if err := zw.Close(); err != nil {
					t.Fatal(err)
				}
				out = zb.Bytes()
			}
			if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(dst, out, 0o644); err != nil {
				t.Fatal(err)
			}
			t.Logf("wrote %s (%d bytes)", dst, len(out))
			total += len(out)
			continue
		}
		got, err := os.ReadFile(dst)
		if err != nil {
			t.Fatalf("%v: run go test ./adjudicator/cms -run TestBundled -update", err)
		}
		total += len(got)
		if strings.HasSuffix(f.path, ".gz") {
			got = gunzip(t, dst, got)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s is stale: run go test ./adjudicator/cms -run TestBundled -update", dst)
		}
	}
	t.Logf("bundled slice: %d bytes in %d files for %d sample codes", total, len(bundledFiles), len(codes))

	// Nothing else may sit in the data directories: Load picks files by
	// pattern, and a stray second release would make it refuse the bundle.
	want := []string{"NOTICE.md", "embed.go"}
	for _, f := range bundledFiles {
		want = append(want, f.path)
	}
	var have []string
	err := fs.WalkDir(os.DirFS(bundleDir), ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			have = append(have, p)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(want)
	slices.Sort(have)
	if !slices.Equal(have, want) {
		t.Errorf("%s holds %q, want exactly %q", bundleDir, have, want)
	}
}

// TestBundledMatchesFull loads the embedded slice and checks that every
// sample claim sees exactly what it would see in the full tables: the same
// PTP edits per date of service and provider, the same MUEs and fees.
func TestBundledMatchesFull(t *testing.T) {
	full := shared(t)
	small, err := Load(Bundled())
	if err != nil {
		t.Fatal(err)
	}
	t.Log("bundled:", small.Stats())
	if got, want := small.Localities(), full.Localities(); !slices.Equal(got, want) {
		t.Errorf("bundled localities %v, want %v", got, want)
	}
	claims, err := sample.Claims()
	if err != nil {
		t.Fatal(err)
	}
	groups, edits := 0, 0
	for _, c := range claims {
		byDay := map[string][]string{}
		for _, l := range c.Lines {
			day := l.ServiceDate
			if day == "" {
				day = c.ServiceFrom
			}
			byDay[day] = append(byDay[day], l.Code)
		}
		for day, codes := range byDay {
			want, err := full.PTPEdits(codes, day)
			if err != nil {
				t.Fatalf("claim %s: %v", c.ClaimID, err)
			}
			got, _ := small.PTPEdits(codes, day)
			if !slices.Equal(got, want) {
				t.Errorf("claim %s on %s %v: bundled edits %v, full %v", c.ClaimID, day, codes, got, want)
			}
			groups++
			edits += len(want)
		}
	}
	t.Logf("%d claims, %d (claim, day) groups, %d PTP edits in force", len(claims), groups, edits)
	if edits == 0 {
		t.Error("no PTP edit fires on the sample: the slice would not exercise the rules")
	}
	// Beyond the claims as billed: every ordered pair of sample codes.
	var all []string
	for code := range sampleCodes(t) {
		all = append(all, code)
	}
	for _, day := range []string{"2016-01-01", "2017-12-31", "2018-06-30", "2024-05-01"} {
		for _, a := range all {
			for _, b := range all {
				m1, ok1 := full.PTP(a, b, day)
				m2, ok2 := small.PTP(a, b, day)
				if m1 != m2 || ok1 != ok2 {
					t.Fatalf("PTP %s %s %s: bundled %d %v, full %d %v", a, b, day, m2, ok2, m1, ok1)
				}
			}
		}
	}
	locs := []string{"", "10112-0", "1182-18", "13202-1"}
	for _, code := range all {
		u1, m1, ok1 := full.MUE(code)
		u2, m2, ok2 := small.MUE(code)
		if u1 != u2 || m1 != m2 || ok1 != ok2 {
			t.Errorf("MUE %s: bundled %d %d %v, full %d %d %v", code, u2, m2, ok2, u1, m1, ok1)
		}
		for _, mod := range []string{"", "26", "TC", "53", "59"} {
			for _, loc := range locs {
				for _, fac := range []bool{false, true} {
					f1, ok1 := full.Fee(code, mod, loc, fac)
					f2, ok2 := small.Fee(code, mod, loc, fac)
					if f1 != f2 || ok1 != ok2 {
						t.Errorf("Fee %s %q %q %v: bundled %+v %v, full %+v %v", code, mod, loc, fac, f2, ok2, f1, ok1)
					}
				}
			}
		}
	}
}
