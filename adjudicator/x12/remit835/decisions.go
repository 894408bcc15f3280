package remit835

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/claimsledger/claims/adjudicator"
)

// Decided is one decided claim to report.
type Decided struct {
	Claim    *adjudicator.Claim
	Decision *adjudicator.Decision
	// Position is where the claim was read; CLP07 says it as "partition/offset".
	Position adjudicator.Position
	// FilingIndicator is CLP06, the kind of plan the claim was decided under; see
	// FilingIndicator for the plans the engine ships.
	FilingIndicator string
	// Reversal says that this entry takes back an earlier payment: Claim, Decision, Position
	// and FilingIndicator are then the ORIGINAL claim's (the one a void or replacement
	// corrected), and it is written as the guide's reversal (section 1.10.2.8): CLP02 22, CLP01
	// and CLP07 the original's, every amount the original reported (CLP03-05, SVC02-03, CAS,
	// AMT*B6) negated, so that the reversal restores the provider's books to before the original
	// was posted. It belongs in the remittance of the settlement that took the credit back (the
	// correction's), before the replacement if there is one, as the guide recommends (RFI 791).
	// A pended or void original was never reported as paid, so it cannot be reversed here.
	Reversal bool
}

// Settlement is how the claims of one remittance were paid: one settlement batch's credit
// to one provider.
type Settlement struct {
	// TxHash is the settlement transaction (0x and 64 hex digits); TRN02 carries it.
	TxHash string
	Date   string // BPR16, YYYY-MM-DD
	// Method is BPR04 when something is paid; a remittance paying nothing is NON whatever
	// Method says, as the guide requires.
	Method string
	EFT    EFT
}

// ErrNothingToRemit is FromDecisions' answer when every claim given is pended or a void.
var ErrNothingToRemit = errors.New("remit835: no claim to report: pended claims are not on an 835 until resolved, and a void is reported only by its original's reversal")

// ReasonForwardBalance is PLB03-1 FB, forwarding balance: what carries a remittance whose
// reversals exceed its payments to zero (see FromDecisions).
const ReasonForwardBalance = "FB"

// FilingIndicator returns CLP06 for a plan the engine ships: the medicare plan is Part B-like
// (MB, outpatient and professional alike), commercial_ppo a PPO (12). Any other plan, or none
// (a claim no plan covered, denied CO-27 or CO-31, still goes on the 835: CLP06 is required),
// is ZZ, mutually defined, with ok false.
func FilingIndicator(planID string) (string, bool) {
	switch planID {
	case "medicare":
		return "MB", true
	case "commercial_ppo":
		return "12", true
	}
	return "ZZ", false
}

// FromDecisions builds the remittance for one provider's claims settled together. Every
// decision must pass adjudicator.Decision.Check and belong to its claim and to one billing NPI.
//
// Approved and partial claims are CLP02 1 (processed as primary: a partial claim's denied lines
// show by their CAS), denied claims 4 with CLP04 0. Pended claims are left out: the 835 has no
// status for "under review" (that is a 277's job), and one approved later is remitted then. A
// decision line balances as charge = allowed + CO/OA and allowed = paid + PR, so every line, and
// so every claim, balances by construction; the result is balanced again before it is returned.
// A line billed with no procedure and no revenue code cannot be an SVC (SVC01-2 is required):
// it pays nothing, so its adjustments and remarks move to the claim (CAS, MOA) and the claim
// still balances.
//
// A void is not reported itself: what it does is reverse its original, and the caller gives that
// as a Reversal entry (see Decided.Reversal), which is CLP02 22 with the original's amounts
// negated. A replacement is reported like any claim, its original's reversal beside it.
//
// BPR02 is ΣCLP04 − ΣPLB and cannot be negative (a BPR03 D would debit the provider's bank
// account, which this engine never does: the chain takes a reversal from the provider's balance).
// When the reversals exceed the payments, as in a settlement that only voids, BPR02 is 0 (BPR04
// NON) and the shortfall is one PLB adjustment, FB (forwarding balance) with the negative net
// amount: the guide's code for a negative balance carried to a later payment advice, a
// negative PLB04 being one that "moves forward" (and raises this payment to zero), and the
// TR3's balance forward process (RFI 222: "If the amount nets out to a negative number then the
// PLB segment must be used ... using the FB (Forwarding Balance) code", referenced by this 835's
// TRN02). WO, overpayment recovery, is not it: a positive WO takes a recovery out of a payment
// that has money to take it from, and a negative WO is the guide's way to NOT recoup a reversal
// whose correction comes in a later 835 (RFI 227), which is not what happened on chain. PLB01 is
// the payee's NPI and PLB02 December 31 of the payment's year, which the guide says to use when
// the provider's fiscal year end is unknown, as it always is to this engine.
func FromDecisions(payer Payer, s Settlement, decided []Decided) (Remittance, error) {
	r := Remittance{Payer: payer}
	var npi string
	for i, dc := range decided {
		c, d := dc.Claim, dc.Decision
		if c == nil || d == nil {
			return Remittance{}, fmt.Errorf("remit835: decided[%d]: claim or decision missing", i)
		}
		if err := d.Check(); err != nil {
			return Remittance{}, fmt.Errorf("remit835: decided[%d]: %w", i, err)
		}
		if d.ClaimID != c.ClaimID || d.BillingNPI != c.BillingNPI {
			return Remittance{}, fmt.Errorf("remit835: decided[%d]: the decision is not of its claim (claim id or billing NPI differ)", i)
		}
		if i == 0 {
			npi = d.BillingNPI
		} else if d.BillingNPI != npi {
			return Remittance{}, fmt.Errorf("remit835: decided[%d]: another billing NPI: an 835 pays one provider", i)
		}
		if dc.Reversal && (d.Outcome == adjudicator.Pend || d.Outcome == adjudicator.Void) {
			return Remittance{}, fmt.Errorf("remit835: decided[%d]: a reversal of a %s claim, which no 835 reported as paid", i, d.Outcome)
		}
		// A void prices nothing: what it does is reverse its original, which the caller gives
		// as that original's Reversal entry; reported as paid 0 besides, it would be a claim the
		// provider never billed for money.
		if d.Outcome == adjudicator.Pend || d.Outcome == adjudicator.Void {
			continue
		}
		claim, err := fromDecision(dc)
		if err != nil {
			return Remittance{}, fmt.Errorf("remit835: decided[%d]: %w", i, err)
		}
		if dc.Reversal {
			claim = reversal(claim)
		}
		r.Claims = append(r.Claims, claim)
		r.Payment.Cents += claim.PaidCents
	}
	if len(r.Claims) == 0 {
		return Remittance{}, ErrNothingToRemit
	}
	trace, err := TraceFromTxHash(s.TxHash)
	if err != nil {
		return Remittance{}, err
	}
	r.Payee = Payee{Qualifier: "XX", ID: npi}
	r.Payment.Trace, r.Payment.Date = trace, s.Date
	r.Payment.Method, r.Payment.EFT = s.Method, s.EFT
	if r.Payment.Cents < 0 {
		// See the doc comment: the negative net goes forward as FB, and BPR02 = ΣCLP04 − ΣPLB
		// is then net − net = 0.
		r.ProviderAdjustments = append(r.ProviderAdjustments, ProviderAdjustment{
			ProviderID: npi, FiscalPeriod: yearEnd(s.Date), Reason: ReasonForwardBalance,
			Reference: trace, Cents: r.Payment.Cents,
		})
		r.Payment.Cents = 0
	}
	if r.Payment.Cents == 0 {
		r.Payment.Method, r.Payment.EFT = MethodNone, EFT{}
	}
	if err := r.Balance(); err != nil {
		return Remittance{}, fmt.Errorf("remit835: the decisions do not balance as an 835: %w", err)
	}
	return r, nil
}

// reversal turns a claim as it was reported into its reversal: CLP02 22 and every amount
// negated, which keeps each balancing rule (both sides of each equation change sign). Units
// (SVC05, SVC07) are not amounts and stay as they were reported.
func reversal(c Claim) Claim {
	c.Status = StatusReversal
	c.ChargeCents, c.PaidCents, c.PatientCents = -c.ChargeCents, -c.PaidCents, -c.PatientCents
	c.Adjustments = negated(c.Adjustments)
	for i := range c.Lines {
		l := &c.Lines[i]
		l.ChargeCents, l.PaidCents, l.AllowedCents = -l.ChargeCents, -l.PaidCents, -l.AllowedCents
		l.Adjustments = negated(l.Adjustments)
	}
	return c
}

// negated returns a copy of as with each amount negated.
func negated(as []adjudicator.Adjustment) []adjudicator.Adjustment {
	if as == nil {
		return nil
	}
	out := make([]adjudicator.Adjustment, len(as))
	for i, a := range as {
		a.Cents = -a.Cents
		out[i] = a
	}
	return out
}

// yearEnd is December 31 of the year of a YYYY-MM-DD date; "" for a date that has no year,
// which validation then refuses as a fiscal period.
func yearEnd(iso string) string {
	if len(iso) < 4 {
		return ""
	}
	return iso[:4] + "-12-31"
}

func fromDecision(dc Decided) (Claim, error) {
	c, d := dc.Claim, dc.Decision
	out := Claim{
		ID:              c.ClaimID,
		Status:          StatusPrimary,
		PaidCents:       d.PaidCents,
		FilingIndicator: dc.FilingIndicator,
		PayerControl:    fmt.Sprintf("%d/%d", dc.Position.Partition, dc.Position.Offset),
		Patient:         Patient{Qualifier: "MI", ID: c.MemberID},
	}
	if d.Outcome == adjudicator.Deny {
		out.Status = StatusDenied
	}
	if c.RenderingNPI != c.BillingNPI {
		out.RenderingNPI = c.RenderingNPI
	}
	switch bt := strings.TrimLeft(c.BillType, "0"); {
	case c.ClaimType == adjudicator.Institutional && len(bt) == 3:
		// A bill type is facility type (2 digits) and frequency: 131 is hospital outpatient, original.
		out.FacilityType, out.Frequency = bt[:2], bt[2:]
	case c.ClaimType == adjudicator.Professional:
		out.FacilityType = c.PlaceOfService
	}
	byNumber := make(map[int]*adjudicator.Line, len(c.Lines))
	for i := range c.Lines {
		byNumber[c.Lines[i].Number] = &c.Lines[i]
	}
	for _, dl := range d.Lines {
		cl := byNumber[dl.Line]
		if cl == nil || cl.ChargeCents != dl.ChargeCents {
			return Claim{}, fmt.Errorf("decision line %d is not a line of the claim", dl.Line)
		}
		out.ChargeCents += dl.ChargeCents
		out.PatientCents += dl.PatientCents
		if dl.Code == "" && cl.RevenueCode == "" {
			if dl.PaidCents != 0 {
				return Claim{}, fmt.Errorf("decision line %d pays a line with no code to report it by", dl.Line)
			}
			out.Adjustments = append(out.Adjustments, dl.Adjustments...)
			for _, rm := range dl.Remarks {
				if !slices.Contains(out.Remarks, rm) {
					out.Remarks = append(out.Remarks, rm)
				}
			}
			continue
		}
		out.Lines = append(out.Lines, fromLine(c, cl, &dl))
	}
	out.Adjustments = byGroup(out.Adjustments)
	return out, nil
}

func fromLine(c *adjudicator.Claim, cl *adjudicator.Line, dl *adjudicator.LineDecision) Line {
	l := Line{
		Qualifier:     "HC",
		Code:          dl.Code,
		ChargeCents:   dl.ChargeCents,
		PaidCents:     dl.PaidCents,
		RevenueCode:   cl.RevenueCode,
		Units:         strconv.Itoa(dl.Units),
		ServiceDate:   c.DateOfService(*cl),
		ControlNumber: strconv.Itoa(dl.Line),
		AllowedCents:  dl.AllowedCents,
		HasAllowed:    true,
		Adjustments:   byGroup(dl.Adjustments),
		Remarks:       slices.Clone(dl.Remarks),
	}
	if dl.Code == "" {
		// An institutional line billed by revenue code alone is reported by it.
		l.Qualifier, l.Code, l.RevenueCode = "NU", cl.RevenueCode, ""
	} else if len(cl.Modifiers) > 0 {
		l.Modifiers = slices.Clone(cl.Modifiers)
	}
	if dl.AllowedCents == 0 {
		// SVC05 is the units paid; on a line allowed nothing that is none, and SVC07 keeps
		// the units billed.
		l.Units, l.OriginalUnits = "0", l.Units
	}
	return l
}

// byGroup orders adjustments by group, groups in order of first appearance, so that each
// group is one CAS segment as the guide prefers; within a group the order is kept.
func byGroup(as []adjudicator.Adjustment) []adjudicator.Adjustment {
	if len(as) == 0 {
		return nil
	}
	var order []string
	for _, a := range as {
		if !slices.Contains(order, a.Group) {
			order = append(order, a.Group)
		}
	}
	out := make([]adjudicator.Adjustment, 0, len(as))
	for _, g := range order {
		for _, a := range as {
			if a.Group == g {
				out = append(out, a)
			}
		}
	}
	return out
}
