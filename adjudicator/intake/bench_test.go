package intake_test

import (
	"context"
	"fmt"
	"log/slog"
	"sync/atomic"
	"testing"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/intake"
	"github.com/claimsledger/claims/adjudicator/intake/kafkatest"
)

// BenchmarkPublishDecisions publishes engine-sized batches (500 records of
// ~1 KiB) with acks=all, as the engine does after each settlement.
func BenchmarkPublishDecisions(b *testing.B) {
	broker := kafkatest.New(b, 4)
	pub, err := intake.NewPublisher(broker.Addrs(), intake.WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		b.Fatal(err)
	}
	defer pub.Close()
	recs := make([]adjudicator.Published, 500)
	for i := range recs {
		recs[i] = adjudicator.Published{
			Source:    adjudicator.Position{Partition: 1, Offset: int64(i)},
			Batch:     adjudicator.BatchRef{Partition: 1, From: 0, To: 500},
			MemberKey: adjudicator.Hash{byte(i), byte(i >> 8)},
			Record:    make([]byte, 1024),
		}
	}
	ctx := context.Background()
	b.SetBytes(int64(len(recs) * 1024))
	for b.Loop() {
		if err := pub.PublishDecisions(ctx, recs); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N*len(recs))/b.Elapsed().Seconds(), "records/s")
}

// BenchmarkConsume reads b.N claims over 4 partitions, committing every 500
// as the engine does per batch.
func BenchmarkConsume(b *testing.B) {
	broker := kafkatest.New(b, 4)
	p, err := intake.NewProducer(broker.Addrs(), intake.WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		b.Fatal(err)
	}
	defer p.Close()
	subs := make([]intake.Submission, b.N)
	for i := range subs {
		subs[i] = intake.Submission{Key: fmt.Appendf(nil, "member-%d", i%1000), Value: make([]byte, 512)}
	}
	if err := p.Submit(context.Background(), subs...); err != nil {
		b.Fatal(err)
	}
	c := newConsumer(b, broker.Addrs(), intake.WithLogger(slog.New(slog.DiscardHandler)))
	ctx, stop := context.WithCancel(context.Background())
	var read atomic.Int64
	b.ResetTimer()
	err = c.Consume(ctx, func(ctx context.Context, part adjudicator.Partition) error {
		for n := 1; ; n++ {
			m, err := part.Fetch(ctx)
			if err != nil {
				return nil
			}
			if n%500 == 0 {
				if err := part.Commit(ctx, m.Offset+1); err != nil {
					return err
				}
			}
			if read.Add(1) == int64(b.N) {
				b.StopTimer()
				stop()
			}
		}
	})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "records/s")
}
