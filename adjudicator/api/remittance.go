package api

import (
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
		Description: "One transaction set per settlement transaction: its BPR total is what that settlement credited the provider on chain, TRN02 the transaction hash (base 36). Pended claims are not on an 835 until resolved.",
		Security:    []map[string][]string{{"apiKey": {}}},
		Errors:      []int{http.StatusBadRequest, http.StatusUnauthorized, http.StatusNotFound, http.StatusTooManyRequests},
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
	// One 835 transaction set per settlement transaction: a BPR is one payment.
	byTx := map[string][]remit835.Decided{}
	dates := map[string]string{}
	for _, d := range settled {
		var dec adjudicator.Decision
		if d.Claim == nil || json.Unmarshal(d.Record, &dec) != nil {
			return nil, fmt.Errorf("a settled claim of batch %d/%d-%d has no readable claim or record", d.Settlement.Partition, d.Settlement.BatchFrom, d.Settlement.BatchTo)
		}
		fi, _ := remit835.FilingIndicator(d.Plan)
		byTx[d.Settlement.TxHash] = append(byTx[d.Settlement.TxHash], remit835.Decided{
			Claim: d.Claim, Decision: &dec, FilingIndicator: fi,
			Position: adjudicator.Position{Partition: d.Settlement.Partition, Offset: d.Settlement.Offset},
		})
		dates[d.Settlement.TxHash] = time.Unix(d.SettledAt, 0).UTC().Format(time.DateOnly)
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
