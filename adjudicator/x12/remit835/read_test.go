package remit835_test

import (
	"errors"
	"fmt"
	"os"
	"reflect"
	"slices"
	"testing"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/shareddata"
	"github.com/claimsledger/claims/adjudicator/x12"
	"github.com/claimsledger/claims/adjudicator/x12/remit835"
)

func readSample(t *testing.T, rel string) remit835.Remittance {
	t.Helper()
	data, err := os.ReadFile(shareddata.Path(t, rel))
	if err != nil {
		t.Fatal(err)
	}
	rs, err := remit835.Read(data)
	if err != nil {
		t.Fatalf("%s: %v", rel, err)
	}
	if len(rs) != 1 {
		t.Fatalf("%s: %d transaction sets, want 1", rel, len(rs))
	}
	return rs[0]
}

// brokenRules is what Balance says of r: nil when it balances.
func brokenRules(r remit835.Remittance) []string {
	var be *remit835.BalanceError
	if errors.As(r.Balance(), &be) {
		return be.Rules()
	}
	return nil
}

// warned lists where the warnings are, as X12 names elements: "SE01", "SVC02".
func warned(r remit835.Remittance) []string {
	var out []string
	for _, w := range r.Warnings {
		out = append(out, fmt.Sprintf("%s%02d", w.SegmentID, w.Element))
	}
	return out
}

// The three payers' samples: values read off the files by hand. All three balance.
func TestReadPayerSamples(t *testing.T) {
	t.Run("blue_cross_nc", func(t *testing.T) {
		// No ISA envelope, and SE01 says 33 for 32 segments; its third line is
		// SVC*HC:59426******742*742**1, charge and payment empty.
		r := readSample(t, "edi/edi-835-parser/blue_cross_nc_sample.txt")
		if want := []string{"SE01", "SVC02", "SVC03"}; !slices.Equal(warned(r), want) {
			t.Errorf("warnings %v (%v), want %v", warned(r), r.Warnings, want)
		}
		if r.Payment != (remit835.Payment{Cents: 192286, Method: "CHK", Date: "2011-01-08", Trace: "02790758"}) || r.Payer.CompanyID != "560894904" {
			t.Errorf("payment %+v, TRN03 %s", r.Payment, r.Payer.CompanyID)
		}
		if r.Payee != (remit835.Payee{Name: "XYZ HEALTHCARE CORPORATION", Qualifier: "XX", ID: "0987654321",
			Address: remit835.Address{Line1: "P O BOX XYZ", City: "CHARLOTTE", State: "NC", PostalCode: "28234"}}) {
			t.Errorf("payee %+v", r.Payee)
		}
		if len(r.Claims) != 1 {
			t.Fatalf("%d claims, want 1", len(r.Claims))
		}
		c := r.Claims[0]
		if c.ID != "200200964A52" || c.ChargeCents != 210000 || c.PaidCents != 192286 || c.PatientCents != 14254 || c.FilingIndicator != "15" || len(c.Lines) != 3 {
			t.Errorf("CLP %+v", c)
		}
		l := c.Lines[0]
		if l.Code != "59430" || l.ChargeCents != 121000 || l.PaidCents != 105786 || l.ServiceDate != "2010-12-31" || l.ControlNumber != "0001" ||
			l.AllowedCents != 117540 || !l.HasAllowed || !reflect.DeepEqual(l.Adjustments, []adjudicator.Adjustment{adj("CO", "42", 3460), adj("PR", "2", 11754)}) {
			t.Errorf("first line %+v", l)
		}
		if brokenRules(r) != nil {
			t.Errorf("balance: %v", r.Balance())
		}
	})
	t.Run("emedny", func(t *testing.T) {
		r := readSample(t, "edi/edi-835-parser/emedny_sample.txt")
		if len(r.Warnings) != 0 || len(r.Claims) != 3 || r.Payment.Cents != 4575 || r.Payment.Method != "ACH" || r.Payment.EFT.ReceiverAccount != "22" {
			t.Fatalf("warnings %v, %d claims, payment %+v", r.Warnings, len(r.Claims), r.Payment)
		}
		c := r.Claims[2]
		if c.Status != "2" || c.ChargeCents != 3425 || c.PaidCents != 1150 || c.PayerControl != "1000230000000020" || c.Patient.ID != "LL77777L" || len(c.Lines) != 4 {
			t.Errorf("third CLP %+v", c)
		}
		l := c.Lines[2]
		if l.Code != "V2700" || !slices.Equal(l.Modifiers, []string{"RB"}) || l.Units != "0" ||
			!reflect.DeepEqual(l.Adjustments, []adjudicator.Adjustment{adj("CO", "251", 275)}) || !slices.Equal(l.Remarks, []string{"N206"}) {
			t.Errorf("third CLP's third line %+v", l)
		}
		if brokenRules(r) != nil {
			t.Errorf("balance: %v", r.Balance())
		}
	})
	t.Run("united_healthcare", func(t *testing.T) {
		// Its ISA16 is '>': SVC*HC>B4154 reads as code B4154.
		r := readSample(t, "edi/edi-835-parser/united_healthcare_legacy_sample.txt")
		if len(r.Warnings) != 0 || len(r.Claims) != 2 || r.Payment.Cents != 34999 || r.Payer.PlanID != "87726" || r.ProductionDate != "2021-02-01" {
			t.Fatalf("warnings %v, %d claims, payment %+v, payer %+v", r.Warnings, len(r.Claims), r.Payment, r.Payer)
		}
		c := r.Claims[1]
		if c.ID != "001-18604-358" || c.ChargeCents != 81624 || c.PaidCents != 26107 || c.PatientCents != 11513 || c.FacilityType != "12" || c.Frequency != "1" {
			t.Errorf("second CLP %+v", c)
		}
		l := c.Lines[2]
		if l.Qualifier != "HC" || l.Code != "B4154" || l.Units != "178" || l.AllowedCents != 14418 ||
			!reflect.DeepEqual(l.Adjustments, []adjudicator.Adjustment{adj("PR", "2", 513), adj("PR", "1", 11000), adj("CO", "45", 18432)}) {
			t.Errorf("second CLP's third line %+v", l)
		}
		if brokenRules(r) != nil {
			t.Errorf("balance: %v", r.Balance())
		}
	})
}

// The five X12 835 examples (005010X221A1). Two do not balance, as their numbers say.
func TestReadGuideExamples(t *testing.T) {
	dir := "edi/linuxforhealth-x12/835_005010X221A1/"
	t.Run("cob-contractural-adjustment", func(t *testing.T) {
		// BPR*I*34.00*C*CHK***********20050318 puts the date in BPR15, one star short; its ISA16
		// is ':' but SVC01 is HC>55669, so the code is not where it should be.
		r := readSample(t, dir+"cob-contractural-adjustment.835")
		if want := []string{"BPR16", "SVC01"}; !slices.Equal(warned(r), want) {
			t.Errorf("warnings %v, want %v", r.Warnings, want)
		}
		c := r.Claims[0]
		if len(r.Claims) != 1 || c.ChargeCents != 54100 || c.PaidCents != 3400 || c.Status != "2" ||
			!reflect.DeepEqual(c.Lines[0].Adjustments, []adjudicator.Adjustment{adj("OA", "23", 51600), adj("OA", "94", -900)}) {
			t.Errorf("claims %+v", r.Claims)
		}
		if brokenRules(r) != nil {
			t.Errorf("balance: %v", r.Balance())
		}
	})
	t.Run("managed-care", func(t *testing.T) {
		// A claim-level CO-A2 takes 50.00 off lines paying 500.00: CLP04 450.00. The TR3's
		// balancing holds; the engine's ΣSVC03 = CLP04 does not. BPR16 is 20002316.
		r := readSample(t, dir+"managed-care.835")
		if want := []string{"BPR16"}; !slices.Equal(warned(r), want) {
			t.Errorf("warnings %v, want %v", r.Warnings, want)
		}
		c := r.Claims[0]
		if len(r.Claims) != 2 || c.ChargeCents != 80000 || c.PaidCents != 45000 || c.PatientCents != 30000 ||
			!reflect.DeepEqual(c.Adjustments, []adjudicator.Adjustment{adj("CO", "A2", 5000)}) || c.Lines[0].PaidCents != 50000 {
			t.Errorf("claims %+v", r.Claims)
		}
		var be *remit835.BalanceError
		if !errors.As(r.Balance(), &be) || len(be.Imbalances) != 2 ||
			be.Imbalances[0] != (remit835.Imbalance{Rule: remit835.RuleLinesPayClaim, Claim: 0, Line: -1, Left: 50000, Right: 45000}) ||
			be.Imbalances[1] != (remit835.Imbalance{Rule: remit835.RuleLinesPayClaim, Claim: 1, Line: -1, Left: 55000, Right: 49500}) {
			t.Errorf("balance: %v", r.Balance())
		}
	})
	t.Run("medicare-part-a", func(t *testing.T) {
		// Claims without lines, and a PLB of -1.27 that makes 149,998.73 of claims a 150,000.00 payment.
		r := readSample(t, dir+"medicare-part-a.835")
		if len(r.Warnings) != 0 || len(r.Claims) != 2 || r.Payment.Cents != 15000000 || len(r.Claims[0].Lines) != 0 ||
			r.Claims[1].ChargeCents != 1500000 || r.Claims[1].PaidCents != 1198033 || !slices.Equal(r.Claims[1].Remarks, []string{"MA02"}) {
			t.Fatalf("warnings %v, claims %+v", r.Warnings, r.Claims)
		}
		want := []remit835.ProviderAdjustment{{ProviderID: "6543210903", FiscalPeriod: "2002-12-31", Reason: "CV", Reference: "CP", Cents: -127}}
		if !reflect.DeepEqual(r.ProviderAdjustments, want) {
			t.Errorf("PLB %+v", r.ProviderAdjustments)
		}
		if brokenRules(r) != nil {
			t.Errorf("balance: %v", r.Balance())
		}
	})
	t.Run("secondary-payment", func(t *testing.T) {
		r := readSample(t, dir+"secondary-payment.835")
		c := r.Claims[1]
		if len(r.Claims) != 2 || c.ChargeCents != 75150 || c.PaidCents != 31000 || c.PatientCents != 22000 ||
			!reflect.DeepEqual(c.Lines[1].Adjustments, []adjudicator.Adjustment{adj("PR", "1", 15000), adj("PR", "2", 7000), adj("CO", "42", 8500)}) {
			t.Errorf("claims %+v", r.Claims)
		}
		if brokenRules(r) != nil {
			t.Errorf("balance: %v", r.Balance())
		}
	})
	t.Run("tertiary-payment", func(t *testing.T) {
		// SVC*HC*24599.00*1766.50*187.50**1: the code slipped into SVC02, so the line's charge
		// reads 24,599.00 and its payment 1,766.50: only the claim balances.
		r := readSample(t, dir+"tertiary-payment.835")
		c := r.Claims[0]
		if len(r.Claims) != 1 || c.ChargeCents != 176650 || c.PaidCents != 18750 || c.Lines[0].ChargeCents != 2459900 || c.Lines[0].PaidCents != 176650 {
			t.Errorf("claims %+v", r.Claims)
		}
		if want := []string{remit835.RuleLine, remit835.RuleLinesPayClaim}; !slices.Equal(brokenRules(r), want) {
			t.Errorf("broken %v, want %v", brokenRules(r), want)
		}
	})
}

// Read's errors say where: the segment's position and id, the element, and the loop.
func TestReadErrorsNamePlace(t *testing.T) {
	const head = "ST*835*0001~BPR*I*10*C*CHK************20240101~TRN*1*7*1123456789~"
	cases := []struct {
		name, in string
		pos      int
		seg      string
		el       int
	}{
		{"not an 835", "ST*837*0001~BHT*0019~SE*3*0001~", 1, "ST", 1},
		{"no BPR first", "ST*835*0001~TRN*1*7*1123456789~SE*3*0001~", 1, "ST", 0},
		{"CAS before any claim", head + "CAS*CO*45*10~SE*5*0001~", 4, "CAS", 0},
		{"SVC before any claim", head + "LX*1~SVC*HC:99213*10*0~SE*6*0001~", 5, "SVC", 0},
		{"a fraction of a cent", head + "CLP*A*1*10*10**MB*1~NM1*QC*1~SVC*HC:99213*10.005*10~SE*7*0001~", 6, "SVC", 2},
		{"an amount with a thousands separator", head + "CLP*A*1*1,000*10**MB*1~SE*5*0001~", 4, "CLP", 3},
		{"a date of 7 digits", head + "CLP*A*1*10*10**MB*1~SVC*HC:99213*10*10~DTM*472*2024011~SE*7*0001~", 6, "DTM", 2},
		{"a claim after PLB", head + "PLB*1*20241231*WO*1~CLP*A*1*10*9**MB*1~SE*6*0001~", 5, "CLP", 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := remit835.Read([]byte(c.in))
			var es x12.Errors
			if !errors.As(err, &es) || len(es) == 0 {
				t.Fatalf("err %v, want x12.Errors", err)
			}
			if e := es[0]; e.Pos != c.pos || e.SegmentID != c.seg || e.Element != c.el {
				t.Errorf("error at segment %d %s element %d (%v), want %d %s %d", e.Pos, e.SegmentID, e.Element, err, c.pos, c.seg, c.el)
			}
		})
	}
	_, err := remit835.Read([]byte(head + "CLP*A*1*10*10**MB*1~SVC*HC:99213*10.005*10~SE*6*0001~"))
	if err == nil || err.Error() != "remit835: segment 5 (SVC02) in loop 2110: amount is a fraction of a cent" {
		t.Errorf("error text %v", err)
	}
}

// A debit (BPR03 D) reads as a negative payment, which Write will not produce: the engine
// never debits a provider.
func TestReadDebitIsNegative(t *testing.T) {
	rs, err := remit835.Read([]byte("ST*835*0001~BPR*I*10.5*D*CHK************20240101~TRN*1*7*1123456789~SE*4*0001~"))
	if err != nil || len(rs) != 1 || rs[0].Payment.Cents != -1050 || len(rs[0].Warnings) != 0 {
		t.Fatalf("%+v, %v", rs, err)
	}
	var ve *remit835.ValidationError
	if _, err := remit835.Write(testEnv(1, "X"), rs[0]); !errors.As(err, &ve) ||
		!slices.ContainsFunc(ve.Problems, func(p remit835.Problem) bool { return p.Path == "payment.cents" }) {
		t.Errorf("Write of a debit: %v", err)
	}
}
