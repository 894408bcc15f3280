package service_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/redis/go-redis/v9"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/apikeys"
	"github.com/claimsledger/claims/adjudicator/chain"
	"github.com/claimsledger/claims/adjudicator/service"
	"github.com/claimsledger/claims/adjudicator/x12"
	"github.com/claimsledger/claims/adjudicator/x12/claim837"
	"github.com/claimsledger/claims/adjudicator/x12/remit835"
)

// claimState is what GET /v1/claims/{id} answers, in the fields these tests read.
type claimState struct {
	Status      string `json:"status"`
	CorrectedBy string `json:"corrected_by"`
	Decision    struct {
		Outcome   string `json:"outcome"`
		PaidCents int64  `json:"paid_cents"`
		Corrects  *struct {
			Original adjudicator.Position `json:"original"`
			Cents    int64                `json:"reversed_cents"`
		} `json:"corrects"`
	} `json:"decision"`
	Settlement struct {
		TxHash    string `json:"tx_hash"`
		BatchID   uint64 `json:"batch_id"`
		Partition int32  `json:"partition"`
		Offset    int64  `json:"offset"`
		BatchFrom int64  `json:"batch_from"`
	} `json:"settlement"`
}

// control is the claim's payer claim control number, the 835's CLP07.
func (s claimState) control() string {
	return fmt.Sprintf("%d/%d", s.Settlement.Partition, s.Settlement.Offset)
}

// TestProviderAPICorrections: over HTTP, against a real broker, Redis and chain, a void takes
// back what its original credited (on chain, as a debt against the provider's next
// withdrawal while the credit is still in its challenge window), a replacement named by the
// 835's payer claim control number (CLP07) takes its original's place, both originals say so in
// their status, and resubmitting a correction creates nothing new. The day's 835 reports each
// correction as its original's reversal (CLP02 22, amounts negated) in the correction's
// settlement, netting to what the chain holds.
func TestProviderAPICorrections(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	st, rules, _ := startStack(t, ctx, 1, 0)
	rdb := redis.NewClient(&redis.Options{Addr: st.Redis.Addr})
	defer rdb.Close()
	keys, err := apikeys.New(rdb)
	if err != nil {
		t.Fatal(err)
	}
	const npi = "1003811290"
	key, _, err := keys.Issue(ctx, npi)
	if err != nil {
		t.Fatal(err)
	}
	url, cfg := serveAPI(t, ctx, st, service.Options{Rules: rules, EngineOptions: []adjudicator.Option{adjudicator.WithLinger(20 * time.Millisecond)}})
	settlement, err := chain.NewSettlement(st.Chain.Client(), common.HexToAddress(cfg.SettlementAddress), nil)
	if err != nil {
		t.Fatal(err)
	}
	provider := st.Keyer.Provider(npi)

	// The README's example claim: member 10's cataract surgery, paid 27100 cents.
	orig := adjudicator.Claim{Schema: adjudicator.ClaimSchemaV1, ClaimID: "CORR-1", ClaimType: adjudicator.Professional,
		MemberID: "10", BillingNPI: npi, RenderingNPI: npi, PlaceOfService: "22", ServiceFrom: "2017-03-01", ServiceTo: "2017-03-01",
		Diagnoses: []string{"H2511"},
		Lines:     []adjudicator.Line{{Number: 1, Code: "66984", Modifiers: []string{"RT"}, Units: 1, ChargeCents: 95000, ServiceDate: "2017-03-01"}}}
	submitAndWait := func(ctype string, body []byte) string {
		t.Helper()
		code, ans, _ := post(t, url+"/v1/claims?wait=30s", key, ctype, body)
		if code != http.StatusOK || len(ans.Claims) != 1 || ans.Claims[0].Status != "accepted" || ans.Claims[0].Decided == nil {
			t.Fatalf("submit: %d %+v, want 200 with the claim decided", code, ans)
		}
		return ans.Claims[0].ID
	}
	state := func(id string) claimState {
		t.Helper()
		code, body := get(t, url, key, "/v1/claims/"+id)
		var s claimState
		if code != http.StatusOK || json.Unmarshal(body, &s) != nil {
			t.Fatalf("GET %s: %d %s", id, code, body)
		}
		return s
	}
	balance := func() int64 {
		t.Helper()
		b, err := settlement.BalanceOf(ctx, provider)
		if err != nil {
			t.Fatal(err)
		}
		return b.Pending + b.Withdrawable
	}

	body, _ := json.Marshal(orig)
	origID := submitAndWait("application/json", body)
	o := state(origID)
	if o.Status != "credited" || o.Decision.PaidCents != 27100 {
		t.Fatalf("original: %+v, want credited 27100 cents", o)
	}
	// A credited claim names its batch as the chain does.
	if ev, ok, err := settlement.BatchStartingAt(ctx, o.Settlement.Partition, o.Settlement.BatchFrom); err != nil || !ok ||
		o.Settlement.BatchID == 0 || ev.BatchID != o.Settlement.BatchID || fmt.Sprintf("%#x", ev.TxHash) != o.Settlement.TxHash {
		t.Fatalf("original's settlement %+v; the chain's batch %+v %v %v", o.Settlement, ev, ok, err)
	}
	before := balance()

	// The void: same claim id, frequency 8.
	void := orig
	void.Frequency = adjudicator.FrequencyVoid
	body, _ = json.Marshal(void)
	voidID := submitAndWait("application/json", body)
	if voidID == origID {
		t.Fatal("the void got its original's id")
	}
	v := state(voidID)
	if v.Decision.Outcome != "void" || v.Decision.Corrects == nil || v.Decision.Corrects.Cents != 27100 ||
		v.Decision.Corrects.Original != (adjudicator.Position{Partition: o.Settlement.Partition, Offset: o.Settlement.Offset}) {
		t.Fatalf("void: %+v corrects %+v, want outcome void taking back the original's 27100", v, v.Decision.Corrects)
	}
	if o := state(origID); o.Status != "voided" || o.CorrectedBy != voidID {
		t.Fatalf("original after the void: %+v, want voided by %s", o, voidID)
	}
	if after := balance(); before-after != 27100 {
		t.Fatalf("balance %d -> %d: want the provider's balance 27100 lower", before, after)
	}
	// Resubmitting the void is not a second void.
	if code, ans, _ := post(t, url, key, "application/json", body); code != http.StatusAccepted || ans.Claims[0].ID != voidID || !ans.Claims[0].Resubmission {
		t.Fatalf("the void again: %d %+v, want its id as a resubmission", code, ans)
	}

	// A replacement over X12, naming its original by the 835's CLP07 in REF*F8.
	second := orig
	second.ClaimID, second.ServiceFrom, second.ServiceTo = "CORR-2", "2017-04-03", "2017-04-03"
	second.Lines = []adjudicator.Line{{Number: 1, Code: "66984", Modifiers: []string{"LT"}, Units: 1, ChargeCents: 95000, ServiceDate: "2017-04-03"}}
	env := x12.Envelope{SenderQualifier: "ZZ", SenderID: "BILLING", ReceiverQualifier: "ZZ", ReceiverID: "PAYER", Control: 11, Time: time.Now()}
	edi, err := claim837.Encode(env, []adjudicator.Claim{second})
	if err != nil {
		t.Fatal(err)
	}
	secondID := submitAndWait("application/edi-x12", edi)
	s2 := state(secondID)
	repl := second
	repl.ClaimID, repl.Frequency = "CORR-2R", adjudicator.FrequencyReplacement
	repl.OriginalClaimID = fmt.Sprintf("%d/%d", s2.Settlement.Partition, s2.Settlement.Offset)
	repl.Lines = []adjudicator.Line{{Number: 1, Code: "66984", Modifiers: []string{"LT"}, Units: 1, ChargeCents: 90000, ServiceDate: "2017-04-03"}}
	env.Control = 12
	edi, err = claim837.Encode(env, []adjudicator.Claim{repl})
	if err != nil {
		t.Fatal(err)
	}
	replID := submitAndWait("application/edi-x12", edi)
	r := state(replID)
	if r.Decision.Corrects == nil || r.Decision.Corrects.Original.Offset != s2.Settlement.Offset || r.Decision.Corrects.Cents != s2.Decision.PaidCents {
		t.Fatalf("replacement: %+v corrects %+v, want it to replace offset %d and take back %d", r, r.Decision.Corrects, s2.Settlement.Offset, s2.Decision.PaidCents)
	}
	if s := state(secondID); s.Status != "replaced" || s.CorrectedBy != replID {
		t.Fatalf("original after the replacement: %+v, want replaced by %s", s, replID)
	}

	// The 835 of the day, one transaction set per settlement transaction.
	today := time.Now().UTC().Format(time.DateOnly)
	code, edi835 := get(t, url, key, "/v1/remittance?from="+today+"&to="+today)
	if code != http.StatusOK {
		t.Fatalf("remittance: %d %s", code, edi835)
	}
	rs, err := remit835.Read(edi835)
	if err != nil {
		t.Fatalf("the 835 does not read: %v\n%s", err, edi835)
	}
	sets := map[string]remit835.Remittance{}
	var net int64
	for _, r := range rs {
		if err := r.Balance(); err != nil {
			t.Errorf("an 835 set does not balance: %v", err)
		}
		if r.Payment.Cents < 0 {
			t.Errorf("BPR02 %d: negative", r.Payment.Cents)
		}
		tx, ok := remit835.TxHashFromTrace(r.Payment.Trace)
		if !ok {
			t.Fatalf("TRN02 %q is not a transaction hash", r.Payment.Trace)
		}
		sets[tx] = r
		for _, c := range r.Claims {
			net += c.PaidCents
		}
	}
	setOf := func(what string, s claimState) remit835.Remittance {
		t.Helper()
		r, ok := sets[s.Settlement.TxHash]
		if !ok {
			t.Fatalf("no 835 set for the %s's settlement %s\n%s", what, s.Settlement.TxHash, edi835)
		}
		return r
	}
	// find returns the claims of r with that CLP01 and CLP02.
	find := func(r remit835.Remittance, id, status string) []remit835.Claim {
		var out []remit835.Claim
		for _, c := range r.Claims {
			if c.ID == id && c.Status == status {
				out = append(out, c)
			}
		}
		return out
	}

	// The original, paid once, in its own settlement's set and no other.
	paidOnce := 0
	for _, r := range rs {
		paidOnce += len(find(r, "CORR-1", remit835.StatusPrimary))
	}
	if c := find(setOf("original", o), "CORR-1", remit835.StatusPrimary); paidOnce != 1 || len(c) != 1 || c[0].PaidCents != 27100 || c[0].PayerControl != o.control() {
		t.Errorf("the original on the 835: %+v (%d paid in all), want once, paid 27100 under CLP07 %s", c, paidOnce, o.control())
	}
	// The void: its original's reversal alone, -27100; BPR02 0 and an FB PLB forwarding the -27100.
	vs := setOf("void", v)
	if rev := find(vs, "CORR-1", remit835.StatusReversal); len(vs.Claims) != 1 || len(rev) != 1 || rev[0].PaidCents != -27100 ||
		rev[0].ChargeCents != -95000 || rev[0].PayerControl != o.control() {
		t.Errorf("the void's set: claims %+v, want the original's reversal alone, paid -27100 of -95000 under CLP07 %s", vs.Claims, o.control())
	}
	if vs.Payment.Cents != 0 || vs.Payment.Method != remit835.MethodNone || len(vs.ProviderAdjustments) != 1 ||
		vs.ProviderAdjustments[0].Reason != "FB" || vs.ProviderAdjustments[0].Cents != -27100 || vs.ProviderAdjustments[0].ProviderID != npi {
		t.Errorf("the void's set pays %d by %s, PLB %+v; want 0 by NON and one FB of -27100", vs.Payment.Cents, vs.Payment.Method, vs.ProviderAdjustments)
	}
	// The replacement: its original's reversal first, then itself; the set pays the difference.
	rset := setOf("replacement", r)
	rev, own := find(rset, "CORR-2", remit835.StatusReversal), find(rset, "CORR-2R", remit835.StatusPrimary)
	if len(rev) != 1 || rev[0].PaidCents != -s2.Decision.PaidCents || rev[0].PaidCents >= 0 || rev[0].PayerControl != s2.control() ||
		len(own) != 1 || own[0].PaidCents != r.Decision.PaidCents || own[0].PayerControl != r.control() ||
		len(rset.Claims) != 2 || rset.Claims[0].Status != remit835.StatusReversal {
		t.Errorf("the replacement's set: claims %+v; want the reversal of CORR-2 (-%d, CLP07 %s), then CORR-2R paid %d (CLP07 %s)",
			rset.Claims, s2.Decision.PaidCents, s2.control(), r.Decision.PaidCents, r.control())
	}
	if want := max(0, r.Decision.PaidCents-s2.Decision.PaidCents); rset.Payment.Cents != want {
		t.Errorf("the replacement's set pays %d, want %d", rset.Payment.Cents, want)
	}
	// What the 835 says was paid and taken back is what the provider holds on chain.
	if b := balance(); net != b {
		t.Errorf("the 835's claims net %d cents, the chain holds %d for the provider", net, b)
	}
	// The audit finds both corrections' reversals on chain, for the amounts their records state.
	rep, err := service.Audit(ctx, cfg, st.Chain.Client())
	if err != nil {
		t.Fatal(err)
	}
	if !rep.OK() || rep.Corrections != 2 || rep.Reversals != 2 || rep.Duplicates != 0 {
		t.Errorf("audit: %+v; want the books to balance with 2 corrections and their 2 reversals", rep)
	}
}
