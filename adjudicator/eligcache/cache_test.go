package eligcache_test

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/redis/go-redis/v9"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/eligcache"
	"github.com/claimsledger/claims/adjudicator/eligcache/redistest"
)

func TestNewValidates(t *testing.T) {
	rdb := redis.NewClient(&redis.Options{Addr: "127.0.0.1:1"}) // never dialled by New
	t.Cleanup(func() { rdb.Close() })
	src := newMapSource()
	tests := []struct {
		name    string
		client  redis.UniversalClient
		src     eligcache.Source
		opts    []eligcache.Option
		wantErr string
	}{
		{name: "defaults", client: rdb, src: src},
		{name: "all options", client: rdb, src: src, opts: []eligcache.Option{
			eligcache.WithPrefix("x:"), eligcache.WithTTL(time.Minute), eligcache.WithFillTimeout(time.Second),
			eligcache.WithRedisRetryInterval(time.Minute),
			eligcache.WithRegisterer(nil), eligcache.WithLogger(nil),
		}},
		{name: "nil client", src: src, wantErr: "nil redis client"},
		{name: "nil source", client: rdb, wantErr: "nil Source"},
		{name: "empty prefix", client: rdb, src: src, opts: []eligcache.Option{eligcache.WithPrefix("")}, wantErr: "empty key prefix"},
		{name: "zero TTL", client: rdb, src: src, opts: []eligcache.Option{eligcache.WithTTL(0)}, wantErr: "TTL 0s is under 1ms"},
		{name: "sub-ms TTL", client: rdb, src: src, opts: []eligcache.Option{eligcache.WithTTL(time.Microsecond)}, wantErr: "under 1ms"},
		{name: "negative fill timeout", client: rdb, src: src, opts: []eligcache.Option{eligcache.WithFillTimeout(-time.Second)}, wantErr: "fill timeout -1s is under 1ms"},
		{name: "zero retry interval", client: rdb, src: src, opts: []eligcache.Option{eligcache.WithRedisRetryInterval(0)}},
		{name: "negative retry interval", client: rdb, src: src, opts: []eligcache.Option{eligcache.WithRedisRetryInterval(-time.Second)}, wantErr: "negative Redis retry interval"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := eligcache.New(tt.client, tt.src, tt.opts...)
			if tt.wantErr == "" {
				if err != nil || c == nil {
					t.Fatalf("New = %v, %v; want a Cache", c, err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("New error %v, want one containing %q", err, tt.wantErr)
			}
		})
	}
}

// TestReadThrough covers miss -> source -> stored, then hit without the
// source, for a known member and for an unknown one (negative caching).
func TestReadThrough(t *testing.T) {
	tests := []struct {
		name      string
		memberID  string
		spans     []adjudicator.Span // what the source returns
		want      []adjudicator.Span // what both the miss and the hits return
		wantValue string
	}{
		{
			name: "known member", memberID: "MBR-000123",
			spans:     []adjudicator.Span{planA2025, planB2026},
			want:      []adjudicator.Span{planA2025, planB2026},
			wantValue: `[{"plan_id":"PLAN-A","start":"2025-01-01","end":"2025-12-31"},{"plan_id":"PLAN-B","start":"2026-01-01","end":"2026-06-30"}]`,
		},
		{name: "unknown member is cached as negative", memberID: "MBR-999999", spans: nil, want: nil, wantValue: `[]`},
		// Decisions must not depend on whether Redis or the source
		// answered, so an empty answer is always the zero Eligibility.
		{name: "empty non-nil answer is unknown", memberID: "MBR-888888", spans: []adjudicator.Span{}, want: nil, wantValue: `[]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			e := newEnv(t)
			member := keyer.Member(tt.memberID)
			e.src.set(member, tt.spans...)

			if got := e.lookup(t, member); !reflect.DeepEqual(got.Spans, tt.want) {
				t.Fatalf("miss: spans %#v, want %#v", got.Spans, tt.want)
			}
			if n := e.src.calls.Load(); n != 1 {
				t.Fatalf("miss: %d source reads, want 1", n)
			}
			v, ok := e.get(t, keyOf(member))
			if !ok {
				t.Fatalf("nothing stored under %s", keyOf(member))
			}
			if v != tt.wantValue {
				t.Fatalf("stored %s, want %s", v, tt.wantValue)
			}

			// The source changes without an event: a hit must not notice,
			// which proves it was served from Redis.
			e.src.set(member, adjudicator.Span{PlanID: "CHANGED", Start: "2030-01-01", End: "2030-12-31"})
			for i := range 3 {
				if got := e.lookup(t, member); !reflect.DeepEqual(got.Spans, tt.want) {
					t.Fatalf("hit %d: spans %#v, want %#v", i, got.Spans, tt.want)
				}
			}
			if n := e.src.calls.Load(); n != 1 {
				t.Fatalf("hits read the source: %d reads, want 1", n)
			}
			if h, m := e.counter(t, "hits_total"), e.counter(t, "misses_total"); h != 3 || m != 1 {
				t.Fatalf("hits=%v misses=%v, want 3 and 1", h, m)
			}
		})
	}
}

// TestKeysNeverHoldMemberIDs is the privacy requirement: Redis sees the
// keyed hash, never the member id, in keys or values.
func TestKeysNeverHoldMemberIDs(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ids := []string{"MBR-000123", "MBR-000124", "unknown-member-77"}
	for i, id := range ids[:2] {
		e.src.set(keyer.Member(id), adjudicator.Span{PlanID: fmt.Sprintf("PLAN-%d", i), Start: "2025-01-01", End: "2025-12-31"})
	}
	for _, id := range ids {
		e.lookup(t, keyer.Member(id))
	}
	keys, err := e.rdb.Keys(t.Context(), "*").Result()
	if err != nil {
		t.Fatalf("KEYS: %v", err)
	}
	if len(keys) != len(ids) {
		t.Fatalf("keys %q, want %d", keys, len(ids))
	}
	want := map[string]bool{}
	for _, id := range ids {
		want[keyOf(keyer.Member(id))] = true
	}
	for _, k := range keys {
		if !want[k] {
			t.Errorf("unexpected key %q; keys must be %q + lowercase hex of the member hash", k, eligcache.DefaultPrefix)
		}
		v, _ := e.get(t, k)
		for _, id := range ids {
			if strings.Contains(k, id) || strings.Contains(v, id) {
				t.Errorf("member id %q appears in key %q or its value %q", id, k, v)
			}
		}
	}
}

func TestPrefixOption(t *testing.T) {
	t.Parallel()
	e := newEnv(t, eligcache.WithPrefix("staging:elig:"))
	member := keyer.Member("MBR-1")
	e.lookup(t, member)
	keys, err := e.rdb.Keys(t.Context(), "*").Result()
	if err != nil {
		t.Fatalf("KEYS: %v", err)
	}
	want := "staging:elig:" + strings.TrimPrefix(keyOf(member), eligcache.DefaultPrefix)
	if len(keys) != 1 || keys[0] != want {
		t.Fatalf("keys %q, want [%q]", keys, want)
	}
}

func TestTTL(t *testing.T) {
	tests := []struct {
		name  string
		opts  []eligcache.Option
		spans []adjudicator.Span
		want  time.Duration
	}{
		{name: "default, known member", spans: []adjudicator.Span{planA2025}, want: 24 * time.Hour},
		{name: "default, negative entry", want: 24 * time.Hour},
		{name: "option", opts: []eligcache.Option{eligcache.WithTTL(90 * time.Second)}, spans: []adjudicator.Span{planA2025}, want: 90 * time.Second},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			e := newEnv(t, tt.opts...)
			member := keyer.Member("MBR-TTL")
			e.src.set(member, tt.spans...)
			e.lookup(t, member)
			ttl, err := e.rdb.TTL(t.Context(), keyOf(member)).Result()
			if err != nil {
				t.Fatalf("TTL: %v", err)
			}
			// The fill marker's TTL (30s) must not be what stuck.
			if ttl > tt.want || ttl < tt.want-time.Minute {
				t.Fatalf("TTL %v, want about %v", ttl, tt.want)
			}
		})
	}
}

func TestInvalidate(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	member, other := keyer.Member("MBR-1"), keyer.Member("MBR-2")
	e.src.set(member, planA2025)
	e.src.set(other, planA2025)
	e.lookup(t, member)
	e.lookup(t, other)

	e.src.set(member, planB2026)
	if err := e.cache.Invalidate(t.Context(), member); err != nil {
		t.Fatalf("Invalidate: %v", err)
	}
	if _, ok := e.get(t, keyOf(member)); ok {
		t.Fatal("key still present after Invalidate")
	}
	if _, ok := e.get(t, keyOf(other)); !ok {
		t.Fatal("Invalidate removed another member's entry")
	}
	if got := e.lookup(t, member); !reflect.DeepEqual(got.Spans, []adjudicator.Span{planB2026}) {
		t.Fatalf("after Invalidate: spans %+v, want the source's new %+v", got.Spans, planB2026)
	}
	if n := e.src.calls.Load(); n != 3 {
		t.Fatalf("%d source reads, want 3 (two fills, one after Invalidate)", n)
	}
	if v, _ := e.get(t, keyOf(member)); !strings.Contains(v, "PLAN-B") {
		t.Fatalf("re-filled value %s, want the new coverage", v)
	}
	// Invalidating an absent entry is not an error: events may repeat.
	if err := e.cache.Invalidate(t.Context(), keyer.Member("never-seen")); err != nil {
		t.Fatalf("Invalidate of an absent member: %v", err)
	}
}

// TestInvalidationDuringReadThrough is the race: a fill reads the source,
// the coverage changes and Invalidate runs, then the fill tries to store
// what it read. The stale result must not be cached.
func TestInvalidationDuringReadThrough(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	member := keyer.Member("MBR-RACE")
	e.src.set(member, planA2025)
	g := e.src.block(t, 1)

	first := make(chan adjudicator.Eligibility, 1)
	go func() {
		el, err := e.cache.Eligibility(context.Background(), member)
		if err != nil {
			t.Errorf("Eligibility during the race: %v", err)
		}
		first <- el
	}()
	g.waitEntered(t, 1) // the fill has read planA2025 and is blocked

	e.src.set(member, planB2026)
	if err := e.cache.Invalidate(t.Context(), member); err != nil {
		t.Fatalf("Invalidate: %v", err)
	}
	g.open()
	// Concurrent with the invalidation, so the old answer is a fair one.
	if got := <-first; !reflect.DeepEqual(got.Spans, []adjudicator.Span{planA2025}) {
		t.Fatalf("racing lookup: spans %+v, want %+v", got.Spans, planA2025)
	}

	if v, ok := e.get(t, keyOf(member)); ok {
		t.Fatalf("stale fill was stored after Invalidate: %s", v)
	}
	if n := e.counter(t, "fills_discarded_total"); n != 1 {
		t.Fatalf("fills_discarded_total = %v, want 1", n)
	}
	if got := e.lookup(t, member); !reflect.DeepEqual(got.Spans, []adjudicator.Span{planB2026}) {
		t.Fatalf("next lookup: spans %+v, want %+v", got.Spans, planB2026)
	}
	if n := e.src.calls.Load(); n != 2 {
		t.Fatalf("%d source reads, want 2", n)
	}
}

// TestLookupAfterInvalidateDoesNotJoinOldFill: within one process, a
// lookup that starts after Invalidate returned must not share the answer
// of a read that began before it.
func TestLookupAfterInvalidateDoesNotJoinOldFill(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	member := keyer.Member("MBR-JOIN")
	e.src.set(member, planA2025)
	g := e.src.block(t, 1)

	first := make(chan adjudicator.Eligibility, 1)
	go func() {
		el, _ := e.cache.Eligibility(context.Background(), member)
		first <- el
	}()
	g.waitEntered(t, 1)

	e.src.set(member, planB2026)
	if err := e.cache.Invalidate(t.Context(), member); err != nil {
		t.Fatalf("Invalidate: %v", err)
	}
	// The old fill is still blocked; this lookup must read the source
	// itself rather than wait for it (which would run into the timeout).
	ctx, cancel := context.WithTimeout(t.Context(), 5*time.Second)
	defer cancel()
	got, err := e.cache.Eligibility(ctx, member)
	if err != nil {
		t.Fatalf("lookup after Invalidate: %v", err)
	}
	if !reflect.DeepEqual(got.Spans, []adjudicator.Span{planB2026}) {
		t.Fatalf("lookup after Invalidate: spans %+v, want %+v", got.Spans, planB2026)
	}
	g.open()
	<-first

	// The newer fill's result stands; the older one did not overwrite it.
	if v, _ := e.get(t, keyOf(member)); !strings.Contains(v, "PLAN-B") || strings.Contains(v, "PLAN-A") {
		t.Fatalf("cached %q, want only the post-invalidation coverage", v)
	}
}

// TestOtherInstanceDoesNotCacheDuringFill: a second instance that misses
// while another one's fill is under way reads the source but must not
// write, because its read is not guarded against invalidation.
func TestOtherInstanceDoesNotCacheDuringFill(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	other := e.newCache(t)
	member := keyer.Member("MBR-2INST")
	e.src.set(member, planA2025)
	g := e.src.block(t, 2)

	var wg sync.WaitGroup
	for _, c := range []*eligcache.Cache{e.cache, other} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := c.Eligibility(context.Background(), member); err != nil {
				t.Errorf("Eligibility: %v", err)
			}
		}()
		g.waitEntered(t, 1) // in order: the first instance claims the key
	}
	e.src.set(member, planB2026)
	if err := other.Invalidate(t.Context(), member); err != nil {
		t.Fatalf("Invalidate: %v", err)
	}
	g.open()
	wg.Wait()

	if v, ok := e.get(t, keyOf(member)); ok {
		t.Fatalf("a read from before the invalidation was cached: %s", v)
	}
	if got := e.lookup(t, member); !reflect.DeepEqual(got.Spans, []adjudicator.Span{planB2026}) {
		t.Fatalf("spans %+v, want %+v", got.Spans, planB2026)
	}
}

// TestHotMissReadsSourceOnce: concurrent misses on one member share one
// source read.
func TestHotMissReadsSourceOnce(t *testing.T) {
	t.Parallel()
	const callers = 32
	e := newEnv(t)
	member := keyer.Member("MBR-HOT")
	e.src.set(member, planA2025)
	g := e.src.block(t, 1)

	results := make(chan adjudicator.Eligibility, callers)
	for range callers {
		go func() {
			el, err := e.cache.Eligibility(context.Background(), member)
			if err != nil {
				t.Errorf("Eligibility: %v", err)
			}
			results <- el
		}()
	}
	// Every caller has missed in Redis and is on its way to the source.
	e.waitCounter(t, "misses_total", callers)
	g.open()
	for range callers {
		if got := <-results; !reflect.DeepEqual(got.Spans, []adjudicator.Span{planA2025}) {
			t.Fatalf("spans %+v, want %+v", got.Spans, planA2025)
		}
	}
	if n := e.src.calls.Load(); n != 1 {
		t.Fatalf("%d concurrent misses made %d source reads, want 1", callers, n)
	}
}

// TestCallerCancelDoesNotAbortSharedFill: the caller that started a fill
// gives up; others waiting on the same fill still get the answer, and it
// is cached.
func TestCallerCancelDoesNotAbortSharedFill(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	member := keyer.Member("MBR-CANCEL")
	e.src.set(member, planA2025)
	g := e.src.block(t, 1)

	ctx, cancel := context.WithCancel(context.Background())
	firstErr := make(chan error, 1)
	go func() {
		_, err := e.cache.Eligibility(ctx, member)
		firstErr <- err
	}()
	g.waitEntered(t, 1)
	second := make(chan adjudicator.Eligibility, 1)
	go func() {
		el, err := e.cache.Eligibility(context.Background(), member)
		if err != nil {
			t.Errorf("second caller: %v", err)
		}
		second <- el
	}()
	e.waitCounter(t, "misses_total", 2)

	cancel()
	if err := <-firstErr; !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled caller got %v, want context.Canceled", err)
	}
	g.open()
	if got := <-second; !reflect.DeepEqual(got.Spans, []adjudicator.Span{planA2025}) {
		t.Fatalf("second caller: spans %+v, want %+v", got.Spans, planA2025)
	}
	if _, ok := e.get(t, keyOf(member)); !ok {
		t.Fatal("fill abandoned by its first caller was not cached")
	}
	if n := e.src.calls.Load(); n != 1 {
		t.Fatalf("%d source reads, want 1", n)
	}
}

func TestSourceErrorIsReturnedAndNotCached(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	member := keyer.Member("MBR-ERR")
	e.src.set(member, planA2025)
	errChain := errors.New("json-rpc: connection refused")
	e.src.setErr(errChain)

	_, err := e.cache.Eligibility(t.Context(), member)
	if !errors.Is(err, errChain) {
		t.Fatalf("Eligibility error %v, want one wrapping the source's", err)
	}
	if v, ok := e.get(t, keyOf(member)); ok {
		t.Fatalf("failed read left %q in Redis, want the key released", v)
	}
	if n := e.counter(t, "source_errors_total"); n != 1 {
		t.Fatalf("source_errors_total = %v, want 1", n)
	}

	e.src.setErr(nil)
	if got := e.lookup(t, member); !reflect.DeepEqual(got.Spans, []adjudicator.Span{planA2025}) {
		t.Fatalf("after recovery: spans %+v, want %+v", got.Spans, planA2025)
	}
	if _, ok := e.get(t, keyOf(member)); !ok {
		t.Fatal("not cached after the source recovered")
	}
}

func TestUndecodableEntryFallsBackToSource(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	member := keyer.Member("MBR-JUNK")
	e.src.set(member, planA2025)
	if err := e.rdb.Set(t.Context(), keyOf(member), "{not spans", time.Minute).Err(); err != nil {
		t.Fatalf("SET: %v", err)
	}
	if got := e.lookup(t, member); !reflect.DeepEqual(got.Spans, []adjudicator.Span{planA2025}) {
		t.Fatalf("spans %+v, want the source's %+v", got.Spans, planA2025)
	}
	if n := e.counter(t, "fallbacks_total"); n != 1 {
		t.Fatalf("fallbacks_total = %v, want 1", n)
	}
}

// TestRedisDownFallsBackToSource kills Redis mid-test: lookups must still
// be answered, correctly, from the source, and after the first failure
// without trying Redis again until the retry interval has passed.
func TestRedisDownFallsBackToSource(t *testing.T) {
	t.Parallel()
	e := newEnv(t, eligcache.WithRedisRetryInterval(time.Hour))
	known, unknown := keyer.Member("MBR-1"), keyer.Member("MBR-UNKNOWN")
	e.src.set(known, planA2025)
	e.lookup(t, known) // cached while Redis is up

	if err := e.srv.Close(); err != nil {
		t.Fatalf("closing redis-server: %v", err)
	}
	e.src.set(known, planB2026) // only the source can know this now

	start := time.Now()
	if got := e.lookup(t, known); !reflect.DeepEqual(got.Spans, []adjudicator.Span{planB2026}) {
		t.Fatalf("known member: spans %+v, want the source's %+v", got.Spans, planB2026)
	}
	t.Logf("lookup that found Redis down: %v", time.Since(start))
	start = time.Now()
	if got := e.lookup(t, unknown); got.Spans != nil {
		t.Fatalf("unknown member: spans %+v, want none", got.Spans)
	}
	t.Logf("lookup while skipping Redis: %v", time.Since(start))
	errChain := errors.New("chain down too")
	e.src.setErr(errChain)
	if _, err := e.cache.Eligibility(t.Context(), known); !errors.Is(err, errChain) {
		t.Fatalf("with Redis and source down: error %v, want the source's", err)
	}
	if err := e.cache.Invalidate(t.Context(), known); err == nil {
		t.Fatal("Invalidate with Redis down returned nil; the adapter must learn to retry")
	}

	// redis_errors_total 2 = the first lookup's GET and the Invalidate: the
	// two later lookups did not try Redis.
	for name, want := range map[string]float64{"hits_total": 0, "misses_total": 1, "fallbacks_total": 3, "source_errors_total": 1, "redis_errors_total": 2} {
		if got := e.counter(t, name); got != want {
			t.Errorf("%s = %v, want %v", name, got, want)
		}
	}
	if n := e.src.calls.Load(); n != 4 {
		t.Errorf("%d source reads, want 4", n)
	}
	// One warning per outage, not one per claim.
	if n := strings.Count(e.logs.String(), "level=WARN"); n != 1 {
		t.Errorf("%d warnings logged, want 1:\n%s", n, e.logs.String())
	}
}

// TestRedisOutageRecovers partitions Redis away and back: lookups fall
// back during the outage, probe after the retry interval, and use the
// cache again once it answers. It also pins down why a failed Invalidate
// must be retried: the entry survives a partition.
func TestRedisOutageRecovers(t *testing.T) {
	t.Parallel()
	const interval = 50 * time.Millisecond
	srv := redistest.New(t)
	px := newProxy(t, srv.Addr())
	e := newEnvAt(t, srv, px.addr(), eligcache.WithRedisRetryInterval(interval))
	member := keyer.Member("MBR-PARTITION")
	e.src.set(member, planA2025)
	e.lookup(t, member)

	px.setDown(true)
	e.src.set(member, planB2026)
	if err := e.cache.Invalidate(t.Context(), member); err == nil {
		t.Fatal("Invalidate through a partition returned nil")
	}
	if got := e.lookup(t, member); !reflect.DeepEqual(got.Spans, []adjudicator.Span{planB2026}) {
		t.Fatalf("during the outage: spans %+v, want the source's %+v", got.Spans, planB2026)
	}

	px.setDown(false)
	time.Sleep(interval) // the retry interval has now passed
	if got := e.lookup(t, member); !reflect.DeepEqual(got.Spans, []adjudicator.Span{planA2025}) {
		t.Fatalf("after the outage, before the retried Invalidate: spans %+v, want the surviving entry %+v", got.Spans, planA2025)
	}
	if err := e.cache.Invalidate(t.Context(), member); err != nil {
		t.Fatalf("retried Invalidate: %v", err)
	}
	if got := e.lookup(t, member); !reflect.DeepEqual(got.Spans, []adjudicator.Span{planB2026}) {
		t.Fatalf("after the retried Invalidate: spans %+v, want %+v", got.Spans, planB2026)
	}
	if v, _ := e.get(t, keyOf(member)); !strings.Contains(v, "PLAN-B") {
		t.Fatalf("cached %q after recovery, want the new coverage", v)
	}
	logs := e.logs.String()
	if strings.Count(logs, "level=WARN") != 1 || strings.Count(logs, "Redis available again") != 1 {
		t.Errorf("want one outage warning and one recovery line, got:\n%s", logs)
	}
	if n := e.counter(t, "hits_total"); n != 1 {
		t.Errorf("hits_total = %v, want 1 (the surviving entry)", n)
	}
}

func TestMetrics(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	known, unknown, failing := keyer.Member("A"), keyer.Member("B"), keyer.Member("C")
	e.src.set(known, planA2025)

	e.lookup(t, known)   // miss
	e.lookup(t, known)   // hit
	e.lookup(t, known)   // hit
	e.lookup(t, unknown) // miss
	e.lookup(t, unknown) // hit, negative
	e.src.setErr(errors.New("boom"))
	if _, err := e.cache.Eligibility(t.Context(), failing); err == nil { // miss, source error
		t.Fatal("want the source error")
	}

	want := map[string]float64{"hits_total": 3, "misses_total": 3, "source_errors_total": 1, "fallbacks_total": 0, "redis_errors_total": 0, "fills_discarded_total": 0}
	for name, w := range want {
		if got := e.counter(t, name); got != w {
			t.Errorf("%s = %v, want %v", name, got, w)
		}
	}

	// A second Cache on the same registry (a restart inside one process)
	// shares the counters instead of failing.
	second, err := eligcache.New(e.rdb, e.src, eligcache.WithRegisterer(e.reg))
	if err != nil {
		t.Fatalf("second New on the same registry: %v", err)
	}
	if _, err := second.Eligibility(t.Context(), known); err != nil {
		t.Fatalf("Eligibility: %v", err)
	}
	if got := e.counter(t, "hits_total"); got != 4 {
		t.Errorf("hits_total after a hit on the second Cache = %v, want 4", got)
	}
}

// TestNilRegistererRegistersNothing: without WithRegisterer the counters
// must not leak into the global default registry.
func TestNilRegistererRegistersNothing(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	c := e.newCache(t) // no WithRegisterer
	if _, err := c.Eligibility(t.Context(), keyer.Member("A")); err != nil {
		t.Fatalf("Eligibility: %v", err)
	}
	mfs, err := prometheus.DefaultGatherer.Gather()
	if err != nil {
		t.Fatalf("Gather: %v", err)
	}
	for _, mf := range mfs {
		if strings.HasPrefix(mf.GetName(), "claims_eligcache_") {
			t.Fatalf("%s registered on the default registry", mf.GetName())
		}
	}
}

func BenchmarkEligibilityHit(b *testing.B) {
	e := newEnv(b)
	member := keyer.Member("MBR-BENCH")
	e.src.set(member, planA2025, planB2026)
	e.lookup(b, member)
	ctx := b.Context()
	for b.Loop() {
		if _, err := e.cache.Eligibility(ctx, member); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkEligibilityHitParallel(b *testing.B) {
	e := newEnv(b)
	member := keyer.Member("MBR-BENCH")
	e.src.set(member, planA2025, planB2026)
	e.lookup(b, member)
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if _, err := e.cache.Eligibility(context.Background(), member); err != nil {
				b.Error(err)
				return
			}
		}
	})
}
