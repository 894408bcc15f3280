// Package watermark keeps, in a Redis hash, how far a store built from the decisions topic is
// complete per input partition: the offset below which it holds every entry. The member history
// and the provider counters each keep one beside their entries, so whatever loses the entries
// (FLUSHALL, an old snapshot, a new server) loses it too or rolls it back with them, and the
// engine sees the store behind and rebuilds it.
package watermark

import (
	"context"
	"errors"
	"fmt"
	"strconv"

	"github.com/redis/go-redis/v9"
)

// Redis is the per-partition watermark kept in the hash at key; store names the store in errors.
type Redis struct {
	rdb   redis.UniversalClient
	key   string
	store string
}

// New keeps the watermarks in the hash at key.
func New(rdb redis.UniversalClient, key, store string) Redis {
	return Redis{rdb: rdb, key: key, store: store}
}

// Get is partition's watermark; 0 when none is recorded.
func (w Redis) Get(ctx context.Context, partition int32) (int64, error) {
	v, err := w.rdb.HGet(ctx, w.key, strconv.FormatInt(int64(partition), 10)).Int64()
	if errors.Is(err, redis.Nil) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("%s: read recorded offset of partition %d: %w", w.store, partition, err)
	}
	return v, nil
}

// Reset forgets partition's watermark (a field, as the hash keeps it): the store is then
// behind from the start of the partition and is rebuilt.
func (w Redis) Reset(ctx context.Context, partition string) error {
	if err := w.rdb.HDel(ctx, w.key, partition).Err(); err != nil {
		return fmt.Errorf("%s: reset watermark of partition %s: %w", w.store, partition, err)
	}
	return nil
}

// forward moves a partition's watermark forward only: a late write from an instance that lost
// the partition cannot pull it back.
var forward = redis.NewScript(`
local cur = tonumber(redis.call('HGET', KEYS[1], ARGV[1]) or '0')
local next = tonumber(ARGV[2])
if next > cur then redis.call('HSET', KEYS[1], ARGV[1], ARGV[2]) end
return 0`)

// Set moves partition's watermark to next, never back.
func (w Redis) Set(ctx context.Context, partition int32, next int64) error {
	err := forward.Run(ctx, w.rdb, []string{w.key}, strconv.FormatInt(int64(partition), 10), strconv.FormatInt(next, 10)).Err()
	if err != nil && !errors.Is(err, redis.Nil) {
		return fmt.Errorf("%s: record offset %d of partition %d: %w", w.store, next, partition, err)
	}
	return nil
}
