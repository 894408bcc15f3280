package fhir

import (
	"encoding/json"
	"fmt"
	"regexp"
	"time"

	r4 "github.com/samply/golang-fhir-models/fhir-models/fhir"

	"github.com/claimsledger/claims/adjudicator"
)

// DefaultInsurer is ClaimResponse.insurer.display when ResponseOptions
// names none.
const DefaultInsurer = "Claims Ledger"

// ResponseOptions are the parts of a ClaimResponse a Decision does not
// say.
type ResponseOptions struct {
	// Created is when the response is made (ClaimResponse.created); the
	// zero time means now. Tests set it to get the same bytes each run.
	Created time.Time
	// Insurer is the payer's name (ClaimResponse.insurer.display); ""
	// means DefaultInsurer.
	Insurer string
}

// Adjudication categories of http://terminology.hl7.org/CodeSystem/adjudication
// a ClaimResponse item and its totals carry.
const (
	CategorySubmitted  = "submitted"  // the line's charge
	CategoryEligible   = "eligible"   // the allowed amount
	CategoryDeductible = "deductible" // PR-1, when any
	CategoryCopay      = "copay"      // PR-3, when any
	CategoryBenefit    = "benefit"    // what the plan pays
)

// outcomes maps the engine's outcome to ClaimResponse.outcome: a denial
// is a completed adjudication (it is not an error in the claim), and a
// pended claim is held for review, paying nothing yet, which FHIR calls
// queued. A partial decision (some lines paid, some denied) is written
// "partial"; FHIR defines that as "some of the adjudication has been
// performed", so a reader should look at the items, which all carry their
// adjudication.
var outcomes = map[adjudicator.Outcome]r4.ClaimProcessingCodes{
	adjudicator.Approve: r4.ClaimProcessingCodesComplete,
	adjudicator.Deny:    r4.ClaimProcessingCodesComplete,
	adjudicator.Partial: r4.ClaimProcessingCodesPartial,
	adjudicator.Pend:    r4.ClaimProcessingCodesQueued,
}

var dispositions = map[adjudicator.Outcome]string{
	adjudicator.Approve: "Claim approved.",
	adjudicator.Deny:    "Claim denied.",
	adjudicator.Partial: "Claim partially approved: some lines are denied.",
	adjudicator.Pend:    "Claim pended for review: nothing is paid until it is released.",
}

// X12 reason and remark codes: a FHIR code must not be empty.
var (
	carcPattern = regexp.MustCompile(`^[A-Z0-9]{1,3}$`)
	rarcPattern = regexp.MustCompile(`^[A-Z0-9]{1,5}$`)
)

func ptr[T any](v T) *T { return &v }

func coding(system, code string) r4.CodeableConcept {
	return r4.CodeableConcept{Coding: []r4.Coding{{System: ptr(system), Code: ptr(code)}}}
}

func usdMoney(c int64) r4.Money {
	return r4.Money{Value: ptr(money(c)), Currency: ptr("USD")}
}

// ClaimResponse writes the FHIR R4 ClaimResponse (JSON) for a decision on
// claim c. Each line becomes an item (itemSequence = the line number, the
// FHIR item.sequence it was read from) whose adjudication lists, in US
// dollars from integer cents:
//   - submitted (the charge), eligible (allowed), deductible (the PR-1
//     amounts) and copay (PR-3) when not zero, and benefit (paid), from
//     http://terminology.hl7.org/CodeSystem/adjudication;
//   - each adjustment, with its X12 group (CO, PR, OA) as the category
//     (SystemAdjustmentGroup) and its CARC as the reason (SystemCARC);
//   - each remark, with CARIN's adjustmentreason category and the RARC as
//     the reason (SystemRARC), without an amount.
//
// total[] sums each category over the lines; payment is the amount paid
// (absent for a pended claim, which pays nothing yet). The decision must
// balance (Decision.Check) and be for c.
func ClaimResponse(c *adjudicator.Claim, d *adjudicator.Decision, opt ResponseOptions) ([]byte, error) {
	cr, err := claimResponse(c, d, opt)
	if err != nil {
		return nil, err
	}
	b, err := json.Marshal(cr)
	if err != nil {
		return nil, fmt.Errorf("fhir: encode claim response: %w", err)
	}
	return b, nil
}

func claimResponse(c *adjudicator.Claim, d *adjudicator.Decision, opt ResponseOptions) (r4.ClaimResponse, error) {
	if err := d.Check(); err != nil {
		return r4.ClaimResponse{}, fmt.Errorf("fhir: claim response: %w", err)
	}
	if d.ClaimID != c.ClaimID {
		return r4.ClaimResponse{}, fmt.Errorf("fhir: claim response: the decision is for another claim")
	}
	outcome, ok := outcomes[d.Outcome]
	if !ok {
		return r4.ClaimResponse{}, fmt.Errorf("fhir: claim response: unknown outcome %q", d.Outcome)
	}
	lines := map[int]bool{}
	for _, l := range c.Lines {
		lines[l.Number] = true
	}
	created := opt.Created
	if created.IsZero() {
		created = time.Now()
	}
	insurer := opt.Insurer
	if insurer == "" {
		insurer = DefaultInsurer
	}
	cr := r4.ClaimResponse{
		Status:  r4.FinancialResourceStatusCodesActive,
		Type:    coding(SystemClaimType, c.ClaimType),
		Use:     r4.UseClaim,
		Patient: r4.Reference{Identifier: &r4.Identifier{Type: ptr(coding(SystemIdentifierType, "MB")), Value: ptr(c.MemberID)}},
		// Seconds and a zone, as FHIR's dateTime requires with a time.
		Created:     created.Format(time.RFC3339),
		Insurer:     r4.Reference{Display: ptr(insurer)},
		Requestor:   &r4.Reference{Identifier: &r4.Identifier{System: ptr(SystemNPI), Value: ptr(c.BillingNPI)}},
		Request:     &r4.Reference{Type: ptr("Claim"), Identifier: &r4.Identifier{System: ptr(SystemClaimID), Value: ptr(c.ClaimID)}},
		Outcome:     outcome,
		Disposition: ptr(dispositions[d.Outcome]),
	}
	var tot totals
	for _, l := range d.Lines {
		if !lines[l.Line] {
			return r4.ClaimResponse{}, fmt.Errorf("fhir: claim response: decision line %d is not a line of the claim", l.Line)
		}
		for _, a := range l.Adjustments {
			if !carcPattern.MatchString(a.CARC) {
				return r4.ClaimResponse{}, fmt.Errorf("fhir: claim response: decision line %d: want a CARC of 1-3 uppercase letters or digits, got %q", l.Line, a.CARC)
			}
		}
		for _, r := range l.Remarks {
			if !rarcPattern.MatchString(r) {
				return r4.ClaimResponse{}, fmt.Errorf("fhir: claim response: decision line %d: want a RARC of 1-5 uppercase letters or digits, got %q", l.Line, r)
			}
		}
		cr.Item = append(cr.Item, r4.ClaimResponseItem{ItemSequence: l.Line, Adjudication: lineAdjudication(l, &tot)})
	}
	for _, t := range []struct {
		category string
		cents    int64
		always   bool
	}{
		{CategorySubmitted, tot.submitted, true},
		{CategoryEligible, tot.eligible, true},
		{CategoryDeductible, tot.deductible, false},
		{CategoryCopay, tot.copay, false},
		{CategoryBenefit, tot.benefit, true},
	} {
		if t.always || t.cents != 0 {
			cr.Total = append(cr.Total, r4.ClaimResponseTotal{Category: coding(SystemAdjudication, t.category), Amount: usdMoney(t.cents)})
		}
	}
	if d.Outcome != adjudicator.Pend {
		payType := "complete"
		if d.Outcome == adjudicator.Partial {
			payType = "partial"
		}
		cr.Payment = &r4.ClaimResponsePayment{Type: coding(SystemPaymentType, payType), Amount: usdMoney(d.PaidCents)}
	}
	return cr, nil
}

type totals struct {
	submitted, eligible, deductible, copay, benefit int64
}

func lineAdjudication(l adjudicator.LineDecision, tot *totals) []r4.ClaimResponseItemAdjudication {
	var deductible, copay int64
	for _, a := range l.Adjustments {
		if a.Group != adjudicator.GroupPR {
			continue
		}
		switch a.CARC {
		case "1":
			deductible += a.Cents
		case "3":
			copay += a.Cents
		}
	}
	tot.submitted += l.ChargeCents
	tot.eligible += l.AllowedCents
	tot.deductible += deductible
	tot.copay += copay
	tot.benefit += l.PaidCents

	entry := func(category string, c int64) r4.ClaimResponseItemAdjudication {
		return r4.ClaimResponseItemAdjudication{Category: coding(SystemAdjudication, category), Amount: ptr(usdMoney(c))}
	}
	out := []r4.ClaimResponseItemAdjudication{
		entry(CategorySubmitted, l.ChargeCents),
		entry(CategoryEligible, l.AllowedCents),
	}
	if deductible != 0 {
		out = append(out, entry(CategoryDeductible, deductible))
	}
	if copay != 0 {
		out = append(out, entry(CategoryCopay, copay))
	}
	out = append(out, entry(CategoryBenefit, l.PaidCents))
	for _, a := range l.Adjustments {
		out = append(out, r4.ClaimResponseItemAdjudication{
			Category: coding(SystemAdjustmentGroup, a.Group),
			Reason:   ptr(coding(SystemCARC, a.CARC)),
			Amount:   ptr(usdMoney(a.Cents)),
		})
	}
	for _, r := range l.Remarks {
		out = append(out, r4.ClaimResponseItemAdjudication{
			Category: coding(SystemAdjudicationDiscriminator, "adjustmentreason"),
			Reason:   ptr(coding(SystemRARC, r)),
		})
	}
	return out
}
