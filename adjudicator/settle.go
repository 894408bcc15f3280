package adjudicator

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// settle decides, settles, publishes and commits one new batch.
func (e *Engine) settle(ctx context.Context, p Partition, msgs []Message) error {
	w, err := e.retry(ctx, "adjudicate batch", func() (*work, error) {
		// Inside the retry: a store that drops a distrusted entry while the batch is
		// decided resets its watermark, and the next attempt rebuilds it first.
		if err := e.ensureHistory(ctx, p.ID(), msgs[0].Offset); err != nil {
			return nil, backoffStop{err}
		}
		return e.decideAll(ctx, msgs)
	})
	if err != nil {
		return err
	}
	if k := w.splitAt(e.maxNewSlots); k < len(msgs) {
		if err := e.settle(ctx, p, msgs[:k]); err != nil {
			return err
		}
		return e.settle(ctx, p, msgs[k:])
	}
	e.stage(StageDecided, w.ref)
	start := time.Now()
	var rcpt Receipt
	err = e.retryDo(ctx, "settle batch", func() error {
		var err error
		rcpt, err = e.settler.Settle(ctx, w.batch)
		// A conflict resyncs and a batch too large is split, at once; a single claim too large
		// for the chain (over the per-batch cap) cannot be split, so it halts the partition
		// like any refusal until the cap is raised.
		if errors.Is(err, ErrBatchConflict) || (errors.Is(err, ErrBatchTooLarge) && len(msgs) > 1) {
			return backoffStop{err}
		}
		return err
	})
	if errors.Is(err, ErrBatchTooLarge) && len(msgs) > 1 {
		e.log.Info("batch too large for one transaction; splitting", "partition", w.ref.Partition, "from", w.ref.From, "to", w.ref.To)
		h := len(msgs) / 2
		if err := e.settle(ctx, p, msgs[:h]); err != nil {
			return err
		}
		return e.settle(ctx, p, msgs[h:])
	}
	if errors.Is(err, ErrBatchConflict) {
		e.m.conflicts.Inc()
		e.log.Warn("batch range already settled elsewhere; resyncing", "partition", w.ref.Partition, "from", w.ref.From, "to", w.ref.To)
		return errResync
	}
	if err != nil {
		return fmt.Errorf("partition %d: settle [%d,%d): %w", w.ref.Partition, w.ref.From, w.ref.To, err)
	}
	if err := e.confirm(ctx, w.ref, rcpt); err != nil {
		return err
	}
	e.m.settleSeconds.Observe(time.Since(start).Seconds())
	e.m.batches.Inc()
	e.m.gas.Add(float64(rcpt.GasUsed))
	e.stage(StageSettled, w.ref)
	if err := e.finish(ctx, p, w, true); err != nil {
		return err
	}
	e.done(w, rcpt, false, true)
	return nil
}

// replay republishes a batch the chain already settled. It never settles:
// the money moved already.
func (e *Engine) replay(ctx context.Context, p Partition, msgs []Message, sb SettledBatch) error {
	w, err := e.retry(ctx, "adjudicate settled batch", func() (*work, error) {
		if err := e.ensureHistory(ctx, p.ID(), msgs[0].Offset); err != nil {
			return nil, backoffStop{err}
		}
		return e.decideAll(ctx, msgs)
	})
	if err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return err
	}
	// A crash can come between settling and confirming: the replay waits as the settlement would
	// have, and a batch a reorganization dropped meanwhile is settled again.
	if err := e.confirm(ctx, w.ref, sb.Receipt); err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return err
	}
	matched := w.batch.Root == sb.Root
	e.m.replayed.Inc()
	if !matched {
		e.m.replayMismatch.Inc()
		e.log.Error("replayed batch does not reproduce the settled Merkle root; publishing the recomputed decisions, audit will flag them",
			"partition", w.ref.Partition, "from", w.ref.From, "to", w.ref.To)
	}
	if err := e.finish(ctx, p, w, false); err != nil {
		return err
	}
	e.done(w, sb.Receipt, true, matched)
	return nil
}

// finish publishes and commits: only after the chain has the batch, as the
// Loki ingester commits only after its flush succeeded.
func (e *Engine) finish(ctx context.Context, p Partition, w *work, fresh bool) error {
	if len(w.dead) > 0 {
		if err := e.retryDo(ctx, "publish dead letters", func() error { return e.publisher.PublishDeadLetters(ctx, w.dead) }); err != nil {
			return fmt.Errorf("partition %d: %w", w.ref.Partition, err)
		}
		e.m.deadLetters.Add(float64(len(w.dead)))
		for _, d := range w.dead {
			e.log.Warn("claim dead-lettered", "partition", d.Source.Partition, "offset", d.Source.Offset, "reason", d.Reason)
		}
	}
	if e.history != nil {
		for member, entries := range w.history {
			if err := e.retryDo(ctx, "record member history", func() error { return e.history.Put(ctx, member, entries) }); err != nil {
				return fmt.Errorf("partition %d: %w", w.ref.Partition, err)
			}
		}
		// Only once every entry of the batch is in: the watermark vouches for them.
		if err := e.retryDo(ctx, "record member history watermark", func() error {
			return e.history.SetRecorded(ctx, w.ref.Partition, w.ref.To)
		}); err != nil {
			return fmt.Errorf("partition %d: %w", w.ref.Partition, err)
		}
	}
	if e.tallies != nil {
		if err := e.retryDo(ctx, "record provider tallies", func() error {
			if err := e.tallies.Put(ctx, w.tallies); err != nil {
				return err
			}
			return e.tallies.SetRecorded(ctx, w.ref.Partition, w.ref.To)
		}); err != nil {
			return fmt.Errorf("partition %d: %w", w.ref.Partition, err)
		}
	}
	if len(w.published) > 0 {
		if err := e.retryDo(ctx, "publish decisions", func() error { return e.publisher.PublishDecisions(ctx, w.published) }); err != nil {
			return fmt.Errorf("partition %d: %w", w.ref.Partition, err)
		}
	}
	if fresh {
		e.stage(StagePublished, w.ref)
	}
	if err := p.Commit(ctx, w.ref.To); err != nil {
		// Settled and published: the next owner replays from the chain.
		e.log.Warn("offset commit failed; the next owner of the partition will republish from the chain",
			"partition", w.ref.Partition, "offset", w.ref.To, "err", err)
	}
	for o, n := range w.outcomes {
		e.m.decisions.WithLabelValues(string(o)).Add(float64(n))
	}
	if fresh {
		e.stage(StageCommitted, w.ref)
	}
	return nil
}

// done reports a batch settled (or replayed), published and committed: one info line, the
// partition's progress, then the observer, so that an observer which has seen every claim has
// also seen the "caught up" line that came with the last one.
//
// The line carries counts, sums and the transaction only: claim ids, member ids, NPIs and codes
// are health data, and logs are read by people and systems that may not see it.
func (e *Engine) done(w *work, rcpt Receipt, replayed, matched bool) {
	e.log.Info("batch settled", "partition", w.ref.Partition, "from", w.ref.From, "to", w.ref.To,
		"claims", len(w.published), "dead_letters", len(w.dead),
		"approved", w.outcomes[Approve], "partial", w.outcomes[Partial], "denied", w.outcomes[Deny], "pended", w.outcomes[Pend],
		// A replay pays nothing: its gas and transaction are the original settlement's.
		"paid_cents", w.paid, "gas", rcpt.GasUsed, "tx", fmt.Sprintf("%#x", rcpt.TxHash), "replay", replayed)
	e.positioned(w.ref.Partition, w.ref.To)
	if len(e.observe) == 0 {
		return
	}
	gas := rcpt.GasUsed
	if replayed {
		gas = 0 // this instance spent none
	}
	r := BatchReport{
		Batch: w.ref, Claims: len(w.published), DeadLetters: len(w.dead), Outcomes: w.outcomes,
		PaidCents: w.paid, GasUsed: gas, Replayed: replayed, RootMatched: matched, Decisions: w.decisions,
		Published: w.published, Inputs: w.claims, Plans: w.plans, Receipt: rcpt,
	}
	for _, f := range e.observe {
		f(r)
	}
}

// confirm waits, when a confirmation depth is set, until the settlement rcpt is that deep. A
// settlement a reorganization dropped comes back as errResync: nothing was published or
// committed for it, so the range is settled again from the chain's rolled-back watermark.
func (e *Engine) confirm(ctx context.Context, ref BatchRef, rcpt Receipt) error {
	if e.confirmations == 0 {
		return nil
	}
	err := e.retryDo(ctx, "confirm settlement", func() error {
		err := e.settler.Confirm(ctx, rcpt, e.confirmations)
		if errors.Is(err, ErrReorged) {
			return backoffStop{err}
		}
		return err
	})
	if errors.Is(err, ErrReorged) {
		e.m.reorgs.Inc()
		e.log.Warn("settlement dropped by a reorganization; settling the range again", "partition", ref.Partition,
			"from", ref.From, "to", ref.To, "block", rcpt.Block)
		return errResync
	}
	if err != nil {
		return fmt.Errorf("partition %d: confirm [%d,%d): %w", ref.Partition, ref.From, ref.To, err)
	}
	return nil
}
