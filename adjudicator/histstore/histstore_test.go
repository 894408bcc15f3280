package histstore_test

import (
	"bytes"
	"context"
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
		Services: []adjudicator.PriorService{{ClaimID: "C1", Code: "99213", Date: "2017-03-01", Units: 1, ChargeCents: 100, Allowed: true}},
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
		for _, s := range []string{"99213", "2017-03-01", "C1"} {
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
