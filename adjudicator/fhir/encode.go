package fhir

import (
	"cmp"
	"encoding/json"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strings"

	"github.com/claimsledger/claims/adjudicator"
)

// The R4 elements the encoder writes. They are this package's own, not
// golang-fhir-models', because that library's Claim writes both choices
// of diagnosis[x] (an empty "diagnosisReference": {} beside the code) and
// cannot carry contained resources; tests validate what these write
// against the R4 schema.
type (
	claimJSON struct {
		ResourceType   string           `json:"resourceType"`
		ID             string           `json:"id,omitempty"`
		Extension      []extensionJSON  `json:"extension,omitempty"`
		Identifier     []identifierJSON `json:"identifier"`
		Status         string           `json:"status"`
		Type           conceptJSON      `json:"type"`
		Use            string           `json:"use"`
		Patient        referenceJSON    `json:"patient"`
		BillablePeriod *periodJSON      `json:"billablePeriod,omitempty"`
		Created        string           `json:"created"`
		Provider       referenceJSON    `json:"provider"`
		Priority       conceptJSON      `json:"priority"`
		Related        []relatedJSON    `json:"related,omitempty"`
		CareTeam       []careTeamJSON   `json:"careTeam,omitempty"`
		SupportingInfo []supportingJSON `json:"supportingInfo,omitempty"`
		Diagnosis      []diagnosisJSON  `json:"diagnosis,omitempty"`
		Insurance      []insuranceJSON  `json:"insurance"`
		Item           []itemJSON       `json:"item"`
		Total          *moneyJSON       `json:"total,omitempty"`
	}
	extensionJSON struct {
		URL                  string       `json:"url"`
		ValueString          string       `json:"valueString,omitempty"`
		ValueCodeableConcept *conceptJSON `json:"valueCodeableConcept,omitempty"`
	}
	// relatedJSON names the claim a replacement or void corrects.
	relatedJSON struct {
		Relationship *conceptJSON    `json:"relationship,omitempty"`
		Reference    *identifierJSON `json:"reference,omitempty"`
	}
	identifierJSON struct {
		Type   *conceptJSON `json:"type,omitempty"`
		System string       `json:"system,omitempty"`
		Value  string       `json:"value"`
	}
	codingJSON struct {
		System string `json:"system"`
		Code   string `json:"code"`
	}
	conceptJSON struct {
		Coding []codingJSON `json:"coding"`
	}
	referenceJSON struct {
		Type       string          `json:"type,omitempty"`
		Identifier *identifierJSON `json:"identifier,omitempty"`
	}
	periodJSON struct {
		Start string `json:"start"`
		End   string `json:"end"`
	}
	careTeamJSON struct {
		Sequence int           `json:"sequence"`
		Provider referenceJSON `json:"provider"`
		Role     *conceptJSON  `json:"role,omitempty"`
	}
	supportingJSON struct {
		Sequence int         `json:"sequence"`
		Category conceptJSON `json:"category"`
		Code     conceptJSON `json:"code"`
	}
	diagnosisJSON struct {
		Sequence                 int         `json:"sequence"`
		DiagnosisCodeableConcept conceptJSON `json:"diagnosisCodeableConcept"`
	}
	insuranceJSON struct {
		Sequence   int           `json:"sequence"`
		Focal      bool          `json:"focal"`
		Coverage   referenceJSON `json:"coverage"`
		PreAuthRef []string      `json:"preAuthRef,omitempty"`
	}
	quantityJSON struct {
		Value int `json:"value"`
	}
	moneyJSON struct {
		Value    json.Number `json:"value"`
		Currency string      `json:"currency"`
	}
	itemJSON struct {
		Extension               []extensionJSON `json:"extension,omitempty"`
		Sequence                int             `json:"sequence"`
		CareTeamSequence        []int           `json:"careTeamSequence,omitempty"`
		Revenue                 *conceptJSON    `json:"revenue,omitempty"`
		ProductOrService        conceptJSON     `json:"productOrService"`
		Modifier                []conceptJSON   `json:"modifier,omitempty"`
		ServicedDate            string          `json:"servicedDate,omitempty"`
		LocationCodeableConcept *conceptJSON    `json:"locationCodeableConcept,omitempty"`
		Quantity                quantityJSON    `json:"quantity"`
		Net                     moneyJSON       `json:"net"`
	}
)

func concept(system, code string) conceptJSON {
	return conceptJSON{Coding: []codingJSON{{System: system, Code: code}}}
}

func conceptRef(system, code string) *conceptJSON {
	c := concept(system, code)
	return &c
}

func usd(c int64) moneyJSON { return moneyJSON{Value: money(c), Currency: "USD"} }

// memberIdentifier is the member id as an identifier typed MB (member
// number), which Decode reads back from Claim.patient.identifier.
func memberIdentifier(id string) *identifierJSON {
	return &identifierJSON{Type: conceptRef(SystemIdentifierType, "MB"), Value: id}
}

func npiReference(typ, npi string) referenceJSON {
	return referenceJSON{Type: typ, Identifier: &identifierJSON{System: SystemNPI, Value: npi}}
}

var (
	fhirID   = regexp.MustCompile(`^[A-Za-z0-9\-.]{1,64}$`)
	fhirCode = regexp.MustCompile(`^[^\s]+(\s[^\s]+)*$`)
)

// codeSystem is the system of a procedure code: CPT codes are five digits,
// or four and a category II/III letter (99213, 0001F, 0042T); HCPCS Level
// II codes start with a letter (J1100).
func codeSystem(code string) string {
	if code != "" && code[0] >= 'A' && code[0] <= 'Z' {
		return SystemHCPCS
	}
	return SystemCPT
}

// modifierSystem: CPT modifiers are two digits (25, 59), HCPCS Level II
// modifiers have a letter (RT, XS).
func modifierSystem(m string) string {
	if strings.Trim(m, "0123456789") == "" {
		return SystemCPT
	}
	return SystemHCPCS
}

// icdWithDot writes an ICD-10-CM code as the code system spells it, with
// the dot after the category (H2511 -> H25.11); Decode removes it again.
func icdWithDot(code string) string {
	if len(code) <= 3 {
		return code
	}
	return code[:3] + "." + code[3:]
}

// Encode writes a valid claims.v1 claim as a FHIR R4 Claim (JSON), which
// Decode reads back equal, with one exception: a line whose own
// place_of_service equals the claim's comes back without it, inheriting
// it, which the rules read the same. Elements R4 requires that claims.v1
// lacks are filled with what a claim form implies: status active, use
// claim, priority normal, created the last date of service (the earliest
// it can have been made), and one focal insurance whose coverage is the
// member id.
func Encode(c *adjudicator.Claim) ([]byte, error) {
	r, err := encodeClaim(c)
	if err != nil {
		return nil, err
	}
	b, err := json.Marshal(r)
	if err != nil {
		return nil, fmt.Errorf("fhir: encode claim: %w", err)
	}
	return b, nil
}

// EncodeBundle writes claims as a collection Bundle of FHIR R4 Claims.
func EncodeBundle(claims []adjudicator.Claim) ([]byte, error) {
	type entry struct {
		Resource claimJSON `json:"resource"`
	}
	bundle := struct {
		ResourceType string  `json:"resourceType"`
		Type         string  `json:"type"`
		Entry        []entry `json:"entry,omitempty"`
	}{ResourceType: "Bundle", Type: "collection"}
	for i := range claims {
		r, err := encodeClaim(&claims[i])
		if err != nil {
			return nil, fmt.Errorf("claim %d of %d: %w", i+1, len(claims), err)
		}
		bundle.Entry = append(bundle.Entry, entry{Resource: r})
	}
	b, err := json.Marshal(bundle)
	if err != nil {
		return nil, fmt.Errorf("fhir: encode bundle: %w", err)
	}
	return b, nil
}

func encodeClaim(c *adjudicator.Claim) (claimJSON, error) {
	if err := c.Validate(); err != nil {
		return claimJSON{}, fmt.Errorf("fhir: encode claim: %w", err)
	}
	// Valid claims.v1 values are valid FHIR values, except what claims.v1
	// does not constrain: a type of bill is free text there and a code
	// here, and counts have FHIR's 32-bit range.
	if c.BillType != "" && !fhirCode.MatchString(c.BillType) {
		return claimJSON{}, fmt.Errorf("fhir: encode claim: bill_type: want a FHIR code (no leading, trailing or repeated whitespace), got %s", adjudicator.Describe(c.BillType))
	}
	r := claimJSON{
		ResourceType: "Claim",
		Identifier:   []identifierJSON{{System: SystemClaimID, Value: c.ClaimID}},
		Status:       "active",
		Type:         concept(SystemClaimType, c.ClaimType),
		Use:          "claim",
		Patient:      referenceJSON{Identifier: memberIdentifier(c.MemberID)},
		BillablePeriod: &periodJSON{
			Start: c.ServiceFrom,
			End:   c.ServiceTo,
		},
		Created:   c.ServiceTo,
		Provider:  npiReference("", c.BillingNPI),
		Priority:  concept(SystemProcessPriority, "normal"),
		Insurance: []insuranceJSON{{Sequence: 1, Focal: true, Coverage: referenceJSON{Type: "Coverage", Identifier: memberIdentifier(c.MemberID)}}},
	}
	if fhirID.MatchString(c.ClaimID) {
		r.ID = c.ClaimID
	}
	if c.Corrective() {
		// A void is a cancelled claim; a replacement an active one. Both name the claim they
		// correct as their prior claim.
		if c.Frequency == adjudicator.FrequencyVoid {
			r.Status = "cancelled"
		}
		r.Related = []relatedJSON{{Relationship: conceptRef(SystemRelatedClaim, "prior"),
			Reference: &identifierJSON{System: SystemClaimID, Value: c.OriginalID()}}}
	}
	if c.PlaceOfService != "" {
		r.Extension = []extensionJSON{{URL: ExtensionPlaceOfService, ValueCodeableConcept: conceptRef(SystemPlaceOfService, c.PlaceOfService)}}
	}
	if c.RenderingNPI != "" {
		r.CareTeam = []careTeamJSON{{Sequence: 1, Provider: npiReference("Practitioner", c.RenderingNPI), Role: conceptRef(SystemCareTeamRole, "primary")}}
	}
	if c.BillType != "" {
		r.SupportingInfo = []supportingJSON{{Sequence: 1, Category: concept(SystemSupportingInfoType, "typeofbill"), Code: concept(SystemTypeOfBill, c.BillType)}}
	}
	for i, d := range c.Diagnoses {
		r.Diagnosis = append(r.Diagnosis, diagnosisJSON{Sequence: i + 1, DiagnosisCodeableConcept: concept(SystemICD10CM, icdWithDot(d))})
	}
	for i, l := range c.Lines {
		if l.Number > math.MaxInt32 || l.Units > math.MaxInt32 {
			return claimJSON{}, fmt.Errorf("fhir: encode claim: lines[%d]: line number or units beyond FHIR's integer range", i)
		}
		it := itemJSON{
			Sequence:         l.Number,
			ProductOrService: concept(SystemDataAbsentReason, "not-applicable"),
			ServicedDate:     l.ServiceDate,
			Quantity:         quantityJSON{Value: l.Units},
			Net:              usd(l.ChargeCents),
		}
		if l.Code != "" {
			it.ProductOrService = concept(codeSystem(l.Code), l.Code)
		}
		if c.RenderingNPI != "" {
			it.CareTeamSequence = []int{1}
		}
		if l.RevenueCode != "" {
			it.Revenue = conceptRef(SystemRevenueCode, l.RevenueCode)
		}
		for _, m := range l.Modifiers {
			it.Modifier = append(it.Modifier, concept(modifierSystem(m), m))
		}
		if pos := cmp.Or(l.PlaceOfService, c.PlaceOfService); pos != "" {
			it.LocationCodeableConcept = conceptRef(SystemPlaceOfService, pos)
		}
		if l.PriorAuth != "" {
			it.Extension = []extensionJSON{{URL: ExtensionPriorAuth, ValueString: l.PriorAuth}}
			if !slices.Contains(r.Insurance[0].PreAuthRef, l.PriorAuth) {
				r.Insurance[0].PreAuthRef = append(r.Insurance[0].PreAuthRef, l.PriorAuth)
			}
		}
		r.Item = append(r.Item, it)
	}
	r.Total = &moneyJSON{Value: json.Number(formatBigCents(totalCents(c))), Currency: "USD"}
	return r, nil
}
