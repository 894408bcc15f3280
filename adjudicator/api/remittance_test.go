package api_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
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

// indexedStatuses is memStatuses that also finds claims by id and by input position, as the
// service's store does.
type indexedStatuses struct{ memStatuses }

func (m indexedStatuses) Decided(_ context.Context, id string) (api.Decided, bool, error) {
	for _, d := range m.memStatuses {
		if "c_"+d.NPI+"_"+d.ClaimID+"@"+fmt.Sprint(d.Settlement.Offset) == id {
			return d, true, nil
		}
	}
	return api.Decided{}, false, nil
}

func (m indexedStatuses) AtPosition(_ context.Context, partition int32, offset int64) (string, bool, error) {
	for _, d := range m.memStatuses {
		if d.Settlement.Partition == partition && d.Settlement.Offset == offset {
			return "c_" + d.NPI + "_" + d.ClaimID + "@" + fmt.Sprint(offset), true, nil
		}
	}
	return "", false, nil
}

// voidOf is a void of claim c settled on 2024-03-02 at offset 40+n, taking back the claim at
// original (8000 cents).
func voidOf(t *testing.T, c adjudicator.Claim, original adjudicator.Position, n int64) api.Decided {
	t.Helper()
	c.Frequency = adjudicator.FrequencyVoid
	d := adjudicator.Decision{ClaimID: c.ClaimID, Outcome: adjudicator.Void, BillingNPI: c.BillingNPI, Lines: []adjudicator.LineDecision{},
		Corrects: &adjudicator.Correction{Original: original, Cents: 8000}}
	if err := d.Check(); err != nil {
		t.Fatal(err)
	}
	rec, _ := json.Marshal(d)
	return api.Decided{NPI: c.BillingNPI, ClaimID: c.ClaimID, Status: api.StatusDecided, Record: rec, Claim: &c, Plan: "medicare",
		SettledAt:  time.Date(2024, 3, 2, 12, 0, 0, 0, time.UTC).Unix(),
		Settlement: api.Settlement{TxHash: "0x" + strings.Repeat("cd", 32), Block: 9, Partition: 0, Offset: 40 + n, BatchFrom: 40, BatchTo: 50}}
}

// A void's settlement reports its original's reversal (CLP02 22, the original's CLP01 and
// CLP07, amounts negated) and not the void itself; the reversals exceeding the payments, BPR02
// is 0 and a PLB FB carries the difference. A void whose original the store does not hold is
// left out with a WARN that names input positions only, and the rest of the 835 is written.
func TestRemittanceReportsReversals(t *testing.T) {
	orig := settledClaim(t)
	origPos := adjudicator.Position{Partition: orig.Settlement.Partition, Offset: orig.Settlement.Offset}
	other := *orig.Claim
	other.ClaimID = "C-SECRET-9"
	statuses := indexedStatuses{memStatuses{orig, voidOf(t, *orig.Claim, origPos, 0), voidOf(t, other, adjudicator.Position{Offset: 99}, 1)}}

	var logs bytes.Buffer
	rec := &memAccess{}
	o := api.Options{Statuses: statuses, Keys: memKeys{keyA: npiA}, Intake: nopIntake{}, Ledger: nopLedger{},
		ID:     func(npi, id string) string { return "c_" + npi + "_" + id },
		Logger: slog.New(slog.NewTextHandler(&logs, nil)), Access: rec, AccessKeys: hashKeys{}}
	srv, err := api.New(o)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	defer ts.Close()
	code, _, body := do(t, http.MethodGet, ts.URL+"/v1/remittance?from=2024-03-01&to=2024-03-02", keyA, "", nil)
	if code != 200 {
		t.Fatalf("%d %s", code, body)
	}
	rs, err := remit835.Read(body)
	if err != nil || len(rs) != 2 {
		t.Fatalf("%d remittances, %v\n%s", len(rs), err, body)
	}
	paid, voided := rs[0], rs[1]
	if len(paid.Claims) != 1 || paid.Claims[0].Status != "1" || paid.Payment.Cents != 8000 {
		t.Errorf("the original's settlement: %+v", paid)
	}
	if len(voided.Claims) != 1 {
		t.Fatalf("the void's settlement has %d claims, want the reversal alone\n%s", len(voided.Claims), body)
	}
	rev := voided.Claims[0]
	if rev.Status != "22" || rev.ID != "C-1" || rev.PayerControl != "0/12" || rev.ChargeCents != -10000 || rev.PaidCents != -8000 ||
		len(rev.Lines) != 1 || rev.Lines[0].Adjustments[0].Cents != -2000 {
		t.Errorf("reversal %+v, want C-1 at 0/12, status 22, -10000 charged, -8000 paid, CO-45 -2000", rev)
	}
	if voided.Payment.Cents != 0 || voided.Payment.Method != remit835.MethodNone || len(voided.ProviderAdjustments) != 1 ||
		voided.ProviderAdjustments[0].Reason != "FB" || voided.ProviderAdjustments[0].Cents != -8000 || voided.Balance() != nil {
		t.Errorf("the void's settlement pays %d by %s with PLB %+v, want 0 by NON and FB -8000", voided.Payment.Cents, voided.Payment.Method, voided.ProviderAdjustments)
	}
	// Both 835 claims (the original, and its reversal) show C-1: two looks at it, on the trail.
	if looks := rec.take(); len(looks) != 2 || looks[0].ClaimKey != (hashKeys{}).Claim("C-1") || looks[1].ClaimKey != looks[0].ClaimKey ||
		looks[0].Purpose != adjudicator.PurposeProviderRemittance {
		t.Errorf("looks %+v, want two provider-remittance looks at C-1", looks)
	}
	l := logs.String()
	if !strings.Contains(l, "level=WARN") || !strings.Contains(l, "original_offset=99") || !strings.Contains(l, "correction_offset=41") {
		t.Errorf("no WARN naming the orphan void's positions:\n%s", l)
	}
	if strings.Contains(l, "C-SECRET-9") || strings.Contains(l, "C-1") {
		t.Errorf("a claim id in the log:\n%s", l)
	}
}

// A claim no plan covered (denied for coverage, so decided with no plan) is on the 835 all the
// same, filed as ZZ (mutually defined): CLP06 is required, and a missing one failed the whole
// remittance.
func TestRemittanceOfAClaimNoPlanCovered(t *testing.T) {
	d := settledClaim(t)
	d.Plan = ""
	srv, err := api.New(api.Options{Statuses: memStatuses{d}, Keys: memKeys{keyA: npiA}, Intake: nopIntake{}, Ledger: nopLedger{},
		ID: func(npi, id string) string { return "c_" + npi + "_" + id }, Access: &memAccess{}, AccessKeys: hashKeys{}})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	defer ts.Close()
	code, _, body := do(t, http.MethodGet, ts.URL+"/v1/remittance?from=2024-03-01&to=2024-03-02", keyA, "", nil)
	if code != 200 {
		t.Fatalf("%d %s", code, body)
	}
	rs, err := remit835.Read(body)
	if err != nil || len(rs) != 1 || len(rs[0].Claims) != 1 || rs[0].Claims[0].FilingIndicator != "ZZ" {
		t.Fatalf("835 %+v %v, want one claim filed ZZ\n%s", rs, err, body)
	}
}
