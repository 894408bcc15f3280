package claim837

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/x12"
)

// wantErr is an error the tests expect: where (segment position, id, element, component), the
// 999 codes, and words from the reason.
type wantErr struct {
	pos        int
	seg        string
	el, comp   int
	code       string // IK403 for an element error, IK304 for a segment error
	reasonPart string
}

func (w wantErr) String() string {
	return fmt.Sprintf("%d %s%02d-%d code %s %q", w.pos, w.seg, w.el, w.comp, w.code, w.reasonPart)
}

// matchErrors checks got against want, in order, exactly.
func matchErrors(t *testing.T, what string, got x12.Errors, want []wantErr) {
	t.Helper()
	ok := len(got) == len(want)
	for i := 0; ok && i < len(got); i++ {
		g, w := got[i], want[i]
		code := g.ElementCode
		if g.Element == 0 {
			code = g.SegmentCode
		}
		ok = g.Pos == w.pos && g.SegmentID == w.seg && g.Element == w.el && g.Component == w.comp && code == w.code &&
			strings.Contains(g.Reason, w.reasonPart)
	}
	if !ok {
		var b strings.Builder
		for _, e := range got {
			fmt.Fprintf(&b, "\n  %d %s%02d-%d seg %s el %s loop %s: %s", e.Pos, e.SegmentID, e.Element, e.Component, e.SegmentCode, e.ElementCode, e.Loop, e.Reason)
		}
		t.Errorf("%s: errors:%s\nwant %v", what, b.String(), want)
	}
}

func decodeOK(t *testing.T, data []byte) *Result {
	t.Helper()
	res, err := Decode(data)
	if err != nil {
		t.Fatalf("Decode: %v\n%s", err, data)
	}
	return res
}

// The two base interchanges decode to the claims read from them by hand, with the values kept
// beside each claim.
func TestDecodeBase(t *testing.T) {
	res := decodeOK(t, build(t, "005010X222A1", base837P()))
	want := base837PClaims()
	if len(res.Claims) != 2 {
		t.Fatalf("%d claims, want 2", len(res.Claims))
	}
	for i, c := range res.Claims {
		if !c.Accepted() {
			t.Fatalf("claim %d rejected: %v", i, c.Errors)
		}
		if !reflect.DeepEqual(*c.Claim, want[i]) {
			t.Errorf("claim %d =\n%+v\nwant\n%+v", i, *c.Claim, want[i])
		}
	}
	c1, c2 := res.Claims[0], res.Claims[1]
	if c1.Location != (Location{Group: 0, Set: "0001", Pos: 17}) || c1.End != 26 || c1.ClaimID != "C1" || c1.Frequency != "1" ||
		c1.BillingNPI != "1234567893" || c1.ChargeCents != 15050 || c1.OriginalClaim != "" || c1.Relationship != "" {
		t.Errorf("claim 1 result = %+v", c1)
	}
	if c2.Location.Pos != 27 || c2.End != 32 || c2.Frequency != "7" || c2.OriginalClaim != "PAYER-CLAIM-9" || c2.ChargeCents != 4000 {
		t.Errorf("claim 2 result = %+v", c2)
	}
	if s := res.Sets[0]; s.Code != "837" || s.Control != "0001" || s.Version != "005010X222A1" || s.Start != 3 || s.End != 33 ||
		s.Accepted != 2 || s.Rejected != 0 || len(s.Errors) != 0 {
		t.Errorf("set = %+v", s)
	}
	if got := res.Accepted(); len(got) != 2 {
		t.Errorf("Accepted() = %d claims", len(got))
	}

	res = decodeOK(t, build(t, "005010X223A2", base837I()))
	c := res.Claims[0]
	if !c.Accepted() {
		t.Fatalf("837I claim rejected: %v", c.Errors)
	}
	if !reflect.DeepEqual(*c.Claim, base837IClaim()) {
		t.Errorf("837I claim =\n%+v\nwant\n%+v", *c.Claim, base837IClaim())
	}
	if c.Relationship != "19" || c.Frequency != "1" || c.BillingNPI != "1003811290" || c.Pos != 20 || c.End != 32 {
		t.Errorf("837I result = %+v", c)
	}
}

// edit returns segs with the segment at interchange position pos replaced by seg (nil removes
// it). Position 8 is segs[4]: ISA, GS and ST come first, then the 4 header segments.
func edit(segs [][]string, pos int, seg []string) [][]string {
	out := slices.Clone(segs)
	if seg == nil {
		return slices.Delete(out, pos-4, pos-3)
	}
	out[pos-4] = seg
	return out
}

// Each malformed input is rejected at the exact segment, element and component, with the 999
// codes; the claims it does not concern are still accepted.
func TestMalformed(t *testing.T) {
	p := base837P()
	type tc struct {
		name     string
		version  string
		segs     [][]string
		accepted []bool // per claim
		errs     [][]wantErr
	}
	both := func(w ...wantErr) [][]wantErr { return [][]wantErr{w, w} }
	first := func(w ...wantErr) [][]wantErr { return [][]wantErr{w, nil} }
	second := func(w ...wantErr) [][]wantErr { return [][]wantErr{nil, w} }
	cases := []tc{
		{"CLM02 three decimals", "", edit(p, 17, []string{"CLM", "C1", "150.505", "", "", "11:B:1", "Y", "A", "Y", "Y"}), []bool{false, true},
			first(wantErr{17, "CLM", 2, 0, "7", "more than 2 decimals"})},
		{"CLM02 not a number", "", edit(p, 17, []string{"CLM", "C1", "15O.50", "", "", "11:B:1", "Y", "A", "Y", "Y"}), []bool{false, true},
			first(wantErr{17, "CLM", 2, 0, "6", "decimal amount"})},
		{"CLM02 exponent", "", edit(p, 17, []string{"CLM", "C1", "1.5E2", "", "", "11:B:1", "Y", "A", "Y", "Y"}), []bool{false, true},
			first(wantErr{17, "CLM", 2, 0, "6", "decimal amount"})},
		{"CLM02 missing", "", edit(p, 17, []string{"CLM", "C1", "", "", "", "11:B:1", "Y", "A", "Y", "Y"}), []bool{false, true},
			first(wantErr{17, "CLM", 2, 0, "1", "total charge (CLM02) is required"})},
		{"CLM02 is not the sum of the lines", "", edit(p, 17, []string{"CLM", "C1", "150.00", "", "", "11:B:1", "Y", "A", "Y", "Y"}), []bool{false, true},
			first(wantErr{17, "CLM", 2, 0, "7", "differs from the sum of the line charges"})},
		{"no NM1*IL", "", edit(p, 15, nil), []bool{false, false},
			both(wantErr{15, "NM1", 0, 0, "3", "subscriber name NM1*IL (loop 2010BA)"})},
		{"NM1*IL without member id", "", edit(p, 15, []string{"NM1", "IL", "1", "DOE", "JANE", "", "", "", "MI"}), []bool{false, false},
			both(wantErr{15, "NM1", 9, 0, "1", "member id (NM109) is required"})},
		{"no NM1*85", "", edit(p, 9, nil), []bool{false, false},
			both(wantErr{9, "NM1", 0, 0, "3", "billing provider name NM1*85"})},
		{"a segment before NM1*IL", "", slices.Insert(slices.Clone(p), 15-4, []string{"DMG", "D8", "19700101", "F"}), []bool{false, false},
			both(wantErr{15, "DMG", 0, 0, "7", "not in proper sequence: the subscriber name NM1*IL"})},
		{"SV1 without procedure code", "", edit(p, 22, []string{"SV1", "HC", "100", "UN", "1", "", "", "1:2"}), []bool{false, true},
			first(wantErr{22, "SV1", 1, 2, "1", "procedure code (SV101-2) is required"})},
		{"SV1 without SV101", "", edit(p, 22, []string{"SV1", "", "100", "UN", "1", "", "", "1:2"}), []bool{false, true},
			first(wantErr{22, "SV1", 1, 1, "1", "qualifier (SV101-1 HC) is required"}, wantErr{22, "SV1", 1, 2, "1", "procedure code (SV101-2) is required"})},
		{"SV1 with an NDC", "", edit(p, 22, []string{"SV1", "N4:00026063512", "100", "UN", "1", "", "", "1:2"}), []bool{false, true},
			first(wantErr{22, "SV1", 1, 1, "7", "want procedure code qualifier SV101-1 HC"})},
		{"LX without SV1", "", edit(p, 22, nil), []bool{false, true},
			first(wantErr{22, "SV1", 0, 0, "3", "SV1 follows its LX"})},
		{"billing NPI check digit", "", edit(p, 9, []string{"NM1", "85", "2", "BILLING GROUP", "", "", "", "", "XX", "1234567890"}), []bool{false, false},
			both(wantErr{9, "NM1", 9, 0, "7", "check digit"})},
		{"billing NPI 9 digits", "", edit(p, 9, []string{"NM1", "85", "2", "BILLING GROUP", "", "", "", "", "XX", "123456789"}), []bool{false, false},
			both(wantErr{9, "NM1", 9, 0, "4", "10 digits"})},
		{"billing NPI qualifier", "", edit(p, 9, []string{"NM1", "85", "2", "BILLING GROUP", "", "", "", "", "24", "1234567893"}), []bool{false, false},
			both(wantErr{9, "NM1", 8, 0, "7", "want NM108 XX"})},
		{"rendering NPI check digit", "", edit(p, 20, []string{"NM1", "82", "1", "SMITH", "ANN", "", "", "", "XX", "1003811291"}), []bool{false, true},
			first(wantErr{20, "NM1", 9, 0, "7", "rendering provider's NPI (NM109) fails its check digit"})},
		{"bad date", "", edit(p, 23, []string{"DTP", "472", "D8", "20260230"}), []bool{false, true},
			first(wantErr{23, "DTP", 3, 0, "8", "not a calendar date"})},
		{"short date", "", edit(p, 26, []string{"DTP", "472", "D8", "2026016"}), []bool{false, true},
			first(wantErr{26, "DTP", 3, 0, "8", "CCYYMMDD"})},
		{"reversed range", "", edit(p, 23, []string{"DTP", "472", "RD8", "20260105-20260104"}), []bool{false, true},
			first(wantErr{23, "DTP", 3, 0, "8", "ends before it starts"})},
		{"line over several days", "", edit(p, 23, []string{"DTP", "472", "RD8", "20260105-20260107"}), []bool{false, true},
			first(wantErr{23, "DTP", 3, 0, "7", "one date per line"})},
		{"one-day range", "", edit(p, 23, []string{"DTP", "472", "RD8", "20260105-20260105"}), []bool{true, true}, nil},
		{"no service date", "", edit(p, 23, nil), []bool{false, true},
			first(wantErr{23, "DTP", 0, 0, "3", "DTP*472 is required"})},
		{"units 0 (claims.v1 $.lines[1].units)", "", edit(p, 25, []string{"SV1", "HC:87880", "50.5", "UN", "0", "", "", "1"}), []bool{false, true},
			first(wantErr{25, "SV1", 4, 0, "7", "want units >= 1, got 0 (claims.v1 $.lines[1].units)"})},
		{"fractional units", "", edit(p, 25, []string{"SV1", "HC:87880", "50.5", "UN", "1.5", "", "", "1"}), []bool{false, true},
			first(wantErr{25, "SV1", 4, 0, "7", "whole units"})},
		{"anesthesia minutes", "", edit(p, 25, []string{"SV1", "HC:87880", "50.5", "MJ", "30", "", "", "1"}), []bool{false, true},
			first(wantErr{25, "SV1", 3, 0, "7", "anesthesia minutes"})},
		{"negative line charge", "", edit(p, 25, []string{"SV1", "HC:87880", "-50.5", "UN", "2", "", "", "1"}), []bool{false, true},
			first(wantErr{25, "SV1", 2, 0, "7", "negative"})},
		{"bad modifier (claims.v1 $.lines[0].modifiers[0])", "", edit(p, 22, []string{"SV1", "HC:99213:2", "100", "UN", "1", "", "", "1:2"}), []bool{false, true},
			first(wantErr{22, "SV1", 1, 3, "7", "2-character modifier"})},
		{"bad procedure code (claims.v1)", "", edit(p, 25, []string{"SV1", "HC:8788", "50.5", "UN", "2", "", "", "1"}), []bool{false, true},
			first(wantErr{25, "SV1", 1, 2, "7", "5-character HCPCS/CPT code"})},
		{"bad place of service (claims.v1)", "", edit(p, 17, []string{"CLM", "C1", "150.50", "", "", "1:B:1", "Y", "A", "Y", "Y"}), []bool{false, true},
			first(wantErr{17, "CLM", 5, 1, "7", "2-digit CMS place of service"})},
		{"prior auth with a space: one error for two lines", "", edit(p, 18, []string{"REF", "G1", "AUTH 1"}), []bool{false, true},
			first(wantErr{18, "REF", 2, 0, "7", "letters, digits or dashes"})},
		{"ICD-9 diagnosis", "", edit(p, 19, []string{"HI", "BK:4779", "ABF:R05"}), []bool{false, true},
			first(wantErr{19, "HI", 1, 1, "7", "ICD-9-CM"})},
		{"diagnosis with a dot (claims.v1 $.diagnoses[1])", "", edit(p, 19, []string{"HI", "ABK:J069", "ABF:R05.1"}), []bool{false, true},
			first(wantErr{19, "HI", 2, 2, "7", "ICD-10-CM code without the dot"})},
		{"no HI", "", edit(p, 29, nil), []bool{true, false},
			second(wantErr{29, "HI", 0, 0, "3", "principal diagnosis"})},
		{"HL02 names the wrong parent", "", edit(p, 13, []string{"HL", "2", "3", "22", "0"}), []bool{false, false},
			both(wantErr{13, "HL", 2, 0, "7", "want 1"})},
		{"HL01 out of sequence", "", edit(p, 13, []string{"HL", "5", "1", "22", "0"}), []bool{false, false},
			both(wantErr{13, "HL", 1, 0, "7", "want 2"})},
		{"HL04 says children, none follow", "", edit(p, 13, []string{"HL", "2", "1", "22", "1"}), []bool{false, false},
			both(wantErr{13, "HL", 4, 0, "7", "none does"})},
		{"secondary payer", "", edit(p, 14, []string{"SBR", "S", "18", "", "", "", "", "", "", "CI"}), []bool{false, false},
			both(wantErr{14, "SBR", 1, 0, "7", "coordination of benefits"})},
		{"LX out of sequence", "", edit(p, 24, []string{"LX", "3"}), []bool{false, true},
			first(wantErr{24, "LX", 1, 0, "7", "want 2"})},
		{"replacement without REF*F8", "", edit(p, 28, nil), []bool{true, false},
			second(wantErr{29, "REF", 0, 0, "3", "REF*F8"})},
		{"reporting BHT", "", edit(p, 4, []string{"BHT", "0019", "00", "BATCH1", "20260108", "1200", "RP"}), []bool{false, false},
			both(wantErr{4, "BHT", 6, 0, "7", "encounters"})},
		{"dental guide", "005010X224A2", p, []bool{false, false},
			both(wantErr{3, "ST", 3, 0, "7", "implementation guide not supported"})},
		{"SV2 in an 837P", "", edit(p, 25, []string{"SV2", "0450", "HC:87880", "50.5", "UN", "2"}), []bool{false, true},
			first(wantErr{25, "SV1", 0, 0, "3", "SV1 follows its LX"}, wantErr{25, "SV2", 0, 0, "6", "not in this implementation guide"})},
		{"a line rendering provider unlike the claim's", "", slices.Insert(slices.Clone(p), 23-4+1, []string{"NM1", "82", "1", "JONES", "AL", "", "", "", "XX", "1234567893"}), []bool{false, true},
			first(wantErr{24, "NM1", 9, 0, "7", "one rendering provider per claim"})},
	}
	i := base837I()
	cases = append(cases,
		tc{"837I statement date as D8", "005010X223A2", edit(i, 21, []string{"DTP", "434", "D8", "20260102"}), []bool{false},
			[][]wantErr{{{21, "DTP", 2, 0, "7", "want date format qualifier RD8"}}}},
		tc{"837I line date outside the statement dates (claims.v1)", "005010X223A2", edit(i, 30, []string{"DTP", "472", "D8", "20260105"}), []bool{false},
			[][]wantErr{{{30, "DTP", 3, 0, "8", "outside the claim's service dates"}}}},
		tc{"837I revenue code (claims.v1)", "005010X223A2", edit(i, 32, []string{"SV2", "110", "", "50", "DA", "2"}), []bool{false},
			[][]wantErr{{{32, "SV2", 1, 0, "7", "4-digit revenue code"}}}},
		tc{"837I no statement dates", "005010X223A2", edit(i, 21, nil), []bool{false},
			[][]wantErr{{{26, "DTP", 0, 0, "3", "DTP*434"}}}},
		tc{"837I principal diagnosis with another", "005010X223A2", edit(i, 24, []string{"HI", "ABK:I10", "ABF:E119"}), []bool{false},
			[][]wantErr{{{24, "HI", 2, 0, "3", "at most 1 diagnoses"}}}},
		tc{"837I facility type", "005010X223A2", edit(i, 20, []string{"CLM", "H1", "300.00", "", "", "13>A>1", "", "A", "Y", "Y"}), []bool{false},
			[][]wantErr{{{20, "CLM", 5, 1, "7", "component separator ISA16 declares"}, {20, "CLM", 5, 2, "1", "CLM05-2 A"}, {20, "CLM", 5, 3, "1", "frequency code"}}}},
		tc{"837I patient level without PAT", "005010X223A2", edit(i, 18, nil), []bool{false},
			[][]wantErr{{{18, "PAT", 0, 0, "3", "starts with PAT"}}}},
	)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			version := cmpOr(tc.version, "005010X222A1")
			res := decodeOK(t, build(t, version, tc.segs))
			if len(res.Claims) != len(tc.accepted) {
				t.Fatalf("%d claims, want %d", len(res.Claims), len(tc.accepted))
			}
			for k, c := range res.Claims {
				if c.Accepted() != tc.accepted[k] {
					t.Errorf("claim %d accepted = %v, want %v (errors %v)", k, c.Accepted(), tc.accepted[k], c.Errors)
				}
				if c.Accepted() == (c.Claim == nil) || c.Accepted() == (len(c.Errors) > 0) {
					t.Errorf("claim %d: Claim %v with %d errors", k, c.Claim != nil, len(c.Errors))
				}
				var want []wantErr
				if k < len(tc.errs) {
					want = tc.errs[k]
				}
				matchErrors(t, fmt.Sprintf("claim %d", k), c.Errors, want)
				// An accepted claim is the base claim.
				if c.Accepted() && version == "005010X222A1" && !reflect.DeepEqual(*c.Claim, base837PClaims()[k]) {
					t.Errorf("claim %d = %+v", k, *c.Claim)
				}
			}
		})
	}
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// One interchange, two claims: the good one is accepted, the bad one rejected, and the set says so.
func TestOneGoodOneBadClaim(t *testing.T) {
	segs := edit(base837P(), 31, []string{"SV1", "HC:99212", "40.00", "UN", "1", "", "", "1"})
	segs = edit(segs, 32, []string{"DTP", "472", "D8", "20261307"})
	res := decodeOK(t, build(t, "005010X222A1", segs))
	if !res.Claims[0].Accepted() || res.Claims[1].Accepted() {
		t.Fatalf("accepted %v, %v; want the first only", res.Claims[0].Accepted(), res.Claims[1].Accepted())
	}
	matchErrors(t, "claim 2", res.Claims[1].Errors, []wantErr{{32, "DTP", 3, 0, "8", "not a calendar date"}})
	if s := res.Sets[0]; s.Accepted != 1 || s.Rejected != 1 || len(s.Errors) != 1 || s.Errors[0] != res.Claims[1].Errors[0] {
		t.Errorf("set = %+v", s)
	}
	if got := res.Accepted(); len(got) != 1 || got[0].ClaimID != "C1" {
		t.Errorf("Accepted() = %+v", got)
	}
}

// An envelope error rejects the whole interchange as x12.Errors.
func TestEnvelopeErrorRejectsInterchange(t *testing.T) {
	data := string(build(t, "005010X222A1", base837P()))
	data = strings.Replace(data, "SE*31*0001", "SE*30*0001", 1)
	res, err := Decode([]byte(data))
	var es x12.Errors
	if res != nil || !errors.As(err, &es) || es[0].SegmentID != "SE" || es[0].Element != 1 || es[0].Pos != 33 {
		t.Fatalf("Decode = %v, %v; want the SE01 count error", res, err)
	}
}

// Errors never quote a value: member ids, codes, NPIs and amounts stay out of every reason.
func TestErrorsQuoteNoValue(t *testing.T) {
	secrets := []string{"SECRETMEMBER77", "ZZ9Q", "12345678", "987.654"}
	segs := edit(base837P(), 15, []string{"NM1", "IL", "1", "DOE", "JANE", "", "", "", "XY", "SECRETMEMBER77"})
	segs = edit(segs, 19, []string{"HI", "ABK:ZZ9Q"})
	segs = edit(segs, 9, []string{"NM1", "85", "2", "BILLING GROUP", "", "", "", "", "XX", "12345678"})
	segs = edit(segs, 22, []string{"SV1", "HC:99213:25", "987.654", "UN", "1", "", "", "1:2"})
	res := decodeOK(t, build(t, "005010X222A1", segs))
	var all x12.Errors
	for _, s := range res.Sets {
		all = append(all, s.Errors...)
	}
	if len(all) < 4 {
		t.Fatalf("only %d errors: %v", len(all), all)
	}
	for _, e := range all {
		for _, s := range secrets {
			if strings.Contains(e.Error(), s) {
				t.Errorf("error quotes a value: %v", e)
			}
		}
	}
}

// Every error of a rejected claim is in its set's list, once.
func TestSetErrorsCoverClaims(t *testing.T) {
	segs := edit(base837P(), 9, []string{"NM1", "85", "2", "BILLING GROUP", "", "", "", "", "XX", "1234567890"})
	res := decodeOK(t, build(t, "005010X222A1", segs))
	s := res.Sets[0]
	if len(s.Errors) != 1 || s.Rejected != 2 {
		t.Fatalf("set errors %v, rejected %d: want the billing NPI once, 2 claims rejected", s.Errors, s.Rejected)
	}
	for _, c := range res.Claims {
		if len(c.Errors) != 1 || c.Errors[0] != s.Errors[0] {
			t.Errorf("claim errors %v", c.Errors)
		}
	}
}

var _ = adjudicator.ClaimSchemaV1
