package api

import (
	"context"

	"github.com/claimsledger/claims/adjudicator"
)

// Problem is one reason a claim, or a whole submission, was rejected: where (a JSON path, a
// FHIR element path, or an X12 segment and element) and why. It never quotes a value.
type Problem struct {
	Where  string `json:"where" doc:"where in the submission: a JSON path ($[1].lines[0].units), a FHIR path, or an X12 segment position, id and element"`
	Reason string `json:"reason" doc:"the rule broken"`
	// Code is the FHIR issue type (invalid, required, value) of a FHIR submission's problem.
	Code string `json:"code,omitempty" doc:"for FHIR submissions, the OperationOutcome issue type"`
}

// Item is one claim of a submission, as a Decoder read it.
type Item struct {
	// Claim is the claim in claims.v1; meaningful only when Problems is empty.
	Claim adjudicator.Claim
	// ProviderClaimID is the provider's own id for the claim (claim_id, Claim.identifier, CLM01)
	// when the decoder could read it, even for a rejected claim.
	ProviderClaimID string
	// Problems is why the claim is rejected; empty when it is accepted.
	Problems []Problem
}

// Decoder reads one submission body of its media type into its claims, each accepted or
// rejected on its own. An error rejects the whole body (it is not well-formed, or an X12
// envelope is broken): a *BodyError says where.
type Decoder func(ctx context.Context, body []byte) ([]Item, error)

// BodyError rejects a whole submission.
type BodyError struct {
	Problems []Problem
}

func (e *BodyError) Error() string {
	if len(e.Problems) == 0 {
		return "the submission is not readable"
	}
	return e.Problems[0].Where + ": " + e.Problems[0].Reason
}
