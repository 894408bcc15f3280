package elig270_test

import (
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/claimsledger/claims/adjudicator/x12"
	"github.com/claimsledger/claims/adjudicator/x12/elig270"
)

// summary is a 271 level as the sample tests compare it.
type summary struct {
	Code, Entity, ID string
	Traces, Rejects  string
	Dates            string
	Benefits         string
}

func summarize(levels []elig270.Level271) []summary {
	var out []summary
	for _, l := range levels {
		var ebs []string
		for _, b := range l.Benefits {
			ebs = append(ebs, b.Status+"/"+b.ServiceType+"/"+b.Plan)
		}
		var dates []string
		for q, v := range l.Dates {
			dates = append(dates, q+"="+v)
		}
		slices.Sort(dates) // map order varies
		out = append(out, summary{l.Code, l.Entity, l.ID, strings.Join(l.Traces, ","), strings.Join(l.Rejects, ","),
			strings.Join(dates, ","), strings.Join(ebs, " ")})
	}
	return out
}

var sampleEBs = "1/30/GOLD 123 PLAN L// 1/1^33^35^47^86^88^98^AL^MH^UC/ B/1^33^35^47^86^88^98^AL^MH^UC/GOLD 123 PLAN B/1^33^35^47^86^88^98^AL^MH^UC/GOLD 123 PLAN"

// The shared 271 samples have the structure Write's self-check reads: the hierarchy, the trace
// echoed, the plan begin date in the patient's name loop, the EB loops (a 2120 loop skipped).
func TestSample271s(t *testing.T) {
	cases := []struct {
		file string
		want []summary
	}{
		{"subscriber-health-benefit-check.271", []summary{
			{Code: "20", Entity: "PR", ID: "841610001"},
			{Code: "21", Entity: "1P", ID: "2000035"},
			{Code: "22", Entity: "IL", ID: "123456789", Traces: "93175-012547", Dates: "346=D8*20060101", Benefits: sampleEBs},
		}},
		{"dependent-health-benefit-check.271", []summary{
			{Code: "20", Entity: "PR", ID: "841610001"},
			{Code: "21", Entity: "1P", ID: "2000035"},
			{Code: "22", Entity: "IL", ID: "123456789"},
			{Code: "23", Entity: "03", Traces: "93175-012547", Dates: "346=D8*20060101", Benefits: sampleEBs},
		}},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			ic, err := x12.Parse(readSample(t, sample271Dir, c.file))
			if err != nil {
				t.Fatal(err)
			}
			back, err := elig270.Read271(ic)
			if err != nil {
				t.Fatal(err)
			}
			if len(back) != 1 || !reflect.DeepEqual(summarize(back[0]), c.want) {
				t.Errorf("got\n%+v\nwant\n%+v", back, c.want)
			}
		})
	}
}

// The error sample's SE02 (4323) does not match its ST02 (4321): the strict Parse refuses it,
// naming SE02 at position 10 and nothing else. Read leniently, its structure is a receiver
// rejected with AAA 50 (provider ineligible for inquiries) and no subscriber level.
func TestSample271ErrorIsRejected(t *testing.T) {
	data := readSample(t, sample271Dir, "subscriber-health-benefit-check-error.271")
	_, err := x12.Parse(data)
	var es x12.Errors
	if !errors.As(err, &es) || len(es) != 1 {
		t.Fatalf("Parse: %v, want one error", err)
	}
	if e := es[0]; e.Pos != 10 || e.SegmentID != "SE" || e.Element != 2 || e.ElementCode != x12.ElemInvalidCode {
		t.Errorf("error %+v, want SE02 at segment 10, code %s", e, x12.ElemInvalidCode)
	}
	ic, err := x12.ParseTransactions(data)
	if err != nil {
		t.Fatal(err)
	}
	back, err := elig270.Read271(ic)
	if err != nil {
		t.Fatal(err)
	}
	want := []summary{{Code: "20", Entity: "PR", ID: "842610001"}, {Code: "21", Entity: "1P", ID: "2000035", Rejects: "50"}}
	if got := summarize(back[0]); !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
}

// The read-back Write checks itself with catches a hierarchy that does not hold together, at
// the segment that breaks it.
func TestRead271CatchesBadHierarchies(t *testing.T) {
	head := []string{"BHT*0022*11*R*20240301*0930", "HL*1**20*1", "NM1*PR*2*P*****PI*1", "HL*2*1*21*1", "NM1*1P*2*C*****SV*2"}
	cases := map[string]struct {
		segs []string
		pos  int
		id   string
	}{
		"HL04 promises a child": {append(head[:len(head):len(head)], "HL*3*2*22*1", "NM1*IL*1*S****MI*M", "EB*1**30"), 9, "HL"},
		"HL04 hides a child":    {append(head[:len(head):len(head)], "HL*3*2*22*0", "NM1*IL*1****MI*M", "HL*4*3*23*0", "NM1*03*1*D", "EB*1**30"), 9, "HL"},
		"wrong parent":          {append(head[:len(head):len(head)], "HL*3*1*22*0", "NM1*IL*1*S****MI*M", "EB*1**30"), 9, "HL"},
		"HL01 out of order":     {append(head[:len(head):len(head)], "HL*4*2*22*0", "NM1*IL*1*S****MI*M", "EB*1**30"), 9, "HL"},
		"no name":               {append(head[:len(head):len(head)], "HL*3*2*22*0", "EB*1**30"), 10, "EB"},
		"TRN after the name":    {append(head[:len(head):len(head)], "HL*3*2*22*0", "NM1*IL*1*S****MI*M", "TRN*2*T*1"), 11, "TRN"},
		"wrong entity":          {append(head[:len(head):len(head)], "HL*3*2*22*0", "NM1*03*1*S", "EB*1**30"), 10, "NM1"},
		"LS without LE":         {append(head[:len(head):len(head)], "HL*3*2*22*0", "NM1*IL*1*S****MI*M", "EB*1**30", "LS*2120", "NM1*P3*1*X"), 14, "LE"},
		"EB at the receiver":    {append(head[:len(head):len(head)], "EB*1**30"), 9, "EB"},
		"not a 271 BHT":         {append([]string{"BHT*0022*13*R*20240301*0930"}, head[1:]...), 4, "BHT"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			var set x12.Set
			set.Code = "271"
			for _, s := range c.segs {
				set.Segments = append(set.Segments, strings.Split(s, "*"))
			}
			data, err := x12.Build(x12.DefaultDelimiters, replyEnv(), []x12.Set{set})
			if err != nil {
				t.Fatal(err)
			}
			ic, err := x12.Parse(data)
			if err != nil {
				t.Fatal(err)
			}
			_, err = elig270.Read271(ic)
			var e *x12.Error
			if !errors.As(err, &e) || e.Pos != c.pos || e.SegmentID != c.id {
				t.Errorf("error %v, want one at segment %d (%s)", err, c.pos, c.id)
			}
		})
	}
}
