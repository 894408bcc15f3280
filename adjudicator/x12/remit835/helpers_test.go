package remit835_test

import (
	"time"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/x12"
	"github.com/claimsledger/claims/adjudicator/x12/remit835"
)

var testPayer = remit835.Payer{
	Name:      "CLAIMSLEDGER HEALTH PLAN",
	CompanyID: "1123456789",
	Address:   remit835.Address{Line1: "1 LEDGER WAY", City: "SPRINGFIELD", State: "IL", PostalCode: "62701"},
	Contact:   remit835.Contact{Name: "EDI SUPPORT", Email: "edi@example.org"},
}

func testEnv(control uint32, receiver string) x12.Envelope {
	return x12.Envelope{
		SenderQualifier: "ZZ", SenderID: "CLAIMSLEDGER",
		ReceiverQualifier: "ZZ", ReceiverID: receiver,
		Control: control, Time: time.Date(2017, 12, 31, 12, 0, 0, 0, time.UTC), Test: true,
	}
}

func adj(group, carc string, cents int64) adjudicator.Adjustment {
	return adjudicator.Adjustment{Group: group, CARC: carc, Cents: cents}
}

// handBuilt is a small remittance exercising every segment Write makes: a paid claim with a
// line split between CO and PR and a denied line with a remark, a denied claim with claim-level
// CAS and MOA, a line with seven CO reasons (two CAS segments), and two PLB adjustments.
func handBuilt() remit835.Remittance {
	return remit835.Remittance{
		Payer:   testPayer,
		Payee:   remit835.Payee{Qualifier: "XX", ID: "1234567893"},
		Payment: remit835.Payment{Cents: 8005, Method: remit835.MethodCheck, Date: "2017-12-31", Trace: "12345"},
		Claims: []remit835.Claim{
			{
				ID: "C1", Status: "1", ChargeCents: 27150, PaidCents: 10000, PatientCents: 5000,
				FilingIndicator: "MB", PayerControl: "0/12", FacilityType: "11",
				Patient:      remit835.Patient{Qualifier: "MI", ID: "M10"},
				RenderingNPI: "1111111112",
				Lines: []remit835.Line{
					{Qualifier: "HC", Code: "99213", Modifiers: []string{"25"}, ChargeCents: 20000, PaidCents: 10000, Units: "1",
						ServiceDate: "2017-12-01", ControlNumber: "1", AllowedCents: 15000, HasAllowed: true,
						Adjustments: []adjudicator.Adjustment{adj("CO", "45", 5000), adj("PR", "2", 5000)}},
					{Qualifier: "HC", Code: "A9270", ChargeCents: 7150, Units: "0", OriginalUnits: "1",
						ServiceDate: "2017-12-01", ControlNumber: "2", HasAllowed: true,
						Adjustments: []adjudicator.Adjustment{adj("CO", "96", 7150)}, Remarks: []string{"N425"}},
				},
			},
			{
				ID: "C2", Status: "4", ChargeCents: 105, FilingIndicator: "MB", PayerControl: "0/13",
				Patient:     remit835.Patient{Qualifier: "MI", ID: "M10"},
				Adjustments: []adjudicator.Adjustment{adj("CO", "16", 105)}, Remarks: []string{"M51"},
			},
			{
				ID: "C3", Status: "1", ChargeCents: 700, FilingIndicator: "MB", PayerControl: "0/14",
				Patient: remit835.Patient{Qualifier: "MI", ID: "M11"},
				Lines: []remit835.Line{{Qualifier: "NU", Code: "0450", ChargeCents: 700, Adjustments: []adjudicator.Adjustment{
					adj("CO", "45", 100), adj("CO", "59", 100), adj("CO", "96", 100), adj("CO", "97", 100),
					adj("CO", "151", 100), adj("CO", "236", 100), adj("CO", "16", 100)}}},
			},
		},
		ProviderAdjustments: []remit835.ProviderAdjustment{
			{ProviderID: "1234567893", FiscalPeriod: "2017-12-31", Reason: "WO", Reference: "C0", Cents: 2000},
			{ProviderID: "1234567893", FiscalPeriod: "2017-12-31", Reason: "L6", Cents: -5},
		},
	}
}
