package elig270

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/claimsledger/claims/adjudicator/x12"
)

// Decode reads a 270 interchange into its inquiries, with today's date (in the local time zone)
// for inquiries that send none. Any problem rejects the whole interchange: the error wraps an
// x12.Errors naming every problem found (segment position, id, element, loop and the 999 codes)
// without quoting a value, for a 999 to carry back.
func Decode(data []byte) ([]Inquiry, error) {
	return DecodeOn(data, time.Now())
}

// DecodeOn is Decode with today's date given: the date an inquiry without DTP*291 asks about.
func DecodeOn(data []byte, today time.Time) ([]Inquiry, error) {
	ic, err := x12.Parse(data)
	if err != nil {
		return nil, fmt.Errorf("elig270: %w", err)
	}
	var errs x12.Errors
	var out []Inquiry
	env := interchangeOf(ic)
	// The reply's GS02 and GS03 are these ids: a separator in them could not be written back.
	for _, el := range []int{6, 8} {
		if strings.ContainsAny(ic.ISA.Element(el), string([]byte{ic.Delimiters.Component, ic.Delimiters.Repetition})) {
			errs = append(errs, elemErr(ic.ISA, el, "", &problem{x12.ElemInvalidChar, "an interchange id holds a component or repetition separator"}))
		}
	}
	for gi := range ic.Groups {
		g := &ic.Groups[gi]
		// HS is the functional identifier of eligibility inquiries; a group of anything else is
		// not for this reader, whatever its sets say.
		if g.GS.Element(1) != "HS" {
			errs = append(errs, elemErr(g.GS, 1, "", &problem{x12.ElemInvalidCode, "the functional group is not eligibility inquiries (GS01 HS)"}))
		}
		if len(g.Transactions) == 0 {
			errs = append(errs, missingSeg(g.GE.Pos, "ST", "", "a functional group holds at least one 270 transaction set"))
		}
		for ti := range g.Transactions {
			r := &setReader{
				ic: ic, gs: g.GS, tx: &g.Transactions[ti], today: today.Format(time.DateOnly),
				base: Inquiry{Interchange: env, Delimiters: ic.Delimiters},
				last: map[string]*level{},
			}
			r.read()
			errs = append(errs, r.errs...)
			out = append(out, r.inquiries...)
		}
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("elig270: %w", sortErrors(errs))
	}
	return out, nil
}

// setReader reads one 270 transaction set.
type setReader struct {
	ic    *x12.Interchange
	gs    x12.Segment
	tx    *x12.Transaction
	today string
	base  Inquiry // what every inquiry of the set shares

	errs      x12.Errors
	levels    []*level
	cur       *level
	last      map[string]*level // the latest level of each HL03: the parent of the next level below
	inquiries []Inquiry
}

func (r *setReader) fail(e *x12.Error) { r.errs = append(r.errs, e) }

// level is one HL and the loops under it up to the next HL.
type level struct {
	hl       x12.Segment
	code     string // HL03; "" when it is not one this guide defines
	parent   *level
	children int
	end      int // the position of the segment after the level's last

	phase  int // phaseStart, phaseName or phaseInquiry: where in the level's loops we are
	party  Party
	member string
	npi    string
	date   *[2]string // DTP*291 of the name loop: from, to
	eq     bool
	types  []string
}

const (
	phaseStart   = iota // after HL: TRN, then the name NM1
	phaseName           // the 2100 name loop
	phaseInquiry        // the 2110 EQ loops
)

// loops are the loop ids of a level: its own, its name loop's, its inquiry loop's.
var loops = map[string][3]string{
	"20": {"2000A", "2100A", ""},
	"21": {"2000B", "2100B", ""},
	"22": {"2000C", "2100C", "2110C"},
	"23": {"2000D", "2100D", "2110D"},
}

// levelNames name the levels in messages.
var levelNames = map[string]string{
	"20": "information source (HL 20)", "21": "information receiver (HL 21)",
	"22": "subscriber (HL 22)", "23": "dependent (HL 23)",
}

// nameSegments and inquirySegments are the segments the guide allows in a level's name loop
// and inquiry loop, besides those loops' first segments (NM1, EQ).
var (
	nameSegments = map[string][]string{
		"21": {"REF", "N3", "N4", "PRV"},
		"22": {"REF", "N3", "N4", "PRV", "DMG", "INS", "HI", "DTP"},
		"23": {"REF", "N3", "N4", "PRV", "DMG", "INS", "HI", "DTP"},
	}
	inquirySegments = map[string][]string{
		"22": {"AMT", "III", "REF", "DTP"},
		"23": {"III", "REF", "DTP"},
	}
)

func (r *setReader) read() {
	tx := r.tx
	r.base.Set, r.base.Control = tx.ST.Pos, tx.ControlNumber()
	if tx.Code() != "270" {
		r.fail(elemErr(tx.ST, 1, "", &problem{x12.ElemInvalidCode, "the transaction set is not a 270 eligibility inquiry"}))
		return
	}
	version, vseg, vel := tx.Version(), tx.ST, 3
	if version == "" {
		version, vseg, vel = r.gs.Element(8), r.gs, 8
	}
	if !strings.HasPrefix(version, "005010X279") {
		r.fail(elemErr(vseg, vel, "", &problem{x12.ElemInvalidCode, "implementation guide not supported: want " + Version}))
		return
	}
	segs := tx.Segments
	if len(segs) == 0 || segs[0].ID != "BHT" {
		at := tx.SE.Pos
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
		case s.ID == "BHT":
			r.fail(segErr(s, x12.SegTooMany, "", "BHT occurs once, first in the transaction set"))
		case r.cur == nil:
			r.fail(segErr(s, x12.SegUnexpected, "", "a segment before the first hierarchical level (HL)"))
		default:
			r.segment(r.cur, s)
		}
	}
	r.closeLevel(tx.SE.Pos)
	r.checkHierarchy()
	if len(r.errs) == 0 {
		r.collect()
	}
}

func (r *setReader) readBHT(s x12.Segment) {
	if s.Element(1) != "0022" {
		r.fail(elemErr(s, 1, "", &problem{x12.ElemInvalidCode, "want BHT01 0022 (information source, receiver, subscriber, dependent)"}))
	}
	switch s.Element(2) {
	case "13":
	case "":
		r.fail(elemErr(s, 2, "", missing("the transaction set purpose (BHT02)")))
	case "01":
		r.fail(elemErr(s, 2, "", &problem{x12.ElemInvalidCode, "cancellations (BHT02 01) are not supported: want 13 (request)"}))
	default:
		r.fail(elemErr(s, 2, "", &problem{x12.ElemInvalidCode, "want BHT02 13 (request)"}))
	}
	r.base.Reference = r.text(s, 3, 50, "", "the submitter transaction identifier (BHT03)", true)
	if _, ok := parseD8(s.Element(4)); !ok {
		r.fail(elemErr(s, 4, "", &problem{x12.ElemInvalidDate, "want the creation date as CCYYMMDD"}))
	}
	if v := s.Element(6); v != "" && v != "RT" {
		r.fail(elemErr(s, 6, "", &problem{x12.ElemInvalidCode, "want BHT06 RT (real time) or none"}))
	}
}

// openHL starts a level. HL01 numbers the levels 1, 2, 3...; HL02 names the parent, which,
// the hierarchy being written depth first, is the latest level of the level code above.
func (r *setReader) openHL(s x12.Segment) {
	r.closeLevel(s.Pos)
	n := &level{hl: s, code: s.Element(3)}
	n.party.HL = s.Element(1)
	r.levels = append(r.levels, n)
	r.cur = n
	if want := strconv.Itoa(len(r.levels)); s.Element(1) != want {
		r.fail(elemErr(s, 1, "", &problem{x12.ElemInvalidCode, "HL01 numbers the levels 1, 2, 3... in order: want " + want}))
	}
	above := map[string]string{"21": "20", "22": "21", "23": "22"}
	switch n.code {
	case "20":
		if s.Element(2) != "" {
			r.fail(elemErr(s, 2, "2000A", &problem{x12.ElemInvalidCode, "an information source level has no parent: HL02 is not used"}))
		}
	case "21", "22", "23":
		p := r.last[above[n.code]]
		n.parent = p
		switch {
		case p == nil:
			r.fail(segErr(s, x12.SegOutOfOrder, loops[n.code][0], "no "+levelNames[above[n.code]]+" level precedes this "+levelNames[n.code]+" level"))
		case s.Element(2) == "":
			r.fail(elemErr(s, 2, loops[n.code][0], missing("the parent level (HL02)")))
		case s.Element(2) != p.hl.Element(1):
			r.fail(elemErr(s, 2, loops[n.code][0], &problem{x12.ElemInvalidCode, "HL02 names the " + levelNames[p.code] + " level this one follows: want " + p.hl.Element(1)}))
		}
		if p != nil {
			p.children++
		}
	case "":
		r.fail(elemErr(s, 3, "", missing("the hierarchical level code (HL03)")))
	default:
		r.fail(elemErr(s, 3, "", &problem{x12.ElemInvalidCode, "want hierarchical level 20 (information source), 21 (information receiver), 22 (subscriber) or 23 (dependent)"}))
		n.code = ""
	}
	if n.code == "" {
		return
	}
	r.last[n.code] = n
	// A new level ends every level below it: a subscriber after a new receiver is that receiver's.
	switch n.code {
	case "20":
		delete(r.last, "21")
		fallthrough
	case "21":
		delete(r.last, "22")
		fallthrough
	case "22":
		delete(r.last, "23")
	}
	valid := map[string][]string{"20": {"1"}, "21": {"1"}, "22": {"0", "1"}, "23": {"0"}}[n.code]
	switch hl04 := s.Element(4); {
	case hl04 == "":
		r.fail(elemErr(s, 4, loops[n.code][0], missing("the hierarchical child code (HL04)")))
	case !slices.Contains(valid, hl04):
		r.fail(elemErr(s, 4, loops[n.code][0], &problem{x12.ElemInvalidCode, "want HL04 " + strings.Join(valid, " or ") + " for a " + levelNames[n.code] + " level"}))
	}
}

// closeLevel ends the current level at pos, the segment after its last, and reports its
// missing name loop.
func (r *setReader) closeLevel(pos int) {
	n := r.cur
	if n == nil {
		return
	}
	n.end = pos
	if n.code != "" && n.phase == phaseStart {
		r.fail(missingSeg(pos, "NM1", loops[n.code][1], "the "+levelNames[n.code]+" name NM1*"+entities[n.code][0]+" (loop "+loops[n.code][1]+") is required"))
	}
}

// checkHierarchy checks the set as a whole: HL04 against what followed, a subscriber level in
// every set, and the inquiries each patient level must hold.
func (r *setReader) checkHierarchy() {
	subscribers := 0
	for _, n := range r.levels {
		if n.code == "" {
			continue
		}
		hl04 := n.hl.Element(4)
		switch {
		case hl04 == "1" && n.children == 0:
			r.fail(elemErr(n.hl, 4, loops[n.code][0], &problem{x12.ElemInvalidCode, "HL04 says a child level follows (1), but none does"}))
		case hl04 == "0" && n.children > 0:
			r.fail(elemErr(n.hl, 4, loops[n.code][0], &problem{x12.ElemInvalidCode, "HL04 says no child level follows (0), but one does"}))
		}
		switch {
		case n.code == "22":
			subscribers++
			if n.children == 0 && !n.eq && n.phase != phaseStart {
				r.fail(missingSeg(n.end, "EQ", "2110C", "a subscriber who is the patient is asked about with at least one EQ"))
			}
		case n.code == "23" && !n.eq && n.phase != phaseStart:
			r.fail(missingSeg(n.end, "EQ", "2110D", "a dependent is asked about with at least one EQ"))
		}
	}
	if subscribers == 0 {
		r.fail(missingSeg(r.tx.SE.Pos, "HL", "2000C", "an eligibility inquiry has a subscriber level (HL 22)"))
	}
}

// entities are the NM101 codes each level's name loop allows; the first is the usual one.
var entities = map[string][]string{
	"20": {"PR", "2B", "36", "GP", "P5"},
	"21": {"1P", "2B", "36", "80", "FA", "GP", "P5", "PR"},
	"22": {"IL"},
	"23": {"03"},
}

// segment reads a segment of level n's loops (2000, 2100, 2110).
func (r *setReader) segment(n *level, s x12.Segment) {
	if n.code == "" {
		return // the HL was refused; what it holds cannot be placed
	}
	lp := loops[n.code]
	if n.phase == phaseStart {
		switch {
		case s.ID == "TRN" && (n.code == "22" || n.code == "23"):
			r.readTRN(n, s)
			return
		case s.ID == "NM1":
			n.phase = phaseName
			r.readName(n, s)
			return
		}
		n.phase = phaseName
		r.fail(missingSeg(s.Pos, "NM1", lp[1], "the "+levelNames[n.code]+" name NM1*"+entities[n.code][0]+" (loop "+lp[1]+") comes first in loop "+lp[0]))
	}
	switch {
	case s.ID == "EQ" && lp[2] != "":
		n.phase = phaseInquiry
		r.readEQ(n, s)
	case n.phase == phaseName && slices.Contains(nameSegments[n.code], s.ID):
		switch s.ID {
		case "DTP":
			r.readDTP(n, s)
		case "DMG":
			r.readDMG(n, s)
		}
	case n.phase == phaseInquiry && s.ID == "DTP":
		// A date per EQ would need an answer per EQ; the 2100 date is the one answered.
		r.fail(segErr(s, x12.SegUnexpected, lp[2], "a date per inquiry (DTP in loop "+lp[2]+") is not supported: send DTP*291 in loop "+lp[1]))
	case n.phase == phaseInquiry && slices.Contains(inquirySegments[n.code], s.ID):
	case s.ID == "TRN" && (n.code == "22" || n.code == "23"):
		r.fail(segErr(s, x12.SegOutOfOrder, lp[0], "TRN comes right after HL, before the name NM1"))
	case s.ID == "NM1":
		r.fail(segErr(s, x12.SegLoopTooMany, lp[1], "the name loop "+lp[1]+" occurs once per level"))
	case slices.Contains(nameSegments[n.code], s.ID):
		r.fail(segErr(s, x12.SegOutOfOrder, lp[2], s.ID+" belongs to the name loop "+lp[1]+", before the first EQ"))
	default:
		r.fail(segErr(s, x12.SegUnexpected, lp[0], "not a segment of a "+levelNames[n.code]+" level's loops"))
	}
}

// readName reads the level's NM1: the payer and receiver as sent, the subscriber's member id.
func (r *setReader) readName(n *level, s x12.Segment) {
	lp := loops[n.code][1]
	nm := &n.party.Name
	nm.Entity = s.Element(1)
	if !slices.Contains(entities[n.code], nm.Entity) {
		r.fail(elemErr(s, 1, lp, &problem{x12.ElemInvalidCode, "want NM101 " + strings.Join(entities[n.code], ", ") + " for a " + levelNames[n.code] + " name"}))
	}
	nm.EntityType = s.Element(2)
	types := []string{"1", "2"}
	if n.code == "23" {
		types = []string{"1"}
	}
	if !slices.Contains(types, nm.EntityType) {
		r.fail(elemErr(s, 2, lp, &problem{x12.ElemInvalidCode, "want NM102 " + strings.Join(types, " or ") + " (1 person, 2 non-person entity)"}))
	}
	nm.Last = r.text(s, 3, 60, lp, "the last or organisation name (NM103)", n.code == "20")
	nm.First = r.text(s, 4, 35, lp, "the first name (NM104)", false)
	nm.Middle = r.text(s, 5, 25, lp, "the middle name (NM105)", false)
	nm.Suffix = r.text(s, 7, 10, lp, "the name suffix (NM107)", false)
	if n.code == "23" {
		// 5010 removed the dependent's id (NM108-09 not used): a patient with an id of their
		// own is sent as the subscriber. One sent anyway is not the member's and is not echoed.
		return
	}
	quals := map[string][]string{
		"20": {"PI", "24", "46", "FI", "NI", "XV", "XX"},
		"21": {"XX", "24", "34", "FI", "PI", "PP", "SV", "XV"},
		"22": {"MI", "II"},
	}[n.code]
	nm.IDQualifier, nm.ID = s.Element(8), s.Element(9)
	required := n.code != "22" // a subscriber may be searched for by name (not supported: AAA 72)
	switch {
	case nm.IDQualifier == "" && nm.ID == "" && !required:
		return
	case nm.IDQualifier == "" && required:
		r.fail(elemErr(s, 8, lp, missing("the identification code qualifier (NM108)")))
	case nm.IDQualifier == "":
		r.fail(elemErr(s, 8, lp, &problem{x12.ElemConditional, "the identification code qualifier (NM108) is required with an id (NM109)"}))
	case !slices.Contains(quals, nm.IDQualifier):
		r.fail(elemErr(s, 8, lp, &problem{x12.ElemInvalidCode, "want NM108 " + strings.Join(quals, ", ")}))
	}
	if nm.ID == "" {
		if required {
			r.fail(elemErr(s, 9, lp, missing("the identification code (NM109)")))
		} else {
			r.fail(elemErr(s, 9, lp, &problem{x12.ElemConditional, "the identification code (NM109) is required with its qualifier (NM108)"}))
		}
		return
	}
	if len(nm.ID) < 2 {
		r.fail(elemErr(s, 9, lp, &problem{x12.ElemTooShort, "an identification code is at least 2 characters"}))
	}
	nm.ID = r.text(s, 9, 80, lp, "the identification code (NM109)", true)
	switch {
	case n.code == "21" && nm.IDQualifier == "XX":
		if p := checkNPI(nm.ID); p != nil {
			r.fail(elemErr(s, 9, lp, p))
		}
		n.npi = nm.ID
	case n.code == "22" && nm.IDQualifier == "MI":
		n.member = nm.ID
	}
}

func (r *setReader) readTRN(n *level, s x12.Segment) {
	lp := loops[n.code][0]
	if len(n.party.Traces) == 2 {
		r.fail(segErr(s, x12.SegTooMany, lp, "at most 2 TRN per level (the receiver's and a clearinghouse's)"))
		return
	}
	switch s.Element(1) {
	case "1":
	case "":
		r.fail(elemErr(s, 1, lp, missing("the trace type (TRN01)")))
	default:
		r.fail(elemErr(s, 1, lp, &problem{x12.ElemInvalidCode, "want TRN01 1 (current transaction trace number)"}))
	}
	n.party.Traces = append(n.party.Traces, Trace{
		Number:       r.text(s, 2, 50, lp, "the trace number (TRN02)", true),
		Originator:   r.text(s, 3, 10, lp, "the trace assigning entity (TRN03)", true),
		Supplemental: r.text(s, 4, 50, lp, "the supplemental trace number (TRN04)", false),
	})
}

// readDTP reads the name loop's date: DTP*291 is the date (or range) asked about; DTP*102, the
// date the member's card was issued, is not used.
func (r *setReader) readDTP(n *level, s x12.Segment) {
	lp := loops[n.code][1]
	switch s.Element(1) {
	case "291":
	case "102":
		return
	case "":
		r.fail(elemErr(s, 1, lp, missing("the date qualifier (DTP01)")))
		return
	default:
		r.fail(elemErr(s, 1, lp, &problem{x12.ElemInvalidCode, "want DTP01 291 (plan) or 102 (issue)"}))
		return
	}
	if n.date != nil {
		r.fail(segErr(s, x12.SegTooMany, lp, "one DTP*291 per loop"))
		return
	}
	v := s.Element(3)
	switch s.Element(2) {
	case "D8":
		d, ok := parseD8(v)
		if !ok {
			r.fail(elemErr(s, 3, lp, &problem{x12.ElemInvalidDate, "want a date CCYYMMDD"}))
			return
		}
		n.date = &[2]string{d, d}
	case "RD8":
		a, b, _ := strings.Cut(v, "-")
		from, ok1 := parseD8(a)
		to, ok2 := parseD8(b)
		switch {
		case !ok1 || !ok2:
			r.fail(elemErr(s, 3, lp, &problem{x12.ElemInvalidDate, "want a date range CCYYMMDD-CCYYMMDD"}))
			return
		case to < from:
			r.fail(elemErr(s, 3, lp, &problem{x12.ElemInvalidDate, "the range ends before it begins"}))
			return
		}
		n.date = &[2]string{from, to}
	case "":
		r.fail(elemErr(s, 2, lp, missing("the date format (DTP02)")))
	default:
		r.fail(elemErr(s, 2, lp, &problem{x12.ElemInvalidCode, "want DTP02 D8 or RD8"}))
	}
}

func (r *setReader) readDMG(n *level, s x12.Segment) {
	lp := loops[n.code][1]
	d := &Demographics{}
	switch f, v := s.Element(1), s.Element(2); {
	case f == "" && v == "":
	case f != "D8":
		r.fail(elemErr(s, 1, lp, &problem{x12.ElemInvalidCode, "want DMG01 D8 with a birth date"}))
	default:
		var ok bool
		if d.BirthDate, ok = parseD8(v); !ok {
			r.fail(elemErr(s, 2, lp, &problem{x12.ElemInvalidDate, "want the birth date as CCYYMMDD"}))
		}
	}
	switch d.Gender = s.Element(3); d.Gender {
	case "", "F", "M":
	default:
		r.fail(elemErr(s, 3, lp, &problem{x12.ElemInvalidCode, "want DMG03 F or M"}))
	}
	if *d != (Demographics{}) {
		n.party.Demographics = d
	}
}

func (r *setReader) readEQ(n *level, s x12.Segment) {
	lp := loops[n.code][2]
	n.eq = true
	reps := s.Repetitions(1)
	if len(reps) == 0 && s.Element(2) == "" {
		r.fail(elemErr(s, 1, lp, &problem{x12.ElemConditional, "an EQ asks about a service type (EQ01) or a procedure (EQ02)"}))
		return
	}
	for _, c := range reps {
		if !code(c, 2) {
			r.fail(elemErr(s, 1, lp, &problem{x12.ElemInvalidCode, "a service type code is 1 or 2 upper-case letters or digits"}))
			return
		}
		if !slices.Contains(n.types, c) {
			n.types = append(n.types, c)
		}
	}
}

// text reads element el of s as a value the 271 echoes: at most maxLen characters, without
// control characters or the component and repetition separators, which a simple element
// cannot hold and which would change its meaning when echoed.
func (r *setReader) text(s x12.Segment, el, maxLen int, loop, what string, required bool) string {
	v := s.Element(el)
	d := r.ic.Delimiters
	switch {
	case v == "" && required:
		r.fail(elemErr(s, el, loop, missing(what)))
	case len(v) > maxLen:
		r.fail(elemErr(s, el, loop, &problem{x12.ElemTooLong, fmt.Sprintf("%s is at most %d characters", what, maxLen)}))
	case strings.IndexByte(v, d.Component) >= 0 || strings.IndexByte(v, d.Repetition) >= 0:
		r.fail(elemErr(s, el, loop, &problem{x12.ElemInvalidChar, what + " holds a component or repetition separator"}))
	case strings.IndexFunc(v, func(c rune) bool { return c < 0x20 || c == 0x7f }) >= 0:
		r.fail(elemErr(s, el, loop, &problem{x12.ElemInvalidChar, what + " holds a control character"}))
	}
	return v
}

// collect makes an inquiry of every patient level: each dependent, and each subscriber who
// asks about themselves (EQ) or has no dependent asked about.
func (r *setReader) collect() {
	for _, n := range r.levels {
		var sub, dep *level
		switch {
		case n.code == "22" && (n.eq || n.children == 0):
			sub = n
		case n.code == "23":
			sub, dep = n.parent, n
		default:
			continue
		}
		rcv := sub.parent
		src := rcv.parent
		q := r.base
		q.Source, q.Receiver, q.Subscriber = src.party, rcv.party, sub.party
		q.MemberID, q.ReceiverNPI = sub.member, rcv.npi
		patient := sub
		if dep != nil {
			q.Dependent = &dep.party
			patient = dep
		}
		q.From, q.To = r.today, r.today
		for _, l := range []*level{sub, patient} {
			if l.date != nil {
				q.From, q.To = l.date[0], l.date[1]
			}
		}
		q.ServiceTypes = slices.Clone(patient.types)
		r.inquiries = append(r.inquiries, q)
	}
}
