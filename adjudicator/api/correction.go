package api

import (
	"context"
	"regexp"
	"strconv"
	"strings"

	"github.com/claimsledger/claims/adjudicator"
)

// controlNumber is this API's payer claim control number, as the 835's CLP07 gives it.
var controlNumber = regexp.MustCompile(`^([0-9]{1,9})/([0-9]{1,18})$`)

// resolveOriginal turns the claim a correction names into the provider's own claim id. A
// provider names it by what the payer told it: this API's claim id ("c_…", from POST
// /v1/claims) or payer claim control number (CLP07 of our 835s); anything else is taken as the
// provider's own claim id. A number naming another provider's claim is left alone: the engine
// then finds no original and denies the correction (CO-129), as it does for an unknown one.
func (s *Server) resolveOriginal(ctx context.Context, npi string, c *adjudicator.Claim) error {
	ref := c.OriginalID()
	id := ""
	switch m := controlNumber.FindStringSubmatch(ref); {
	case strings.HasPrefix(ref, "c_"):
		id = ref
	case m != nil:
		ix, ok := s.o.Statuses.(PositionIndex)
		if !ok {
			return nil
		}
		p, err1 := strconv.ParseInt(m[1], 10, 32)
		o, err2 := strconv.ParseInt(m[2], 10, 64)
		if err1 != nil || err2 != nil {
			return nil
		}
		found, ok, err := ix.AtPosition(ctx, int32(p), o)
		if err != nil || !ok {
			return err
		}
		id = found
	default:
		return nil
	}
	if s.o.Statuses == nil {
		return nil
	}
	d, ok, err := s.o.Statuses.Decided(ctx, id)
	if err != nil || !ok || d.NPI != npi {
		return err
	}
	c.OriginalClaimID = d.ClaimID
	if d.ClaimID == c.ClaimID {
		c.OriginalClaimID = ""
	}
	return nil
}
