package adjudicator

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/claimsledger/claims/adjudicator/privacy"
)

// FlagSet is a claim's fraud flags as analysts see them. The engine keeps them out of the
// decision record, which the billing provider reads (GET /v1/claims/{id}, proofs): a provider
// under review must not learn which signals fired. The record carries FlagsDigest instead, a
// keyed digest of this document, so the leaf's record digest still commits to the flags, and
// the flags travel sealed beside the record on the decisions topic.
type FlagSet struct {
	FraudScore int    `json:"fraud_score"`
	Flags      []Flag `json:"flags"`
}

// FlagsKeyer digests a flags document. Keyed (privacy.Keyer.Flags): there are few signals and
// the provider knows the figures in their sentences, so a plain hash could be guessed.
type FlagsKeyer interface {
	Flags(doc []byte) [32]byte
}

// SealFlags moves d's fraud flags out of the record into the document it returns, and puts
// the document's keyed digest in d.FlagsDigest; nil when no signal fired (the record is then
// as if flags did not exist). Deterministic: the engine and a replay (claims verify) make the
// same record.
func (d *Decision) SealFlags(k FlagsKeyer) ([]byte, error) {
	if len(d.Flags) == 0 {
		return nil, nil
	}
	doc, err := json.Marshal(FlagSet{FraudScore: d.FraudScore, Flags: d.Flags})
	if err != nil {
		return nil, fmt.Errorf("encode fraud flags: %w", err)
	}
	sum := k.Flags(doc)
	d.Flags, d.FraudScore, d.FlagsDigest = nil, 0, hex.EncodeToString(sum[:])
	return doc, nil
}

// OpenFlags reads a flags document and checks it against the record's digest.
func OpenFlags(doc []byte, d *Decision, k FlagsKeyer) (FlagSet, error) {
	var fs FlagSet
	if d.FlagsDigest == "" {
		return fs, errors.New("the decision record has no fraud flags")
	}
	sum := k.Flags(doc)
	if hex.EncodeToString(sum[:]) != d.FlagsDigest {
		return fs, errors.New("the fraud flags do not match the record's flags digest")
	}
	if err := json.Unmarshal(doc, &fs); err != nil {
		return fs, fmt.Errorf("decode fraud flags: %w", err)
	}
	return fs, nil
}

// flagsAAD binds sealed flags to the input position they were decided at.
func flagsAAD(src Position) []byte {
	return fmt.Appendf(nil, "claims/flags/v1/%d/%d", src.Partition, src.Offset)
}

// EncodeFlags seals a flags document for the decisions topic (plain JSON without a sealer).
func EncodeFlags(doc []byte, src Position, sealer *privacy.Sealer) ([]byte, error) {
	if sealer == nil {
		return doc, nil
	}
	return sealer.Seal(doc, flagsAAD(src))
}

// DecodeFlags reverses EncodeFlags. With a sealer, unsealed flags are refused: anyone who can
// write to the topic could have put them there.
func DecodeFlags(b []byte, src Position, sealer *privacy.Sealer) ([]byte, error) {
	switch {
	case sealer != nil && !privacy.IsSealed(b):
		return nil, errors.New("fraud flags are not sealed but a payload key is configured")
	case sealer != nil:
		return sealer.Open(b, flagsAAD(src))
	case privacy.IsSealed(b):
		return nil, errors.New("fraud flags are sealed but no payload key is configured")
	}
	return b, nil
}
