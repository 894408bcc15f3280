package histstore_test

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/redis/go-redis/v9"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/eligcache/redistest"
	"github.com/claimsledger/claims/adjudicator/histstore"
	"github.com/claimsledger/claims/adjudicator/privacy"
)

func TestRoundTripIdempotentAndSealed(t *testing.T) {
	srv := redistest.New(t)
	rdb := redis.NewClient(&redis.Options{Addr: srv.Addr()})
	t.Cleanup(func() { rdb.Close() })
	sealer, err := privacy.NewSealer(bytes.Repeat([]byte{3}, 32))
	if err != nil {
		t.Fatal(err)
	}
	st, err := histstore.New(rdb, histstore.WithSealer(sealer))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	member := adjudicator.Hash{0xAA}
	e1 := adjudicator.HistoryEntry{Source: adjudicator.Position{Partition: 1, Offset: 7},
		Services: []adjudicator.PriorService{{ClaimID: "CLAIM-ID-0001", Code: "99213", Date: "2017-03-01", Units: 1, ChargeCents: 100, Allowed: true}},
		Accrued:  map[string]adjudicator.Accumulator{"medicare/2017": {DeductibleCents: 100, OOPCents: 100}}}
	e2 := e1
	e2.Source.Offset = 9
	for i := 0; i < 2; i++ { // the second Put is a replay
		if err := st.Put(ctx, member, []adjudicator.HistoryEntry{e1, e2}); err != nil {
			t.Fatal(err)
		}
	}
	got, err := st.Entries(ctx, member)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("%d entries after a replayed Put, want 2", len(got))
	}
	h := adjudicator.HistoryBefore(got, adjudicator.Position{Partition: 1, Offset: 9})
	if h.Accumulators["medicare/2017"].DeductibleCents != 100 || len(h.Services) != 1 {
		t.Fatalf("history before 1/9 = %s", h)
	}
	// At rest: no code, date or claim id in the clear, and the key is the
	// prefix and the member hash only.
	keys, _ := rdb.Keys(ctx, "*").Result()
	if len(keys) != 1 || !strings.HasPrefix(keys[0], histstore.DefaultPrefix+"aa00") {
		t.Fatalf("keys = %q", keys)
	}
	raw, _ := rdb.HGetAll(ctx, keys[0]).Result()
	for f, v := range raw {
		// Markers long enough that random sealed bytes cannot hold them by chance (a two-byte
		// claim id did, once in a few hundred runs).
		for _, s := range []string{"99213", "2017-03-01", "CLAIM-ID-0001"} {
			if strings.Contains(v, s) {
				t.Fatalf("field %s holds %q in the clear", f, s)
			}
		}
	}
	// Without the key, sealed history is an error, not silently empty.
	plain, _ := histstore.New(rdb)
	if _, err := plain.Entries(ctx, member); err == nil {
		t.Fatal("read sealed history without a key")
	}
}

// TestDistrustedEntryIsDroppedForARebuild: with a payload key configured, an entry that is not
// sealed (or sealed for another place) was not written by the engine; it is dropped, never
// trusted, and its partition's watermark is reset so the engine rebuilds that history.
func TestDistrustedEntryIsDroppedForARebuild(t *testing.T) {
	srv := redistest.New(t)
	rdb := redis.NewClient(&redis.Options{Addr: srv.Addr()})
	t.Cleanup(func() { rdb.Close() })
	sealer, err := privacy.NewSealer(bytes.Repeat([]byte{3}, 32))
	if err != nil {
		t.Fatal(err)
	}
	st, err := histstore.New(rdb, histstore.WithSealer(sealer))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	member := adjudicator.Hash{0xBB}
	good := adjudicator.HistoryEntry{Source: adjudicator.Position{Partition: 2, Offset: 4}}
	if err := st.Put(ctx, member, []adjudicator.HistoryEntry{good}); err != nil {
		t.Fatal(err)
	}
	if err := st.SetRecorded(ctx, 2, 5); err != nil {
		t.Fatal(err)
	}
	key := histstore.DefaultPrefix + "bb" + strings.Repeat("00", 31)
	// Someone with access to Redis writes an unsealed entry claiming a met deductible.
	forged := `{"source":{"partition":2,"offset":3},"accrued":{"medicare/2017":{"deductible_cents":99999}}}`
	if err := rdb.HSet(ctx, key, "2:3", forged).Err(); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Entries(ctx, member); !errors.Is(err, histstore.ErrDistrusted) {
		t.Fatalf("Entries with a forged entry: %v; want ErrDistrusted", err)
	}
	if n, _ := rdb.HExists(ctx, key, "2:3").Result(); n {
		t.Fatal("the forged entry is still stored")
	}
	if got, _ := st.Recorded(ctx, 2); got != 0 {
		t.Fatalf("watermark of partition 2 is %d after a distrusted entry, want 0 (rebuild)", got)
	}
	got, err := st.Entries(ctx, member)
	if err != nil || len(got) != 1 || got[0].Source != good.Source {
		t.Fatalf("after the drop: %v, %v; want the good entry only", got, err)
	}
	if st.Distrusted() != 1 {
		t.Fatalf("distrusted count %d, want 1", st.Distrusted())
	}
}
