package elig270

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/claimsledger/claims/adjudicator"
)

// Response is the answer to one Inquiry, as the 271 says it.
type Response struct {
	Inquiry Inquiry
	// Reject, when set, is the subscriber level's AAA: the member could not be identified, and
	// there are no Benefits.
	Reject *Rejection
	// Benefits are the EB loops of the patient level, in date order.
	Benefits []Benefit
	// PlanBegin and PlanEnd (YYYY-MM-DD) are the span in force on the first date asked about,
	// written as DTP*346 and DTP*347 in the patient's name loop; empty when none is.
	PlanBegin, PlanEnd string
}

// Rejection is an AAA segment's reject reason (AAA03) and follow-up action (AAA04).
type Rejection struct {
	Reason   string
	FollowUp string
}

// Reject reasons and follow-ups Answer uses (AAA03, AAA04).
const (
	// RejectMemberID is AAA03 72, invalid or missing subscriber/insured id: for an inquiry
	// without a usable member id, and, as X12 RFI 1693 rules, for an id that is not on record
	// (75, subscriber not found, is for searches without an id, which are not supported).
	RejectMemberID = "72"
	// FollowUpNotAllowed (N) answers an inquiry that sent no member id: without one the
	// inquiry cannot be answered however often it is sent.
	FollowUpNotAllowed = "N"
	// FollowUpCorrect (C, please correct and resubmit) answers an id not on record: most often
	// a mistyped id, or a patient of another payer.
	FollowUpCorrect = "C"
)

// Benefit is one EB loop.
type Benefit struct {
	// Status is EB01: Active (1) or Inactive (6).
	Status string
	// ServiceType is EB03: always 30, health benefit plan coverage (see the package doc).
	ServiceType string
	// InsuranceType is EB04 (MB, C1, ...) and Plan EB05, the plan coverage description; both
	// empty when inactive.
	InsuranceType, Plan string
	// From and To (YYYY-MM-DD, inclusive): for an active benefit the plan span (DTP*291 RD8 in
	// the EB loop), for an inactive one the days asked about that no span covers (DTP*307).
	From, To string
}

// EB01 codes Answer uses.
const (
	Active   = "1"
	Inactive = "6"
)

// HealthBenefitPlanCoverage is service type code 30, the one every answer is given for.
const HealthBenefitPlanCoverage = "30"

// Plan says how a plan id of the coverage registry is described in a 271.
type Plan struct {
	ID string
	// InsuranceType is EB04: MB Medicare Part B, MA Medicare Part A, MC Medicaid, HM HMO, PR
	// PPO, C1 commercial, ...
	InsuranceType string
	// Description is EB05 (at most 50 characters); the plan id when empty.
	Description string
}

// defaultPlan describes a plan that plans passed to Answer do not: MB for "medicare" (the plan
// id of the Tuva eligibility data, and the engine prices professional claims by the Medicare
// physician fee schedule, which is Part B), else C1 (commercial), with the plan id as EB05.
func defaultPlan(id string) Plan {
	if strings.EqualFold(id, "medicare") {
		return Plan{ID: id, InsuranceType: "MB", Description: id}
	}
	return Plan{ID: id, InsuranceType: "C1", Description: id}
}

// Answer answers inq from the subscriber's coverage el, describing its plans with plans (plans
// not listed get defaultPlan's description). No member id in inq, or no span in el (an unknown
// member), is a rejection (AAA 72). Otherwise every span overlapping the dates asked about is
// an active benefit, and every run of days no span covers an inactive one.
//
// An error is a fault of the caller's data (a span or date that is not YYYY-MM-DD, a plan that
// cannot be written), never of the inquiry.
func Answer(inq Inquiry, el adjudicator.Eligibility, plans ...Plan) (Response, error) {
	r, err := answer(inq, el, plans)
	if err != nil {
		return Response{}, fmt.Errorf("elig270: %w", err)
	}
	return r, nil
}

func answer(inq Inquiry, el adjudicator.Eligibility, plans []Plan) (Response, error) {
	resp := Response{Inquiry: inq}
	if inq.MemberID == "" {
		resp.Reject = &Rejection{RejectMemberID, FollowUpNotAllowed}
		return resp, nil
	}
	if len(el.Spans) == 0 {
		resp.Reject = &Rejection{RejectMemberID, FollowUpCorrect}
		return resp, nil
	}
	from, err1 := time.Parse(time.DateOnly, inq.From)
	to, err2 := time.Parse(time.DateOnly, inq.To)
	if err := errors.Join(err1, err2); err != nil || to.Before(from) {
		return Response{}, errors.New("the inquiry's dates are not a range of YYYY-MM-DD dates")
	}
	byID := map[string]Plan{}
	for i, p := range plans {
		if err := p.check(); err != nil {
			return Response{}, fmt.Errorf("plan %d: %w", i, err)
		}
		if _, dup := byID[p.ID]; !dup {
			byID[p.ID] = p
		}
	}
	type span struct {
		adjudicator.Span
		start, end time.Time
	}
	var overlapping []span
	for i, s := range el.Spans {
		start, err1 := time.Parse(time.DateOnly, s.Start)
		end, err2 := time.Parse(time.DateOnly, s.End)
		if err := errors.Join(err1, err2); err != nil || end.Before(start) {
			return Response{}, fmt.Errorf("coverage span %d: want start and end dates YYYY-MM-DD, start first", i)
		}
		if !start.After(to) && !end.Before(from) {
			overlapping = append(overlapping, span{s, start, end})
		}
	}
	slices.SortStableFunc(overlapping, func(a, b span) int { return cmp.Or(a.start.Compare(b.start), a.end.Compare(b.end)) })
	day := func(t time.Time) string { return t.Format(time.DateOnly) }
	// next is the first day asked about not yet known to be covered.
	next := from
	for _, s := range overlapping {
		if s.start.After(next) {
			resp.Benefits = append(resp.Benefits, inactive(day(next), day(s.start.AddDate(0, 0, -1))))
		}
		p, ok := byID[s.PlanID]
		if !ok {
			p = defaultPlan(s.PlanID)
		}
		resp.Benefits = append(resp.Benefits, Benefit{Status: Active, ServiceType: HealthBenefitPlanCoverage,
			InsuranceType: p.InsuranceType, Plan: cmp.Or(p.Description, p.ID), From: s.Start, To: s.End})
		if resp.PlanBegin == "" && !s.start.After(from) {
			resp.PlanBegin, resp.PlanEnd = s.Start, s.End
		}
		if after := s.end.AddDate(0, 0, 1); after.After(next) {
			next = after
		}
	}
	if !next.After(to) {
		resp.Benefits = append(resp.Benefits, inactive(day(next), day(to)))
	}
	return resp, nil
}

func inactive(from, to string) Benefit {
	return Benefit{Status: Inactive, ServiceType: HealthBenefitPlanCoverage, From: from, To: to}
}

func (p Plan) check() error {
	switch {
	case p.ID == "":
		return errors.New("no plan id")
	case !code(p.InsuranceType, 3):
		return errors.New("the insurance type (EB04) is 1 to 3 upper-case letters or digits")
	case len(cmp.Or(p.Description, p.ID)) > 50:
		return errors.New("the description (EB05, else the plan id) is at most 50 characters")
	}
	return nil
}

// AnswerAll answers every inquiry from store, the engine's coverage lookup (eligcache.Cache in
// service), keyed by member (privacy.Keyer.Member) as everywhere in the engine, so no raw member
// id leaves the process. Each member is looked up once; an inquiry without a member id is
// answered without a lookup. A lookup failure fails the whole call: an answer of "unknown
// member" for a store outage would turn patients away.
func AnswerAll(ctx context.Context, store adjudicator.EligibilityStore, member func(id string) adjudicator.Hash, inqs []Inquiry, plans ...Plan) ([]Response, error) {
	seen := map[string]adjudicator.Eligibility{}
	out := make([]Response, 0, len(inqs))
	for i, q := range inqs {
		el, ok := seen[q.MemberID]
		if !ok && q.MemberID != "" {
			var err error
			if el, err = store.Eligibility(ctx, member(q.MemberID)); err != nil {
				return nil, fmt.Errorf("elig270: eligibility of inquiry %d: %w", i, err)
			}
			seen[q.MemberID] = el
		}
		r, err := answer(q, el, plans)
		if err != nil {
			return nil, fmt.Errorf("elig270: inquiry %d: %w", i, err)
		}
		out = append(out, r)
	}
	return out, nil
}
