// Package ack999 writes the X12 999 implementation acknowledgement (005010X231A1) for a received
// interchange: per functional group an AK1 (GS01, GS06, GS08), per transaction set an AK2 (ST01,
// ST02, ST03), IK3/IK4 for each segment and element in error, IK5 (A accepted, E accepted with
// errors noted, R rejected), and AK9 (A, E, P partially accepted, R) with the counts of sets
// included, received and accepted.
//
// The input (Group, Set, Note) holds the received control numbers and each set's result with
// its x12.Errors; For837 makes it from a claim837.Result, RejectedInterchange from an interchange
// whose envelope was refused. Write builds the 999 with x12.Build and parses it back to check its
// counts before returning it.
//
// Choices:
//   - Claims are accepted one by one inside an 837, which a 999 cannot say: a set with some
//     claims accepted and some rejected is E (accepted, errors noted) with the IK3/IK4 of what
//     rejected the others, each with CTX CLM01 naming the claim; a set with none accepted is R.
//     The group is P when some sets are rejected and some are not.
//   - IK302 counts from the set's ST (1), where x12.Error.Pos counts from the ISA.
//   - IK303 (the LS/LE loop identifier) is not sent: 837s have no LS/LE loops. IK402 (the data
//     element reference number) and IK404 (a copy of the bad value) are not sent: the latter is
//     health data.
//   - An envelope rejection rejects every group (AK9 R) and set (IK5 R). What x12 found inside a
//     set is its IK3/IK4 (SE01 and SE02 also IK502 4 and 3; a set without SE IK502 2); a GS/GE
//     problem is an AK905 code; an ISA/IEA problem has no place in a 999 (a TA1 reports it), and
//     a set rejected only because of one has an IK5 R with no IK502.
//   - The 999 also carries what the 837 guide leaves to a 277CA (an NPI's check digit, ICD-9
//     codes, coordination of benefits): the engine writes no 277CA, so the 999 is the answer.
package ack999
