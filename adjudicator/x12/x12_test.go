package x12

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claimsledger/claims/adjudicator/shareddata"
)

// Every X12 sample in the shared data has a sound envelope: one interchange, its groups and
// transaction sets, with counts and control numbers that close.
func TestSharedSamplesParse(t *testing.T) {
	want := map[string]string{ // directory: ST01 of its transaction sets
		"edi/linuxforhealth-x12/837_005010X222A2": "837",
		"edi/linuxforhealth-x12/837_005010X223A3": "837",
		"edi/linuxforhealth-x12/835_005010X221A1": "835",
		"edi/linuxforhealth-x12/270_005010X279A1": "270",
		"edi/linuxforhealth-x12/271_005010X279A1": "271",
		"edi/edi-835-parser":                      "835",
	}
	n := 0
	for dir, code := range want {
		files, err := filepath.Glob(filepath.Join(shareddata.Path(t, dir), "*"))
		if err != nil || len(files) == 0 {
			t.Fatalf("%s: no files (%v)", dir, err)
		}
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			ic, err := ParseTransactions(data)
			switch filepath.Base(f) {
			case "subscriber-health-benefit-check-error.271", "blue_cross_nc_sample.txt":
				// The 271's SE02 is 4323 where its ST02 is 4321; the BCBS 835 (no envelope) says
				// 33 segments and has 32. The strict Parse refuses both, naming the element.
				if err != nil || len(ic.Warnings) != 1 || ic.Warnings[0].SegmentID != "SE" {
					t.Errorf("%s: err %v, warnings %v: want one SE warning", filepath.Base(f), err, ic.Warnings)
				}
				var es Errors
				if _, err := Parse(data); !errors.As(err, &es) || (es[0].SegmentID != "SE" || es[0].Element == 0) && es[0].SegmentID != "ISA" {
					t.Errorf("%s: strict Parse: %v, want the SE element (or the missing ISA) named", filepath.Base(f), err)
				}
			case "":
			default:
				if err == nil && len(ic.Warnings) > 0 {
					t.Errorf("%s: warnings %v", filepath.Base(f), ic.Warnings)
				}
			}
			if err != nil {
				t.Errorf("%s: %v", filepath.Base(f), err)
				continue
			}
			n++
			for _, g := range ic.Groups {
				for _, tx := range g.Transactions {
					if tx.Code() != code {
						t.Errorf("%s: transaction set %s, want %s", filepath.Base(f), tx.Code(), code)
					}
					if len(tx.Segments) == 0 {
						t.Errorf("%s: empty transaction set", filepath.Base(f))
					}
				}
			}
		}
	}
	if n < 35 {
		t.Errorf("parsed %d sample files, want all 35", n)
	}
}

func TestTokenizeTakesDelimitersFromISA(t *testing.T) {
	in := "ISA|00|          |00|          |ZZ|SENDER         |ZZ|RECEIVER       |240101|1200|}|00501|000000001|0|T|>!" +
		"GS|HC|S|R|20240101|1200|1|X|005010X222A1!ST|837|0001!SV1|HC>99213>25|100!SE|3|0001!GE|1|1!IEA|1|000000001!"
	d, segs, err := Tokenize([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if d != (Delimiters{Element: '|', Repetition: '}', Component: '>', Segment: '!'}) {
		t.Fatalf("delimiters = %+v", d)
	}
	sv1 := segs[3]
	if sv1.ID != "SV1" || sv1.Component(1, 2) != "99213" || sv1.Component(1, 3) != "25" || sv1.Element(2) != "100" || sv1.Pos != 4 {
		t.Errorf("SV1 = %+v", sv1)
	}
	if _, err := Parse([]byte(in)); err != nil {
		t.Errorf("Parse: %v", err)
	}
}

// Envelope errors name the segment, its position and element, with the 999 codes.
func TestEnvelopeErrors(t *testing.T) {
	good, err := Build(DefaultDelimiters, testEnvelope(), []Set{{Code: "837", Segments: [][]string{{"BHT", "0019", "00", "1", "20240101", "1200", "CH"}}}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Parse(good); err != nil {
		t.Fatalf("built interchange does not parse: %v", err)
	}
	s := string(good)
	for _, tc := range []struct {
		name, in string
		pos      int
		seg      string
		el       int
		want     string
	}{
		{"SE count", strings.Replace(s, "SE*3*0001", "SE*4*0001", 1), 5, "SE", 1, "SE01 counts segments from ST to SE: 4, but there are 3"},
		{"SE control", strings.Replace(s, "SE*3*0001", "SE*3*0002", 1), 5, "SE", 2, "SE02 control number does not match ST02 (segment 3)"},
		{"GE count", strings.Replace(s, "GE*1*", "GE*2*", 1), 6, "GE", 1, "GE01 counts transaction sets in the group: 2, but there are 1"},
		{"IEA control", strings.Replace(s, "IEA*1*000000042", "IEA*1*000000043", 1), 7, "IEA", 2, "IEA02 control number does not match ISA13 (segment 1)"},
		{"no IEA", s[:strings.Index(s, "IEA")], 0, "", 0, "interchange has no IEA"},
		{"no SE", strings.Replace(s, "SE*3*0001~\n", "", 1), 5, "GE", 0, "GE without GS, or before SE"},
		{"not X12", "hello", 1, "ISA", 0, "an interchange must start with an ISA segment"},
		{"short ISA", s[:60], 1, "ISA", 0, "ISA is 60 bytes"},
		{"version", strings.Replace(s, "*00501*", "*00401*", 1), 1, "ISA", 12, "must be 00501"},
		{"segment outside", strings.Replace(s, "GE*", "BHT*1~\nGE*", 1), 6, "BHT", 0, "segment outside a transaction set"},
		{"bad id", strings.Replace(s, "BHT*", "bh t*", 1), 4, "", 0, "a segment id is 2 or 3"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse([]byte(tc.in))
			var es Errors
			if !errors.As(err, &es) || len(es) == 0 {
				t.Fatalf("err = %v, want Errors", err)
			}
			e := es[0]
			if e.Pos != tc.pos || e.SegmentID != tc.seg || e.Element != tc.el || !strings.Contains(e.Reason, tc.want) {
				t.Errorf("error = %+v (%v), want segment %d %s element %d: %s", *e, e, tc.pos, tc.seg, tc.el, tc.want)
			}
		})
	}
}

func testEnvelope() Envelope {
	return Envelope{SenderQualifier: "ZZ", SenderID: "CLAIMS", ReceiverQualifier: "ZZ", ReceiverID: "PROVIDER",
		Control: 42, Time: time.Date(2026, 12, 1, 17, 30, 0, 0, time.UTC), FunctionalID: "HC", Version: "005010X222A1"}
}

// What Build writes parses back to the same segments, with counts that close.
func TestBuildRoundTrips(t *testing.T) {
	sets := []Set{
		{Code: "835", Segments: [][]string{{"BPR", "I", "271.00", "C", "ACH"}, {"TRN", "1", "0xabc", "1"}}},
		{Code: "835", Segments: [][]string{{"BPR", "H", "0", "C", "NON"}, {"CAS", "CO", "45", "10.00", "", ""}}},
	}
	out, err := Build(DefaultDelimiters, testEnvelope(), sets)
	if err != nil {
		t.Fatal(err)
	}
	ic, err := Parse(out)
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if ic.ControlNumber() != "000000042" || len(ic.Groups) != 1 || len(ic.Groups[0].Transactions) != 2 {
		t.Fatalf("interchange = %+v", ic)
	}
	tx := ic.Groups[0].Transactions[1]
	if tx.ControlNumber() != "0002" || tx.Version() != "005010X222A1" || len(tx.Segments) != 2 {
		t.Errorf("second set = %+v", tx)
	}
	if cas := tx.Segments[1]; len(cas.Elements) != 3 {
		t.Errorf("trailing empty elements kept: %q", cas.Elements)
	}
	if _, err := Build(DefaultDelimiters, testEnvelope(), []Set{{Code: "835", Segments: [][]string{{"NM1", "QC*1"}}}}); err == nil {
		t.Error("an element holding the element separator was written")
	}
}

// FuzzParse: no input panics, and an accepted interchange's counts close.
func FuzzParse(f *testing.F) {
	for _, dir := range []string{"edi/linuxforhealth-x12/837_005010X222A2", "edi/linuxforhealth-x12/835_005010X221A1", "edi/edi-835-parser"} {
		files, _ := filepath.Glob(filepath.Join(shareddata.Path(f, dir), "*"))
		for _, p := range files {
			if b, err := os.ReadFile(p); err == nil {
				f.Add(b)
			}
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		ic, err := Parse(data)
		if err != nil {
			return
		}
		for _, g := range ic.Groups {
			for _, tx := range g.Transactions {
				if tx.SE.Element(2) != tx.ST.Element(2) {
					t.Fatalf("accepted a transaction set whose SE02 %q differs from ST02 %q", tx.SE.Element(2), tx.ST.Element(2))
				}
			}
		}
	})
}
