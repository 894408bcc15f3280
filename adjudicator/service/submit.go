package service

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/intake"
	"github.com/claimsledger/claims/adjudicator/privacy"
	"github.com/claimsledger/claims/adjudicator/tuva"
)

// Input formats `claims submit` and `claims adjudicate` read (see also formats.go).
const (
	FormatNative  = "native"
	FormatTuvaCSV = "tuva-csv"
)

// MaxMessageBytes is the largest claim message `claims submit` produces:
// the member key plus the encoded claim, sealed when a payload key is
// configured. Kafka refuses larger ones: kafka-go's Writer (which
// intake.Producer uses) refuses a message over its BatchBytes, by default
// 1,048,576 bytes counting about 22 bytes of framing, and a broker refuses
// a record batch over message.max.bytes, by default 1,048,588 bytes
// counting about 70 bytes of batch and record headers. 1,000,000 leaves
// room for both. Prepare takes a lower limit for topics configured lower
// (`claims submit --max-message-bytes`).
const MaxMessageBytes = 1_000_000

// MaxErrors is how many problems of one file, or of one submission, an
// error lists; the rest are counted.
const MaxErrors = tuva.MaxErrors

// ErrNoClaims is wrapped by ReadInputs' error for a file with no claims.
var ErrNoClaims = errors.New("no claims")

// Input is one claim read from a file, with where it came from.
type Input struct {
	Claim adjudicator.Claim
	// Where names the claim's place in its input without quoting any of
	// it: "claims.csv rows 14-16", "claims.json [3] (line 40)",
	// "claims.ndjson line 5".
	Where string
}

// ReadClaims reads claims from a file; see ReadInputs.
func ReadClaims(path, format string) ([]adjudicator.Claim, error) {
	in, err := ReadInputs(path, format)
	if err != nil {
		return nil, err
	}
	out := make([]adjudicator.Claim, len(in))
	for i := range in {
		out[i] = in[i].Claim
	}
	return out, nil
}

// ReadInputs reads and validates the claims of a file: native JSON (one
// object, pretty-printed or not; an array of objects; or a stream of
// objects such as newline-delimited JSON), the Tuva CSV layout, a FHIR R4
// Claim or Bundle, or an X12 837P/837I interchange; format "" detects which
// from the content (DetectFormat).
//
// Errors name the file and say where: the line and column of a JSON
// syntax or type error, the claim (array index or line) of a claim that
// breaks the schema, the row and column of a CSV field. Every problem of
// the file is listed (the first MaxErrors), except that reading JSON stops
// at a syntax error. Messages quote no claim data. A file without claims
// is an error wrapping ErrNoClaims.
func ReadInputs(path, format string) ([]Input, error) {
	switch format {
	case FormatTuvaCSV, FormatNative, FormatFHIR, FormatX12, "":
	default:
		return nil, fmt.Errorf("unknown format %q: want %s, %s, %s or %s (or none: detected from the content)", format, FormatNative, FormatFHIR, FormatX12, FormatTuvaCSV)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if format == "" {
		format = DetectFormat(data)
	}
	switch format {
	case FormatTuvaCSV:
		return readTuva(path, data)
	case FormatFHIR:
		return readFHIR(path, data)
	case FormatX12:
		return readX12(path, data)
	}
	return readNative(path, data)
}

func readTuva(path string, data []byte) ([]Input, error) {
	s, err := tuva.ReadSourced(path, bytes.NewReader(data))
	var te *tuva.Errors
	switch {
	case errors.As(err, &te):
		return nil, err // names the file on every line
	case err != nil:
		return nil, fmt.Errorf("%s: %w", path, err)
	case len(s) == 0 && len(bytes.TrimSpace(data)) == 0:
		return nil, fmt.Errorf("%s: %w: the file is empty", path, ErrNoClaims)
	case len(s) == 0:
		return nil, fmt.Errorf("%s: %w: the file has a header and no rows", path, ErrNoClaims)
	}
	out := make([]Input, len(s))
	for i := range s {
		out[i] = Input{Claim: s[i].Claim, Where: path + " " + rowsWhere(s[i].Rows)}
	}
	return out, nil
}

// rowsWhere names a claim's rows: "row 14", "rows 14-16", "rows 14, 20, 31",
// "rows 14, 20, 31 and 2 more".
func rowsWhere(rows []int) string {
	switch {
	case len(rows) == 1:
		return fmt.Sprintf("row %d", rows[0])
	case len(rows) > 1 && rows[len(rows)-1]-rows[0] == len(rows)-1:
		return fmt.Sprintf("rows %d-%d", rows[0], rows[len(rows)-1])
	}
	parts := make([]string, 0, 3)
	for _, r := range rows[:min(3, len(rows))] {
		parts = append(parts, fmt.Sprint(r))
	}
	s := "rows " + strings.Join(parts, ", ")
	if len(rows) > 3 {
		s += fmt.Sprintf(" and %d more", len(rows)-3)
	}
	return s
}

// listError is every problem of one file or submission, one per line.
type listError struct {
	what    string // prefix of the "and N more" line
	msgs    []string
	omitted int
}

func (e *listError) add(format string, args ...any) {
	if len(e.msgs) < MaxErrors {
		e.msgs = append(e.msgs, fmt.Sprintf(format, args...))
	} else {
		e.omitted++
	}
}

func (e *listError) Error() string {
	s := strings.Join(e.msgs, "\n")
	if e.omitted > 0 {
		s += fmt.Sprintf("\n%sand %d more errors (%d in all; the first %d are listed)", e.what, e.omitted, len(e.msgs)+e.omitted, len(e.msgs))
	}
	return s
}

func (e *listError) err() error {
	if len(e.msgs) == 0 {
		return nil
	}
	return e
}

func isJSONSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

func readNative(path string, data []byte) ([]Input, error) {
	start := 0
	for start < len(data) && isJSONSpace(data[start]) {
		start++
	}
	if start == len(data) {
		return nil, fmt.Errorf("%s: %w: the file is empty", path, ErrNoClaims)
	}
	errs := &listError{what: path + " "}
	var out []Input
	var err error
	if data[start] == '[' {
		out, err = readArray(path, data, errs)
	} else {
		out, err = readStream(path, data, errs)
	}
	if err != nil {
		return nil, err
	}
	if err := errs.err(); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: %w: the array is empty", path, ErrNoClaims)
	}
	return out, nil
}

// syntaxError places a syntax error met reading the file in it.
func syntaxError(path string, file []byte, err error) error {
	de := adjudicator.JSONSyntaxError(file, err)
	return fmt.Errorf("%s line %d, column %d: %s", path, de.Line, de.Column, de.Detail())
}

// decodeInto decodes one claim document found at [begin, begin+len(doc))
// of file, adding any error to errs.
func decodeInto(path string, file []byte, begin int, doc []byte, where, claim string, errs *listError) (adjudicator.Claim, bool) {
	c, err := adjudicator.DecodeClaim(doc)
	var de *adjudicator.DecodeError
	switch {
	case err == nil:
		return c, true
	case errors.As(err, &de):
		de = de.In(file, begin)
		errs.add("%s line %d, column %d%s: %s", path, de.Line, de.Column, claim, de.Detail())
	default:
		errs.add("%s: %v", where, err)
	}
	return adjudicator.Claim{}, false
}

// readArray reads a JSON array of claims.
func readArray(path string, data []byte, errs *listError) ([]Input, error) {
	// Well-formed first, so that a syntax error is placed in the file.
	var docs []json.RawMessage
	if err := json.Unmarshal(data, &docs); err != nil {
		return nil, syntaxError(path, data, err)
	}
	out := make([]Input, 0, len(docs))
	dec := json.NewDecoder(bytes.NewReader(data))
	if _, err := dec.Token(); err != nil {
		return nil, syntaxError(path, data, err)
	}
	for i := 0; dec.More(); i++ {
		var doc json.RawMessage
		if err := dec.Decode(&doc); err != nil {
			return nil, syntaxError(path, data, err)
		}
		begin := int(dec.InputOffset()) - len(doc)
		line, _ := adjudicator.LineColumn(data, begin)
		where := fmt.Sprintf("%s [%d] (line %d)", path, i, line)
		if c, ok := decodeInto(path, data, begin, doc, where, fmt.Sprintf(" (claim [%d])", i), errs); ok {
			out = append(out, Input{Claim: c, Where: where})
		}
	}
	return out, nil
}

// readStream reads one claim object or a stream of them (newline-delimited
// JSON, or pretty-printed objects one after another).
func readStream(path string, data []byte, errs *listError) ([]Input, error) {
	var out []Input
	dec := json.NewDecoder(bytes.NewReader(data))
	for {
		var doc json.RawMessage
		err := dec.Decode(&doc)
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			// The stream cannot be followed past a syntax error.
			errs.add("%v", syntaxError(path, data, err))
			return out, nil
		}
		begin := int(dec.InputOffset()) - len(doc)
		line, _ := adjudicator.LineColumn(data, begin)
		where := fmt.Sprintf("%s line %d", path, line)
		if c, ok := decodeInto(path, data, begin, doc, where, "", errs); ok {
			out = append(out, Input{Claim: c, Where: where})
		}
	}
}

// Encode keys a claim by its member's keyed hash (so one member's claims
// stay on one partition, in order) and seals it when a sealer is given.
// Its errors do not name the claim.
func Encode(k *privacy.Keyer, sealer *privacy.Sealer, c adjudicator.Claim) (intake.Submission, error) {
	b, err := json.Marshal(c)
	if err != nil {
		return intake.Submission{}, fmt.Errorf("encode claim: %w", err)
	}
	mk := k.Member(c.MemberID)
	key := []byte(hex.EncodeToString(mk[:]))
	if sealer != nil {
		if b, err = sealer.Seal(b, key); err != nil {
			return intake.Submission{}, fmt.Errorf("seal claim: %w", err)
		}
	}
	return intake.Submission{Key: key, Value: b}, nil
}

// Prepare encodes (and seals) every input before anything is produced. A
// message (key and value) larger than maxBytes, MaxMessageBytes when
// maxBytes is 0, would be refused by the broker, perhaps after others were
// produced: Prepare refuses them all, naming every such claim by where it
// came from and its keyed claim key, never its claim id.
func Prepare(k *privacy.Keyer, sealer *privacy.Sealer, inputs []Input, maxBytes int) ([]intake.Submission, error) {
	if maxBytes <= 0 {
		maxBytes = MaxMessageBytes
	}
	what := "encoded"
	if sealer != nil {
		what = "sealed"
	}
	errs := &listError{}
	subs := make([]intake.Submission, 0, len(inputs))
	for _, in := range inputs {
		s, err := Encode(k, sealer, in.Claim)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", in.Where, err)
		}
		if n := len(s.Key) + len(s.Value); n > maxBytes {
			errs.add("%s (claim key %x): the %s message is %d bytes, over the limit of %d bytes per message; split the claim",
				in.Where, k.Claim(in.Claim.ClaimID), what, n, maxBytes)
		}
		subs = append(subs, s)
	}
	if err := errs.err(); err != nil {
		return nil, fmt.Errorf("nothing submitted: %w", err)
	}
	return subs, nil
}

// Producer writes keyed claims to the input topic; *intake.Producer is one.
type Producer interface {
	Submit(ctx context.Context, subs ...intake.Submission) error
}

// Produce writes prepared claims in chunks, reporting progress.
func Produce(ctx context.Context, p Producer, subs []intake.Submission, progress func(done int)) error {
	const chunk = 500
	for i := 0; i < len(subs); i += chunk {
		end := min(i+chunk, len(subs))
		if err := p.Submit(ctx, subs[i:end]...); err != nil {
			return fmt.Errorf("produce claims %d..%d: %w", i, end-1, err)
		}
		if progress != nil {
			progress(end)
		}
	}
	return nil
}

// Submit encodes every claim, refusing them all if one is larger than
// MaxMessageBytes (named by its index, "claim #3", and its claim key),
// then produces them in chunks, reporting progress.
func Submit(ctx context.Context, p Producer, k *privacy.Keyer, sealer *privacy.Sealer, claims []adjudicator.Claim, progress func(done int)) error {
	inputs := make([]Input, len(claims))
	for i, c := range claims {
		inputs[i] = Input{Claim: c, Where: fmt.Sprintf("claim #%d", i)}
	}
	subs, err := Prepare(k, sealer, inputs, 0)
	if err != nil {
		return err
	}
	return Produce(ctx, p, subs, progress)
}
