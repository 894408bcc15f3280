package x12

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
)

// Interchange is a parsed ISA/IEA envelope with its functional groups.
type Interchange struct {
	Delimiters Delimiters
	ISA, IEA   Segment
	Groups     []Group
	// Warnings are envelope problems ParseTransactions tolerated (counts and control numbers
	// that do not close); Parse rejects them instead.
	Warnings Errors
}

// ControlNumber is ISA13.
func (ic *Interchange) ControlNumber() string { return ic.ISA.Element(13) }

// Group is a GS/GE functional group.
type Group struct {
	GS, GE       Segment
	Transactions []Transaction
}

// ControlNumber is GS06.
func (g *Group) ControlNumber() string { return g.GS.Element(6) }

// Version is GS08, the implementation guide (005010X222A1, ...).
func (g *Group) Version() string { return g.GS.Element(8) }

// Transaction is one ST/SE transaction set.
type Transaction struct {
	ST, SE Segment
	// Segments are those between ST and SE.
	Segments []Segment
}

// ControlNumber is ST02.
func (t *Transaction) ControlNumber() string { return t.ST.Element(2) }

// Code is ST01: 837, 835, 999, ...
func (t *Transaction) Code() string { return t.ST.Element(1) }

// Version is ST03, the implementation guide the set follows (GS08 says the same for its group).
func (t *Transaction) Version() string { return t.ST.Element(3) }

// Parse tokenizes data and checks its envelope: ISA/IEA, GS/GE and ST/SE nest and pair up,
// IEA01, GE01 and SE01 count what they close, and the closing control numbers match the opening
// ones. An envelope error rejects the whole interchange: the error is an Errors listing every
// envelope problem found. What is inside each transaction set is for its own package to read.
func Parse(data []byte) (*Interchange, error) {
	return parse(data, false)
}

// parse is Parse; lenient keeps closing counts and control numbers that do not match as
// Warnings instead of errors.
func parse(data []byte, lenient bool) (*Interchange, error) {
	d, segs, err := Tokenize(data)
	if err != nil {
		return nil, Errors{err.(*Error)}
	}
	ic := &Interchange{Delimiters: d, ISA: segs[0]}
	var errs Errors
	if n := len(ic.ISA.Elements); n != 16 {
		errs = append(errs, SegmentError(ic.ISA, SegHasDataErrors, fmt.Sprintf("ISA has %d elements, want 16", n)))
	}
	if v := ic.ISA.Element(12); v != "00501" {
		errs = append(errs, ElementError(ic.ISA, 12, ElemInvalidCode, "interchange control version must be 00501 (X12 5010)"))
	}
	if !digits(ic.ISA.Element(13), 9) {
		errs = append(errs, ElementError(ic.ISA, 13, ElemInvalidChar, "interchange control number must be 9 digits"))
	}
	var g *Group
	var t *Transaction
	closed := false
	closes := func(es Errors) {
		if lenient {
			ic.Warnings = append(ic.Warnings, es...)
		} else {
			errs = append(errs, es...)
		}
	}
	for _, s := range segs[1:] {
		switch {
		case closed:
			errs = append(errs, SegmentError(s, SegUnexpected, "segment after IEA: one interchange per submission"))
			return nil, errs
		case s.ID == "ISA":
			errs = append(errs, SegmentError(s, SegUnexpected, "a second ISA before IEA"))
			return nil, errs
		case s.ID == "GS":
			if g != nil {
				errs = append(errs, SegmentError(s, SegUnexpected, "GS before the previous group's GE"))
				return nil, errs
			}
			ic.Groups = append(ic.Groups, Group{GS: s})
			g = &ic.Groups[len(ic.Groups)-1]
		case s.ID == "ST":
			if g == nil || t != nil {
				errs = append(errs, SegmentError(s, SegUnexpected, "ST outside a GS/GE group or before the previous SE"))
				return nil, errs
			}
			g.Transactions = append(g.Transactions, Transaction{ST: s})
			t = &g.Transactions[len(g.Transactions)-1]
		case s.ID == "SE":
			if t == nil {
				errs = append(errs, SegmentError(s, SegUnexpected, "SE without ST"))
				return nil, errs
			}
			t.SE = s
			closes(checkClose(s, len(t.Segments)+2, "segments from ST to SE", t.ST, 2))
			t = nil
		case s.ID == "GE":
			if g == nil || t != nil {
				errs = append(errs, SegmentError(s, SegUnexpected, "GE without GS, or before SE"))
				return nil, errs
			}
			g.GE = s
			closes(checkClose(s, len(g.Transactions), "transaction sets in the group", g.GS, 6))
			g = nil
		case s.ID == "IEA":
			if g != nil {
				errs = append(errs, SegmentError(s, SegUnexpected, "IEA before GE"))
				return nil, errs
			}
			ic.IEA = s
			closes(checkClose(s, len(ic.Groups), "functional groups", ic.ISA, 13))
			closed = true
		case t != nil:
			t.Segments = append(t.Segments, s)
		default:
			errs = append(errs, SegmentError(s, SegUnexpected, "segment outside a transaction set"))
			return nil, errs
		}
	}
	switch {
	case t != nil:
		errs = append(errs, SegmentError(t.ST, SegRequiredMissed, "transaction set has no SE"))
	case g != nil:
		errs = append(errs, SegmentError(g.GS, SegRequiredMissed, "functional group has no GE"))
	case !closed:
		errs = append(errs, &Error{SegmentCode: SegRequiredMissed, Reason: "interchange has no IEA"})
	case len(ic.Groups) == 0:
		errs = append(errs, SegmentError(ic.ISA, SegRequiredMissed, "interchange holds no functional group"))
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return ic, nil
}

// ParseTransactions reads what other parties send us to read, such as a payer's 835: an
// interchange, or transaction sets without an envelope (ST ... SE), which get default
// repetition and component separators, the element separator after "ST" and the first other
// punctuation as the segment terminator, and come back as one group with no GS/GE. Counts and
// control numbers that do not close are kept as Warnings rather than refused (anonymised
// samples are often cut short); the nesting must still be sound.
func ParseTransactions(data []byte) (*Interchange, error) {
	trimmed := bytes.TrimLeft(data, " \t\r\n\ufeff")
	if !bytes.HasPrefix(trimmed, []byte("ST")) || len(trimmed) < 3 {
		ic, err := parse(data, true)
		if err != nil {
			return nil, err
		}
		return ic, nil
	}
	d := Delimiters{Element: trimmed[2], Repetition: DefaultDelimiters.Repetition, Component: DefaultDelimiters.Component}
	for _, c := range trimmed[3:] {
		if c != d.Element && !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == ' ') {
			d.Segment = c
			break
		}
	}
	if err := d.check(); err != nil || d.Segment == 0 {
		return nil, Errors{&Error{Pos: 1, SegmentID: "ST", SegmentCode: SegHasDataErrors, Reason: "cannot tell the separators of transaction sets without an ISA"}}
	}
	segs, err := split(trimmed, d, 1)
	if err != nil {
		return nil, Errors{err.(*Error)}
	}
	ic := &Interchange{Delimiters: d, Groups: []Group{{}}}
	g := &ic.Groups[0]
	var t *Transaction
	var errs Errors
	for _, s := range segs {
		switch {
		case s.ID == "ST" && t == nil:
			g.Transactions = append(g.Transactions, Transaction{ST: s})
			t = &g.Transactions[len(g.Transactions)-1]
		case s.ID == "SE" && t != nil:
			t.SE = s
			ic.Warnings = append(ic.Warnings, checkClose(s, len(t.Segments)+2, "segments from ST to SE", t.ST, 2)...)
			t = nil
		case t != nil && s.ID != "ST":
			t.Segments = append(t.Segments, s)
		default:
			return nil, append(errs, SegmentError(s, SegUnexpected, "outside an ST/SE transaction set"))
		}
	}
	if t != nil {
		errs = append(errs, SegmentError(t.ST, SegRequiredMissed, "transaction set has no SE"))
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return ic, nil
}

// checkClose checks a closing segment's count (element 1) against n, and its control number
// (element 2) against the opening segment's element openEl.
func checkClose(closing Segment, n int, what string, opening Segment, openEl int) Errors {
	var errs Errors
	if c, err := strconv.Atoi(closing.Element(1)); err != nil || c != n {
		errs = append(errs, ElementError(closing, 1, ElemInvalidCode,
			fmt.Sprintf("%s01 counts %s: %d, but there are %d", closing.ID, what, c, n)))
	}
	if closing.Element(2) != opening.Element(openEl) {
		errs = append(errs, ElementError(closing, 2, ElemInvalidCode,
			fmt.Sprintf("%s02 control number does not match %s%02d (segment %d)", closing.ID, opening.ID, openEl, opening.Pos)))
	}
	return errs
}

func digits(s string, n int) bool {
	if len(s) != n {
		return false
	}
	return strings.Trim(s, "0123456789") == ""
}
