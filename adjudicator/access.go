package adjudicator

import (
	"errors"
	"fmt"
	"time"
)

// Access is one look at a claim's details, by anyone: a provider over the API, a fraud analyst,
// an auditor's command. Every such look goes on the audit trail (the AccessLog contract), so
// Access carries only what may be public: the keyed hash of the claim id, who looked (an
// address, or a provider's keyed hash), a purpose code and a time. No health data.
type Access struct {
	// ClaimKey is the keyed hash of the claim id (privacy.Keyer.Claim): the claim key of the
	// claim's Merkle leaf.
	ClaimKey Hash
	// Viewer is who looked: an address left-padded to 32 bytes (ViewerAccount, see
	// AccountViewer) or a provider's keyed provider key (ViewerProvider, privacy.Keyer.Provider).
	Viewer     Hash
	ViewerKind ViewerKind
	Purpose    Purpose
	// At is when the details were served, to the second.
	At time.Time
}

// ViewerKind says what Access.Viewer is. The codes are AccessLog's VIEWER_* constants.
type ViewerKind uint8

// Viewer kinds.
const (
	// ViewerAccount is an analyst or operator, by the address of the key they act with.
	ViewerAccount ViewerKind = 1
	// ViewerProvider is a provider, by the keyed hash of its NPI.
	ViewerProvider ViewerKind = 2
)

func (k ViewerKind) String() string {
	switch k {
	case ViewerAccount:
		return "account"
	case ViewerProvider:
		return "provider"
	}
	return fmt.Sprintf("viewer-kind(%d)", uint8(k))
}

// Purpose is why details were looked at. The codes are AccessLog's PURPOSE_* constants; a new
// purpose needs the contract's bound raised too.
type Purpose uint8

// Purposes.
const (
	// PurposeProviderStatus is a provider reading a decided claim (GET /v1/claims/{id}, also
	// as a FHIR ClaimResponse, or the decision POST /v1/claims?wait= answers with).
	PurposeProviderStatus Purpose = 1
	// PurposeProviderProof is GET /v1/claims/{id}?proof=true: the record and its Merkle proof.
	PurposeProviderProof Purpose = 2
	// PurposeProviderRemittance is a claim on an 835 a provider fetched (GET /v1/remittance).
	PurposeProviderRemittance Purpose = 3
	// PurposeReview is a fraud analyst opening a claim (`claims review show`, the console).
	PurposeReview Purpose = 4
	// PurposeAudit is an audit or verification writing out a claim's record
	// (`claims verify --export`).
	PurposeAudit Purpose = 5
)

// Purposes lists every purpose, in code order.
var Purposes = []Purpose{PurposeProviderStatus, PurposeProviderProof, PurposeProviderRemittance, PurposeReview, PurposeAudit}

func (p Purpose) String() string {
	switch p {
	case PurposeProviderStatus:
		return "provider-status"
	case PurposeProviderProof:
		return "provider-proof"
	case PurposeProviderRemittance:
		return "provider-remittance"
	case PurposeReview:
		return "review"
	case PurposeAudit:
		return "audit"
	}
	return fmt.Sprintf("purpose(%d)", uint8(p))
}

// AccountViewer is the Viewer of an account: its address left-padded to 32 bytes, as an ABI
// word holds it.
func AccountViewer(a Address) Hash {
	var h Hash
	copy(h[12:], a[:])
	return h
}

// ViewerAddress is the address an account viewer holds; ok is false when v is not one (its
// first 12 bytes are not zero).
func ViewerAddress(v Hash) (a Address, ok bool) {
	if [12]byte(v[:12]) != ([12]byte{}) {
		return a, false
	}
	copy(a[:], v[12:])
	return a, true
}

// Validate checks a the way the AccessLog contract will, so that nothing it would refuse is
// ever queued. Errors name the field, never a value.
func (a Access) Validate() error {
	switch {
	case a.ClaimKey == (Hash{}):
		return errors.New("access: zero claim key")
	case a.Viewer == (Hash{}):
		return errors.New("access: zero viewer")
	case a.At.Unix() <= 0:
		return errors.New("access: no time")
	}
	switch a.ViewerKind {
	case ViewerAccount:
		if _, ok := ViewerAddress(a.Viewer); !ok {
			return errors.New("access: an account viewer that is not an address")
		}
	case ViewerProvider:
	default:
		return fmt.Errorf("access: unknown viewer kind %d", a.ViewerKind)
	}
	if a.Purpose < PurposeProviderStatus || a.Purpose > PurposeAudit {
		return fmt.Errorf("access: unknown purpose %d", a.Purpose)
	}
	return nil
}
