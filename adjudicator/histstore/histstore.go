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
	"strings"
	"sync/atomic"

	"github.com/claimsledger/claims/adjudicator/internal/watermark"

	"github.com/redis/go-redis/v9"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/privacy"
)

// DefaultPrefix starts every key.
const DefaultPrefix = "claims:hist:v1:"

// Store implements adjudicator.HistoryStore on Redis.
type Store struct {
	rdb        redis.UniversalClient
	sealer     *privacy.Sealer
	prefix     string
	distrusted atomic.Int64
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
		if privacy.IsSealed([]byte(v)) && s.sealer == nil {
			// A configuration error, not a bad entry: keep it for a reader with the key.
			return nil, fmt.Errorf("histstore: %s field %s is sealed but no payload key is configured", key, f)
		}
		e, err := s.decode(key, f, []byte(v))
		if err != nil {
			return nil, s.distrust(ctx, key, f, err)
		}
		out = append(out, e)
	}
	return out, nil
}

// ErrDistrusted means a stored entry failed its check (not sealed though a payload key is
// configured, sealed under another key or for another place, undecodable): it was dropped
// and its partition's watermark reset, so the engine rebuilds that history from the
// decisions topic instead of trusting it.
var ErrDistrusted = errors.New("histstore: a stored history entry failed its check; dropped for a rebuild")

func (s *Store) decode(key, f string, b []byte) (adjudicator.HistoryEntry, error) {
	var e adjudicator.HistoryEntry
	switch {
	case s.sealer != nil && !privacy.IsSealed(b):
		return e, errors.New("not sealed, though a payload key is configured")
	case s.sealer != nil:
		var err error
		if b, err = s.sealer.Open(b, []byte(key+"/"+f)); err != nil {
			return e, err
		}
	}
	if err := json.Unmarshal(b, &e); err != nil {
		return e, fmt.Errorf("undecodable: %w", err)
	}
	if field(e.Source) != f {
		return e, fmt.Errorf("holds the entry of %s", field(e.Source))
	}
	return e, nil
}

// distrust drops a bad field and resets its partition's watermark.
func (s *Store) distrust(ctx context.Context, key, f string, why error) error {
	s.distrusted.Add(1)
	part, _, _ := strings.Cut(f, ":")
	if err := s.rdb.HDel(ctx, key, f).Err(); err != nil {
		return fmt.Errorf("histstore: drop distrusted entry %s (%v): %w", f, why, err)
	}
	if err := s.recorded().Reset(ctx, part); err != nil {
		return err
	}
	return fmt.Errorf("%w: entry %s of a member: %v", ErrDistrusted, f, why)
}

// Distrusted counts entries dropped because they failed their check.
func (s *Store) Distrusted() int64 { return s.distrusted.Load() }

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

// recorded is this store's watermark per partition, beside its entries.
func (s *Store) recorded() watermark.Redis {
	return watermark.New(s.rdb, s.prefix+"recorded", "histstore")
}

// Recorded implements adjudicator.HistoryStore.
func (s *Store) Recorded(ctx context.Context, partition int32) (int64, error) {
	return s.recorded().Get(ctx, partition)
}

// SetRecorded implements adjudicator.HistoryStore.
func (s *Store) SetRecorded(ctx context.Context, partition int32, next int64) error {
	return s.recorded().Set(ctx, partition, next)
}
