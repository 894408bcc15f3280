package fhir

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"

	r4 "github.com/samply/golang-fhir-models/fhir-models/fhir"

	"github.com/claimsledger/claims/adjudicator"
)

// Purposes of a CoverageEligibilityRequest (http://hl7.org/fhir/eligibilityrequest-purpose).
const (
	PurposeAuthRequirements = "auth-requirements"
	PurposeBenefits         = "benefits"
	PurposeDiscovery        = "discovery"
	PurposeValidation       = "validation"
)

// answeredPurposes are the purposes a CoverageEligibilityResponse answers,
// all from the member's coverage spans: validation (is the coverage in force
// on the dates), benefits (answered as the 271 answers service type 30:
// which plan, in force when, no amounts) and discovery (every plan on record
// for the dates is listed, whatever the request's insurance[] names).
// auth-requirements would need prior-authorization rules per service, which
// the engine does not publish.
var answeredPurposes = map[string]r4.EligibilityResponsePurpose{
	PurposeValidation: r4.EligibilityResponsePurposeValidation,
	PurposeBenefits:   r4.EligibilityResponsePurposeBenefits,
	PurposeDiscovery:  r4.EligibilityResponsePurposeDiscovery,
}

// EligibilityRequest is what the engine reads of a FHIR R4
// CoverageEligibilityRequest. It holds health data (the member id): it
// must not be logged.
type EligibilityRequest struct {
	// MemberID is the patient's member id, read as a Claim's is (see the
	// package documentation): patient.identifier.value, a contained
	// Patient's MB identifier, a conditional reference or Patient/{id}.
	MemberID string
	// ProviderNPI is the NPI of CoverageEligibilityRequest.provider, read
	// as a Claim's billing provider's is.
	ProviderNPI string
	// From and To (YYYY-MM-DD, inclusive) are the days asked about:
	// servicedDate, servicedPeriod (a period with one bound asks about that
	// day), else the day the request was read.
	From, To string
	// Period says the days came as a servicedPeriod with both bounds; the
	// response answers with one, else with a servicedDate.
	Period bool
	// Purposes are the request's purposes this engine answers
	// (validation, benefits, discovery), in order, without repeats.
	Purposes []string
	// Identifier is the request's first identifier with a value, which
	// the response's request reference carries; nil when it has none.
	Identifier *RequestIdentifier
}

// RequestIdentifier is a business identifier of a request, as sent.
type RequestIdentifier struct {
	System, Value string
}

// eligibilityRoot is the FHIR path of the resource read.
const eligibilityRoot = "CoverageEligibilityRequest"

// DecodeEligibilityRequest reads an application/fhir+json document that
// must be one CoverageEligibilityRequest, with today (local time) as the
// date asked about when it sends none. Its error is an *Error naming every
// problem by FHIR path ("CoverageEligibilityRequest.servicedPeriod.end"),
// never quoting a value.
func DecodeEligibilityRequest(data []byte) (EligibilityRequest, error) {
	return DecodeEligibilityRequestOn(data, time.Now())
}

// DecodeEligibilityRequestOn is DecodeEligibilityRequest with today given.
//
// The request is judged in the stages a Claim is: JSON, the R4 schema (the
// request and the Patient, Practitioner, PractitionerRole or Organization
// it contains), then what the engine needs: status active, created, a
// purpose it answers, the member id, the provider's NPI and the dates.
// insurer is required by R4 and not read: this engine answers for its own
// payer whatever the request names. insurance[], item[], supportingInfo,
// enterer, facility and priority are checked by the schema and not read;
// coverage is answered per plan, not per service (as the 271 answers
// service type 30 only).
func DecodeEligibilityRequestOn(data []byte, today time.Time) (EligibilityRequest, error) {
	tree, err := parseTree(data)
	if err != nil {
		return EligibilityRequest{}, err
	}
	root, ok := tree.(map[string]any)
	if !ok {
		return EligibilityRequest{}, docError("", CodeInvalid, "want a FHIR resource (a JSON object), got %s", jsonKindOf(tree))
	}
	switch rt, isString := root["resourceType"].(string); {
	case rt == eligibilityRoot:
	case root["resourceType"] == nil:
		return EligibilityRequest{}, docError("", CodeRequired, "resourceType: required: want %q", eligibilityRoot)
	case !isString:
		return EligibilityRequest{}, docError("", CodeInvalid, "resourceType: want a string, got %s", jsonKindOf(root["resourceType"]))
	default:
		return EligibilityRequest{}, docError("", CodeValue, "resourceType: want %q (one request, not in a Bundle), got %s", eligibilityRoot, nameResourceType(rt))
	}
	found, err := validateSchema(root, eligibilityRoot, eligibilityRoot)
	if err != nil {
		return EligibilityRequest{}, err
	}
	req := node{v: root, path: eligibilityRoot}
	contained, more := containedOf(req)
	if found = append(found, more...); len(found) > 0 {
		return EligibilityRequest{}, &Error{Issues: found}
	}
	var is issues
	modifierExtensions(req, &is, "the request is not answered")
	if len(is) > 0 {
		return EligibilityRequest{}, &Error{Issues: is}
	}
	cv := converter{claim: req, resource: eligibilityRoot, contained: contained, src: map[string]string{}}
	out := cv.eligibilityRequest(today)
	if len(cv.is) > 0 {
		return EligibilityRequest{}, &Error{Issues: cv.is}
	}
	return out, nil
}

var npiDigits = regexp.MustCompile(`^[0-9]{10}$`)

func (cv *converter) eligibilityRequest(today time.Time) EligibilityRequest {
	var out EligibilityRequest
	req := cv.claim
	switch s := req.get("status"); {
	case !s.present():
		cv.is.required(s.path, "required by FHIR R4: want active")
	case s.str() != "active":
		cv.is.value(s.path, "want active: a request %s is not answered", knownCode(s.str(), "cancelled", "draft", "entered-in-error"))
	}
	if cr := req.get("created"); !cr.present() {
		cv.is.required(cr.path, "required by FHIR R4")
	}
	purposes := req.get("purpose")
	for _, p := range purposes.list() {
		if _, ok := answeredPurposes[p.str()]; ok && !slices.Contains(out.Purposes, p.str()) {
			out.Purposes = append(out.Purposes, p.str())
		}
	}
	switch {
	case !purposes.present():
		cv.is.required(purposes.path, "required by FHIR R4: want validation or benefits")
	case len(out.Purposes) == 0:
		// The schema allows only the four codes: what is left is auth-requirements.
		cv.is.value(purposes.path, "prior-authorization requirements (auth-requirements) are not answered here: want validation, benefits or discovery")
	}

	if out.MemberID = cv.memberID(); out.MemberID != "" && strings.TrimSpace(out.MemberID) == "" {
		cv.is.value(cv.src["$.member_id"], "want a member id, got %s", adjudicator.Describe(out.MemberID))
	}
	if npi, path, ok := cv.npi(req.get("provider"), "provider"); ok {
		if !npiDigits.MatchString(npi) {
			cv.is.value(path, "want a 10-digit NPI, got %s", adjudicator.Describe(npi))
		}
		out.ProviderNPI = npi
	}
	out.From, out.To, out.Period = cv.servicedDays(today)
	for _, id := range req.get("identifier").list() {
		if v := id.get("value").str(); v != "" {
			out.Identifier = &RequestIdentifier{System: id.get("system").str(), Value: v}
			break
		}
	}
	return out
}

// servicedDays reads serviced[x]: servicedDate, or servicedPeriod (both
// bounds: those days; one bound: that day), else today.
func (cv *converter) servicedDays(today time.Time) (from, to string, period bool) {
	req := cv.claim
	sd, sp := req.get("servicedDate"), req.get("servicedPeriod")
	switch {
	case sd.present() && sp.present():
		cv.is.value(sp.path, "send servicedDate or servicedPeriod, not both: serviced[x] is one element")
		return "", "", false
	case sd.present():
		d, _ := cv.calendarDate(sd)
		return d, d, false
	case sp.present():
		s, e := sp.get("start"), sp.get("end")
		var okS, okE bool
		if s.present() {
			from, okS = cv.calendarDate(s)
		}
		if e.present() {
			to, okE = cv.calendarDate(e)
		}
		switch {
		case okS && okE && to < from:
			cv.is.value(e.path, "is before servicedPeriod.start")
		case !s.present():
			from = to
		case !e.present():
			to = from
		}
		return from, to, s.present() && e.present()
	}
	d := today.Format(time.DateOnly)
	return d, d, false
}

// calendarDate is cv.date (a date or dateTime's date as written) that must
// also be a day of the calendar: the schema's pattern lets 02-30 through.
func (cv *converter) calendarDate(n node) (string, bool) {
	d, ok := cv.date(n)
	if !ok {
		return "", false
	}
	if _, err := time.Parse(time.DateOnly, d); err != nil {
		cv.is.value(n.path, "want a calendar date, got %s", adjudicator.DescribeDate(d))
		return "", false
	}
	return d, true
}

// EligibilityOptions are the parts of a CoverageEligibilityResponse the
// request and the coverage do not say.
type EligibilityOptions struct {
	// Created is CoverageEligibilityResponse.created; the zero time means
	// now. Tests set it to get the same bytes each run.
	Created time.Time
	// Insurer is the payer's name (insurer.display): this engine's payer
	// authors the response, whatever insurer the request named. ""
	// means DefaultInsurer.
	Insurer string
}

// Unknown members are answered as a 271 answers them: X12's reject reason
// 72 (invalid or missing subscriber/insured id), in the code system Da
// Vinci PAS defines for X12 reject reasons (element 901). HL7's
// adjudication-error code system, the example binding of error.code, has
// a001 (missing identifier) and a002 (missing creation date) only, and
// the id is not missing: it is not on record.
const (
	SystemX12RejectReason = "https://codesystem.x12.org/005010/901"
	RejectMemberNotFound  = "72"
)

// SystemPlanID is the identifier system of a coverage's plan id
// (insurance.coverage.identifier): the plan ids of the CoverageRegistry.
const SystemPlanID = "urn:claimsledger:plan_id"

// CoverageEligibilityResponse writes the FHIR R4 CoverageEligibilityResponse
// (JSON) answering req from the member's coverage el, as the adjudicator
// decides with it.
//
// A member with no span on record is unknown: outcome error and one
// error[] coded X12 reject reason 72 (SystemX12RejectReason), no insurance.
// FHIR's outcome error says the request could not be processed as asked,
// which a client checks before reading insurance[]; answering "not in
// force" instead would tell the provider the patient's coverage lapsed
// when the id may just be mistyped.
//
// Otherwise outcome is complete and insurance[] has one entry per plan
// with a span overlapping the days asked about (every plan of the member
// when none does), in date order: coverage names the plan (identifier of
// SystemPlanID, display the plan id), inforce says whether the plan's
// spans cover every day asked about, and benefitPeriod is the plan's first
// span overlapping the days: the one holding the first day asked about
// when one does (absent when none overlaps).
//
// An error is a fault of the caller's data (a span or date that is not
// YYYY-MM-DD), never of the request.
func CoverageEligibilityResponse(req *EligibilityRequest, el adjudicator.Eligibility, opt EligibilityOptions) ([]byte, error) {
	r, err := eligibilityResponse(req, el, opt)
	if err != nil {
		return nil, fmt.Errorf("fhir: coverage eligibility response: %w", err)
	}
	b, err := json.Marshal(r)
	if err != nil {
		return nil, fmt.Errorf("fhir: encode coverage eligibility response: %w", err)
	}
	return b, nil
}

type daySpan struct {
	plan, start, end string
	s, e             time.Time
}

func eligibilityResponse(req *EligibilityRequest, el adjudicator.Eligibility, opt EligibilityOptions) (r4.CoverageEligibilityResponse, error) {
	from, err1 := time.Parse(time.DateOnly, req.From)
	to, err2 := time.Parse(time.DateOnly, req.To)
	if err := errors.Join(err1, err2); err != nil || to.Before(from) {
		return r4.CoverageEligibilityResponse{}, errors.New("the request's days are not a range of YYYY-MM-DD dates")
	}
	if req.MemberID == "" || len(req.Purposes) == 0 {
		return r4.CoverageEligibilityResponse{}, errors.New("the request has no member id or no purpose answered: decode it with DecodeEligibilityRequest")
	}
	created := opt.Created
	if created.IsZero() {
		created = time.Now()
	}
	resp := r4.CoverageEligibilityResponse{
		Status:  r4.FinancialResourceStatusCodesActive,
		Patient: r4.Reference{Identifier: &r4.Identifier{Type: ptr(coding(SystemIdentifierType, "MB")), Value: ptr(req.MemberID)}},
		Created: created.Format(time.RFC3339),
		Request: r4.Reference{Type: ptr(eligibilityRoot)},
		Insurer: r4.Reference{Display: ptr(cmp.Or(opt.Insurer, DefaultInsurer))},
	}
	for _, p := range req.Purposes {
		resp.Purpose = append(resp.Purpose, answeredPurposes[p])
	}
	// The request was not stored here, so its reference is by identifier:
	// a literal CoverageEligibilityRequest/{id} would name a resource on
	// this server, which has none.
	if id := req.Identifier; id != nil {
		resp.Request.Identifier = &r4.Identifier{Value: ptr(id.Value)}
		if id.System != "" {
			resp.Request.Identifier.System = ptr(id.System)
		}
	}
	if req.ProviderNPI != "" {
		resp.Requestor = &r4.Reference{Identifier: &r4.Identifier{System: ptr(SystemNPI), Value: ptr(req.ProviderNPI)}}
	}
	if req.Period {
		resp.ServicedPeriod = &r4.Period{Start: ptr(req.From), End: ptr(req.To)}
	} else {
		resp.ServicedDate = ptr(req.From)
	}
	if len(el.Spans) == 0 {
		resp.Outcome = r4.ClaimProcessingCodesError
		resp.Disposition = ptr("The member id is not on record: no coverage can be told.")
		resp.Error = []r4.CoverageEligibilityResponseError{{Code: r4.CodeableConcept{
			Coding: []r4.Coding{{System: ptr(SystemX12RejectReason), Code: ptr(RejectMemberNotFound), Display: ptr("Invalid/Missing Subscriber/Insured ID")}},
			Text:   ptr("member not found"),
		}}}
		return resp, nil
	}
	spans := make([]daySpan, 0, len(el.Spans))
	for i, s := range el.Spans {
		start, err1 := time.Parse(time.DateOnly, s.Start)
		end, err2 := time.Parse(time.DateOnly, s.End)
		if err := errors.Join(err1, err2); err != nil || end.Before(start) || s.PlanID == "" {
			return r4.CoverageEligibilityResponse{}, fmt.Errorf("coverage span %d: want a plan id and start and end dates YYYY-MM-DD, start first", i)
		}
		spans = append(spans, daySpan{s.PlanID, s.Start, s.End, start, end})
	}
	slices.SortStableFunc(spans, func(a, b daySpan) int { return cmp.Or(a.s.Compare(b.s), a.e.Compare(b.e)) })
	overlaps := func(s daySpan) bool { return !s.s.After(to) && !s.e.Before(from) }

	// The plans answered for, in the order of their first span overlapping
	// the days (of their first span at all when no plan overlaps them).
	var plans []string
	anyOverlap := slices.ContainsFunc(spans, overlaps)
	for _, s := range spans {
		if (overlaps(s) || !anyOverlap) && !slices.Contains(plans, s.plan) {
			plans = append(plans, s.plan)
		}
	}
	anyInforce := false
	for _, plan := range plans {
		var mine []daySpan
		for _, s := range spans {
			if s.plan == plan {
				mine = append(mine, s)
			}
		}
		in := covers(mine, from, to)
		anyInforce = anyInforce || in
		ins := r4.CoverageEligibilityResponseInsurance{
			Coverage: r4.Reference{Type: ptr("Coverage"), Identifier: &r4.Identifier{System: ptr(SystemPlanID), Value: ptr(plan)}, Display: ptr(plan)},
			Inforce:  ptr(in),
		}
		if bp, ok := benefitPeriod(mine, overlaps); ok {
			ins.BenefitPeriod = &r4.Period{Start: ptr(bp.start), End: ptr(bp.end)}
		}
		resp.Insurance = append(resp.Insurance, ins)
	}
	resp.Outcome = r4.ClaimProcessingCodesComplete
	switch {
	case anyInforce:
		resp.Disposition = ptr("Coverage is in force on every day asked about.")
	case covers(spans, from, to):
		resp.Disposition = ptr("Every day asked about is covered, though by more than one plan: see each insurance's benefit period.")
	case anyOverlap:
		resp.Disposition = ptr("Covered on some of the days asked about, not all: see each insurance's benefit period.")
	default:
		resp.Disposition = ptr("Not covered on the days asked about.")
	}
	return resp, nil
}

// covers reports whether spans (sorted by start) cover every day of
// [from, to] between them.
func covers(spans []daySpan, from, to time.Time) bool {
	next := from // the first day not yet known to be covered
	for _, s := range spans {
		if s.s.After(next) {
			break
		}
		if after := s.e.AddDate(0, 0, 1); after.After(next) {
			next = after
		}
	}
	return next.After(to)
}

// benefitPeriod is the first span (spans are sorted by start) overlapping
// the days asked about: the one holding the first day when one does, since
// a span starting on or before it that overlaps the days holds it.
func benefitPeriod(spans []daySpan, overlaps func(daySpan) bool) (daySpan, bool) {
	for _, s := range spans {
		if overlaps(s) {
			return s, true
		}
	}
	return daySpan{}, false
}
