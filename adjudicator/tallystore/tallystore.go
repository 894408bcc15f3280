// Package tallystore keeps the per-provider counters of the IMPOSSIBLE_DAY and
// VELOCITY_PROVIDER fraud signals in Redis: one hash per counter, keyed by
// its keyed hash (privacy.Keyer.ProviderDay, ProviderHour: no NPI, date or
// hour in the clear), one field per input position, "partition:offset", whose
// value is that claim's contribution, "claims,minutes". Writing a field
// twice writes the same bytes, so recording a replayed batch is harmless,
// and a reader sums only the fields of its own partition below its offset,
// so what a claim sees does not depend on what was recorded after it.
//
// Like the member history this is state, rebuilt from the decisions topic
// when lost (the engine compares the Recorded watermark with the chain's).
// Values are counts, not health data, so they are stored in the clear.
package tallystore

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/claimsledger/claims/adjudicator/internal/watermark"

	"github.com/redis/go-redis/v9"

	"github.com/claimsledger/claims/adjudicator"
)

// DefaultPrefix starts every key.
const DefaultPrefix = "claims:tally:v1:"

// Store implements adjudicator.TallyStore on Redis.
type Store struct {
	rdb    redis.UniversalClient
	prefix string
}

// Option configures a Store.
type Option func(*Store)

// WithPrefix sets the key prefix. Default DefaultPrefix.
func WithPrefix(p string) Option { return func(s *Store) { s.prefix = p } }

// New validates and returns a Store.
func New(rdb redis.UniversalClient, opts ...Option) (*Store, error) {
	if rdb == nil {
		return nil, errors.New("tallystore: nil redis client")
	}
	s := &Store{rdb: rdb, prefix: DefaultPrefix}
	for _, o := range opts {
		o(s)
	}
	if s.prefix == "" {
		return nil, errors.New("tallystore: empty key prefix")
	}
	return s, nil
}

var _ adjudicator.TallyStore = (*Store)(nil)

func (s *Store) key(k adjudicator.Hash) string { return s.prefix + hex.EncodeToString(k[:]) }

func field(p adjudicator.Position) string {
	return strconv.FormatInt(int64(p.Partition), 10) + ":" + strconv.FormatInt(p.Offset, 10)
}

// Before implements adjudicator.TallyStore: every counter in one pipelined round trip.
func (s *Store) Before(ctx context.Context, partition int32, before int64, keys []adjudicator.Hash) (map[adjudicator.Hash]adjudicator.Tally, error) {
	out := map[adjudicator.Hash]adjudicator.Tally{}
	if len(keys) == 0 {
		return out, nil
	}
	pipe := s.rdb.Pipeline()
	cmds := make([]*redis.MapStringStringCmd, len(keys))
	for i, k := range keys {
		cmds[i] = pipe.HGetAll(ctx, s.key(k))
	}
	if _, err := pipe.Exec(ctx); err != nil {
		return nil, fmt.Errorf("tallystore: read %d counters: %w", len(keys), err)
	}
	for i, k := range keys {
		for f, v := range cmds[i].Val() {
			p, off, err := parseField(f)
			if err != nil {
				return nil, fmt.Errorf("tallystore: %s: field %q: %w", s.key(k), f, err)
			}
			if p != partition || off >= before {
				continue
			}
			t, err := parseValue(v)
			if err != nil {
				return nil, fmt.Errorf("tallystore: %s field %s: %w", s.key(k), f, err)
			}
			out[k] = out[k].Add(t)
		}
	}
	return out, nil
}

func parseField(f string) (int32, int64, error) {
	ps, os, ok := strings.Cut(f, ":")
	if !ok {
		return 0, 0, errors.New("not partition:offset")
	}
	p, err := strconv.ParseInt(ps, 10, 32)
	if err != nil {
		return 0, 0, err
	}
	off, err := strconv.ParseInt(os, 10, 64)
	return int32(p), off, err
}

func parseValue(v string) (adjudicator.Tally, error) {
	cs, ms, ok := strings.Cut(v, ",")
	if !ok {
		return adjudicator.Tally{}, errors.New("not claims,minutes")
	}
	c, err := strconv.ParseInt(cs, 10, 64)
	if err != nil {
		return adjudicator.Tally{}, err
	}
	m, err := strconv.ParseInt(ms, 10, 64)
	return adjudicator.Tally{Claims: c, Minutes: m}, err
}

// Put implements adjudicator.TallyStore in one round trip.
func (s *Store) Put(ctx context.Context, entries []adjudicator.TallyEntry) error {
	if len(entries) == 0 {
		return nil
	}
	pipe := s.rdb.Pipeline()
	for _, e := range entries {
		pipe.HSet(ctx, s.key(e.Key), field(e.Source),
			strconv.FormatInt(e.Tally.Claims, 10)+","+strconv.FormatInt(e.Tally.Minutes, 10))
	}
	if _, err := pipe.Exec(ctx); err != nil {
		return fmt.Errorf("tallystore: write %d counter entries: %w", len(entries), err)
	}
	return nil
}

// recorded is this store's watermark per partition, beside its entries.
func (s *Store) recorded() watermark.Redis {
	return watermark.New(s.rdb, s.prefix+"recorded", "tallystore")
}

// Recorded implements adjudicator.TallyStore.
func (s *Store) Recorded(ctx context.Context, partition int32) (int64, error) {
	return s.recorded().Get(ctx, partition)
}

// SetRecorded implements adjudicator.TallyStore.
func (s *Store) SetRecorded(ctx context.Context, partition int32, next int64) error {
	return s.recorded().Set(ctx, partition, next)
}
