package api

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"net/http"
	"slices"
	"time"

	"github.com/danielgtaylor/huma/v2"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/fhir"
	"github.com/claimsledger/claims/adjudicator/x12"
	"github.com/claimsledger/claims/adjudicator/x12/remit835"
)

// DefaultPayer is the payer an 835 names when Options.Payer is not set: placeholders a
// deployment replaces with its own name, EIN, address and EDI contact (the `payer:` block of
// the config), kept for devnet and the demo. `claims serve` warns when it serves them.
var DefaultPayer = remit835.Payer{
	Name: "CLAIMS LEDGER PLAN", CompanyID: "1000000000",
	Address: remit835.Address{Line1: "1 LEDGER WAY", City: "HARRISBURG", State: "PA", PostalCode: "17101"},
	Contact: remit835.Contact{Name: "EDI SUPPORT", Email: "edi@claims.example"},
}

type remitInput struct {
	From string `query:"from" required:"true" doc:"first day, YYYY-MM-DD (UTC), of the settlements to remit"`
	To   string `query:"to" required:"true" doc:"last day, YYYY-MM-DD (UTC), included"`
}

type remitOutput struct {
	ContentType string `header:"Content-Type"`
	Body        []byte
}

func (s *Server) registerRemittance(hapi huma.API) {
	huma.Register(hapi, huma.Operation{
		OperationID: "get-remittance",
		Method:      http.MethodGet,
		Path:        "/v1/remittance",
		Summary:     "An X12 835 for the provider's claims settled between two days",
		Description: "One transaction set per settlement transaction: its BPR total is what that settlement credited the provider on chain less what the corrections it settled took back, TRN02 the transaction hash (base 36). " +
			"A void or replacement is reported by its original's reversal (CLP02 22, the original's claim id, CLP07 and amounts negated) in the correction's transaction set, a replacement also as a claim of its own; when the reversals exceed the payments, BPR02 is 0 (NON) and the rest is a PLB FB (forwarding balance) of the negative amount. " +
			"Pended claims are not on an 835 until resolved.",
		Security: providerAuth,
		Errors:   []int{http.StatusBadRequest, http.StatusUnauthorized, http.StatusNotFound, http.StatusTooManyRequests},
		Responses: map[string]*huma.Response{"200": {Description: "the 835", Content: map[string]*huma.MediaType{
			MediaX12: {Schema: &huma.Schema{Type: "string"}}}}},
	}, s.remittance)
}

func (s *Server) remittance(ctx context.Context, in *remitInput) (*remitOutput, error) {
	npi := callerNPI(ctx)
	from, err1 := time.Parse(time.DateOnly, in.From)
	to, err2 := time.Parse(time.DateOnly, in.To)
	if err := errors.Join(err1, err2); err != nil || to.Before(from) {
		return nil, huma.Error400BadRequest("from and to are days, YYYY-MM-DD, from not after to",
			&huma.ErrorDetail{Location: "query.from", Message: "want YYYY-MM-DD"}, &huma.ErrorDetail{Location: "query.to", Message: "want YYYY-MM-DD, not before from"})
	}
	if s.o.Statuses == nil {
		return nil, huma.Error404NotFound("no settled claims")
	}
	settled, err := s.o.Statuses.Settled(ctx, npi, from, to.AddDate(0, 0, 1))
	if err != nil {
		return nil, fmt.Errorf("read settled claims: %w", err)
	}
	// One 835 transaction set per settlement transaction: a BPR is one payment. In input order,
	// so that an 835 reads the same each time it is asked for.
	slices.SortStableFunc(settled, func(a, b Decided) int {
		return cmp.Or(cmp.Compare(a.Settlement.Partition, b.Settlement.Partition), cmp.Compare(a.Settlement.Offset, b.Settlement.Offset))
	})
	byTx := map[string][]remit835.Decided{}
	dates := map[string]string{}
	for _, d := range settled {
		dc, err := remitted(d)
		if err != nil {
			return nil, err
		}
		tx := d.Settlement.TxHash
		if dc.Decision.Corrects != nil {
			// The correction's settlement took the original's credit back: its reversal goes in
			// that settlement's set, before the replacement (if it is one), as the guide
			// recommends. A void is reported by the reversal alone (FromDecisions skips it).
			rev, ok, err := s.reversal(ctx, npi, d, dc.Decision.Corrects)
			if err != nil {
				return nil, err
			}
			if ok {
				byTx[tx] = append(byTx[tx], rev)
			}
		}
		byTx[tx] = append(byTx[tx], dc)
		dates[tx] = time.Unix(d.SettledAt, 0).UTC().Format(time.DateOnly)
	}
	var rs []remit835.Remittance
	for _, tx := range slices.Sorted(maps.Keys(byTx)) {
		r, err := remit835.FromDecisions(s.payer(), remit835.Settlement{TxHash: tx, Date: dates[tx], Method: s.o.PaymentMethod}, byTx[tx])
		if errors.Is(err, remit835.ErrNothingToRemit) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("remittance for settlement %s: %w", tx, err)
		}
		rs = append(rs, r)
	}
	if len(rs) == 0 {
		return nil, huma.Error404NotFound(fmt.Sprintf("no claims of yours were settled between %s and %s", in.From, in.To))
	}
	var onIt []string
	for _, r := range rs {
		for _, c := range r.Claims {
			onIt = append(onIt, c.ID)
		}
	}
	if err := s.recordLooks(ctx, "GET /v1/remittance", adjudicator.PurposeProviderRemittance, onIt...); err != nil {
		return nil, errNotRecorded()
	}
	env := x12.Envelope{SenderQualifier: "ZZ", SenderID: "CLAIMSLEDGER", ReceiverQualifier: "XX", ReceiverID: npi,
		Control: x12.ControlNumber(time.Now()), Time: time.Now()}
	out, err := remit835.WriteAll(env, rs)
	if err != nil {
		return nil, fmt.Errorf("write the 835: %w", err)
	}
	return &remitOutput{ContentType: MediaX12, Body: out}, nil
}

// remitted is a settled claim as remit835 takes it.
func remitted(d Decided) (remit835.Decided, error) {
	var dec adjudicator.Decision
	if d.Claim == nil || json.Unmarshal(d.Record, &dec) != nil {
		return remit835.Decided{}, fmt.Errorf("a settled claim of batch %d/%d-%d has no readable claim or record", d.Settlement.Partition, d.Settlement.BatchFrom, d.Settlement.BatchTo)
	}
	fi, _ := remit835.FilingIndicator(d.Plan)
	return remit835.Decided{
		Claim: d.Claim, Decision: &dec, FilingIndicator: fi,
		Position: adjudicator.Position{Partition: d.Settlement.Partition, Offset: d.Settlement.Offset},
	}, nil
}

// reversal is the 835 entry that takes back the original a settled correction (d) corrected:
// the original's claim and decision from the status store, marked Reversal. ok is false when
// there is nothing to write: the store has no position index, the original is not in the store
// (recorded by an engine before the API's status store, or its record was lost), is not this
// provider's or has no readable record, or it was pended (a pended claim was never on an 835 as
// paid, so neither is its reversal). All but the pended one are logged (WARN, by input position
// only: no claim ids), and the rest of the 835 is written: a provider is better served by every other claim
// than by no 835, and the correction's own status still names what it corrected. A store that
// fails to answer fails the request, as Settled does.
func (s *Server) reversal(ctx context.Context, npi string, d Decided, c *adjudicator.Correction) (remit835.Decided, bool, error) {
	o := c.Original
	missing := func(why string) (remit835.Decided, bool, error) {
		s.log.Warn("835: a correction's reversal is left out: "+why, "route", "GET /v1/remittance",
			"correction_partition", d.Settlement.Partition, "correction_offset", d.Settlement.Offset,
			"original_partition", o.Partition, "original_offset", o.Offset)
		return remit835.Decided{}, false, nil
	}
	ix, ok := s.o.Statuses.(PositionIndex)
	if !ok {
		return missing("the status store cannot find claims by position")
	}
	id, ok, err := ix.AtPosition(ctx, o.Partition, o.Offset)
	if err != nil {
		return remit835.Decided{}, false, fmt.Errorf("find the original of the correction at %d/%d: %w", d.Settlement.Partition, d.Settlement.Offset, err)
	}
	if !ok {
		return missing("the original is not in the status store")
	}
	od, ok, err := s.o.Statuses.Decided(ctx, id)
	if err != nil {
		return remit835.Decided{}, false, fmt.Errorf("read the original of the correction at %d/%d: %w", d.Settlement.Partition, d.Settlement.Offset, err)
	}
	if !ok {
		return missing("the original is not in the status store")
	}
	if od.NPI != npi {
		return missing("the original is another provider's")
	}
	rev, err := remitted(od)
	if err != nil {
		return missing("the original has no readable claim or record")
	}
	switch rev.Decision.Outcome {
	case adjudicator.Pend:
		return remit835.Decided{}, false, nil
	case adjudicator.Void:
		// The engine never corrects a void (it records no claim reference to find it by).
		return missing("the original is a void")
	}
	if rev.Decision.PaidCents != c.Cents {
		// The chain took back c.Cents; the 835 reverses what the original reported. They are
		// equal by construction (the correction's record commits to the original's leaf amount).
		s.log.Warn("835: a reversal's amount differs from what the correction took back on chain", "route", "GET /v1/remittance",
			"correction_partition", d.Settlement.Partition, "correction_offset", d.Settlement.Offset,
			"original_partition", o.Partition, "original_offset", o.Offset)
	}
	rev.Reversal = true
	return rev, true, nil
}

func (s *Server) payer() remit835.Payer {
	if s.o.Payer != nil {
		return *s.o.Payer
	}
	return DefaultPayer
}

// insurer names the payer in FHIR answers (insurer.display): the configured payer, else
// fhir.DefaultInsurer, not DefaultPayer's placeholder name.
func (s *Server) insurer() string {
	if s.o.Payer != nil {
		return s.o.Payer.Name
	}
	return fhir.DefaultInsurer
}
