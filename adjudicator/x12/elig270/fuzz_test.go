package elig270_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/shareddata"
	"github.com/claimsledger/claims/adjudicator/x12"
	"github.com/claimsledger/claims/adjudicator/x12/elig270"
)

// FuzzDecode270 reads anything without panicking: what is refused is refused with x12.Errors
// placed in the interchange, and every inquiry read is answered (covered, not covered, unknown)
// in a 271 that the strict reader takes back with the hierarchy and answers written.
func FuzzDecode270(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join(shareddata.Path(f, sampleDir), "*"))
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Add(build270(f, subscriberSegs))
	f.Add(build270(f, subscriberSegs, edit(f, subscriberSegs, "DTP", "DTP*291*RD8*20060101-20060331")))
	f.Add(build270(f, []string{
		"BHT*0022*13*REF1*20060501*1319",
		"HL*1**20*1", "NM1*PR*2*ABC COMPANY*****PI*842610001",
		"HL*2*1*21*1", "NM1*1P*2*CLINIC*****XX*1234567893",
		"HL*3*2*22*1", "TRN*1*T3*9877281234", "NM1*IL*1*SMITH*ANN****MI*M1", "DTP*291*D8*20060601", "EQ*30#AL",
		"HL*4*3*23*0", "TRN*1*T4*9877281234", "NM1*03*1*SMITH*BOB", "DMG*D8*19800101*M", "EQ*30",
		"HL*5*2*22*0", "NM1*IL*1*JONES*DAN", "EQ**HC:99213",
	}))
	f.Fuzz(func(t *testing.T, data []byte) {
		check270(t, data)
		// Most mutations break a count, which x12.Parse refuses before the hierarchy is read;
		// the same segments with counts that close reach it.
		if fixed := reenvelope(data); fixed != nil {
			check270(t, fixed)
		}
	})
}

func check270(t *testing.T, data []byte) {
	{
		inqs, err := elig270.DecodeOn(data, today)
		if err != nil {
			var es x12.Errors
			if !errors.As(err, &es) || len(es) == 0 {
				t.Fatalf("refused without x12.Errors: %v", err)
			}
			for _, e := range es {
				if e.Pos < 0 || e.SegmentCode == "" {
					t.Fatalf("an error without a place or a 999 code: %+v", e)
				}
			}
			return
		}
		if len(inqs) == 0 {
			t.Fatal("accepted, with no inquiry to answer")
		}
		for _, el := range []adjudicator.Eligibility{
			{},
			{Spans: []adjudicator.Span{{PlanID: "medicare", Start: "2006-01-01", End: "2006-06-30"}}},
			{Spans: []adjudicator.Span{{PlanID: "gold", Start: "1900-01-01", End: "2099-12-31"}}},
		} {
			var rs []elig270.Response
			want := 0
			for _, q := range inqs {
				r, err := elig270.Answer(q, el)
				if err != nil {
					t.Fatalf("an inquiry read could not be answered: %v", err)
				}
				rs = append(rs, r)
				want += len(r.Benefits)
			}
			out, err := elig270.Write(inqs[0].ReplyEnvelope(1, today), rs)
			if err != nil {
				t.Fatalf("the answers could not be written: %v", err)
			}
			ic, err := x12.Parse(out)
			if err != nil {
				t.Fatalf("the 271 does not parse: %v\n%s", err, out)
			}
			back, err := elig270.Read271(ic)
			if err != nil {
				t.Fatalf("the 271 does not read back: %v\n%s", err, out)
			}
			got := 0
			for _, levels := range back {
				for _, l := range levels {
					got += len(l.Benefits)
				}
			}
			if got != want {
				t.Fatalf("%d EB loops read back, %d answered\n%s", got, want, out)
			}
		}
	}
}

// reenvelope rewrites data's segments with the counts and control numbers of SE, GE and IEA
// recomputed; nil when data does not tokenize.
func reenvelope(data []byte) []byte {
	d, segs, err := x12.Tokenize(data)
	if err != nil {
		return nil
	}
	var out bytes.Buffer
	var st, gs x12.Segment
	n, sets, groups := 0, 0, 0
	for _, s := range segs {
		els := slices.Clone(s.Elements)
		n++
		switch s.ID {
		case "ST":
			st, n = s, 1
			sets++
		case "SE":
			if len(els) >= 2 {
				els[0], els[1] = strconv.Itoa(n), st.Element(2)
			}
		case "GS":
			gs, sets = s, 0
			groups++
		case "GE":
			if len(els) >= 2 {
				els[0], els[1] = strconv.Itoa(sets), gs.Element(6)
			}
		case "IEA":
			if len(els) >= 2 {
				els[0], els[1] = strconv.Itoa(groups), segs[0].Element(13)
			}
		}
		out.WriteString(s.ID)
		for _, e := range els {
			out.WriteByte(d.Element)
			out.WriteString(e)
		}
		out.WriteByte(d.Segment)
	}
	return out.Bytes()
}
