package apikeys

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/claimsledger/claims/adjudicator/eligcache/redistest"
)

func newStore(t *testing.T) (*Store, redis.UniversalClient) {
	t.Helper()
	srv := redistest.New(t)
	rdb := redis.NewClient(&redis.Options{Addr: srv.Addr()})
	t.Cleanup(func() { _ = rdb.Close() })
	now := time.Date(2026, 12, 1, 18, 0, 0, 0, time.UTC)
	s, err := New(rdb, WithClock(func() time.Time { now = now.Add(time.Second); return now }))
	if err != nil {
		t.Fatal(err)
	}
	return s, rdb
}

// A key authenticates as its NPI; the store holds its hash, never the key; rotation leaves only
// the new key working; revocation stops it.
func TestIssueLookupRotateRevoke(t *testing.T) {
	ctx := context.Background()
	s, rdb := newStore(t)
	key, k, err := s.Issue(ctx, "1528056066")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(key, Prefix) || len(key) < 50 || k.NPI != "1528056066" || len(k.ID) != 12 {
		t.Fatalf("issued %q %+v", key, k)
	}
	got, err := s.Lookup(ctx, key)
	if err != nil || got.NPI != "1528056066" || got.ID != k.ID {
		t.Fatalf("Lookup = %+v, %v", got, err)
	}
	// Nothing in Redis holds the key itself.
	keys, _ := rdb.Keys(ctx, "*").Result()
	for _, rk := range keys {
		dump := rk
		if typ, _ := rdb.Type(ctx, rk).Result(); typ == "hash" {
			m, _ := rdb.HGetAll(ctx, rk).Result()
			for f, v := range m {
				dump += f + v
			}
		} else {
			m, _ := rdb.SMembers(ctx, rk).Result()
			dump += strings.Join(m, "")
		}
		if strings.Contains(dump, key[len(Prefix):]) {
			t.Fatalf("redis key %s holds the API key", rk)
		}
	}
	for _, bad := range []string{"", "clm_", key + "x", strings.TrimPrefix(key, Prefix), "Bearer " + key} {
		if _, err := s.Lookup(ctx, bad); !errors.Is(err, ErrUnknown) {
			t.Errorf("Lookup(%q) = %v, want ErrUnknown", bad, err)
		}
	}

	key2, k2, revoked, err := s.Rotate(ctx, "1528056066")
	if err != nil || revoked != 1 || k2.ID == k.ID {
		t.Fatalf("Rotate: %v, revoked %d", err, revoked)
	}
	if _, err := s.Lookup(ctx, key); !errors.Is(err, ErrUnknown) {
		t.Errorf("the rotated-out key still works: %v", err)
	}
	if _, err := s.Lookup(ctx, key2); err != nil {
		t.Errorf("the new key: %v", err)
	}
	list, err := s.List(ctx, "1528056066")
	if err != nil || len(list) != 2 || !list[0].Revoked() || list[1].Revoked() || list[1].ID != k2.ID {
		t.Fatalf("List = %+v, %v", list, err)
	}
	// Another provider's keys are its own.
	other, _, err := s.Issue(ctx, "1003811290")
	if err != nil {
		t.Fatal(err)
	}
	if n, err := s.Revoke(ctx, "1528056066", ""); err != nil || n != 1 {
		t.Fatalf("Revoke all: %d, %v", n, err)
	}
	if _, err := s.Lookup(ctx, key2); !errors.Is(err, ErrUnknown) {
		t.Errorf("revoked key still works: %v", err)
	}
	if got, err := s.Lookup(ctx, other); err != nil || got.NPI != "1003811290" {
		t.Errorf("another provider's key: %+v, %v", got, err)
	}
	if _, err := s.Revoke(ctx, "1528056066", "ffffffffffff"); err == nil {
		t.Error("revoking a key id the NPI does not have succeeded")
	}
}
