package x12

import (
	"fmt"
	"strings"
)

// Segment syntax error codes (999 IK304, 5010).
const (
	SegUnrecognized   = "1" // unrecognized segment ID
	SegUnexpected     = "2" // unexpected segment
	SegRequiredMissed = "3" // required segment missing
	SegLoopTooMany    = "4" // loop occurs over maximum times
	SegTooMany        = "5" // segment exceeds maximum use
	SegNotDefined     = "6" // segment not in defined transaction set
	SegOutOfOrder     = "7" // segment not in proper sequence
	SegHasDataErrors  = "8" // segment has data element errors
)

// Element syntax error codes (999 IK403, 5010).
const (
	ElemRequiredMissing = "1"  // required data element missing
	ElemConditional     = "2"  // conditional required data element missing
	ElemTooMany         = "3"  // too many data elements
	ElemTooShort        = "4"  // data element too short
	ElemTooLong         = "5"  // data element too long
	ElemInvalidChar     = "6"  // invalid character in data element
	ElemInvalidCode     = "7"  // invalid code value
	ElemInvalidDate     = "8"  // invalid date
	ElemInvalidTime     = "9"  // invalid time
	ElemExclusion       = "10" // exclusion condition violated
)

// Error is one problem in an interchange, located by segment and element. It never holds an
// element's value: a claim's elements are health data.
type Error struct {
	// Pos is the segment's ordinal position in the interchange, from 1 (the ISA); 0 when the
	// problem is the interchange as a whole.
	Pos int
	// SegmentID is the segment's id (CLM, SV1, ...); empty when Pos is 0.
	SegmentID string
	// Element is the element's position in its segment, from 1 (CLM02); 0 for the segment.
	Element int
	// Component is the component's position in a composite element, from 1; 0 when none.
	Component int
	// Loop is the loop the segment belongs to, when known (2300, 2400, ...).
	Loop string
	// SegmentCode and ElementCode are the 999 IK304 and IK403 codes (Seg*, Elem*).
	SegmentCode string
	ElementCode string
	// Reason says why, in words.
	Reason string
}

func (e *Error) Error() string {
	var b strings.Builder
	switch {
	case e.Pos == 0:
		b.WriteString("interchange")
	default:
		fmt.Fprintf(&b, "segment %d (%s", e.Pos, e.SegmentID)
		if e.Element > 0 {
			fmt.Fprintf(&b, "%02d", e.Element)
			if e.Component > 0 {
				fmt.Fprintf(&b, "-%d", e.Component)
			}
		}
		b.WriteString(")")
		if e.Loop != "" {
			fmt.Fprintf(&b, " in loop %s", e.Loop)
		}
	}
	b.WriteString(": ")
	b.WriteString(e.Reason)
	return b.String()
}

// Errors is every problem found, in order.
type Errors []*Error

func (es Errors) Error() string {
	msgs := make([]string, len(es))
	for i, e := range es {
		msgs[i] = e.Error()
	}
	return strings.Join(msgs, "; ")
}

// ElementError is a problem with element el (from 1) of s.
func ElementError(s Segment, el int, code, reason string) *Error {
	return &Error{Pos: s.Pos, SegmentID: s.ID, Element: el, SegmentCode: SegHasDataErrors, ElementCode: code, Reason: reason}
}

// SegmentError is a problem with s as a whole.
func SegmentError(s Segment, code, reason string) *Error {
	return &Error{Pos: s.Pos, SegmentID: s.ID, SegmentCode: code, Reason: reason}
}
