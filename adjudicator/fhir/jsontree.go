package fhir

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/claimsledger/claims/adjudicator"
)

// maxNumberLength bounds a JSON number's text. FHIR decimals carry at most
// 18 significant digits; the bound keeps exact arithmetic on hostile
// input (and math/big in the schema validator) cheap.
const maxNumberLength = 40

// maxExponent bounds a number's decimal exponent for the same reason: a
// "1e999999999" would otherwise be expanded digit by digit.
const maxExponent = 40

// parseTree reads one JSON document into maps, slices, strings, booleans,
// nil and json.Number (never float64, so amounts keep their digits). It
// rejects what encoding/json silently accepts but FHIR JSON forbids or
// makes ambiguous: invalid UTF-8, a key given twice in one object, data
// after the document. Its errors are an *Error with one Issue.
func parseTree(data []byte) (any, error) {
	if !utf8.Valid(data) {
		off := 0
		for off < len(data) {
			r, n := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		line, col := adjudicator.LineColumn(data, off)
		return nil, docError("", CodeInvalid, "line %d, column %d: not UTF-8 text (FHIR JSON is UTF-8)", line, col)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	p := &treeParser{dec: dec, data: data}
	v, err := p.value()
	if err != nil {
		return nil, err
	}
	off := int(dec.InputOffset())
	if _, err := dec.Token(); err != io.EOF {
		for off < len(data) && strings.IndexByte(" \t\r\n", data[off]) >= 0 {
			off++
		}
		line, col := adjudicator.LineColumn(data, off)
		return nil, docError("", CodeInvalid, "line %d, column %d: data after the JSON document", line, col)
	}
	return v, nil
}

type treeParser struct {
	dec     *json.Decoder
	data    []byte
	started bool // a token was read: the end of input is then unexpected
}

func (p *treeParser) syntax(err error) error {
	if errors.Is(err, io.EOF) && !p.started {
		return docError("", CodeInvalid, "empty document: want a FHIR resource (a JSON object)")
	}
	if errors.Is(err, io.EOF) {
		err = io.ErrUnexpectedEOF // the decoder's Token says EOF inside an open object
	}
	e := adjudicator.JSONSyntaxError(p.data, err)
	return docError("", CodeInvalid, "line %d, column %d: %s", e.Line, e.Column, e.Msg)
}

// value reads the value that starts at the decoder's position.
func (p *treeParser) value() (any, error) {
	start := int(p.dec.InputOffset())
	tok, err := p.dec.Token()
	if err != nil {
		return nil, p.syntax(err)
	}
	p.started = true
	switch t := tok.(type) {
	case json.Delim:
		switch t {
		case '{':
			obj := map[string]any{}
			for p.dec.More() {
				keyStart := skipSeparators(p.data, int(p.dec.InputOffset()))
				keyTok, err := p.dec.Token()
				if err != nil {
					return nil, p.syntax(err)
				}
				key, _ := keyTok.(string)
				if _, dup := obj[key]; dup {
					line, col := adjudicator.LineColumn(p.data, keyStart)
					return nil, docError("", CodeInvalid, "line %d, column %d: element %s given twice in one object", line, col, nameKey(key))
				}
				v, err := p.value()
				if err != nil {
					return nil, err
				}
				obj[key] = v
			}
			if _, err := p.dec.Token(); err != nil {
				return nil, p.syntax(err)
			}
			return obj, nil
		case '[':
			arr := []any{}
			for p.dec.More() {
				v, err := p.value()
				if err != nil {
					return nil, err
				}
				arr = append(arr, v)
			}
			if _, err := p.dec.Token(); err != nil {
				return nil, p.syntax(err)
			}
			return arr, nil
		}
		return nil, p.syntax(fmt.Errorf("unexpected %v", t))
	case json.Number:
		if problem := numberProblem(string(t)); problem != "" {
			line, col := adjudicator.LineColumn(p.data, skipSeparators(p.data, start))
			return nil, docError("", CodeInvalid, "line %d, column %d: %s", line, col, problem)
		}
		return t, nil
	}
	return tok, nil // string, bool or nil
}

// skipSeparators moves past what the json decoder's offset can point at
// before a token: whitespace, and the comma or colon before it.
func skipSeparators(data []byte, i int) int {
	for i < len(data) && strings.IndexByte(" \t\r\n,:", data[i]) >= 0 {
		i++
	}
	return i
}

// numberProblem says why a JSON number is out of the range this package
// reads, or "".
func numberProblem(s string) string {
	if len(s) > maxNumberLength {
		return fmt.Sprintf("a number of more than %d characters", maxNumberLength)
	}
	if i := strings.IndexAny(s, "eE"); i >= 0 {
		e, err := strconv.Atoi(strings.TrimPrefix(s[i+1:], "+"))
		if err != nil || e > maxExponent || e < -maxExponent {
			return fmt.Sprintf("a number with an exponent beyond ±%d", maxExponent)
		}
	}
	return ""
}

func docError(path string, code IssueCode, format string, args ...any) *Error {
	return &Error{Issues: []Issue{{Path: path, Code: code, Msg: fmt.Sprintf(format, args...)}}}
}

// node is a JSON value with the FHIR path it was found at.
type node struct {
	v    any
	path string
}

func (n node) obj() (map[string]any, bool) {
	m, ok := n.v.(map[string]any)
	return m, ok
}

// get is the element key of an object, or an absent node.
func (n node) get(key string) node {
	m, _ := n.v.(map[string]any)
	v, ok := m[key]
	if !ok {
		return node{path: n.path + "." + key}
	}
	return node{v: v, path: n.path + "." + key}
}

func (n node) present() bool { return n.v != nil }

// list is the items of an array; a single value counts as one item, so
// code reading a structurally invalid resource never panics.
func (n node) list() []node {
	switch v := n.v.(type) {
	case nil:
		return nil
	case []any:
		out := make([]node, len(v))
		for i, x := range v {
			out[i] = node{v: x, path: index(n.path, i)}
		}
		return out
	}
	return []node{n}
}

func (n node) str() string {
	s, _ := n.v.(string)
	return s
}

func (n node) number() (json.Number, bool) {
	v, ok := n.v.(json.Number)
	return v, ok
}

// integer is a whole JSON number within int32. "2.0" counts, as it does
// for the schema's integer types.
func (n node) integer() (int, bool) {
	v, ok := n.v.(json.Number)
	if !ok {
		return 0, false
	}
	r, ok := decimal(v)
	if !ok {
		return 0, false
	}
	return whole(r)
}

func (n node) boolean() (bool, bool) {
	b, ok := n.v.(bool)
	return b, ok
}
