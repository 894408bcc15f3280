// Package privacy holds the two ways health data is kept off the chain and
// out of plain sight: keyed hashes (HMAC-SHA256) for identifiers that must
// still be joinable, and AES-GCM sealing for claim payloads at rest on Kafka.
package privacy

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"errors"
	"fmt"
)

// MinSecretLen is the shortest HMAC secret accepted: shorter keys make the
// keyed hashes of low-entropy member ids guessable.
const MinSecretLen = 32

// Keyer derives keyed hashes. Each use has its own domain label so a member
// key can never collide with, or be replayed as, a claim key.
type Keyer struct{ secret []byte }

// NewKeyer validates the secret and returns a Keyer.
func NewKeyer(secret []byte) (*Keyer, error) {
	if len(secret) < MinSecretLen {
		return nil, fmt.Errorf("privacy: HMAC secret is %d bytes, need at least %d", len(secret), MinSecretLen)
	}
	return &Keyer{secret: bytes.Clone(secret)}, nil
}

func (k *Keyer) sum(domain string, parts ...[]byte) [32]byte {
	m := hmac.New(sha256.New, k.secret)
	m.Write([]byte(domain))
	for _, p := range parts {
		m.Write([]byte{0})
		m.Write(p)
	}
	var out [32]byte
	copy(out[:], m.Sum(nil))
	return out
}

// Member is the keyed hash of a member id: the Kafka message key, the Redis
// key and the chain's CoverageRegistry key.
func (k *Keyer) Member(memberID string) [32]byte { return k.sum("claims/member/v1", []byte(memberID)) }

// Claim is the keyed hash of a claim id, used on chain for pended claims.
func (k *Keyer) Claim(claimID string) [32]byte { return k.sum("claims/claim/v1", []byte(claimID)) }

// Record is the keyed digest of a decision record's canonical bytes; the
// Merkle leaf commits to it, so the leaf reveals nothing about the claim.
func (k *Keyer) Record(record []byte) [32]byte { return k.sum("claims/record/v1", record) }

// Flags is the keyed digest of a claim's fraud flags document; the decision record carries it in
// the flags' stead (adjudicator.FlagSet).
func (k *Keyer) Flags(doc []byte) [32]byte { return k.sum("claims/flags/v1", doc) }

// SubKey derives a 32-byte key for one use (label) from the HMAC secret, so one configured
// secret serves several keys that reveal nothing of each other.
func (k *Keyer) SubKey(label string) []byte {
	s := k.sum("claims/subkey/v1", []byte(label))
	return s[:]
}

// Content is the keyed hash of a claim's content without its claim id: equal for the same
// claim submitted again under another id.
func (k *Keyer) Content(withoutID []byte) [32]byte { return k.sum("claims/content/v1", withoutID) }

// Provider is the keyed hash of a billing NPI: how the chain knows a
// provider (its credits, its registered payout address) without the NPI.
func (k *Keyer) Provider(npi string) [32]byte { return k.sum("claims/provider/v1", []byte(npi)) }

// ProviderDay keys a billing provider's counters for one date of service (claims and typical
// minutes, for the IMPOSSIBLE_DAY signal): the NPI and date stay out of the store's keys.
func (k *Keyer) ProviderDay(npi, date string) [32]byte {
	return k.sum("claims/provider-day/v1", []byte(npi), []byte(date))
}

// ProviderHour keys a billing provider's claim count for one intake hour (VELOCITY_PROVIDER).
func (k *Keyer) ProviderHour(npi, hour string) [32]byte {
	return k.sum("claims/provider-hour/v1", []byte(npi), []byte(hour))
}

// Submission keys a provider's claim as the HTTP API names it: billing NPI and the provider's
// claim id together, since two providers may use the same claim id.
func (k *Keyer) Submission(npi, claimID string) [32]byte {
	return k.sum("claims/submission/v1", []byte(npi), []byte(claimID))
}

// sealMagic prefixes sealed payloads so a reader can tell a sealed message
// from a plaintext one without trying to decrypt it.
var sealMagic = []byte("CLMs1")

// Sealer encrypts and decrypts claim payloads with AES-256-GCM.
type Sealer struct{ aead cipher.AEAD }

// NewSealer takes a 32-byte AES-256 key.
func NewSealer(key []byte) (*Sealer, error) {
	if len(key) != 32 {
		return nil, fmt.Errorf("privacy: AES-GCM key is %d bytes, need 32", len(key))
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, fmt.Errorf("privacy: %w", err)
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, fmt.Errorf("privacy: %w", err)
	}
	return &Sealer{aead: aead}, nil
}

// Seal encrypts plaintext. aad (the Kafka message key) is authenticated but
// not encrypted, so a sealed payload moved under another member's key fails
// to open.
func (s *Sealer) Seal(plaintext, aad []byte) ([]byte, error) {
	nonce := make([]byte, s.aead.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return nil, fmt.Errorf("privacy: nonce: %w", err)
	}
	out := make([]byte, 0, len(sealMagic)+len(nonce)+len(plaintext)+s.aead.Overhead())
	out = append(out, sealMagic...)
	out = append(out, nonce...)
	return s.aead.Seal(out, nonce, plaintext, aad), nil
}

// ErrNotSealed is returned by Open for a payload without the sealed prefix.
var ErrNotSealed = errors.New("privacy: payload is not sealed")

// Open decrypts a payload made by Seal with the same aad.
func (s *Sealer) Open(sealed, aad []byte) ([]byte, error) {
	if !IsSealed(sealed) {
		return nil, ErrNotSealed
	}
	rest := sealed[len(sealMagic):]
	n := s.aead.NonceSize()
	if len(rest) < n+s.aead.Overhead() {
		return nil, errors.New("privacy: sealed payload is truncated")
	}
	pt, err := s.aead.Open(nil, rest[:n], rest[n:], aad)
	if err != nil {
		return nil, fmt.Errorf("privacy: open sealed payload: %w", err)
	}
	return pt, nil
}

// IsSealed reports whether b carries the sealed prefix.
func IsSealed(b []byte) bool { return bytes.HasPrefix(b, sealMagic) }
