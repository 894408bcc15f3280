package x12

import (
	"bytes"
	"fmt"
	"strings"
)

// Delimiters are an interchange's separators, which its ISA segment declares.
type Delimiters struct {
	Element    byte // after "ISA"
	Repetition byte // ISA11
	Component  byte // ISA16
	Segment    byte // the byte after ISA16
}

// DefaultDelimiters are the separators this engine writes: * ^ : ~.
var DefaultDelimiters = Delimiters{Element: '*', Repetition: '^', Component: ':', Segment: '~'}

// isaLen is the fixed length of an ISA segment up to and including ISA16.
const isaLen = 106

// Segment is one segment: its id and its elements.
type Segment struct {
	ID string
	// Elements holds the elements after the id: Elements[0] is element 01.
	Elements []string
	// Pos is the segment's ordinal position in the interchange, from 1 (the ISA).
	Pos   int
	delim Delimiters
}

// Element returns element i (from 1; CLM02 is Element(2)), or "" when the segment has fewer.
func (s Segment) Element(i int) string {
	if i < 1 || i > len(s.Elements) {
		return ""
	}
	return s.Elements[i-1]
}

// Components splits element i into its components (SV101: HC:99213:25 gives HC, 99213, 25).
func (s Segment) Components(i int) []string {
	e := s.Element(i)
	if e == "" {
		return nil
	}
	return strings.Split(e, string(s.delim.Component))
}

// Component returns component c (from 1) of element i, or "".
func (s Segment) Component(i, c int) string {
	cs := s.Components(i)
	if c < 1 || c > len(cs) {
		return ""
	}
	return cs[c-1]
}

// Repetitions splits element i at the repetition separator.
func (s Segment) Repetitions(i int) []string {
	e := s.Element(i)
	if e == "" {
		return nil
	}
	return strings.Split(e, string(s.delim.Repetition))
}

// Tokenize splits an interchange into segments, with the delimiters its ISA declares. Line
// breaks after segment terminators (which many files carry) are ignored. It checks only what
// splitting needs: an ISA of the right length with four distinct delimiters.
func Tokenize(data []byte) (Delimiters, []Segment, error) {
	data = bytes.TrimLeft(data, " \t\r\n\ufeff")
	if !bytes.HasPrefix(data, []byte("ISA")) {
		return Delimiters{}, nil, &Error{Pos: 1, SegmentID: "ISA", SegmentCode: SegRequiredMissed, Reason: "an interchange must start with an ISA segment"}
	}
	if len(data) < isaLen {
		return Delimiters{}, nil, &Error{Pos: 1, SegmentID: "ISA", SegmentCode: SegHasDataErrors, Reason: fmt.Sprintf("ISA is %d bytes, want %d up to its segment terminator", len(data), isaLen)}
	}
	d := Delimiters{Element: data[3], Repetition: data[82], Component: data[104], Segment: data[105]}
	if err := d.check(); err != nil {
		return Delimiters{}, nil, &Error{Pos: 1, SegmentID: "ISA", SegmentCode: SegHasDataErrors, Reason: err.Error()}
	}
	// The ISA's elements sit at fixed columns: a misplaced separator means a malformed ISA.
	for _, col := range []int{3, 6, 17, 20, 31, 34, 50, 53, 69, 76, 81, 83, 89, 99, 101, 103} {
		if data[col] != d.Element {
			return Delimiters{}, nil, &Error{Pos: 1, SegmentID: "ISA", SegmentCode: SegHasDataErrors, Reason: fmt.Sprintf("ISA element separator expected at column %d: ISA elements have fixed widths", col+1)}
		}
	}
	segs, err := split(data, d, 1)
	return d, segs, err
}

// split cuts data into segments at d.Segment, numbering them from pos.
func split(data []byte, d Delimiters, pos int) ([]Segment, error) {
	var segs []Segment
	for ; len(data) > 0; pos++ {
		i := bytes.IndexByte(data, d.Segment)
		raw := data
		if i >= 0 {
			raw, data = data[:i], data[i+1:]
		} else {
			data = nil
		}
		data = bytes.TrimLeft(data, "\r\n")
		raw = bytes.TrimRight(raw, "\r\n")
		if len(raw) == 0 {
			if i < 0 {
				break
			}
			return segs, &Error{Pos: pos, SegmentCode: SegUnrecognized, Reason: "empty segment"}
		}
		if i < 0 {
			return segs, &Error{Pos: pos, SegmentCode: SegHasDataErrors, Reason: "the last segment has no segment terminator"}
		}
		fields := strings.Split(string(raw), string(d.Element))
		id := fields[0]
		if !validID(id) {
			return segs, &Error{Pos: pos, SegmentCode: SegUnrecognized, Reason: "a segment id is 2 or 3 upper-case letters or digits"}
		}
		segs = append(segs, Segment{ID: id, Elements: fields[1:], Pos: pos, delim: d})
	}
	return segs, nil
}

func validID(id string) bool {
	if len(id) < 2 || len(id) > 3 {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

func (d Delimiters) check() error {
	bs := []byte{d.Element, d.Repetition, d.Component, d.Segment}
	for i, b := range bs {
		if b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == ' ' {
			return fmt.Errorf("delimiter %q is a letter, digit or space", b)
		}
		for _, o := range bs[:i] {
			if o == b {
				return fmt.Errorf("delimiter %q is used twice (element %q, repetition %q, component %q, segment %q)", b, d.Element, d.Repetition, d.Component, d.Segment)
			}
		}
	}
	return nil
}
