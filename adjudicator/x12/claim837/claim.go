package claim837

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/x12"
)

// src is where a claims.v1 field was read: a segment, element and component.
type src struct {
	seg      x12.Segment
	el, comp int
	loop     string
}

// diag is one diagnosis as read from an HI composite.
type diag struct {
	code string
	src  src
	bad  bool // its qualifier or code was already reported
}

// claimDraft is one claim (loop 2300 and what it holds) while it is read.
type claimDraft struct {
	r    *setReader
	node *hlNode
	clm  x12.Segment
	loop string // the loop the last segment was in: 2300, 2310x, 2320, 2330, 2400, 2410, 2420, 2430
	prev string // the last segment's id
	end  int

	c        adjudicator.Claim
	claimID  string
	freq     string
	original string
	charge   int64
	chargeOK bool
	errs     x12.Errors
	// srcs says where each claims.v1 field (by JSON path) was read; reported lists the paths
	// whose problem the reader already reported, so that validation does not report it again.
	srcs     map[string]src
	reported map[string]bool

	principal, others []diag
	principalHI       bool
	otherHI           int
	badHI             bool // an HI the reader could not classify: no "missing principal" on top
	stmt              bool // 837I statement dates (DTP*434) read
	rendering         bool
	priorAuth         string
	priorAuthSrc      src
	priorAuthBad      bool
	headerDone        bool

	lines []*lineDraft
	line  *lineDraft
}

// lineDraft is one service line (loop 2400) while it is read.
type lineDraft struct {
	lx         x12.Segment
	l          adjudicator.Line
	first      bool // the segment after LX was checked
	svc        bool // SV1/SV2 read
	chargeOK   bool
	hasDate    bool
	from, to   string
	dateSrc    src
	priorAuth  bool
	regionDone bool // the line's own segments ended (a 2410/2420/2430 loop or the next line began)
}

func newClaim(r *setReader, n *hlNode, s x12.Segment) *claimDraft {
	c := &claimDraft{r: r, node: n, clm: s, loop: "2300", srcs: map[string]src{}, reported: map[string]bool{}}
	if n == nil || (n.level != "22" && n.level != "23") {
		c.fail(segErr(s, x12.SegUnexpected, "2300", "a claim belongs to a subscriber (HL 22) or patient (HL 23) level"), "$.member_id")
	}
	c.readCLM(s)
	return c
}

func (c *claimDraft) professional() bool { return c.r.kind == adjudicator.Professional }

// fail records e and marks the claims.v1 fields it already explains.
func (c *claimDraft) fail(e *x12.Error, paths ...string) {
	c.errs = append(c.errs, e)
	for _, p := range paths {
		c.reported[p] = true
	}
}

func (c *claimDraft) linePath(field string) string {
	return fmt.Sprintf("$.lines[%d].%s", len(c.lines)-1, field)
}

// segment reads one segment of the claim's loops.
func (c *claimDraft) segment(s x12.Segment) {
	defer func() { c.prev = s.ID }()
	if l := c.line; l != nil && !l.first {
		l.first = true
		if s.ID != c.svcID() {
			c.fail(missingSeg(s.Pos, c.svcID(), "2400", "a service line's "+c.svcID()+" follows its LX"), c.linePath("code"), c.linePath("units"), c.linePath("charge_cents"))
		}
	}
	switch s.ID {
	case "LX":
		c.openLine(s)
	case "SV1", "SV2":
		switch {
		case s.ID != c.svcID():
			c.fail(segErr(s, x12.SegNotDefined, c.loop, s.ID+" is not in this implementation guide: its service lines are "+c.svcID()))
		case c.line == nil || c.line.svc || c.prev != "LX":
			c.fail(segErr(s, x12.SegUnexpected, c.loop, s.ID+" follows a line's LX, once"))
		default:
			c.line.svc = true
			if c.professional() {
				c.readSV1(s)
			} else {
				c.readSV2(s)
			}
		}
	case "SBR":
		if c.line != nil {
			c.fail(segErr(s, x12.SegOutOfOrder, "2400", "the other subscriber loop (2320) comes before the service lines"))
			return
		}
		c.endHeader(s.Pos)
		c.loop = "2320"
	case "NM1":
		c.readNM1(s)
	case "LIN", "SVD":
		if c.line != nil {
			c.endLineRegion(s.Pos)
			c.loop = map[string]string{"LIN": "2410", "SVD": "2430"}[s.ID]
		}
	case "DTP":
		switch q := s.Element(1); {
		case q == "472" && c.line != nil && c.loop == "2400":
			c.readLineDate(s)
		case q == "434" && c.line == nil && c.loop == "2300" && !c.professional():
			c.readStatement(s)
		}
	case "HI":
		if c.line != nil || c.loop != "2300" {
			c.fail(segErr(s, x12.SegOutOfOrder, c.loop, "HI belongs to the claim (loop 2300), before its provider, other payer and service line loops"))
			c.badHI = true
			return
		}
		c.readHI(s)
	case "REF":
		c.readREF(s)
	}
}

func (c *claimDraft) svcID() string {
	if c.professional() {
		return "SV1"
	}
	return "SV2"
}

// readCLM reads the claim's id, total charge and CLM05: the place of service (837P) or the
// facility type code (837I), and the frequency code.
func (c *claimDraft) readCLM(s x12.Segment) {
	c.claimID = s.Element(1)
	c.c.ClaimID = c.claimID
	c.srcs["$.claim_id"] = src{s, 1, 0, "2300"}
	switch {
	case c.claimID == "":
		c.fail(elemErr(s, 1, 0, "2300", missingValue("the claim id (CLM01, patient control number)")), "$.claim_id")
	case len(c.claimID) > 38:
		c.fail(elemErr(s, 1, 0, "2300", &problem{x12.ElemTooLong, "the claim id (CLM01) is at most 38 characters"}), "$.claim_id")
	}
	var p *problem
	if c.charge, p = parseCents(s.Element(2), "the total charge (CLM02)"); p != nil {
		c.fail(elemErr(s, 2, 0, "2300", p))
	} else if c.charge < 0 {
		c.fail(elemErr(s, 2, 0, "2300", &problem{x12.ElemInvalidCode, "the total charge (CLM02) is negative"}))
	} else {
		c.chargeOK = true
	}
	first, qual, freq := s.Component(5, 1), s.Component(5, 2), s.Component(5, 3)
	wantQual := "B"
	if c.professional() {
		c.c.PlaceOfService = first
		c.srcs["$.place_of_service"] = src{s, 5, 1, "2300"}
		if first == "" {
			c.fail(elemErr(s, 5, 1, "2300", missingValue("the place of service (CLM05-1)")), "$.place_of_service")
		}
	} else {
		wantQual = "A"
		switch {
		case first == "":
			c.fail(elemErr(s, 5, 1, "2300", missingValue("the facility type code (CLM05-1)")))
		case len(first) != 2 || !allDigits(first):
			c.fail(elemErr(s, 5, 1, "2300", &problem{x12.ElemInvalidCode, "the facility type code (CLM05-1) is 2 digits, the first two of the type of bill" + separatorHint(first)}))
		}
		c.c.BillType = first + freq
	}
	switch qual {
	case wantQual:
	case "":
		c.fail(elemErr(s, 5, 2, "2300", missingValue("the facility code qualifier (CLM05-2 "+wantQual+")")))
	default:
		c.fail(elemErr(s, 5, 2, "2300", &problem{x12.ElemInvalidCode, "want facility code qualifier CLM05-2 " + wantQual}))
	}
	c.freq = freq
	switch {
	case freq == "":
		c.fail(elemErr(s, 5, 3, "2300", missingValue("the claim frequency code (CLM05-3)")))
	case len(freq) != 1 || !(freq[0] >= '0' && freq[0] <= '9' || freq[0] >= 'A' && freq[0] <= 'Z'):
		c.fail(elemErr(s, 5, 3, "2300", &problem{x12.ElemInvalidCode, "the claim frequency code (CLM05-3) is one digit or letter"}))
	}
}

// endHeader runs when the claim's own segments end (at pos): a 2310/2320/2400 loop begins, or
// the claim does. It checks the segments loop 2300 requires.
func (c *claimDraft) endHeader(pos int) {
	if c.headerDone {
		return
	}
	c.headerDone = true
	if !c.principalHI && !c.badHI {
		c.fail(missingSeg(pos, "HI", "2300", "the claim's principal diagnosis (HI ABK) is required"))
	}
	if !c.professional() && !c.stmt {
		c.fail(missingSeg(pos, "DTP", "2300", "the statement dates DTP*434 are required in an 837I"), "$.service_from", "$.service_to")
	}
	if (c.freq == "7" || c.freq == "8") && c.original == "" {
		c.fail(missingSeg(pos, "REF", "2300", "a replacement (CLM05-3 7) or void (8) names the claim it corrects: REF*F8, the payer's claim control number"))
	}
}

func (c *claimDraft) openLine(s x12.Segment) {
	c.closeLine(s.Pos)
	c.endHeader(s.Pos)
	limit := 50
	if !c.professional() {
		limit = 999
	}
	if len(c.lines) == limit {
		c.fail(segErr(s, x12.SegLoopTooMany, "2400", fmt.Sprintf("a claim has at most %d service lines", limit)))
	}
	l := &lineDraft{lx: s}
	c.lines = append(c.lines, l)
	c.line = l
	c.loop = "2400"
	path := c.linePath("line")
	c.srcs[path] = src{s, 1, 0, "2400"}
	n, p := parseLX(s.Element(1))
	switch {
	case p != nil:
		c.fail(elemErr(s, 1, 0, "2400", p), path)
	case n != len(c.lines):
		c.fail(elemErr(s, 1, 0, "2400", &problem{x12.ElemInvalidCode, "LX01 numbers the claim's lines 1, 2, 3... in order: want " + strconv.Itoa(len(c.lines))}), path)
	}
	l.l.Number = n
}

func (c *claimDraft) closeLine(pos int) {
	l := c.line
	if l == nil {
		return
	}
	if !l.first {
		l.first = true
		c.fail(missingSeg(pos, c.svcID(), "2400", "a service line's "+c.svcID()+" follows its LX"), c.linePath("code"), c.linePath("units"), c.linePath("charge_cents"))
	}
	c.endLineRegion(pos)
	c.line = nil
}

// endLineRegion runs when a line's own segments end (at pos), and checks the 837P's required
// service date.
func (c *claimDraft) endLineRegion(pos int) {
	l := c.line
	if l == nil || l.regionDone {
		return
	}
	l.regionDone = true
	if c.professional() && !l.hasDate {
		c.fail(missingSeg(pos, "DTP", "2400", "the line's service date DTP*472 is required in an 837P"), c.linePath("service_date"))
	}
}

// close ends the claim at pos, the position of the segment after its last.
func (c *claimDraft) close(pos int) {
	c.closeLine(pos)
	c.endHeader(pos)
	if len(c.lines) == 0 {
		c.fail(missingSeg(pos, "LX", "2400", "a claim has at least one service line"), "$.lines")
	}
	c.end = pos - 1
}

// readSV1 reads an 837P service line: SV101 HC:code:mod1..mod4, SV102 charge, SV103 UN,
// SV104 units, SV105 the line's place of service.
func (c *claimDraft) readSV1(s x12.Segment) {
	c.readProcedure(s, 1, "SV101")
	c.readCharge(s, 2, "the line charge (SV102)")
	switch s.Element(3) {
	case "UN":
	case "":
		c.fail(elemErr(s, 3, 0, "2400", missingValue("the unit of measure (SV103 UN)")), c.linePath("units"))
	case "MJ":
		c.fail(elemErr(s, 3, 0, "2400", &problem{x12.ElemInvalidCode, "anesthesia minutes (MJ) are not supported: claims.v1 carries service units (UN)"}), c.linePath("units"))
	default:
		c.fail(elemErr(s, 3, 0, "2400", &problem{x12.ElemInvalidCode, "want unit of measure UN"}), c.linePath("units"))
	}
	c.readUnits(s, 4, "the service unit count (SV104)")
	if pos := s.Element(5); pos != "" {
		c.line.l.PlaceOfService = pos
		c.srcs[c.linePath("place_of_service")] = src{s, 5, 0, "2400"}
	}
}

// readSV2 reads an 837I service line: SV201 revenue code, SV202 HC:code:mods when the line
// has a procedure code, SV203 charge, SV204 UN or DA, SV205 units.
func (c *claimDraft) readSV2(s x12.Segment) {
	path := c.linePath("revenue_code")
	c.line.l.RevenueCode = s.Element(1)
	c.srcs[path] = src{s, 1, 0, "2400"}
	if s.Element(1) == "" {
		c.fail(elemErr(s, 1, 0, "2400", missingValue("the revenue code (SV201)")), path)
	}
	// SV202 is situational: an inpatient room-and-board line has a revenue code and no HCPCS.
	if s.Element(2) != "" {
		c.readProcedure(s, 2, "SV202")
	}
	c.readCharge(s, 3, "the line charge (SV203)")
	switch s.Element(4) {
	case "UN", "DA": // days are the units of a room-and-board line
	case "":
		c.fail(elemErr(s, 4, 0, "2400", missingValue("the unit of measure (SV204 UN or DA)")), c.linePath("units"))
	default:
		c.fail(elemErr(s, 4, 0, "2400", &problem{x12.ElemInvalidCode, "want unit of measure UN or DA"}), c.linePath("units"))
	}
	c.readUnits(s, 5, "the service unit count (SV205)")
}

// readProcedure reads a procedure composite (SV101, SV202): HC, the HCPCS/CPT code, up to four
// modifiers. Other qualifiers (HIPPS, NDC-only, jurisdiction codes) are not claims.v1 codes.
func (c *claimDraft) readProcedure(s x12.Segment, el int, name string) {
	path := c.linePath("code")
	c.srcs[path] = src{s, el, 2, "2400"}
	switch q := s.Component(el, 1); q {
	case "HC":
	case "":
		c.fail(elemErr(s, el, 1, "2400", missingValue("the procedure code qualifier ("+name+"-1 HC)")))
	default:
		c.fail(elemErr(s, el, 1, "2400", &problem{x12.ElemInvalidCode, "want procedure code qualifier " + name + "-1 HC (HCPCS/CPT)" + separatorHint(q)}), path)
	}
	code := s.Component(el, 2)
	c.line.l.Code = code
	if code == "" {
		c.fail(elemErr(s, el, 2, "2400", missingValue("the procedure code ("+name+"-2)")), path)
	}
	for comp := 3; comp <= 6; comp++ {
		if m := s.Component(el, comp); m != "" {
			c.srcs[c.linePath(fmt.Sprintf("modifiers[%d]", len(c.line.l.Modifiers)))] = src{s, el, comp, "2400"}
			c.line.l.Modifiers = append(c.line.l.Modifiers, m)
		}
	}
}

func (c *claimDraft) readCharge(s x12.Segment, el int, what string) {
	path := c.linePath("charge_cents")
	c.srcs[path] = src{s, el, 0, "2400"}
	cents, p := parseCents(s.Element(el), what)
	switch {
	case p != nil:
		c.fail(elemErr(s, el, 0, "2400", p), path)
	case cents < 0:
		c.fail(elemErr(s, el, 0, "2400", &problem{x12.ElemInvalidCode, what + " is negative"}), path)
	default:
		c.line.chargeOK = true
	}
	c.line.l.ChargeCents = cents
}

func (c *claimDraft) readUnits(s x12.Segment, el int, what string) {
	path := c.linePath("units")
	c.srcs[path] = src{s, el, 0, "2400"}
	n, p := parseUnits(s.Element(el), what)
	if p != nil {
		c.fail(elemErr(s, el, 0, "2400", p), path)
	}
	c.line.l.Units = n
}

// readLineDate reads DTP*472: D8, or RD8 when the range is one day. claims.v1 has one date per
// line, so a line over several days is refused rather than dated by its first day (per-day
// limits would then see every unit on one day).
func (c *claimDraft) readLineDate(s x12.Segment) {
	l := c.line
	path := c.linePath("service_date")
	if l.hasDate {
		c.fail(segErr(s, x12.SegTooMany, "2400", "the service date DTP*472 occurs once per line"))
		return
	}
	l.hasDate = true
	l.dateSrc = src{s, 3, 0, "2400"}
	c.srcs[path] = l.dateSrc
	var p *problem
	switch s.Element(2) {
	case "D8":
		if l.from, p = parseD8(s.Element(3), "the service date (DTP03)"); p == nil {
			l.to = l.from
		}
	case "RD8":
		if l.from, l.to, p = parseRD8(s.Element(3), "the service dates (DTP03)"); p == nil && l.from != l.to {
			p = &problem{x12.ElemInvalidCode, "the line's service dates span several days: claims.v1 has one date per line (bill a line per day)"}
		}
	case "":
		c.fail(elemErr(s, 2, 0, "2400", missingValue("the date format qualifier (DTP02 D8 or RD8)")), path)
		return
	default:
		c.fail(elemErr(s, 2, 0, "2400", &problem{x12.ElemInvalidCode, "want date format qualifier D8 or RD8"}), path)
		return
	}
	if p != nil {
		c.fail(elemErr(s, 3, 0, "2400", p), path)
	}
	l.l.ServiceDate = l.from
}

// readStatement reads the 837I statement dates DTP*434, the claim's service period. The guide
// wants RD8 even for one day; a D8 is refused but still read, so that the lines' dates are
// checked against it.
func (c *claimDraft) readStatement(s x12.Segment) {
	if c.stmt {
		c.fail(segErr(s, x12.SegTooMany, "2300", "the statement dates DTP*434 occur once per claim"))
		return
	}
	c.stmt = true
	at := src{s, 3, 0, "2300"}
	c.srcs["$.service_from"], c.srcs["$.service_to"] = at, at
	var from, to string
	var p *problem
	switch s.Element(2) {
	case "RD8":
		from, to, p = parseRD8(s.Element(3), "the statement dates (DTP03)")
	case "D8":
		c.fail(elemErr(s, 2, 0, "2300", &problem{x12.ElemInvalidCode, "the statement dates are a range: want date format qualifier RD8"}))
		if from, p = parseD8(s.Element(3), "the statement date (DTP03)"); p == nil {
			to = from
		}
	case "":
		c.fail(elemErr(s, 2, 0, "2300", missingValue("the date format qualifier (DTP02 RD8)")), "$.service_from", "$.service_to")
		return
	default:
		c.fail(elemErr(s, 2, 0, "2300", &problem{x12.ElemInvalidCode, "want date format qualifier RD8"}), "$.service_from", "$.service_to")
		return
	}
	if p != nil {
		c.fail(elemErr(s, 3, 0, "2300", p), "$.service_from", "$.service_to")
	}
	c.c.ServiceFrom, c.c.ServiceTo = from, to
}

// HI qualifiers: ICD-10-CM diagnoses (what claims.v1 carries), their retired ICD-9-CM
// counterparts, and the other code lists an HI may hold, which the engine does not use.
var (
	icd9Qualifier = map[string]string{"BK": "ABK", "BF": "ABF"}
	otherHI       = map[string]map[string]bool{
		adjudicator.Professional:  set("BP", "BO", "BG"),
		adjudicator.Institutional: set("ABJ", "BJ", "APR", "PR", "ABN", "BN", "DR", "BBR", "BR", "CAH", "BBQ", "BQ", "BI", "BH", "BE", "BG", "TC"),
	}
)

// separatorHint names the likeliest cause of a code or qualifier holding punctuation: composite
// components joined with another separator than the one ISA16 declares. It quotes nothing.
func separatorHint(v string) string {
	if strings.IndexFunc(v, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) >= 0 {
		return " (it holds punctuation: are its components separated by the component separator ISA16 declares?)"
	}
	return ""
}

func set(ks ...string) map[string]bool {
	m := map[string]bool{}
	for _, k := range ks {
		m[k] = true
	}
	return m
}

// readHI reads diagnoses. 837P: one HI, HI01 ABK (principal) and HI02-HI12 ABF. 837I: one HI
// with the principal diagnosis (ABK) alone and up to two HI of other diagnoses (ABF, 12 each).
// An HI of another code list (procedures, occurrences, values, conditions...) is skipped.
func (c *claimDraft) readHI(s x12.Segment) {
	q := s.Component(1, 1)
	if alt, ok := icd9Qualifier[q]; ok {
		q = alt
	}
	var maxEls int
	switch {
	case q == "ABK" && c.professional():
		if c.principalHI {
			c.fail(segErr(s, x12.SegTooMany, "2300", "the diagnosis HI occurs once per claim"))
			return
		}
		c.principalHI, maxEls = true, 12
	case q == "ABK":
		if c.principalHI {
			c.fail(segErr(s, x12.SegTooMany, "2300", "the principal diagnosis HI occurs once per claim"))
			return
		}
		c.principalHI, maxEls = true, 1
	case q == "ABF" && !c.professional():
		if c.otherHI == 2 {
			c.fail(segErr(s, x12.SegTooMany, "2300", "the other diagnoses HI occurs at most twice per claim"))
			return
		}
		c.otherHI++
		maxEls = 12
	case q == "ABF":
		c.fail(elemErr(s, 1, 1, "2300", &problem{x12.ElemInvalidCode, "the diagnosis HI starts with the principal diagnosis: want HI01-1 ABK"}))
		c.badHI = true
		maxEls = 12
	case otherHI[c.r.kind][q]:
		return
	case q == "":
		c.fail(elemErr(s, 1, 1, "2300", missingValue("the code list qualifier (HI01-1)")))
		c.badHI = true
		return
	default:
		c.fail(elemErr(s, 1, 1, "2300", &problem{x12.ElemInvalidCode, "unknown code list qualifier (HI01-1) for this implementation guide" + separatorHint(q)}))
		c.badHI = true
		return
	}
	for el := 1; el <= len(s.Elements); el++ {
		if el > maxEls {
			c.fail(elemErr(s, el, 0, "2300", &problem{x12.ElemTooMany, fmt.Sprintf("this HI holds at most %d diagnoses", maxEls)}))
			break
		}
		if s.Element(el) == "" {
			continue
		}
		want := "ABF"
		if el == 1 && q == "ABK" {
			want = "ABK"
		}
		d := diag{code: s.Component(el, 2), src: src{s, el, 2, "2300"}}
		switch got := s.Component(el, 1); {
		case got == want:
		case got == "":
			c.fail(elemErr(s, el, 1, "2300", missingValue("the diagnosis code qualifier")))
			d.bad = true
		case icd9Qualifier[got] == want:
			// ICD-9-CM was retired on 2015-10-01; claims.v1 carries ICD-10-CM, and an ICD-9 code
			// cannot be read as one (some, such as V and E codes, would even look valid).
			c.fail(elemErr(s, el, 1, "2300", &problem{x12.ElemInvalidCode, "the diagnosis is coded in ICD-9-CM (" + got + "): claims.v1 carries ICD-10-CM diagnoses (" + want + ")"}))
			d.bad = true
		default:
			c.fail(elemErr(s, el, 1, "2300", &problem{x12.ElemInvalidCode, "want diagnosis code qualifier " + want}))
			d.bad = true
		}
		if d.code == "" {
			c.fail(elemErr(s, el, 2, "2300", missingValue("the diagnosis code")))
			d.bad = true
		}
		if el == 1 && q == "ABK" {
			c.principal = append(c.principal, d)
		} else {
			c.others = append(c.others, d)
		}
	}
}

// readNM1 reads the claim's rendering provider (837P loop 2310B, NM1*82) or attending provider
// (837I loop 2310A, NM1*71) and tracks which loop the claim is in.
func (c *claimDraft) readNM1(s x12.Segment) {
	q := s.Element(1)
	switch {
	case c.line != nil:
		c.endLineRegion(s.Pos)
		c.loop = "2420"
		if c.professional() && q == "82" {
			c.loop = "2420A"
			// claims.v1 has one rendering provider per claim.
			if npi := s.Element(9); npi != "" && npi != c.c.RenderingNPI {
				c.fail(elemErr(s, 9, 0, "2420A", &problem{x12.ElemInvalidCode, "the line's rendering provider differs from the claim's (loop 2310B): claims.v1 has one rendering provider per claim"}))
			}
		}
		return
	case c.loop == "2320" || c.loop == "2330":
		c.loop = "2330"
		return
	}
	c.endHeader(s.Pos)
	loops := map[string]string{"DN": "2310A", "P3": "2310A", "82": "2310B", "77": "2310C", "DQ": "2310D", "PW": "2310E", "45": "2310F"}
	want, what := "82", "rendering"
	if !c.professional() {
		loops = map[string]string{"71": "2310A", "72": "2310B", "ZZ": "2310C", "82": "2310D", "77": "2310E", "DN": "2310F"}
		want, what = "71", "attending"
	}
	c.loop = loops[q]
	if c.loop == "" {
		c.loop = "2310"
	}
	if q != want {
		return
	}
	if c.rendering {
		c.fail(segErr(s, x12.SegLoopTooMany, c.loop, "the "+what+" provider loop occurs once per claim"))
		return
	}
	c.rendering = true
	// NM108/NM109 are required when the provider has an NPI; without them there is no
	// rendering NPI, which claims.v1 allows.
	npi, qual := s.Element(9), s.Element(8)
	if npi == "" && qual == "" {
		return
	}
	c.c.RenderingNPI = npi
	c.srcs["$.rendering_npi"] = src{s, 9, 0, c.loop}
	switch qual {
	case "XX":
	case "":
		c.fail(elemErr(s, 8, 0, c.loop, &problem{x12.ElemConditional, "NM109 needs its qualifier NM108 XX (NPI)"}), "$.rendering_npi")
	default:
		c.fail(elemErr(s, 8, 0, c.loop, &problem{x12.ElemInvalidCode, "the " + what + " provider is identified by NPI: want NM108 XX"}), "$.rendering_npi")
	}
	if p := checkNPI(npi, "the "+what+" provider's NPI (NM109)"); p != nil {
		c.fail(elemErr(s, 9, 0, c.loop, p), "$.rendering_npi")
	}
}

// readREF reads the prior authorization (REF*G1: the claim's, or an 837P line's own) and the
// payer claim control number a replacement or void refers to (REF*F8).
func (c *claimDraft) readREF(s x12.Segment) {
	switch q := s.Element(1); {
	case q == "G1" && c.line == nil && c.loop == "2300":
		if c.priorAuthSrc.seg.ID != "" {
			c.fail(segErr(s, x12.SegTooMany, "2300", "the claim's prior authorization REF*G1 occurs once"))
			return
		}
		c.priorAuth, c.priorAuthSrc = s.Element(2), src{s, 2, 0, "2300"}
		if c.priorAuth == "" {
			c.fail(elemErr(s, 2, 0, "2300", missingValue("the prior authorization number (REF02)")))
			c.priorAuthBad = true
		}
	case q == "G1" && c.line != nil && c.loop == "2400" && c.professional():
		path := c.linePath("prior_auth")
		if c.line.priorAuth {
			c.fail(segErr(s, x12.SegTooMany, "2400", "claims.v1 carries one prior authorization per line"), path)
			return
		}
		c.line.priorAuth = true
		c.line.l.PriorAuth = s.Element(2)
		c.srcs[path] = src{s, 2, 0, "2400"}
		if s.Element(2) == "" {
			c.fail(elemErr(s, 2, 0, "2400", missingValue("the prior authorization number (REF02)")), path)
		}
	case q == "F8" && c.line == nil && c.loop == "2300":
		c.original = s.Element(2)
		if c.original == "" {
			c.fail(elemErr(s, 2, 0, "2300", missingValue("the payer claim control number (REF02)")))
		}
	}
}
