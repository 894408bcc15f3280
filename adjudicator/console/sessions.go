package console

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/claimsledger/claims/adjudicator/analysts"
)

// redisStore is scs's session store over the engine's Redis client. scs's own goredisstore
// takes a *redis.Client only; serve's client is a UniversalClient (Redis Cluster too). A
// session holds the analyst's name, address and a handle to their key in serve's memory:
// never the key.
type redisStore struct {
	rdb    redis.UniversalClient
	prefix string
}

func (s *redisStore) FindCtx(ctx context.Context, token string) ([]byte, bool, error) {
	b, err := s.rdb.Get(ctx, s.prefix+token).Bytes()
	if errors.Is(err, redis.Nil) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("console sessions: %w", err)
	}
	return b, true, nil
}

func (s *redisStore) CommitCtx(ctx context.Context, token string, b []byte, expiry time.Time) error {
	ttl := time.Until(expiry)
	if ttl <= 0 {
		return s.DeleteCtx(ctx, token)
	}
	if err := s.rdb.Set(ctx, s.prefix+token, b, ttl).Err(); err != nil {
		return fmt.Errorf("console sessions: %w", err)
	}
	return nil
}

func (s *redisStore) DeleteCtx(ctx context.Context, token string) error {
	if err := s.rdb.Del(ctx, s.prefix+token).Err(); err != nil {
		return fmt.Errorf("console sessions: %w", err)
	}
	return nil
}

// The Store methods scs requires besides the context ones; it calls the Ctx ones when present.
func (s *redisStore) Find(token string) ([]byte, bool, error) {
	return s.FindCtx(context.Background(), token)
}

func (s *redisStore) Commit(token string, b []byte, expiry time.Time) error {
	return s.CommitCtx(context.Background(), token, b, expiry)
}

func (s *redisStore) Delete(token string) error { return s.DeleteCtx(context.Background(), token) }

// keyring holds the unlocked keys of logged-in analysts, by a random handle their session
// carries. It lives in serve's memory only: a restart forgets every key, and the analyst logs
// in again to decide. Keys are dropped at logout, and once idle or older than the session.
type keyring struct {
	mu       sync.Mutex
	keys     map[string]*unlocked
	idle     time.Duration
	lifetime time.Duration
	now      func() time.Time
}

type unlocked struct {
	analyst  analysts.Analyst
	key      *ecdsa.PrivateKey
	created  time.Time
	lastUsed time.Time
}

func newKeyring(idle, lifetime time.Duration) *keyring {
	return &keyring{keys: map[string]*unlocked{}, idle: idle, lifetime: lifetime, now: time.Now}
}

// put keeps key and returns its handle.
func (k *keyring) put(a analysts.Analyst, key *ecdsa.PrivateKey) (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	h := hex.EncodeToString(b)
	k.mu.Lock()
	defer k.mu.Unlock()
	k.sweep()
	now := k.now()
	k.keys[h] = &unlocked{analyst: a, key: key, created: now, lastUsed: now}
	return h, nil
}

// get returns the key of handle, when it is still held, and marks it used.
func (k *keyring) get(handle string) (analysts.Analyst, *ecdsa.PrivateKey, bool) {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.sweep()
	u, ok := k.keys[handle]
	if !ok {
		return analysts.Analyst{}, nil, false
	}
	u.lastUsed = k.now()
	return u.analyst, u.key, true
}

// touch marks handle's key used, when it is still held.
func (k *keyring) touch(handle string) { k.get(handle) }

// has reports whether handle's key is held, without marking it used.
func (k *keyring) has(handle string) bool {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.sweep()
	_, ok := k.keys[handle]
	return ok
}

// drop forgets handle's key.
func (k *keyring) drop(handle string) {
	k.mu.Lock()
	defer k.mu.Unlock()
	if u, ok := k.keys[handle]; ok {
		forget(u)
		delete(k.keys, handle)
	}
}

// len counts the keys held.
func (k *keyring) len() int {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.sweep()
	return len(k.keys)
}

// sweep drops expired keys; k.mu is held.
func (k *keyring) sweep() {
	now := k.now()
	for h, u := range k.keys {
		if now.Sub(u.lastUsed) > k.idle || now.Sub(u.created) > k.lifetime {
			forget(u)
			delete(k.keys, h)
		}
	}
}

// forget overwrites the private scalar, so a dropped key does not linger in the heap until
// the collector reuses it.
func forget(u *unlocked) {
	if u.key != nil && u.key.D != nil {
		u.key.D.SetInt64(0)
	}
	u.key = nil
}
