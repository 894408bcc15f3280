package intake_test

import (
	"context"
	"fmt"
	"log"
	"log/slog"
	"os"
	"sync"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/intake"
	"github.com/claimsledger/claims/adjudicator/intake/kafkatest"
)

// One member's claims go in through the Producer and come out of the
// Consumer on one partition, in order; the owner commits what it handled.
func Example() {
	broker, err := kafkatest.Start(kafkatest.Options{Partitions: 4})
	if err != nil {
		log.Fatal(err)
	}
	defer broker.Close()
	quiet := intake.WithLogger(slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelError})))
	ctx, stop := context.WithCancel(context.Background())
	defer stop()

	p, err := intake.NewProducer(broker.Addrs(), quiet)
	if err != nil {
		log.Fatal(err)
	}
	defer p.Close()
	err = p.Submit(ctx,
		intake.Submission{Key: []byte("member-1"), Value: []byte(`{"claim_id":"A"}`)},
		intake.Submission{Key: []byte("member-1"), Value: []byte(`{"claim_id":"B"}`)},
		intake.Submission{Key: []byte("member-1"), Value: []byte(`{"claim_id":"C"}`)},
	)
	if err != nil {
		log.Fatal(err)
	}

	c, err := intake.NewConsumer(broker.Addrs(), quiet)
	if err != nil {
		log.Fatal(err)
	}
	var mu sync.Mutex
	handled := 0
	err = c.Consume(ctx, func(ctx context.Context, part adjudicator.Partition) error {
		for {
			m, err := part.Fetch(ctx)
			if err != nil {
				return nil // revoked or shutting down
			}
			mu.Lock()
			fmt.Printf("offset %d: %s\n", m.Offset, m.Value)
			handled++
			if handled == 3 {
				stop()
			}
			mu.Unlock()
			// The engine commits only after settlement and publication.
			if err := part.Commit(context.WithoutCancel(ctx), m.Offset+1); err != nil {
				return err
			}
		}
	})
	fmt.Println("consume:", err)
	// Output:
	// offset 0: {"claim_id":"A"}
	// offset 1: {"claim_id":"B"}
	// offset 2: {"claim_id":"C"}
	// consume: <nil>
}
