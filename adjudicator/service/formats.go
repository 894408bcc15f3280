package service

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/claimsledger/claims/adjudicator/fhir"
	"github.com/claimsledger/claims/adjudicator/x12"
	"github.com/claimsledger/claims/adjudicator/x12/claim837"
)

// More input formats `claims submit` reads, as the provider API does.
const (
	FormatFHIR = "fhir" // a FHIR R4 Claim or a Bundle of Claims (JSON)
	FormatX12  = "x12"  // an X12 837P or 837I interchange
)

// DetectFormat names the format of a file's content: an X12 interchange starts with ISA, a
// FHIR document has a resourceType, a Tuva CSV starts with its header; anything else is read as
// native claims.v1 JSON.
func DetectFormat(data []byte) string {
	t := bytes.TrimLeft(data, " \t\r\n\ufeff")
	switch {
	case bytes.HasPrefix(t, []byte("ISA")):
		return FormatX12
	case bytes.HasPrefix(t, []byte("claim_id,")):
		return FormatTuvaCSV
	case (bytes.HasPrefix(t, []byte("{")) || bytes.HasPrefix(t, []byte("["))) && bytes.Contains(t[:min(len(t), 4096)], []byte(`"resourceType"`)):
		return FormatFHIR
	}
	return FormatNative
}

// readFHIR reads a FHIR Claim or Bundle: every rejected Claim is listed with its FHIR path,
// and nothing is returned unless every Claim is accepted.
func readFHIR(path string, data []byte) ([]Input, error) {
	res, err := fhir.Decode(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	errs := &listError{what: path + " "}
	out := make([]Input, 0, len(res))
	for _, r := range res {
		if len(r.Issues) > 0 {
			for _, is := range r.Issues {
				errs.add("%s %s: %s", path, is.Path, is.Msg)
			}
			continue
		}
		out = append(out, Input{Claim: r.Claim, Where: path + " " + r.Path})
	}
	if err := errs.err(); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: %w", path, ErrNoClaims)
	}
	return out, nil
}

// readX12 reads an 837P or 837I interchange: every rejected claim is listed by segment
// position and element, and nothing is returned unless every claim is accepted.
func readX12(path string, data []byte) ([]Input, error) {
	res, err := claim837.Decode(data)
	var es x12.Errors
	if errors.As(err, &es) {
		return nil, fmt.Errorf("%s: %w", path, es)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	errs := &listError{what: path + " "}
	out := make([]Input, 0, len(res.Claims))
	for _, c := range res.Claims {
		if len(c.Errors) > 0 || c.Claim == nil {
			for _, e := range c.Errors {
				errs.add("%s %v", path, e)
			}
			continue
		}
		out = append(out, Input{Claim: *c.Claim, Where: fmt.Sprintf("%s segment %d (CLM)", path, c.Pos)})
	}
	if err := errs.err(); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: %w", path, ErrNoClaims)
	}
	return out, nil
}
