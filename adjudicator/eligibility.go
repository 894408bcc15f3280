package adjudicator

import "context"

// Hash is a 32-byte digest: keyed hashes of member ids and claims, Merkle
// roots, policy bundle hashes.
type Hash = [32]byte

// Address is a 20-byte payee account on the settlement chain.
type Address = [20]byte

// Span is one coverage period of a member under a plan, dates inclusive.
type Span struct {
	PlanID string `json:"plan_id"`
	Start  string `json:"start"`
	End    string `json:"end"`
}

// Eligibility is what the rules see of a member: every span on record, so
// the rules can tell "before coverage" from "in a gap" from "after it ended".
// No spans means the member is unknown.
type Eligibility struct {
	Spans []Span `json:"spans"`
}

// PlanOn is the plan of the span covering date (YYYY-MM-DD), or "" when none does.
func (e Eligibility) PlanOn(date string) string {
	for _, s := range e.Spans {
		if s.Start <= date && date <= s.End {
			return s.PlanID
		}
	}
	return ""
}

// EligibilityStore looks up a member's coverage by keyed member hash.
type EligibilityStore interface {
	Eligibility(ctx context.Context, member Hash) (Eligibility, error)
}
