package adjudicator

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"
)

// ClaimSchemaV1 is the version tag of the native claim JSON documented in
// README.md ("Native claim format"). Decoders reject other versions so a
// producer on a newer schema fails loudly instead of being half-read.
const ClaimSchemaV1 = "claims.v1"

// Claim types. Institutional claims (UB-04 / 837I) are priced by a plan rule,
// professional claims (CMS-1500 / 837P) by the fee schedule.
const (
	Professional  = "professional"
	Institutional = "institutional"
)

// Claim is one submitted claim in the native format. Dates are ISO
// "YYYY-MM-DD" strings so they compare correctly as strings in Rego.
type Claim struct {
	Schema         string   `json:"schema"`
	ClaimID        string   `json:"claim_id"`
	ClaimType      string   `json:"claim_type"`
	MemberID       string   `json:"member_id"`
	BillingNPI     string   `json:"billing_npi"`
	RenderingNPI   string   `json:"rendering_npi,omitempty"`
	PlaceOfService string   `json:"place_of_service,omitempty"`
	BillType       string   `json:"bill_type,omitempty"`
	ServiceFrom    string   `json:"service_from"`
	ServiceTo      string   `json:"service_to"`
	Diagnoses      []string `json:"diagnoses"`
	Lines          []Line   `json:"lines"`
}

// Line is one service line of a claim.
type Line struct {
	Number         int      `json:"line"`
	Code           string   `json:"code"`
	Modifiers      []string `json:"modifiers,omitempty"`
	Units          int      `json:"units"`
	ChargeCents    int64    `json:"charge_cents"`
	ServiceDate    string   `json:"service_date,omitempty"`
	PlaceOfService string   `json:"place_of_service,omitempty"`
	RevenueCode    string   `json:"revenue_code,omitempty"`
	// PriorAuth is the prior authorization number issued for this service,
	// when the plan requires one (CARC 197 when missing or unknown).
	PriorAuth string `json:"prior_auth,omitempty"`
}

// FieldError names what is wrong and where, as a JSON path into the claim.
type FieldError struct {
	Path string
	Msg  string
}

func (e *FieldError) Error() string { return e.Path + ": " + e.Msg }

// ValidationError collects every FieldError of one claim so a provider can
// fix them all in one round trip.
type ValidationError struct{ Fields []FieldError }

func (e *ValidationError) Error() string {
	parts := make([]string, len(e.Fields))
	for i, f := range e.Fields {
		parts[i] = f.Error()
	}
	return "invalid claim: " + strings.Join(parts, "; ")
}

// DecodeClaim parses and validates a native claim document. Unknown fields
// are rejected: a misspelt field would otherwise be silently ignored.
func DecodeClaim(data []byte) (Claim, error) {
	var c Claim
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&c); err != nil {
		return Claim{}, describeJSONError(data, err)
	}
	if dec.More() {
		return Claim{}, errors.New("decode claim: trailing data after the claim object")
	}
	if err := c.Validate(); err != nil {
		return Claim{}, err
	}
	return c, nil
}

func describeJSONError(data []byte, err error) error {
	var syn *json.SyntaxError
	if errors.As(err, &syn) {
		line := 1 + bytes.Count(data[:min(int(syn.Offset), len(data))], []byte("\n"))
		return fmt.Errorf("decode claim: line %d (byte %d): %w", line, syn.Offset, err)
	}
	var typ *json.UnmarshalTypeError
	if errors.As(err, &typ) {
		return &ValidationError{Fields: []FieldError{{
			Path: "$." + typ.Field,
			Msg:  fmt.Sprintf("want %s, got JSON %s", typ.Type, typ.Value),
		}}}
	}
	return fmt.Errorf("decode claim: %w", err)
}

var (
	npiPattern  = regexp.MustCompile(`^[0-9]{10}$`)
	codePattern = regexp.MustCompile(`^[A-Z0-9]{5}$`)
	modPattern  = regexp.MustCompile(`^[A-Z0-9]{2}$`)
	icdPattern  = regexp.MustCompile(`^[A-Z][0-9][0-9A-Z]{1,5}$`)
	posPattern  = regexp.MustCompile(`^[0-9]{2}$`)
	revPattern  = regexp.MustCompile(`^[0-9]{4}$`)
	authPattern = regexp.MustCompile(`^[A-Za-z0-9-]{1,30}$`)
)

// Validate checks the claim against the v1 schema and returns a
// *ValidationError listing every problem by JSON path.
func (c *Claim) Validate() error {
	var fs []FieldError
	bad := func(path, format string, args ...any) {
		fs = append(fs, FieldError{Path: path, Msg: fmt.Sprintf(format, args...)})
	}
	if c.Schema != ClaimSchemaV1 {
		bad("$.schema", "want %q, got %q", ClaimSchemaV1, c.Schema)
	}
	if strings.TrimSpace(c.ClaimID) == "" {
		bad("$.claim_id", "required")
	}
	if c.ClaimType != Professional && c.ClaimType != Institutional {
		bad("$.claim_type", "want %q or %q, got %q", Professional, Institutional, c.ClaimType)
	}
	if strings.TrimSpace(c.MemberID) == "" {
		bad("$.member_id", "required")
	}
	if !npiPattern.MatchString(c.BillingNPI) {
		bad("$.billing_npi", "want a 10-digit NPI, got %q", c.BillingNPI)
	}
	if c.RenderingNPI != "" && !npiPattern.MatchString(c.RenderingNPI) {
		bad("$.rendering_npi", "want a 10-digit NPI, got %q", c.RenderingNPI)
	}
	if c.PlaceOfService != "" && !posPattern.MatchString(c.PlaceOfService) {
		bad("$.place_of_service", "want a 2-digit CMS place of service code, got %q", c.PlaceOfService)
	}
	from, fromOK := parseDate(c.ServiceFrom)
	if !fromOK {
		bad("$.service_from", "want a date YYYY-MM-DD, got %q", c.ServiceFrom)
	}
	to, toOK := parseDate(c.ServiceTo)
	if !toOK {
		bad("$.service_to", "want a date YYYY-MM-DD, got %q", c.ServiceTo)
	}
	if fromOK && toOK && to.Before(from) {
		bad("$.service_to", "before service_from %s", c.ServiceFrom)
	}
	for i, d := range c.Diagnoses {
		if !icdPattern.MatchString(d) {
			bad(fmt.Sprintf("$.diagnoses[%d]", i), "want an ICD-10-CM code without the dot, got %q", d)
		}
	}
	if len(c.Lines) == 0 {
		bad("$.lines", "at least one line is required")
	}
	seen := make(map[int]bool, len(c.Lines))
	for i, l := range c.Lines {
		p := fmt.Sprintf("$.lines[%d]", i)
		if l.Number < 1 {
			bad(p+".line", "want a line number >= 1, got %d", l.Number)
		} else if seen[l.Number] {
			bad(p+".line", "duplicate line number %d", l.Number)
		}
		seen[l.Number] = true
		switch {
		case l.Code == "" && c.ClaimType == Institutional:
			// Institutional lines may be billed by revenue code alone; one
			// with neither is a billing error the rules deny (CARC 16), not
			// an unreadable message, so it still gets a decision.
		case !codePattern.MatchString(l.Code):
			bad(p+".code", "want a 5-character HCPCS/CPT code, got %q", l.Code)
		}
		if l.RevenueCode != "" && !revPattern.MatchString(l.RevenueCode) {
			bad(p+".revenue_code", "want a 4-digit revenue code, got %q", l.RevenueCode)
		}
		for j, m := range l.Modifiers {
			if !modPattern.MatchString(m) {
				bad(fmt.Sprintf("%s.modifiers[%d]", p, j), "want a 2-character modifier, got %q", m)
			}
		}
		if l.Units < 1 {
			bad(p+".units", "want units >= 1, got %d", l.Units)
		}
		if l.ChargeCents < 0 {
			bad(p+".charge_cents", "want a non-negative amount in cents, got %d", l.ChargeCents)
		}
		if l.ServiceDate != "" {
			d, ok := parseDate(l.ServiceDate)
			switch {
			case !ok:
				bad(p+".service_date", "want a date YYYY-MM-DD, got %q", l.ServiceDate)
			case fromOK && toOK && (d.Before(from) || d.After(to)):
				bad(p+".service_date", "%s is outside the claim's service dates %s..%s", l.ServiceDate, c.ServiceFrom, c.ServiceTo)
			}
		}
		if l.PriorAuth != "" && !authPattern.MatchString(l.PriorAuth) {
			bad(p+".prior_auth", "want 1-30 letters, digits or dashes, got %q", l.PriorAuth)
		}
		if l.PlaceOfService != "" && !posPattern.MatchString(l.PlaceOfService) {
			bad(p+".place_of_service", "want a 2-digit CMS place of service code, got %q", l.PlaceOfService)
		}
	}
	if len(fs) > 0 {
		return &ValidationError{Fields: fs}
	}
	return nil
}

// DateOfService is the line's own date, or the claim's first date.
func (c *Claim) DateOfService(l Line) string {
	if l.ServiceDate != "" {
		return l.ServiceDate
	}
	return c.ServiceFrom
}

// TotalChargeCents sums the line charges.
func (c *Claim) TotalChargeCents() int64 {
	var t int64
	for _, l := range c.Lines {
		t += l.ChargeCents
	}
	return t
}

func parseDate(s string) (time.Time, bool) {
	t, err := time.Parse(time.DateOnly, s)
	return t, err == nil
}
