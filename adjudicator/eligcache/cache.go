// Package eligcache is the Redis read-through cache in front of the
// coverage source (the chain's CoverageRegistry): it implements
// adjudicator.EligibilityStore.
//
// # Correctness before speed
//
// The cache only makes lookups cheaper; it never decides an answer the
// source would not give. When Redis is unreachable (or holds something it
// cannot decode) a lookup is answered from the source directly, logged
// once per outage with slog and counted, rather than failing the claim.
// Only a failing source fails a lookup.
//
// A failed Redis command costs whatever the go-redis client's timeouts and
// retries add up to: measured 1.7s against a refused port with go-redis
// v9.23 defaults (MaxRetries 3, DialerRetries 5 at 100ms), 400ms with
// MaxRetries -1 alone. So after a failure lookups skip Redis for
// DefaultRedisRetryInterval, then let one lookup probe it again. Configure
// the client with short timeouts and few retries all the same: the probe,
// and every Invalidate, still pays them.
//
// # Keys and values
//
// One string key per member: the prefix (DefaultPrefix) followed by the
// lowercase hex of the member's keyed hash. A raw member id never reaches
// Redis, in a key or a value. The value is the JSON array of the member's
// spans; an unknown member is cached too, as [], so a flood of claims for
// unknown members does not reach the chain.
//
// # Invalidation and the fill race
//
// The chain adapter calls Invalidate from CoverageRegistry's
// CoverageChanged events; it deletes the key. A read-through that began
// before an invalidation could otherwise write what it read from the
// source after the delete, caching stale coverage until the TTL. To stop
// that, a fill first claims the empty key with a unique marker (atomically,
// in Lua) before it reads the source, and stores the result only if its
// marker is still there (compare-and-set, in Lua). Invalidate's DEL removes
// the marker, so the late write is dropped. Every way the marker can
// disappear (invalidation, expiry, eviction, another fill) errs towards not
// writing. This needs one key per member, so it works unchanged on Redis
// Cluster, and Invalidate stays a plain DEL, which an operator can also
// issue by hand.
//
// Within one process, concurrent misses on a member share one source read
// (singleflight), and Invalidate detaches later lookups from a read that
// is still in flight. Across processes a marker tells other instances a
// fill is under way: they read the source themselves and do not write.
package eligcache

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/redis/go-redis/v9"
	"golang.org/x/sync/singleflight"

	"github.com/claimsledger/claims/adjudicator"
)

// Source is where coverage really lives: the chain adapter implements it
// over CoverageRegistry. It returns every span on record for the member;
// none (and a nil error) means the member is unknown.
type Source interface {
	Coverage(ctx context.Context, member [32]byte) ([]adjudicator.Span, error)
}

// SourceFunc adapts a function to Source.
type SourceFunc func(ctx context.Context, member [32]byte) ([]adjudicator.Span, error)

// Coverage calls f.
func (f SourceFunc) Coverage(ctx context.Context, member [32]byte) ([]adjudicator.Span, error) {
	return f(ctx, member)
}

const (
	// DefaultPrefix starts every key. The version lets a change of value
	// encoding roll out under new keys instead of misreading old ones.
	DefaultPrefix = "claims:elig:v1:"

	// DefaultTTL bounds how long an entry lives. Invalidation events make
	// stale entries rare, so the TTL is not what keeps coverage fresh; it
	// bounds the damage of a missed event (adapter down, Invalidate failed)
	// to a day. Shorter costs more source reads; longer keeps a missed
	// change alive longer.
	DefaultTTL = 24 * time.Hour

	// DefaultFillTimeout bounds one read-through: the source read plus its
	// Redis writes. It is also how long a crashed filler's marker keeps
	// other instances from caching that member.
	DefaultFillTimeout = 30 * time.Second

	// DefaultRedisRetryInterval is how long lookups skip Redis after a
	// Redis command failed. Longer spares lookups the client's timeouts
	// during an outage; shorter returns to the cache sooner after it.
	DefaultRedisRetryInterval = time.Second
)

// fillMarkerPrefix cannot start a JSON array, so a marker is never mistaken
// for cached spans.
const fillMarkerPrefix = "fill:"

// claimScript returns the cached value if there is one (spans or another
// filler's marker); otherwise it stores our marker and returns nil. Doing
// both in one script keeps a marker from ever overwriting spans.
var claimScript = redis.NewScript(`
local v = redis.call('GET', KEYS[1])
if v then return v end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return false
`)

// storeScript writes the spans only over our own marker: if the key was
// deleted (Invalidate), expired, or taken by another filler, the read we
// did may predate a coverage change and must not be cached.
var storeScript = redis.NewScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
  return 1
end
return 0
`)

// releaseScript removes our marker after a failed source read, so other
// instances may cache the member before the marker would expire.
var releaseScript = redis.NewScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
`)

type config struct {
	prefix        string
	ttl           time.Duration
	fillTimeout   time.Duration
	retryInterval time.Duration
	reg           prometheus.Registerer
	log           *slog.Logger
	macKey        []byte
}

// Option configures a Cache.
type Option func(*config)

// WithPrefix sets the key prefix (default DefaultPrefix). Use a distinct
// prefix per environment sharing one Redis; it must not be empty, or keys
// could collide with anything else stored there.
func WithPrefix(p string) Option { return func(c *config) { c.prefix = p } }

// WithTTL sets how long an entry lives (default DefaultTTL; at least 1ms).
// See DefaultTTL for the trade-off.
func WithTTL(d time.Duration) Option { return func(c *config) { c.ttl = d } }

// WithFillTimeout bounds one read-through (default DefaultFillTimeout; at
// least 1ms). It must exceed the source's slowest healthy answer, or
// results are returned but never cached.
func WithFillTimeout(d time.Duration) Option { return func(c *config) { c.fillTimeout = d } }

// WithRedisRetryInterval sets how long lookups go straight to the source
// after a Redis failure (default DefaultRedisRetryInterval). Zero tries
// Redis on every lookup.
func WithRedisRetryInterval(d time.Duration) Option {
	return func(c *config) { c.retryInterval = d }
}

// WithRegisterer registers the cache's counters (claims_eligcache_*) on r.
// Default nil: the counters are kept but not registered. A collector that
// is already registered (a second Cache on the same registry) is shared.
func WithRegisterer(r prometheus.Registerer) Option { return func(c *config) { c.reg = r } }

// WithMACKey authenticates every cached value with HMAC-SHA256 under key, bound to its Redis
// key: a value that fails the check (written by anyone but a cache holding the key, or moved
// from another member's key) is counted and treated as a miss, never trusted. Default: no MAC;
// production sets one (service derives it from the HMAC secret).
func WithMACKey(key []byte) Option { return func(c *config) { c.macKey = bytes.Clone(key) } }

// WithLogger sets where Redis outages are reported (default slog.Default()).
func WithLogger(l *slog.Logger) Option { return func(c *config) { c.log = l } }

// Cache is a read-through Redis cache of member coverage. It is safe for
// concurrent use.
type Cache struct {
	client      redis.UniversalClient
	src         Source
	prefix      string
	ttl         time.Duration
	fillTimeout time.Duration
	retry       time.Duration
	log         *slog.Logger
	m           *metrics
	group       singleflight.Group
	macKey      []byte

	// downUntil is 0 while Redis is healthy; after a failure, the
	// time.Now().UnixNano() before which lookups skip Redis. It also makes
	// an outage log one warning, not one per claim.
	downUntil atomic.Int64
}

var _ adjudicator.EligibilityStore = (*Cache)(nil)

// New validates its arguments and returns a Cache over client and src.
func New(client redis.UniversalClient, src Source, opts ...Option) (*Cache, error) {
	if client == nil {
		return nil, errors.New("eligcache: nil redis client")
	}
	if src == nil {
		return nil, errors.New("eligcache: nil Source")
	}
	cfg := config{prefix: DefaultPrefix, ttl: DefaultTTL, fillTimeout: DefaultFillTimeout, retryInterval: DefaultRedisRetryInterval}
	for _, o := range opts {
		o(&cfg)
	}
	if cfg.prefix == "" {
		return nil, errors.New("eligcache: empty key prefix")
	}
	// Redis expiries are whole milliseconds; below that PX would be 0,
	// which Redis rejects.
	if cfg.ttl < time.Millisecond {
		return nil, fmt.Errorf("eligcache: TTL %v is under 1ms", cfg.ttl)
	}
	if cfg.fillTimeout < time.Millisecond {
		return nil, fmt.Errorf("eligcache: fill timeout %v is under 1ms", cfg.fillTimeout)
	}
	if cfg.retryInterval < 0 {
		return nil, fmt.Errorf("eligcache: negative Redis retry interval %v", cfg.retryInterval)
	}
	if cfg.macKey != nil && len(cfg.macKey) < 32 {
		return nil, fmt.Errorf("eligcache: MAC key of %d bytes, want at least 32", len(cfg.macKey))
	}
	if cfg.log == nil {
		cfg.log = slog.Default()
	}
	m, err := newMetrics(cfg.reg)
	if err != nil {
		return nil, fmt.Errorf("eligcache: registering metrics: %w", err)
	}
	return &Cache{
		client:      client,
		src:         src,
		prefix:      cfg.prefix,
		ttl:         cfg.ttl,
		fillTimeout: cfg.fillTimeout,
		retry:       cfg.retryInterval,
		log:         cfg.log,
		m:           m,
		macKey:      cfg.macKey,
	}, nil
}

func (c *Cache) key(member [32]byte) string { return c.prefix + hex.EncodeToString(member[:]) }

// Eligibility returns the member's coverage from Redis, or reads it from
// the source and caches it. Redis failures fall back to the source; only
// source failures and ctx ending are returned as errors. An unknown member
// gets the zero Eligibility (nil Spans) whether it came from Redis or the
// source, so decisions do not depend on which answered.
func (c *Cache) Eligibility(ctx context.Context, member adjudicator.Hash) (adjudicator.Eligibility, error) {
	key := c.key(member)
	useRedis := !c.skipRedis()
	if useRedis {
		spans, hit, err := c.cached(ctx, key)
		switch {
		case err != nil && ctx.Err() != nil:
			return adjudicator.Eligibility{}, fmt.Errorf("eligcache: reading cached coverage: %w", ctx.Err())
		case err != nil:
			useRedis = false
		case hit:
			c.m.hits.Inc()
			return adjudicator.Eligibility{Spans: spans}, nil
		default:
			c.m.misses.Inc()
		}
	}
	if !useRedis {
		c.m.fallbacks.Inc()
	}

	ch := c.group.DoChan(key, func() (any, error) { return c.fill(ctx, key, member, useRedis) })
	select {
	case r := <-ch:
		if r.Err != nil {
			return adjudicator.Eligibility{}, r.Err
		}
		// Waiters share one slice; each gets its own so none can change
		// another's view.
		return adjudicator.Eligibility{Spans: slices.Clone(r.Val.([]adjudicator.Span))}, nil
	case <-ctx.Done():
		return adjudicator.Eligibility{}, fmt.Errorf("eligcache: waiting for coverage: %w", ctx.Err())
	}
}

// cached reads the member's entry: its spans and true on a hit; false on
// a miss (no entry, or another fill's marker). An error means Redis did
// not answer usefully; it has been logged and counted.
func (c *Cache) cached(ctx context.Context, key string) ([]adjudicator.Span, bool, error) {
	val, err := c.client.Get(ctx, key).Result()
	if err != nil && !errors.Is(err, redis.Nil) {
		if ctx.Err() == nil {
			c.redisFailed("reading cached coverage", err)
		}
		return nil, false, err
	}
	c.redisUp()
	if err != nil || isFillMarker(val) {
		return nil, false, nil
	}
	spans, err := c.decode(key, val)
	if err != nil {
		// Left in place rather than overwritten: something other than this
		// version wrote it. It ages out with its TTL; meanwhile the source
		// answers.
		c.log.Warn("eligibility cache: undecodable entry; reading the source", "key", key, "err", err)
		return nil, false, err
	}
	return spans, true, nil
}

// fill reads the source once for every concurrent miss on the member and,
// when useRedis, caches the result under the marker guard.
func (c *Cache) fill(parent context.Context, key string, member [32]byte, useRedis bool) ([]adjudicator.Span, error) {
	// Detached from the first caller: its cancellation must not fail the
	// other waiters, and a finished read is worth caching anyway.
	ctx, cancel := context.WithTimeout(context.WithoutCancel(parent), c.fillTimeout)
	defer cancel()

	var marker string
	if useRedis {
		marker = newFillMarker()
		v, err := claimScript.Run(ctx, c.client, []string{key}, marker, c.fillTimeout.Milliseconds()).Text()
		switch {
		case errors.Is(err, redis.Nil):
			c.redisUp()
		case err != nil:
			c.fillRedisFailed(ctx, "claiming the cache entry", err)
			marker = ""
		case isFillMarker(v):
			// Another instance is filling; it will cache. Reading the source
			// here costs one extra read but never waits on a stranger.
			marker = ""
		default:
			// Filled since our GET: no source read needed.
			if spans, err := c.decode(key, v); err == nil {
				return spans, nil
			}
			marker = ""
		}
	}

	spans, err := c.src.Coverage(ctx, member)
	if err != nil {
		c.m.sourceErrors.Inc()
		if marker != "" {
			if rerr := releaseScript.Run(ctx, c.client, []string{key}, marker).Err(); rerr != nil {
				c.fillRedisFailed(ctx, "releasing the cache entry", rerr)
			}
		}
		return nil, fmt.Errorf("eligcache: reading coverage from the source: %w", err)
	}
	if len(spans) == 0 {
		spans = nil
	}
	if marker == "" {
		return spans, nil
	}
	enc, err := c.encode(key, spans)
	if err != nil {
		// Spans are plain strings; failing to encode them is a bug, but the
		// answer itself is still right.
		c.log.Error("eligibility cache: encoding spans", "err", err)
		return spans, nil
	}
	stored, err := storeScript.Run(ctx, c.client, []string{key}, marker, enc, c.ttl.Milliseconds()).Int()
	switch {
	case err != nil:
		c.fillRedisFailed(ctx, "storing coverage", err)
	case stored == 0:
		c.m.discarded.Inc()
		c.log.Debug("eligibility cache: entry invalidated during read-through; result not cached", "key", key)
	default:
		c.redisUp()
	}
	return spans, nil
}

// Invalidate drops the member's cached coverage, and any read-through in
// flight for it will not be cached. Invalidating an absent entry is not an
// error, so events may be replayed.
//
// The chain adapter calls it for every CoverageChanged event. An error
// means the entry may still be in Redis (a network blip, or a Redis that
// comes back with its data) and is served until its TTL unless the call is
// retried: retry until it succeeds, and do not advance the event cursor
// past an event whose invalidation failed. Invalidate always tries Redis,
// even while lookups are skipping it.
func (c *Cache) Invalidate(ctx context.Context, member [32]byte) error {
	key := c.key(member)
	err := c.client.Del(ctx, key).Err()
	// After the DEL, so a lookup that starts once Invalidate has returned
	// cannot join a read that began before it.
	c.group.Forget(key)
	if err != nil {
		if ctx.Err() == nil {
			c.redisFailed("invalidating cached coverage", err)
		}
		return fmt.Errorf("eligcache: invalidating cached coverage: %w", err)
	}
	c.redisUp()
	return nil
}

// skipRedis reports whether a lookup should go straight to the source.
// When the retry interval has passed, the one lookup that wins the CAS
// probes Redis while the others keep skipping for another interval.
func (c *Cache) skipRedis() bool {
	until := c.downUntil.Load()
	if until == 0 || c.retry == 0 {
		return false
	}
	now := time.Now().UnixNano()
	if now < until {
		return true
	}
	return !c.downUntil.CompareAndSwap(until, now+int64(c.retry))
}

func (c *Cache) redisFailed(what string, err error) {
	c.m.redisErrors.Inc()
	if c.downUntil.Swap(time.Now().Add(c.retry).UnixNano()) == 0 {
		c.log.Warn("eligibility cache: Redis unavailable; answering from the source until it recovers",
			"op", what, "err", err, "retry_interval", c.retry)
		return
	}
	c.log.Debug("eligibility cache: Redis still unavailable", "op", what, "err", err)
}

// fillRedisFailed keeps a fill that outlived its timeout from being
// reported as a Redis outage: the result is just not cached.
func (c *Cache) fillRedisFailed(ctx context.Context, what string, err error) {
	if ctx.Err() != nil {
		c.log.Debug("eligibility cache: read-through exceeded the fill timeout; result not cached", "op", what, "err", err)
		return
	}
	c.redisFailed(what, err)
}

func (c *Cache) redisUp() {
	// Load first: the common case is a healthy Redis, and an unconditional
	// Swap would write a shared cache line on every lookup.
	if c.downUntil.Load() != 0 && c.downUntil.Swap(0) != 0 {
		c.log.Info("eligibility cache: Redis available again")
	}
}

func isFillMarker(v string) bool { return strings.HasPrefix(v, fillMarkerPrefix) }

// newFillMarker is unique per fill (128 random bits), so a filler can tell
// its own marker from a later filler's after an invalidation.
func newFillMarker() string { return fillMarkerPrefix + rand.Text() }

// macPrefix starts an authenticated value: "m1." + base64url(MAC) + "." + JSON spans.
const macPrefix = "m1."

// errForged reports a cached value that fails its MAC.
var errForged = errors.New("cached value fails its authentication check")

func (c *Cache) mac(key, body string) string {
	m := hmac.New(sha256.New, c.macKey)
	m.Write([]byte(key))
	m.Write([]byte{0})
	m.Write([]byte(body))
	return base64.RawURLEncoding.EncodeToString(m.Sum(nil))
}

func (c *Cache) encode(key string, spans []adjudicator.Span) (string, error) {
	body, err := encodeSpans(spans)
	if err != nil || c.macKey == nil {
		return body, err
	}
	return macPrefix + c.mac(key, body) + "." + body, nil
}

func (c *Cache) decode(key, v string) ([]adjudicator.Span, error) {
	if c.macKey == nil {
		return decodeSpans(v)
	}
	rest, ok := strings.CutPrefix(v, macPrefix)
	tag, body, ok2 := strings.Cut(rest, ".")
	if !ok || !ok2 || !hmac.Equal([]byte(tag), []byte(c.mac(key, body))) {
		c.m.forged.Inc()
		return nil, errForged
	}
	return decodeSpans(body)
}

func encodeSpans(spans []adjudicator.Span) (string, error) {
	if spans == nil {
		// [] not null: an unknown member is a cached answer, not an absence.
		return "[]", nil
	}
	b, err := json.Marshal(spans)
	return string(b), err
}

func decodeSpans(v string) ([]adjudicator.Span, error) {
	if !strings.HasPrefix(v, "[") {
		return nil, fmt.Errorf("cached value is not a JSON array (starts %q)", v[:min(len(v), 8)])
	}
	var spans []adjudicator.Span
	if err := json.Unmarshal([]byte(v), &spans); err != nil {
		return nil, err
	}
	if len(spans) == 0 {
		return nil, nil
	}
	return spans, nil
}
