package tallystore_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"strings"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/eligcache/redistest"
	"github.com/claimsledger/claims/adjudicator/privacy"
	"github.com/claimsledger/claims/adjudicator/rules"
	"github.com/claimsledger/claims/adjudicator/tallystore"
	"github.com/claimsledger/claims/adjudicator/testkit"
)

func newStore(t *testing.T) (*tallystore.Store, *redis.Client) {
	t.Helper()
	srv := redistest.New(t)
	rdb := redis.NewClient(&redis.Options{Addr: srv.Addr()})
	t.Cleanup(func() { rdb.Close() })
	st, err := tallystore.New(rdb)
	if err != nil {
		t.Fatal(err)
	}
	return st, rdb
}

func at(p int32, off int64) adjudicator.Position {
	return adjudicator.Position{Partition: p, Offset: off}
}

// Put is idempotent; Before counts only its own partition's entries below
// the offset, whatever else the store holds.
func TestBeforeCountsOwnPartitionBelowOffset(t *testing.T) {
	st, rdb := newStore(t)
	ctx := context.Background()
	day, other := adjudicator.Hash{0xD1}, adjudicator.Hash{0xD2}
	entries := []adjudicator.TallyEntry{
		{Key: day, Source: at(0, 3), Tally: adjudicator.Tally{Claims: 1, Minutes: 30}},
		{Key: day, Source: at(0, 5), Tally: adjudicator.Tally{Claims: 1, Minutes: 45}},
		{Key: day, Source: at(0, 9), Tally: adjudicator.Tally{Claims: 1, Minutes: 60}},
		{Key: day, Source: at(1, 1), Tally: adjudicator.Tally{Claims: 1, Minutes: 600}},  // another partition
		{Key: day, Source: at(0, 7), Tally: adjudicator.Tally{Claims: -1, Minutes: -30}}, // a correction
		{Key: other, Source: at(0, 4), Tally: adjudicator.Tally{Claims: 1, Minutes: 15}},
	}
	for range 2 { // the second Put is a replay
		if err := st.Put(ctx, entries); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct {
		part   int32
		before int64
		want   adjudicator.Tally
	}{
		{0, 3, adjudicator.Tally{}},
		{0, 4, adjudicator.Tally{Claims: 1, Minutes: 30}},
		{0, 6, adjudicator.Tally{Claims: 2, Minutes: 75}},
		{0, 9, adjudicator.Tally{Claims: 1, Minutes: 45}}, // the correction at 7 took back 3
		{0, 10, adjudicator.Tally{Claims: 2, Minutes: 105}},
		{1, 1 << 62, adjudicator.Tally{Claims: 1, Minutes: 600}},
		{2, 1 << 62, adjudicator.Tally{}},
	} {
		got, err := st.Before(ctx, tc.part, tc.before, []adjudicator.Hash{day, {0xEE}})
		if err != nil {
			t.Fatal(err)
		}
		if got[day] != tc.want {
			t.Errorf("partition %d before %d: %+v, want %+v", tc.part, tc.before, got[day], tc.want)
		}
		if _, ok := got[adjudicator.Hash{0xEE}]; ok {
			t.Errorf("a counter with no entries is present: %+v", got)
		}
	}
	// Keyed keys only: the prefix and the counter's hash.
	keys, _ := rdb.Keys(ctx, "*").Result()
	for _, k := range keys {
		if !strings.HasPrefix(k, tallystore.DefaultPrefix) || len(k) != len(tallystore.DefaultPrefix)+64 {
			t.Errorf("key %q", k)
		}
	}
	if n := rdb.HLen(ctx, keys[0]).Val() + rdb.HLen(ctx, keys[1]).Val(); n != 6 {
		t.Errorf("%d fields after a replayed Put, want 6", n)
	}

	if got, _ := st.Recorded(ctx, 0); got != 0 {
		t.Errorf("recorded %d on a new store", got)
	}
	for _, next := range []int64{10, 4} { // never moves back
		if err := st.SetRecorded(ctx, 0, next); err != nil {
			t.Fatal(err)
		}
	}
	if got, _ := st.Recorded(ctx, 0); got != 10 {
		t.Errorf("recorded %d, want 10", got)
	}
	if _, err := tallystore.New(nil); err == nil {
		t.Error("nil client accepted")
	}
	if _, err := tallystore.New(rdb, tallystore.WithPrefix("")); err == nil {
		t.Error("empty prefix accepted")
	}
}

func claimJSON(id, member string) []byte {
	c := adjudicator.Claim{
		Schema: adjudicator.ClaimSchemaV1, ClaimID: id, ClaimType: adjudicator.Professional,
		MemberID: member, BillingNPI: "1234567893", PlaceOfService: "11",
		ServiceFrom: "2017-03-01", ServiceTo: "2017-03-01", Diagnoses: []string{"M545"},
		Lines: []adjudicator.Line{{Number: 1, Code: "97110", Units: 4, ChargeCents: 12000}},
	}
	b, _ := json.Marshal(c)
	return b
}

// TestRebuiltAfterFlush loses the counters (Redis flushed) while the member history survives:
// the engine must see the counters behind, rebuild them alone from the decisions topic, and
// end with the very fields it had recorded live.
func TestRebuiltAfterFlush(t *testing.T) {
	st, rdb := newStore(t)
	ctx := context.Background()
	r, err := rules.New(ctx)
	if err != nil {
		t.Fatal(err)
	}
	k, err := privacy.NewKeyer(bytes.Repeat([]byte{7}, privacy.MinSecretLen))
	if err != nil {
		t.Fatal(err)
	}
	log, elig, settler, pub := testkit.NewLog(1), testkit.Eligibility{}, testkit.NewSettler(), &testkit.Publisher{}
	hist := &adjudicator.MemoryHistory{}
	t0 := time.Date(2026, 12, 1, 23, 5, 0, 0, time.UTC)
	add := func(i int) {
		member := fmt.Sprintf("M%d", i)
		elig[k.Member(member)] = []adjudicator.Span{{PlanID: "medicare", Start: "2017-01-01", End: "2017-12-31"}}
		log.AppendAt(0, []byte(member), claimJSON(fmt.Sprintf("C%d", i), member), t0.Add(time.Duration(i)*time.Second))
	}
	run := func(want int64, extra ...adjudicator.Option) {
		t.Helper()
		e, err := adjudicator.New(log, elig, r, settler, pub, k, append([]adjudicator.Option{
			adjudicator.WithBatchSize(4), adjudicator.WithLinger(5 * time.Millisecond), adjudicator.WithRetryBackoff(time.Millisecond),
			adjudicator.WithLogger(slog.New(slog.NewTextHandler(io.Discard, nil))),
			adjudicator.WithHistory(hist), adjudicator.WithTallies(st),
		}, extra...)...)
		if err != nil {
			t.Fatal(err)
		}
		rctx, cancel := context.WithCancel(ctx)
		done := make(chan error, 1)
		go func() { done <- e.Run(rctx) }()
		deadline := time.After(20 * time.Second)
		for log.Committed(0) < want {
			select {
			case err := <-done:
				cancel()
				t.Fatalf("engine stopped: %v", err)
			case <-deadline:
				cancel()
				t.Fatal("engine did not catch up")
			case <-time.After(5 * time.Millisecond):
			}
		}
		cancel()
		<-done
	}
	for i := range 10 {
		add(i)
	}
	run(10)
	day := k.ProviderDay("1234567893", "2017-03-01")
	hour := k.ProviderHour("1234567893", "2026-12-01T23")
	keys := []adjudicator.Hash{day, hour}
	live, err := st.Before(ctx, 0, 1<<62, keys)
	if err != nil {
		t.Fatal(err)
	}
	if live[day] != (adjudicator.Tally{Claims: 10, Minutes: 600}) || live[hour] != (adjudicator.Tally{Claims: 10}) {
		t.Fatalf("live counters: day %+v hour %+v; want 10 claims, 600 minutes", live[day], live[hour])
	}
	raw := map[string]map[string]string{}
	for _, key := range []string{tallystore.DefaultPrefix + fmt.Sprintf("%x", day), tallystore.DefaultPrefix + fmt.Sprintf("%x", hour)} {
		raw[key] = rdb.HGetAll(ctx, key).Val()
	}

	if err := rdb.FlushAll(ctx).Err(); err != nil {
		t.Fatal(err)
	}
	add(10)
	run(11, adjudicator.WithHistoryLog(pub))
	for key, fields := range raw {
		after := rdb.HGetAll(ctx, key).Val()
		delete(after, "0:10") // the claim decided after the rebuild
		if !maps.Equal(after, fields) {
			t.Errorf("%s rebuilt as %v, recorded live as %v", key, after, fields)
		}
	}
	got, err := st.Before(ctx, 0, 1<<62, keys)
	if err != nil {
		t.Fatal(err)
	}
	if got[day] != (adjudicator.Tally{Claims: 11, Minutes: 660}) || got[hour] != (adjudicator.Tally{Claims: 11}) {
		t.Fatalf("after the rebuild: day %+v hour %+v; want 11 claims, 660 minutes", got[day], got[hour])
	}
	if n, _ := st.Recorded(ctx, 0); n != 11 {
		t.Errorf("recorded %d after the rebuild and one more claim, want 11", n)
	}
}

// BenchmarkBeforeBatch is what a batch of 500 one-date claims adds to the engine: one pipelined
// read of 1,000 counters (a day and an hour per claim), each holding 10 earlier claims.
func BenchmarkBeforeBatch(b *testing.B) {
	srv := redistest.New(b)
	rdb := redis.NewClient(&redis.Options{Addr: srv.Addr()})
	b.Cleanup(func() { rdb.Close() })
	st, err := tallystore.New(rdb)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	keys := make([]adjudicator.Hash, 1000)
	var entries []adjudicator.TallyEntry
	for i := range keys {
		keys[i] = adjudicator.Hash{byte(i), byte(i >> 8), 1}
		for j := range 10 {
			entries = append(entries, adjudicator.TallyEntry{Key: keys[i], Source: at(0, int64(j)), Tally: adjudicator.Tally{Claims: 1, Minutes: 30}})
		}
	}
	if err := st.Put(ctx, entries); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for range b.N {
		if _, err := st.Before(ctx, 0, 100, keys); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/500, "µs/claim")
}
