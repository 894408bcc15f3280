package adjudicator_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/sample"
)

// FuzzDecodeClaim feeds DecodeClaim arbitrary bytes. Properties:
//   - it never panics, and an error is a *DecodeError or a *ValidationError
//     with a message;
//   - a *DecodeError is placed inside the document, its line and column
//     agreeing with its offset, and names no letter or digit of it; input
//     that is not well-formed JSON always gives one;
//   - a *ValidationError is what Validate says of the same document read
//     without validation, and its message depends only on the shape of the
//     identifying values (ids, codes, NPIs, free text), never on the values
//     themselves;
//   - an accepted claim re-validates, and survives encoding and decoding
//     again unchanged.
//
// Seeds: claims of the bundled sample (adjudicator/sample), compact and
// pretty-printed, plus hand-made broken documents.
func FuzzDecodeClaim(f *testing.F) {
	f.Add([]byte(goodClaim))
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"schema":"claims.v1","lines":[{"line":1}]}`))
	f.Add([]byte(`{"schema":"claims.v1","lines":[{"units":"2"}]}`))
	f.Add([]byte(`{"schema":"claims.v1","lines":[{"line":1,"note":"x"}]}`))
	f.Add([]byte("{\n  \"schema\": \"claims.v1\",\n  \"lines\": [\n    {\"units\": 1,}\n  ]\n}"))
	f.Add([]byte(`{"schema":"claims.v1"} {}`))
	claims, err := sample.Claims()
	if err != nil {
		f.Fatal(err)
	}
	for i := 0; i < len(claims); i += 97 {
		b, _ := json.Marshal(claims[i])
		f.Add(b)
		p, _ := json.MarshalIndent(claims[i], "", "  ")
		f.Add(p)
		f.Add(p[:len(p)/2])
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := adjudicator.DecodeClaim(data)
		var de *adjudicator.DecodeError
		var ve *adjudicator.ValidationError
		switch {
		case err == nil:
			checkAccepted(t, c)
		case errors.As(err, &de):
			if de.Offset < 0 || de.Offset > len(data) || de.Msg == "" {
				t.Fatalf("decode error out of the document (%d bytes): %#v", len(data), de)
			}
			if l, col := adjudicator.LineColumn(data, de.Offset); l != de.Line || col != de.Column {
				t.Fatalf("line %d, column %d, but offset %d is at %d:%d", de.Line, de.Column, de.Offset, l, col)
			}
			if de.Path != "" && !strings.HasPrefix(de.Path, "$") {
				t.Fatalf("path %q", de.Path)
			}
			// A syntax error names punctuation only, never a letter or a
			// digit that could start a value.
			if _, q, ok := strings.Cut(de.Msg, "invalid character '"); ok && q != "" {
				if b := q[0]; b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b >= 0x80 {
					t.Fatalf("syntax error quotes input: %v", de)
				}
			}
		case errors.As(err, &ve):
			if !json.Valid(data) {
				t.Fatalf("malformed JSON reported as a validation error: %v", err)
			}
			checkRejected(t, data, ve)
		default:
			t.Fatalf("error of type %T: %v", err, err)
		}
		if err != nil && !json.Valid(data) && de == nil {
			t.Fatalf("malformed JSON without a DecodeError: %v", err)
		}
	})
}

func checkAccepted(t *testing.T, c adjudicator.Claim) {
	t.Helper()
	if err := c.Validate(); err != nil {
		t.Fatalf("accepted a claim that does not validate: %v", err)
	}
	if len(c.Lines) == 0 || strings.TrimSpace(c.ClaimID) == "" {
		t.Fatalf("accepted an invalid claim: %+v", c)
	}
	for _, l := range c.Lines {
		if l.Units < 1 || l.ChargeCents < 0 {
			t.Fatalf("accepted line %+v", l)
		}
	}
	b, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	c2, err := adjudicator.DecodeClaim(b)
	if err != nil {
		t.Fatalf("an accepted claim, encoded again, is refused: %v\n%s", err, b)
	}
	if b2, _ := json.Marshal(c2); !bytes.Equal(b, b2) {
		t.Fatalf("round trip changed the claim:\n%s\n%s", b, b2)
	}
}

// checkRejected: the document reads without validation, Validate says the
// same, and says it again, word for word, with every identifying value
// changed to another of the same shape.
func checkRejected(t *testing.T, data []byte, ve *adjudicator.ValidationError) {
	t.Helper()
	var c adjudicator.Claim
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&c); err != nil {
		t.Fatalf("DecodeClaim validated a document that does not decode: %v", err)
	}
	err := c.Validate()
	if err == nil || err.Error() != ve.Error() {
		t.Fatalf("Validate = %v, DecodeClaim = %v", err, ve)
	}
	r := rotated(c)
	if err := r.Validate(); err == nil || err.Error() != ve.Error() {
		t.Fatalf("the message depends on the values:\n%v\n%v", ve, err)
	}
}

// rotate maps every ASCII letter and digit to the next one of its kind,
// keeping the value's length and kinds of characters, and so its validity.
func rotate(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+1)%26
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+1)%26
		case r >= '0' && r <= '9':
			return '0' + (r-'0'+1)%10
		}
		return r
	}, s)
}

// rotated changes the claim's identifying values: ids, NPIs, codes, free
// text. The schema tag, the claim type and dates are rules, not data.
func rotated(c adjudicator.Claim) adjudicator.Claim {
	c.ClaimID, c.MemberID = rotate(c.ClaimID), rotate(c.MemberID)
	c.BillingNPI, c.RenderingNPI = rotate(c.BillingNPI), rotate(c.RenderingNPI)
	c.PlaceOfService, c.BillType = rotate(c.PlaceOfService), rotate(c.BillType)
	c.Diagnoses = append([]string(nil), c.Diagnoses...)
	for i := range c.Diagnoses {
		c.Diagnoses[i] = rotate(c.Diagnoses[i])
	}
	c.Lines = append([]adjudicator.Line(nil), c.Lines...)
	for i := range c.Lines {
		l := &c.Lines[i]
		l.Code, l.RevenueCode, l.PriorAuth, l.PlaceOfService = rotate(l.Code), rotate(l.RevenueCode), rotate(l.PriorAuth), rotate(l.PlaceOfService)
		l.Modifiers = append([]string(nil), l.Modifiers...)
		for j := range l.Modifiers {
			l.Modifiers[j] = rotate(l.Modifiers[j])
		}
	}
	return c
}
