// Package kafkatest starts an in-process Kafka (adjudicator/intake/devkafka)
// for tests: New starts one with the claims topics and closes it when the
// test ends. Options, Broker and Start are devkafka's, so tests need only
// this import. Production code (the demo, devnet) uses devkafka directly:
// this package imports testing, and the binary must not link it.
package kafkatest

import (
	"testing"

	"github.com/claimsledger/claims/adjudicator/intake/devkafka"
)

// DefaultPartitions is the partition count of the seeded topics when
// Options.Partitions is 0.
const DefaultPartitions = devkafka.DefaultPartitions

// Options configures Start; see devkafka.Options.
type Options = devkafka.Options

// Broker is a running in-process Kafka cluster; see devkafka.Broker.
type Broker = devkafka.Broker

// Start starts a cluster listening on 127.0.0.1; the caller closes it.
func Start(opts Options) (*Broker, error) { return devkafka.Start(opts) }

// New starts a cluster with the three claims topics at the given partition
// count and closes it when the test ends.
func New(t testing.TB, partitions int32) *Broker {
	t.Helper()
	b, err := Start(Options{Partitions: partitions})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(b.Close)
	return b
}
