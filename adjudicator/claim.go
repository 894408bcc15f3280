package adjudicator

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
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
	// Frequency is the claim frequency code (X12 CLM05-3): empty or "1" for an original claim,
	// "7" for a replacement of an earlier claim, "8" for a void of one.
	Frequency string `json:"frequency,omitempty"`
	// OriginalClaimID is the claim_id of the claim a replacement or void corrects, when it is
	// not the correction's own claim_id.
	OriginalClaimID string `json:"original_claim_id,omitempty"`
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
// Msg states the rule broken and never quotes the value, which may be
// health data (these errors end up in logs and dead-letter reasons, also
// for sealed payloads): it says at most how long the value is, what kinds
// of characters it has, or a count such as units or a line number.
type FieldError struct {
	Path string
	Msg  string
}

func (e *FieldError) Error() string { return e.Path + ": " + e.Msg }

// RowError is one problem in a CSV file, named by where it is, as FieldError names a JSON
// problem by its path. Msg states the rule broken and quotes no value that may be health data.
type RowError struct {
	// Row is the line of the file the record starts on: the header is row 1 when it is the
	// first line.
	Row int
	// Column is the header name of the bad field; empty when the problem is the whole row (a
	// malformed record, missing header columns).
	Column string
	Msg    string
}

func (e RowError) String() string {
	if e.Column == "" {
		return fmt.Sprintf("row %d: %s", e.Row, e.Msg)
	}
	return fmt.Sprintf("row %d, column %s: %s", e.Row, e.Column, e.Msg)
}

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

// DecodeError is a claim document that is not well-formed JSON, holds a
// value of the wrong JSON type, has a field the schema does not know, or
// has data after the claim. It says where by line and column and, when it
// can, by JSON path. Like FieldError it never quotes a value.
type DecodeError struct {
	// Offset is the byte offset of the problem in the document; Line and
	// Column (both from 1; the column counts characters) are the same place.
	Offset       int
	Line, Column int
	// Path is the JSON path of the offending value, or of the object with
	// the unknown field; empty for syntax errors.
	Path string
	Msg  string
}

func (e *DecodeError) Error() string {
	return fmt.Sprintf("decode claim: line %d, column %d: %s", e.Line, e.Column, e.Detail())
}

// Detail is the error without its position: the path and the rule broken.
func (e *DecodeError) Detail() string {
	if e.Path == "" {
		return e.Msg
	}
	return e.Path + ": " + e.Msg
}

// In relocates e, found in a document that starts at byte start of file,
// to file's lines and columns: for files holding several claims (a JSON
// array, newline-delimited JSON).
func (e *DecodeError) In(file []byte, start int) *DecodeError {
	out := *e
	out.Offset = start + e.Offset
	out.Line, out.Column = LineColumn(file, out.Offset)
	return &out
}

// LineColumn returns the line and column, both from 1, of byte offset off
// in data. The column counts characters (UTF-8 sequences), not bytes.
func LineColumn(data []byte, off int) (line, column int) {
	before := data[:max(0, min(off, len(data)))]
	lineStart := bytes.LastIndexByte(before, '\n') + 1
	return 1 + bytes.Count(before, []byte{'\n'}), 1 + utf8.RuneCount(before[lineStart:])
}

// DecodeClaim parses and validates a native claim document. Unknown fields
// are rejected: a misspelt field would otherwise be silently ignored.
// Errors are a *DecodeError (the document is not a claims.v1 object) or a
// *ValidationError (it is, but breaks the schema's rules).
func DecodeClaim(data []byte) (Claim, error) {
	var c Claim
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&c); err != nil {
		return Claim{}, decodeError(data, err)
	}
	if i := skipJSONSpace(data, int(dec.InputOffset())); i < len(data) {
		return Claim{}, newDecodeError(data, i, "", "trailing data after the claim object")
	}
	if err := c.Validate(); err != nil {
		return Claim{}, err
	}
	return c, nil
}

func newDecodeError(data []byte, off int, path, msg string) *DecodeError {
	off = max(0, min(off, len(data)))
	line, col := LineColumn(data, off)
	return &DecodeError{Offset: off, Line: line, Column: col, Path: path, Msg: msg}
}

// decodeError turns an encoding/json error into a *DecodeError. The json
// package's own messages are not used where they could quote the input
// (a number's digits); a syntax error names one character at most.
func decodeError(data []byte, err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.Is(err, io.EOF):
		return newDecodeError(data, len(data), "", "empty document: want a claim object")
	case errors.Is(err, io.ErrUnexpectedEOF), errors.As(err, &syn):
		return JSONSyntaxError(data, err)
	case errors.As(err, &typ):
		path, at := valueAt(data, int(typ.Offset))
		return newDecodeError(data, at, path, fmt.Sprintf("want %s, got %s", goTypeName(typ.Type), jsonKindName(typ.Value, typ.Type)))
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		if e, ok := unknownField(data); ok {
			return e
		}
		return newDecodeError(data, 0, "$", "unknown field")
	}
	return newDecodeError(data, 0, "", "not a claim document")
}

// JSONSyntaxError places a syntax error that encoding/json met reading
// data (a *json.SyntaxError or io.ErrUnexpectedEOF) at its line and column
// in data. The message names the offending character only when it is
// punctuation: a letter or a digit could be the start of a value.
func JSONSyntaxError(data []byte, err error) *DecodeError {
	var syn *json.SyntaxError
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF), errors.As(err, &syn) && syn.Error() == "unexpected end of JSON input":
		return newDecodeError(data, len(data), "", "unexpected end of input: an object, array or string is not closed")
	case syn == nil:
		return newDecodeError(data, 0, "", "invalid JSON")
	}
	// Offset counts the bytes read, the offending one included.
	off := int(syn.Offset) - 1
	msg := syn.Error()
	if rest, ok := strings.CutPrefix(msg, "invalid character '"); ok && off >= 0 && off < len(data) {
		b := data[off]
		kind := ""
		switch {
		case b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z':
			kind = "a letter"
		case b >= '0' && b <= '9':
			kind = "a digit"
		case b >= utf8.RuneSelf:
			kind = "a non-ASCII character"
		}
		if i := strings.Index(rest, "' "); kind != "" && i >= 0 {
			msg = "invalid character (" + kind + ")" + rest[i+1:]
		}
	}
	return newDecodeError(data, off, "", "invalid JSON: "+msg)
}

func goTypeName(t reflect.Type) string {
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return "a whole number"
	case reflect.Struct, reflect.Map:
		return "an object"
	case reflect.Slice, reflect.Array:
		return "an array of " + strings.TrimPrefix(strings.TrimPrefix(goTypeName(t.Elem()), "a "), "an ") + "s"
	}
	return t.Kind().String()
}

// jsonKindName names what UnmarshalTypeError.Value found, without the
// number's digits it may carry ("number 120.5").
func jsonKindName(v string, want reflect.Type) string {
	kind, _, _ := strings.Cut(v, " ")
	switch kind {
	case "number":
		if k := want.Kind(); k >= reflect.Int && k <= reflect.Int64 {
			return "a number with a fraction or an exponent, or out of range"
		}
		return "a number"
	case "string":
		return "a string"
	case "bool":
		return "true or false"
	case "array":
		return "an array"
	case "object":
		return "an object"
	}
	return "another JSON value"
}

// jsonEvent is one step of walkJSON: an object key or a value.
type jsonEvent struct {
	Path   string // of the value; for a key, of the value it names
	Parent string // path of the enclosing object or array
	Start  int    // byte offset of the key or value
	Key    string // the key, when IsKey
	IsKey  bool
}

// walkJSON calls visit for every object key and every value of one
// well-formed JSON document, in order, until visit returns false.
func walkJSON(data []byte, visit func(jsonEvent) bool) {
	type frame struct {
		path    string
		array   bool
		index   int
		key     string
		wantKey bool
	}
	var stack []frame
	next := func() { // a value ended: move its container on
		if n := len(stack); n > 0 {
			if stack[n-1].array {
				stack[n-1].index++
			} else {
				stack[n-1].wantKey = true
			}
		}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	for {
		start := skipJSONSeparators(data, int(dec.InputOffset()))
		tok, err := dec.Token()
		if err != nil {
			return
		}
		if d, ok := tok.(json.Delim); ok && (d == '}' || d == ']') {
			if stack = stack[:len(stack)-1]; len(stack) == 0 {
				return
			}
			next()
			continue
		}
		ev := jsonEvent{Path: "$", Start: start}
		if n := len(stack); n > 0 {
			top := &stack[n-1]
			ev.Parent = top.path
			switch {
			case top.array:
				ev.Path = fmt.Sprintf("%s[%d]", top.path, top.index)
			case top.wantKey:
				top.key, _ = tok.(string)
				top.wantKey = false
				ev.Path, ev.Key, ev.IsKey = top.path+keyPath(top.key), top.key, true
				if !visit(ev) {
					return
				}
				continue
			default:
				ev.Path = top.path + keyPath(top.key)
			}
		}
		if !visit(ev) {
			return
		}
		if d, ok := tok.(json.Delim); ok {
			stack = append(stack, frame{path: ev.Path, array: d == '[', wantKey: d == '{'})
			continue
		}
		if len(stack) == 0 {
			return
		}
		next()
	}
}

var identifier = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]{0,63}$`)

// keyPath renders an object key as a path step. A key that is not an
// identifier is not quoted: it might be data.
func keyPath(k string) string {
	if identifier.MatchString(k) {
		return "." + k
	}
	return "[?]"
}

// valueAt returns the path and start of the value an UnmarshalTypeError
// points at: the last value starting before off (the json package puts off
// after a scalar, or after the first byte of an object or array).
func valueAt(data []byte, off int) (string, int) {
	path, at := "$", 0
	walkJSON(data, func(ev jsonEvent) bool {
		if ev.Start >= off {
			return false
		}
		if !ev.IsKey {
			path, at = ev.Path, ev.Start
		}
		return true
	})
	return path, at
}

var (
	claimFields   = jsonFields(reflect.TypeFor[Claim]())
	lineFields    = jsonFields(reflect.TypeFor[Line]())
	lineItemsPath = regexp.MustCompile(`(?i)^\$\.lines\[[0-9]+\]$`)
)

func jsonFields(t reflect.Type) []string {
	var out []string
	for f := range t.Fields() {
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		out = append(out, name)
	}
	return out
}

// unknownField finds the first key the schema does not know, matching keys
// case-insensitively as encoding/json does.
func unknownField(data []byte) (*DecodeError, bool) {
	var found *DecodeError
	walkJSON(data, func(ev jsonEvent) bool {
		if !ev.IsKey {
			return true
		}
		var known []string
		switch {
		case ev.Parent == "$":
			known = claimFields
		case lineItemsPath.MatchString(ev.Parent):
			known = lineFields
		default:
			return true
		}
		if slices.ContainsFunc(known, func(f string) bool { return strings.EqualFold(f, ev.Key) }) {
			return true
		}
		msg := "unknown field of " + Describe(ev.Key)
		if identifier.MatchString(ev.Key) {
			msg = fmt.Sprintf("unknown field %q", ev.Key)
		}
		found = newDecodeError(data, ev.Start, ev.Parent, msg)
		return false
	})
	return found, found != nil
}

func skipJSONSpace(data []byte, i int) int {
	for i < len(data) && (data[i] == ' ' || data[i] == '\t' || data[i] == '\n' || data[i] == '\r') {
		i++
	}
	return i
}

func skipJSONSeparators(data []byte, i int) int {
	for i < len(data) && strings.IndexByte(" \t\r\n,:", data[i]) >= 0 {
		i++
	}
	return i
}

// Describe says what a string looks like without quoting it, for error
// messages about values that may be health data: how many characters it
// has and of which kinds ("5 characters (uppercase letters, digits,
// punctuation)"). It depends only on the length and the kinds.
func Describe(s string) string {
	if s == "" {
		return "nothing (missing or empty)"
	}
	var kinds []string
	add := func(k string) {
		if !slices.Contains(kinds, k) {
			kinds = append(kinds, k)
		}
	}
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			add("uppercase letters")
		case r >= 'a' && r <= 'z':
			add("lowercase letters")
		case r >= '0' && r <= '9':
			add("digits")
		case r == ' ':
			add("spaces")
		case r < utf8.RuneSelf && (unicode.IsPunct(r) || unicode.IsSymbol(r)):
			add("punctuation")
		default:
			add("other characters")
		}
	}
	// A fixed order, so the description depends on the kinds only.
	order := []string{"uppercase letters", "lowercase letters", "digits", "spaces", "punctuation", "other characters"}
	slices.SortFunc(kinds, func(a, b string) int { return slices.Index(order, a) - slices.Index(order, b) })
	n := utf8.RuneCountInString(s)
	unit := "characters"
	if n == 1 {
		unit = "character"
	}
	return fmt.Sprintf("%d %s (%s)", n, unit, strings.Join(kinds, ", "))
}

var datePattern = regexp.MustCompile(`^[0-9]{4}-[0-9]{2}-[0-9]{2}$`)

// DescribeDate is Describe for a value that should be a YYYY-MM-DD date.
func DescribeDate(s string) string {
	if datePattern.MatchString(s) {
		return "a YYYY-MM-DD value that is not a calendar date"
	}
	return Describe(s)
}

var (
	npiPattern    = regexp.MustCompile(`^[0-9]{10}$`)
	codePattern   = regexp.MustCompile(`^[A-Z0-9]{5}$`)
	modPattern    = regexp.MustCompile(`^[A-Z0-9]{2}$`)
	icdPattern    = regexp.MustCompile(`^[A-Z][0-9][0-9A-Z]{1,5}$`)
	posPattern    = regexp.MustCompile(`^[0-9]{2}$`)
	revPattern    = regexp.MustCompile(`^[0-9]{4}$`)
	authPattern   = regexp.MustCompile(`^[A-Za-z0-9-]{1,30}$`)
	schemaPattern = regexp.MustCompile(`^claims\.v[0-9]{1,4}$`)
)

// Validate checks the claim against the v1 schema and returns a
// *ValidationError listing every problem by JSON path. Messages name the
// rule and describe a bad value by its length and kinds of characters,
// never quoting it.
func (c *Claim) Validate() error {
	var fs []FieldError
	bad := func(path, format string, args ...any) {
		fs = append(fs, FieldError{Path: path, Msg: fmt.Sprintf(format, args...)})
	}
	switch {
	case c.Schema == ClaimSchemaV1:
	case schemaPattern.MatchString(c.Schema):
		// A schema tag is not data: naming the version helps.
		bad("$.schema", "want %q, got %q", ClaimSchemaV1, c.Schema)
	default:
		bad("$.schema", "want %q, got %s", ClaimSchemaV1, Describe(c.Schema))
	}
	if strings.TrimSpace(c.ClaimID) == "" {
		bad("$.claim_id", "required")
	}
	if c.ClaimType != Professional && c.ClaimType != Institutional {
		bad("$.claim_type", "want %q or %q, got %s", Professional, Institutional, Describe(c.ClaimType))
	}
	if strings.TrimSpace(c.MemberID) == "" {
		bad("$.member_id", "required")
	}
	if !npiPattern.MatchString(c.BillingNPI) {
		bad("$.billing_npi", "want a 10-digit NPI, got %s", Describe(c.BillingNPI))
	}
	if c.RenderingNPI != "" && !npiPattern.MatchString(c.RenderingNPI) {
		bad("$.rendering_npi", "want a 10-digit NPI, got %s", Describe(c.RenderingNPI))
	}
	if c.PlaceOfService != "" && !posPattern.MatchString(c.PlaceOfService) {
		bad("$.place_of_service", "want a 2-digit CMS place of service code, got %s", Describe(c.PlaceOfService))
	}
	from, fromOK := parseDate(c.ServiceFrom)
	if !fromOK {
		bad("$.service_from", "want a date YYYY-MM-DD, got %s", DescribeDate(c.ServiceFrom))
	}
	to, toOK := parseDate(c.ServiceTo)
	if !toOK {
		bad("$.service_to", "want a date YYYY-MM-DD, got %s", DescribeDate(c.ServiceTo))
	}
	if fromOK && toOK && to.Before(from) {
		bad("$.service_to", "is before service_from")
	}
	for i, d := range c.Diagnoses {
		if !icdPattern.MatchString(d) {
			bad(fmt.Sprintf("$.diagnoses[%d]", i), "want an ICD-10-CM code without the dot (an uppercase letter, a digit, then 1-5 uppercase letters or digits), got %s", Describe(d))
		}
	}
	switch c.Frequency {
	case "", FrequencyOriginal, FrequencyReplacement, FrequencyVoid:
	default:
		bad("$.frequency", "want %q (original), %q (replacement) or %q (void), got %s",
			FrequencyOriginal, FrequencyReplacement, FrequencyVoid, Describe(c.Frequency))
	}
	if c.OriginalClaimID != "" && !c.Corrective() {
		bad("$.original_claim_id", "only a replacement (frequency 7) or a void (8) names an original claim")
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
			bad(p+".code", "want a 5-character HCPCS/CPT code (uppercase letters and digits), got %s", Describe(l.Code))
		}
		if l.RevenueCode != "" && !revPattern.MatchString(l.RevenueCode) {
			bad(p+".revenue_code", "want a 4-digit revenue code, got %s", Describe(l.RevenueCode))
		}
		for j, m := range l.Modifiers {
			if !modPattern.MatchString(m) {
				bad(fmt.Sprintf("%s.modifiers[%d]", p, j), "want a 2-character modifier (uppercase letters and digits), got %s", Describe(m))
			}
		}
		if l.Units < 1 {
			bad(p+".units", "want units >= 1, got %d", l.Units)
		}
		if l.ChargeCents < 0 {
			bad(p+".charge_cents", "want a non-negative amount in cents, got a negative amount")
		}
		if l.ServiceDate != "" {
			d, ok := parseDate(l.ServiceDate)
			switch {
			case !ok:
				bad(p+".service_date", "want a date YYYY-MM-DD, got %s", DescribeDate(l.ServiceDate))
			case fromOK && toOK && !to.Before(from) && (d.Before(from) || d.After(to)):
				bad(p+".service_date", "is outside the claim's service dates (service_from to service_to)")
			}
		}
		if l.PriorAuth != "" && !authPattern.MatchString(l.PriorAuth) {
			bad(p+".prior_auth", "want 1-30 letters, digits or dashes, got %s", Describe(l.PriorAuth))
		}
		if l.PlaceOfService != "" && !posPattern.MatchString(l.PlaceOfService) {
			bad(p+".place_of_service", "want a 2-digit CMS place of service code, got %s", Describe(l.PlaceOfService))
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
