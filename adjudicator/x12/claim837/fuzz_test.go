package claim837

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/shareddata"
	"github.com/claimsledger/claims/adjudicator/x12"
)

// FuzzDecode837 feeds Decode arbitrary interchanges. Properties: it never panics; it either
// rejects the interchange with x12.Errors or reads it; every claim is either accepted, with a
// claim that validates as claims.v1, or rejected with errors, each inside the interchange and
// in its set's list; the sets' counts add up.
//
// Seeds: the shared 837P and 837I samples, the tests' base claims, and the bundled claims
// written as an 837P.
func FuzzDecode837(f *testing.F) {
	for _, dir := range []string{dir837P, dir837I} {
		files, _ := filepath.Glob(filepath.Join(shareddata.Path(f, dir), "*"))
		for _, p := range files {
			if b, err := os.ReadFile(p); err == nil {
				f.Add(b)
			}
		}
	}
	f.Add(build(f, "005010X222A1", base837P()))
	f.Add(build(f, "005010X223A2", base837I()))
	f.Fuzz(func(t *testing.T, data []byte) {
		res, err := Decode(data)
		if err != nil {
			var es x12.Errors
			if !errors.As(err, &es) || len(es) == 0 {
				t.Fatalf("error %v is not x12.Errors", err)
			}
			return
		}
		last := 0
		if n := len(res.Interchange.Groups); n > 0 {
			last = res.Interchange.IEA.Pos
		}
		inSet := map[*x12.Error]bool{}
		accepted, rejected := 0, 0
		for _, s := range res.Sets {
			accepted += s.Accepted
			rejected += s.Rejected
			for _, e := range s.Errors {
				inSet[e] = true
			}
		}
		if accepted+rejected != len(res.Claims) {
			t.Fatalf("sets count %d+%d claims, the result lists %d", accepted, rejected, len(res.Claims))
		}
		for _, c := range res.Claims {
			switch {
			case c.Claim != nil && len(c.Errors) > 0, c.Claim == nil && len(c.Errors) == 0:
				t.Fatalf("claim at %d: claim %v with %d errors", c.Pos, c.Claim != nil, len(c.Errors))
			case c.Claim != nil:
				if err := c.Claim.Validate(); err != nil {
					t.Fatalf("accepted claim does not validate: %v", err)
				}
				if c.Claim.Schema != adjudicator.ClaimSchemaV1 || c.Claim.ClaimID != c.ClaimID {
					t.Fatalf("accepted claim %+v", c.Claim)
				}
			}
			if c.Pos < 1 || c.End < c.Pos || c.End >= last {
				t.Fatalf("claim spans %d-%d in an interchange of %d segments", c.Pos, c.End, last)
			}
			for _, e := range c.Errors {
				if e.Pos < 1 || e.Pos > last || !inSet[e] && !sameAsOneOf(e, res.Sets) {
					t.Fatalf("claim error %v outside the interchange or missing from its set", e)
				}
			}
		}
	})
}

// sameAsOneOf reports whether an error equal to e (a duplicate dropped from the set's list) is
// in a set's errors.
func sameAsOneOf(e *x12.Error, sets []Set) bool {
	for _, s := range sets {
		for _, o := range s.Errors {
			if o.Pos == e.Pos && o.SegmentID == e.SegmentID && o.Element == e.Element && o.Component == e.Component &&
				o.SegmentCode == e.SegmentCode && o.ElementCode == e.ElementCode {
				return true
			}
		}
	}
	return false
}
