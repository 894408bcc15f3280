package claim837

import (
	"testing"
	"time"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/x12"
)

// testEnvelope is the envelope of the interchanges the tests write.
func testEnvelope(version string) x12.Envelope {
	return x12.Envelope{SenderQualifier: "ZZ", SenderID: "SUBMITTER", ReceiverQualifier: "ZZ", ReceiverID: "CLAIMSLEDGER",
		Control: 1, Time: time.Date(2026, 1, 8, 12, 0, 0, 0, time.UTC), Test: true, FunctionalID: "HC", Version: version}
}

// write837P writes claims as one 837P transaction set with the tests' envelope.
func write837P(claims []adjudicator.Claim) ([]byte, error) {
	return Encode(testEnvelope("005010X222A1"), claims)
}

// base837P is a two-claim 837P whose segment positions the tests name: the numbers are each
// segment's position in the interchange (ISA 1, GS 2, ST 3).
func base837P() [][]string {
	return append(header837(), [][]string{
		{"HL", "1", "", "20", "1"}, // 8
		{"NM1", "85", "2", "BILLING GROUP", "", "", "", "", "XX", "1234567893"}, // 9
		{"N3", "1 MAIN ST"},                                                     // 10
		{"N4", "TOWN", "PA", "17111"},                                           // 11
		{"REF", "EI", "123456789"},                                              // 12
		{"HL", "2", "1", "22", "0"},                                             // 13
		{"SBR", "P", "18", "", "", "", "", "", "", "CI"},                        // 14
		{"NM1", "IL", "1", "DOE", "JANE", "", "", "", "MI", "M100"},             // 15
		{"NM1", "PR", "2", "CLAIMS LEDGER PLAN", "", "", "", "", "PI", "PLAN1"}, // 16
		{"CLM", "C1", "150.50", "", "", "11:B:1", "Y", "A", "Y", "Y"},           // 17
		{"REF", "G1", "AUTH-1"},                                                 // 18
		{"HI", "ABK:J069", "ABF:R05"},                                           // 19
		{"NM1", "82", "1", "SMITH", "ANN", "", "", "", "XX", "1003811290"},      // 20
		{"LX", "1"}, // 21
		{"SV1", "HC:99213:25", "100", "UN", "1", "", "", "1:2"},      // 22
		{"DTP", "472", "D8", "20260105"},                             // 23
		{"LX", "2"},                                                  // 24
		{"SV1", "HC:87880", "50.5", "UN", "2", "", "", "1"},          // 25
		{"DTP", "472", "D8", "20260106"},                             // 26
		{"CLM", "C2", "40.00", "", "", "11:B:7", "Y", "A", "Y", "Y"}, // 27
		{"REF", "F8", "PAYER-CLAIM-9"},                               // 28
		{"HI", "ABK:Z0000"},                                          // 29
		{"LX", "1"},                                                  // 30
		{"SV1", "HC:99212", "40.00", "UN", "1", "", "", "1"},         // 31
		{"DTP", "472", "D8", "20260107"},                             // 32
	}...) // SE 33, GE 34, IEA 35
}

// base837PClaims are base837P's claims, read from it by hand.
func base837PClaims() []adjudicator.Claim {
	return []adjudicator.Claim{
		{Schema: "claims.v1", ClaimID: "C1", ClaimType: "professional", MemberID: "M100", BillingNPI: "1234567893",
			RenderingNPI: "1003811290", PlaceOfService: "11", ServiceFrom: "2026-01-05", ServiceTo: "2026-01-06",
			Diagnoses: []string{"J069", "R05"}, Lines: []adjudicator.Line{
				{Number: 1, Code: "99213", Modifiers: []string{"25"}, Units: 1, ChargeCents: 10000, ServiceDate: "2026-01-05", PriorAuth: "AUTH-1"},
				{Number: 2, Code: "87880", Units: 2, ChargeCents: 5050, ServiceDate: "2026-01-06", PriorAuth: "AUTH-1"},
			}},
		{Schema: "claims.v1", ClaimID: "C2", ClaimType: "professional", MemberID: "M100", BillingNPI: "1234567893",
			PlaceOfService: "11", ServiceFrom: "2026-01-07", ServiceTo: "2026-01-07", Diagnoses: []string{"Z0000"},
			Lines:     []adjudicator.Line{{Number: 1, Code: "99212", Units: 1, ChargeCents: 4000, ServiceDate: "2026-01-07"}},
			Frequency: "7", OriginalClaimID: "PAYER-CLAIM-9"},
	}
}

// base837I is a one-claim 837I, positions as in base837P.
func base837I() [][]string {
	return append(header837(), [][]string{
		{"HL", "1", "", "20", "1"}, // 8
		{"NM1", "85", "2", "GENERAL HOSPITAL", "", "", "", "", "XX", "1003811290"}, // 9
		{"N3", "1 MAIN ST"},                                                     // 10
		{"N4", "TOWN", "PA", "17111"},                                           // 11
		{"REF", "EI", "123456789"},                                              // 12
		{"HL", "2", "1", "22", "1"},                                             // 13
		{"SBR", "P", "", "", "", "", "", "", "", "CI"},                          // 14
		{"NM1", "IL", "1", "DOE", "JOHN", "", "", "", "MI", "M200"},             // 15
		{"NM1", "PR", "2", "CLAIMS LEDGER PLAN", "", "", "", "", "PI", "PLAN1"}, // 16
		{"HL", "3", "2", "23", "0"},                                             // 17
		{"PAT", "19"},                                                           // 18
		{"NM1", "QC", "1", "DOE", "JIM"},                                        // 19
		{"CLM", "H1", "300.00", "", "", "13:A:1", "", "A", "Y", "Y"},            // 20
		{"DTP", "434", "RD8", "20260102-20260103"},                              // 21
		{"CL1", "1", "1", "01"},                                                 // 22
		{"REF", "G1", "PA-77"},                                                  // 23
		{"HI", "ABK:I10"},                                                       // 24
		{"HI", "ABF:E119", "ABF:Z7984"},                                         // 25
		{"HI", "BH:11:D8:20260102"},                                             // 26
		{"NM1", "71", "1", "WELBY", "MARCUS", "", "", "", "XX", "1234567893"},   // 27
		{"LX", "1"}, // 28
		{"SV2", "0450", "HC:99284:25", "250.00", "UN", "1"}, // 29
		{"DTP", "472", "D8", "20260102"},                    // 30
		{"LX", "2"},                                         // 31
		{"SV2", "0110", "", "50", "DA", "2"},                // 32
	}...) // SE 33
}

func base837IClaim() adjudicator.Claim {
	return adjudicator.Claim{Schema: "claims.v1", ClaimID: "H1", ClaimType: "institutional", MemberID: "M200",
		BillingNPI: "1003811290", RenderingNPI: "1234567893", BillType: "131", ServiceFrom: "2026-01-02", ServiceTo: "2026-01-03",
		Diagnoses: []string{"I10", "E119", "Z7984"}, Lines: []adjudicator.Line{
			{Number: 1, Code: "99284", Modifiers: []string{"25"}, Units: 1, ChargeCents: 25000, ServiceDate: "2026-01-02", RevenueCode: "0450", PriorAuth: "PA-77"},
			{Number: 2, Units: 2, ChargeCents: 5000, RevenueCode: "0110", PriorAuth: "PA-77"},
		}}
}

// build writes segments as one 837 transaction set of the given implementation guide.
func build(t testing.TB, version string, segs [][]string) []byte {
	t.Helper()
	out, err := x12.Build(x12.DefaultDelimiters, testEnvelope(version), []x12.Set{{Code: "837", Segments: segs}})
	if err != nil {
		t.Fatal(err)
	}
	return out
}
