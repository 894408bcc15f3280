package devredis_test

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/eligcache"
	"github.com/claimsledger/claims/adjudicator/eligcache/devredis"
	"github.com/claimsledger/claims/adjudicator/eligcache/redistest"
)

// TestStartServesTheCache runs the cache's whole protocol (GET, Lua
// scripts, TTLs, DEL) on each backend the demo may get.
func TestStartServesTheCache(t *testing.T) {
	tests := []struct {
		name        string
		hidePATH    bool
		wantBackend devredis.Backend
		wantWhy     string
	}{
		{name: "redis-server on PATH", wantBackend: devredis.RedisServer, wantWhy: "redis-server found on PATH"},
		{name: "no redis-server", hidePATH: true, wantBackend: devredis.Miniredis, wantWhy: "redis-server not on PATH"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.hidePATH {
				t.Setenv("PATH", t.TempDir())
			} else {
				// The same guard as the integration tests: fail, not
				// silently test miniredis twice.
				redistest.New(t).Close()
			}
			inst, err := devredis.Start(t.Context())
			if err != nil {
				t.Fatalf("Start: %v", err)
			}
			t.Cleanup(func() { inst.Close() })
			if inst.Backend != tt.wantBackend || inst.Why != tt.wantWhy {
				t.Fatalf("Backend %q (%s), want %q (%s)", inst.Backend, inst.Why, tt.wantBackend, tt.wantWhy)
			}
			if !strings.HasPrefix(inst.Addr, "127.0.0.1:") {
				t.Fatalf("Addr %q is not on loopback", inst.Addr)
			}

			rdb := redis.NewClient(&redis.Options{Addr: inst.Addr, MaxRetries: -1, DialerRetries: 1})
			t.Cleanup(func() { rdb.Close() })
			var member [32]byte
			member[0] = 0xab
			spans := []adjudicator.Span{{PlanID: "PLAN-A", Start: "2025-01-01", End: "2025-12-31"}}
			reads := 0
			src := eligcache.SourceFunc(func(context.Context, [32]byte) ([]adjudicator.Span, error) {
				reads++
				return spans, nil
			})
			c, err := eligcache.New(rdb, src, eligcache.WithTTL(time.Hour))
			if err != nil {
				t.Fatalf("eligcache.New: %v", err)
			}
			for range 2 {
				el, err := c.Eligibility(t.Context(), member)
				if err != nil || !reflect.DeepEqual(el.Spans, spans) {
					t.Fatalf("Eligibility = %+v, %v; want %+v", el.Spans, err, spans)
				}
			}
			if reads != 1 {
				t.Fatalf("%d source reads for a miss and a hit, want 1", reads)
			}
			key := eligcache.DefaultPrefix + "ab" + strings.Repeat("00", 31)
			if ttl, err := rdb.TTL(t.Context(), key).Result(); err != nil || ttl <= 59*time.Minute || ttl > time.Hour {
				t.Fatalf("TTL %s = %v, %v; want about 1h", key, ttl, err)
			}
			if err := c.Invalidate(t.Context(), member); err != nil {
				t.Fatalf("Invalidate: %v", err)
			}
			if n, err := rdb.Exists(t.Context(), key).Result(); err != nil || n != 0 {
				t.Fatalf("EXISTS after Invalidate = %d, %v", n, err)
			}

			if err := inst.Close(); err != nil {
				t.Fatalf("Close: %v", err)
			}
			if err := inst.Close(); err != nil {
				t.Fatalf("second Close: %v", err)
			}
			if err := rdb.Ping(t.Context()).Err(); err == nil {
				t.Fatal("PING answered after Close")
			}
		})
	}
}

// TestAppendOnly: devnet's redis-server keeps an append-only file, because member history is
// state.
func TestAppendOnly(t *testing.T) {
	redistest.New(t).Close() // skips or fails as the harness does without redis-server
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	for _, on := range []bool{false, true} {
		inst, err := devredis.StartWith(ctx, devredis.Options{AppendOnly: on})
		if err != nil {
			t.Fatal(err)
		}
		rdb := redis.NewClient(&redis.Options{Addr: inst.Addr})
		got, err := rdb.ConfigGet(ctx, "appendonly").Result()
		rdb.Close()
		inst.Close()
		if err != nil {
			t.Fatal(err)
		}
		if want := map[bool]string{true: "yes", false: "no"}[on]; got["appendonly"] != want {
			t.Fatalf("AppendOnly %v: appendonly = %q, want %q", on, got["appendonly"], want)
		}
	}
}
