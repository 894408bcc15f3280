// Package claim837 reads X12 5010 837 claims, professional (837P, 005010X222) and institutional
// (837I, 005010X223), into native claims.v1 claims (adjudicator.Claim).
//
// An interchange is parsed with x12.Parse: an envelope error rejects it whole. Otherwise every
// claim (CLM) is accepted or rejected on its own: a claim is rejected by its own problems and
// by those of the loops it is in (its billing provider's, its subscriber's, its transaction
// set's header and hierarchy). Every problem is an x12.Error naming the segment (its position in
// the interchange, its id), the element and component, the loop, the 999 IK304/IK403 codes, and
// why, without quoting a value: claims are health data.
//
// # What is read
//
//	claims.v1            837P (X222)                          837I (X223)
//	claim_type           ST03 (GS08 when missing)             the same
//	billing_npi          2010AA NM1*85 NM109 (NM108 XX)       the same
//	member_id            2010BA NM1*IL NM109 (NM108 MI)       the same
//	claim_id             2300 CLM01                           the same
//	place_of_service     CLM05-1 (CLM05-2 B)                  -
//	bill_type            -                                    CLM05-1 facility type + CLM05-3
//	service_from/to      earliest/latest 2400 DTP*472         2300 DTP*434 RD8
//	diagnoses            HI: HI01 ABK, HI02-12 ABF            HI ABK, then up to 2 HI of ABF
//	rendering_npi        2310B NM1*82 NM109 (XX)              2310A NM1*71 (attending) NM109
//	lines[].line         2400 LX01 (1, 2, 3... in order)      the same
//	lines[].code         SV101-2 (SV101-1 HC)                 SV202-2 (SV202-1 HC), optional
//	lines[].modifiers    SV101-3..6                           SV202-3..6
//	lines[].charge_cents SV102                                SV203
//	lines[].units        SV104 (SV103 UN)                     SV205 (SV204 UN or DA)
//	lines[].place_of_service  SV105                           -
//	lines[].revenue_code -                                    SV201
//	lines[].service_date DTP*472 D8, or RD8 of one day        the same, optional
//	lines[].prior_auth   2400 REF*G1, else 2300 REF*G1        2300 REF*G1
//
// Kept beside the claim (ClaimResult), for idempotency and corrections: CLM01, the billing NPI,
// CLM05-3 (frequency: 1 original, 7 replacement, 8 void), REF*F8 (the claim a replacement or
// void corrects), CLM02 and, for a dependent, PAT01.
//
// Decisions:
//   - The member id is the subscriber's (2010BA NM109) also when the patient is a dependent
//     (loop 2000C): 5010 removed the patient's id, as a patient with a member id of their own
//     is sent as the subscriber. ClaimResult.Relationship says the claim is a dependent's.
//   - Amounts are read into cents from their decimal text, without floating point; more than 2
//     decimals is refused. Units must be whole (claims.v1 has whole units).
//   - CLM02 must equal the sum of the line charges.
//   - NPIs are 10 digits with a valid check digit (Luhn over 80840 and the first nine digits).
//   - Refused because claims.v1 cannot say them, each with its own error: ICD-9-CM diagnoses
//     (BK, BF: claims.v1 is ICD-10-CM); a line over several days (RD8 of more than one day);
//     anesthesia minutes (SV103 MJ); procedure qualifiers other than HC; claims where the
//     engine is not the primary payer (SBR01 other than P: coordination of benefits); reporting
//     transaction sets (BHT06 RP, encounters); an 837P line rendering provider other than the
//     claim's; more than one prior authorization on a line.
//   - Read and not used: the submitter and receiver (1000A/B), pay-to loops, addresses,
//     referring, supervising, facility, ambulance, ordering and purchased-service providers,
//     other payers (2320/2330, which a primary claim may list), drug identification (2410: the
//     line is priced by its HCPCS code), line adjudication (2430), notes, repricing, the other
//     HI code lists (837I procedures, occurrences, values, conditions), diagnosis pointers.
//     What the engine does not use is not validated against the implementation guide.
//   - Claim-level rules a 277CA would normally carry (NPI check digit, ICD-9, COB, CLM02 total)
//     are reported like syntax errors, as there is no 277CA yet: a 999 is the one answer.
//
// Validation is claims.v1's own (adjudicator.Claim.Validate); each of its errors, named by JSON
// path, is placed on the element the field was read from ($.lines[1].units is the SV104 of the
// second line), unless the reader already reported a problem there.
package claim837
