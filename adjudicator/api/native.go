package api

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/claimsledger/claims/adjudicator"
)

// MediaNative is the media type of claims.v1 submissions.
const MediaNative = "application/json"

// DecodeNative reads one claims.v1 object or an array of them. Paths are JSON paths from the
// body's root: $.lines[0].units for one claim, $[2].lines[0].units in an array.
func DecodeNative(_ context.Context, body []byte) ([]Item, error) {
	trimmed := bytes.TrimLeft(body, " \t\r\n")
	if len(trimmed) == 0 {
		return nil, &BodyError{Problems: []Problem{{Where: "$", Reason: "the body is empty: want a claims.v1 object or an array of them"}}}
	}
	// A body that is not JSON at all is no claim: it is refused whole, placed by line and column.
	var v any
	if err := json.Unmarshal(body, &v); err != nil {
		de := adjudicator.JSONSyntaxError(body, err)
		return nil, &BodyError{Problems: []Problem{{Where: fmt.Sprintf("line %d, column %d", de.Line, de.Column), Reason: de.Detail()}}}
	}
	if trimmed[0] != '[' {
		return []Item{nativeItem(body, "$")}, nil
	}
	var docs []json.RawMessage
	if err := json.Unmarshal(body, &docs); err != nil {
		return nil, &BodyError{Problems: []Problem{{Where: "$", Reason: "want a claims.v1 object or an array of them"}}}
	}
	if len(docs) == 0 {
		return nil, &BodyError{Problems: []Problem{{Where: "$", Reason: "the array is empty"}}}
	}
	items := make([]Item, len(docs))
	for i, d := range docs {
		items[i] = nativeItem(d, fmt.Sprintf("$[%d]", i))
	}
	return items, nil
}

// nativeItem decodes one claim document, its paths rooted at root.
func nativeItem(doc []byte, root string) Item {
	var it Item
	// The provider's id, for the answer, even when the claim is rejected.
	var id struct {
		ClaimID string `json:"claim_id"`
	}
	if json.Unmarshal(doc, &id) == nil {
		it.ProviderClaimID = id.ClaimID
	}
	c, err := adjudicator.DecodeClaim(doc)
	var de *adjudicator.DecodeError
	var ve *adjudicator.ValidationError
	switch {
	case err == nil:
		it.Claim = c
	case errors.As(err, &ve):
		for _, f := range ve.Fields {
			it.Problems = append(it.Problems, Problem{Where: reroot(f.Path, root), Reason: f.Msg})
		}
	case errors.As(err, &de):
		where := reroot(de.Path, root)
		if de.Path == "" {
			where = fmt.Sprintf("%s (line %d, column %d)", root, de.Line, de.Column)
		}
		it.Problems = []Problem{{Where: where, Reason: de.Msg}}
	default:
		it.Problems = []Problem{{Where: root, Reason: err.Error()}}
	}
	return it
}

// reroot moves a claim-relative JSON path ($.lines[0]) under root ($[2].lines[0]).
func reroot(path, root string) string {
	if path == "" {
		return root
	}
	return root + strings.TrimPrefix(path, "$")
}
