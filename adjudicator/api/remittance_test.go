package api_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/api"
	"github.com/claimsledger/claims/adjudicator/x12/remit835"
)

// memStatuses holds decided claims in memory.
type memStatuses []api.Decided

func (m memStatuses) Decided(_ context.Context, id string) (api.Decided, bool, error) {
	return api.Decided{}, false, nil
}

func (m memStatuses) Settled(_ context.Context, npi string, from, to time.Time) ([]api.Decided, error) {
	var out []api.Decided
	for _, d := range m {
		at := time.Unix(d.SettledAt, 0)
		if d.NPI == npi && !at.Before(from) && at.Before(to) {
			out = append(out, d)
		}
	}
	return out, nil
}

// settledClaim is one claim of provider A paid $80.00 of $100.00 charged on 2024-03-01.
func settledClaim(t *testing.T) api.Decided {
	t.Helper()
	c := adjudicator.Claim{Schema: adjudicator.ClaimSchemaV1, ClaimID: "C-1", ClaimType: adjudicator.Professional, MemberID: "M-1",
		BillingNPI: npiA, PlaceOfService: "11", ServiceFrom: "2024-02-20", ServiceTo: "2024-02-20", Diagnoses: []string{"E119"},
		Lines: []adjudicator.Line{{Number: 1, Code: "99213", Units: 1, ChargeCents: 10000, ServiceDate: "2024-02-20"}}}
	d := adjudicator.Decision{ClaimID: "C-1", Outcome: adjudicator.Approve, BillingNPI: npiA, PaidCents: 8000,
		Lines: []adjudicator.LineDecision{{Line: 1, Code: "99213", Units: 1, ChargeCents: 10000, AllowedCents: 8000, PaidCents: 8000,
			Adjustments: []adjudicator.Adjustment{{Group: adjudicator.GroupCO, CARC: "45", Cents: 2000}}}}}
	if err := d.Check(); err != nil {
		t.Fatal(err)
	}
	rec, _ := json.Marshal(d)
	return api.Decided{NPI: npiA, ClaimID: "C-1", Status: api.StatusCredited, Record: rec, Claim: &c, Plan: "medicare",
		SettledAt:  time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC).Unix(),
		Settlement: api.Settlement{TxHash: "0x" + strings.Repeat("ab", 32), Block: 7, Partition: 0, Offset: 12, BatchFrom: 10, BatchTo: 20}}
}

// The 835 names the payer configured (N1*PR, N3/N4, PER*BL, TRN03) and pays by its method;
// without one, DefaultPayer's placeholders and BOP.
func TestRemittanceNamesTheConfiguredPayer(t *testing.T) {
	payer := remit835.Payer{
		Name: "KEYSTONE HEALTH PLAN", CompanyID: "1231234567",
		Address: remit835.Address{Line1: "200 MARKET ST", Line2: "FLOOR 9", City: "PHILADELPHIA", State: "PA", PostalCode: "19103"},
		Contact: remit835.Contact{Name: "EDI HELP DESK", Phone: "2155550100", Email: "edi@keystone.example"},
	}
	statuses := memStatuses{settledClaim(t)}
	for _, tc := range []struct {
		name   string
		o      api.Options
		payer  remit835.Payer
		method string
	}{
		{"configured", api.Options{Statuses: statuses, Payer: &payer, PaymentMethod: remit835.MethodCheck}, payer, remit835.MethodCheck},
		{"default", api.Options{Statuses: statuses}, api.DefaultPayer, remit835.MethodBOP},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ts := newServer(t, tc.o)
			code, _, body := do(t, http.MethodGet, ts.URL+"/v1/remittance?from=2024-03-01&to=2024-03-01", keyA, "", nil)
			if code != 200 {
				t.Fatalf("%d %s", code, body)
			}
			rs, err := remit835.Read(body)
			if err != nil || len(rs) != 1 {
				t.Fatalf("%d remittances, %v\n%s", len(rs), err, body)
			}
			r := rs[0]
			if !reflect.DeepEqual(r.Payer, tc.payer) {
				t.Errorf("payer %+v\nwant  %+v", r.Payer, tc.payer)
			}
			if r.Payment.Method != tc.method || r.Payment.Cents != 8000 {
				t.Errorf("payment %+v, want %s of 8000 cents", r.Payment, tc.method)
			}
			if !bytes.Contains(body, []byte("*"+tc.payer.CompanyID+"~")) {
				t.Errorf("TRN03 is not the payer's: %s", body)
			}
		})
	}
	// Another provider's settlements are not on its 835.
	ts := newServer(t, api.Options{Statuses: statuses, Payer: &payer})
	if code, _, _ := do(t, http.MethodGet, ts.URL+"/v1/remittance?from=2024-03-01&to=2024-03-01", keyB, "", nil); code != 404 {
		t.Errorf("provider B: %d, want 404", code)
	}
}
