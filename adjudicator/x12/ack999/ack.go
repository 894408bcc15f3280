package ack999

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/claimsledger/claims/adjudicator/x12"
)

// Implementation guide of the 999 (GS08, ST03) and its functional identifier (GS01).
const (
	Version      = "005010X231A1"
	FunctionalID = "FA"
)

// Status is an acknowledgement code: IK501 for a transaction set, AK901 for a group.
type Status string

const (
	Accepted           Status = "A"
	AcceptedWithErrors Status = "E" // the set is accepted; the errors it lists were noted
	PartiallyAccepted  Status = "P" // a group with at least one set rejected and one accepted
	Rejected           Status = "R"
)

// Group is one received functional group (GS/GE): the 999 writes one transaction set per group.
type Group struct {
	// FunctionalID, Control and Version are the group's GS01, GS06 and GS08 (AK101-103).
	FunctionalID, Control, Version string
	// Included is GE01, how many transaction sets the sender says the group holds (AK902); 0
	// when there is no GE, and then the sets received are counted.
	Included int
	// Sets are the group's transaction sets as received.
	Sets []Set
	// Codes are the group's own syntax error codes (AK905-AK909: 1 not supported, 2 version not
	// supported, 3 GE missing, 4 GE02 does not match GS06, 5 GE01 does not count the sets). A
	// code, or Rejected, rejects the group and every set in it.
	Codes    []string
	Rejected bool
}

// Set is one received transaction set and what the receiver made of it.
type Set struct {
	// Code, Control and Version are ST01, ST02 and ST03 (AK201-203).
	Code, Control, Version string
	// Start is the ST's position in the interchange (x12.Segment.Pos); a 999 counts segment
	// positions from the ST (IK302: the ST is 1), errors from the ISA.
	Start int
	// Status is A, E or R (IK501); empty is A without errors, R with.
	Status Status
	// Codes are IK502-IK506 beyond those derived from the errors when the set is not A (1 not
	// supported, 2 SE missing, 3 SE02 does not match ST02, 4 SE01 does not count the segments,
	// I6 implementation guide not supported, 5 segments in error). A set rejected only because
	// its group or interchange is has none: no code says that.
	Codes []string
	// Errors are the set's problems, each reported as IK3 (and IK4 for an element).
	Errors []Note
}

// Note is one error of a set and the business unit it is in.
type Note struct {
	*x12.Error
	// Unit and UnitID name the business unit the error is in, for the CTX segment the 999 wants
	// when there is one: for an 837 claim "CLM01" and the claim's CLM01. They are the
	// submitter's own identifier, sent back so that they can find the claim.
	Unit, UnitID string
}

// Write writes the 999 acknowledging groups, one transaction set per group, in an interchange
// with env's sender, receiver, control number and time (FunctionalID and Version may be left
// empty: a 999 is FA, 005010X231A1). It parses what it wrote back with x12.Parse and checks
// its counts before returning it.
func Write(env x12.Envelope, groups []Group) ([]byte, error) {
	if len(groups) == 0 {
		return nil, errors.New("ack999: nothing to acknowledge: a 999 answers at least one functional group")
	}
	switch env.FunctionalID {
	case "":
		env.FunctionalID = FunctionalID
	case FunctionalID:
	default:
		return nil, fmt.Errorf("ack999: a 999 is functional group FA, not %q", env.FunctionalID)
	}
	switch env.Version {
	case "":
		env.Version = Version
	case Version:
	default:
		return nil, fmt.Errorf("ack999: a 999 is %s, not %q", Version, env.Version)
	}
	sets := make([]x12.Set, len(groups))
	want := make([]counts, len(groups))
	for i, g := range groups {
		segs, c, err := groupSegments(g)
		if err != nil {
			return nil, fmt.Errorf("ack999: group %d (GS06 %s): %w", i+1, g.Control, err)
		}
		sets[i], want[i] = x12.Set{Code: "999", Segments: segs}, c
	}
	out, err := x12.Build(x12.DefaultDelimiters, env, sets)
	if err != nil {
		return nil, fmt.Errorf("ack999: %w", err)
	}
	if err := check(out, want); err != nil {
		return nil, fmt.Errorf("ack999: the 999 written does not read back: %w", err)
	}
	return out, nil
}

// counts is what one 999 transaction set says, to check against what it reads back as.
type counts struct {
	sets, accepted int
	group          Status
}

func groupSegments(g Group) ([][]string, counts, error) {
	segs := [][]string{{"AK1", g.FunctionalID, g.Control, g.Version}}
	rejected := g.Rejected || len(g.Codes) > 0
	var c counts
	allA := true
	for _, s := range g.Sets {
		status := s.Status
		switch {
		case rejected:
			status = Rejected
		case status == "" && len(s.Errors) == 0:
			status = Accepted
		case status == "":
			status = Rejected
		}
		if status != Accepted && status != AcceptedWithErrors && status != Rejected {
			return nil, c, fmt.Errorf("set %s: IK501 %q: want A, E or R", s.Control, status)
		}
		if status == Accepted && len(s.Errors) > 0 {
			return nil, c, fmt.Errorf("set %s: accepted (A) with errors: want E", s.Control)
		}
		segs = append(segs, []string{"AK2", s.Code, s.Control, s.Version})
		notes, err := errorSegments(s)
		if err != nil {
			return nil, c, fmt.Errorf("set %s: %w", s.Control, err)
		}
		segs = append(segs, notes...)
		ik5 := []string{"IK5", string(status)}
		if status != Accepted {
			codes := slices.Clone(s.Codes)
			for _, c := range setCodes(s) {
				if !slices.Contains(codes, c) {
					codes = append(codes, c)
				}
			}
			ik5 = append(ik5, codes[:min(len(codes), 5)]...)
		}
		segs = append(segs, ik5)
		c.sets++
		if status != Rejected {
			c.accepted++
		}
		allA = allA && status == Accepted
	}
	switch {
	case rejected || c.accepted == 0:
		c.group = Rejected
	case c.accepted < c.sets:
		c.group = PartiallyAccepted
	case allA:
		c.group = Accepted
	default:
		c.group = AcceptedWithErrors
	}
	included := g.Included
	if included == 0 {
		included = c.sets
	}
	ak9 := []string{"AK9", string(c.group), strconv.Itoa(included), strconv.Itoa(c.sets), strconv.Itoa(c.accepted)}
	segs = append(segs, append(ak9, g.Codes[:min(len(g.Codes), 5)]...))
	return segs, c, nil
}

// errorSegments writes a set's errors: per segment in error, an IK3 for each segment-level code
// and one IK3 (code 8) followed by an IK4 per element error, each IK3 with the CTX of the
// business unit it is in. IK302 counts from the ST; IK303 (an LS/LE loop id) does not apply to
// 837s; IK404 (a copy of the bad value) is never sent: claims are health data.
func errorSegments(s Set) ([][]string, error) {
	notes := slices.Clone(s.Errors)
	slices.SortStableFunc(notes, func(a, b Note) int { return a.Pos - b.Pos })
	var out [][]string
	for i := 0; i < len(notes); {
		j := i
		for j < len(notes) && notes[j].Pos == notes[i].Pos && notes[j].SegmentID == notes[i].SegmentID {
			j++
		}
		group := notes[i:j]
		i = j
		n := group[0]
		if n.Error == nil {
			return nil, errors.New("a note without its error")
		}
		switch {
		case n.SegmentID == "":
			// An unreadable segment id (IK304 1) cannot be named in IK301: the set's IK5 says
			// it has segments in error.
			continue
		case n.SegmentID == "ST" && n.SegmentCode == x12.SegRequiredMissed:
			// x12 reports a set without SE at its ST: IK502 2 says so; an IK3 would name the ST.
			continue
		}
		if n.Pos < s.Start {
			return nil, fmt.Errorf("an error at segment %d, before the set's ST (%d)", n.Pos, s.Start)
		}
		ik3 := func(code string) []string {
			return []string{"IK3", n.SegmentID, strconv.Itoa(n.Pos - s.Start + 1), "", code}
		}
		ctx := unitContext(group)
		var segCodes []string
		var elems []*x12.Error
		for _, g := range group {
			if g.Element > 0 {
				elems = append(elems, g.Error)
			} else if !slices.Contains(segCodes, g.SegmentCode) {
				segCodes = append(segCodes, g.SegmentCode)
			}
		}
		for _, code := range segCodes {
			out = append(out, ik3(code))
			out = append(out, ctx...)
		}
		if len(elems) > 0 {
			out = append(out, ik3(x12.SegHasDataErrors))
			out = append(out, ctx...)
			for _, e := range elems {
				pos := strconv.Itoa(e.Element)
				if e.Component > 0 {
					pos += string(x12.DefaultDelimiters.Component) + strconv.Itoa(e.Component)
				}
				out = append(out, []string{"IK4", pos, "", e.ElementCode})
			}
		}
	}
	return out, nil
}

// unitContext is the CTX naming the business unit the notes are in, when they name one the
// 999 can carry: an identifier holding one of the 999's separators, or empty, is left out, as
// the X12 interpretation of the rule says for one the receiver cannot use; a long one is cut to
// CTX01-2's 35 characters.
func unitContext(notes []Note) [][]string {
	n := notes[0]
	if n.Unit == "" || n.UnitID == "" {
		return nil
	}
	id := n.UnitID
	if len(id) > 35 {
		id = id[:35]
	}
	d := x12.DefaultDelimiters
	if strings.ContainsAny(id, string([]byte{d.Element, d.Repetition, d.Component, d.Segment})) {
		return nil
	}
	return [][]string{{"CTX", n.Unit + string(d.Component) + id}}
}

// setCodes derives IK502-506 for a set that is not accepted from where its errors are.
func setCodes(s Set) []string {
	var codes []string
	add := func(c string) {
		if !slices.Contains(codes, c) {
			codes = append(codes, c)
		}
	}
	for _, n := range s.Errors {
		switch {
		case n.SegmentID == "ST" && n.SegmentCode == x12.SegRequiredMissed:
			add("2") // the set has no SE
		case n.SegmentID == "ST" && n.Element == 1:
			add("1")
		case n.SegmentID == "ST" && n.Element == 3:
			add("I6")
		case n.SegmentID == "SE" && n.Element == 1:
			add("4")
		case n.SegmentID == "SE" && n.Element == 2:
			add("3")
		default:
			add("5")
		}
	}
	if len(codes) == 0 {
		// Rejected with its group or interchange, with no error of its own.
		return nil
	}
	return codes
}

// check parses the 999 written and compares its counts with what was meant: x12.Parse checks
// SE01, GE01 and IEA01; this checks AK2/IK5 pairs and AK9 against the sets.
func check(out []byte, want []counts) error {
	ic, err := x12.Parse(out)
	if err != nil {
		return err
	}
	if len(ic.Groups) != 1 || len(ic.Groups[0].Transactions) != len(want) {
		return fmt.Errorf("%d transaction sets, want %d", len(ic.Groups[0].Transactions), len(want))
	}
	for i, tx := range ic.Groups[0].Transactions {
		var ak2, ik5, accepted int
		var ak9 x12.Segment
		for _, s := range tx.Segments {
			switch s.ID {
			case "AK2":
				ak2++
			case "IK5":
				ik5++
				if s.Element(1) != string(Rejected) {
					accepted++
				}
			case "AK9":
				ak9 = s
			}
		}
		w := want[i]
		if ak2 != w.sets || ik5 != w.sets || accepted != w.accepted {
			return fmt.Errorf("set %d: %d AK2, %d IK5, %d accepted; want %d, %d, %d", i+1, ak2, ik5, accepted, w.sets, w.sets, w.accepted)
		}
		if ak9.Element(1) != string(w.group) || ak9.Element(3) != strconv.Itoa(w.sets) || ak9.Element(4) != strconv.Itoa(w.accepted) {
			return fmt.Errorf("set %d: AK9 says %s, %s received, %s accepted; want %s, %d, %d", i+1, ak9.Element(1), ak9.Element(3), ak9.Element(4), w.group, w.sets, w.accepted)
		}
	}
	return nil
}

// ReplyTo is the envelope of a 999 answering the interchange in data: sender and receiver
// swapped from its ISA, test or production as it is, with the 999's own control number and time.
func ReplyTo(data []byte, control uint32, now time.Time) (x12.Envelope, error) {
	_, segs, err := x12.Tokenize(data)
	if len(segs) == 0 || segs[0].ID != "ISA" {
		return x12.Envelope{}, fmt.Errorf("ack999: no ISA to reply to: %w", err)
	}
	isa := segs[0]
	return x12.Envelope{
		SenderQualifier: isa.Element(7), SenderID: strings.TrimSpace(isa.Element(8)),
		ReceiverQualifier: isa.Element(5), ReceiverID: strings.TrimSpace(isa.Element(6)),
		Control: control, Time: now, Test: isa.Element(15) == "T", FunctionalID: FunctionalID, Version: Version,
	}, nil
}
