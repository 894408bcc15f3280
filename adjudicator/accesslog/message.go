package accesslog

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/claimsledger/claims/adjudicator"
)

// messageVersion is the "v" of the messages this package writes; Decode refuses others.
const messageVersion = 1

// message is a look as it travels on the access topic. Plaintext on purpose: every field is
// already public once the look is on chain (keyed hashes, codes, a unix time), and sealing would
// only hide from operators what anyone can read on the chain. Never add a field that is not.
type message struct {
	V          int    `json:"v"`
	ClaimKey   string `json:"claim_key"`
	Viewer     string `json:"viewer"`
	ViewerKind uint8  `json:"viewer_kind"`
	Purpose    uint8  `json:"purpose"`
	At         int64  `json:"at"`
}

// Encode is a's message on the access topic, after checking it as the contract will.
func Encode(a adjudicator.Access) ([]byte, error) {
	if err := a.Validate(); err != nil {
		return nil, err
	}
	return json.Marshal(message{
		V: messageVersion, ClaimKey: "0x" + hex.EncodeToString(a.ClaimKey[:]), Viewer: "0x" + hex.EncodeToString(a.Viewer[:]),
		ViewerKind: uint8(a.ViewerKind), Purpose: uint8(a.Purpose), At: a.At.Unix(),
	})
}

// Decode reads a message Encode wrote. It is strict (unknown fields, another version, a look the
// contract would refuse are errors), so that whatever it accepts can be recorded. Errors never
// quote the message.
func Decode(b []byte) (adjudicator.Access, error) {
	var m message
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&m); err != nil {
		return adjudicator.Access{}, errors.New("accesslog: not an access message (JSON with v, claim_key, viewer, viewer_kind, purpose, at)")
	}
	if dec.More() {
		return adjudicator.Access{}, errors.New("accesslog: trailing data after the access message")
	}
	if m.V != messageVersion {
		return adjudicator.Access{}, fmt.Errorf("accesslog: access message version %d, want %d", m.V, messageVersion)
	}
	var a adjudicator.Access
	var err error
	if a.ClaimKey, err = hash32("claim_key", m.ClaimKey); err != nil {
		return adjudicator.Access{}, err
	}
	if a.Viewer, err = hash32("viewer", m.Viewer); err != nil {
		return adjudicator.Access{}, err
	}
	a.ViewerKind, a.Purpose, a.At = adjudicator.ViewerKind(m.ViewerKind), adjudicator.Purpose(m.Purpose), time.Unix(m.At, 0).UTC()
	if err := a.Validate(); err != nil {
		return adjudicator.Access{}, err
	}
	return a, nil
}

func hash32(field, s string) (adjudicator.Hash, error) {
	var h adjudicator.Hash
	b, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if err != nil || len(b) != len(h) || !strings.HasPrefix(s, "0x") {
		return h, fmt.Errorf("accesslog: %s is not 0x and 64 hex digits", field)
	}
	copy(h[:], b)
	return h, nil
}
