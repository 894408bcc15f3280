// Package x12 reads and writes ASC X12 5010 interchanges: the envelope (ISA/IEA, GS/GE,
// ST/SE) with its delimiters taken from the ISA segment, segments and their elements, and the
// checks every transaction set shares (control numbers and counts). The transaction sets this
// engine speaks (837P and 837I claims in, 999 acknowledgements and 835 remittances out) build on
// it in their own packages.
//
// No maintained Go library covers 837P, 837I and 835, so this is written for what the engine
// needs and no more. Errors name where (the segment's ordinal position in the interchange, its
// id and the element) and why, with the X12 999 error codes, and never quote element values:
// claims carry health data.
package x12
