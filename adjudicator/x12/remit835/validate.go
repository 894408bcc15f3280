package remit835

import (
	"fmt"
	"slices"
	"strings"

	"github.com/claimsledger/claims/adjudicator"
)

// Problem is one value Write cannot put in a conforming 835. Msg never quotes the value.
type Problem struct {
	// Path names the field: "claims[3].lines[0].code", "payment.trace".
	Path string
	Msg  string
}

// ValidationError lists everything in a remittance that the guide's element rules (codes,
// lengths, required values) do not allow. What Read tolerated in a payer's file can end here.
type ValidationError struct {
	Problems []Problem
}

func (e *ValidationError) Error() string {
	parts := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		parts[i] = p.Path + ": " + p.Msg
	}
	return "remit835: cannot write this 835: " + strings.Join(parts, "; ")
}

// Code lists of the 005010X221A1 guide (pyx12's map of it).
var (
	methods         = []string{MethodACH, MethodBOP, MethodCheck, MethodWire, MethodNone}
	statuses        = []string{"1", "2", "3", "4", "19", "20", "21", "22", "23", "25"}
	filingCodes     = []string{"12", "13", "14", "15", "16", "17", "AM", "CH", "DS", "HM", "LM", "MA", "MB", "MC", "OF", "TV", "VA", "WC", "ZZ"}
	groups          = []string{"CO", "OA", "PI", "PR"}
	payeeQualifiers = []string{"FI", "XV", "XX"}
	patientQuals    = []string{"34", "HN", "II", "MI", "MR"}
	svcQualifiers   = []string{"AD", "ER", "HC", "HP", "IV", "N4", "N6", "NU", "UI", "WK"}
)

// Segment-count limits of the guide that a remittance could exceed.
const (
	maxCASPerLoop  = 99 // CAS repeats per 2100 or 2110 loop
	maxLinesPerClp = 999
	maxClaimRemark = 5 // MOA03-07
	maxModifiers   = 4 // SVC01-3..6
)

type validator struct{ ps []Problem }

func (v *validator) bad(path, format string, args ...any) {
	v.ps = append(v.ps, Problem{Path: path, Msg: fmt.Sprintf(format, args...)})
}

// text checks an element's length and that it holds no delimiter (ours: * ^ : ~) nor control
// character, so that what is written reads back the same.
func (v *validator) text(path, s string, min, max int) {
	switch {
	case len(s) < min && min == 1:
		v.bad(path, "required")
	case len(s) < min || len(s) > max:
		v.bad(path, "%d characters, want %d to %d", len(s), min, max)
	}
	if strings.ContainsAny(s, "*^:~") {
		v.bad(path, "holds an X12 delimiter (* ^ : ~)")
	}
	for _, r := range s {
		if r < ' ' || r == 0x7f {
			v.bad(path, "holds a control character")
			break
		}
	}
}

// optText is text for an element the guide lets us leave out.
func (v *validator) optText(path, s string, max int) { v.optLen(path, s, 1, max) }

func (v *validator) optLen(path, s string, min, max int) {
	if s != "" {
		v.text(path, s, min, max)
	}
}

func (v *validator) code(path, s string, list []string) {
	if !slices.Contains(list, s) {
		if s == "" {
			v.bad(path, "required")
		} else {
			v.bad(path, "not a code the 835 guide allows here (%s)", strings.Join(list, ", "))
		}
	}
}

func (v *validator) money(path string, c int64) {
	if !centsFit(c) {
		v.bad(path, "more than 18 digits")
	}
}

func (v *validator) date(path, iso string, required bool) {
	switch {
	case iso == "" && required:
		v.bad(path, "required")
	case iso != "" && !calendarDate(iso):
		v.bad(path, "want a calendar date YYYY-MM-DD")
	}
}

// validate checks r against the guide's element rules; balancing is Balance's.
func validate(r *Remittance) error {
	var v validator
	v.payer(&r.Payer)
	v.payee(&r.Payee)
	v.payment(&r.Payment)
	v.date("production_date", r.ProductionDate, false)
	for i := range r.Claims {
		v.claim(fmt.Sprintf("claims[%d]", i), &r.Claims[i])
	}
	for i, a := range r.ProviderAdjustments {
		p := fmt.Sprintf("provider_adjustments[%d]", i)
		v.text(p+".provider_id", a.ProviderID, 1, 50)
		v.date(p+".fiscal_period", a.FiscalPeriod, true)
		v.text(p+".reason", a.Reason, 2, 2)
		v.optText(p+".reference", a.Reference, 50)
		v.money(p+".cents", a.Cents)
	}
	if len(v.ps) > 0 {
		return &ValidationError{Problems: v.ps}
	}
	return nil
}

// Validate checks a payer against the guide's element rules, as Write does: for a program
// that configures its payer once, to refuse a bad one at start rather than fail every 835.
// The error is a *ValidationError.
func (p Payer) Validate() error {
	var v validator
	v.payer(&p)
	if len(v.ps) > 0 {
		return &ValidationError{Problems: v.ps}
	}
	return nil
}

func (v *validator) payer(p *Payer) {
	v.text("payer.name", p.Name, 1, 60)
	// TRN03 is exactly 10: "1" and the payer's EIN.
	v.text("payer.company_id", p.CompanyID, 10, 10)
	v.optLen("payer.plan_id", p.PlanID, 2, 80)
	v.address("payer.address", p.Address, true)
	c := p.Contact
	v.optText("payer.contact.name", c.Name, 60)
	v.optText("payer.contact.phone", c.Phone, 256)
	v.optText("payer.contact.email", c.Email, 256)
	v.optText("payer.contact.url", c.URL, 256)
	if c.Phone == "" && c.Email == "" && c.URL == "" {
		v.bad("payer.contact", "the guide requires a technical contact (PER*BL): a phone, an email or a web address")
	}
}

func (v *validator) address(path string, a Address, required bool) {
	if !required && a == (Address{}) {
		return
	}
	v.text(path+".line1", a.Line1, 1, 55)
	v.optText(path+".line2", a.Line2, 55)
	v.text(path+".city", a.City, 2, 30)
	v.optLen(path+".state", a.State, 2, 2)
	v.optLen(path+".postal_code", a.PostalCode, 3, 15)
}

func (v *validator) payee(p *Payee) {
	v.optText("payee.name", p.Name, 60)
	v.code("payee.qualifier", p.Qualifier, payeeQualifiers)
	v.text("payee.id", p.ID, 2, 80)
	if p.Name == "" && len(p.ID) > 60 {
		v.bad("payee.id", "is written as the name when there is none, and names are at most 60 characters")
	}
	v.address("payee.address", p.Address, false)
}

func (v *validator) payment(p *Payment) {
	v.code("payment.method", p.Method, methods)
	v.money("payment.cents", p.Cents)
	switch {
	case p.Cents < 0:
		v.bad("payment.cents", "negative: this engine never debits a provider; carry a negative balance forward with a PLB (FB)")
	case p.Cents == 0 && p.Method != MethodNone && p.Method != "":
		v.bad("payment.method", "a zero payment is NON (no payment), with BPR01 H")
	case p.Cents != 0 && p.Method == MethodNone:
		v.bad("payment.method", "NON is for a zero payment only")
	}
	v.date("payment.date", p.Date, true)
	v.text("payment.trace", p.Trace, 1, traceLen)
	e := p.EFT
	if p.Method == MethodACH || e != (EFT{}) {
		v.code("payment.eft.format", e.Format, []string{"CCP", "CTX"})
		v.code("payment.eft.sender_dfi_qualifier", e.SenderDFIQualifier, []string{"01", "04"})
		v.text("payment.eft.sender_dfi", e.SenderDFI, 3, 12)
		v.code("payment.eft.sender_account_qualifier", e.SenderAccountQualifier, []string{"DA"})
		v.text("payment.eft.sender_account", e.SenderAccount, 1, 35)
		v.code("payment.eft.receiver_dfi_qualifier", e.ReceiverDFIQualifier, []string{"01", "04"})
		v.text("payment.eft.receiver_dfi", e.ReceiverDFI, 3, 12)
		v.code("payment.eft.receiver_account_qualifier", e.ReceiverAccountQualifier, []string{"DA", "SG"})
		v.text("payment.eft.receiver_account", e.ReceiverAccount, 1, 35)
	}
}

func (v *validator) claim(p string, c *Claim) {
	v.text(p+".id", c.ID, 1, 38)
	v.code(p+".status", c.Status, statuses)
	v.money(p+".charge_cents", c.ChargeCents)
	v.money(p+".paid_cents", c.PaidCents)
	v.money(p+".patient_cents", c.PatientCents)
	// The guide's reversal negates the original's amounts (1.10.2.8), and no claim is charged
	// or paid less than nothing: a positive amount on a reversal is a sign gone wrong, which
	// balancing cannot see (both sides of each rule change sign together).
	if c.Status == StatusReversal && (c.ChargeCents > 0 || c.PaidCents > 0) {
		v.bad(p+".status", "a reversal (22) has the original's amounts negated: CLP03 and CLP04 are not positive")
	}
	v.code(p+".filing_indicator", c.FilingIndicator, filingCodes)
	v.text(p+".payer_control", c.PayerControl, 1, 50)
	v.optText(p+".facility_type", c.FacilityType, 2)
	v.optText(p+".frequency", c.Frequency, 1)
	pt := c.Patient
	v.optText(p+".patient.last_name", pt.LastName, 60)
	v.optText(p+".patient.first_name", pt.FirstName, 35)
	if pt.Qualifier != "" || pt.ID != "" {
		v.code(p+".patient.qualifier", pt.Qualifier, patientQuals)
		v.text(p+".patient.id", pt.ID, 2, 80)
	}
	v.optLen(p+".rendering_npi", c.RenderingNPI, 2, 80)
	v.date(p+".statement_from", c.StatementFrom, false)
	v.date(p+".statement_to", c.StatementTo, false)
	v.adjustments(p+".adjustments", c.Adjustments)
	if len(c.Remarks) > maxClaimRemark {
		v.bad(p+".remarks", "%d claim-level remarks, the MOA segment holds %d", len(c.Remarks), maxClaimRemark)
	}
	for i, r := range c.Remarks {
		v.text(fmt.Sprintf("%s.remarks[%d]", p, i), r, 1, 50)
	}
	if len(c.Lines) > maxLinesPerClp {
		v.bad(p+".lines", "%d lines, the guide allows %d per claim", len(c.Lines), maxLinesPerClp)
	}
	for i := range c.Lines {
		v.line(fmt.Sprintf("%s.lines[%d]", p, i), &c.Lines[i])
	}
}

func (v *validator) line(p string, l *Line) {
	v.code(p+".qualifier", l.Qualifier, svcQualifiers)
	v.text(p+".code", l.Code, 1, 48)
	if len(l.Modifiers) > maxModifiers {
		v.bad(p+".modifiers", "%d modifiers, SVC01 holds %d", len(l.Modifiers), maxModifiers)
	}
	for i, m := range l.Modifiers {
		v.text(fmt.Sprintf("%s.modifiers[%d]", p, i), m, 2, 2)
	}
	v.money(p+".charge_cents", l.ChargeCents)
	v.money(p+".paid_cents", l.PaidCents)
	v.optText(p+".revenue_code", l.RevenueCode, 48)
	if l.Units != "" && !validQuantity(l.Units) {
		v.bad(p+".units", "not an X12 decimal quantity of at most 15 digits")
	}
	if l.OriginalUnits != "" && !validQuantity(l.OriginalUnits) {
		v.bad(p+".original_units", "not an X12 decimal quantity of at most 15 digits")
	}
	v.date(p+".service_date", l.ServiceDate, false)
	v.date(p+".period_from", l.PeriodFrom, false)
	v.date(p+".period_to", l.PeriodTo, false)
	v.optText(p+".control_number", l.ControlNumber, 50)
	if l.HasAllowed {
		v.money(p+".allowed_cents", l.AllowedCents)
	}
	v.adjustments(p+".adjustments", l.Adjustments)
	for i, r := range l.Remarks {
		v.text(fmt.Sprintf("%s.remarks[%d]", p, i), r, 1, 30)
	}
	if len(l.Remarks) > 99 {
		v.bad(p+".remarks", "more than 99 remarks (LQ segments)")
	}
}

func (v *validator) adjustments(p string, as []adjudicator.Adjustment) {
	for i, a := range as {
		q := fmt.Sprintf("%s[%d]", p, i)
		v.code(q+".group", a.Group, groups)
		v.text(q+".carc", a.CARC, 1, 5)
		v.money(q+".cents", a.Cents)
	}
	if n := len(casRuns(as)); n > maxCASPerLoop {
		v.bad(p, "needs %d CAS segments, the guide allows %d per loop", n, maxCASPerLoop)
	}
}
