package intake_test

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/intake"
	"github.com/claimsledger/claims/adjudicator/intake/kafkatest"
)

func TestNewConsumerValidates(t *testing.T) {
	brokers := []string{"127.0.0.1:9092"}
	tests := []struct {
		name    string
		brokers []string
		opts    []intake.Option
	}{
		{"no brokers", nil, nil},
		{"empty broker", []string{""}, nil},
		{"empty group", brokers, []intake.Option{intake.WithGroupID("")}},
		{"empty topic", brokers, []intake.Option{intake.WithInputTopic("")}},
		{"session not above heartbeat", brokers, []intake.Option{intake.WithSessionTimeout(time.Second), intake.WithHeartbeatInterval(time.Second)}},
		{"zero rebalance timeout", brokers, []intake.Option{intake.WithRebalanceTimeout(0)}},
		{"zero fetch wait", brokers, []intake.Option{intake.WithFetchMaxWait(0)}},
		{"nil logger", brokers, []intake.Option{intake.WithLogger(nil)}},
		{"nil dialer", brokers, []intake.Option{intake.WithDialer(nil)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := intake.NewConsumer(tt.brokers, tt.opts...); err == nil {
				t.Error("NewConsumer accepted an invalid configuration")
			}
		})
	}
	if _, err := intake.NewConsumer(brokers); err != nil {
		t.Errorf("NewConsumer with defaults: %v", err)
	}
}

// TestConsumeEveryMessageOnceInKeyOrder: 1,000 keyed claims over 4
// partitions, one consumer fetching and committing each: every message is
// seen exactly once, each member's claims come from one partition and in
// the order submitted.
func TestConsumeEveryMessageOnceInKeyOrder(t *testing.T) {
	const n, members = 1000, 37
	b := kafkatest.New(t, 4)
	// Record times are milliseconds: the window is widened by one either side.
	sent := time.Now().Add(-time.Millisecond)
	produced := produce(t, b.Addrs(), n, members)

	var (
		mu       sync.Mutex
		seen     = map[adjudicator.Position]int{}
		byMember = map[string][]claim{}
		memberAt = map[string]int32{}
		all      = make(chan struct{})
	)
	r := start(t, newConsumer(t, b.Addrs()), func(ctx context.Context, p adjudicator.Partition) error {
		for {
			m, err := p.Fetch(ctx)
			if err != nil {
				if ctx.Err() != nil {
					return nil
				}
				return err
			}
			if m.Partition != p.ID() {
				return fmt.Errorf("partition %d returned a message of partition %d", p.ID(), m.Partition)
			}
			c, err := parseClaim(m.Value)
			if err != nil {
				return err
			}
			if string(m.Key) != c.key {
				return fmt.Errorf("message %d/%d: key %q, value of %q", m.Partition, m.Offset, m.Key, c.key)
			}
			// The record time the log stores reaches the engine (VELOCITY_PROVIDER's hour).
			if m.Time.Before(sent) || m.Time.After(time.Now().Add(time.Millisecond)) {
				return fmt.Errorf("message %d/%d: record time %s, produced from %s on", m.Partition, m.Offset, m.Time, sent)
			}
			mu.Lock()
			seen[adjudicator.Position{Partition: m.Partition, Offset: m.Offset}]++
			byMember[c.key] = append(byMember[c.key], c)
			if at, ok := memberAt[c.key]; ok && at != m.Partition {
				t.Errorf("member %s on partitions %d and %d", c.key, at, m.Partition)
			}
			memberAt[c.key] = m.Partition
			if len(seen) == n {
				close(all)
			}
			mu.Unlock()
			if err := p.Commit(ctx, m.Offset+1); err != nil {
				return err
			}
		}
	})
	select {
	case <-all:
	case err := <-r.done:
		t.Fatalf("Consume returned early: %v", err)
	case <-time.After(hung):
		t.Fatal("not every message was consumed")
	}
	if err := r.stop(t); err != nil {
		t.Fatalf("Consume: %v", err)
	}

	mu.Lock()
	defer mu.Unlock()
	for pos, k := range seen {
		if k != 1 {
			t.Errorf("message %d/%d seen %d times", pos.Partition, pos.Offset, k)
		}
	}
	want := map[string]int{}
	for _, c := range produced {
		want[c.key]++
	}
	for key, cs := range byMember {
		for i, c := range cs {
			if c.seq != i {
				t.Fatalf("member %s: claim %d arrived at position %d", key, c.seq, i)
			}
		}
		if len(cs) != want[key] {
			t.Errorf("member %s: %d claims, want %d", key, len(cs), want[key])
		}
	}
	parts := slices.Sorted(maps.Values(memberAt))
	if parts = slices.Compact(parts); len(parts) != 4 {
		t.Errorf("members landed on partitions %v, want all 4", parts)
	}
}

// TestResumeFromCommittedOffsets: a fresh group reports no committed offset
// (-1); after a member commits and leaves, the next member of the group
// reports the committed offsets and, without setting an offset, reads on
// from them.
func TestResumeFromCommittedOffsets(t *testing.T) {
	const first = 5 // messages per partition the first member commits
	b := kafkatest.New(t, 4)
	produce(t, b.Addrs(), 100, 40)
	counts := perPartition(t, b.Addrs(), intake.DefaultInputTopic)
	for p := range int32(4) {
		if counts[p] <= first {
			t.Fatalf("partition %d has %d messages, the test needs more than %d", p, counts[p], first)
		}
	}

	// Each member reports, per partition, Committed() at assignment and the
	// offset of the first message fetched, then commits up to first.
	type report struct{ committed, next int64 }
	member := func() (*running, func() map[int32]report) {
		var (
			mu        sync.Mutex
			reports   = map[int32]report{}
			committed = map[int32]bool{}
		)
		r := start(t, newConsumer(t, b.Addrs()), func(ctx context.Context, p adjudicator.Partition) error {
			rep := report{committed: p.Committed()}
			for i := 0; ; i++ {
				m, err := p.Fetch(ctx)
				if err != nil {
					return nil
				}
				if i == 0 {
					rep.next = m.Offset
				}
				if m.Offset < first {
					if err := p.Commit(ctx, m.Offset+1); err != nil {
						return err
					}
				}
				if m.Offset >= first-1 {
					mu.Lock()
					if !committed[p.ID()] {
						committed[p.ID()] = true
						reports[p.ID()] = rep
					}
					mu.Unlock()
				}
			}
		})
		return r, func() map[int32]report {
			mu.Lock()
			defer mu.Unlock()
			return maps.Clone(reports)
		}
	}

	r1, reports1 := member()
	eventually(t, "the first member on every partition", func() bool { return len(reports1()) == 4 })
	if err := r1.stop(t); err != nil {
		t.Fatalf("first member: %v", err)
	}
	for p, rep := range reports1() {
		if rep.committed != -1 || rep.next != 0 {
			t.Errorf("fresh group, partition %d: Committed() %d, first offset %d; want -1, 0", p, rep.committed, rep.next)
		}
	}

	r2, reports2 := member()
	eventually(t, "the second member on every partition", func() bool { return len(reports2()) == 4 })
	if err := r2.stop(t); err != nil {
		t.Fatalf("second member: %v", err)
	}
	for p, rep := range reports2() {
		if rep.committed != first || rep.next != first {
			t.Errorf("restarted, partition %d: Committed() %d, first offset %d; want %d, %d", p, rep.committed, rep.next, first, first)
		}
	}
}

// TestSetOffsetBackwardRereads: after reading ahead, setting an earlier
// offset makes the next Fetch return that message again, same bytes.
func TestSetOffsetBackwardRereads(t *testing.T) {
	b := kafkatest.New(t, 1)
	produce(t, b.Addrs(), 10, 3)
	errc := make(chan error, 1)
	r := start(t, newConsumer(t, b.Addrs()), func(ctx context.Context, p adjudicator.Partition) error {
		errc <- func() error {
			var read []adjudicator.Message
			for range 6 {
				m, err := p.Fetch(ctx)
				if err != nil {
					return err
				}
				read = append(read, m)
			}
			for _, back := range []int64{0, 3, 1} {
				if err := p.SetOffset(back); err != nil {
					return err
				}
				m, err := p.Fetch(ctx)
				if err != nil {
					return err
				}
				if want := read[back]; m.Offset != back || string(m.Key) != string(want.Key) || string(m.Value) != string(want.Value) {
					return fmt.Errorf("after SetOffset(%d): got %d %q=%q, want %d %q=%q", back, m.Offset, m.Key, m.Value, back, want.Key, want.Value)
				}
			}
			if err := p.SetOffset(-1); err == nil {
				return errors.New("SetOffset(-1) accepted; kafka-go would read it as the end of the log")
			}
			return nil
		}()
		<-ctx.Done()
		return nil
	})
	select {
	case err := <-errc:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(hung):
		t.Fatal("owner did not finish")
	}
	if err := r.stop(t); err != nil {
		t.Fatal(err)
	}
}

// TestFetchCancelledKeepsMessage: a Fetch whose context has ended, or ends
// while it waits, takes no message: the next Fetch returns the one due.
func TestFetchCancelledKeepsMessage(t *testing.T) {
	b := kafkatest.New(t, 1)
	produce(t, b.Addrs(), 3, 1)
	errc := make(chan error, 1)
	r := start(t, newConsumer(t, b.Addrs()), func(ctx context.Context, p adjudicator.Partition) error {
		errc <- func() error {
			cancelled, cancel := context.WithCancel(ctx)
			cancel()
			var next int64
			expect := func(what string) error {
				m, err := p.Fetch(ctx)
				if err != nil {
					return fmt.Errorf("%s: %w", what, err)
				}
				if m.Offset != next {
					return fmt.Errorf("%s: fetched offset %d, want %d", what, m.Offset, next)
				}
				next++
				return nil
			}
			if err := expect("first fetch"); err != nil {
				return err
			}
			// The reader has read ahead by now or will have: either way,
			// a cancelled Fetch must not consume offset 1 or 2.
			for i := range 20 {
				if _, err := p.Fetch(cancelled); !errors.Is(err, context.Canceled) {
					return fmt.Errorf("Fetch with a cancelled context %d: err %v, want context.Canceled", i, err)
				}
			}
			if err := expect("after cancelled fetches"); err != nil {
				return err
			}
			if err := expect("last produced"); err != nil {
				return err
			}
			// Now the partition is drained: a Fetch waits, and is
			// cancelled while it waits; the next claim produced after it
			// gave up is still returned.
			waiting, stop := context.WithCancel(ctx)
			fetched := make(chan error, 1)
			go func() {
				_, err := p.Fetch(waiting)
				fetched <- err
			}()
			stop()
			if err := <-fetched; !errors.Is(err, context.Canceled) {
				return fmt.Errorf("Fetch cancelled while waiting: err %v, want context.Canceled", err)
			}
			if _, err := submit(b.Addrs(), 1, 1, testLogger(t)); err != nil {
				return err
			}
			return expect("produced after a cancelled wait")
		}()
		<-ctx.Done()
		return nil
	})
	select {
	case err := <-errc:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(hung):
		t.Fatal("owner did not finish")
	}
	if err := r.stop(t); err != nil {
		t.Fatal(err)
	}
}

// TestRebalance: two members of a group split the partitions; when one
// leaves, the other owns them all, and sees the offsets the leaver
// committed.
func TestRebalance(t *testing.T) {
	b := kafkatest.New(t, 4)
	o := newOwners()
	own := func(member string) func(context.Context, adjudicator.Partition) error {
		return func(ctx context.Context, p adjudicator.Partition) error {
			if member == "a" {
				// Marks the partition as a's, for b to find after the
				// handover.
				if err := p.Commit(ctx, 100+int64(p.ID())); err != nil && ctx.Err() == nil {
					return err
				}
			} else if c := p.Committed(); c != 100+int64(p.ID()) {
				return fmt.Errorf("b took partition %d with Committed() %d, want %d", p.ID(), c, 100+p.ID())
			}
			o.enter(member, p.ID())
			defer o.leave(member, p.ID())
			<-ctx.Done()
			return nil
		}
	}
	all := map[int32]bool{0: true, 1: true, 2: true, 3: true}

	a := start(t, newConsumer(t, b.Addrs()), own("a"))
	eventually(t, "a owning every partition", func() bool { return maps.Equal(o.of("a"), all) })

	bm := start(t, newConsumer(t, b.Addrs()), own("b"))
	eventually(t, "a and b splitting the partitions", func() bool {
		pa, pb := o.of("a"), o.of("b")
		if len(pa) != 2 || len(pb) != 2 {
			return false
		}
		maps.Copy(pa, pb)
		return maps.Equal(pa, all)
	})

	if err := a.stop(t); err != nil {
		t.Fatalf("a: %v", err)
	}
	if got := o.of("a"); len(got) != 0 {
		t.Fatalf("a still owns %v after Consume returned", got)
	}
	eventually(t, "b owning every partition", func() bool { return maps.Equal(o.of("b"), all) })
	if err := bm.stop(t); err != nil {
		t.Fatalf("b: %v", err)
	}
}

// TestOwnerErrorEndsConsume: an owner's error stops every owner, leaves the
// group and is what Consume returns.
func TestOwnerErrorEndsConsume(t *testing.T) {
	b := kafkatest.New(t, 4)
	boom := errors.New("boom")
	var (
		mu      sync.Mutex
		running = map[int32]bool{}
	)
	r := start(t, newConsumer(t, b.Addrs()), func(ctx context.Context, p adjudicator.Partition) error {
		if p.ID() == 2 {
			return boom
		}
		mu.Lock()
		running[p.ID()] = true
		mu.Unlock()
		<-ctx.Done()
		mu.Lock()
		delete(running, p.ID())
		mu.Unlock()
		return nil
	})
	err := r.wait(t)
	if !errors.Is(err, boom) {
		t.Fatalf("Consume returned %v, want it to wrap %v", err, boom)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(running) != 0 {
		t.Errorf("owners of %v still running after Consume returned", slices.Sorted(maps.Keys(running)))
	}
}

// TestConsumeUnreachableStops: a member that cannot join (nothing listens
// at the broker address) retries, and returns when its context ends.
func TestConsumeUnreachableStops(t *testing.T) {
	failed := make(chan struct{})
	var once sync.Once
	log := slog.New(handlerFunc(func(r slog.Record) {
		if r.Message == "joining consumer group failed; retrying" {
			once.Do(func() { close(failed) })
		}
	}))
	c := newConsumer(t, []string{"127.0.0.1:1"}, intake.WithLogger(log))
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- c.Consume(ctx, func(context.Context, adjudicator.Partition) error {
			return errors.New("no partition can be assigned")
		})
	}()
	select {
	case <-failed:
	case <-time.After(hung):
		t.Fatal("no failed join logged")
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("Consume: %v", err)
		}
	case <-time.After(hung):
		t.Fatal("Consume did not return")
	}
}

type handlerFunc func(slog.Record)

func (h handlerFunc) Enabled(context.Context, slog.Level) bool { return true }

func (h handlerFunc) Handle(_ context.Context, r slog.Record) error {
	h(r)
	return nil
}

func (h handlerFunc) WithAttrs([]slog.Attr) slog.Handler { return h }

func (h handlerFunc) WithGroup(string) slog.Handler { return h }

// TestPartitionReportsHighWaterMarks: an owner learns each partition's high watermark from the
// leader, empty partitions included, and every fetched message carries it, so the engine's lag
// needs no request per fetch; each partition also names its generation's whole assignment.
func TestPartitionReportsHighWaterMarks(t *testing.T) {
	b := kafkatest.New(t, 4)
	produce(t, b.Addrs(), 10, 1) // one member: one partition holds all ten, three stay empty
	counts := perPartition(t, b.Addrs(), intake.DefaultInputTopic)
	type report struct {
		high, fetched int64
		assigned      []int32
	}
	var (
		mu  sync.Mutex
		got = map[int32]report{}
	)
	r := start(t, newConsumer(t, b.Addrs()), func(ctx context.Context, p adjudicator.Partition) error {
		high, err := p.HighWaterMark(ctx)
		if err != nil {
			return err
		}
		rep := report{high: high, assigned: p.Assignment()}
		if counts[p.ID()] > 0 {
			m, err := p.Fetch(ctx)
			if err != nil {
				return err
			}
			rep.fetched = m.HighWaterMark
		}
		mu.Lock()
		got[p.ID()] = rep
		mu.Unlock()
		<-ctx.Done()
		return nil
	})
	eventually(t, "every partition reported", func() bool { mu.Lock(); defer mu.Unlock(); return len(got) == 4 })
	if err := r.stop(t); err != nil {
		t.Fatal(err)
	}
	for p, rep := range got {
		if rep.high != int64(counts[p]) {
			t.Errorf("partition %d: high watermark %d, want %d", p, rep.high, counts[p])
		}
		if counts[p] > 0 && rep.fetched != int64(counts[p]) {
			t.Errorf("partition %d: fetched message carries high watermark %d, want %d", p, rep.fetched, counts[p])
		}
		if !slices.Equal(rep.assigned, []int32{0, 1, 2, 3}) {
			t.Errorf("partition %d: assignment %v, want [0 1 2 3]", p, rep.assigned)
		}
	}
}
