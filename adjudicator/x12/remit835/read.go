package remit835

import (
	"cmp"
	"errors"
	"fmt"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/x12"
)

// Read reads every 835 transaction set in data, an interchange or bare ST/SE sets (as payers'
// samples come), one Remittance each.
//
// It refuses, with x12.Errors naming each segment's position, id and element: an envelope
// x12.ParseTransactions refuses, a transaction set that is not an 835 or does not start with
// BPR, an amount, quantity or date that is not one, and money in the wrong place (a CAS or SVC
// with no claim to belong to, a claim after the PLB summary). It tolerates, as Warnings, what
// real payers send and a reader can still make sense of: counts that do not close, a required
// element left empty (read as empty or zero), a date that is not on the calendar, a segment out
// of its loop that carries no money. Segments the Remittance has no field for are skipped.
func Read(data []byte) ([]Remittance, error) {
	ic, err := x12.ParseTransactions(data)
	if err != nil {
		return nil, fmt.Errorf("remit835: %w", err)
	}
	var out []Remittance
	var errs x12.Errors
	for gi := range ic.Groups {
		for ti := range ic.Groups[gi].Transactions {
			tx := &ic.Groups[gi].Transactions[ti]
			if tx.Code() != "835" {
				errs = append(errs, x12.ElementError(tx.ST, 1, x12.ElemInvalidCode, "not an 835 transaction set"))
				continue
			}
			rd := reader{ci: -1, li: -1}
			rd.read(tx)
			errs = append(errs, rd.errs...)
			for _, w := range ic.Warnings {
				// An envelope warning outside every set (GE, IEA) concerns each set it holds.
				if w.Pos >= tx.ST.Pos && w.Pos <= tx.SE.Pos || !insideAny(ic, w.Pos) {
					rd.r.Warnings = append(rd.r.Warnings, w)
				}
			}
			rd.r.Warnings = append(rd.r.Warnings, rd.warns...)
			out = append(out, rd.r)
		}
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("remit835: %w", errs)
	}
	if len(out) == 0 {
		return nil, errors.New("remit835: no 835 transaction set")
	}
	return out, nil
}

func insideAny(ic *x12.Interchange, pos int) bool {
	for _, g := range ic.Groups {
		for _, t := range g.Transactions {
			if pos >= t.ST.Pos && pos <= t.SE.Pos {
				return true
			}
		}
	}
	return false
}

// reader reads one transaction set, keeping where it is: the claim and line being filled
// (indices, -1 for none), which N1 entity the N3/N4/PER that follow belong to, and whether the
// PLB summary has begun.
type reader struct {
	r           Remittance
	ci, li      int
	entity      string
	plb         bool
	trn         bool
	errs, warns x12.Errors
}

func (rd *reader) claim() *Claim { return &rd.r.Claims[rd.ci] }
func (rd *reader) line() *Line   { return &rd.r.Claims[rd.ci].Lines[rd.li] }

func (rd *reader) loop() string {
	switch {
	case rd.plb:
		return ""
	case rd.li >= 0:
		return "2110"
	case rd.ci >= 0:
		return "2100"
	case rd.entity == "PR":
		return "1000A"
	case rd.entity == "PE":
		return "1000B"
	}
	return ""
}

func (rd *reader) fail(s x12.Segment, el int, code, reason string) {
	e := x12.ElementError(s, el, code, reason)
	if el == 0 {
		e = x12.SegmentError(s, code, reason)
	}
	e.Loop = rd.loop()
	rd.errs = append(rd.errs, e)
}

func (rd *reader) warn(s x12.Segment, el int, code, reason string) {
	e := x12.ElementError(s, el, code, reason)
	if el == 0 {
		e = x12.SegmentError(s, code, reason)
	}
	e.Loop = rd.loop()
	rd.warns = append(rd.warns, e)
}

// required returns element el, warning when it is empty.
func (rd *reader) required(s x12.Segment, el int) string {
	v := s.Element(el)
	if v == "" {
		rd.warn(s, el, x12.ElemRequiredMissing, "required element is empty")
	}
	return v
}

// amount reads element el as cents; an empty required amount reads as zero with a warning.
func (rd *reader) amount(s x12.Segment, el int, required bool) int64 {
	v := s.Element(el)
	if v == "" {
		if required {
			rd.warn(s, el, x12.ElemRequiredMissing, "required amount is empty: read as zero")
		}
		return 0
	}
	c, err := parseCents(v)
	if err != nil {
		rd.fail(s, el, x12.ElemInvalidChar, "amount is "+err.Error())
	}
	return c
}

// date reads element el, a CCYYMMDD date, as YYYY-MM-DD.
func (rd *reader) date(s x12.Segment, el int, required bool) string {
	v := s.Element(el)
	if v == "" {
		if required {
			rd.warn(s, el, x12.ElemRequiredMissing, "required date is empty")
		}
		return ""
	}
	iso, ok := isoDate(v)
	switch {
	case !ok:
		rd.fail(s, el, x12.ElemInvalidDate, "a date is 8 digits, CCYYMMDD")
	case !calendarDate(iso):
		rd.warn(s, el, x12.ElemInvalidDate, "not a calendar date")
	}
	return iso
}

func (rd *reader) read(tx *x12.Transaction) {
	if len(tx.Segments) == 0 || tx.Segments[0].ID != "BPR" {
		rd.fail(tx.ST, 0, x12.SegRequiredMissed, "an 835 starts with BPR (financial information)")
		return
	}
	for i, s := range tx.Segments {
		switch s.ID {
		case "BPR":
			if i > 0 {
				rd.fail(s, 0, x12.SegTooMany, "a second BPR: one payment per 835")
				continue
			}
			rd.bpr(s)
		case "TRN":
			if rd.trn {
				rd.warn(s, 0, x12.SegTooMany, "a second TRN: the first is the trace")
				continue
			}
			rd.trn = true
			rd.required(s, 1)
			rd.r.Payment.Trace = rd.required(s, 2)
			rd.r.Payer.CompanyID = rd.required(s, 3)
		case "DTM":
			rd.dtm(s)
		case "N1":
			rd.n1(s)
		case "N3", "N4":
			rd.n3n4(s)
		case "PER":
			if rd.entity == "PR" && s.Element(1) == "BL" && rd.r.Payer.Contact == (Contact{}) && rd.ci < 0 {
				rd.r.Payer.Contact = contact(s)
			}
		case "LX":
			if rd.plb {
				rd.fail(s, 0, x12.SegOutOfOrder, "a claim loop after the PLB summary")
				continue
			}
			rd.ci, rd.li, rd.entity = -1, -1, ""
		case "CLP":
			rd.clp(s)
		case "CAS":
			rd.cas(s)
		case "NM1":
			rd.nm1(s)
		case "MOA", "MIA":
			rd.moa(s)
		case "SVC":
			rd.svc(s)
		case "REF":
			if rd.li >= 0 && s.Element(1) == "6R" {
				rd.line().ControlNumber = s.Element(2)
			}
		case "AMT":
			if rd.li >= 0 && s.Element(1) == "B6" {
				l := rd.line()
				l.AllowedCents, l.HasAllowed = rd.amount(s, 2, true), true
			}
		case "LQ":
			switch {
			case rd.li < 0:
				rd.warn(s, 0, x12.SegUnexpected, "LQ outside a service line: skipped")
			case s.Element(1) == "HE" && s.Element(2) != "":
				l := rd.line()
				l.Remarks = append(l.Remarks, s.Element(2))
			}
		case "PLB":
			rd.plbSeg(s)
		}
	}
	if !rd.trn {
		rd.warn(tx.ST, 0, x12.SegRequiredMissed, "no TRN: the payment has no trace number")
	}
}

func (rd *reader) bpr(s x12.Segment) {
	p := &rd.r.Payment
	p.Cents = rd.amount(s, 2, true)
	switch s.Element(3) {
	case "C":
	case "D":
		p.Cents = -p.Cents
	default:
		rd.warn(s, 3, x12.ElemInvalidCode, "credit/debit flag is C or D: read as C")
	}
	p.Method = rd.required(s, 4)
	p.EFT = EFT{
		Format: s.Element(5), SenderDFIQualifier: s.Element(6), SenderDFI: s.Element(7),
		SenderAccountQualifier: s.Element(8), SenderAccount: s.Element(9),
		ReceiverDFIQualifier: s.Element(12), ReceiverDFI: s.Element(13),
		ReceiverAccountQualifier: s.Element(14), ReceiverAccount: s.Element(15),
	}
	p.Date = rd.date(s, 16, true)
}

func (rd *reader) dtm(s x12.Segment) {
	q := s.Element(1)
	switch {
	case rd.plb:
	case rd.li >= 0:
		l := rd.line()
		switch q {
		case "472":
			l.ServiceDate = rd.date(s, 2, true)
		case "150":
			l.PeriodFrom = rd.date(s, 2, true)
		case "151":
			l.PeriodTo = rd.date(s, 2, true)
		}
	case rd.ci >= 0:
		c := rd.claim()
		switch q {
		case "232":
			c.StatementFrom = rd.date(s, 2, true)
		case "233":
			c.StatementTo = rd.date(s, 2, true)
		}
	case q == "405":
		rd.r.ProductionDate = rd.date(s, 2, true)
	}
}

func (rd *reader) n1(s x12.Segment) {
	if rd.ci >= 0 || rd.plb {
		rd.warn(s, 0, x12.SegOutOfOrder, "N1 after the claims: skipped")
		return
	}
	rd.entity = s.Element(1)
	switch rd.entity {
	case "PR":
		rd.r.Payer.Name = rd.required(s, 2)
		if s.Element(3) == "XV" {
			rd.r.Payer.PlanID = s.Element(4)
		}
	case "PE":
		p := &rd.r.Payee
		p.Name, p.Qualifier, p.ID = rd.required(s, 2), rd.required(s, 3), rd.required(s, 4)
		if p.Name == p.ID {
			p.Name = "" // how Write spells a payee known by its id alone
		}
	}
}

func (rd *reader) n3n4(s x12.Segment) {
	if rd.ci >= 0 || rd.plb {
		return
	}
	var a *Address
	switch rd.entity {
	case "PR":
		a = &rd.r.Payer.Address
	case "PE":
		a = &rd.r.Payee.Address
	default:
		return
	}
	if s.ID == "N3" {
		a.Line1, a.Line2 = rd.required(s, 1), s.Element(2)
	} else {
		a.City, a.State, a.PostalCode = rd.required(s, 1), s.Element(2), s.Element(3)
	}
}

func contact(s x12.Segment) Contact {
	c := Contact{Name: s.Element(2)}
	for el := 3; el <= 7; el += 2 {
		n := s.Element(el + 1)
		switch s.Element(el) {
		case "TE":
			c.Phone = cmp.Or(c.Phone, n)
		case "EM":
			c.Email = cmp.Or(c.Email, n)
		case "UR":
			c.URL = cmp.Or(c.URL, n)
		}
	}
	return c
}

func (rd *reader) clp(s x12.Segment) {
	if rd.plb {
		rd.fail(s, 0, x12.SegOutOfOrder, "a claim after the PLB summary")
		return
	}
	rd.li, rd.entity = -1, ""
	rd.r.Claims = append(rd.r.Claims, Claim{})
	rd.ci = len(rd.r.Claims) - 1
	c := rd.claim()
	c.ID = rd.required(s, 1)
	c.Status = rd.required(s, 2)
	c.ChargeCents = rd.amount(s, 3, true)
	c.PaidCents = rd.amount(s, 4, true)
	c.PatientCents = rd.amount(s, 5, false)
	c.FilingIndicator = rd.required(s, 6)
	c.PayerControl = rd.required(s, 7)
	c.FacilityType, c.Frequency = s.Element(8), s.Element(9)
}

func (rd *reader) cas(s x12.Segment) {
	var to *[]adjudicator.Adjustment
	switch {
	case rd.li >= 0:
		to = &rd.line().Adjustments
	case rd.ci >= 0:
		to = &rd.claim().Adjustments
	default:
		rd.fail(s, 0, x12.SegUnexpected, "CAS outside a claim: an adjustment must belong to a claim or a line")
		return
	}
	group := rd.required(s, 1)
	// Up to six reason/amount/quantity triplets: CAS02-04, 05-07, ... 17-19.
	for k := range 6 {
		reasonEl, amountEl := 2+3*k, 3+3*k
		if s.Element(reasonEl) == "" && s.Element(amountEl) == "" {
			continue
		}
		reason := s.Element(reasonEl)
		if reason == "" {
			rd.warn(s, reasonEl, x12.ElemConditional, "an adjustment amount without its reason code")
		}
		*to = append(*to, adjudicator.Adjustment{Group: group, CARC: reason, Cents: rd.amount(s, amountEl, true)})
	}
}

func (rd *reader) nm1(s x12.Segment) {
	switch {
	case rd.ci < 0 || rd.plb:
		return
	case rd.li >= 0:
		rd.warn(s, 0, x12.SegOutOfOrder, "NM1 inside a service line: skipped")
		return
	}
	c := rd.claim()
	switch s.Element(1) {
	case "QC":
		c.Patient = Patient{LastName: s.Element(3), FirstName: s.Element(4), Qualifier: s.Element(8), ID: s.Element(9)}
	case "82":
		if s.Element(8) == "XX" {
			c.RenderingNPI = s.Element(9)
		}
	}
}

// moa reads the claim-level remark codes of MOA (MOA03-07) and MIA (MIA05, MIA20-23).
func (rd *reader) moa(s x12.Segment) {
	if rd.ci < 0 || rd.li >= 0 || rd.plb {
		rd.warn(s, 0, x12.SegOutOfOrder, s.ID+" outside a claim's own segments: skipped")
		return
	}
	els := []int{3, 4, 5, 6, 7}
	if s.ID == "MIA" {
		els = []int{5, 20, 21, 22, 23}
	}
	c := rd.claim()
	for _, el := range els {
		if v := s.Element(el); v != "" {
			c.Remarks = append(c.Remarks, v)
		}
	}
}

func (rd *reader) svc(s x12.Segment) {
	if rd.ci < 0 {
		rd.fail(s, 0, x12.SegUnexpected, "SVC outside a claim")
		return
	}
	c := rd.claim()
	c.Lines = append(c.Lines, Line{})
	rd.li = len(c.Lines) - 1
	l := rd.line()
	l.Qualifier, l.Code = s.Component(1, 1), s.Component(1, 2)
	if l.Code == "" {
		e := x12.ElementError(s, 1, x12.ElemRequiredMissing, "no procedure code in SVC01 (component 2)")
		e.Component, e.Loop = 2, "2110"
		rd.warns = append(rd.warns, e)
	}
	if cs := s.Components(1); len(cs) > 2 {
		mods := cs[2:min(len(cs), 2+maxModifiers)]
		for len(mods) > 0 && mods[len(mods)-1] == "" {
			mods = mods[:len(mods)-1]
		}
		if len(mods) > 0 {
			l.Modifiers = append([]string(nil), mods...)
		}
	}
	l.ChargeCents = rd.amount(s, 2, true)
	l.PaidCents = rd.amount(s, 3, true)
	l.RevenueCode = s.Element(4)
	l.Units, l.OriginalUnits = s.Element(5), s.Element(7)
	for _, el := range []int{5, 7} {
		if v := s.Element(el); v != "" && !validQuantity(v) {
			rd.fail(s, el, x12.ElemInvalidChar, "units are not an X12 decimal quantity")
		}
	}
}

func (rd *reader) plbSeg(s x12.Segment) {
	rd.plb, rd.ci, rd.li, rd.entity = true, -1, -1, ""
	provider := rd.required(s, 1)
	period := rd.date(s, 2, true)
	// Up to six adjustment identifier/amount pairs: PLB03-04, 05-06, ... 13-14.
	for k := range 6 {
		idEl, amountEl := 3+2*k, 4+2*k
		if s.Element(idEl) == "" && s.Element(amountEl) == "" {
			continue
		}
		if s.Component(idEl, 1) == "" {
			rd.warn(s, idEl, x12.ElemConditional, "an adjustment amount without its reason code")
		}
		rd.r.ProviderAdjustments = append(rd.r.ProviderAdjustments, ProviderAdjustment{
			ProviderID: provider, FiscalPeriod: period,
			Reason: s.Component(idEl, 1), Reference: s.Component(idEl, 2),
			Cents: rd.amount(s, amountEl, true),
		})
	}
}
