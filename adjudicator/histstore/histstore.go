// Package histstore keeps members' adjudication history (accumulators and
// prior services) in Redis: one hash per member, keyed by the member's keyed
// hash, one field per input position. Writing a field twice writes the same
// bytes, so recording a replayed batch is harmless.
//
// Unlike the eligibility cache, this is state, not a cache: run Redis with
// persistence (AOF) for it, or accumulators restart from zero after a Redis
// loss. Values carry codes and dates of service, so they are sealed with
// AES-GCM when a payload key is configured.
package histstore

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"

	"github.com/redis/go-redis/v9"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/privacy"
)

// DefaultPrefix starts every key.
const DefaultPrefix = "claims:hist:v1:"

// Store implements adjudicator.HistoryStore on Redis.
type Store struct {
	rdb    redis.UniversalClient
	sealer *privacy.Sealer
	prefix string
}

// Option configures a Store.
type Option func(*Store)

// WithSealer seals values at rest. Default: stored as JSON.
func WithSealer(s *privacy.Sealer) Option { return func(st *Store) { st.sealer = s } }

// WithPrefix sets the key prefix. Default DefaultPrefix.
func WithPrefix(p string) Option { return func(st *Store) { st.prefix = p } }

// New validates and returns a Store.
func New(rdb redis.UniversalClient, opts ...Option) (*Store, error) {
	if rdb == nil {
		return nil, errors.New("histstore: nil redis client")
	}
	s := &Store{rdb: rdb, prefix: DefaultPrefix}
	for _, o := range opts {
		o(s)
	}
	if s.prefix == "" {
		return nil, errors.New("histstore: empty key prefix")
	}
	return s, nil
}

func (s *Store) key(member adjudicator.Hash) string { return s.prefix + hex.EncodeToString(member[:]) }

func field(p adjudicator.Position) string {
	return strconv.FormatInt(int64(p.Partition), 10) + ":" + strconv.FormatInt(p.Offset, 10)
}

// Entries implements adjudicator.HistoryStore.
func (s *Store) Entries(ctx context.Context, member adjudicator.Hash) ([]adjudicator.HistoryEntry, error) {
	key := s.key(member)
	m, err := s.rdb.HGetAll(ctx, key).Result()
	if err != nil {
		return nil, fmt.Errorf("histstore: read %s: %w", key, err)
	}
	out := make([]adjudicator.HistoryEntry, 0, len(m))
	for f, v := range m {
		b := []byte(v)
		if privacy.IsSealed(b) {
			if s.sealer == nil {
				return nil, fmt.Errorf("histstore: %s field %s is sealed but no payload key is configured", key, f)
			}
			if b, err = s.sealer.Open(b, []byte(key+"/"+f)); err != nil {
				return nil, fmt.Errorf("histstore: %s field %s: %w", key, f, err)
			}
		}
		var e adjudicator.HistoryEntry
		if err := json.Unmarshal(b, &e); err != nil {
			return nil, fmt.Errorf("histstore: %s field %s: %w", key, f, err)
		}
		if field(e.Source) != f {
			return nil, fmt.Errorf("histstore: %s field %s holds the entry of %s", key, f, field(e.Source))
		}
		out = append(out, e)
	}
	return out, nil
}

// Put implements adjudicator.HistoryStore in one round trip.
func (s *Store) Put(ctx context.Context, member adjudicator.Hash, entries []adjudicator.HistoryEntry) error {
	if len(entries) == 0 {
		return nil
	}
	key := s.key(member)
	args := make([]any, 0, 2*len(entries))
	for _, e := range entries {
		b, err := json.Marshal(e)
		if err != nil {
			return fmt.Errorf("histstore: encode %s: %w", field(e.Source), err)
		}
		f := field(e.Source)
		if s.sealer != nil {
			if b, err = s.sealer.Seal(b, []byte(key+"/"+f)); err != nil {
				return fmt.Errorf("histstore: seal %s: %w", f, err)
			}
		}
		args = append(args, f, b)
	}
	if err := s.rdb.HSet(ctx, key, args...).Err(); err != nil {
		return fmt.Errorf("histstore: write %s: %w", key, err)
	}
	return nil
}

// recordedKey holds, per input partition, the offset below which this store has every entry.
// It lives beside the entries, so whatever loses them (FLUSHALL, an old snapshot, a new
// server) loses it too or rolls it back with them: the engine then sees the store behind and
// rebuilds it.
func (s *Store) recordedKey() string { return s.prefix + "recorded" }

// Recorded implements adjudicator.HistoryStore.
func (s *Store) Recorded(ctx context.Context, partition int32) (int64, error) {
	v, err := s.rdb.HGet(ctx, s.recordedKey(), strconv.FormatInt(int64(partition), 10)).Int64()
	if errors.Is(err, redis.Nil) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("histstore: read recorded offset of partition %d: %w", partition, err)
	}
	return v, nil
}

// setRecorded moves a partition's recorded offset forward only: a late write from an instance
// that lost the partition cannot pull it back.
var setRecorded = redis.NewScript(`
local cur = tonumber(redis.call('HGET', KEYS[1], ARGV[1]) or '0')
local next = tonumber(ARGV[2])
if next > cur then redis.call('HSET', KEYS[1], ARGV[1], ARGV[2]) end
return 0`)

// SetRecorded implements adjudicator.HistoryStore.
func (s *Store) SetRecorded(ctx context.Context, partition int32, next int64) error {
	err := setRecorded.Run(ctx, s.rdb, []string{s.recordedKey()}, strconv.FormatInt(int64(partition), 10), strconv.FormatInt(next, 10)).Err()
	if err != nil && !errors.Is(err, redis.Nil) {
		return fmt.Errorf("histstore: record offset %d of partition %d: %w", next, partition, err)
	}
	return nil
}
