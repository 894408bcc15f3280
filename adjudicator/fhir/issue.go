package fhir

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/claimsledger/claims/adjudicator"
)

// IssueCode is an OperationOutcome issue type
// (http://hl7.org/fhir/issue-type) for a rejection.
type IssueCode string

// The issue types a rejection uses.
const (
	// CodeInvalid: the content is not JSON, not FHIR R4 JSON, or breaks
	// the R4 schema (an unknown element, a wrong JSON type, a value that is
	// not of its FHIR type's form).
	CodeInvalid IssueCode = "invalid"
	// CodeRequired: an element the engine needs, or R4 requires, is absent.
	CodeRequired IssueCode = "required"
	// CodeValue: an element is present and well-formed but its value
	// cannot be adjudicated (a code system, a claim type, an amount that
	// does not add up, a claims.v1 rule).
	CodeValue IssueCode = "value"
	// CodeInformational is no error: a note, such as "received, not decided yet".
	CodeInformational IssueCode = "informational"
	// CodeTransient: the request may succeed if retried later (a store the answer depends on
	// is unavailable).
	CodeTransient IssueCode = "transient"
)

// Issue is one reason a Claim, or a whole document, was rejected. Path is
// a FHIRPath-style location with 0-based indexes, rooted at the resource
// as sent: "Claim.item[1].quantity.value", or
// "Bundle.entry[2].resource.item[0].productOrService"; it is empty when the
// problem has no element (the document is not JSON). Msg states the rule
// broken and never quotes a value that may be health data (identifiers,
// codes, names, dates, free text): at most it says how long a value is and
// what kinds of characters it has, or quotes a count, an amount's form or
// a constant of the FHIR specification (a resource type, a code system).
type Issue struct {
	Path string
	Code IssueCode
	Msg  string
}

func (i Issue) String() string {
	if i.Path == "" {
		return i.Msg
	}
	return i.Path + ": " + i.Msg
}

// Error is why a Claim, or a whole document, was rejected: every problem
// found, so a sender can fix them in one round trip.
type Error struct{ Issues []Issue }

func (e *Error) Error() string {
	parts := make([]string, len(e.Issues))
	for i, is := range e.Issues {
		parts[i] = is.String()
	}
	return "fhir: rejected: " + strings.Join(parts, "; ")
}

// issues collects the problems of one resource.
type issues []Issue

func (is *issues) add(path string, code IssueCode, format string, args ...any) {
	*is = append(*is, Issue{Path: path, Code: code, Msg: fmt.Sprintf(format, args...)})
}

func (is *issues) required(path, format string, args ...any) {
	is.add(path, CodeRequired, format, args...)
}

func (is *issues) value(path, format string, args ...any) {
	is.add(path, CodeValue, format, args...)
}

func (is *issues) invalid(path, format string, args ...any) {
	is.add(path, CodeInvalid, format, args...)
}

var (
	elementName  = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]{0,63}$`)
	resourceName = regexp.MustCompile(`^[A-Z][A-Za-z]{1,63}$`)
	systemURI    = regexp.MustCompile(`^(https?://|urn:)[!-~]{1,200}$`)
)

// step renders an object key as a path step. A key that is not an element
// name is not quoted: it might be data.
func step(key string) string {
	if elementName.MatchString(key) {
		return "." + key
	}
	return "[?]"
}

func index(path string, i int) string { return path + "[" + strconv.Itoa(i) + "]" }

// nameKey says which element a key is: quoted when it looks like an
// element name, else only described.
func nameKey(key string) string {
	if elementName.MatchString(key) {
		return strconv.Quote(key)
	}
	return "of " + adjudicator.Describe(key)
}

// nameResourceType quotes a resourceType that looks like one (a type
// name is not data), else describes it.
func nameResourceType(s string) string {
	if resourceName.MatchString(s) {
		return strconv.Quote(s)
	}
	return adjudicator.Describe(s)
}

// nameSystem quotes a code system URI (an identifier of a terminology, not
// of a patient), else describes it.
func nameSystem(s string) string {
	if systemURI.MatchString(s) {
		return s
	}
	return "a system of " + adjudicator.Describe(s)
}
