package ack999

import (
	"fmt"
	"strconv"

	"github.com/claimsledger/claims/adjudicator/x12"
	"github.com/claimsledger/claims/adjudicator/x12/claim837"
)

// For837 is the acknowledgement of what claim837.Decode read: per set, A when every claim was
// accepted, E when some were (the set is accepted, and its IK3/IK4 name what rejected the
// others), R when none was; every error inside a set with the CLM01 of the claim it is in.
//
// A 999 acknowledges transaction sets, not claims: E is the closest it comes to "some claims of
// this set were accepted and some rejected", and a submitter must read the IK3/IK4 (with their
// CTX CLM01) to know which. A 277CA is the transaction that answers per claim.
func For837(r *claim837.Result) []Group {
	ic := r.Interchange
	groups := make([]Group, len(ic.Groups))
	for gi, g := range ic.Groups {
		included, _ := strconv.Atoi(g.GE.Element(1))
		groups[gi] = Group{FunctionalID: g.GS.Element(1), Control: g.ControlNumber(), Version: g.Version(), Included: included}
	}
	for _, s := range r.Sets {
		g := &groups[s.Group]
		set := Set{Code: s.Code, Control: s.Control, Version: s.Version, Start: s.Start}
		switch {
		case s.Rejected == 0 && len(s.Errors) == 0:
			set.Status = Accepted
		case s.Accepted > 0:
			set.Status = AcceptedWithErrors
		default:
			set.Status = Rejected
		}
		gs := ic.Groups[s.Group].GS
		for _, e := range s.Errors {
			if e.Pos < s.Start || e.Pos > s.End {
				// An error on the group's GS: a group the reader does not take.
				if e.Pos == gs.Pos {
					g.Codes = appendNew(g.Codes, groupCode(e))
				}
				continue
			}
			n := Note{Error: e}
			for i := range r.Claims {
				c := &r.Claims[i]
				if c.Group == s.Group && c.Set == s.Control && c.Pos <= e.Pos && e.Pos <= c.End {
					n.Unit, n.UnitID = "CLM01", c.ClaimID
					break
				}
			}
			set.Errors = append(set.Errors, n)
		}
		g.Sets = append(g.Sets, set)
	}
	return groups
}

// groupCode is the AK905 code for an error on a GS or GE.
func groupCode(e *x12.Error) string {
	switch {
	case e.SegmentID == "GS" && e.SegmentCode == x12.SegRequiredMissed:
		return "3" // the group has no GE
	case e.SegmentID == "GS" && e.Element == 8:
		return "2"
	case e.SegmentID == "GE" && e.Element == 1:
		return "5"
	case e.SegmentID == "GE" && e.Element == 2:
		return "4"
	case e.SegmentID == "GE":
		return "" // a GE before its set's SE: the set's IK502 2 says it
	}
	return "1"
}

func appendNew(codes []string, c string) []string {
	if c == "" {
		return codes
	}
	for _, o := range codes {
		if o == c {
			return codes
		}
	}
	return append(codes, c)
}

// RejectedInterchange is the acknowledgement of an interchange whose envelope x12.Parse refused
// with errs (as claim837.Decode returns them): every functional group data holds is rejected
// (AK9 R), and every transaction set in it (IK5 R). An error inside a set is its IK3/IK4 (SE01
// and SE02 are also IK502 4 and 3); one on a GS or GE is an AK905 code. Errors on the ISA or
// IEA, or between groups, have no place in a 999 (a TA1 carries those): the groups are still
// rejected, as the interchange is. The groups are found by tokenizing data, as far as it can be.
func RejectedInterchange(data []byte, errs x12.Errors) ([]Group, error) {
	_, segs, _ := x12.Tokenize(data)
	type span struct{ group, set, start, end int }
	var groups []Group
	var spans []span // sets' first and last positions
	var gsPos, gePos []int
	var unclosed []int // sets that never met their SE
	open := -1
	for _, s := range segs {
		switch s.ID {
		case "GS":
			groups = append(groups, Group{FunctionalID: s.Element(1), Control: s.Element(6), Version: s.Element(8), Rejected: true})
			gsPos, gePos = append(gsPos, s.Pos), append(gePos, 0)
			open = -1
		case "ST":
			if len(groups) == 0 {
				continue
			}
			if open >= 0 {
				unclosed = append(unclosed, open)
			}
			g := &groups[len(groups)-1]
			version := s.Element(3)
			if version == "" {
				version = g.Version
			}
			g.Sets = append(g.Sets, Set{Code: s.Element(1), Control: s.Element(2), Version: version, Start: s.Pos, Status: Rejected})
			spans = append(spans, span{len(groups) - 1, len(g.Sets) - 1, s.Pos, s.Pos})
			open = len(spans) - 1
		case "SE":
			if open >= 0 {
				spans[open].end = s.Pos
				open = -1
			}
		case "GE":
			if open >= 0 {
				unclosed = append(unclosed, open)
				open = -1
			}
			if len(groups) > 0 {
				groups[len(groups)-1].Included, _ = strconv.Atoi(s.Element(1))
				gePos[len(groups)-1] = s.Pos
			}
		default:
			if open >= 0 {
				spans[open].end = s.Pos
			}
		}
	}
	if open >= 0 && len(segs) > 0 {
		// The set never closed: it runs to the end of what could be read, and past it to the
		// segment the tokenizer stopped at.
		spans[open].end = segs[len(segs)-1].Pos + 1
		unclosed = append(unclosed, open)
	}
	for _, i := range unclosed {
		s := &groups[spans[i].group].Sets[spans[i].set]
		s.Codes = appendNew(s.Codes, "2")
	}
	if len(groups) == 0 {
		return nil, fmt.Errorf("ack999: the interchange holds no readable functional group to acknowledge with a 999 (a TA1 answers it)")
	}
	for _, e := range errs {
		placed := false
		for _, sp := range spans {
			if sp.start <= e.Pos && e.Pos <= sp.end {
				s := &groups[sp.group].Sets[sp.set]
				s.Errors = append(s.Errors, Note{Error: e})
				placed = true
				break
			}
		}
		for gi := range groups {
			if !placed && e.Pos != 0 && (e.Pos == gsPos[gi] || e.Pos == gePos[gi]) {
				groups[gi].Codes = appendNew(groups[gi].Codes, groupCode(e))
			}
		}
	}
	return groups, nil
}
