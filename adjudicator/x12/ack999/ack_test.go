package ack999

import (
	"errors"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/claimsledger/claims/adjudicator/x12"
	"github.com/claimsledger/claims/adjudicator/x12/claim837"
)

var now = time.Date(2026, 1, 9, 8, 30, 0, 0, time.UTC)

// claims837 is a two-claim 837P set; the numbers are segment positions in an interchange that
// holds it first (ISA 1, GS 2, ST 3).
func claims837() [][]string {
	return [][]string{
		{"BHT", "0019", "00", "B1", "20260108", "1200", "CH"}, // 4
		{"NM1", "41", "2", "SUBMITTER", "", "", "", "", "46", "SUB1"},
		{"PER", "IC", "EDI DESK", "TE", "5555550100"},
		{"NM1", "40", "2", "PLAN", "", "", "", "", "46", "PLAN1"},
		{"HL", "1", "", "20", "1"},                                              // 8
		{"NM1", "85", "2", "BILLING GROUP", "", "", "", "", "XX", "1234567893"}, // 9
		{"HL", "2", "1", "22", "0"},                                             // 10
		{"SBR", "P", "18", "", "", "", "", "", "", "CI"},                        // 11
		{"NM1", "IL", "1", "DOE", "JANE", "", "", "", "MI", "M100"},             // 12
		{"CLM", "C1", "150.50", "", "", "11:B:1", "Y", "A", "Y", "Y"},           // 13
		{"HI", "ABK:J069"}, // 14
		{"LX", "1"},        // 15
		{"SV1", "HC:99213", "100", "UN", "1", "", "", "1"},        // 16
		{"DTP", "472", "D8", "20260105"},                          // 17
		{"LX", "2"},                                               // 18
		{"SV1", "HC:87880", "50.5", "UN", "2", "", "", "1"},       // 19
		{"DTP", "472", "D8", "20260106"},                          // 20
		{"CLM", "C2", "40", "", "", "11:B:1", "Y", "A", "Y", "Y"}, // 21
		{"HI", "ABK:Z0000"},                                       // 22
		{"LX", "1"},                                               // 23
		{"SV1", "HC:99212", "40", "UN", "1", "", "", "1"},         // 24
		{"DTP", "472", "D8", "20260107"},                          // 25
	} // SE 26
}

func replace(segs [][]string, pos int, seg []string) [][]string {
	out := slices.Clone(segs)
	out[pos-4] = seg
	return out
}

func interchange(t *testing.T, sets ...[][]string) []byte {
	t.Helper()
	var xs []x12.Set
	for _, s := range sets {
		xs = append(xs, x12.Set{Code: "837", Segments: s})
	}
	out, err := x12.Build(x12.DefaultDelimiters, x12.Envelope{SenderQualifier: "ZZ", SenderID: "SUBMITTER", ReceiverQualifier: "ZZ",
		ReceiverID: "CLAIMSLEDGER", Control: 7, Time: now, FunctionalID: "HC", Version: "005010X222A1"}, xs)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// ack decodes an 837 interchange, writes its 999, and parses the 999 back.
func ack(t *testing.T, data []byte) (*claim837.Result, *x12.Interchange, string) {
	t.Helper()
	res, err := claim837.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	env, err := ReplyTo(data, 99, now)
	if err != nil {
		t.Fatal(err)
	}
	out, err := Write(env, For837(res))
	if err != nil {
		t.Fatal(err)
	}
	ic, err := x12.Parse(out)
	if err != nil {
		t.Fatalf("the 999 does not parse: %v\n%s", err, out)
	}
	return res, ic, string(out)
}

// body is a 999 transaction set's segments as text, one a line, without ST and SE.
func body(tx x12.Transaction) string {
	var lines []string
	for _, s := range tx.Segments {
		lines = append(lines, s.ID+"*"+strings.Join(s.Elements, "*"))
	}
	return strings.Join(lines, "\n")
}

// The 999 of a set with one claim accepted and one rejected parses, is E, and its IK3/IK4 point
// at the rejected element of the 837: IK302 counts from the 837's ST, and the segment there is
// the one IK301 names, holding the element IK401 names.
func TestIK3IK4PointAtTheBrokenElement(t *testing.T) {
	segs := replace(claims837(), 19, []string{"SV1", "HC:87880", "50.5", "UN", "0", "", "", "1"}) // $.lines[1].units
	data := interchange(t, segs)
	res, ic, out := ack(t, data)
	if !res.Claims[1].Accepted() || res.Claims[0].Accepted() {
		t.Fatalf("want claim C1 rejected and C2 accepted: %+v", res.Claims)
	}
	if ic.ControlNumber() != "000000099" || ic.Groups[0].GS.Element(1) != "FA" || ic.Groups[0].Version() != "005010X231A1" ||
		strings.TrimSpace(ic.ISA.Element(6)) != "CLAIMSLEDGER" || strings.TrimSpace(ic.ISA.Element(8)) != "SUBMITTER" {
		t.Errorf("999 envelope:\n%s", out)
	}
	tx := ic.Groups[0].Transactions[0]
	want := strings.Join([]string{
		"AK1*HC*7*005010X222A1",
		"AK2*837*0001*005010X222A1",
		"IK3*SV1*17**8",
		"CTX*CLM01:C1",
		"IK4*4**7",
		"IK5*E*5",
		"AK9*E*1*1*1",
	}, "\n")
	if got := body(tx); got != want || tx.Code() != "999" || tx.Version() != "005010X231A1" {
		t.Fatalf("999 set:\n%s\nwant\n%s", got, want)
	}
	// IK302 17 from the 837's ST is the SV1 at interchange position 19; IK401 4 is its SV104.
	src, _ := x12.Parse(data)
	st := src.Groups[0].Transactions[0]
	ik3 := tx.Segments[2]
	pos, _ := strconv.Atoi(ik3.Element(2))
	seg := st.Segments[pos-2] // position 1 is the ST, 2 the first segment after it
	if seg.ID != ik3.Element(1) || seg.Pos != 19 || seg.Element(4) != "0" {
		t.Errorf("IK3 points at %s (position %d), want the SV1 at 19", seg.ID, seg.Pos)
	}
}

// Errors of the loops above the claims (no business unit: no CTX), a missing segment, composite
// components, and a set rejected whole.
func TestRejectedSet(t *testing.T) {
	segs := replace(claims837(), 9, []string{"NM1", "85", "2", "BILLING GROUP", "", "", "", "", "XX", "1234567890"})
	segs = replace(segs, 16, []string{"SV1", "HC", "100", "UN", "1", "", "", "1"})
	segs = replace(segs, 12, []string{"NM1", "PR", "2", "PLAN", "", "", "", "", "PI", "PLAN1"})
	_, ic, _ := ack(t, interchange(t, segs))
	want := strings.Join([]string{
		"AK1*HC*7*005010X222A1",
		"AK2*837*0001*005010X222A1",
		"IK3*NM1*7**8", // billing NPI (9): no claim around it
		"IK4*9**7",
		"IK3*NM1*10**3", // NM1*IL missing where the NM1*PR is (12)
		"IK3*SV1*14**8", // SV101-2 (16) in claim C1
		"CTX*CLM01:C1",
		"IK4*1:2**1",
		"IK5*R*5",
		"AK9*R*1*1*0",
	}, "\n")
	if got := body(ic.Groups[0].Transactions[0]); got != want {
		t.Fatalf("999 set:\n%s\nwant\n%s", got, want)
	}
}

// Two sets in one group, one accepted (A), one rejected (R): the group is P, 2 received, 1
// accepted; the second set's IK302 counts from its own ST.
func TestPartiallyAcceptedGroup(t *testing.T) {
	bad := replace(claims837(), 17, []string{"DTP", "472", "D8", "20260230"})
	bad = replace(bad, 25, []string{"DTP", "472", "D8", "2026"})
	_, ic, _ := ack(t, interchange(t, claims837(), bad))
	want := strings.Join([]string{
		"AK1*HC*7*005010X222A1",
		"AK2*837*0001*005010X222A1",
		"IK5*A",
		"AK2*837*0002*005010X222A1",
		"IK3*DTP*15**8",
		"CTX*CLM01:C1",
		"IK4*3**8",
		"IK3*DTP*23**8",
		"CTX*CLM01:C2",
		"IK4*3**8",
		"IK5*R*5",
		"AK9*P*2*2*1",
	}, "\n")
	if got := body(ic.Groups[0].Transactions[0]); got != want {
		t.Fatalf("999 set:\n%s\nwant\n%s", got, want)
	}
}

// An interchange whose envelope is refused gets a 999 rejecting its group and sets: the SE01
// count is IK3/IK4 on the SE and IK502 4; a GE01 count is AK905 5.
func TestEnvelopeRejection(t *testing.T) {
	good := string(interchange(t, claims837(), claims837()))
	for _, tc := range []struct {
		name, from, to, want string
	}{
		{"SE01", "SE*24*0002", "SE*23*0002", strings.Join([]string{
			"AK1*HC*7*005010X222A1",
			"AK2*837*0001*005010X222A1",
			"IK5*R",
			"AK2*837*0002*005010X222A1",
			"IK3*SE*24**8",
			"IK4*1**7",
			"IK5*R*4",
			"AK9*R*2*2*0",
		}, "\n")},
		{"GE01", "GE*2*7", "GE*3*7", strings.Join([]string{
			"AK1*HC*7*005010X222A1",
			"AK2*837*0001*005010X222A1",
			"IK5*R",
			"AK2*837*0002*005010X222A1",
			"IK5*R",
			"AK9*R*3*2*0*5",
		}, "\n")},
		{"IEA", "IEA*1*000000007", "IEA*1*000000008", strings.Join([]string{
			"AK1*HC*7*005010X222A1",
			"AK2*837*0001*005010X222A1",
			"IK5*R",
			"AK2*837*0002*005010X222A1",
			"IK5*R",
			"AK9*R*2*2*0",
		}, "\n")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data := []byte(strings.Replace(good, tc.from, tc.to, 1))
			_, err := claim837.Decode(data)
			var es x12.Errors
			if !errors.As(err, &es) {
				t.Fatalf("Decode: %v, want the envelope refused", err)
			}
			groups, err := RejectedInterchange(data, es)
			if err != nil {
				t.Fatal(err)
			}
			env, _ := ReplyTo(data, 100, now)
			out, err := Write(env, groups)
			if err != nil {
				t.Fatal(err)
			}
			ic, err := x12.Parse(out)
			if err != nil {
				t.Fatalf("the 999 does not parse: %v", err)
			}
			if got := body(ic.Groups[0].Transactions[0]); got != tc.want {
				t.Fatalf("999 set:\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
	if _, err := RejectedInterchange([]byte("hello"), x12.Errors{{Pos: 1, SegmentID: "ISA", SegmentCode: "1", Reason: "r"}}); err == nil {
		t.Error("a 999 was made for text holding no functional group")
	}
}

// A set without SE (a GE where its SE should be) is IK502 2.
func TestSetWithoutSE(t *testing.T) {
	good := string(interchange(t, claims837()))
	data := []byte(strings.Replace(good, "SE*24*0001~\n", "", 1))
	_, err := claim837.Decode(data)
	var es x12.Errors
	if !errors.As(err, &es) {
		t.Fatalf("Decode: %v", err)
	}
	groups, err := RejectedInterchange(data, es)
	if err != nil {
		t.Fatal(err)
	}
	out, err := Write(x12.Envelope{SenderID: "A", ReceiverID: "B", Control: 1, Time: now}, groups)
	if err != nil {
		t.Fatal(err)
	}
	ic, _ := x12.Parse(out)
	want := "AK1*HC*7*005010X222A1\nAK2*837*0001*005010X222A1\nIK5*R*2\nAK9*R*1*1*0"
	if got := body(ic.Groups[0].Transactions[0]); got != want {
		t.Fatalf("999 set:\n%s\nwant\n%s", got, want)
	}
}

// Write refuses what would not be a 999, and checks its own output.
func TestWriteRefuses(t *testing.T) {
	env := x12.Envelope{SenderID: "A", ReceiverID: "B", Control: 1, Time: now}
	g := Group{FunctionalID: "HC", Control: "1", Version: "005010X222A1", Sets: []Set{{Code: "837", Control: "0001", Start: 3}}}
	for name, tc := range map[string]struct {
		env    x12.Envelope
		groups []Group
	}{
		"no group":       {env, nil},
		"not FA":         {func() x12.Envelope { e := env; e.FunctionalID = "HP"; return e }(), []Group{g}},
		"not X231A1":     {func() x12.Envelope { e := env; e.Version = "005010X231"; return e }(), []Group{g}},
		"A with errors":  {env, []Group{{Sets: []Set{{Code: "837", Control: "1", Start: 3, Status: Accepted, Errors: []Note{{Error: &x12.Error{Pos: 5, SegmentID: "CLM", SegmentCode: "8"}}}}}}}},
		"unknown status": {env, []Group{{Sets: []Set{{Code: "837", Control: "1", Start: 3, Status: "X"}}}}},
		"before the ST":  {env, []Group{{Sets: []Set{{Code: "837", Control: "1", Start: 3, Errors: []Note{{Error: &x12.Error{Pos: 2, SegmentID: "GS", SegmentCode: "8"}}}}}}}},
	} {
		if _, err := Write(tc.env, tc.groups); err == nil {
			t.Errorf("%s: written", name)
		}
	}
	if out, err := Write(env, []Group{g}); err != nil || !strings.Contains(string(out), "IK5*A~") || !strings.Contains(string(out), "AK9*A*1*1*1~") {
		t.Errorf("Write = %s, %v", out, err)
	}
	// The self-check compares what was written with what was meant.
	out, _ := Write(env, []Group{g})
	if err := check(out, []counts{{sets: 1, accepted: 0, group: Rejected}}); err == nil {
		t.Error("check accepted a 999 whose counts differ from those meant")
	}
	if err := check(out, []counts{{sets: 1, accepted: 1, group: Accepted}}); err != nil {
		t.Errorf("check: %v", err)
	}
}

// A business unit id the 999 cannot carry (holding a separator) is left out; a long one is cut.
func TestUnitContext(t *testing.T) {
	e := &x12.Error{Pos: 5, SegmentID: "CLM", SegmentCode: "8"}
	if got := unitContext([]Note{{Error: e, Unit: "CLM01", UnitID: "A*B"}}); got != nil {
		t.Errorf("CTX with a separator: %v", got)
	}
	long := strings.Repeat("9", 38)
	if got := unitContext([]Note{{Error: e, Unit: "CLM01", UnitID: long}}); len(got) != 1 || got[0][1] != "CLM01:"+long[:35] {
		t.Errorf("CTX of a long id: %v", got)
	}
}
