package fhir

import (
	"bytes"
	_ "embed"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/santhosh-tekuri/jsonschema/v6/kind"

	"github.com/claimsledger/claims/adjudicator"
)

// r4Schema is the part of the HL7 FHIR R4 JSON schema this package needs;
// internal/schemagen derives it from HL7's fhir.schema.json and says what
// it changes and why.
//
//go:embed schema/r4-claim.schema.json
var r4Schema []byte

const schemaURL = "urn:claimsledger:fhir:r4-claim-subset"

// The definitions validated against: the documents read, the resources a
// Claim or a CoverageEligibilityRequest may contain that are resolved, and
// the resources written.
var schemaRoots = []string{"Claim", "Bundle", "Practitioner", "PractitionerRole", "Organization", "Patient", "ClaimResponse", "OperationOutcome",
	"CoverageEligibilityRequest", "CoverageEligibilityResponse"}

// schemas compiles the embedded schema once, on first use: compiling costs
// tens of milliseconds a program that never reads FHIR need not pay.
var schemas = sync.OnceValues(func() (map[string]*jsonschema.Schema, error) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(r4Schema))
	if err != nil {
		return nil, fmt.Errorf("fhir: read embedded R4 schema: %w", err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource(schemaURL, doc); err != nil {
		return nil, fmt.Errorf("fhir: load embedded R4 schema: %w", err)
	}
	out := map[string]*jsonschema.Schema{}
	for _, name := range schemaRoots {
		s, err := c.Compile(schemaURL + "#/definitions/" + name)
		if err != nil {
			return nil, fmt.Errorf("fhir: compile R4 schema of %s: %w", name, err)
		}
		out[name] = s
	}
	return out, nil
})

// validateSchema checks v against the R4 definition of resource type def
// and returns every problem, placed under path (the resource's own FHIR
// path), in path order.
func validateSchema(v any, def, path string) ([]Issue, error) {
	all, err := schemas()
	if err != nil {
		return nil, err
	}
	s, ok := all[def]
	if !ok {
		return nil, fmt.Errorf("fhir: no R4 schema for %s", def)
	}
	err = s.Validate(v)
	if err == nil {
		return nil, nil
	}
	ve, ok := err.(*jsonschema.ValidationError)
	if !ok {
		return nil, fmt.Errorf("fhir: validate %s: %w", def, err)
	}
	var out issues
	leaves(ve, func(e *jsonschema.ValidationError) { schemaIssues(&out, e, path) })
	slices.SortStableFunc(out, func(a, b Issue) int { return strings.Compare(a.Path, b.Path) })
	return slices.CompactFunc(out, func(a, b Issue) bool { return a == b }), nil
}

func leaves(e *jsonschema.ValidationError, visit func(*jsonschema.ValidationError)) {
	if len(e.Causes) == 0 {
		visit(e)
		return
	}
	for _, c := range e.Causes {
		leaves(c, visit)
	}
}

// fhirPath turns a JSON pointer's tokens into a FHIR path under root:
// FHIR element names are never numbers, so a number is an array index.
func fhirPath(root string, tokens []string) string {
	var b strings.Builder
	b.WriteString(root)
	for _, t := range tokens {
		if _, err := strconv.Atoi(t); err == nil {
			b.WriteString("[" + t + "]")
			continue
		}
		b.WriteString(step(t))
	}
	return b.String()
}

// primitiveForms describes FHIR primitive types in the words of a
// rejection.
var primitiveForms = map[string]string{
	"date":         "a FHIR date (YYYY, YYYY-MM or YYYY-MM-DD)",
	"dateTime":     "a FHIR dateTime (a date, or YYYY-MM-DDThh:mm:ss with a time zone)",
	"instant":      "a FHIR instant (YYYY-MM-DDThh:mm:ss with a time zone)",
	"time":         "a FHIR time (hh:mm:ss)",
	"code":         "a FHIR code (no leading, trailing or repeated whitespace)",
	"id":           "a FHIR id (1 to 64 letters, digits, '-' or '.')",
	"string":       "a non-empty string",
	"markdown":     "a non-empty string",
	"uri":          "a FHIR uri (no whitespace)",
	"url":          "a FHIR url (no whitespace)",
	"canonical":    "a FHIR canonical (no whitespace)",
	"oid":          "a FHIR oid (urn:oid:...)",
	"uuid":         "a FHIR uuid (urn:uuid:...)",
	"decimal":      "a FHIR decimal",
	"base64Binary": "base64 data",
}

func jsonKind(t string) string {
	switch t {
	case "object":
		return "an object"
	case "array":
		return "an array"
	case "string":
		return "a string"
	case "number":
		return "a number"
	case "integer":
		return "a whole number"
	case "boolean":
		return "true or false"
	case "null":
		return "null"
	}
	return t
}

// definitionOf is the schema definition an error's keyword belongs to:
// "...#/definitions/dateTime/pattern" -> "dateTime".
func definitionOf(schemaURL string) string {
	_, frag, _ := strings.Cut(schemaURL, "#/definitions/")
	name, _, _ := strings.Cut(frag, "/")
	return name
}

func schemaIssues(out *issues, e *jsonschema.ValidationError, root string) {
	path := fhirPath(root, e.InstanceLocation)
	switch k := e.ErrorKind.(type) {
	case *kind.Type:
		want := make([]string, len(k.Want))
		for i, w := range k.Want {
			want[i] = jsonKind(w)
		}
		out.invalid(path, "want %s, got %s", strings.Join(want, " or "), jsonKind(k.Got))
	case *kind.Required:
		for _, m := range k.Missing {
			out.required(path+step(m), "required by FHIR R4")
		}
	case *kind.AdditionalProperties:
		for _, p := range k.Properties {
			out.invalid(path+step(p), "unknown element %s: FHIR R4 has no such element here", nameKey(p))
		}
	case *kind.Pattern:
		def := definitionOf(e.SchemaURL)
		form, ok := primitiveForms[def]
		if !ok {
			form = "a FHIR " + def
		}
		got := adjudicator.Describe(k.Got)
		if def == "date" || def == "dateTime" || def == "instant" {
			got = adjudicator.DescribeDate(k.Got)
		}
		out.invalid(path, "want %s, got %s", form, got)
	case *kind.Const:
		if s, ok := k.Want.(string); ok && resourceName.MatchString(s) {
			out.invalid(path, "want %q", s)
			return
		}
		out.invalid(path, "is not the value FHIR R4 fixes here")
	case *kind.Enum:
		want := make([]string, 0, len(k.Want))
		for _, w := range k.Want {
			want = append(want, fmt.Sprint(w))
		}
		out.invalid(path, "want one of %s", strings.Join(want, ", "))
	case *kind.MinProperties:
		out.invalid(path, "an empty object: FHIR JSON leaves an element out rather than send it empty")
	case *kind.MinItems:
		out.invalid(path, "an empty array: FHIR JSON leaves an element out rather than send it empty")
	case *kind.Minimum:
		out.invalid(path, "want a number >= %s", k.Want.RatString())
	case *kind.Maximum:
		out.invalid(path, "want a number <= %s", k.Want.RatString())
	default:
		out.invalid(path, "does not match the FHIR R4 schema (%s)", strings.Join(e.ErrorKind.KeywordPath(), "/"))
	}
}
