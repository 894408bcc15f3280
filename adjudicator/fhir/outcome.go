package fhir

import (
	"encoding/json"
	"errors"
	"fmt"

	r4 "github.com/samply/golang-fhir-models/fhir-models/fhir"
)

var issueTypes = map[IssueCode]r4.IssueType{
	CodeInvalid:   r4.IssueTypeInvalid,
	CodeRequired:  r4.IssueTypeRequired,
	CodeValue:     r4.IssueTypeValue,
	CodeTransient: r4.IssueTypeTransient,
	// Informational issues carry severity information, not error.
	CodeInformational: r4.IssueTypeInformational,
}

// OperationOutcome writes the FHIR R4 OperationOutcome (JSON) for a
// rejection: one issue per Issue, with severity error, its code, its
// message as diagnostics and its path as the expression (FHIRPath). Pass
// an *Error's Issues, or a Result's.
func OperationOutcome(issues []Issue) ([]byte, error) {
	if len(issues) == 0 {
		return nil, errors.New("fhir: operation outcome: no issues: an OperationOutcome needs at least one")
	}
	oo := r4.OperationOutcome{}
	for _, is := range issues {
		code, ok := issueTypes[is.Code]
		if !ok {
			return nil, fmt.Errorf("fhir: operation outcome: unknown issue code %q", is.Code)
		}
		sev := r4.IssueSeverityError
		if is.Code == CodeInformational {
			sev = r4.IssueSeverityInformation
		}
		out := r4.OperationOutcomeIssue{Severity: sev, Code: code, Diagnostics: ptr(is.Msg)}
		if is.Path != "" {
			out.Expression = []string{is.Path}
		}
		oo.Issue = append(oo.Issue, out)
	}
	b, err := json.Marshal(oo)
	if err != nil {
		return nil, fmt.Errorf("fhir: encode operation outcome: %w", err)
	}
	return b, nil
}
