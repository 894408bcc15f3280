package adjudicator

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"sort"
)

// Claim frequency codes (X12 CLM05-3) the engine acts on.
const (
	FrequencyOriginal    = "1"
	FrequencyReplacement = "7"
	FrequencyVoid        = "8"
)

// CARCPriorProcessing is CARC 129, "Prior processing information appears incorrect": the
// denial of a replacement or void whose original the engine cannot find.
const CARCPriorProcessing = "129"

// Corrective reports whether the claim replaces or voids an earlier one.
func (c *Claim) Corrective() bool {
	return c.Frequency == FrequencyReplacement || c.Frequency == FrequencyVoid
}

// OriginalID is the provider's claim id of the claim a correction replaces or voids: the one
// it names, else its own (providers usually resend the original's patient control number).
func (c *Claim) OriginalID() string {
	if c.OriginalClaimID != "" {
		return c.OriginalClaimID
	}
	return c.ClaimID
}

// SubmissionID names one submission among a provider's claims: the claim id of an original,
// and for a correction, which comes under the original's claim id, the claim id with its
// frequency and a digest of its content. Idempotent intake and claim statuses key on it.
func (c *Claim) SubmissionID() string {
	if !c.Corrective() {
		return c.ClaimID
	}
	b, _ := json.Marshal(c) // a Claim always marshals: strings, ints and slices of them
	sum := sha256.Sum256(b)
	return c.ClaimID + "~" + c.Frequency + "~" + hex.EncodeToString(sum[:8])
}

// ClaimRef is what a later correction needs of a decided claim to find it and take back what it
// credited. Keyed hashes only, hex-encoded.
type ClaimRef struct {
	Key      string `json:"key"`      // keyed claim key (privacy.Keyer.Claim)
	Provider string `json:"provider"` // keyed billing NPI
	Leaf     string `json:"leaf"`     // its Merkle leaf
	Cents    int64  `json:"cents"`    // what its leaf committed to (Decision.LeafCents)
	Pended   bool   `json:"pended,omitempty"`
}

// Correction is what a replacement or void did to its original: it names the original's input
// position and leaf, and what the original credited. The record, and so the correction's own
// Merkle leaf, commits to it; the chain takes the amount back (see ClaimSettlement.reverseCredits).
type Correction struct {
	Original Position `json:"original"`
	Leaf     string   `json:"original_leaf"`
	// Cents is what the original credited and is taken back; for a pended original, what an
	// analyst's approval credited, taken back only if it was approved (else it can no longer be).
	Cents  int64 `json:"reversed_cents"`
	Pended bool  `json:"original_pended,omitempty"`
}

func hexHash(h Hash) string { return hex.EncodeToString(h[:]) }

func parseHexHash(s string) (Hash, bool) {
	var h Hash
	b, err := hex.DecodeString(s)
	if err != nil || len(b) != len(h) {
		return h, false
	}
	copy(h[:], b)
	return h, true
}

// corrected lists the positions that some entry replaced or voided.
func corrected(entries []HistoryEntry) map[Position]bool {
	var out map[Position]bool
	for _, e := range entries {
		if e.Corrects != nil {
			if out == nil {
				out = map[Position]bool{}
			}
			out[*e.Corrects] = true
		}
	}
	return out
}

// findOriginal picks, among a member's entries (stored and earlier in the batch), the latest
// claim with this claim key and provider that nothing corrected yet. Voids record no ClaimRef,
// so a void is never itself voided.
func findOriginal(entries []HistoryEntry, claimKey, provider Hash) (HistoryEntry, bool) {
	done := corrected(entries)
	key, prov := hexHash(claimKey), hexHash(provider)
	var found []HistoryEntry
	for _, e := range entries {
		if e.Claim != nil && e.Claim.Key == key && e.Claim.Provider == prov && !done[e.Source] {
			found = append(found, e)
		}
	}
	if len(found) == 0 {
		return HistoryEntry{}, false
	}
	sort.Slice(found, func(i, j int) bool { return positionLess(found[i].Source, found[j].Source) })
	return found[len(found)-1], true
}

func positionLess(a, b Position) bool {
	if a.Partition != b.Partition {
		return a.Partition < b.Partition
	}
	return a.Offset < b.Offset
}

// reversalOf is what the chain must take back for an original.
func reversalOf(orig HistoryEntry) (Reversal, Correction, bool) {
	leaf, ok1 := parseHexHash(orig.Claim.Leaf)
	prov, ok2 := parseHexHash(orig.Claim.Provider)
	key, ok3 := parseHexHash(orig.Claim.Key)
	if !ok1 || !ok2 || !ok3 {
		return Reversal{}, Correction{}, false
	}
	r := Reversal{Leaf: leaf, Provider: prov, ClaimKey: key, Cents: orig.Claim.Cents, Pended: orig.Claim.Pended}
	return r, Correction{Original: orig.Source, Leaf: orig.Claim.Leaf, Cents: orig.Claim.Cents, Pended: orig.Claim.Pended}, true
}

// voidDecision is the decision on a void: nothing paid, no lines priced, and the original it
// reverses.
func voidDecision(c *Claim, policy Hash, corr Correction) Decision {
	return Decision{ClaimID: c.ClaimID, Outcome: Void, BillingNPI: c.BillingNPI, Lines: []LineDecision{},
		PolicyHash: "0x" + hexHash(policy), Corrects: &corr}
}

// noOriginalDecision denies a replacement or void whose original the engine does not hold
// (never decided here, already voided, or another provider's): CO-129 on every line.
func noOriginalDecision(c *Claim, policy Hash) Decision {
	d := Decision{ClaimID: c.ClaimID, Outcome: Deny, BillingNPI: c.BillingNPI, PolicyHash: "0x" + hexHash(policy)}
	for _, l := range c.Lines {
		ld := LineDecision{Line: l.Number, Code: l.Code, Units: l.Units, ChargeCents: l.ChargeCents,
			Adjustments: []Adjustment{}}
		if l.ChargeCents > 0 {
			ld.Adjustments = append(ld.Adjustments, Adjustment{Group: GroupCO, CARC: CARCPriorProcessing, Cents: l.ChargeCents})
		}
		d.Lines = append(d.Lines, ld)
	}
	return d
}
