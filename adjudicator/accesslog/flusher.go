package accesslog

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/chain"
)

// Ledger is where the flusher writes looks: the AccessLog contract (chain.AccessLog).
type Ledger interface {
	// NextOffset is the first offset of the access topic's partition not recorded on chain.
	NextOffset(ctx context.Context, partition int32) (int64, error)
	// RecordAccess records the looks read at [from, to) of partition; an error wrapping
	// adjudicator.ErrBatchConflict means the range does not start at the chain's watermark.
	RecordAccess(ctx context.Context, partition int32, from, to int64, looks []chain.LoggedAccess) (adjudicator.Receipt, error)
}

var _ Ledger = (*chain.AccessLog)(nil)

// Defaults of the flusher's options.
const (
	// DefaultInterval is how long looks accumulate before they are written: 10 s keeps the
	// trail close to real time for one transaction per partition per interval.
	DefaultInterval = 10 * time.Second
	// DefaultMaxPerTx bounds the looks of one recordAccess transaction. A look is 192 bytes of
	// calldata, and nodes' pools refuse transactions over 128 KiB (geth's txMaxSize), which
	// 500 looks (96 KB) stay well under; at ~5k gas a look they also stay far under the 16.7M
	// per-transaction gas cap (EIP-7825). A partition that gathered more in one interval sends
	// several transactions.
	DefaultMaxPerTx = 500
	// DefaultDrainTimeout is how long a flusher losing a partition (shutdown, rebalance) tries
	// to write what it has read; the next owner records the rest from the chain's watermark.
	DefaultDrainTimeout = 10 * time.Second
)

// Option configures a Flusher.
type Option func(*Flusher)

// WithInterval sets how long looks accumulate before a partition's are written. Default 10s.
func WithInterval(d time.Duration) Option { return func(f *Flusher) { f.interval = d } }

// WithMaxPerTx bounds the looks one transaction records. Default 500.
func WithMaxPerTx(n int) Option { return func(f *Flusher) { f.maxPerTx = n } }

// WithDrainTimeout sets how long a partition's owner, on losing it, tries to write what it has
// read. Default 10s; 0 writes nothing then (as if killed), which is always safe: the next owner
// reads it again from the chain's watermark.
func WithDrainTimeout(d time.Duration) Option { return func(f *Flusher) { f.drain = d } }

// WithLogger sets the logger. Default slog.Default().
func WithLogger(l *slog.Logger) Option { return func(f *Flusher) { f.log = l } }

// WithRegisterer registers the flusher's metrics (claims_access_*). Default: none.
func WithRegisterer(r prometheus.Registerer) Option { return func(f *Flusher) { f.reg = r } }

// Flusher moves looks from the access topic to the AccessLog contract: for each partition the
// source assigns it, it reads from the chain's watermark and, every interval, records what it
// read in one transaction. It never trusts a Kafka offset for where to resume: a flusher killed
// after its transaction was mined and before anything else resumes past it, one killed before
// resumes before it, and of two flushers racing for a range the contract takes one.
//
// A message that does not decode as a look (it can only be ours, garbled) is skipped with a
// warning naming its partition and offset and counted (claims_access_skipped_total); its offset
// is still covered by the batch, so the watermark moves past it. There is no dead-letter topic
// for it: it holds nothing to replay.
type Flusher struct {
	src      adjudicator.Intake
	ledger   Ledger
	interval time.Duration
	maxPerTx int
	drain    time.Duration
	log      *slog.Logger
	reg      prometheus.Registerer

	unrecorded atomic.Int64
	m          flusherMetrics
}

type flusherMetrics struct {
	recorded, batches, skipped, failures, conflicts, gas prometheus.Counter
}

// NewFlusher reads looks from src (an intake.Consumer on the access topic, in its own consumer
// group) and records them in ledger.
func NewFlusher(src adjudicator.Intake, ledger Ledger, opts ...Option) (*Flusher, error) {
	f := &Flusher{src: src, ledger: ledger, interval: DefaultInterval, maxPerTx: DefaultMaxPerTx, drain: DefaultDrainTimeout, log: slog.Default()}
	for _, o := range opts {
		o(f)
	}
	switch {
	case src == nil:
		return nil, errors.New("accesslog: flusher needs a source of access topic partitions")
	case ledger == nil:
		return nil, errors.New("accesslog: flusher needs the AccessLog to write to")
	case f.interval <= 0:
		return nil, fmt.Errorf("accesslog: flush interval %s, want positive", f.interval)
	case f.maxPerTx < 1:
		return nil, fmt.Errorf("accesslog: %d looks per transaction, want at least 1", f.maxPerTx)
	case f.drain < 0:
		return nil, fmt.Errorf("accesslog: drain timeout %s, want 0 or more", f.drain)
	case f.log == nil:
		return nil, errors.New("accesslog: nil logger")
	}
	counter := func(name, help string) prometheus.Counter {
		return prometheus.NewCounter(prometheus.CounterOpts{Name: name, Help: help})
	}
	f.m = flusherMetrics{
		recorded:  counter("claims_access_recorded_total", "Looks at claims recorded in the AccessLog contract."),
		batches:   counter("claims_access_batches_total", "recordAccess transactions mined."),
		skipped:   counter("claims_access_skipped_total", "Messages on the access topic that were not looks (skipped, with a warning)."),
		failures:  counter("claims_access_flush_failures_total", "Writes to the AccessLog that failed and are retried next interval."),
		conflicts: counter("claims_access_conflicts_total", "Batches another recorder had recorded already (OffsetMismatch): resynced from the chain."),
		gas:       counter("claims_access_gas_total", "Gas used by recordAccess transactions."),
	}
	if f.reg != nil {
		for _, c := range []prometheus.Collector{f.m.recorded, f.m.batches, f.m.skipped, f.m.failures, f.m.conflicts, f.m.gas,
			prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "claims_access_unrecorded",
				Help: "Looks read from the access topic and not yet recorded on chain, over this instance's partitions."},
				func() float64 { return float64(f.unrecorded.Load()) })} {
			if err := f.reg.Register(c); err != nil {
				return nil, fmt.Errorf("accesslog: register metrics: %w", err)
			}
		}
	}
	return f, nil
}

// Run flushes until ctx ends; it returns nil then, or the source's error.
func (f *Flusher) Run(ctx context.Context) error {
	return f.src.Consume(ctx, f.own)
}

// errResync ends a partition's run when the chain's watermark is not where the flusher thought.
var errResync = errors.New("accesslog: resync from the chain's watermark")

// own runs one partition until its context ends.
func (f *Flusher) own(ctx context.Context, p adjudicator.Partition) error {
	for {
		next, err := f.watermark(ctx, p)
		if err != nil {
			return nil // ctx ended
		}
		if err := p.SetOffset(next); err != nil {
			return err
		}
		err = f.run(ctx, p, next)
		if !errors.Is(err, errResync) {
			return err
		}
	}
}

// watermark reads the chain's next offset for p, retrying (with a capped backoff) until it
// answers or ctx ends.
func (f *Flusher) watermark(ctx context.Context, p adjudicator.Partition) (int64, error) {
	wait := 100 * time.Millisecond
	for attempt := 1; ; attempt++ {
		next, err := f.ledger.NextOffset(ctx, p.ID())
		if err == nil {
			return next, nil
		}
		if ctx.Err() != nil {
			return 0, ctx.Err()
		}
		f.log.Warn("reading the access log's watermark failed; retrying", "partition", p.ID(), "attempt", attempt, "err", err)
		if err := sleep(ctx, wait); err != nil {
			return 0, err
		}
		wait = min(2*wait, f.interval)
	}
}

// run reads p from offset next on, writing what it read every interval (and whenever maxPerTx
// looks are waiting).
func (f *Flusher) run(ctx context.Context, p adjudicator.Partition, next int64) error {
	b := &batch{from: next, to: next}
	defer func() { f.unrecorded.Add(-int64(len(b.looks))) }()
	tick := time.Now().Add(f.interval)
	for {
		if len(b.looks) < f.maxPerTx {
			fctx, cancel := context.WithDeadline(ctx, tick)
			m, err := p.Fetch(fctx)
			cancel()
			switch {
			case err == nil:
				f.add(b, m)
				continue
			case ctx.Err() != nil:
				f.drainOut(ctx, p, b)
				return nil
			case !errors.Is(err, context.DeadlineExceeded):
				// The broker: the reader reconnects by itself; try again after the interval.
				f.log.Warn("reading the access topic failed; retrying", "partition", p.ID(), "offset", b.to, "err", err)
				if err := sleep(ctx, time.Until(tick)); err != nil {
					f.drainOut(ctx, p, b)
					return nil
				}
			}
		}
		if b.to > b.from {
			if err := f.flush(ctx, p, b); err != nil {
				if errors.Is(err, errResync) || ctx.Err() != nil {
					return err
				}
				f.m.failures.Inc()
				f.log.Warn("recording looks on chain failed; retrying next interval", "partition", p.ID(), "from", b.from, "to", b.to,
					"looks", len(b.looks), "err", err)
				if err := sleep(ctx, f.interval); err != nil {
					return nil
				}
			}
		}
		tick = time.Now().Add(f.interval)
	}
}

// batch is what a partition's owner has read and not recorded yet: offsets [from, to) and the
// looks among them, in offset order.
type batch struct {
	from, to int64
	looks    []chain.LoggedAccess
}

func (f *Flusher) add(b *batch, m adjudicator.Message) {
	if m.Offset < b.to {
		return // read already (a reader that went back)
	}
	b.to = m.Offset + 1
	a, err := Decode(m.Value)
	if err != nil {
		f.m.skipped.Inc()
		f.log.Warn("skipping a message on the access topic that is not a look", "partition", m.Partition, "offset", m.Offset, "err", err)
		return
	}
	b.looks = append(b.looks, chain.LoggedAccess{Access: a, Offset: m.Offset})
	f.unrecorded.Add(1)
}

// flush records b in transactions of at most maxPerTx looks, moving b past what each recorded.
// On error, b keeps what is left; errResync when the chain's watermark is elsewhere.
func (f *Flusher) flush(ctx context.Context, p adjudicator.Partition, b *batch) error {
	for b.to > b.from {
		n := min(len(b.looks), f.maxPerTx)
		end := b.to
		if n < len(b.looks) {
			end = b.looks[n].Offset // the chunk's range stops short of the next chunk's first look
		}
		rcpt, err := f.ledger.RecordAccess(ctx, p.ID(), b.from, end, b.looks[:n])
		if errors.Is(err, adjudicator.ErrBatchConflict) {
			f.m.conflicts.Inc()
			f.log.Info("another recorder recorded these looks already; resyncing from the chain", "partition", p.ID(), "from", b.from, "to", end)
			return errResync
		}
		if err != nil {
			return err
		}
		f.log.Info("looks recorded", "partition", p.ID(), "from", b.from, "to", end, "looks", n, "gas", rcpt.GasUsed, "tx", fmt.Sprintf("%#x", rcpt.TxHash))
		f.m.recorded.Add(float64(n))
		f.m.batches.Inc()
		f.m.gas.Add(float64(rcpt.GasUsed))
		f.unrecorded.Add(-int64(n))
		b.from, b.looks = end, b.looks[n:]
		// The group's offset only shows progress (lag tools read it); the chain decides where a
		// flusher resumes, so a failed commit loses nothing.
		if err := p.Commit(ctx, end); err != nil && ctx.Err() == nil {
			f.log.Debug("committing the access topic offset failed", "partition", p.ID(), "offset", end, "err", err)
		}
	}
	return nil
}

// drainOut tries, within the drain timeout, to record what p's owner read before it lost p.
func (f *Flusher) drainOut(ctx context.Context, p adjudicator.Partition, b *batch) {
	if f.drain == 0 || b.to == b.from {
		return
	}
	dctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), f.drain)
	defer cancel()
	if err := f.flush(dctx, p, b); err != nil {
		f.log.Info("looks read but not recorded at shutdown; the partition's next owner records them", "partition", p.ID(),
			"from", b.from, "to", b.to, "err", err)
	}
}

func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
