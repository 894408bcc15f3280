package api

import (
	"context"
	"errors"
	"strings"

	"github.com/claimsledger/claims/adjudicator/x12"
	"github.com/claimsledger/claims/adjudicator/x12/claim837"
)

// MediaX12 is the media type of X12 submissions: one 837P or 837I interchange.
const MediaX12 = "application/edi-x12"

// DecodeX12 reads an 837P or 837I interchange: an envelope error rejects it whole; otherwise
// each claim (CLM) is accepted or rejected on its own. Problems name the segment's position in
// the interchange, its id and element.
func DecodeX12(_ context.Context, body []byte) ([]Item, error) {
	res, err := claim837.Decode(body)
	var es x12.Errors
	switch {
	case errors.As(err, &es):
		return nil, &BodyError{Problems: x12Problems(es)}
	case err != nil:
		return nil, &BodyError{Problems: []Problem{{Where: "interchange", Reason: err.Error()}}}
	}
	items := make([]Item, len(res.Claims))
	for i, c := range res.Claims {
		it := Item{ProviderClaimID: c.ClaimID, Problems: x12Problems(c.Errors)}
		if c.Claim != nil && len(c.Errors) == 0 {
			it.Claim = *c.Claim
		}
		items[i] = it
	}
	return items, nil
}

// x12Problems turns X12 errors into problems: where is "segment 12 (SV104)" and the loop, why
// is the reason.
func x12Problems(es x12.Errors) []Problem {
	out := make([]Problem, 0, len(es))
	for _, e := range es {
		where, _, _ := strings.Cut(e.Error(), ": ")
		out = append(out, Problem{Where: where, Reason: e.Reason})
	}
	return out
}
