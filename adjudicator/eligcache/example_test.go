package eligcache_test

import (
	"bytes"
	"context"
	"fmt"
	"log"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/eligcache"
	"github.com/claimsledger/claims/adjudicator/eligcache/devredis"
	"github.com/claimsledger/claims/adjudicator/privacy"
)

func Example() {
	ctx := context.Background()
	r, err := devredis.Start(ctx) // production: the deployment's Redis
	if err != nil {
		log.Fatal(err)
	}
	defer r.Close()
	rdb := redis.NewClient(&redis.Options{Addr: r.Addr, MaxRetries: 1})
	defer rdb.Close()

	// Production: the chain adapter over CoverageRegistry.
	chain := eligcache.SourceFunc(func(ctx context.Context, member [32]byte) ([]adjudicator.Span, error) {
		return []adjudicator.Span{{PlanID: "PLAN-A", Start: "2025-01-01", End: "2025-12-31"}}, nil
	})
	cache, err := eligcache.New(rdb, chain, eligcache.WithTTL(12*time.Hour))
	if err != nil {
		log.Fatal(err)
	}

	keyer, err := privacy.NewKeyer(bytes.Repeat([]byte{7}, privacy.MinSecretLen))
	if err != nil {
		log.Fatal(err)
	}
	member := keyer.Member("MBR-000123") // only the keyed hash reaches Redis
	el, err := cache.Eligibility(ctx, member)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(el.Spans)

	// On CoverageChanged for this member:
	if err := cache.Invalidate(ctx, member); err != nil {
		log.Fatal(err) // production: retry; do not advance past the event
	}
	// Output: [{PLAN-A 2025-01-01 2025-12-31}]
}
