package adjudicator

import (
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
)

// Outcome is the claim-level result.
type Outcome string

// Outcomes. A claim gets exactly one.
const (
	Approve Outcome = "approve" // every line paid as allowed
	Partial Outcome = "partial" // some lines denied, some paid
	Deny    Outcome = "deny"    // every line pays 0 for denial reasons
	Pend    Outcome = "pend"    // held for review; recorded on chain, not paid
	// Void is a void (frequency 8) of an earlier claim: nothing is priced, and what the original
	// credited is taken back. The rules never return it.
	Void Outcome = "void"
)

// Code is the outcome's small integer form used in Merkle leaves.
func (o Outcome) Code() uint8 {
	switch o {
	case Approve:
		return 1
	case Partial:
		return 2
	case Deny:
		return 3
	case Pend:
		return 4
	case Void:
		return 5
	}
	return 0
}

// Valid reports whether o is one of the five outcomes.
func (o Outcome) Valid() bool { return o.Code() != 0 }

// Adjustment groups (X12 CAS01).
const (
	GroupCO = "CO" // contractual obligation: the provider writes it off
	GroupPR = "PR" // patient responsibility
	GroupOA = "OA" // other adjustment
)

// Adjustment is one CARC-coded amount taken off a line.
type Adjustment struct {
	Group string `json:"group"`
	CARC  string `json:"carc"`
	Cents int64  `json:"cents"`
}

// LineDecision is the priced result of one claim line.
type LineDecision struct {
	Line         int          `json:"line"`
	Code         string       `json:"code"`
	Units        int          `json:"units"`
	ChargeCents  int64        `json:"charge_cents"`
	AllowedCents int64        `json:"allowed_cents"`
	PaidCents    int64        `json:"paid_cents"`
	PatientCents int64        `json:"patient_cents"`
	Adjustments  []Adjustment `json:"adjustments"`
	Remarks      []string     `json:"remarks,omitempty"`
	// Explain lists which rules fired and why; only filled on request.
	Explain []string `json:"explain,omitempty"`
}

// Decision is the record of one claim's adjudication: the same bytes go to
// claims.decisions, out of `claims adjudicate`, and (keyed-hashed) into the
// batch's Merkle tree.
type Decision struct {
	ClaimID    string  `json:"claim_id"`
	Outcome    Outcome `json:"outcome"`
	BillingNPI string  `json:"billing_npi"`
	PaidCents  int64   `json:"paid_cents"`
	// HeldCents is, for a pended claim, what approval would credit the
	// provider: the OA-133 (pending review) amounts of its lines. The
	// claim's Merkle leaf commits to it, and a fraud analyst's approval on
	// chain credits exactly this. Zero for every other outcome.
	HeldCents int64          `json:"held_cents,omitempty"`
	Lines     []LineDecision `json:"lines"`
	// FraudScore is the sum of the Flags' scores. The rules pend a claim
	// whose score reaches the bundle's threshold (data.fraud.pend_score);
	// below it the flags are recorded for the analyst and the claim is
	// decided as usual.
	FraudScore int `json:"fraud_score,omitempty"`
	// Flags are the fraud signals that fired on the claim (package
	// claims.fraud), in code order, as the rules return them. The engine
	// moves them (with FraudScore) out of the record it publishes into a
	// sealed flags document, leaving FlagsDigest (SealFlags): the leaf's
	// record digest commits to them through it. Omitted when none fired.
	Flags []Flag `json:"flags,omitempty"`
	// FlagsDigest replaces FraudScore and Flags in a record the engine publishes: the keyed
	// digest of the flags document (FlagSet), which travels sealed beside the record for
	// analysts. The billing provider reads the record; it must not read the flags.
	FlagsDigest string `json:"flags_digest,omitempty"`
	PolicyHash  string `json:"policy_hash"`
	// Corrects is set on a replacement or void: the original it took the place of and what
	// the chain takes back for it.
	Corrects *Correction `json:"corrects,omitempty"`
}

// Flag is one fraud signal that fired on a claim: its code (DUP_NEAR,
// EXCLUDED, ...), the score the policy bundle gives it, and why, a
// sentence with the figures behind it (formatted by the rules, so the same
// claim and history give the same bytes).
type Flag struct {
	Code  string `json:"code"`
	Score int    `json:"score"`
	Why   string `json:"why"`
}

// Check verifies the balancing identities every decision must satisfy (its errors never quote
// the claim id: they end up in dead-letter reasons and logs):
// per line, charge = allowed + CO and allowed = paid + PR; the claim's paid
// total is the sum of its lines; a pended claim pays nothing.
func (d *Decision) Check() error {
	if !d.Outcome.Valid() {
		return fmt.Errorf("decision: unknown outcome %q", d.Outcome)
	}
	var paid int64
	for _, l := range d.Lines {
		var co, pr int64
		for _, a := range l.Adjustments {
			switch a.Group {
			case GroupCO, GroupOA:
				co += a.Cents
			case GroupPR:
				pr += a.Cents
			default:
				return fmt.Errorf("decision line %d: unknown adjustment group %q", l.Line, a.Group)
			}
		}
		if l.ChargeCents != l.AllowedCents+co {
			return fmt.Errorf("decision line %d: charge %d != allowed %d + CO/OA %d", l.Line, l.ChargeCents, l.AllowedCents, co)
		}
		if l.AllowedCents != l.PaidCents+pr {
			return fmt.Errorf("decision line %d: allowed %d != paid %d + PR %d", l.Line, l.AllowedCents, l.PaidCents, pr)
		}
		if l.PatientCents != pr {
			return fmt.Errorf("decision line %d: patient %d != PR %d", l.Line, l.PatientCents, pr)
		}
		if l.PaidCents < 0 || l.AllowedCents < 0 {
			return fmt.Errorf("decision line %d: negative amount", l.Line)
		}
		paid += l.PaidCents
	}
	if paid != d.PaidCents {
		return fmt.Errorf("decision: paid %d != sum of lines %d", d.PaidCents, paid)
	}
	score := 0
	for _, f := range d.Flags {
		if f.Code == "" || f.Score < 0 {
			return errors.New("decision: a fraud flag needs a code and a non-negative score")
		}
		score += f.Score
	}
	if score != d.FraudScore {
		return fmt.Errorf("decision: fraud score %d != sum of its flags' scores %d", d.FraudScore, score)
	}
	if d.FlagsDigest != "" && len(d.Flags) > 0 {
		return errors.New("decision: a record with a flags digest carries no flags")
	}
	if d.Outcome == Void && (d.Corrects == nil || len(d.Lines) != 0) {
		return errors.New("decision: a void names the original it corrects and prices no lines")
	}
	if d.Outcome == Pend && d.PaidCents != 0 {
		return fmt.Errorf("decision: a pended claim pays 0, not %d", d.PaidCents)
	}
	want := int64(0)
	if d.Outcome == Pend {
		want = d.Held()
	}
	if d.HeldCents != want {
		return fmt.Errorf("decision: held %d, want %d (the OA-133 amounts of a pended claim, else 0)", d.HeldCents, want)
	}
	return nil
}

// Held sums the OA-133 (pending further review) adjustments of a pended
// claim's lines; 0 for any other outcome.
func (d *Decision) Held() int64 {
	if d.Outcome != Pend {
		return 0
	}
	var held int64
	for _, l := range d.Lines {
		held += l.Held()
	}
	return held
}

// Held is the line's OA-133 (pending further review) amount: what approving this line of a
// pended claim credits.
func (l *LineDecision) Held() int64 {
	var held int64
	for _, a := range l.Adjustments {
		if a.Group == GroupOA && a.CARC == "133" {
			held += a.Cents
		}
	}
	return held
}

// LeafCents is the amount the claim's Merkle leaf commits to: what it
// credits the provider, or for a pended claim what approval would credit.
func (d *Decision) LeafCents() int64 {
	if d.Outcome == Pend {
		return d.HeldCents
	}
	return d.PaidCents
}

// Encode returns the canonical bytes of the record. encoding/json writes
// struct fields in declaration order, so equal decisions encode equally;
// these bytes are what the Merkle leaf commits to.
func (d *Decision) Encode() ([]byte, error) {
	b, err := json.Marshal(d)
	if err != nil {
		return nil, fmt.Errorf("encode decision: %w", err)
	}
	return b, nil
}

// quoted matches a double-quoted string, with escapes.
var quoted = regexp.MustCompile(`"(?:[^"\\]|\\.)*"`)

// scrubQuoted blanks every quoted string in msg. Our own errors never quote claim values, but
// an error from the policy engine may quote part of its input (a code, an id) and would then
// reach a dead-letter reason and the log; the rest of the message still says what failed.
func scrubQuoted(msg string) string { return quoted.ReplaceAllString(msg, `"…"`) }
