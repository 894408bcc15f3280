package remit835

import (
	"errors"
	"fmt"
	"strings"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/x12"
)

// Write returns r as an interchange holding one 835 transaction set. It refuses, writing
// nothing, a remittance that breaks the guide's element rules (*ValidationError) or does not
// balance (*BalanceError), and before returning it reads the bytes back and balances them
// again, so a formatting fault cannot ship an 835 that only balanced in memory.
//
// env.FunctionalID and env.Version may be left empty: an 835 is HP and 005010X221A1.
func Write(env x12.Envelope, r Remittance) ([]byte, error) {
	return WriteAll(env, []Remittance{r})
}

// WriteAll is Write for several remittances in one interchange, a transaction set each: one
// per payment (settlement transaction), as an 835 carries one BPR.
func WriteAll(env x12.Envelope, rs []Remittance) ([]byte, error) {
	if len(rs) == 0 {
		return nil, errors.New("remit835: no remittance to write")
	}
	switch {
	case env.FunctionalID == "":
		env.FunctionalID = FunctionalID
	case env.FunctionalID != FunctionalID:
		return nil, fmt.Errorf("remit835: functional identifier %q, an 835 goes in an %s group", env.FunctionalID, FunctionalID)
	}
	switch {
	case env.Version == "":
		env.Version = Version
	case env.Version != Version:
		return nil, fmt.Errorf("remit835: version %q, this package writes %s", env.Version, Version)
	}
	sets := make([]x12.Set, len(rs))
	for i := range rs {
		if err := validate(&rs[i]); err != nil {
			return nil, err
		}
		if err := rs[i].Balance(); err != nil {
			return nil, err
		}
		sets[i] = x12.Set{Code: "835", Segments: segments(&rs[i])}
	}
	out, err := x12.Build(x12.DefaultDelimiters, env, sets)
	if err != nil {
		return nil, fmt.Errorf("remit835: %w", err)
	}
	back, err := Read(out)
	if err != nil {
		return nil, fmt.Errorf("remit835: the 835 written does not read back: %w", err)
	}
	if len(back) != len(rs) {
		return nil, fmt.Errorf("remit835: the 835 written reads back as %d transaction sets, not %d", len(back), len(rs))
	}
	for i := range back {
		if err := back[i].Balance(); err != nil {
			return nil, fmt.Errorf("remit835: the 835 written does not balance as read back: %w", err)
		}
		if back[i].Payment.Cents != rs[i].Payment.Cents || len(back[i].Claims) != len(rs[i].Claims) {
			return nil, errors.New("remit835: the 835 written reads back with another payment or claim count")
		}
	}
	return out, nil
}

// segments lays r out in the guide's order: header (BPR, TRN, DTM, 1000A, 1000B), one 2000
// loop (LX) holding every claim, then the PLB summary.
func segments(r *Remittance) [][]string {
	var segs [][]string
	add := func(fields ...string) { segs = append(segs, fields) }

	p := r.Payment
	handling := "I" // remittance information only: the money moves on its own rails
	if p.Cents == 0 {
		handling = "H" // notification only: nothing is paid
	}
	bpr := []string{"BPR", handling, formatCents(p.Cents), "C", p.Method}
	if e := p.EFT; e != (EFT{}) {
		bpr = append(bpr, e.Format, e.SenderDFIQualifier, e.SenderDFI, e.SenderAccountQualifier, e.SenderAccount,
			r.Payer.CompanyID, "", e.ReceiverDFIQualifier, e.ReceiverDFI, e.ReceiverAccountQualifier, e.ReceiverAccount)
	} else {
		bpr = append(bpr, make([]string, 11)...)
	}
	add(append(bpr, x12Date(p.Date))...)
	add("TRN", "1", p.Trace, r.Payer.CompanyID)
	if r.ProductionDate != "" {
		add("DTM", "405", x12Date(r.ProductionDate))
	}

	if r.Payer.PlanID != "" {
		add("N1", "PR", r.Payer.Name, "XV", r.Payer.PlanID)
	} else {
		add("N1", "PR", r.Payer.Name)
	}
	segs = append(segs, address(r.Payer.Address)...)
	c := r.Payer.Contact
	per := []string{"PER", "BL", c.Name}
	for _, n := range [][2]string{{"TE", c.Phone}, {"EM", c.Email}, {"UR", c.URL}} {
		if n[1] != "" {
			per = append(per, n[0], n[1])
		}
	}
	add(per...)

	name := r.Payee.Name
	if name == "" {
		name = r.Payee.ID
	}
	add("N1", "PE", name, r.Payee.Qualifier, r.Payee.ID)
	if r.Payee.Address != (Address{}) {
		segs = append(segs, address(r.Payee.Address)...)
	}

	if len(r.Claims) > 0 {
		add("LX", "1")
	}
	for i := range r.Claims {
		segs = append(segs, claimSegments(&r.Claims[i])...)
	}
	segs = append(segs, plbSegments(r.ProviderAdjustments)...)
	return segs
}

func address(a Address) [][]string {
	return [][]string{{"N3", a.Line1, a.Line2}, {"N4", a.City, a.State, a.PostalCode}}
}

func claimSegments(c *Claim) [][]string {
	var segs [][]string
	add := func(fields ...string) { segs = append(segs, fields) }
	patient := ""
	if c.PatientCents != 0 {
		// The guide (and RFI 396) say not to send a zero CLP05.
		patient = formatCents(c.PatientCents)
	}
	add("CLP", c.ID, c.Status, formatCents(c.ChargeCents), formatCents(c.PaidCents), patient,
		c.FilingIndicator, c.PayerControl, c.FacilityType, c.Frequency)
	segs = append(segs, casSegments(c.Adjustments)...)
	pt := c.Patient
	add("NM1", "QC", "1", pt.LastName, pt.FirstName, "", "", "", pt.Qualifier, pt.ID)
	if c.RenderingNPI != "" {
		add("NM1", "82", "1", "", "", "", "", "", "XX", c.RenderingNPI)
	}
	if len(c.Remarks) > 0 {
		add(append([]string{"MOA", "", ""}, c.Remarks...)...)
	}
	if c.StatementFrom != "" {
		add("DTM", "232", x12Date(c.StatementFrom))
	}
	if c.StatementTo != "" {
		add("DTM", "233", x12Date(c.StatementTo))
	}
	for i := range c.Lines {
		segs = append(segs, lineSegments(&c.Lines[i])...)
	}
	return segs
}

func lineSegments(l *Line) [][]string {
	var segs [][]string
	add := func(fields ...string) { segs = append(segs, fields) }
	proc := strings.Join(append([]string{l.Qualifier, l.Code}, l.Modifiers...), string(x12.DefaultDelimiters.Component))
	add("SVC", proc, formatCents(l.ChargeCents), formatCents(l.PaidCents), l.RevenueCode, l.Units, "", l.OriginalUnits)
	if l.ServiceDate != "" {
		add("DTM", "472", x12Date(l.ServiceDate))
	}
	if l.PeriodFrom != "" {
		add("DTM", "150", x12Date(l.PeriodFrom))
	}
	if l.PeriodTo != "" {
		add("DTM", "151", x12Date(l.PeriodTo))
	}
	segs = append(segs, casSegments(l.Adjustments)...)
	if l.ControlNumber != "" {
		add("REF", "6R", l.ControlNumber)
	}
	if l.HasAllowed {
		add("AMT", "B6", formatCents(l.AllowedCents))
	}
	for _, rm := range l.Remarks {
		add("LQ", "HE", rm)
	}
	return segs
}

// casRuns splits adjustments into what each CAS segment holds: a run of one group, at most
// six reasons long. Runs follow the adjustments' order, so what Read gives back Write writes
// the same; FromDecisions orders them by group so that each group takes one CAS, as the guide
// prefers.
func casRuns(as []adjudicator.Adjustment) [][]adjudicator.Adjustment {
	var runs [][]adjudicator.Adjustment
	for i, a := range as {
		if n := len(runs); i > 0 && as[i-1].Group == a.Group && len(runs[n-1]) < 6 {
			runs[n-1] = append(runs[n-1], a)
			continue
		}
		runs = append(runs, []adjudicator.Adjustment{a})
	}
	return runs
}

func casSegments(as []adjudicator.Adjustment) [][]string {
	var segs [][]string
	for _, run := range casRuns(as) {
		cas := []string{"CAS", run[0].Group}
		for i, a := range run {
			if i > 0 {
				cas = append(cas, "") // CAS04, 07, ...: the adjustment quantity, not used
			}
			cas = append(cas, a.CARC, formatCents(a.Cents))
		}
		segs = append(segs, cas)
	}
	return segs
}

// plbSegments packs consecutive adjustments of one provider and fiscal period into PLB
// segments of up to six.
func plbSegments(as []ProviderAdjustment) [][]string {
	var segs [][]string
	var n int
	for i, a := range as {
		if i == 0 || n == 6 || as[i-1].ProviderID != a.ProviderID || as[i-1].FiscalPeriod != a.FiscalPeriod {
			segs = append(segs, []string{"PLB", a.ProviderID, x12Date(a.FiscalPeriod)})
			n = 0
		}
		id := a.Reason
		if a.Reference != "" {
			id += string(x12.DefaultDelimiters.Component) + a.Reference
		}
		last := len(segs) - 1
		segs[last] = append(segs[last], id, formatCents(a.Cents))
		n++
	}
	return segs
}
