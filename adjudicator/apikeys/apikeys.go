// Package apikeys issues, checks, rotates and revokes the API keys providers authenticate
// with. A key is shown once, when issued; the store keeps only its SHA-256 (keys are 256
// random bits, so a fast hash is enough: there is nothing to guess), in Redis beside the
// engine's other state, so that every replica of serve sees the same keys at once.
package apikeys

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base32"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"
)

// Prefix starts every key, so that secret scanners and people can tell one when they see it.
const Prefix = "clm_"

// ErrUnknown is a key the store does not hold, or holds revoked.
var ErrUnknown = errors.New("apikeys: unknown or revoked API key")

// Key is what the store holds about one issued key: never the key itself.
type Key struct {
	// ID is the first 12 hex digits of the key's hash: it names the key in lists and logs.
	ID  string `json:"id"`
	NPI string `json:"npi"`
	// Kind is KindCertificate for a client certificate registered in a key's stead; empty for
	// an API key.
	Kind      string    `json:"kind,omitempty"`
	IssuedAt  time.Time `json:"issued_at"`
	RevokedAt time.Time `json:"revoked_at,omitzero"`
}

// KindCertificate marks a registered client certificate (mutual TLS): the store keeps the
// SHA-256 of its DER bytes, and its id is "cert:" and the first 12 hex digits of that.
const KindCertificate = "certificate"

// certPrefix starts a certificate's hash in the store, so that it can never be taken for a
// key's hash, and its id.
const certPrefix = "cert:"

// Revoked reports whether the key no longer authenticates.
func (k Key) Revoked() bool { return !k.RevokedAt.IsZero() }

// Store keeps the hashes in one Redis hash (hash of key → Key as JSON) and, per NPI, the set of
// its key hashes.
type Store struct {
	rdb    redis.UniversalClient
	prefix string
	now    func() time.Time
}

// Option configures a Store.
type Option func(*Store)

// WithPrefix changes the Redis key prefix (default "claims:apikeys:v1").
func WithPrefix(p string) Option { return func(s *Store) { s.prefix = p } }

// WithClock replaces time.Now, for tests.
func WithClock(now func() time.Time) Option { return func(s *Store) { s.now = now } }

// New returns a store on rdb.
func New(rdb redis.UniversalClient, opts ...Option) (*Store, error) {
	if rdb == nil {
		return nil, errors.New("apikeys: nil redis client")
	}
	s := &Store{rdb: rdb, prefix: "claims:apikeys:v1", now: time.Now}
	for _, o := range opts {
		o(s)
	}
	if s.prefix == "" {
		return nil, errors.New("apikeys: empty key prefix")
	}
	return s, nil
}

// The hash tag keeps both keys in one Redis Cluster slot, so that issuing is one transaction.
func (s *Store) keysKey() string          { return s.prefix + ":{keys}" }
func (s *Store) npiKey(npi string) string { return s.prefix + ":{keys}:npi:" + npi }

// hashOf is the hex SHA-256 of key.
func hashOf(key string) string {
	h := sha256.Sum256([]byte(key))
	return hex.EncodeToString(h[:])
}

// Issue creates a new key for npi and returns it: the only time it is ever shown.
func (s *Store) Issue(ctx context.Context, npi string) (string, Key, error) {
	if npi == "" {
		return "", Key{}, errors.New("apikeys: empty NPI")
	}
	var raw [32]byte
	if _, err := rand.Read(raw[:]); err != nil {
		return "", Key{}, fmt.Errorf("apikeys: random key: %w", err)
	}
	key := Prefix + strings.ToLower(base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(raw[:]))
	h := hashOf(key)
	k := Key{ID: h[:12], NPI: npi, IssuedAt: s.now().UTC().Truncate(time.Second)}
	b, err := json.Marshal(k)
	if err != nil {
		return "", Key{}, err
	}
	_, err = s.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.HSet(ctx, s.keysKey(), h, b)
		p.SAdd(ctx, s.npiKey(npi), h)
		return nil
	})
	if err != nil {
		return "", Key{}, fmt.Errorf("apikeys: store key for NPI %s: %w", npi, err)
	}
	return key, k, nil
}

// RegisterCert registers the client certificate der (as the TLS handshake presents it) for
// npi: from then on it authenticates as npi, until revoked. Registering it again changes
// nothing; a certificate registered for another NPI is refused.
func (s *Store) RegisterCert(ctx context.Context, npi string, der []byte) (Key, error) {
	if npi == "" || len(der) == 0 {
		return Key{}, errors.New("apikeys: empty NPI or certificate")
	}
	h := certPrefix + hashOf(string(der))
	switch k, ok, err := s.stored(ctx, h); {
	case err != nil:
		return Key{}, err
	case ok && k.NPI != npi:
		return Key{}, fmt.Errorf("apikeys: certificate %s is registered for another NPI", k.ID)
	case ok && !k.Revoked():
		return k, nil
	}
	k := Key{ID: h[:len(certPrefix)+12], NPI: npi, Kind: KindCertificate, IssuedAt: s.now().UTC().Truncate(time.Second)}
	b, err := json.Marshal(k)
	if err != nil {
		return Key{}, err
	}
	if _, err := s.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.HSet(ctx, s.keysKey(), h, b)
		p.SAdd(ctx, s.npiKey(npi), h)
		return nil
	}); err != nil {
		return Key{}, fmt.Errorf("apikeys: store certificate for NPI %s: %w", npi, err)
	}
	return k, nil
}

// LookupCert returns the registered certificate der, or ErrUnknown when it is not registered
// or is revoked.
func (s *Store) LookupCert(ctx context.Context, der []byte) (Key, error) {
	k, ok, err := s.stored(ctx, certPrefix+hashOf(string(der)))
	if err != nil {
		return Key{}, err
	}
	if !ok || k.Revoked() || k.Kind != KindCertificate {
		return Key{}, ErrUnknown
	}
	return k, nil
}

// stored reads the credential under field (a key's hash, or a certificate's with certPrefix);
// ok is false when there is none. Errors name it by its id, never by the hash whole.
func (s *Store) stored(ctx context.Context, field string) (Key, bool, error) {
	id := field[:min(len(field), 12)]
	if strings.HasPrefix(field, certPrefix) {
		id = field[:len(certPrefix)+12]
	}
	b, err := s.rdb.HGet(ctx, s.keysKey(), field).Bytes()
	if errors.Is(err, redis.Nil) {
		return Key{}, false, nil
	}
	if err != nil {
		return Key{}, false, fmt.Errorf("apikeys: look up credential %s: %w", id, err)
	}
	var k Key
	if err := json.Unmarshal(b, &k); err != nil {
		return Key{}, false, fmt.Errorf("apikeys: stored credential %s: %w", id, err)
	}
	return k, true, nil
}

// Lookup returns what the store holds about key, or ErrUnknown when it holds nothing or the key
// is revoked.
func (s *Store) Lookup(ctx context.Context, key string) (Key, error) {
	if !strings.HasPrefix(key, Prefix) {
		return Key{}, ErrUnknown
	}
	k, ok, err := s.stored(ctx, hashOf(key))
	if err != nil {
		return Key{}, err
	}
	if !ok || k.Revoked() {
		return Key{}, ErrUnknown
	}
	return k, nil
}

// List returns npi's keys, revoked ones included, oldest first.
func (s *Store) List(ctx context.Context, npi string) ([]Key, error) {
	hashes, err := s.rdb.SMembers(ctx, s.npiKey(npi)).Result()
	if err != nil {
		return nil, fmt.Errorf("apikeys: list keys of NPI %s: %w", npi, err)
	}
	if len(hashes) == 0 {
		return nil, nil
	}
	vals, err := s.rdb.HMGet(ctx, s.keysKey(), hashes...).Result()
	if err != nil {
		return nil, fmt.Errorf("apikeys: read keys of NPI %s: %w", npi, err)
	}
	out := make([]Key, 0, len(vals))
	for _, v := range vals {
		str, ok := v.(string)
		if !ok {
			continue
		}
		var k Key
		if err := json.Unmarshal([]byte(str), &k); err != nil {
			return nil, fmt.Errorf("apikeys: stored key of NPI %s: %w", npi, err)
		}
		out = append(out, k)
	}
	sortKeys(out)
	return out, nil
}

// Revoke revokes npi's keys and certificates: all of them when id is empty, else the one whose
// ID is id. It returns how many it revoked (those revoked before are not counted again).
func (s *Store) Revoke(ctx context.Context, npi, id string) (int, error) {
	hashes, err := s.rdb.SMembers(ctx, s.npiKey(npi)).Result()
	if err != nil {
		return 0, fmt.Errorf("apikeys: list keys of NPI %s: %w", npi, err)
	}
	n := 0
	for _, h := range hashes {
		if id != "" && !strings.HasPrefix(h, id) {
			continue
		}
		b, err := s.rdb.HGet(ctx, s.keysKey(), h).Bytes()
		if err != nil {
			return n, fmt.Errorf("apikeys: read key %s: %w", h[:12], err)
		}
		var k Key
		if err := json.Unmarshal(b, &k); err != nil {
			return n, fmt.Errorf("apikeys: stored key %s: %w", h[:12], err)
		}
		if k.Revoked() {
			continue
		}
		k.RevokedAt = s.now().UTC().Truncate(time.Second)
		nb, err := json.Marshal(k)
		if err != nil {
			return n, err
		}
		if err := s.rdb.HSet(ctx, s.keysKey(), h, nb).Err(); err != nil {
			return n, fmt.Errorf("apikeys: revoke key %s: %w", h[:12], err)
		}
		n++
	}
	if id != "" && n == 0 {
		return 0, fmt.Errorf("apikeys: NPI %s has no active key %s", npi, id)
	}
	return n, nil
}

// Rotate issues a new key for npi and revokes every key it had before: the new one is the only
// key that works afterwards (registered certificates stay).
func (s *Store) Rotate(ctx context.Context, npi string) (string, Key, int, error) {
	before, err := s.List(ctx, npi)
	if err != nil {
		return "", Key{}, 0, err
	}
	key, k, err := s.Issue(ctx, npi)
	if err != nil {
		return "", Key{}, 0, err
	}
	n := 0
	for _, old := range before {
		// Registered certificates are credentials of their own: a new key leaves them be.
		if old.Revoked() || old.Kind != "" {
			continue
		}
		r, err := s.Revoke(ctx, npi, old.ID)
		if err != nil {
			return key, k, n, fmt.Errorf("apikeys: new key %s issued, but revoking the old ones failed: %w", k.ID, err)
		}
		n += r
	}
	return key, k, n, nil
}

func sortKeys(ks []Key) {
	slices.SortFunc(ks, func(a, b Key) int {
		if c := a.IssuedAt.Compare(b.IssuedAt); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
}
