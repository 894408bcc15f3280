package elig270_test

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/claimsledger/claims/adjudicator/x12"
	"github.com/claimsledger/claims/adjudicator/x12/elig270"
)

var sampleInterchange = elig270.Interchange{SenderQualifier: "30", SenderID: "000000005", ReceiverQualifier: "30",
	ReceiverID: "12345", Control: "000000907", Test: true}

var samplePayer = elig270.Party{HL: "1", Name: elig270.Name{Entity: "PR", EntityType: "2", Last: "ABC COMPANY", IDQualifier: "PI", ID: "842610001"}}

var sampleTrace = []elig270.Trace{{Number: "93175-012547", Originator: "9877281234"}}

// The subscriber sample asks about the subscriber: member 11122333301 on 2006-05-01, service
// type 30, from a clinic identified by service provider number (SV), not NPI.
func TestDecodeSubscriberSample(t *testing.T) {
	got, err := elig270.DecodeOn(readSample(t, sampleDir, "subscriber-health-benefit-check.270"), today)
	if err != nil {
		t.Fatal(err)
	}
	want := []elig270.Inquiry{{
		Set: 3, Control: "1234", Reference: "10001234",
		Interchange: sampleInterchange, Delimiters: x12.DefaultDelimiters,
		Source: samplePayer,
		Receiver: elig270.Party{HL: "2", Name: elig270.Name{Entity: "1P", EntityType: "2", Last: "BONE AND JOINT CLINIC",
			IDQualifier: "SV", ID: "2000035"}},
		Subscriber: elig270.Party{HL: "3", Traces: sampleTrace,
			Name:         elig270.Name{Entity: "IL", EntityType: "1", Last: "SMITH", First: "ROBERT", IDQualifier: "MI", ID: "11122333301"},
			Demographics: &elig270.Demographics{BirthDate: "1943-05-19"}},
		MemberID:     "11122333301",
		ReceiverNPI:  "",
		From:         "2006-05-01",
		To:           "2006-05-01",
		ServiceTypes: []string{"30"},
	}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got\n%+v\nwant\n%+v", got, want)
	}
}

// The dependent sample asks about Mary, a dependent: the member id is her subscriber's, the
// trace and the date are hers (2000D, 2100D).
func TestDecodeDependentSample(t *testing.T) {
	got, err := elig270.DecodeOn(readSample(t, sampleDir, "dependent-health-benefit-check.270"), today)
	if err != nil {
		t.Fatal(err)
	}
	want := []elig270.Inquiry{{
		Set: 3, Control: "1234", Reference: "10001234",
		Interchange: sampleInterchange, Delimiters: x12.DefaultDelimiters,
		Source: samplePayer,
		Receiver: elig270.Party{HL: "2", Name: elig270.Name{Entity: "1P", EntityType: "1", Last: "JONES", First: "MARCUS",
			IDQualifier: "SV", ID: "2000034"}},
		Subscriber: elig270.Party{HL: "3", Name: elig270.Name{Entity: "IL", EntityType: "1", IDQualifier: "MI", ID: "11122333301"}},
		Dependent: &elig270.Party{HL: "4", Traces: sampleTrace,
			Name:         elig270.Name{Entity: "03", EntityType: "1", Last: "SMITH", First: "MARY"},
			Demographics: &elig270.Demographics{BirthDate: "1978-10-14"}},
		MemberID:     "11122333301",
		From:         "2006-05-01",
		To:           "2006-05-01",
		ServiceTypes: []string{"30"},
	}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got\n%+v\nwant\n%+v", got, want)
	}
	if p := got[0].Patient(); p != got[0].Dependent {
		t.Errorf("Patient() is not the dependent")
	}
}

// A receiver identified by NPI (NM108 XX) gives ReceiverNPI; a date range, repeated service
// types, and a missing date (today) are read as asked.
func TestDecodeValues(t *testing.T) {
	cases := []struct {
		name             string
		segs             []string
		npi, from, to    string
		types            []string
		memberID         string
		decodeWithoutDay bool
	}{
		{name: "NPI", segs: edit(t, subscriberSegs, "NM1*1P", "NM1*1P*2*BONE AND JOINT CLINIC*****XX*1234567893"),
			npi: "1234567893", from: "2006-05-01", to: "2006-05-01", types: []string{"30"}, memberID: "11122333301"},
		{name: "range", segs: edit(t, subscriberSegs, "DTP", "DTP*291*RD8*20060101-20060331"),
			from: "2006-01-01", to: "2006-03-31", types: []string{"30"}, memberID: "11122333301"},
		{name: "no date: today", segs: edit(t, subscriberSegs, "DTP"),
			from: "2024-02-29", to: "2024-02-29", types: []string{"30"}, memberID: "11122333301"},
		{name: "service types", segs: edit(t, subscriberSegs, "EQ", "EQ*30#1#33", "EQ*AL#30", "EQ**HC:99213"),
			from: "2006-05-01", to: "2006-05-01", types: []string{"30", "1", "33", "AL"}, memberID: "11122333301"},
		{name: "no member id", segs: edit(t, subscriberSegs, "NM1*IL", "NM1*IL*1*SMITH*ROBERT"),
			from: "2006-05-01", to: "2006-05-01", types: []string{"30"}},
		{name: "II is not a member id", segs: edit(t, subscriberSegs, "NM1*IL", "NM1*IL*1*SMITH*ROBERT****II*11122333301"),
			from: "2006-05-01", to: "2006-05-01", types: []string{"30"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := elig270.DecodeOn(build270(t, c.segs), today)
			if err != nil {
				t.Fatal(err)
			}
			q := got[0]
			if len(got) != 1 || q.ReceiverNPI != c.npi || q.From != c.from || q.To != c.to || q.MemberID != c.memberID || !reflect.DeepEqual(q.ServiceTypes, c.types) {
				t.Errorf("got %d inquiries, NPI %q, dates %s to %s, member %q, types %q; want NPI %q, %s to %s, member %q, %q",
					len(got), q.ReceiverNPI, q.From, q.To, q.MemberID, q.ServiceTypes, c.npi, c.from, c.to, c.memberID, c.types)
			}
		})
	}
}

// Decode asks about today, in the local time zone, when no date is sent.
func TestDecodeDefaultsToToday(t *testing.T) {
	before := time.Now().Format(time.DateOnly)
	got, err := elig270.Decode(build270(t, edit(t, subscriberSegs, "DTP")))
	after := time.Now().Format(time.DateOnly)
	if err != nil {
		t.Fatal(err)
	}
	if d := got[0].From; d != before && d != after || got[0].To != d {
		t.Errorf("dates %s to %s, want today (%s)", got[0].From, got[0].To, before)
	}
}

// A subscriber with two dependents, one asking about herself too, and a second subscriber:
// four inquiries, in order, each dependent taking the subscriber's date when it sends none.
func TestDecodeSeveralPatients(t *testing.T) {
	segs := []string{
		"BHT*0022*13*REF1*20060501*1319",
		"HL*1**20*1", "NM1*PR*2*ABC COMPANY*****PI*842610001",
		"HL*2*1*21*1", "NM1*1P*2*CLINIC*****XX*1234567893",
		"HL*3*2*22*1", "TRN*1*T3*9877281234", "NM1*IL*1*SMITH*ANN****MI*M1", "DTP*291*D8*20060601", "EQ*30",
		"HL*4*3*23*0", "TRN*1*T4*9877281234", "NM1*03*1*SMITH*BOB", "EQ*30",
		"HL*5*3*23*0", "TRN*1*T5*9877281234", "NM1*03*1*SMITH*CAL", "DTP*291*D8*20060701", "EQ*30",
		"HL*6*2*22*0", "TRN*1*T6*9877281234", "NM1*IL*1*JONES*DAN****MI*M2", "EQ*30",
	}
	got, err := elig270.DecodeOn(build270(t, segs), today)
	if err != nil {
		t.Fatal(err)
	}
	type row struct{ member, patient, from string }
	var rows []row
	for _, q := range got {
		rows = append(rows, row{q.MemberID, q.Patient().Name.First, q.From})
	}
	want := []row{{"M1", "ANN", "2006-06-01"}, {"M1", "BOB", "2006-06-01"}, {"M1", "CAL", "2006-07-01"}, {"M2", "DAN", "2024-02-29"}}
	if !reflect.DeepEqual(rows, want) {
		t.Errorf("inquiries %v, want %v", rows, want)
	}
}

// wantErr is an x12.Error as a test expects it: where, which 999 codes, which loop.
type wantErr struct {
	Pos         int
	SegmentID   string
	Element     int
	SegmentCode string
	ElementCode string
	Loop        string
}

// Malformed 270s are rejected whole, each problem at its exact position with its 999 codes,
// and no message quotes a value from the inquiry.
func TestDecodeRejects(t *testing.T) {
	subscriber := subscriberSegs
	cases := []struct {
		name string
		data []byte
		want []wantErr
	}{
		{"no NM1*IL", build270(t, edit(t, subscriber, "NM1*IL")),
			// DMG, now at 11, is where the subscriber's name was due.
			[]wantErr{{11, "NM1", 0, x12.SegRequiredMissed, "", "2100C"}}},
		{"bad date", build270(t, edit(t, subscriber, "DTP", "DTP*291*D8*20060231")),
			[]wantErr{{13, "DTP", 3, x12.SegHasDataErrors, x12.ElemInvalidDate, "2100C"}}},
		{"range backwards", build270(t, edit(t, subscriber, "DTP", "DTP*291*RD8*20060531-20060501")),
			[]wantErr{{13, "DTP", 3, x12.SegHasDataErrors, x12.ElemInvalidDate, "2100C"}}},
		{"date format", build270(t, edit(t, subscriber, "DTP", "DTP*291*D6*060501")),
			[]wantErr{{13, "DTP", 2, x12.SegHasDataErrors, x12.ElemInvalidCode, "2100C"}}},
		{"no HL 22", build270(t, subscriber[:5]),
			// The receiver's HL04 promised a child level; the subscriber level was due at SE (9).
			[]wantErr{{7, "HL", 4, x12.SegHasDataErrors, x12.ElemInvalidCode, "2000B"}, {9, "HL", 0, x12.SegRequiredMissed, "", "2000C"}}},
		{"no EQ", build270(t, edit(t, subscriber, "EQ")),
			[]wantErr{{14, "EQ", 0, x12.SegRequiredMissed, "", "2110C"}}},
		{"member id without qualifier", build270(t, edit(t, subscriber, "NM1*IL", "NM1*IL*1*SMITH*ROBERT*****11122333301")),
			[]wantErr{{11, "NM1", 8, x12.SegHasDataErrors, x12.ElemConditional, "2100C"}}},
		{"qualifier without member id", build270(t, edit(t, subscriber, "NM1*IL", "NM1*IL*1*SMITH*ROBERT****MI")),
			[]wantErr{{11, "NM1", 9, x12.SegHasDataErrors, x12.ElemConditional, "2100C"}}},
		{"NPI check digit", build270(t, edit(t, subscriber, "NM1*1P", "NM1*1P*2*CLINIC*****XX*1234567890")),
			[]wantErr{{8, "NM1", 9, x12.SegHasDataErrors, x12.ElemInvalidCode, "2100B"}}},
		{"wrong parent", build270(t, edit(t, subscriber, "HL*3", "HL*3*1*22*0")),
			[]wantErr{{9, "HL", 2, x12.SegHasDataErrors, x12.ElemInvalidCode, "2000C"}}},
		{"date per EQ", build270(t, append(edit(t, subscriber, "DTP"), "DTP*291*D8*20060501")),
			[]wantErr{{14, "DTP", 0, x12.SegUnexpected, "", "2110C"}}},
		{"name with a component separator", build270(t, edit(t, subscriber, "NM1*IL", "NM1*IL*1*SMI:TH*ROBERT****MI*11122333301")),
			[]wantErr{{11, "NM1", 3, x12.SegHasDataErrors, x12.ElemInvalidChar, "2100C"}}},
		{"dependent without EQ", build270(t, append(edit(t, subscriber, "HL*3", "HL*3*2*22*1"), "HL*4*3*23*0", "NM1*03*1*SMITH*MARY")),
			[]wantErr{{17, "EQ", 0, x12.SegRequiredMissed, "", "2110D"}}},
		{"TRN without its trace number", build270(t, edit(t, subscriber, "TRN", "TRN*1**9877281234")),
			[]wantErr{{10, "TRN", 2, x12.SegHasDataErrors, x12.ElemRequiredMissing, "2000C"}}},
		{"TRN of another type", build270(t, edit(t, subscriber, "TRN", "TRN*2*93175-012547*9877281234")),
			[]wantErr{{10, "TRN", 1, x12.SegHasDataErrors, x12.ElemInvalidCode, "2000C"}}},
		{"TRN after the name", build270(t, edit(t, subscriber, "DMG", "DMG*D8*19430519", "TRN*1*93175-012547*9877281234")),
			[]wantErr{{13, "TRN", 0, x12.SegOutOfOrder, "", "2000C"}}},
		{"bad birth date", build270(t, edit(t, subscriber, "DMG", "DMG*D8*19431345")),
			[]wantErr{{12, "DMG", 2, x12.SegHasDataErrors, x12.ElemInvalidDate, "2100C"}}},
		{"bad service type", build270(t, edit(t, subscriber, "EQ", "EQ*3O0")),
			[]wantErr{{14, "EQ", 1, x12.SegHasDataErrors, x12.ElemInvalidCode, "2110C"}}},
		{"EQ asks nothing", build270(t, edit(t, subscriber, "EQ", "EQ***FAM")),
			[]wantErr{{14, "EQ", 1, x12.SegHasDataErrors, x12.ElemConditional, "2110C"}}},
		{"EQ at the receiver", build270(t, edit(t, subscriber, "NM1*1P", "NM1*1P*2*BONE AND JOINT CLINIC*****SV*2000035", "EQ*30")),
			[]wantErr{{9, "EQ", 0, x12.SegUnexpected, "", "2000B"}}},
		{"no receiver id", build270(t, edit(t, subscriber, "NM1*1P", "NM1*1P*2*BONE AND JOINT CLINIC")),
			[]wantErr{{8, "NM1", 8, x12.SegHasDataErrors, x12.ElemRequiredMissing, "2100B"}, {8, "NM1", 9, x12.SegHasDataErrors, x12.ElemRequiredMissing, "2100B"}}},
		{"a second name loop", build270(t, edit(t, subscriber, "DMG", "NM1*IL*1*SMITH*ROBERT****MI*11122333301")),
			[]wantErr{{12, "NM1", 0, x12.SegLoopTooMany, "", "2100C"}}},
		// A group without transaction sets asks nothing: GE (3) is where an ST was due.
		{"no transaction set", build270(t), []wantErr{{3, "ST", 0, x12.SegRequiredMissed, "", ""}}},
		{"control character in a name", build270(t, edit(t, subscriber, "NM1*IL", "NM1*IL*1*SMITH*ROB\x01ERT****MI*11122333301")),
			[]wantErr{{11, "NM1", 4, x12.SegHasDataErrors, x12.ElemInvalidChar, "2100C"}}},
		{"cancellation", build270(t, edit(t, subscriber, "BHT", "BHT*0022*01*10001234*20060501*1319")),
			[]wantErr{{4, "BHT", 2, x12.SegHasDataErrors, x12.ElemInvalidCode, ""}}},
		{"not a 270", []byte(strings.Replace(string(build270(t, subscriber)), "ST*270", "ST*271", 1)),
			[]wantErr{{3, "ST", 1, x12.SegHasDataErrors, x12.ElemInvalidCode, ""}}},
		// The strict envelope comes first: a count that does not close is x12.Parse's error.
		{"SE count", []byte(strings.Replace(string(build270(t, subscriber)), "SE*13*", "SE*12*", 1)),
			[]wantErr{{15, "SE", 1, x12.SegHasDataErrors, x12.ElemInvalidCode, ""}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := elig270.DecodeOn(c.data, today)
			var es x12.Errors
			if !errors.As(err, &es) || got != nil {
				t.Fatalf("got %d inquiries, error %v: want x12.Errors and none", len(got), err)
			}
			var have []wantErr
			for _, e := range es {
				have = append(have, wantErr{e.Pos, e.SegmentID, e.Element, e.SegmentCode, e.ElementCode, e.Loop})
			}
			if !reflect.DeepEqual(have, c.want) {
				t.Errorf("errors %+v\nwant %+v\n(%v)", have, c.want, err)
			}
			for _, v := range []string{"11122333301", "SMITH", "ROBERT", "20060231", "20060531", "1234567890", "93175"} {
				if strings.Contains(err.Error(), v) {
					t.Errorf("the error quotes a value: %v", err)
				}
			}
		})
	}
}
