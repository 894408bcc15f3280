package elig270_test

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/x12"
	"github.com/claimsledger/claims/adjudicator/x12/elig270"
)

var medicare2006 = adjudicator.Span{PlanID: "medicare", Start: "2006-01-01", End: "2006-12-31"}

// answer decodes a 270 and answers every inquiry from el.
func answer(t *testing.T, data []byte, el adjudicator.Eligibility) []elig270.Response {
	t.Helper()
	inqs, err := elig270.DecodeOn(data, today)
	if err != nil {
		t.Fatal(err)
	}
	var rs []elig270.Response
	for _, q := range inqs {
		r, err := elig270.Answer(q, el)
		if err != nil {
			t.Fatal(err)
		}
		rs = append(rs, r)
	}
	return rs
}

// write writes rs and checks that the strict reader takes it back: envelope counts and
// control numbers, and the hierarchy.
func write(t *testing.T, rs []elig270.Response) (string, [][]elig270.Level271) {
	t.Helper()
	out, err := elig270.Write(replyEnv(), rs)
	if err != nil {
		t.Fatal(err)
	}
	ic, err := x12.Parse(out)
	if err != nil {
		t.Fatalf("the 271 does not parse: %v\n%s", err, out)
	}
	back, err := elig270.Read271(ic)
	if err != nil {
		t.Fatalf("the 271 does not read back: %v\n%s", err, out)
	}
	return string(out), back
}

const envelope271 = "ISA*00*          *00*          *ZZ*CLAIMSLEDGER   *ZZ*CLINIC         *240301*0930*^*00501*000000042*0*P*:~\n" +
	"GS*HB*CLAIMSLEDGER*CLINIC*20240301*0930*42*X*005010X279A1~\n" +
	"ST*271*0001*005010X279A1~\n" +
	"BHT*0022*11*10001234*20240301*0930~\n" +
	"HL*1**20*1~\n" +
	"NM1*PR*2*ABC COMPANY*****PI*842610001~\n" +
	"HL*2*1*21*1~\n"

// The samples answered: the 271 is written out here in full, segment by segment, as the guide
// lays it out.
func TestWriteAnswersSamples(t *testing.T) {
	cases := []struct {
		name, file string
		el         adjudicator.Eligibility
		want       string
	}{
		{"subscriber covered", "subscriber-health-benefit-check.270", spans(medicare2006), envelope271 +
			"NM1*1P*2*BONE AND JOINT CLINIC*****SV*2000035~\n" +
			"HL*3*2*22*0~\n" +
			"TRN*2*93175-012547*9877281234~\n" +
			"NM1*IL*1*SMITH*ROBERT****MI*11122333301~\n" +
			"DMG*D8*19430519~\n" +
			"DTP*346*D8*20060101~\n" +
			"DTP*347*D8*20061231~\n" +
			"EB*1**30*MB*medicare~\n" +
			"DTP*291*RD8*20060101-20061231~\n" +
			"SE*15*0001~\nGE*1*42~\nIEA*1*000000042~\n"},
		{"subscriber not covered on the date", "subscriber-health-benefit-check.270",
			spans(adjudicator.Span{PlanID: "medicare", Start: "2005-01-01", End: "2006-04-30"}), envelope271 +
				"NM1*1P*2*BONE AND JOINT CLINIC*****SV*2000035~\n" +
				"HL*3*2*22*0~\n" +
				"TRN*2*93175-012547*9877281234~\n" +
				"NM1*IL*1*SMITH*ROBERT****MI*11122333301~\n" +
				"DMG*D8*19430519~\n" +
				"EB*6**30~\n" +
				"DTP*307*D8*20060501~\n" +
				"SE*13*0001~\nGE*1*42~\nIEA*1*000000042~\n"},
		{"dependent covered", "dependent-health-benefit-check.270", spans(medicare2006), envelope271 +
			"NM1*1P*1*JONES*MARCUS****SV*2000034~\n" +
			"HL*3*2*22*1~\n" +
			"NM1*IL*1******MI*11122333301~\n" +
			"HL*4*3*23*0~\n" +
			"TRN*2*93175-012547*9877281234~\n" +
			"NM1*03*1*SMITH*MARY~\n" +
			"DMG*D8*19781014~\n" +
			"DTP*346*D8*20060101~\n" +
			"DTP*347*D8*20061231~\n" +
			"EB*1**30*MB*medicare~\n" +
			"DTP*291*RD8*20060101-20061231~\n" +
			"SE*17*0001~\nGE*1*42~\nIEA*1*000000042~\n"},
		// The subscriber is not found: AAA in 2100C, the dependent's levels still echoed (RFI 1661).
		{"dependent of an unknown member", "dependent-health-benefit-check.270", spans(), envelope271 +
			"NM1*1P*1*JONES*MARCUS****SV*2000034~\n" +
			"HL*3*2*22*1~\n" +
			"NM1*IL*1******MI*11122333301~\n" +
			"AAA*Y**72*C~\n" +
			"HL*4*3*23*0~\n" +
			"TRN*2*93175-012547*9877281234~\n" +
			"NM1*03*1*SMITH*MARY~\n" +
			"DMG*D8*19781014~\n" +
			"SE*14*0001~\nGE*1*42~\nIEA*1*000000042~\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, _ := write(t, answer(t, readSample(t, sampleDir, c.file), c.el))
			if got != c.want {
				t.Errorf("got\n%s\nwant\n%s", got, c.want)
			}
		})
	}
}

// Inquiries under one subscriber are answered under one subscriber level; the hierarchy is the
// 270's, renumbered, with each level's answer where the guide puts it.
func TestWriteHierarchy(t *testing.T) {
	segs := []string{
		"BHT*0022*13*REF1*20060501*1319",
		"HL*1**20*1", "NM1*PR*2*ABC COMPANY*****PI*842610001",
		"HL*2*1*21*1", "NM1*1P*2*CLINIC*****XX*1234567893",
		"HL*3*2*22*1", "TRN*1*T3*9877281234", "NM1*IL*1*SMITH*ANN****MI*M1", "DTP*291*D8*20060601", "EQ*30",
		"HL*4*3*23*0", "TRN*1*T4*9877281234", "NM1*03*1*SMITH*BOB", "EQ*30",
		"HL*5*3*23*0", "TRN*1*T5*9877281234", "NM1*03*1*SMITH*CAL", "DTP*291*D8*20070701", "EQ*30",
		"HL*6*2*22*0", "TRN*1*T6*9877281234", "NM1*IL*1*JONES*DAN****MI*M2", "EQ*30",
	}
	inqs, err := elig270.DecodeOn(build270(t, segs), today)
	if err != nil {
		t.Fatal(err)
	}
	var rs []elig270.Response
	for _, q := range inqs {
		el := spans(medicare2006)
		if q.MemberID == "M2" {
			el = spans()
		}
		r, err := elig270.Answer(q, el)
		if err != nil {
			t.Fatal(err)
		}
		rs = append(rs, r)
	}
	_, back := write(t, rs)
	if len(back) != 1 {
		t.Fatalf("%d transaction sets, want 1", len(back))
	}
	type row struct {
		HL, Parent, Code, Entity string
		Traces                   string
		Answer                   string
	}
	var got []row
	for _, l := range back[0] {
		ans := strings.Join(l.Rejects, ",")
		for _, b := range l.Benefits {
			ans += "EB" + b.Status + " " + b.Dates["291"] + b.Dates["307"]
		}
		got = append(got, row{l.HL, l.Parent, l.Code, l.Entity, strings.Join(l.Traces, ","), ans})
	}
	want := []row{
		{"1", "", "20", "PR", "", ""},
		{"2", "1", "21", "1P", "", ""},
		{"3", "2", "22", "IL", "T3", "EB1 RD8*20060101-20061231"},
		{"4", "3", "23", "03", "T4", "EB1 RD8*20060101-20061231"},
		{"5", "3", "23", "03", "T5", "EB6 D8*20070701"},
		{"6", "2", "22", "IL", "T6", "72"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("levels\n%+v\nwant\n%+v", got, want)
	}
}

// Each 270 transaction set is answered in a 271 set of its own, with its own BHT03.
func TestWriteSetPerTransaction(t *testing.T) {
	second := edit(t, subscriberSegs, "BHT", "BHT*0022*13*SECOND*20060501*1319")
	out, back := write(t, answer(t, build270(t, subscriberSegs, second), spans(medicare2006)))
	if len(back) != 2 || !strings.Contains(out, "ST*271*0002*005010X279A1~\nBHT*0022*11*SECOND*") ||
		!strings.Contains(out, "ST*271*0001*005010X279A1~\nBHT*0022*11*10001234*") {
		t.Errorf("%d sets, want 2 echoing their own BHT03:\n%s", len(back), out)
	}
}

// A 271 answers with the 270's delimiters, so values echo unchanged.
func TestWriteUsesTheInquiryDelimiters(t *testing.T) {
	data := strings.NewReplacer("*", "|", "~", "!").Replace(string(readSample(t, sampleDir, "subscriber-health-benefit-check.270")))
	out, back := write(t, answer(t, []byte(data), spans(medicare2006)))
	if !strings.Contains(out, "EB|1||30|MB|medicare!") || len(back[0]) != 3 {
		t.Errorf("not written with the 270's delimiters:\n%s", out)
	}
}

// The reply's envelope swaps the 270's sender and receiver and keeps its test indicator.
func TestReplyEnvelope(t *testing.T) {
	inqs, err := elig270.DecodeOn(readSample(t, sampleDir, "subscriber-health-benefit-check.270"), today)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2024, 3, 1, 9, 30, 0, 0, time.UTC)
	got := inqs[0].ReplyEnvelope(9, now)
	want := x12.Envelope{SenderQualifier: "30", SenderID: "12345", ReceiverQualifier: "30", ReceiverID: "000000005",
		Control: 9, Time: now, Test: true, FunctionalID: "HB", Version: "005010X279A1"}
	if got != want {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
}

// What cannot be written as a sound 271 is refused, not written.
func TestWriteRefuses(t *testing.T) {
	good := answer(t, readSample(t, sampleDir, "subscriber-health-benefit-check.270"), spans(medicare2006))[0]
	unknown := good
	unknown.Benefits, unknown.Reject = nil, &elig270.Rejection{Reason: "72", FollowUp: "C"}
	dependent := answer(t, readSample(t, sampleDir, "dependent-health-benefit-check.270"), spans(medicare2006))[0]
	otherDelims := good
	otherDelims.Inquiry.Delimiters.Element = '|'
	badPlan := good
	badPlan.Benefits = []elig270.Benefit{{Status: "1", ServiceType: "30", InsuranceType: "MB", Plan: "GOLD*PLAN", From: "2006-01-01", To: "2006-12-31"}}
	badDate := good
	badDate.PlanBegin = "2006-1-1"
	cases := map[string]struct {
		env  x12.Envelope
		rs   []elig270.Response
		want string // in the error: the case fails for its own reason
	}{
		"nothing":            {replyEnv(), nil, "no responses"},
		"no answer":          {replyEnv(), []elig270.Response{{Inquiry: good.Inquiry}}, "neither benefits nor a rejection"},
		"same patient twice": {replyEnv(), []elig270.Response{good, good}, "a second response for the same patient"},
		"subscriber known and unknown": {replyEnv(), []elig270.Response{unknown, func() elig270.Response {
			d := dependent
			d.Inquiry.Subscriber = good.Inquiry.Subscriber
			d.Inquiry.Receiver = good.Inquiry.Receiver
			return d
		}()}, "disagree on whether the member is known"},
		"different delimiters":         {replyEnv(), []elig270.Response{good, otherDelims}, "different delimiters"},
		"a delimiter in a plan":        {replyEnv(), []elig270.Response{badPlan}, "EB05 holds a delimiter"},
		"a date that is not a date":    {replyEnv(), []elig270.Response{badDate}, "plan dates"},
		"another functional group":     {func() x12.Envelope { e := replyEnv(); e.FunctionalID = "HC"; return e }(), []elig270.Response{good}, "functional group HB"},
		"another implementation guide": {func() x12.Envelope { e := replyEnv(); e.Version = "005010X222A1"; return e }(), []elig270.Response{good}, "want 005010X279A1"},
		"no control number":            {func() x12.Envelope { e := replyEnv(); e.Control = 0; return e }(), []elig270.Response{good}, "control number"},
		"a benefit with an unknown EB01": {replyEnv(), []elig270.Response{func() elig270.Response {
			r := good
			r.Benefits = []elig270.Benefit{{Status: "A", ServiceType: "30"}}
			return r
		}()}, "EB01"},
		"a rejection that is not an AAA3": {replyEnv(), []elig270.Response{func() elig270.Response { r := unknown; r.Reject = &elig270.Rejection{Reason: "720"}; return r }()}, "AAA03"},
	}
	for name, c := range cases {
		out, err := elig270.Write(c.env, c.rs)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want one saying %q\n%s", name, err, c.want, out)
		}
	}
	if _, err := elig270.Write(replyEnv(), []elig270.Response{good, dependent}); err != nil {
		t.Errorf("two patients of different receivers: %v", err)
	}
}
