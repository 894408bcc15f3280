package claim837

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/x12"
)

// finish maps the claim as read onto claims.v1, validates it with the claims.v1 rules
// (adjudicator.Claim.Validate) and places each of their errors on the segment and element the
// field was read from.
func (c *claimDraft) finish() ClaimResult {
	r := c.r
	cr := ClaimResult{
		Location: Location{Group: r.group, Set: r.tx.ControlNumber(), Pos: c.clm.Pos},
		End:      c.end, ClaimID: c.claimID, Frequency: c.freq, OriginalClaim: c.original,
	}
	if c.chargeOK {
		cr.ChargeCents = c.charge
	}
	if r.kind == "" { // a set this reader does not map: its errors reject the claim
		cr.Errors = sortErrors(dedupe(r.inherited(nil)))
		return cr
	}
	if a := c.node.ancestor("20"); a != nil {
		cr.BillingNPI = a.npi
	}
	if c.node != nil && c.node.level == "23" {
		cr.Relationship = c.node.relation
	}
	claim := c.mapped()
	cr.read = claim
	c.validate(&claim)
	c.errs = sortErrors(dedupe(c.errs))
	cr.Errors = sortErrors(dedupe(append(r.inherited(c.node), c.errs...)))
	if len(cr.Errors) == 0 {
		cr.Claim = &claim
	}
	return cr
}

// mapped assembles the claims.v1 claim from what was read.
func (c *claimDraft) mapped() adjudicator.Claim {
	claim := c.c
	claim.Schema = adjudicator.ClaimSchemaV1
	claim.ClaimType = c.r.kind
	// Only replacements and voids change what the engine does; 837I's other type-of-bill
	// frequencies (interim bills, late charges) stay in the bill type.
	if c.freq == adjudicator.FrequencyReplacement || c.freq == adjudicator.FrequencyVoid {
		claim.Frequency = c.freq
		if c.original != c.claimID {
			claim.OriginalClaimID = c.original
		}
	}
	// The member id is the subscriber's (2010BA NM109) also when the patient is a dependent
	// (2000C): since 5010 the patient loop carries no id, because a patient with an id of their
	// own is sent as the subscriber.
	if b := c.node.ancestor("22"); b != nil {
		claim.MemberID = b.member
		c.srcs["$.member_id"] = b.memSrc
		if b.memBad {
			c.reported["$.member_id"] = true
		}
	} else {
		c.reported["$.member_id"] = true
	}
	if a := c.node.ancestor("20"); a != nil {
		claim.BillingNPI = a.npi
		c.srcs["$.billing_npi"] = a.npiSrc
		if a.npiBad {
			c.reported["$.billing_npi"] = true
		}
	} else {
		c.reported["$.billing_npi"] = true
	}
	for i, d := range slices.Concat(c.principal, c.others) {
		path := fmt.Sprintf("$.diagnoses[%d]", i)
		claim.Diagnoses = append(claim.Diagnoses, d.code)
		c.srcs[path] = d.src
		if d.bad {
			c.reported[path] = true
		}
	}
	var fromSrc, toSrc src
	allCharges := c.chargeOK
	var sum int64
	for i, l := range c.lines {
		line := l.l
		if !l.priorAuth && c.priorAuth != "" {
			// The claim's prior authorization covers every line that has none of its own.
			line.PriorAuth = c.priorAuth
			path := fmt.Sprintf("$.lines[%d].prior_auth", i)
			c.srcs[path] = c.priorAuthSrc
			if c.priorAuthBad {
				c.reported[path] = true
			}
		}
		claim.Lines = append(claim.Lines, line)
		allCharges = allCharges && l.chargeOK
		sum += line.ChargeCents
		if c.professional() && l.from != "" {
			// An 837P has no claim-level service period: it spans the lines' dates.
			if claim.ServiceFrom == "" || l.from < claim.ServiceFrom {
				claim.ServiceFrom, fromSrc = l.from, l.dateSrc
			}
			if l.to > claim.ServiceTo {
				claim.ServiceTo, toSrc = l.to, l.dateSrc
			}
		}
	}
	if c.professional() {
		if claim.ServiceFrom == "" {
			// Every line's date is missing or bad, and each was reported.
			c.reported["$.service_from"], c.reported["$.service_to"] = true, true
		}
		c.srcs["$.service_from"], c.srcs["$.service_to"] = fromSrc, toSrc
	}
	if allCharges && len(c.lines) > 0 && sum != c.charge {
		c.fail(elemErr(c.clm, 2, 0, "2300", &problem{x12.ElemInvalidCode, "the total charge (CLM02) differs from the sum of the line charges"}))
	}
	return claim
}

// validate applies the claims.v1 rules and reports each problem at the element it came from,
// unless the reader already reported it there.
func (c *claimDraft) validate(claim *adjudicator.Claim) {
	err := claim.Validate()
	var ve *adjudicator.ValidationError
	if !errors.As(err, &ve) {
		if err != nil {
			c.fail(segErr(c.clm, x12.SegHasDataErrors, "2300", err.Error()))
		}
		return
	}
	type place struct{ pos, el, comp int }
	found := map[place]bool{}
	for _, e := range c.errs {
		found[place{e.Pos, e.Element, e.Component}] = true
	}
	for _, f := range ve.Fields {
		if c.reported[f.Path] {
			continue
		}
		at, ok := c.srcs[f.Path]
		if ok && found[place{at.seg.Pos, at.el, at.comp}] {
			continue // one problem per element: the reader's, which is the more specific
		}
		if !ok || at.seg.ID == "" {
			c.fail(segErr(c.clm, x12.SegHasDataErrors, "2300", "claims.v1: "+f.Error()))
			continue
		}
		code := x12.ElemInvalidCode
		switch {
		case f.Msg == "required":
			code = x12.ElemRequiredMissing
		case strings.HasSuffix(f.Path, "service_from"), strings.HasSuffix(f.Path, "service_to"), strings.HasSuffix(f.Path, "service_date"):
			code = x12.ElemInvalidDate
		}
		c.fail(elemErr(at.seg, at.el, at.comp, at.loop, &problem{code, f.Msg + " (claims.v1 " + f.Path + ")"}))
	}
}
