// Package sample bundles the demo's input: the Tuva Project's synthetic
// Medicare claims and eligibility, trimmed to the columns the engine reads
// (see NOTICE). `claims demo` needs nothing outside the repository.
package sample

import (
	"bytes"
	_ "embed"
	"fmt"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/tuva"
)

//go:embed tuva_medical_claim.csv
var claimsCSV []byte

//go:embed tuva_eligibility.csv
var eligibilityCSV []byte

//go:embed NOTICE
var notice string

// Notice is the origin and licence of the bundled data.
func Notice() string { return notice }

// ClaimsCSV returns the bundled claims in the Tuva layout.
func ClaimsCSV() []byte { return bytes.Clone(claimsCSV) }

// EligibilityCSV returns the bundled eligibility in the Tuva layout.
func EligibilityCSV() []byte { return bytes.Clone(eligibilityCSV) }

// Claims returns the bundled claims, 1,138 of them.
func Claims() ([]adjudicator.Claim, error) {
	c, err := tuva.ReadClaims(bytes.NewReader(claimsCSV))
	if err != nil {
		return nil, fmt.Errorf("bundled sample: %w", err)
	}
	return c, nil
}

// Eligibility returns the bundled coverage spans by member id, 31 spans.
func Eligibility() (map[string][]adjudicator.Span, error) {
	e, err := tuva.ReadEligibility(bytes.NewReader(eligibilityCSV))
	if err != nil {
		return nil, fmt.Errorf("bundled sample: %w", err)
	}
	return e, nil
}
