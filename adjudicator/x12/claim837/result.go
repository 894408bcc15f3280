package claim837

import (
	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/x12"
)

// Result is what Decode read from one interchange: every 837 transaction set and every claim in
// it, each claim accepted or rejected on its own.
type Result struct {
	// Interchange is the envelope as parsed, for the 999 that acknowledges it.
	Interchange *x12.Interchange
	// Sets lists the transaction sets in the order received.
	Sets []Set
	// Claims lists every claim (CLM) of every set, in the order received.
	Claims []ClaimResult
}

// Set is one transaction set as received.
type Set struct {
	// Group is the index of the set's functional group in Interchange.Groups.
	Group int
	// Code, Control and Version are ST01, ST02 and ST03 (GS08 when ST03 is missing).
	Code, Control, Version string
	// Start and End are the positions of its ST and SE in the interchange: a 999 counts
	// segment positions from the ST (IK302), and x12.Error.Pos counts from the ISA.
	Start, End int
	// Errors is every distinct problem found in the set, by position: the set's own (its
	// header, hierarchy and envelope), its provider and subscriber loops', and its claims'.
	// An error outside Start..End is about the set's functional group (GS).
	Errors x12.Errors
	// Accepted and Rejected count the set's claims.
	Accepted, Rejected int
}

// Location says where a claim was received.
type Location struct {
	// Group is the index of its functional group in the interchange.
	Group int
	// Set is its transaction set's control number (ST02).
	Set string
	// Pos is its CLM segment's position in the interchange (the ISA is 1).
	Pos int
}

// ClaimResult is one claim (a CLM and its loops): either the claims.v1 claim it maps to, or the
// errors that reject it.
type ClaimResult struct {
	Location
	// End is the position of the claim's last segment: the claim is segments Pos to End.
	End int
	// ClaimID is CLM01, the provider's patient control number; with BillingNPI it identifies
	// a submission for idempotency, and a replacement or void refers to the claim it corrects
	// through OriginalClaim.
	ClaimID    string
	BillingNPI string
	// Frequency is CLM05-3: 1 original, 7 replacement, 8 void (837I also uses the other NUBC
	// type-of-bill frequency codes).
	Frequency string
	// OriginalClaim is REF*F8 of loop 2300, the payer's claim control number of the claim a
	// replacement or void corrects.
	OriginalClaim string
	// ChargeCents is CLM02, the total charge the provider claims.
	ChargeCents int64
	// Relationship is PAT01, the patient's relationship to the subscriber, when the patient is
	// a dependent (loop 2000C); empty when the patient is the subscriber. The member id is the
	// subscriber's in both cases (see the package documentation).
	Relationship string
	// Claim is the claim, validated as claims.v1; nil when the claim is rejected.
	Claim *adjudicator.Claim
	// Errors rejects the claim: its own problems and those of the loops and set it is in
	// (a billing provider's bad NPI rejects every claim under it).
	Errors x12.Errors

	// read is the claim as mapped, whether or not it was accepted: tests compare it with the
	// values read from the file by hand.
	read adjudicator.Claim
}

// Accepted reports whether the claim maps to a valid claims.v1 claim.
func (c *ClaimResult) Accepted() bool { return c.Claim != nil }

// Accepted returns the accepted claims, in the order received.
func (r *Result) Accepted() []adjudicator.Claim {
	var out []adjudicator.Claim
	for i := range r.Claims {
		if c := r.Claims[i].Claim; c != nil {
			out = append(out, *c)
		}
	}
	return out
}
