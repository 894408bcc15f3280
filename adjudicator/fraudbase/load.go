package fraudbase

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/claimsledger/claims/adjudicator"
)

// FileError is a baseline file that cannot be used: which file, where in
// the document (a JSON path, "$" for the whole), and what is wrong.
type FileError struct {
	File string
	Path string
	What string
}

func (e *FileError) Error() string {
	return fmt.Sprintf("fraud baseline %s: %s: %s", e.File, e.Path, e.What)
}

// Load reads and checks the baseline file at path (see Read).
func Load(path string) (*Baseline, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("fraud baseline: %w", err)
	}
	return Read(raw, path)
}

// Read decodes a baseline and checks it: every field present with a value
// of its type and range, nothing else, and the peer distributions equal to
// those its provider counts give (so a hand-edited figure is refused, not
// believed). name names the document in errors.
func Read(raw []byte, name string) (*Baseline, error) {
	fail := func(path, format string, args ...any) error {
		return &FileError{File: name, Path: path, What: fmt.Sprintf(format, args...)}
	}
	// Codes and providers are decoded one entry at a time, so that an
	// error names the entry (encoding/json's paths leave out map keys).
	var top struct {
		Baseline
		Codes     map[string]json.RawMessage `json:"codes"`
		Providers map[string]json.RawMessage `json:"providers"`
	}
	if err := decodeStrict(raw, &top, "$", fail); err != nil {
		return nil, err
	}
	b := top.Baseline
	if top.Codes != nil {
		b.Codes = make(map[string]CodeStats, len(top.Codes))
		for _, code := range sortedKeys(top.Codes) {
			var c CodeStats
			if err := decodeStrict(top.Codes[code], &c, fmt.Sprintf("$.codes[%q]", code), fail); err != nil {
				return nil, err
			}
			b.Codes[code] = c
		}
	}
	if top.Providers != nil {
		b.Providers = make(map[string]ProviderCounts, len(top.Providers))
		for _, npi := range sortedKeys(top.Providers) {
			var p ProviderCounts
			if err := decodeStrict(top.Providers[npi], &p, fmt.Sprintf("$.providers[%q]", npi), fail); err != nil {
				return nil, err
			}
			b.Providers[npi] = p
		}
	}
	if err := b.check(fail); err != nil {
		return nil, err
	}
	return &b, nil
}

// decodeStrict decodes one JSON value into v, refusing fields v does not
// have; at is the value's JSON path, for errors.
func decodeStrict(raw []byte, v any, at string, fail func(path, format string, args ...any) error) error {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	err := dec.Decode(v)
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case err == nil && dec.More():
		return fail(at, "trailing data after the document")
	case err == nil:
		return nil
	case errors.As(err, &syn):
		line, col := lineCol(raw, syn.Offset-1)
		return fail(at, "not JSON at line %d, column %d: %v", line, col, syn)
	case errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF):
		return fail(at, "not JSON: the document ends early")
	case errors.As(err, &typ):
		path := at
		// The top level decodes through a struct embedding Baseline,
		// whose name is no part of the document.
		if f := strings.TrimPrefix(typ.Field, "Baseline."); f != "" {
			path += "." + f
		}
		return fail(path, "want %s, have a JSON %s", typ.Type, typ.Value)
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		return fail(at, "%s (a field the document does not have)", strings.TrimPrefix(err.Error(), "json: "))
	}
	return fail(at, "%v", err)
}

// check validates a decoded document; fail builds the error.
func (b *Baseline) check(fail func(path, format string, args ...any) error) error {
	if b.Version != Version {
		return fail("$.version", "version %d, want %d (absent or another format)", b.Version, Version)
	}
	if b.Watermarks == nil {
		return fail("$.watermarks", "missing")
	}
	for i, w := range b.Watermarks {
		if w.Partition < 0 || w.Next < 0 {
			return fail(fmt.Sprintf("$.watermarks[%d]", i), "negative partition or offset")
		}
		if i > 0 && w.Partition <= b.Watermarks[i-1].Partition {
			return fail(fmt.Sprintf("$.watermarks[%d].partition", i), "partitions must ascend, each once")
		}
	}
	if b.MinPeerLines < 1 {
		return fail("$.min_peer_lines", "must be at least 1")
	}
	if b.Decisions < 0 || b.Lines < 0 || b.Skipped < 0 {
		return fail("$", "negative decisions or lines count")
	}
	if b.Codes == nil {
		return fail("$.codes", "missing")
	}
	if b.Providers == nil {
		return fail("$.providers", "missing")
	}
	for _, code := range sortedKeys(b.Codes) {
		c := b.Codes[code]
		at := fmt.Sprintf("$.codes[%q]", code)
		if code == "" {
			return fail(at, "empty code")
		}
		if err := checkDist(c.Units, at+".units", fail); err != nil {
			return err
		}
		if err := checkDist(c.ChargePerUnitCents, at+".charge_per_unit_cents", fail); err != nil {
			return err
		}
	}
	for _, npi := range sortedKeys(b.Providers) {
		p := b.Providers[npi]
		at := fmt.Sprintf("$.providers[%q]", npi)
		if len(npi) != 10 || !adjudicator.NPICheckDigitOK(npi) {
			return fail(at, "not a valid NPI (10 digits with a Luhn check digit)")
		}
		if p.Lines < 1 || p.Bypass < 0 || p.MUE < 0 || p.Bypass > p.Lines || p.MUE > p.Lines {
			return fail(at, "counts must satisfy 0 <= bypass, mue <= lines and lines >= 1")
		}
		for i := range 4 {
			if p.EMNew[i] < 0 || p.EMEstablished[i] < 0 {
				return fail(at, "negative E/M count")
			}
		}
		if sum(p.EMNew)+sum(p.EMEstablished) > p.Lines {
			return fail(at, "more E/M visits than lines")
		}
	}
	want := peerRates(b.Providers, b.MinPeerLines)
	for _, d := range []struct {
		path      string
		have, got Dist
	}{
		{"$.peers.bypass_bp", b.Peers.BypassBP, want.BypassBP},
		{"$.peers.mue_bp", b.Peers.MUEBP, want.MUEBP},
		{"$.peers.em_new_top_bp", b.Peers.EMNewTopBP, want.EMNewTopBP},
		{"$.peers.em_established_top_bp", b.Peers.EMEstablishedTopBP, want.EMEstablishedTopBP},
	} {
		if d.have != d.got {
			return fail(d.path, "%+v, but the provider counts give %+v: the file was edited or is corrupt", d.have, d.got)
		}
	}
	return nil
}

func checkDist(d Dist, at string, fail func(path, format string, args ...any) error) error {
	switch {
	case d.N < 0 || d.Median < 0 || d.MAD < 0:
		return fail(at, "negative median, MAD or n")
	case d.N == 0 && (d.Median != 0 || d.MAD != 0):
		return fail(at, "a median or MAD of no values")
	}
	return nil
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func lineCol(raw []byte, offset int64) (int, int) {
	offset = min(max(offset, 0), int64(len(raw)))
	before := raw[:offset]
	line := bytes.Count(before, []byte("\n")) + 1
	return line, int(offset) - bytes.LastIndexByte(before, '\n')
}

// decodeData decodes canonical bytes for OPA: numbers stay json.Number,
// exact integers in Rego.
func decodeData(raw []byte) (map[string]any, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var m map[string]any
	if err := dec.Decode(&m); err != nil {
		return nil, fmt.Errorf("fraud baseline: decode: %w", err)
	}
	return m, nil
}
