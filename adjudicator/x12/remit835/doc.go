// Package remit835 writes and reads the ASC X12 835 Health Care Claim Payment/Advice, as the
// 005010X221A1 implementation guide (TR3) profiles it: the remittance advice a payer sends a
// provider saying what each claim was charged, paid and adjusted, and why (CARC/RARC).
//
// Write refuses to produce an 835 that does not balance (Balance lists the rules), and reads
// back what it wrote before returning it. Read is lenient the way a remittance reader has to
// be: it takes real payers' files (bare ST/SE sets, miscounted SE01, a required element left
// empty) and keeps what it tolerated as Warnings; whether such a file balances is for the
// caller to ask.
//
// # The payment trace (TRN02)
//
// Each 835 reports one provider's credit in one settlement batch, so the settlement
// transaction is the payment and its hash is the natural trace number. TRN02 (data element
// 127) holds at most 50 characters and a transaction hash is 32 bytes: 66 characters as 0x-hex,
// 64 without the prefix. REF02 has the same 50-character limit, so "a short trace plus a REF
// with the full hash" is impossible too, and a truncated hash cannot be looked up on a node.
// TRN02 therefore carries the whole hash in base 36 (digits and upper-case letters, X12's basic
// character set), zero-padded to exactly 50 characters: 36^50 > 2^256, so it is lossless.
// TraceFromTxHash and TxHashFromTrace convert; TRN03 is the payer's "1" + EIN.
//
// # Reversals
//
// A void or replacement takes its original's credit back on chain just before its batch
// settles. Its settlement's 835 reports that as the guide's reversal: a CLP02 22 claim under
// the original's CLP01 and CLP07 with every amount negated (Decided.Reversal), before the
// replacement if there is one. When a transaction set's reversals exceed its payments, BPR02
// is zero and a PLB FB (forwarding balance) of the negative net balances it: BPR02 is never
// negative (see FromDecisions).
//
// # Privacy
//
// An 835 goes to the provider who billed the claims, who already holds the member's id, so the
// patient loop (NM1*QC, which the guide requires) carries the member id under qualifier MI and
// no name: the engine has none. That is the only member data in it; the claim key stays off
// the 835, and CLP07 (the payer's claim control number) is the claim's input position
// "partition/offset", the form `claims review --offset` takes and the claim's Merkle leaf
// commits to. Errors name segment positions, elements and indices, never values.
package remit835
