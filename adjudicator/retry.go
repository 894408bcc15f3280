package adjudicator

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
	"sync"
	"time"
)

// ErrRefused is wrapped by a settler's error when the chain refused a batch for a reason that
// holds until someone acts: a key without its role, a payout cap, an empty escrow, a pause. The
// engine halts the partition, raises an alert metric and keeps retrying with backoff, so the
// partition resumes by itself once the cause is fixed (escrow refilled, pause lifted).
var ErrRefused = errors.New("settlement refused by the chain")

// backoffStop wraps an error that must not be retried.
type backoffStop struct{ error }

func (b backoffStop) Unwrap() error { return b.error }

type partitionKey struct{}

// withPartition tags ctx with the input partition its work belongs to, for retry's health
// tracking.
func withPartition(ctx context.Context, p int32) context.Context {
	return context.WithValue(ctx, partitionKey{}, p)
}

func partitionOf(ctx context.Context) (int32, bool) {
	p, ok := ctx.Value(partitionKey{}).(int32)
	return p, ok
}

func (e *Engine) retryDo(ctx context.Context, what string, f func() error) error {
	_, err := e.retry(ctx, what, func() (*work, error) { return nil, f() })
	return err
}

// retry runs f until it succeeds, returns a backoffStop, or ctx ends, waiting between attempts
// with exponential backoff from WithRetryBackoff up to WithMaxRetryBackoff (with jitter, so
// instances do not retry in step). Infrastructure outages of any length (RPC, broker, Redis) are
// waited out rather than turned into exits or lost claims; a refusal by the chain (ErrRefused)
// halts the partition the same way, logged as an error. While a partition waits, the engine is
// not ready (Ready) and the waiting and refused gauges say so.
func (e *Engine) retry(ctx context.Context, what string, f func() (*work, error)) (*work, error) {
	part, tagged := partitionOf(ctx)
	wait := e.retryBackoff
	for attempt := 1; ; attempt++ {
		w, err := f()
		if err == nil {
			if attempt > 1 && tagged {
				e.healthy(part, what, attempt)
			}
			return w, nil
		}
		var stop backoffStop
		if errors.As(err, &stop) {
			return nil, stop.error
		}
		if ctx.Err() != nil {
			return nil, fmt.Errorf("%s: %w (gave up: %v)", what, err, ctx.Err())
		}
		refused := errors.Is(err, ErrRefused) || errors.Is(err, ErrBatchTooLarge) || errors.Is(err, ErrOffsetsLost)
		if tagged {
			e.unhealthy(part, what, refused)
		}
		e.m.retries.WithLabelValues(what).Inc()
		// The first failure and then every tenth: an outage of hours must not flood the log.
		if attempt == 1 || attempt%10 == 0 {
			args := []any{"what", what, "attempt", attempt, "next_in", wait.Round(time.Millisecond), "err", err}
			if tagged {
				args = append(args, "partition", part)
			}
			if refused {
				e.log.Error("the partition is halted until the cause is fixed (retrying)", args...)
			} else {
				e.log.Warn("waiting out a failure", args...)
			}
		}
		jittered := time.Duration(float64(wait) * (0.8 + 0.4*rand.Float64()))
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("%s: %w (gave up: %v)", what, err, ctx.Err())
		case <-time.After(jittered):
		}
		wait = min(2*wait, e.maxRetryBackoff)
	}
}

// health tracks which partitions are waiting something out, for Ready and the gauges.
type health struct {
	mu      sync.Mutex
	waiting map[int32]string // partition → what it waits for
	refused map[int32]bool
}

func (e *Engine) unhealthy(p int32, what string, refused bool) {
	e.health.mu.Lock()
	defer e.health.mu.Unlock()
	if e.health.waiting == nil {
		e.health.waiting, e.health.refused = map[int32]string{}, map[int32]bool{}
	}
	e.health.waiting[p] = what
	e.health.refused[p] = refused
	label := fmt.Sprint(p)
	e.m.waiting.WithLabelValues(label).Set(1)
	if refused {
		e.m.refused.WithLabelValues(label).Set(1)
	}
}

func (e *Engine) healthy(p int32, what string, attempts int) {
	e.health.mu.Lock()
	defer e.health.mu.Unlock()
	if _, ok := e.health.waiting[p]; !ok {
		return
	}
	delete(e.health.waiting, p)
	delete(e.health.refused, p)
	label := fmt.Sprint(p)
	e.m.waiting.WithLabelValues(label).Set(0)
	e.m.refused.WithLabelValues(label).Set(0)
	e.log.Info("recovered", "what", what, "partition", p, "attempts", attempts)
}

// Ready reports nil when no partition is waiting out a failure or halted by a refusal, and
// otherwise which partitions wait for what: `claims serve` answers /readyz with it.
func (e *Engine) Ready() error {
	var parts []string
	// A settler that rides out an outage inside one call (a transaction's receipt polls) says so
	// here, since no retry of the engine's sees it yet.
	if h, ok := e.settler.(interface{ Health() error }); ok {
		if err := h.Health(); err != nil {
			parts = append(parts, err.Error())
		}
	}
	e.health.mu.Lock()
	defer e.health.mu.Unlock()
	if len(e.health.waiting) == 0 && len(parts) == 0 {
		return nil
	}
	for p, what := range e.health.waiting {
		state := "waiting out a failure to " + what
		if e.health.refused[p] {
			state = "halted: " + what
		}
		parts = append(parts, fmt.Sprintf("partition %d %s", p, state))
	}
	sort.Strings(parts)
	return errors.New(strings.Join(parts, "; "))
}
