package adjudicator_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/claimsledger/claims/adjudicator"
)

// TestRefusalHaltsThePartitionUntilItClears: a chain that refuses batches (an empty escrow, a
// pause) must not crash the engine or lose claims: the partition halts, readiness says so, and
// it resumes by itself once the refusal stops.
func TestRefusalHaltsThePartitionUntilItClears(t *testing.T) {
	r := newRig(t, 1)
	want := r.add(10, 1)
	var refusing atomic.Bool
	refusing.Store(true)
	var refusals atomic.Int32
	r.settler.Fail = func(adjudicator.Batch) error {
		if refusing.Load() {
			refusals.Add(1)
			return fmt.Errorf("escrow empty: %w", adjudicator.ErrRefused)
		}
		return nil
	}
	e := r.engine(t, adjudicator.WithMaxRetryBackoff(5*time.Millisecond))
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- e.Run(ctx) }()
	waitFor(t, done, func() bool { return refusals.Load() >= 5 })
	if err := e.Ready(); err == nil || !strings.Contains(err.Error(), "halted") {
		t.Fatalf("Ready while the chain refuses: %v; want the partition reported halted", err)
	}
	if n := len(r.pub.Decisions); n != 0 {
		t.Fatalf("%d decisions published while nothing settled", n)
	}
	refusing.Store(false)
	waitFor(t, done, func() bool { return r.caughtUp(1) })
	waitFor(t, done, func() bool { return e.Ready() == nil })
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("Run: %v", err)
	}
	r.assertExactlyOnce(t, 1, want)
}

// TestOutageLongerThanTheDrainTimeout: the drain timeout bounds finishing a batch at shutdown,
// not an outage while the engine runs; an outage many times longer is waited out.
func TestOutageLongerThanTheDrainTimeout(t *testing.T) {
	r := newRig(t, 1)
	want := r.add(5, 1)
	until := time.Now().Add(300 * time.Millisecond)
	r.settler.Fail = func(adjudicator.Batch) error {
		if time.Now().Before(until) {
			return errors.New("dial tcp 127.0.0.1:8545: connection refused")
		}
		return nil
	}
	r.runUntil(t, r.engine(t, adjudicator.WithDrainTimeout(20*time.Millisecond), adjudicator.WithMaxRetryBackoff(10*time.Millisecond)), 1)
	r.assertExactlyOnce(t, 1, want)
}

// waitFor polls cond, failing if the engine stops or 20 s pass.
func waitFor(t *testing.T, done <-chan error, cond func() bool) {
	t.Helper()
	deadline := time.After(20 * time.Second)
	for !cond() {
		select {
		case err := <-done:
			t.Fatalf("engine stopped: %v", err)
		case <-deadline:
			t.Fatal("condition not met within 20s")
		case <-time.After(2 * time.Millisecond):
		}
	}
}

// TestRetentionGapHaltsAndNeverSkips: when the broker deleted input the group had not decided,
// the partition halts and reports it; nothing after the gap is ever settled (kafka-go would
// otherwise move on to the first offset still held, silently).
func TestRetentionGapHaltsAndNeverSkips(t *testing.T) {
	r := newRig(t, 1)
	r.add(3, 1)
	r.runUntil(t, r.engine(t), 1) // offsets 0-2 decided and committed
	settled := len(r.settler.Batches())
	r.add(5, 1)      // offsets 3-7
	r.log.Trim(0, 5) // retention deletes 3 and 4 before they are decided

	e := r.engine(t, adjudicator.WithMaxRetryBackoff(5*time.Millisecond))
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- e.Run(ctx) }()
	waitFor(t, done, func() bool {
		err := e.Ready()
		return err != nil && strings.Contains(err.Error(), "halted")
	})
	time.Sleep(50 * time.Millisecond)
	if got := len(r.settler.Batches()); got != settled {
		t.Fatalf("%d batches settled after the gap, want none beyond the %d before it", got-settled, settled)
	}
	if c := r.log.Committed(0); c != 3 {
		t.Fatalf("committed offset moved to %d past the gap, want 3", c)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("Run after cancel: %v", err)
	}
}

// TestReorgBeforeConfirmationSettlesAgain: a settlement dropped by a reorganization before its
// confirmation depth is settled again; nothing was published or committed for it meanwhile, and
// every claim ends up paid exactly once.
func TestReorgBeforeConfirmationSettlesAgain(t *testing.T) {
	r := newRig(t, 1)
	want := r.add(10, 1)
	var reorged atomic.Bool
	r.settler.Confirmed = func(rc adjudicator.Receipt) error {
		if reorged.CompareAndSwap(false, true) {
			if n := len(r.pub.Decisions); n != 0 {
				t.Errorf("%d decisions published before the settlement was confirmed", n)
			}
			r.settler.Drop(r.settler.BatchOf(rc))
			return fmt.Errorf("block gone: %w", adjudicator.ErrReorged)
		}
		return nil
	}
	r.runUntil(t, r.engine(t, adjudicator.WithConfirmations(3)), 1)
	if !reorged.Load() {
		t.Fatal("no settlement was ever confirmed")
	}
	r.assertExactlyOnce(t, 1, want)
}

// TestReplayWaitsForConfirmation: a process that dies between settling and confirming leaves a
// batch on chain that the next one replays. The replay waits for the same confirmation depth
// before it publishes, and a batch a reorganization dropped meanwhile is settled again, once.
func TestReplayWaitsForConfirmation(t *testing.T) {
	r := newRig(t, 1)
	want := r.add(10, 1)
	ctx, cancel := context.WithCancel(context.Background())
	settledOnce := make(chan struct{})
	var once sync.Once
	r.settler.AfterSettle = func(adjudicator.Batch) error {
		once.Do(func() { close(settledOnce) })
		<-ctx.Done() // the process dies before it learns the receipt
		return errors.New("process killed")
	}
	e1 := r.engine(t, adjudicator.WithDrainTimeout(50*time.Millisecond))
	done := make(chan error, 1)
	go func() { done <- e1.Run(ctx) }()
	<-settledOnce
	cancel()
	<-done
	r.settler.AfterSettle = nil
	if n := len(r.pub.Decisions); n != 0 {
		t.Fatalf("setup: %d decisions published by the first life", n)
	}

	var first atomic.Pointer[adjudicator.Receipt]
	r.settler.Confirmed = func(rc adjudicator.Receipt) error {
		if !first.CompareAndSwap(nil, &rc) {
			return nil
		}
		if n := len(r.pub.Decisions); n != 0 {
			t.Errorf("%d decisions published before the replayed settlement was confirmed", n)
		}
		b := r.settler.BatchOf(rc)
		if b.To == 0 {
			t.Error("the replay confirmed a receipt the chain never gave for its batch")
		}
		r.settler.Drop(b)
		return fmt.Errorf("block gone: %w", adjudicator.ErrReorged)
	}
	r.runUntil(t, r.engine(t, adjudicator.WithConfirmations(3)), 1)
	if first.Load() == nil {
		t.Fatal("the replayed batch was published without being confirmed")
	}
	r.assertExactlyOnce(t, 1, want)
	var replayed int
	for _, rep := range r.reports {
		if rep.Replayed {
			replayed++
		}
	}
	if replayed != 0 {
		t.Fatalf("%d batches reported replayed; the dropped one must be settled again instead", replayed)
	}
}
