package fhir

import "strings"

// Code systems and identifier systems read and written. The CMS and NUBC
// systems are also accepted with http:// instead of https://, as older
// senders and terminology servers spell them; they are always written as
// here.
const (
	SystemClaimType = "http://terminology.hl7.org/CodeSystem/claim-type"
	SystemNPI       = "http://hl7.org/fhir/sid/us-npi"
	// SystemRelatedClaim is Claim.related.relationship's: "prior" names the claim a
	// replacement or void corrects.
	SystemRelatedClaim   = "http://terminology.hl7.org/CodeSystem/ex-relatedclaimrelationship"
	SystemPlaceOfService = "https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set"
	SystemICD10CM        = "http://hl7.org/fhir/sid/icd-10-cm"
	SystemCPT            = "http://www.ama-assn.org/go/cpt"
	SystemHCPCS          = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
	SystemRevenueCode    = "https://www.nubc.org/CodeSystem/RevenueCodes"
	SystemTypeOfBill     = "https://www.nubc.org/CodeSystem/TypeOfBill"
	// SystemSupportingInfoType is CARIN Blue Button's supportingInfo
	// category; its "typeofbill" carries an institutional claim's type of
	// bill, which base R4 has no element for.
	SystemSupportingInfoType = "http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBSupportingInfoType"
	SystemCareTeamRole       = "http://terminology.hl7.org/CodeSystem/claimcareteamrole"
	SystemCARINCareTeamRole  = "http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBClaimCareTeamRole"
	SystemIdentifierType     = "http://terminology.hl7.org/CodeSystem/v2-0203"
	SystemDataAbsentReason   = "http://terminology.hl7.org/CodeSystem/data-absent-reason"
	SystemProcessPriority    = "http://terminology.hl7.org/CodeSystem/processpriority"
	SystemAdjudication       = "http://terminology.hl7.org/CodeSystem/adjudication"
	SystemPaymentType        = "http://terminology.hl7.org/CodeSystem/ex-paymenttype"
	SystemCARC               = "https://x12.org/codes/claim-adjustment-reason-codes"
	SystemRARC               = "https://x12.org/codes/remittance-advice-remark-codes"
	// SystemAdjustmentGroup is X12's CAS01 claim adjustment group codes
	// (CO, PR, OA): an adjustment's category in a ClaimResponse, so the
	// group travels with its CARC.
	SystemAdjustmentGroup = "https://x12.org/codes/claim-adjustment-group-codes"
	// SystemAdjudicationDiscriminator is CARIN Blue Button's adjudication
	// category for an entry that carries a reason code only: a RARC.
	SystemAdjudicationDiscriminator = "http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBAdjudicationDiscriminator"

	// SystemClaimID is the identifier system a native claim's claim_id is
	// written under. A native claim carries no namespace for its id; this
	// one says the id is the claims.v1 claim_id.
	SystemClaimID = "urn:claimsledger:claims.v1:claim_id"
)

// Extensions this package defines, for claims.v1 fields base R4 has no
// element for.
const (
	// ExtensionPriorAuth (valueString), on Claim.item, is the prior
	// authorization number for that line (claims.v1 lines[].prior_auth).
	// R4 has authorizations only per insurance (Claim.insurance.preAuthRef),
	// which cannot say which line an authorization is for.
	ExtensionPriorAuth = "https://github.com/claimsledger/claims/fhir/StructureDefinition/item-prior-auth"
	// ExtensionPlaceOfService (valueCodeableConcept, a CMS place of
	// service coding), on Claim, is the claim's place of service
	// (claims.v1 place_of_service), which lines without their own inherit.
	// R4 has a place of service per item only.
	ExtensionPlaceOfService = "https://github.com/claimsledger/claims/fhir/StructureDefinition/claim-place-of-service"
)

// sameSystem compares a system as sent with a canonical one, taking
// http:// and https:// as the same for the CMS and NUBC systems.
func sameSystem(got, want string) bool {
	if got == want {
		return true
	}
	if !strings.HasPrefix(want, "https://www.cms.gov/") && !strings.HasPrefix(want, "https://www.nubc.org/") {
		return false
	}
	return "http://"+strings.TrimPrefix(want, "https://") == got
}
