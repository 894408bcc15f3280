package claim837

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/shareddata"
)

const (
	dir837P = "edi/linuxforhealth-x12/837_005010X222A2"
	dir837I = "edi/linuxforhealth-x12/837_005010X223A3"
)

// sampleClaim is one claim of a shared sample as read from the file by hand: where it is, what
// is kept beside it, the claims.v1 claim its segments say, and every error that rejects it.
type sampleClaim struct {
	pos, end           int
	id, freq, npi, rel string
	claim              adjudicator.Claim
	errs               []wantErr
}

func ln(n int, code string, units int, cents int64, date string, mods ...string) adjudicator.Line {
	l := adjudicator.Line{Number: n, Code: code, Units: units, ChargeCents: cents, ServiceDate: date}
	if len(mods) > 0 {
		l.Modifiers = mods
	}
	return l
}

func atPOS(pos string, ls ...adjudicator.Line) []adjudicator.Line {
	for i := range ls {
		ls[i].PlaceOfService = pos
	}
	return ls
}

func iln(n int, rev, code string, units int, cents int64, date string) adjudicator.Line {
	return adjudicator.Line{Number: n, RevenueCode: rev, Code: code, Units: units, ChargeCents: cents, ServiceDate: date}
}

func prof(id, member, billing, rendering, pos, from, to string, dx []string, lines ...adjudicator.Line) adjudicator.Claim {
	return adjudicator.Claim{Schema: "claims.v1", ClaimID: id, ClaimType: "professional", MemberID: member, BillingNPI: billing,
		RenderingNPI: rendering, PlaceOfService: pos, ServiceFrom: from, ServiceTo: to, Diagnoses: dx, Lines: lines}
}

func inst(id, member, billing, attending, billType, from, to string, dx []string, lines ...adjudicator.Line) adjudicator.Claim {
	return adjudicator.Claim{Schema: "claims.v1", ClaimID: id, ClaimType: "institutional", MemberID: member, BillingNPI: billing,
		RenderingNPI: attending, BillType: billType, ServiceFrom: from, ServiceTo: to, Diagnoses: dx, Lines: lines}
}

func dx(codes ...string) []string { return codes }

// The errors the samples share.
func badNPI(pos int, who string) wantErr {
	return wantErr{pos, "NM1", 9, 0, "7", who + " provider's NPI (NM109) fails its check digit"}
}
func icd9(pos, el int, q string) wantErr {
	return wantErr{pos, "HI", el, 1, "7", "coded in ICD-9-CM (" + q + ")"}
}
func separator(pos int, seg string, el int) wantErr {
	return wantErr{pos, seg, el, 1, "7", "component separator ISA16 declares"}
}
func clm05(pos int, qual string) []wantErr {
	first := wantErr{pos, "CLM", 5, 1, "7", "2-digit CMS place of service code"}
	if qual == "A" {
		first = wantErr{pos, "CLM", 5, 1, "7", "facility type code (CLM05-1) is 2 digits"}
	}
	return []wantErr{first, {pos, "CLM", 5, 2, "1", "CLM05-2 " + qual + ") is required"}, {pos, "CLM", 5, 3, "1", "frequency code (CLM05-3) is required"}}
}
func noCode(pos int, seg string, el int) wantErr {
	return wantErr{pos, seg, el, 2, "1", "procedure code (" + seg + "0" + string(rune('0'+el)) + "-2) is required"}
}
func cat(ws ...any) []wantErr {
	var out []wantErr
	for _, w := range ws {
		switch w := w.(type) {
		case wantErr:
			out = append(out, w)
		case []wantErr:
			out = append(out, w...)
		}
	}
	return out
}

var cob = wantErr{0, "SBR", 1, 0, "7", "coordination of benefits"}

func at(w wantErr, pos int) wantErr { w.pos = pos; return w }

// samples lists, per shared 837 file, its transaction set control number and its claims, read by
// hand from the file. Every claim of these samples is rejected: all are coded in ICD-9-CM (the
// files date from 1996-2006), and most have NPIs failing their check digit, composites joined
// with '>' where ISA16 declares ':', or other problems named per claim.
var samples = map[string]struct {
	set    string
	claims []sampleClaim
}{
	// Ambulance (CR1, CRC, pick-up and drop-off loops, mileage units): read; they need nothing
	// claims.v1 lacks. CLM05-2 is empty ("41::1").
	"demo.ambulance.example5.837": {"000017712", []sampleClaim{{23, 53, "051068", "1", "2366554859", "",
		prof("051068", "012345678A", "2366554859", "", "41", "2005-02-08", "2005-02-08", dx("8628", "E8888", "9592", "8540"),
			ln(1, "A0427", 1, 70000, "2005-02-08", "RH"), ln(2, "A0425", 21, 820, "2005-02-08", "RH"),
			ln(3, "A0422", 1, 4600, "2005-02-08", "RH"), ln(4, "A0382", 1, 1230, "2005-02-08", "RH")),
		cat(badNPI(10, "billing"), wantErr{23, "CLM", 5, 2, "1", "CLM05-2 B) is required"}, icd9(28, 1, "BK"), icd9(28, 2, "BF"), icd9(28, 3, "BF"), icd9(28, 4, "BF"))}}},
	// A dependent (HL 23, PAT*21): the member id is the subscriber's.
	"demo.autoaccident.837": {"0021", []sampleClaim{{25, 40, "900000032", "1", "1253695747", "21",
		prof("900000032", "B99977791G", "1253695747", "2366552595", "11", "2005-10-31", "2005-10-31", dx("8540"),
			ln(1, "99201", 1, 15000, "2005-10-31"), ln(2, "26010", 1, 3500, "2005-10-31")),
		cat(badNPI(9, "billing"), icd9(28, 1, "BK"), badNPI(29, "rendering"))}}},
	// Composites joined with '>' while ISA16 is ':'.
	"demo.cob.2ndary.example4.837": {"3701", []sampleClaim{{21, 30, "125WILL", "", "1234567890", "",
		prof("125WILL", "123456789A", "1234567890", "", "11>B>1", "2005-02-15", "2005-02-15", nil, ln(1, "", 1, 14550, "2005-02-15")),
		cat(badNPI(9, "billing"), clm05(21, "B"), separator(26, "HI", 1), separator(28, "SV1", 1), noCode(28, "SV1", 1))}}},
	// Primary claim listing a secondary payer (2320/2330): read, the other payer's NM1*IL ignored.
	"demo.cob.example3.A.837": {"0021", []sampleClaim{{31, 52, "26407789", "1", "1999996666", "19",
		prof("26407789", "111223333", "1999996666", "1999996666", "11", "2005-10-03", "2005-10-03", dx("4779", "2724", "2780", "53081"),
			ln(1, "99213", 1, 4300, "2005-10-03"), ln(2, "90782", 1, 1500, "2005-10-03"), ln(3, "J3301", 1, 2104, "2005-10-03")),
		cat(badNPI(9, "billing"), icd9(32, 1, "BK"), icd9(32, 2, "BF"), icd9(32, 3, "BF"), icd9(32, 4, "BF"), badNPI(33, "rendering"))}}},
	// Secondary claims (SBR01 S) with the primary's adjudication (2430 SVD/CAS): COB.
	"demo.cob.example3.B.837": {"1234", []sampleClaim{{31, 63, "26407789", "1", "1999996666", "19",
		prof("26407789", "222334444", "1999996666", "1999996666", "11", "2005-10-03", "2005-10-03", dx("4779", "2724", "2780", "53081"),
			ln(1, "99213", 1, 4300, "2005-10-03"), ln(2, "90782", 1, 1500, "2005-10-03"), ln(3, "J3301", 1, 2104, "2005-10-03")),
		cat(badNPI(9, "billing"), at(cob, 18), icd9(32, 1, "BK"), icd9(32, 2, "BF"), icd9(32, 3, "BF"), icd9(32, 4, "BF"), badNPI(33, "rendering"))}}},
	// As B, with an other payer's rendering provider (2330D NM1*82) that is not the claim's.
	"demo.cob.example3.C.837": {"0024", []sampleClaim{{31, 65, "26407789", "1", "1999996666", "19",
		prof("26407789", "22233444", "1999996666", "1999996666", "11", "2005-10-03", "2005-10-03", dx("4779", "2724", "2780", "53081"),
			ln(1, "99213", 1, 4300, "2005-10-03"), ln(2, "90782", 1, 1500, "2005-10-03"), ln(3, "J3301", 1, 2104, "2005-10-03")),
		cat(badNPI(9, "billing"), at(cob, 18), icd9(32, 1, "BK"), icd9(32, 2, "BF"), icd9(32, 3, "BF"), icd9(32, 4, "BF"), badNPI(33, "rendering"))}}},
	"demo.cob.example4.837": {"0002", []sampleClaim{{22, 43, "101KEN6055", "1", "0100000009", "",
		prof("101KEN6055", "102200221B1", "0100000009", "9090909090", "11", "2005-01-19", "2005-01-19", dx("71516", "71906"),
			ln(1, "99203", 1, 12000, "2005-01-19", "25")),
		cat(badNPI(9, "billing"), at(cob, 14), icd9(23, 1, "BK"), icd9(23, 2, "BF"), badNPI(26, "rendering"))}}},
	// Drug lines (2410 LIN/CTP with an NDC): the line is read by its HCPCS code, the NDC ignored.
	"demo.drug.example10.1.837": {"0711", []sampleClaim{{20, 32, "CLMNO12345", "1", "1234567893", "",
		prof("CLMNO12345", "MBRID12345", "1234567893", "1122333341", "11", "2004-07-11", "2004-07-11", dx("03591"),
			atPOS("11", ln(1, "90782", 1, 5000, "2004-07-11"), ln(2, "J1550", 1, 5337, "2004-07-11"))...),
		cat(icd9(21, 1, "BK"))}}},
	// Home infusion over a week per line (RD8 20040201-20040207): one date per line in claims.v1.
	"demo.drug.example10.2.837": {"0711", []sampleClaim{{21, 66, "CLMNO12345", "1", "1234567893", "",
		prof("CLMNO12345", "MBRID01234", "1234567893", "", "12", "2004-02-01", "2004-02-07", dx("4659"),
			atPOS("12", ln(1, "S9500", 7, 140000, "2004-02-01"), ln(2, "S5001", 7, 68250, "2004-02-01"), ln(3, "S5000", 14, 1512, "2004-02-01"),
				ln(4, "S5000", 7, 6769, "2004-02-01"), ln(5, "S5000", 14, 5712, "2004-02-01"), ln(6, "S5000", 7, 1050, "2004-02-01"))...),
		cat(icd9(22, 1, "BK"), multiDay(25), multiDay(29), multiDay(37), multiDay(45), multiDay(53), multiDay(61))}}},
	"demo.drug.example10.3.837": {"0711", []sampleClaim{{21, 66, "CLMNO12345", "1", "1234567893", "",
		prof("CLMNO12345", "MBRID01234", "1234567893", "", "12", "2004-02-01", "2004-02-07", dx("4659"),
			atPOS("12", ln(1, "S9500", 7, 140000, "2004-02-01"), ln(2, "J0696", 56, 68250, "2004-02-01"), ln(3, "J7051", 28, 1512, "2004-02-01"),
				ln(4, "J3490", 7, 6769, "2004-02-01"), ln(5, "J3490", 14, 5712, "2004-02-01"), ln(6, "J3490", 7, 1050, "2004-02-01"))...),
		cat(icd9(22, 1, "BK"), multiDay(25), multiDay(29), multiDay(37), multiDay(45), multiDay(53), multiDay(61))}}},
	// A dependent; lines over two dates: the claim spans them.
	"demo.example1.837": {"0021", []sampleClaim{{27, 41, "26463774", "1", "1912301953", "19",
		prof("26463774", "JS00111223333", "1912301953", "", "11", "2006-10-03", "2006-10-10", dx("0340", "V7389"),
			ln(1, "99213", 1, 4000, "2006-10-03"), ln(2, "87070", 1, 1500, "2006-10-03"), ln(3, "99214", 1, 3500, "2006-10-10"), ln(4, "86663", 1, 1000, "2006-10-10")),
		cat(icd9(29, 1, "BK"), icd9(29, 2, "BF"))}}},
	"demo.example11.837": {"1002", []sampleClaim{{21, 38, "ABC123-RI", "", "1234567890", "",
		prof("ABC123-RI", "00124A089", "1234567890", "1122334455", "11>B>1", "2005-05-14", "2005-05-14", nil,
			ln(1, "", 1, 2500, "2005-05-14"), ln(2, "", 1, 375, "2005-05-14")),
		cat(badNPI(9, "billing"), clm05(21, "B"), separator(24, "HI", 1), separator(32, "SV1", 1), noCode(32, "SV1", 1), separator(36, "SV1", 1), noCode(36, "SV1", 1))}}},
	"demo.example12.837": {"1024", []sampleClaim{{26, 40, "TS234H3", "", "1122334455", "19",
		prof("TS234H3", "57976235C", "1122334455", "1112223336", "23>B>1", "2005-05-06", "2005-05-06", nil, ln(1, "", 1, 25271, "2005-05-06")),
		cat(clm05(26, "B"), separator(29, "HI", 1), badNPI(31, "rendering"), separator(39, "SV1", 1), noCode(39, "SV1", 1))}}},
	// BHT06 RP: a reporting (encounter) transaction set, not a claim for payment.
	"demo.example2.837": {"0021", []sampleClaim{{24, 42, "26462967", "1", "9876543210", "",
		prof("26462967", "00221111", "9876543210", "", "11", "2006-10-03", "2006-10-10", dx("0340", "V7389"),
			ln(1, "99213", 1, 4000, "2006-10-03"), ln(2, "87072", 1, 1500, "2006-10-03"), ln(3, "99214", 1, 3500, "2006-10-10"), ln(4, "86663", 1, 1000, "2006-10-10")),
		cat(wantErr{4, "BHT", 6, 0, "7", "encounters"}, badNPI(10, "billing"), icd9(27, 1, "BK"), icd9(27, 2, "BF"))}}},
	"demo.example6.837": {"3701", []sampleClaim{{21, 30, "125WILL", "", "1234567890", "",
		prof("125WILL", "123456789A", "1234567890", "", "11>B>1", "2005-02-15", "2005-02-15", nil, ln(1, "", 1, 14550, "2005-02-15")),
		cat(badNPI(9, "billing"), clm05(21, "B"), separator(26, "HI", 1), separator(28, "SV1", 1), noCode(28, "SV1", 1))}}},
	// DME rental (CR3, FRM, ordering provider): read; RD8 of one day is that day.
	"demo.example7.837": {"0001", []sampleClaim{{20, 67, "R03996273 #01", "1", "9992233334", "",
		prof("R03996273 #01", "111222333A", "9992233334", "", "11", "2005-03-21", "2005-03-21", dx("496", "51881", "2859"),
			ln(1, "E1390", 1, 46110, "2005-03-21", "RR"), ln(2, "E0431", 1, 5914, "2005-03-21", "RR")),
		cat(badNPI(9, "billing"), icd9(21, 1, "BK"), icd9(21, 2, "BF"), icd9(21, 3, "BF"))}}},
	// A PAT segment in the subscriber loop before NM1*IL; three modifiers.
	"demo.example8.837": {"112233", []sampleClaim{{22, 44, "SMI123", "1", "7778889999", "",
		prof("SMI123", "987654321A", "7778889999", "", "12", "2005-03-21", "2005-03-21", dx("436", "3449"),
			ln(1, "K0001", 1, 7500, "2005-03-21", "RR", "KH", "BR")),
		cat(icd9(23, 1, "BK"), icd9(23, 2, "BF"))}}},
	// Anesthesia in minutes (SV103 MJ).
	"demo.example9.837": {"0001", []sampleClaim{{20, 30, "153829140", "", "2366554859", "",
		prof("153829140", "123456789A", "2366554859", "5678912345", "22>B>1", "2005-01-12", "2005-01-12", nil, ln(1, "", 61, 82700, "2005-01-12")),
		cat(badNPI(9, "billing"), clm05(20, "B"), separator(21, "HI", 1), badNPI(22, "rendering"), separator(29, "SV1", 1), noCode(29, "SV1", 1),
			wantErr{29, "SV1", 3, 0, "7", "anesthesia minutes"})}}},
	// Statement dates as D8 (the guide wants RD8); an attending provider without NPI; other HI
	// code lists (occurrences, values, conditions) skipped; a secondary payer listed.
	"institutional-claim.837i": {"987654", []sampleClaim{{22, 43, "756048Q", "1", "9876540809", "",
		inst("756048Q", "030005074A", "9876540809", "", "141", "1996-09-11", "1996-09-11", dx("3669", "4019", "79431"),
			iln(1, "0305", "85025", 1, 1339, "1996-09-11"), iln(2, "0730", "93005", 3, 7654, "1996-09-11")),
		cat(badNPI(10, "billing"), wantErr{23, "DTP", 2, 0, "7", "want date format qualifier RD8"}, icd9(25, 1, "BK"), icd9(26, 1, "BF"), icd9(26, 2, "BF"))}}},
	"out-of-network-repriced-claim.837i": {"1024", []sampleClaim{{20, 32, "W392-49141", "", "1122334455", "",
		inst("W392-49141", "34902390F", "1122334455", "2244224455", "13>A>1", "2005-06-17", "2005-06-17", nil, iln(1, "0301", "", 1, 1484, "2005-06-17")),
		cat(clm05(20, "A"), separator(27, "HI", 1), badNPI(29, "attending"), wantErr{31, "SV2", 2, 1, "7", "component separator"}, noCode(31, "SV2", 2))}}},
	"ppo-repriced-claim.837i": {"1002", []sampleClaim{{26, 49, "456DFH43", "", "1257234346", "19",
		inst("456DFH43", "345U8423H", "1257234346", "5544332211", "13>A>1", "2005-07-06", "2005-07-06", nil,
			iln(1, "0471", "", 1, 17800, "2005-07-06"), iln(2, "0471", "", 1, 5950, "2005-07-06")),
		cat(badNPI(9, "billing"), clm05(26, "A"), separator(33, "HI", 1), separator(34, "HI", 1), separator(35, "HI", 1),
			wantErr{43, "SV2", 2, 1, "7", "component separator"}, noCode(43, "SV2", 2), wantErr{47, "SV2", 2, 1, "7", "component separator"}, noCode(47, "SV2", 2))}}},
	// Two subscribers under one billing provider: its bad NPI rejects both claims.
	"two-claims-single-provider.837i": {"987654", []sampleClaim{
		{21, 33, "756048Q", "1", "1234567890", "",
			inst("756048Q", "030005074", "1234567890", "1122334455", "131", "2005-03-15", "2005-03-15", dx("3669", "4019", "79431"),
				iln(1, "0305", "85025", 1, 1339, "2005-03-15"), iln(2, "0730", "93005", 3, 7656, "2005-03-15")),
			cat(badNPI(10, "billing"), icd9(24, 1, "BK"), icd9(25, 1, "BF"), icd9(25, 2, "BF"))},
		{41, 49, "756049Q", "1", "1234567890", "",
			inst("756049Q", "123405074", "1234567890", "9999999999", "131", "2005-04-01", "2005-04-01", dx("30000"),
				iln(1, "0300", "85087", 1, 5000, "2005-04-01")),
			cat(badNPI(10, "billing"), icd9(44, 1, "BK"), badNPI(45, "attending"))},
	}},
}

func multiDay(pos int) wantErr { return wantErr{pos, "DTP", 3, 0, "7", "one date per line"} }

func sampleFiles(t *testing.T) []string {
	t.Helper()
	var files []string
	for _, dir := range []string{dir837P, dir837I} {
		fs, err := filepath.Glob(filepath.Join(shareddata.Path(t, dir), "*"))
		if err != nil || len(fs) == 0 {
			t.Fatalf("%s: no files (%v)", dir, err)
		}
		files = append(files, fs...)
	}
	if len(files) != 22 {
		t.Fatalf("%d sample files, want 18 837P and 4 837I", len(files))
	}
	return files
}

// Every shared 837P and 837I sample decodes, and each claim is what the file says (read by hand)
// with exactly the errors listed: the claim count, line count, codes, amounts, dates, ids, and
// where and why each is rejected.
func TestSharedSamples(t *testing.T) {
	for _, f := range sampleFiles(t) {
		name := filepath.Base(f)
		t.Run(name, func(t *testing.T) {
			want, ok := samples[name]
			if !ok {
				t.Fatalf("no expectations for %s", name)
			}
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			res := decodeOK(t, data)
			if len(res.Sets) != 1 || res.Sets[0].Control != want.set || res.Sets[0].Rejected != len(want.claims) {
				t.Errorf("sets = %+v, want one set %s", res.Sets, want.set)
			}
			if len(res.Claims) != len(want.claims) {
				t.Fatalf("%d claims, want %d", len(res.Claims), len(want.claims))
			}
			for i, w := range want.claims {
				c := res.Claims[i]
				if c.Pos != w.pos || c.End != w.end || c.Set != want.set || c.ClaimID != w.id || c.Frequency != w.freq || c.BillingNPI != w.npi || c.Relationship != w.rel {
					t.Errorf("claim %d: at %d-%d set %s id %q freq %q npi %q rel %q; want %d-%d %s %q %q %q %q",
						i, c.Pos, c.End, c.Set, c.ClaimID, c.Frequency, c.BillingNPI, c.Relationship, w.pos, w.end, want.set, w.id, w.freq, w.npi, w.rel)
				}
				if len(c.read.Lines) != len(w.claim.Lines) {
					t.Errorf("claim %d: %d lines, want %d", i, len(c.read.Lines), len(w.claim.Lines))
				}
				if !reflect.DeepEqual(c.read, w.claim) {
					t.Errorf("claim %d read as\n%+v\nwant\n%+v", i, c.read, w.claim)
				}
				if c.Accepted() != (len(w.errs) == 0) {
					t.Errorf("claim %d accepted = %v", i, c.Accepted())
				}
				matchErrors(t, name, c.Errors, w.errs)
			}
		})
	}
}

var icd9Composite = regexp.MustCompile(`([*^])(BK|BF):[^*~:^\r\n]+`)

// icd10 recodes a sample's ICD-9-CM diagnoses (BK, BF) as one ICD-10-CM code (ABK, ABF: Z0000),
// so that what else the sample holds decides whether its claims are accepted.
func icd10(data []byte) []byte {
	return icd9Composite.ReplaceAllFunc(data, func(m []byte) []byte {
		return []byte(string(m[0]) + "A" + string(m[1:3]) + ":Z0000")
	})
}

// With their diagnoses recoded in ICD-10-CM, the samples lose exactly their ICD-9 errors, and the
// claims left with none are accepted, equal to the claim read by hand (the ambulance, drug and
// DME samples among them need nothing else).
func TestSharedSamplesInICD10(t *testing.T) {
	accepted := 0
	for _, f := range sampleFiles(t) {
		name := filepath.Base(f)
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		res := decodeOK(t, icd10(data))
		for i, w := range samples[name].claims {
			var errs []wantErr
			for _, e := range w.errs {
				if !strings.Contains(e.reasonPart, "ICD-9") {
					errs = append(errs, e)
				}
			}
			c := res.Claims[i]
			matchErrors(t, name, c.Errors, errs)
			if len(errs) > 0 {
				continue
			}
			claim := w.claim
			claim.Diagnoses = make([]string, len(w.claim.Diagnoses))
			for k := range claim.Diagnoses {
				claim.Diagnoses[k] = "Z0000"
			}
			if !c.Accepted() || !reflect.DeepEqual(*c.Claim, claim) {
				t.Errorf("%s claim %d: accepted %v\n%+v\nwant\n%+v", name, i, c.Accepted(), c.Claim, claim)
				continue
			}
			accepted++
		}
	}
	if accepted != 3 {
		t.Errorf("%d sample claims accepted once in ICD-10, want 3 (drug.example10.1, example1, example8)", accepted)
	}
}
