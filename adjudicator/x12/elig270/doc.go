// Package elig270 answers eligibility inquiries: X12 5010 270 in, 271 out (005010X279A1).
// Providers ask before a visit whether a patient is covered on a date; the engine answers from
// the same coverage spans it adjudicates claims with (adjudicator.Eligibility, looked up by
// keyed member hash through adjudicator.EligibilityStore: AnswerAll).
//
// Decode reads a 270 (x12.Parse: a strict envelope) into one Inquiry per patient asked about.
// Any problem rejects the whole interchange, for a 999 to report: the error wraps an
// x12.Errors naming each problem's segment position, id, element, loop and 999 IK304/IK403
// codes, never quoting a value (inquiries are health data). Answer turns an Inquiry and the
// member's spans into a Response; Write writes Responses as a 271 interchange and checks it by
// reading it back.
//
// # What is read (270)
//
//	Inquiry          270
//	Reference        BHT03 (BHT02 must be 13, request)
//	Source           2000A/2100A NM1 (PR ...), echoed
//	Receiver         2000B/2100B NM1 (1P ...), echoed
//	ReceiverNPI      2100B NM109 when NM108 is XX (check digit verified); empty for other ids
//	Subscriber       2000C TRN, 2100C NM1*IL, DMG
//	Dependent        2000D TRN, 2100D NM1*03, DMG (nil when the subscriber is the patient)
//	MemberID         2100C NM109 with NM108 MI: the subscriber's, also for a dependent
//	From, To         DTP*291 D8 or RD8 of the patient's 2100 loop; a dependent without one takes
//	                 the subscriber's; else the day Decode runs (local time: the guide's "current
//	                 date" when none is sent)
//	ServiceTypes     EQ01 of the patient's 2110 loops, every repetition, without repeats
//
// The member id is the subscriber's also when the patient is a dependent, as in claim837:
// claims.v1 knows members by the subscriber's id, and 5010 removed the dependent's id (a
// patient with an id of their own is sent as the subscriber). A dependent's coverage is thus
// the subscriber's spans.
//
// A subscriber level asks about the subscriber when it has EQ segments or no dependent level;
// every dependent level asks about that dependent. Several inquiries may share a subscriber.
//
// # What is written (271)
//
// One transaction set per 270 set answered, BHT*0022*11 with the 270's BHT03, the hierarchy of
// the inquiries answered (renumbered HL01 1, 2, 3...), each level's NM1 as sent, TRN*2 echoing
// each TRN's TRN02-04 (X12 RFI 1272: returned unmodified), the patient's DMG as sent. Then:
//
//   - member id missing (no NM109, or NM108 II): AAA*Y**72*N in 2100C (invalid/missing
//     subscriber id; a search by name and birth date is not supported).
//   - member unknown (no span on record): AAA*Y**72*C in 2100C. Not 75 (subscriber not
//     found): X12 RFI 1693 rules 72 for an id that is not on record; 75 is for searches
//     without an id. A dependent's levels are still echoed, without EB (X12 RFI 1661).
//   - otherwise, in the patient's loops, in date order: for each span overlapping the dates
//     asked, EB*1**30*<EB04>*<EB05> with DTP*291 RD8 (the span); for each run of days asked no
//     span covers, EB*6**30 with DTP*307 (those days). The span covering the first day asked,
//     if any, is also DTP*346 and DTP*347 (plan begin and end) in the patient's name loop
//     (2100C/D, where the guide allows DTP*347; 2110 does not).
//
// EB04 is Plan.InsuranceType for the plans passed to Answer; for others MB (Medicare Part B)
// when the plan id is "medicare" (the Tuva data's plan; the engine prices by the Medicare
// physician fee schedule, Part B), else C1 (commercial). EB05 is Plan.Description, else the
// plan id.
//
// The 271 uses the 270's delimiters, so that echoed values read back as sent.
//
// # Not supported
//
//   - Benefit details: EB03 is always 30 (health benefit plan coverage), whatever service types
//     were asked. Coverage is kept per plan span, not per service, and the guide lets an
//     information source that does not keep a service type answer with 30. ServiceTypes is
//     read, for callers and logs, not answered one by one. Inquiries by procedure (EQ02) are
//     answered the same way.
//   - Amounts: no co-payment, co-insurance, deductible or out-of-pocket amounts, and no
//     deductible or out-of-pocket remaining (EB06-EB08, EB01 A/B/C/G/J). The engine has the
//     accumulators (adjudicator.History, per plan year); reporting them is not wired yet.
//   - A date per EQ (DTP in 2110C/D) is refused; send the date in 2100C/D. The guide's limits
//     on how far back or ahead an inquiry may ask (AAA 62) are not applied.
//   - Searches without a member id, and verifying names, birth dates or genders: the engine
//     keeps none. Names are echoed as sent; when a 270 leaves the subscriber's name out (a
//     dependent's inquiry may), the 271's 2100C NM103 is empty, which X12 RFI 1681 allows only
//     with an AAA.
//   - Provider checks (AAA in 2100B): any receiver is answered; ReceiverNPI is there for the
//     caller to check.
//   - Cancellations (BHT02 01), other payers, primary care providers, HSD, MSG, 2120 loops.
//   - Read and not used: REF, N3, N4, PRV, INS, HI, AMT, III, DTP*102, EQ02-EQ05.
package elig270
