package adjudicator

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/claimsledger/claims/adjudicator/merkle"
	"github.com/claimsledger/claims/adjudicator/privacy"
	"github.com/prometheus/client_golang/prometheus"
)

// EmptyRoot is the root of a batch in which every message was dead-lettered:
// the watermark must still move past them, and a zero root would read as
// "no batch" on chain.
var EmptyRoot = merkle.Keccak256([]byte("claims/empty-batch/v1"))

// BatchReport describes one batch the engine finished, for progress
// displays and tests.
type BatchReport struct {
	Batch       BatchRef
	Claims      int
	DeadLetters int
	Outcomes    map[Outcome]int
	PaidCents   int64
	GasUsed     uint64
	Replayed    bool // settled earlier; decisions republished after a crash
	RootMatched bool // for Replayed: the recomputed root equals the chain's
	Decisions   []Decision
	// Published are the decision records as published, Published[i] for Decisions[i]; Inputs[i]
	// is the claim decided, Plans[i] the plan that covered it ("" when none did).
	Published []Published
	Inputs    []Claim
	Plans     []string
	// Receipt is the settlement's (for a replay, the original settlement's).
	Receipt Receipt
}

// Engine adjudicates claims from an Intake and settles them in batches.
type Engine struct {
	intake    Intake
	elig      EligibilityStore
	rules     Rules
	settler   Settler
	publisher Publisher
	keyer     *privacy.Keyer

	sealer       *privacy.Sealer
	domain       Domain // read from the settler when Run starts
	batchSize    int
	linger       time.Duration
	drainTimeout time.Duration
	retryBackoff time.Duration
	// maxRetryBackoff caps the exponential backoff between retries.
	maxRetryBackoff time.Duration
	health          health
	log             *slog.Logger
	reg             prometheus.Registerer
	observe         []func(BatchReport)
	hook            func(Stage, BatchRef)
	maxNewSlots     int
	confirmations   uint64
	history         HistoryStore
	historyLog      HistoryLog
	tallies         TallyStore
	m               *metrics
	progress        progress
}

// New validates its dependencies and returns an Engine.
func New(intake Intake, elig EligibilityStore, rules Rules, settler Settler, pub Publisher, keyer *privacy.Keyer, opts ...Option) (*Engine, error) {
	e := &Engine{
		intake: intake, elig: elig, rules: rules, settler: settler, publisher: pub, keyer: keyer,
		batchSize: 500, linger: 250 * time.Millisecond, drainTimeout: 60 * time.Second,
		retryBackoff: time.Second, maxRetryBackoff: 30 * time.Second, log: slog.Default(), maxNewSlots: 120,
	}
	for _, o := range opts {
		o(e)
	}
	switch {
	case intake == nil:
		return nil, errors.New("adjudicator: nil Intake")
	case elig == nil:
		return nil, errors.New("adjudicator: nil EligibilityStore")
	case rules == nil:
		return nil, errors.New("adjudicator: nil Rules")
	case settler == nil:
		return nil, errors.New("adjudicator: nil Settler")
	case pub == nil:
		return nil, errors.New("adjudicator: nil Publisher")
	case keyer == nil:
		return nil, errors.New("adjudicator: nil Keyer")
	case e.batchSize < 1:
		return nil, fmt.Errorf("adjudicator: batch size %d, want >= 1", e.batchSize)
	case e.linger <= 0:
		return nil, fmt.Errorf("adjudicator: linger %s, want > 0", e.linger)
	case e.drainTimeout <= 0:
		return nil, fmt.Errorf("adjudicator: drain timeout %s, want > 0", e.drainTimeout)
	case e.retryBackoff <= 0 || e.maxRetryBackoff < e.retryBackoff:
		return nil, fmt.Errorf("adjudicator: retry backoff %s up to %s, want 0 < first <= max", e.retryBackoff, e.maxRetryBackoff)
	case e.log == nil:
		return nil, errors.New("adjudicator: nil logger")
	case e.tallies != nil && e.history == nil:
		return nil, errors.New("adjudicator: provider tallies need a history store: they derive from its entries")
	case e.maxNewSlots < 1:
		return nil, fmt.Errorf("adjudicator: max new slots %d, want >= 1", e.maxNewSlots)
	}
	m, err := newMetrics(e.reg)
	if err != nil {
		return nil, err
	}
	e.m = m
	return e, nil
}

// Run consumes until ctx ends, then drains the batches in flight.
func (e *Engine) Run(ctx context.Context) error {
	err := e.retryDo(ctx, "read settlement domain", func() error {
		d, err := e.settler.Domain(ctx)
		e.domain = d
		return err
	})
	if err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return err
	}
	return e.intake.Consume(ctx, e.ownPartition)
}

// errResync asks ownPartition to re-read the chain watermark and start over.
var errResync = errors.New("partition must resync with the chain")

func (e *Engine) ownPartition(ctx context.Context, p Partition) error {
	ctx = withPartition(ctx, p.ID())
	defer e.ownProgress(p)()
	for {
		err := e.session(ctx, p)
		if !errors.Is(err, errResync) {
			return err
		}
		if ctx.Err() != nil {
			return nil
		}
		e.log.Info("resyncing partition with chain watermark", "partition", p.ID())
	}
}

// session replays what the chain settled beyond the group's committed
// offset, then adjudicates new batches until ctx ends.
func (e *Engine) session(ctx context.Context, p Partition) error {
	id := p.ID()
	var next int64
	err := e.retryDo(ctx, "read chain watermark", func() error {
		var err error
		next, err = e.settler.NextOffset(ctx, id)
		return err
	})
	if err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return fmt.Errorf("partition %d: read chain watermark: %w", id, err)
	}
	pos := max(p.Committed(), 0)
	if pos > next {
		// The chain is the record of what was paid; offsets past it were
		// never settled (a fresh contract, say), so they are decided again.
		e.log.Warn("group offset is past the chain watermark; following the chain",
			"partition", id, "committed", pos, "watermark", next)
		pos = next
	}
	if err := p.SetOffset(pos); err != nil {
		return fmt.Errorf("partition %d: seek to %d: %w", id, pos, err)
	}
	e.positioned(id, pos)
	// want is the next offset this session must see: the broker may have deleted what the
	// group has not decided (retention), and kafka-go would then move on silently.
	want := pos
	if err := e.checkRetained(ctx, p, want); err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return err
	}
	// Fetched messages carry the high watermark from here on; an idle partition has none to
	// fetch, and would never count as caught up without this one read.
	var high int64
	err = e.retryDo(ctx, "read the partition's high watermark", func() error {
		var err error
		high, err = p.HighWaterMark(ctx)
		return err
	})
	if err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return fmt.Errorf("partition %d: read high watermark: %w", id, err)
	}
	e.log.Info("partition assigned", "partition", id, "from", pos, "watermark", next, "high_watermark", high)
	e.sawHighWater(id, high)
	for pos < next {
		var sb SettledBatch
		var ok bool
		err := e.retryDo(ctx, "read settled batch", func() error {
			var err error
			sb, ok, err = e.settler.SettledBatch(ctx, id, pos)
			return err
		})
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return fmt.Errorf("partition %d: read settled batch at %d: %w", id, pos, err)
		}
		if !ok {
			e.log.Error("no settled batch starts at the group offset; skipping to the chain watermark without republishing",
				"partition", id, "offset", pos, "watermark", next)
			if err := p.SetOffset(next); err != nil {
				return fmt.Errorf("partition %d: seek to %d: %w", id, next, err)
			}
			e.positioned(id, next)
			want = next
			break
		}
		msgs, err := e.fetchRange(ctx, p, &want, sb.To)
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return fmt.Errorf("partition %d: read settled range [%d,%d): %w", id, pos, sb.To, err)
		}
		if err := e.replay(ctx, p, msgs, sb); err != nil {
			return err
		}
		pos = sb.To
	}
	for {
		msgs, err := e.collect(ctx, p, &want)
		if err != nil {
			return fmt.Errorf("partition %d: fetch: %w", id, err)
		}
		if len(msgs) > 0 {
			// The batch in flight is finished even when ctx has ended, so a
			// clean shutdown leaves nothing half done; the drain timeout
			// bounds only that finishing, never a batch waiting out an
			// outage while the engine runs.
			dctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
			stopDrain := context.AfterFunc(ctx, func() { time.AfterFunc(e.drainTimeout, cancel) })
			err = e.settle(dctx, p, msgs)
			stopDrain()
			cancel()
			if err != nil {
				return err
			}
		}
		if ctx.Err() != nil {
			return nil
		}
	}
}

// fetchRange reads messages up to and including offset to-1.
func (e *Engine) fetchRange(ctx context.Context, p Partition, want *int64, to int64) ([]Message, error) {
	var msgs []Message
	for {
		m, err := p.Fetch(ctx)
		if err != nil {
			return nil, err
		}
		e.fetched(m)
		if err := e.contiguous(ctx, p, want, m.Offset); err != nil {
			return nil, err
		}
		if m.Offset >= to {
			return nil, fmt.Errorf("offset %d is past the batch end %d", m.Offset, to)
		}
		msgs = append(msgs, m)
		if m.Offset == to-1 {
			return msgs, nil
		}
	}
}

// collect gathers up to batchSize messages, waiting at most linger after
// the first one. It returns what it has when ctx ends.
func (e *Engine) collect(ctx context.Context, p Partition, want *int64) ([]Message, error) {
	var msgs []Message
	fctx := ctx
	for len(msgs) < e.batchSize {
		m, err := p.Fetch(fctx)
		if err != nil {
			if ctx.Err() != nil || fctx.Err() != nil {
				return msgs, nil
			}
			return msgs, err
		}
		e.fetched(m)
		if err := e.contiguous(ctx, p, want, m.Offset); err != nil {
			// Nothing fetched in this batch is settled: the next owner starts again from the
			// committed offset and meets the same gap.
			if ctx.Err() != nil {
				return nil, nil
			}
			return nil, err
		}
		msgs = append(msgs, m)
		if len(msgs) == 1 {
			var cancel context.CancelFunc
			fctx, cancel = context.WithTimeout(ctx, e.linger)
			defer cancel()
		}
	}
	return msgs, nil
}
