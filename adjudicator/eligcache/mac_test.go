package eligcache_test

import (
	"bytes"
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/eligcache"
)

// TestForgedValuesAreNeverTrusted: with a MAC key, a value someone wrote into Redis (plain
// JSON granting coverage) or a genuine value moved from another member's key is counted and
// treated as a miss: the answer comes from the source.
func TestForgedValuesAreNeverTrusted(t *testing.T) {
	e := newEnv(t, eligcache.WithMACKey(bytes.Repeat([]byte{9}, 32)))
	ctx := context.Background()
	member, other := keyer.Member("MBR-1"), keyer.Member("MBR-2")
	e.src.set(other, planA2025)

	if err := e.rdb.Set(ctx, keyOf(member), `[{"plan_id":"PLAN-A","start":"2000-01-01","end":"2099-12-31"}]`, 0).Err(); err != nil {
		t.Fatal(err)
	}
	if got := e.lookup(t, member); got.Spans != nil {
		t.Fatalf("forged plain value answered: %#v; want the source's (no coverage)", got.Spans)
	}
	if n := e.counter(t, "forged_total"); n != 1 {
		t.Fatalf("forged_total = %v, want 1", n)
	}

	// A genuine value of another member, copied over.
	if got := e.lookup(t, other); !reflect.DeepEqual(got.Spans, []adjudicator.Span{planA2025}) {
		t.Fatalf("other member: %#v", got.Spans)
	}
	v, ok := e.get(t, keyOf(other))
	if !ok || !strings.HasPrefix(v, "m1.") {
		t.Fatalf("stored value %q, want a MACed one", v)
	}
	if err := e.rdb.Set(ctx, keyOf(member), v, 0).Err(); err != nil {
		t.Fatal(err)
	}
	if got := e.lookup(t, member); got.Spans != nil {
		t.Fatalf("value moved from another member answered: %#v", got.Spans)
	}
	if n := e.counter(t, "forged_total"); n != 2 {
		t.Fatalf("forged_total = %v, want 2", n)
	}
}
