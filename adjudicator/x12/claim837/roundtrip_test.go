package claim837

import (
	"reflect"
	"slices"
	"testing"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/sample"
)

// expressible says whether an 837P can say all of c as claims.v1 has it: professional, 1 to 12
// diagnoses (one HI), a place of service, lines numbered 1, 2, 3... each with a date, at most four
// modifiers, and a service period that is exactly the lines' dates (an 837P has no other).
func expressible(c adjudicator.Claim) bool {
	if c.ClaimType != adjudicator.Professional || len(c.Diagnoses) == 0 || len(c.Diagnoses) > 12 || c.PlaceOfService == "" || len(c.Lines) == 0 {
		return false
	}
	from, to := "", ""
	for i, l := range c.Lines {
		if l.Number != i+1 || l.ServiceDate == "" || len(l.Modifiers) > 4 {
			return false
		}
		if from == "" || l.ServiceDate < from {
			from = l.ServiceDate
		}
		to = max(to, l.ServiceDate)
	}
	return from == c.ServiceFrom && to == c.ServiceTo
}

// Bundled claims written as an 837P with x12.Build decode back to the same claims.
func TestRoundTripBundledClaims(t *testing.T) {
	all, err := sample.Claims()
	if err != nil {
		t.Fatal(err)
	}
	var claims []adjudicator.Claim
	for _, c := range all {
		if expressible(c) {
			claims = append(claims, c)
		}
	}
	if len(claims) < 100 {
		t.Fatalf("only %d bundled claims an 837P can express", len(claims))
	}
	// Modifiers, several lines and diagnoses, and a rendering provider all occur.
	if !slices.ContainsFunc(claims, func(c adjudicator.Claim) bool {
		return len(c.Lines) > 2 && len(c.Diagnoses) > 3 && c.RenderingNPI != "" && slices.ContainsFunc(c.Lines, func(l adjudicator.Line) bool { return len(l.Modifiers) > 1 })
	}) {
		t.Fatal("the claims chosen do not exercise modifiers, lines and diagnoses together")
	}
	data, err := write837P(claims)
	if err != nil {
		t.Fatal(err)
	}
	res := decodeOK(t, data)
	got := res.Accepted()
	if len(got) != len(claims) {
		for _, c := range res.Claims {
			if !c.Accepted() {
				t.Errorf("claim %s rejected: %v", c.ClaimID, c.Errors)
				break
			}
		}
		t.Fatalf("%d of %d claims accepted", len(got), len(claims))
	}
	for i := range claims {
		if !reflect.DeepEqual(got[i], claims[i]) {
			t.Fatalf("claim %d:\n got %+v\nwant %+v", i, got[i], claims[i])
		}
	}
	t.Logf("%d bundled claims round-trip", len(claims))
}
