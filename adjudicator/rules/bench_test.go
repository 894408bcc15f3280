package rules

import (
	"bytes"
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
)

// TestDeterministicAndConcurrent decides the Tuva claims once, then again
// from several goroutines sharing the engine: every record must encode to
// the same bytes (determinism is what lets anyone replay a decision).
func TestDeterministicAndConcurrent(t *testing.T) {
	claims, _ := loadTuva(t)
	if testing.Short() {
		claims = claims[:100]
	}
	e := newEngine(t)
	ctx := context.Background()
	want := make([][]byte, len(claims))
	for i := range claims {
		d, err := e.Decide(ctx, &claims[i].claim, claims[i].elig)
		if err != nil {
			t.Fatal(err)
		}
		if want[i], err = d.Encode(); err != nil {
			t.Fatal(err)
		}
	}
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range claims {
				i := (k + g*len(claims)/4) % len(claims) // goroutines start at different claims
				d, err := e.Decide(ctx, &claims[i].claim, claims[i].elig)
				if err == nil {
					var got []byte
					if got, err = d.Encode(); err == nil && !bytes.Equal(got, want[i]) {
						err = fmt.Errorf("claim %s: concurrent decision differs:\n%s\n%s", claims[i].claim.ClaimID, got, want[i])
					}
				}
				if err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// BenchmarkDecideTuva decides the Tuva claims round-robin, one claim per
// op, so ns/op is the cost of one claim (1.8 lines on average).
func BenchmarkDecideTuva(b *testing.B) {
	benchDecide(b, false)
}

// BenchmarkDecideTuvaExplain is the `claims adjudicate --explain` path.
func BenchmarkDecideTuvaExplain(b *testing.B) {
	benchDecide(b, true)
}

func benchDecide(b *testing.B, explain bool) {
	claims, _ := loadTuva(b)
	e := newEngine(b, WithExplain(explain))
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		c := &claims[i%len(claims)]
		if _, err := e.Decide(ctx, &c.claim, c.elig); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N), "µs/claim")
}

// BenchmarkDecideTuvaParallel is throughput with GOMAXPROCS goroutines
// sharing one engine, as the adjudicator's partition workers do.
func BenchmarkDecideTuvaParallel(b *testing.B) {
	claims, _ := loadTuva(b)
	e := newEngine(b)
	ctx := context.Background()
	var next atomic.Int64
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			c := &claims[int(next.Add(1))%len(claims)]
			if _, err := e.Decide(ctx, &c.claim, c.elig); err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N), "µs/claim")
}
