package api

import (
	"context"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"strings"
	"time"

	"github.com/danielgtaylor/huma/v2"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/fhir"
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
	ContentType string `header:"Content-Type" doc:"application/edi-x12 (a 270 interchange) or application/fhir+json (a FHIR R4 CoverageEligibilityRequest)"`
	RawBody     []byte
}

type eligOutput struct {
	// Status is 200, or 400 with a FHIR request's OperationOutcome, which is written here
	// rather than as problem+json so that each issue keeps its FHIR issue type.
	Status      int
	ContentType string `header:"Content-Type"`
	Body        []byte
}

func (s *Server) registerEligibility(hapi huma.API) {
	huma.Register(hapi, huma.Operation{
		OperationID: "check-eligibility",
		Method:      http.MethodPost,
		Path:        "/v1/eligibility",
		Summary:     "Check coverage before a visit: an X12 270 in, a 271 out; or a FHIR CoverageEligibilityRequest in, a CoverageEligibilityResponse out",
		Description: "Answered from the same coverage (Redis cache over the CoverageRegistry) the adjudicator decides with. " +
			"X12: EB*1 with the plan and its dates, EB*6 for days not covered, AAA 72 for an unknown member id. " +
			"FHIR R4: purpose validation, benefits or discovery; the patient as in a Claim (an identifier, a contained Patient with a member-number identifier, or a reference); " +
			"the provider's NPI must be the caller's (else 403); servicedDate or servicedPeriod, else today. The response lists each plan with inforce (covered on every day asked about) " +
			"and benefitPeriod (its coverage span); an unknown member is outcome error with error.code X12 reject reason 72. " +
			"A FHIR request's errors are OperationOutcomes whose issue.expression is the element's FHIR path.",
		Security:     providerAuth,
		MaxBodyBytes: 1 << 20, SkipValidateBody: true,
		RequestBody: &huma.RequestBody{Required: true, Content: map[string]*huma.MediaType{
			MediaX12:  {Schema: &huma.Schema{Type: "string", Format: "binary"}},
			MediaFHIR: {Schema: fhirResource("CoverageEligibilityRequest")}}},
		Responses: map[string]*huma.Response{"200": {Description: "the 271, or the CoverageEligibilityResponse", Content: map[string]*huma.MediaType{
			MediaX12:  {Schema: &huma.Schema{Type: "string"}},
			MediaFHIR: {Schema: fhirResource("CoverageEligibilityResponse")}}}},
		Errors: []int{http.StatusBadRequest, http.StatusUnauthorized, http.StatusForbidden, http.StatusUnsupportedMediaType, http.StatusTooManyRequests, http.StatusServiceUnavailable},
	}, s.eligibility)
	// huma documents errors as problem+json only; a FHIR request's 400 is an OperationOutcome.
	if p := hapi.OpenAPI().Paths["/v1/eligibility"]; p != nil && p.Post != nil && p.Post.Responses["400"] != nil {
		p.Post.Responses["400"].Content[MediaFHIR] = &huma.MediaType{Schema: fhirResource("OperationOutcome")}
	}
}

// fhirResource documents a FHIR R4 resource of type rt: its schema is HL7's, not repeated here.
func fhirResource(rt string) *huma.Schema {
	return &huma.Schema{Type: "object", Description: "a FHIR R4 " + rt + " (http://hl7.org/fhir/R4/" + strings.ToLower(rt) + ".html)",
		Required: []string{"resourceType"}, Properties: map[string]*huma.Schema{"resourceType": {Type: "string", Enum: []any{rt}}}}
}

func (s *Server) eligibility(ctx context.Context, in *eligInput) (*eligOutput, error) {
	if s.o.Eligibility == nil {
		return nil, huma.Error503ServiceUnavailable("eligibility inquiries are not served here")
	}
	mt, _, err := mime.ParseMediaType(in.ContentType)
	switch {
	case err == nil && mt == MediaX12:
		return s.eligibility270(ctx, in.RawBody)
	case err == nil && mt == MediaFHIR:
		return s.eligibilityFHIR(ctx, in.RawBody)
	}
	return nil, huma.Error415UnsupportedMediaType("Content-Type: want " + MediaX12 + " (an X12 270) or " + MediaFHIR + " (a FHIR R4 CoverageEligibilityRequest)")
}

func (s *Server) eligibility270(ctx context.Context, body []byte) (*eligOutput, error) {
	inqs, err := elig270.Decode(body)
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
	return &eligOutput{Status: http.StatusOK, ContentType: MediaX12, Body: out}, nil
}

// eligibilityFHIR answers a CoverageEligibilityRequest. A provider asks only as itself, as it
// bills only as itself: a request naming another NPI is refused whole, before any coverage is
// read, so that nobody learns another practice's patients' coverage.
func (s *Server) eligibilityFHIR(ctx context.Context, body []byte) (*eligOutput, error) {
	npi := callerNPI(ctx)
	req, err := fhir.DecodeEligibilityRequest(body)
	var fe *fhir.Error
	switch {
	case errors.As(err, &fe):
		oo, err := fhir.OperationOutcome(fe.Issues)
		if err != nil {
			return nil, fmt.Errorf("write the OperationOutcome of a CoverageEligibilityRequest: %w", err)
		}
		return &eligOutput{Status: http.StatusBadRequest, ContentType: MediaFHIR, Body: oo}, nil
	case err != nil:
		return nil, problemError(http.StatusBadRequest, "the CoverageEligibilityRequest is not readable", []Problem{{Where: "CoverageEligibilityRequest", Reason: err.Error()}})
	}
	if req.ProviderNPI != npi {
		s.log.Warn("eligibility request as another provider refused", "route", "POST /v1/eligibility", "npi", npi)
		return nil, huma.Error403Forbidden("CoverageEligibilityRequest.provider is another NPI than the authenticated provider's: ask only as yourself")
	}
	el, err := s.o.Eligibility.Store.Eligibility(ctx, s.o.Eligibility.Member(req.MemberID))
	if err != nil {
		// Not "unknown member": that would turn a covered patient away for a store outage.
		s.log.Error("answer an eligibility request", "npi", npi, "err", err)
		return nil, huma.Error503ServiceUnavailable("coverage cannot be read right now; retry later")
	}
	out, err := fhir.CoverageEligibilityResponse(&req, el, fhir.EligibilityOptions{Insurer: s.insurer()})
	if err != nil {
		return nil, fmt.Errorf("write the CoverageEligibilityResponse: %w", err)
	}
	return &eligOutput{Status: http.StatusOK, ContentType: MediaFHIR, Body: out}, nil
}
