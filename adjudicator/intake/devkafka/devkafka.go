// Package devkafka runs a Kafka protocol server in process: franz-go's
// kfake, spoken to over TCP like any broker, so clients run their real
// paths (consumer groups, commits, rebalances). `claims demo` and `claims
// devnet` embed it, so it must not import testing (the binary would link
// the test framework); the test helper over it is intake/kafkatest.
package devkafka

import (
	"context"
	"fmt"
	"log/slog"
	"slices"

	"github.com/claimsledger/claims/adjudicator/intake"
	"github.com/twmb/franz-go/pkg/kfake"
)

// DefaultPartitions is the partition count of the seeded topics when
// Options.Partitions is 0: enough for two instances to split them.
const DefaultPartitions = 4

// Options configures Start. The zero value is one broker on a free port of
// 127.0.0.1, the three claims topics with 4 partitions each, no logging.
type Options struct {
	// Partitions of each seeded topic. Default 4.
	Partitions int32
	// Topics to create at start. Default (nil): intake's input, decisions
	// and dead-letter topics; an empty slice creates none.
	Topics []string
	// Brokers in the cluster. Default 1. With more, partition leaders and
	// the group coordinator are spread over them, as in a real cluster.
	Brokers int
	// Port of the first broker, the others taking the ports after it.
	// Default 0: free ports chosen by the kernel.
	Port int
	// DataDir persists the cluster's logs and group offsets there and
	// reloads them on the next Start with the same DataDir (Topics are then
	// not seeded again). Default: in memory only.
	DataDir string
	// Logger receives the broker's log at its levels (kfake's info level
	// goes to debug). Default: none.
	Logger *slog.Logger
}

// Broker is a running in-process Kafka cluster.
type Broker struct {
	c     *kfake.Cluster
	addrs []string
}

// Start starts a cluster listening on 127.0.0.1.
func Start(opts Options) (*Broker, error) {
	if opts.Partitions == 0 {
		opts.Partitions = DefaultPartitions
	}
	if opts.Topics == nil {
		opts.Topics = []string{intake.DefaultInputTopic, intake.DefaultDecisionsTopic, intake.DefaultDeadLetterTopic}
	}
	if opts.Brokers == 0 {
		opts.Brokers = 1
	}
	switch {
	case opts.Partitions < 0:
		return nil, fmt.Errorf("devkafka: %d partitions, want >= 1", opts.Partitions)
	case opts.Brokers < 0:
		return nil, fmt.Errorf("devkafka: %d brokers, want >= 1", opts.Brokers)
	case slices.Contains(opts.Topics, ""):
		return nil, fmt.Errorf("devkafka: topics %q: empty name", opts.Topics)
	}
	ports := make([]int, opts.Brokers)
	if opts.Port != 0 {
		for i := range ports {
			ports[i] = opts.Port + i
		}
	}
	kopts := []kfake.Opt{kfake.Ports(ports...)}
	if len(opts.Topics) > 0 {
		kopts = append(kopts, kfake.SeedTopics(opts.Partitions, opts.Topics...))
	}
	if opts.DataDir != "" {
		kopts = append(kopts, kfake.DataDir(opts.DataDir))
	}
	if opts.Logger != nil {
		kopts = append(kopts, kfake.WithLogger(slogger{opts.Logger}))
	}
	c, err := kfake.NewCluster(kopts...)
	if err != nil {
		return nil, fmt.Errorf("devkafka: start: %w", err)
	}
	return &Broker{c: c, addrs: c.ListenAddrs()}, nil
}

// Addrs returns the brokers' host:port addresses, to pass as bootstrap
// brokers.
func (b *Broker) Addrs() []string { return slices.Clone(b.addrs) }

// Cluster is the underlying kfake cluster, for fault injection (Control,
// MoveTopicPartition, ...).
func (b *Broker) Cluster() *kfake.Cluster { return b.c }

// Close stops the cluster; clients see their connections drop. With a
// DataDir, it first writes the state to disk.
func (b *Broker) Close() { b.c.Close() }

type slogger struct{ l *slog.Logger }

func (s slogger) Logf(level kfake.LogLevel, format string, args ...any) {
	var sl slog.Level
	switch level {
	case kfake.LogLevelError:
		sl = slog.LevelError
	case kfake.LogLevelWarn:
		sl = slog.LevelWarn
	case kfake.LogLevelInfo:
		sl = slog.LevelDebug
	case kfake.LogLevelDebug:
		sl = slog.LevelDebug - 4
	default:
		return
	}
	ctx := context.Background()
	if !s.l.Enabled(ctx, sl) {
		return
	}
	s.l.Log(ctx, sl, fmt.Sprintf(format, args...), "component", "kfake")
}
