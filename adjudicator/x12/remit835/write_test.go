package remit835_test

import (
	"errors"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/x12"
	"github.com/claimsledger/claims/adjudicator/x12/remit835"
)

// The hand-built remittance, written out by hand from the guide: element order and
// qualifiers, amounts with trailing zeros suppressed (271.5, 100, -0.05), a zero CLP05 left
// out, seven CO reasons in a CAS of six and a CAS of one, PLB reasons with their references.
const handBuiltText = `ISA*00*          *00*          *ZZ*CLAIMSLEDGER   *ZZ*1234567893     *171231*1200*^*00501*000000042*0*T*:~
GS*HP*CLAIMSLEDGER*1234567893*20171231*1200*42*X*005010X221A1~
ST*835*0001*005010X221A1~
BPR*I*80.05*C*CHK************20171231~
TRN*1*12345*1123456789~
N1*PR*CLAIMSLEDGER HEALTH PLAN~
N3*1 LEDGER WAY~
N4*SPRINGFIELD*IL*62701~
PER*BL*EDI SUPPORT*EM*edi@example.org~
N1*PE*1234567893*XX*1234567893~
LX*1~
CLP*C1*1*271.5*100*50*MB*0/12*11~
NM1*QC*1******MI*M10~
NM1*82*1******XX*1111111112~
SVC*HC:99213:25*200*100**1~
DTM*472*20171201~
CAS*CO*45*50~
CAS*PR*2*50~
REF*6R*1~
AMT*B6*150~
SVC*HC:A9270*71.5*0**0**1~
DTM*472*20171201~
CAS*CO*96*71.5~
REF*6R*2~
AMT*B6*0~
LQ*HE*N425~
CLP*C2*4*1.05*0**MB*0/13~
CAS*CO*16*1.05~
NM1*QC*1******MI*M10~
MOA***M51~
CLP*C3*1*7*0**MB*0/14~
NM1*QC*1******MI*M11~
SVC*NU:0450*7*0~
CAS*CO*45*1**59*1**96*1**97*1**151*1**236*1~
CAS*CO*16*1~
PLB*1234567893*20171231*WO:C0*20*L6*-0.05~
SE*35*0001~
GE*1*42~
IEA*1*000000042~
`

func TestWriteHandBuilt(t *testing.T) {
	r := handBuilt()
	out, err := remit835.Write(testEnv(42, "1234567893"), r)
	if err != nil {
		t.Fatal(err)
	}
	if string(out) != handBuiltText {
		t.Errorf("wrote\n%s\nwant\n%s", out, handBuiltText)
	}
	assertEnvelope(t, out, 1)
	back, err := remit835.Read(out)
	if err != nil || len(back) != 1 {
		t.Fatalf("read back: %d remittances, %v", len(back), err)
	}
	if !reflect.DeepEqual(back[0], r) {
		t.Errorf("read back\n%+v\nwant\n%+v", back[0], r)
	}
}

// assertEnvelope parses out strictly (counts and control numbers must close) and checks that
// SE01 counts the segments from ST to SE, GE01 the sets and IEA01 the groups.
func assertEnvelope(t *testing.T, out []byte, sets int) {
	t.Helper()
	ic, err := x12.Parse(out)
	if err != nil {
		t.Fatalf("strict parse: %v", err)
	}
	if len(ic.Groups) != 1 || ic.IEA.Element(1) != "1" {
		t.Fatalf("%d groups, IEA01 %s", len(ic.Groups), ic.IEA.Element(1))
	}
	g := ic.Groups[0]
	if len(g.Transactions) != sets || g.GE.Element(1) != strconv.Itoa(sets) || g.Version() != remit835.Version || g.GS.Element(1) != "HP" {
		t.Fatalf("group: %d sets, GE01 %s, GS08 %s, GS01 %s", len(g.Transactions), g.GE.Element(1), g.Version(), g.GS.Element(1))
	}
	for _, tx := range g.Transactions {
		if tx.SE.Element(1) != strconv.Itoa(len(tx.Segments)+2) {
			t.Errorf("SE01 %s for %d segments", tx.SE.Element(1), len(tx.Segments)+2)
		}
		if tx.Code() != "835" || tx.Version() != remit835.Version {
			t.Errorf("ST %s %s", tx.Code(), tx.Version())
		}
	}
}

// Each balancing rule, broken alone, makes Write refuse with a *BalanceError naming it, and
// write nothing.
func TestWriteRefusesUnbalanced(t *testing.T) {
	cases := []struct {
		name   string
		mutate func(r *remit835.Remittance)
		rules  []string
	}{
		{"payment is not the claims less PLB", func(r *remit835.Remittance) { r.Payment.Cents++ },
			[]string{remit835.RuleTotal}},
		{"PLB amount changed", func(r *remit835.Remittance) { r.ProviderAdjustments[1].Cents = 0 },
			[]string{remit835.RuleTotal}},
		{"claim charge without adjustment", func(r *remit835.Remittance) { r.Claims[1].ChargeCents++ },
			[]string{remit835.RuleClaim}},
		{"a CAS moved from one line to another", func(r *remit835.Remittance) {
			ls := r.Claims[0].Lines
			ls[0].Adjustments[0].Cents -= 10
			ls[1].Adjustments[0].Cents += 10
		}, []string{remit835.RuleLine}},
		{"lines pay more than the claim (a claim-level reduction)", func(r *remit835.Remittance) {
			c := &r.Claims[0]
			c.ChargeCents += 100
			c.Lines[0].ChargeCents += 100
			c.Lines[0].PaidCents += 100
			c.Adjustments = append(c.Adjustments, adj("CO", "A2", 100))
		}, []string{remit835.RuleLinesPayClaim}},
		{"patient responsibility without PR", func(r *remit835.Remittance) { r.Claims[0].PatientCents++ },
			[]string{remit835.RulePatient}},
		{"PR turned CO", func(r *remit835.Remittance) { r.Claims[0].Lines[0].Adjustments[1].Group = "CO" },
			[]string{remit835.RulePatient}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := handBuilt()
			if err := r.Balance(); err != nil {
				t.Fatalf("the hand-built remittance does not balance: %v", err)
			}
			c.mutate(&r)
			out, err := remit835.Write(testEnv(1, "X"), r)
			// The *BalanceError itself: Write balances before it writes. (Reading back what it
			// wrote and balancing again is a backstop, and would wrap the error.)
			be, ok := err.(*remit835.BalanceError)
			if !ok || out != nil {
				t.Fatalf("Write: %d bytes, %v; want nothing and a *BalanceError", len(out), err)
			}
			if !slices.Equal(be.Rules(), c.rules) {
				t.Errorf("rules broken %q, want %q (%v)", be.Rules(), c.rules, err)
			}
		})
	}
}

// What the guide's element rules forbid is refused by path, without quoting the value.
func TestWriteRefusesInvalid(t *testing.T) {
	cases := []struct {
		name   string
		mutate func(r *remit835.Remittance)
		path   string
	}{
		{"delimiter in a claim id", func(r *remit835.Remittance) { r.Claims[0].ID = "C*1" }, "claims[0].id"},
		{"component separator in a modifier", func(r *remit835.Remittance) { r.Claims[0].Lines[0].Modifiers[0] = "2:" }, "claims[0].lines[0].modifiers[0]"},
		{"claim id over 38", func(r *remit835.Remittance) { r.Claims[0].ID = strings.Repeat("A", 39) }, "claims[0].id"},
		{"unknown claim status", func(r *remit835.Remittance) { r.Claims[1].Status = "9" }, "claims[1].status"},
		{"CI is an 837 code, not an 835 CLP06", func(r *remit835.Remittance) { r.Claims[0].FilingIndicator = "CI" }, "claims[0].filing_indicator"},
		{"no payer claim control number", func(r *remit835.Remittance) { r.Claims[2].PayerControl = "" }, "claims[2].payer_control"},
		{"trace over 50", func(r *remit835.Remittance) { r.Payment.Trace = "0x" + strings.Repeat("a", 64) }, "payment.trace"},
		{"not a calendar date", func(r *remit835.Remittance) { r.Payment.Date = "2000-23-16" }, "payment.date"},
		{"ACH without bank details", func(r *remit835.Remittance) { r.Payment.Method = remit835.MethodACH }, "payment.eft.format"},
		{"NON with money", func(r *remit835.Remittance) { r.Payment.Method = remit835.MethodNone }, "payment.method"},
		{"payer without a contact", func(r *remit835.Remittance) { r.Payer.Contact = remit835.Contact{} }, "payer.contact"},
		{"TRN03 not 10 characters", func(r *remit835.Remittance) { r.Payer.CompanyID = "560894904" }, "payer.company_id"},
		{"unknown adjustment group", func(r *remit835.Remittance) { r.Claims[1].Adjustments[0].Group = "XX" }, "claims[1].adjustments[0].group"},
		{"fractional cents cannot happen, but 19 digits can", func(r *remit835.Remittance) {
			r.Claims[1].ChargeCents = 1_000_000_000_000_000_000
		}, "claims[1].charge_cents"},
		{"units not a number", func(r *remit835.Remittance) { r.Claims[0].Lines[0].Units = "one" }, "claims[0].lines[0].units"},
		{"six claim remarks", func(r *remit835.Remittance) { r.Claims[1].Remarks = []string{"M1", "M2", "M3", "M4", "M5", "M6"} }, "claims[1].remarks"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := handBuilt()
			c.mutate(&r)
			out, err := remit835.Write(testEnv(1, "X"), r)
			var ve *remit835.ValidationError
			if !errors.As(err, &ve) || out != nil {
				t.Fatalf("Write: %d bytes, %v; want nothing and a *ValidationError", len(out), err)
			}
			if !slices.ContainsFunc(ve.Problems, func(p remit835.Problem) bool { return p.Path == c.path }) {
				t.Errorf("problems %v, want one at %s", ve.Problems, c.path)
			}
		})
	}
	if _, err := remit835.Write(x12.Envelope{FunctionalID: "HC"}, handBuilt()); err == nil {
		t.Error("Write took an 837's functional identifier")
	}
}

// Payer.Validate refuses what Write would, before any 835 is written.
func TestPayerValidate(t *testing.T) {
	p := handBuilt().Payer
	if err := p.Validate(); err != nil {
		t.Fatalf("the hand-built payer: %v", err)
	}
	p.Name, p.Address.City = "", "X"
	var ve *remit835.ValidationError
	if err := p.Validate(); !errors.As(err, &ve) || len(ve.Problems) != 2 ||
		ve.Problems[0].Path != "payer.name" || ve.Problems[1].Path != "payer.address.city" {
		t.Errorf("no name, a one-letter city: %v", err)
	}
}

// A remittance paying nothing is a notification (BPR01 H) with no payment (BPR04 NON).
func TestWriteZeroPaymentIsNotification(t *testing.T) {
	r := handBuilt()
	r.Claims = r.Claims[1:2]
	r.ProviderAdjustments = nil
	r.Payment = remit835.Payment{Method: remit835.MethodNone, Date: "2017-12-31", Trace: "7"}
	out, err := remit835.Write(testEnv(1, "X"), r)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(out), "\nBPR*H*0*C*NON************20171231~\n") {
		t.Errorf("BPR of a zero payment:\n%s", out)
	}
	r.Claims[0].Adjustments = []adjudicator.Adjustment{adj("CO", "16", 100), adj("CO", "16", 5)}
	if _, err := remit835.Write(testEnv(1, "X"), r); err != nil {
		t.Errorf("a reason repeated within a group: %v", err)
	}
}

// Nineteen claims of 18 nines each pay more than int64 holds; wrapped around, the total is a
// plausible 18-digit payment. Balance must not take the wrapped sum for a balanced one.
func TestWriteRefusesOverflowingSums(t *testing.T) {
	const most = 999_999_999_999_999_999
	r := handBuilt()
	r.ProviderAdjustments = nil
	r.Claims = nil
	var wrapped int64
	for range 19 {
		r.Claims = append(r.Claims, remit835.Claim{ID: "C", Status: "1", ChargeCents: most, PaidCents: most, FilingIndicator: "MB", PayerControl: "0/1"})
		wrapped += most
	}
	r.Payment.Cents = wrapped
	if wrapped <= 0 || wrapped > most {
		t.Fatalf("the wrapped total %d is not a payment Write would otherwise take", wrapped)
	}
	out, err := remit835.Write(testEnv(1, "X"), r)
	be, ok := err.(*remit835.BalanceError)
	if !ok || out != nil || !slices.Equal(be.Rules(), []string{remit835.RuleFits}) {
		t.Errorf("Write: %d bytes, %v; want a *BalanceError for %s alone", len(out), err, remit835.RuleFits)
	}
}

// reversedC1 is the hand-built C1 as the guide reverses it: CLP02 22 and every amount negated.
func reversedC1() remit835.Claim {
	return remit835.Claim{
		ID: "C1", Status: "22", ChargeCents: -27150, PaidCents: -10000, PatientCents: -5000,
		FilingIndicator: "MB", PayerControl: "0/12", FacilityType: "11",
		Patient:      remit835.Patient{Qualifier: "MI", ID: "M10"},
		RenderingNPI: "1111111112",
		Lines: []remit835.Line{
			{Qualifier: "HC", Code: "99213", Modifiers: []string{"25"}, ChargeCents: -20000, PaidCents: -10000, Units: "1",
				ServiceDate: "2017-12-01", ControlNumber: "1", AllowedCents: -15000, HasAllowed: true,
				Adjustments: []adjudicator.Adjustment{adj("CO", "45", -5000), adj("PR", "2", -5000)}},
			{Qualifier: "HC", Code: "A9270", ChargeCents: -7150, Units: "0", OriginalUnits: "1",
				ServiceDate: "2017-12-01", ControlNumber: "2", HasAllowed: true,
				Adjustments: []adjudicator.Adjustment{adj("CO", "96", -7150)}, Remarks: []string{"N425"}},
		},
	}
}

// withReversal is the hand-built remittance with C1's reversal first: it takes back C1's 100.00,
// the claims net to 0, and the WO (20.00) and interest (-0.05) leave -19.95, which is forwarded
// (FB) so that BPR02 is 0.
func withReversal() remit835.Remittance {
	r := handBuilt()
	r.Claims = append([]remit835.Claim{reversedC1()}, r.Claims...)
	r.ProviderAdjustments = append(r.ProviderAdjustments,
		remit835.ProviderAdjustment{ProviderID: "1234567893", FiscalPeriod: "2017-12-31", Reason: "FB", Reference: "12345", Cents: -1995})
	r.Payment = remit835.Payment{Method: remit835.MethodNone, Date: "2017-12-31", Trace: "12345"}
	return r
}

// A reversal claim writes with negative amounts where X12 puts them (CLP03-05, SVC02-03, CAS,
// AMT), reads back equal, balances; each balancing rule is still enforced on it.
func TestWriteReversal(t *testing.T) {
	r := withReversal()
	out, err := remit835.Write(testEnv(7, "1234567893"), r)
	if err != nil {
		t.Fatal(err)
	}
	for _, seg := range []string{
		"BPR*H*0*C*NON************20171231~",
		"CLP*C1*22*-271.5*-100*-50*MB*0/12*11~",
		"SVC*HC:99213:25*-200*-100**1~", "CAS*CO*45*-50~", "CAS*PR*2*-50~", "AMT*B6*-150~",
		"SVC*HC:A9270*-71.5*0**0**1~", "CAS*CO*96*-71.5~",
		"PLB*1234567893*20171231*WO:C0*20*L6*-0.05*FB:12345*-19.95~",
	} {
		if !strings.Contains(string(out), "\n"+seg+"\n") {
			t.Errorf("no %s in\n%s", seg, out)
		}
	}
	back, err := remit835.Read(out)
	if err != nil || len(back) != 1 {
		t.Fatalf("read back %d, %v", len(back), err)
	}
	if !reflect.DeepEqual(back[0], r) {
		t.Errorf("read back\n%+v\nwant\n%+v", back[0], r)
	}

	for _, c := range []struct {
		name   string
		mutate func(c *remit835.Claim)
		rules  []string
	}{
		{"a CAS left positive", func(c *remit835.Claim) { c.Lines[0].Adjustments[0].Cents = 5000 },
			[]string{remit835.RuleLine, remit835.RuleClaim}},
		{"CLP05 left positive", func(c *remit835.Claim) { c.PatientCents = 5000 }, []string{remit835.RulePatient}},
		{"CLP04 a cent short", func(c *remit835.Claim) { c.PaidCents++ },
			[]string{remit835.RuleClaim, remit835.RuleLinesPayClaim, remit835.RuleTotal}},
	} {
		r := withReversal()
		c.mutate(&r.Claims[0])
		out, err := remit835.Write(testEnv(1, "X"), r)
		be, ok := err.(*remit835.BalanceError)
		if !ok || out != nil || !slices.Equal(be.Rules(), c.rules) {
			t.Errorf("%s: %d bytes, %v; want a *BalanceError for %q", c.name, len(out), err, c.rules)
		}
	}

	// A reversal whose signs were never flipped balances, but is refused.
	r = handBuilt()
	r.Claims[0].Status = remit835.StatusReversal
	var ve *remit835.ValidationError
	if _, err := remit835.Write(testEnv(1, "X"), r); !errors.As(err, &ve) ||
		!slices.ContainsFunc(ve.Problems, func(p remit835.Problem) bool { return p.Path == "claims[0].status" }) {
		t.Errorf("a reversal with positive amounts: %v", err)
	}
}
