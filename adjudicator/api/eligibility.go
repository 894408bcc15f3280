package api

import (
	"context"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"time"

	"github.com/danielgtaylor/huma/v2"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/x12"
	"github.com/claimsledger/claims/adjudicator/x12/elig270"
)

// Eligibility answers inquiries from the coverage the adjudicator decides with.
type Eligibility struct {
	Store adjudicator.EligibilityStore
	// Member is the keyed hash a member id is looked up by.
	Member func(id string) adjudicator.Hash
}

type eligInput struct {
	ContentType string `header:"Content-Type" doc:"application/edi-x12: a 270 interchange"`
	RawBody     []byte
}

type eligOutput struct {
	ContentType string `header:"Content-Type"`
	Body        []byte
}

func (s *Server) registerEligibility(hapi huma.API) {
	huma.Register(hapi, huma.Operation{
		OperationID:  "check-eligibility",
		Method:       http.MethodPost,
		Path:         "/v1/eligibility",
		Summary:      "Check coverage before a visit: an X12 270 in, a 271 out",
		Description:  "Answered from the same coverage (Redis cache over the CoverageRegistry) the adjudicator decides with: EB*1 with the plan and its dates, EB*6 for days not covered, AAA 72 for an unknown member id.",
		Security:     []map[string][]string{{"apiKey": {}}},
		MaxBodyBytes: 1 << 20, SkipValidateBody: true,
		RequestBody: &huma.RequestBody{Required: true, Content: map[string]*huma.MediaType{
			MediaX12: {Schema: &huma.Schema{Type: "string", Format: "binary"}}}},
		Responses: map[string]*huma.Response{"200": {Description: "the 271", Content: map[string]*huma.MediaType{
			MediaX12: {Schema: &huma.Schema{Type: "string"}}}}},
		Errors: []int{http.StatusBadRequest, http.StatusUnauthorized, http.StatusUnsupportedMediaType, http.StatusTooManyRequests, http.StatusServiceUnavailable},
	}, s.eligibility)
}

func (s *Server) eligibility(ctx context.Context, in *eligInput) (*eligOutput, error) {
	if s.o.Eligibility == nil {
		return nil, huma.Error503ServiceUnavailable("eligibility inquiries are not served here")
	}
	if mt, _, err := mime.ParseMediaType(in.ContentType); err != nil || mt != MediaX12 {
		return nil, huma.Error415UnsupportedMediaType("Content-Type: want " + MediaX12 + " (an X12 270)")
	}
	inqs, err := elig270.Decode(in.RawBody)
	var es x12.Errors
	switch {
	case errors.As(err, &es):
		return nil, problemError(http.StatusBadRequest, "the 270 is not readable", x12Problems(es))
	case err != nil:
		return nil, problemError(http.StatusBadRequest, "the 270 is not readable", []Problem{{Where: "interchange", Reason: err.Error()}})
	}
	resps, err := elig270.AnswerAll(ctx, s.o.Eligibility.Store, s.o.Eligibility.Member, inqs)
	if err != nil {
		s.log.Error("answer an eligibility inquiry", "npi", callerNPI(ctx), "err", err)
		return nil, huma.Error503ServiceUnavailable("coverage cannot be read right now; retry later")
	}
	if len(resps) == 0 {
		return nil, problemError(http.StatusBadRequest, "the 270 asks about nobody", nil)
	}
	now := time.Now()
	out, err := elig270.Write(resps[0].Inquiry.ReplyEnvelope(x12.ControlNumber(now), now), resps)
	if err != nil {
		return nil, fmt.Errorf("write the 271: %w", err)
	}
	return &eligOutput{ContentType: MediaX12, Body: out}, nil
}
