package claim837

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/x12"
)

// Decode reads an interchange of 837P and 837I claims. An envelope error (x12.Parse) rejects
// the whole interchange and is returned as x12.Errors; otherwise every transaction set and
// every claim is read, and each claim is accepted or rejected on its own in the Result.
func Decode(data []byte) (*Result, error) {
	ic, err := x12.Parse(data)
	if err != nil {
		var es x12.Errors
		if errors.As(err, &es) {
			return nil, es
		}
		return nil, fmt.Errorf("claim837: %w", err)
	}
	res := &Result{Interchange: ic}
	for gi := range ic.Groups {
		g := &ic.Groups[gi]
		var groupErrs x12.Errors
		// HC is the functional identifier of health care claims; a group of anything else is
		// not for this reader, whatever its sets say.
		switch gs01 := g.GS.Element(1); gs01 {
		case "HC":
		case "":
			groupErrs = append(groupErrs, elemErr(g.GS, 1, 0, "", missingValue("the functional identifier code (GS01)")))
		default:
			groupErrs = append(groupErrs, elemErr(g.GS, 1, 0, "", &problem{x12.ElemInvalidCode, "the functional group is not health care claims (GS01 HC)"}))
		}
		for ti := range g.Transactions {
			r := &setReader{res: res, group: gi, gs: g.GS, tx: &g.Transactions[ti], errs: slices.Clone(groupErrs)}
			r.read()
		}
	}
	return res, nil
}

// setReader reads one transaction set: its header, the HL hierarchy, and the claims.
type setReader struct {
	res   *Result
	group int
	gs    x12.Segment
	tx    *x12.Transaction
	kind  string // adjudicator.Professional or adjudicator.Institutional

	errs    x12.Errors // the set's own: header, envelope, hierarchy as a whole
	nodes   []*hlNode
	node    *hlNode // the HL being read
	lastA   *hlNode // the latest billing provider level (HL 20)
	lastB   *hlNode // the latest subscriber level (HL 22)
	claims  []*claimDraft
	claim   *claimDraft // the claim being read
	sawHL   bool
	sawCLM  bool
	version string
}

func (r *setReader) fail(e *x12.Error) { r.errs = append(r.errs, e) }

func (r *setReader) read() {
	tx := r.tx
	set := Set{Group: r.group, Code: tx.Code(), Control: tx.ControlNumber(), Start: tx.ST.Pos, End: tx.SE.Pos}
	r.version = tx.ST.Element(3)
	switch {
	case tx.Code() != "837":
		r.fail(elemErr(tx.ST, 1, 0, "", &problem{x12.ElemInvalidCode, "the transaction set is not an 837 health care claim"}))
	case r.version == "":
		// ST03 is required by every 5010 implementation guide; GS08 says which one was meant.
		r.fail(elemErr(tx.ST, 3, 0, "", missingValue("the implementation guide reference (ST03)")))
		r.version = r.gs.Element(8)
	}
	set.Version = r.version
	if tx.Code() == "837" {
		switch {
		case strings.HasPrefix(r.version, "005010X222"):
			r.kind = adjudicator.Professional
		case strings.HasPrefix(r.version, "005010X223"):
			r.kind = adjudicator.Institutional
		default:
			el, seg := 3, tx.ST
			if tx.ST.Element(3) == "" {
				el, seg = 8, r.gs
			}
			r.fail(elemErr(seg, el, 0, "", &problem{x12.ElemInvalidCode, "implementation guide not supported: want 005010X222 (837P) or 005010X223 (837I)"}))
		}
	}
	switch {
	case r.kind != "":
		r.walk()
	case tx.Code() == "837":
		// An 837 of another guide (dental, say): its claims are listed, rejected, so that each
		// gets an answer.
		for _, s := range tx.Segments {
			if s.ID == "CLM" {
				r.claims = append(r.claims, &claimDraft{r: r, clm: s, claimID: s.Element(1), end: s.Pos})
			}
		}
		for i, c := range r.claims {
			if i+1 < len(r.claims) {
				c.end = r.claims[i+1].clm.Pos - 1
			} else {
				c.end = tx.SE.Pos - 1
			}
		}
	}
	r.finish(&set)
}

// walk reads the segments between ST and SE.
func (r *setReader) walk() {
	segs := r.tx.Segments
	if len(segs) == 0 || segs[0].ID != "BHT" {
		at := r.tx.SE.Pos
		if len(segs) > 0 {
			at = segs[0].Pos
		}
		r.fail(missingSeg(at, "BHT", "", "the transaction set starts with BHT"))
	} else {
		r.readBHT(segs[0])
		segs = segs[1:]
	}
	for _, s := range segs {
		switch {
		case s.ID == "HL":
			r.openHL(s)
		case r.node == nil:
			r.headerSegment(s)
		case s.ID == "CLM":
			r.openClaim(s)
		case r.claim != nil:
			r.claim.segment(s)
		default:
			r.nodeSegment(s)
		}
	}
	end := r.tx.SE.Pos
	r.closeClaim(end)
	if r.node != nil {
		r.endNodeHeader(r.node, end)
	}
	switch {
	case !r.sawHL:
		r.fail(missingSeg(end, "HL", "2000A", "a claim transaction set has a billing provider level (HL 20)"))
	case !r.sawCLM:
		r.fail(missingSeg(end, "CLM", "2300", "the transaction set holds no claim"))
	}
	for _, n := range r.nodes {
		n.checkChildren()
	}
}

func (r *setReader) readBHT(s x12.Segment) {
	// CH (chargeable) asks for payment; RP (reporting) sends encounters the plan has already
	// paid for (capitation) or reports, which the engine must not pay as claims.
	switch s.Element(6) {
	case "CH":
	case "":
		r.fail(elemErr(s, 6, 0, "", missingValue("the claim or encounter identifier (BHT06)")))
	case "RP":
		r.fail(elemErr(s, 6, 0, "", &problem{x12.ElemInvalidCode, "reporting (RP) transaction sets carry encounters, not claims for payment: want CH"}))
	default:
		r.fail(elemErr(s, 6, 0, "", &problem{x12.ElemInvalidCode, "want CH (chargeable)"}))
	}
}

// headerSegment is a segment before the first HL: the submitter and receiver loops (1000A/B),
// which the engine does not use.
func (r *setReader) headerSegment(s x12.Segment) {
	switch s.ID {
	case "BHT":
		r.fail(segErr(s, x12.SegTooMany, "", "BHT occurs once, first in the transaction set"))
	case "CLM", "LX", "SV1", "SV2", "HI", "SBR":
		r.fail(segErr(s, x12.SegUnexpected, "", "claim data before the first hierarchical level (HL)"))
	}
}

// hlNode is one hierarchical level (HL) and its name loops.
type hlNode struct {
	seg    x12.Segment
	level  string // HL03: 20 billing provider, 22 subscriber, 23 patient
	parent *hlNode
	errs   x12.Errors

	children   int
	childOK    bool        // HL04 is a valid code for the level
	first      bool        // the segment after HL was checked
	nm1        bool        // the level's first NM1 was read
	gap        x12.Segment // the first segment found where the name NM1 was expected
	headerDone bool
	sbr, pat   bool

	npi      string // 2010AA NM109
	npiSrc   src
	npiBad   bool
	member   string // 2010BA NM109
	memSrc   src
	memBad   bool
	relation string // 2000C PAT01
}

func (n *hlNode) fail(e *x12.Error) { n.errs = append(n.errs, e) }

func (n *hlNode) loop() string {
	switch n.level {
	case "20":
		return "2000A"
	case "22":
		return "2000B"
	case "23":
		return "2000C"
	}
	return ""
}

// nameLoop is the level's required name loop: its NM101 and loop id.
func (n *hlNode) nameLoop() (qual, loop, what string) {
	switch n.level {
	case "20":
		return "85", "2010AA", "billing provider"
	case "22":
		return "IL", "2010BA", "subscriber"
	case "23":
		return "QC", "2010CA", "patient"
	}
	return "", "", ""
}

// checkChildren checks HL04 against what followed: 1 says a child level follows, 0 that none does.
func (n *hlNode) checkChildren() {
	if !n.childOK {
		return
	}
	switch hl04 := n.seg.Element(4); {
	case hl04 == "1" && n.children == 0:
		n.fail(elemErr(n.seg, 4, 0, n.loop(), &problem{x12.ElemInvalidCode, "HL04 says a child level follows (1), but none does"}))
	case hl04 == "0" && n.children > 0:
		n.fail(elemErr(n.seg, 4, 0, n.loop(), &problem{x12.ElemInvalidCode, "HL04 says no child level follows (0), but one does"}))
	}
}

// ancestor is the nearest level of the given HL03 at or above n.
func (n *hlNode) ancestor(level string) *hlNode {
	for ; n != nil; n = n.parent {
		if n.level == level {
			return n
		}
	}
	return nil
}

// openHL starts a hierarchical level. HL01 numbers the levels 1, 2, 3...; HL02 names the parent:
// none for a billing provider (20), the billing provider a subscriber (22) follows, the
// subscriber a patient (23) follows. The hierarchy is written depth first, so the parent is
// always the latest level of the level above.
func (r *setReader) openHL(s x12.Segment) {
	r.closeClaim(s.Pos)
	if r.node != nil {
		r.endNodeHeader(r.node, s.Pos)
	}
	r.sawHL = true
	n := &hlNode{seg: s, level: s.Element(3)}
	r.nodes = append(r.nodes, n)
	r.node = n
	loop := n.loop()
	if want := strconv.Itoa(len(r.nodes)); s.Element(1) != want {
		n.fail(elemErr(s, 1, 0, loop, &problem{x12.ElemInvalidCode, "HL01 numbers the levels 1, 2, 3... in order: want " + want}))
	}
	parentOf := func(p *hlNode, what string) {
		n.parent = p
		switch {
		case p == nil:
			n.fail(elemErr(s, 2, 0, loop, &problem{x12.ElemInvalidCode, "no " + what + " level precedes this one"}))
		case s.Element(2) == "":
			n.fail(elemErr(s, 2, 0, loop, missingValue("the parent level (HL02)")))
		case s.Element(2) != p.seg.Element(1):
			n.fail(elemErr(s, 2, 0, loop, &problem{x12.ElemInvalidCode, "HL02 must name the " + what + " level this one follows: want " + strconv.Itoa(slices.Index(r.nodes, p)+1)}))
		}
		if p != nil {
			p.children++
		}
	}
	hl04 := s.Element(4)
	switch n.level {
	case "20":
		r.lastA, r.lastB = n, nil
		if s.Element(2) != "" {
			n.fail(elemErr(s, 2, 0, loop, &problem{x12.ElemInvalidCode, "a billing provider level has no parent: HL02 is not used"}))
		}
		n.childOK = hl04 == "1"
	case "22":
		parentOf(r.lastA, "billing provider (HL 20)")
		r.lastB = n
		n.childOK = hl04 == "0" || hl04 == "1"
	case "23":
		parentOf(r.lastB, "subscriber (HL 22)")
		n.childOK = hl04 == "0"
	case "":
		n.fail(elemErr(s, 3, 0, "", missingValue("the hierarchical level code (HL03)")))
		return
	default:
		n.fail(elemErr(s, 3, 0, "", &problem{x12.ElemInvalidCode, "want hierarchical level 20 (billing provider), 22 (subscriber) or 23 (patient)"}))
		return
	}
	if !n.childOK {
		if hl04 == "" {
			n.fail(elemErr(s, 4, 0, loop, missingValue("the hierarchical child code (HL04)")))
		} else {
			n.fail(elemErr(s, 4, 0, loop, &problem{x12.ElemInvalidCode, map[string]string{"20": "want 1: a billing provider level has subscriber levels", "22": "want 0 or 1", "23": "want 0: a patient level has no child level"}[n.level]}))
		}
	}
}

// nodeSegment reads a segment of a level's own loops (2000A/B/C and their 2010 name loops).
func (r *setReader) nodeSegment(s x12.Segment) {
	n := r.node
	if !n.first {
		n.first = true
		want := map[string]string{"22": "SBR", "23": "PAT"}[n.level]
		if want != "" && s.ID != want {
			n.fail(missingSeg(s.Pos, want, n.loop(), "loop "+n.loop()+" starts with "+want+" after its HL"))
		}
	}
	qual, loop, what := n.nameLoop()
	if qual != "" && !n.nm1 && s.ID != "NM1" && !beforeName[n.level][s.ID] && n.gap.ID == "" {
		// The name loop comes right after the level's own segments: this is where it was
		// expected. Whether it is missing or this segment is out of place shows later.
		n.gap = s
	}
	switch s.ID {
	case "NM1":
		if qual == "" {
			return
		}
		if !n.nm1 {
			n.nm1 = true
			if s.Element(1) != qual {
				at := s
				if n.gap.ID != "" {
					at = n.gap
				}
				n.fail(missingSeg(at.Pos, "NM1", loop, "the "+what+" name NM1*"+qual+" (loop "+loop+") follows the level's HL"))
				n.memBad, n.npiBad = true, true
				return
			}
			if n.gap.ID != "" {
				n.fail(segErr(n.gap, x12.SegOutOfOrder, n.loop(), "not in proper sequence: the "+what+" name NM1*"+qual+" (loop "+loop+") comes first"))
			}
			r.readName(n, s, loop, what)
		} else if s.Element(1) == qual {
			n.fail(segErr(s, x12.SegLoopTooMany, loop, "loop "+loop+" occurs once per level"))
		}
	case "SBR":
		if n.level == "22" && !n.sbr {
			n.sbr = true
			r.readSBR(n, s)
		}
	case "PAT":
		if n.level == "23" && !n.pat {
			n.pat = true
			if n.relation = s.Element(1); n.relation == "" {
				n.fail(elemErr(s, 1, 0, "2000C", missingValue("the patient's relationship to the subscriber (PAT01)")))
			}
		}
	case "LX", "SV1", "SV2", "HI", "CL1":
		n.fail(segErr(s, x12.SegUnexpected, n.loop(), "a claim segment before the claim's CLM"))
	}
}

// beforeName is what may come between a level's HL and its name loop.
var beforeName = map[string]map[string]bool{"20": set("PRV", "CUR"), "22": set("SBR", "PAT"), "23": set("PAT")}

// endNodeHeader checks, when a level's own loops end (at pos), that their required segments came.
func (r *setReader) endNodeHeader(n *hlNode, pos int) {
	if n.headerDone {
		return
	}
	n.headerDone = true
	if !n.first {
		n.first = true
		if want := map[string]string{"22": "SBR", "23": "PAT"}[n.level]; want != "" {
			n.fail(missingSeg(pos, want, n.loop(), "loop "+n.loop()+" starts with "+want+" after its HL"))
		}
	}
	if qual, loop, what := n.nameLoop(); qual != "" && !n.nm1 {
		n.nm1 = true
		n.memBad, n.npiBad = true, true
		if n.gap.ID != "" {
			pos = n.gap.Pos
		}
		n.fail(missingSeg(pos, "NM1", loop, "the "+what+" name NM1*"+qual+" (loop "+loop+") follows the level's HL"))
	}
}

// readName reads the billing provider's NPI (2010AA) or the subscriber's member id (2010BA); a
// patient's name (2010CA) carries no id in 5010.
func (r *setReader) readName(n *hlNode, s x12.Segment, loop, what string) {
	switch n.level {
	case "20":
		n.npi, n.npiSrc = s.Element(9), src{s, 9, 0, loop}
		switch q := s.Element(8); {
		case q == "":
			n.fail(elemErr(s, 8, 0, loop, missingValue("the billing provider's identification qualifier (NM108 XX, NPI)")))
			n.npiBad = true
		case q != "XX":
			n.fail(elemErr(s, 8, 0, loop, &problem{x12.ElemInvalidCode, "the billing provider is identified by NPI: want NM108 XX"}))
			n.npiBad = true
		}
		if p := checkNPI(n.npi, "the billing provider's NPI (NM109)"); p != nil {
			n.fail(elemErr(s, 9, 0, loop, p))
			n.npiBad = true
		}
	case "22":
		n.member, n.memSrc = s.Element(9), src{s, 9, 0, loop}
		switch q := s.Element(8); {
		case q == "":
			n.fail(elemErr(s, 8, 0, loop, missingValue("the subscriber's identification qualifier (NM108 MI)")))
		case q != "MI" && q != "II":
			n.fail(elemErr(s, 8, 0, loop, &problem{x12.ElemInvalidCode, "want NM108 MI (member identification number) or II"}))
		}
		switch {
		case n.member == "":
			n.fail(elemErr(s, 9, 0, loop, missingValue("the subscriber's member id (NM109)")))
			n.memBad = true
		case len(n.member) > 80:
			n.fail(elemErr(s, 9, 0, loop, &problem{x12.ElemTooLong, "the member id is at most 80 characters"}))
			n.memBad = true
		}
	}
}

// readSBR reads the payer responsibility: the engine is the primary payer. A secondary or later
// payer's claim carries the earlier payers' adjudication (loops 2320/2430), which claims.v1 does
// not: adjudicated as primary, it would be paid twice.
func (r *setReader) readSBR(n *hlNode, s x12.Segment) {
	switch s.Element(1) {
	case "P":
	case "":
		n.fail(elemErr(s, 1, 0, "2000B", missingValue("the payer responsibility sequence (SBR01)")))
	default:
		n.fail(elemErr(s, 1, 0, "2000B", &problem{x12.ElemInvalidCode, "only primary claims (SBR01 P) are adjudicated: coordination of benefits with earlier payers is not supported"}))
	}
}

func (r *setReader) openClaim(s x12.Segment) {
	r.closeClaim(s.Pos)
	r.endNodeHeader(r.node, s.Pos)
	r.sawCLM = true
	c := newClaim(r, r.node, s)
	r.claims = append(r.claims, c)
	r.claim = c
}

func (r *setReader) closeClaim(pos int) {
	if r.claim != nil {
		r.claim.close(pos)
		r.claim = nil
	}
}

// finish maps every claim, validates it, and adds the set and its claims to the result.
func (r *setReader) finish(set *Set) {
	all := slices.Clone(r.errs)
	for _, n := range r.nodes {
		all = append(all, n.errs...)
	}
	for _, c := range r.claims {
		cr := c.finish()
		all = append(all, c.errs...)
		if cr.Accepted() {
			set.Accepted++
		} else {
			set.Rejected++
		}
		r.res.Claims = append(r.res.Claims, cr)
	}
	set.Errors = sortErrors(dedupe(all))
	r.res.Sets = append(r.res.Sets, *set)
}

// inherited is what rejects every claim under n: the set's errors and those of n's levels.
func (r *setReader) inherited(n *hlNode) x12.Errors {
	out := slices.Clone(r.errs)
	var chain []*hlNode
	for ; n != nil; n = n.parent {
		chain = append(chain, n)
	}
	for i := len(chain) - 1; i >= 0; i-- {
		out = append(out, chain[i].errs...)
	}
	return out
}

// dedupe drops repeated errors: the same *x12.Error reached through several claims, or the same
// problem found twice at one place.
func dedupe(es x12.Errors) x12.Errors {
	type key struct {
		pos, el, comp int
		id, code      string
	}
	seen := map[key]bool{}
	var out x12.Errors
	for _, e := range es {
		k := key{e.Pos, e.Element, e.Component, e.SegmentID, e.SegmentCode + "/" + e.ElementCode}
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, e)
	}
	return out
}

// sortErrors orders errors by position, element and component; stable, so that problems found
// at one place keep the order they were found in.
func sortErrors(es x12.Errors) x12.Errors {
	slices.SortStableFunc(es, func(a, b *x12.Error) int {
		return cmp.Or(cmp.Compare(a.Pos, b.Pos), cmp.Compare(a.Element, b.Element), cmp.Compare(a.Component, b.Component))
	})
	return es
}

// elemErr is a problem with element el (component comp, 0 for none) of s.
func elemErr(s x12.Segment, el, comp int, loop string, p *problem) *x12.Error {
	return &x12.Error{Pos: s.Pos, SegmentID: s.ID, Element: el, Component: comp, Loop: loop,
		SegmentCode: x12.SegHasDataErrors, ElementCode: p.code, Reason: p.reason}
}

// segErr is a problem with s as a whole.
func segErr(s x12.Segment, code, loop, reason string) *x12.Error {
	return &x12.Error{Pos: s.Pos, SegmentID: s.ID, Loop: loop, SegmentCode: code, Reason: reason}
}

// missingSeg is a required segment id that is missing: at is the position of the segment found
// where it was expected, which is what a 999 reports for a missing segment (IK301 the missing
// id, IK302 the position).
func missingSeg(at int, id, loop, reason string) *x12.Error {
	return &x12.Error{Pos: at, SegmentID: id, Loop: loop, SegmentCode: x12.SegRequiredMissed,
		Reason: "missing " + id + ": " + reason}
}
