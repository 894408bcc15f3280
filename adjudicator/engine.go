package adjudicator

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sort"
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
	observe         func(BatchReport)
	hook            func(Stage, BatchRef)
	maxNewSlots     int
	confirmations   uint64
	history         HistoryStore
	historyLog      HistoryLog
	m               *metrics
}

// Option configures an Engine.
type Option func(*Engine)

// WithBatchSize caps the claims per settlement transaction. Default 500:
// per-batch chain cost (~2 new storage slots, ~250k gas) is spread over
// enough claims to be a few hundred gas each, while the payee list stays
// far below the 16.7M gas transaction cap.
func WithBatchSize(n int) Option { return func(e *Engine) { e.batchSize = n } }

// WithLinger is how long a partly filled batch waits for more claims before
// it settles. Default 250ms: longer lowers gas per claim, shorter lowers
// decision latency.
func WithLinger(d time.Duration) Option { return func(e *Engine) { e.linger = d } }

// WithDrainTimeout bounds how long shutdown waits to settle, publish and
// commit the batch in flight. Default 60s. What does not finish is settled
// or replayed by the next owner of the partition; nothing is lost.
func WithDrainTimeout(d time.Duration) Option { return func(e *Engine) { e.drainTimeout = d } }

// WithRetryBackoff is the first pause before retrying a failing settlement, publication or
// store; each further failure doubles it up to WithMaxRetryBackoff. Default 1s.
func WithRetryBackoff(d time.Duration) Option { return func(e *Engine) { e.retryBackoff = d } }

// WithMaxRetryBackoff caps the pause between retries. Default 30s: an outage of any length is
// waited out, and the partition resumes within half a minute of the cause going away.
func WithMaxRetryBackoff(d time.Duration) Option { return func(e *Engine) { e.maxRetryBackoff = d } }

// WithMaxNewSlots caps, per batch, the distinct credited providers: a
// provider credited for the first time creates a ledger slot on chain
// (~110k gas on the dev chain, EIP-8037), and a transaction is capped at
// 16,777,216 gas. Default 120 (~14M gas in the worst case). A batch the
// chain still finds too large is halved until it fits.
func WithMaxNewSlots(n int) Option { return func(e *Engine) { e.maxNewSlots = n } }

// WithConfirmations makes the engine wait until a settlement is n blocks deep before it
// publishes the batch and commits its offsets, and settle it again if a reorganization drops it
// meanwhile. Default 0 (dev chains, and chains with instant finality).
func WithConfirmations(n uint64) Option { return func(e *Engine) { e.confirmations = n } }

// WithHistory keeps members' history (accumulators, prior services) in h.
// Without it every claim is decided with an empty history: no deductible
// met, no duplicates, no frequency counts. Production wires a durable store;
// entries are written after settlement and before the offset commit, keyed
// by input position, so accumulators stay exact across crashes and replays.
func WithHistory(h HistoryStore) Option { return func(e *Engine) { e.history = h } }

// WithSealer makes the engine require AES-GCM sealed payloads and open them.
// Without it, sealed payloads are dead-lettered as unreadable.
func WithSealer(s *privacy.Sealer) Option { return func(e *Engine) { e.sealer = s } }

// WithLogger sets the logger. Default slog.Default().
func WithLogger(l *slog.Logger) Option { return func(e *Engine) { e.log = l } }

// WithRegisterer registers the engine's metrics. Default: none registered.
func WithRegisterer(r prometheus.Registerer) Option { return func(e *Engine) { e.reg = r } }

// WithBatchObserver is called after every batch is settled (or replayed),
// published and committed.
func WithBatchObserver(f func(BatchReport)) Option { return func(e *Engine) { e.observe = f } }

// Stage names a point in a batch's life, for WithStageHook.
type Stage string

// Stages, in order. A crash between any two of them must lose nothing and
// pay nothing twice; the kill -9 integration test stops the process at each.
const (
	StageDecided   Stage = "decided"   // decisions made, nothing sent to the chain
	StageSettled   Stage = "settled"   // receipt in hand, decisions not yet published
	StagePublished Stage = "published" // decisions published, offsets not yet committed
	StageCommitted Stage = "committed" // offsets committed
)

// WithStageHook calls f at each stage of every new batch (not of replayed
// ones). It exists for fault injection: `claims serve` uses it to kill
// itself at an exact point when CLAIMS_CHAOS_KILL is set.
func WithStageHook(f func(Stage, BatchRef)) Option { return func(e *Engine) { e.hook = f } }

func (e *Engine) stage(s Stage, b BatchRef) {
	if e.hook != nil {
		e.hook(s, b)
	}
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

// ErrOffsetsLost means the broker no longer holds input offsets the engine has not decided
// (retention deleted them, or the topic was recreated): those claims cannot be decided from
// Kafka any more. The partition halts and says so; it never skips them.
var ErrOffsetsLost = errors.New("input offsets deleted before they were decided")

// checkRetained halts (waits, reporting) while the broker's first offset of p is past want.
func (e *Engine) checkRetained(ctx context.Context, p Partition, want int64) error {
	return e.retryDo(ctx, "check the broker still holds the undecided offsets", func() error {
		first, err := p.FirstOffset(ctx)
		if err != nil {
			return err
		}
		if first > want {
			return fmt.Errorf("partition %d: offsets [%d,%d): %w; resubmit those claims and move the group's offset deliberately", p.ID(), want, first, ErrOffsetsLost)
		}
		return nil
	})
}

// contiguous checks that got follows want; a jump is accepted only when the broker still holds
// want (a compacted or transactional gap), never when retention deleted what lay between.
func (e *Engine) contiguous(ctx context.Context, p Partition, want *int64, got int64) error {
	if got != *want {
		if err := e.checkRetained(ctx, p, *want); err != nil {
			return err
		}
		e.log.Debug("offset gap the broker vouches for (compaction or control records)", "partition", p.ID(), "from", *want, "to", got)
	}
	*want = got + 1
	return nil
}

// errResync asks ownPartition to re-read the chain watermark and start over.
var errResync = errors.New("partition must resync with the chain")

func (e *Engine) ownPartition(ctx context.Context, p Partition) error {
	ctx = withPartition(ctx, p.ID())
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
	e.log.Info("partition assigned", "partition", id, "from", pos, "watermark", next)
	// want is the next offset this session must see: the broker may have deleted what the
	// group has not decided (retention), and kafka-go would then move on silently.
	want := pos
	if err := e.checkRetained(ctx, p, want); err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return err
	}
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

// work is one batch's decisions, dead letters and chain payload.
type work struct {
	ref       BatchRef
	published []Published
	dead      []DeadLetter
	decisions []Decision
	batch     Batch
	outcomes  map[Outcome]int
	paid      int64
	history   map[Hash][]HistoryEntry
	// slots[i] is what message i adds to the batch's storage footprint:
	// the provider it credits, if any.
	slots []slotUse
}

type slotUse struct {
	provider Hash
	credits  bool
}

// splitAt returns the length of the longest prefix of the batch's messages
// whose distinct credited providers stay within max (at least 1), or
// len(slots) when the whole batch fits.
func (w *work) splitAt(max int) int {
	providers := map[Hash]bool{}
	for i, s := range w.slots {
		if !s.credits || providers[s.provider] {
			continue
		}
		if len(providers) == max && i > 0 {
			return i
		}
		providers[s.provider] = true
	}
	return len(w.slots)
}

func (e *Engine) decideAll(ctx context.Context, msgs []Message) (*work, error) {
	id := msgs[0].Partition
	w := &work{
		ref:      BatchRef{Partition: id, From: msgs[0].Offset, To: msgs[len(msgs)-1].Offset + 1},
		outcomes: map[Outcome]int{},
		history:  map[Hash][]HistoryEntry{},
	}
	// The store does not change while a batch is decided (entries are
	// written after settlement), so each member's stored history is read
	// and folded once, as of the batch's first offset. Stored entries at or
	// after it were left by a crash and are the batch's own claims, which
	// the in-flight entries (w.history) stand for, in offset order.
	base := map[Hash]History{}
	var leaves [][32]byte
	credits := map[Hash]int64{}
	for _, m := range msgs {
		src := Position{Partition: m.Partition, Offset: m.Offset}
		w.slots = append(w.slots, slotUse{})
		c, member, err := e.decode(m)
		if err != nil {
			w.dead = append(w.dead, DeadLetter{Source: src, Key: m.Key, Value: m.Value, Reason: err.Error()})
			continue
		}
		el, err := e.elig.Eligibility(ctx, member)
		if err != nil {
			// Infrastructure, not the claim: the whole batch is retried.
			// Named by position: the claim id is health data, and this error is logged.
			return nil, fmt.Errorf("claim at %d/%d: eligibility: %w", m.Partition, m.Offset, err)
		}
		var hist History
		if e.history != nil {
			b, ok := base[member]
			if !ok {
				entries, err := e.history.Entries(ctx, member)
				if err != nil {
					return nil, fmt.Errorf("claim at %d/%d: history: %w", m.Partition, m.Offset, err)
				}
				b = HistoryBefore(entries, Position{Partition: id, Offset: w.ref.From})
				base[member] = b
			}
			hist = b.plus(w.history[member])
		}
		d, err := e.rules.Decide(ctx, &c, Facts{Eligibility: el, History: hist})
		if err == nil {
			err = d.Check()
		}
		if err != nil {
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			w.dead = append(w.dead, DeadLetter{Source: src, Key: m.Key, Value: m.Value, Reason: "rules: " + scrubQuoted(err.Error())})
			continue
		}
		rec, err := d.Encode()
		if err != nil {
			return nil, err
		}
		provider := e.keyer.Provider(c.BillingNPI)
		claimKey := e.keyer.Claim(c.ClaimID)
		leaves = append(leaves, Leaf(e.domain, claimKey, src, provider, &d, e.keyer.Record(rec)).Hash())
		var histBytes []byte
		if e.history != nil {
			h := NewHistoryEntry(src, &c, &d, el)
			w.history[member] = append(w.history[member], h)
			if histBytes, err = EncodeHistory(h, member, e.sealer); err != nil {
				return nil, err
			}
		}
		w.slots[len(w.slots)-1] = slotUse{provider: provider, credits: d.PaidCents > 0}
		if d.PaidCents > 0 {
			credits[provider] += d.PaidCents
		}
		if d.Outcome == Pend {
			w.batch.Pended = append(w.batch.Pended, claimKey)
		}
		w.outcomes[d.Outcome]++
		w.paid += d.PaidCents
		w.decisions = append(w.decisions, d)
		w.published = append(w.published, Published{Source: src, Batch: w.ref, MemberKey: member, Record: rec, History: histBytes})
	}
	root := EmptyRoot
	if len(leaves) > 0 {
		t, err := merkle.New(leaves)
		if err != nil {
			return nil, err
		}
		root = t.Root()
	}
	for i := range w.published {
		w.published[i].Batch = w.ref
	}
	w.batch.Partition, w.batch.From, w.batch.To = id, w.ref.From, w.ref.To
	w.batch.Root, w.batch.PolicyHash, w.batch.Claims = root, e.rules.PolicyHash(), uint32(len(leaves))
	w.batch.Credits = SortedCredits(credits)
	return w, nil
}

// SortedCredits lists per-provider totals in provider-key order, leaving
// out zero amounts: the form the settlement contract accepts.
func SortedCredits(byProvider map[Hash]int64) []Credit {
	out := make([]Credit, 0, len(byProvider))
	for p, c := range byProvider {
		if c != 0 {
			out = append(out, Credit{Provider: p, Cents: c})
		}
	}
	sort.Slice(out, func(i, j int) bool { return bytes.Compare(out[i].Provider[:], out[j].Provider[:]) < 0 })
	return out
}

// Leaf is the Merkle leaf of one decision: the engine, the audit and
// `claims verify` all build it here, so they cannot drift apart.
func Leaf(d Domain, claimKey Hash, src Position, provider Hash, dec *Decision, recordDigest Hash) merkle.Leaf {
	return merkle.Leaf{
		ChainID: d.ChainID, Contract: d.Contract, ClaimKey: claimKey, Partition: src.Partition, Offset: src.Offset,
		ProviderKey: provider, Cents: dec.LeafCents(), Outcome: dec.Outcome.Code(), RecordDigest: recordDigest,
	}
}

// decode opens (when sealing is on) and validates one message.
func (e *Engine) decode(m Message) (Claim, Hash, error) {
	payload := m.Value
	switch {
	case e.sealer != nil:
		pt, err := e.sealer.Open(m.Value, m.Key)
		if err != nil {
			return Claim{}, Hash{}, fmt.Errorf("payload: %w", err)
		}
		payload = pt
	case privacy.IsSealed(m.Value):
		return Claim{}, Hash{}, errors.New("payload is sealed but no payload key is configured")
	}
	c, err := DecodeClaim(payload)
	if err != nil {
		return Claim{}, Hash{}, err
	}
	return c, e.keyer.Member(c.MemberID), nil
}

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
	if e.confirmations > 0 {
		err := e.retryDo(ctx, "confirm settlement", func() error {
			err := e.settler.Confirm(ctx, rcpt, e.confirmations)
			if errors.Is(err, ErrReorged) {
				return backoffStop{err}
			}
			return err
		})
		if errors.Is(err, ErrReorged) {
			// Nothing was published or committed: settle the range again from the chain's
			// (rolled back) watermark.
			e.m.reorgs.Inc()
			e.log.Warn("settlement dropped by a reorganization; settling the range again", "partition", w.ref.Partition,
				"from", w.ref.From, "to", w.ref.To, "block", rcpt.Block)
			return errResync
		}
		if err != nil {
			return fmt.Errorf("partition %d: confirm [%d,%d): %w", w.ref.Partition, w.ref.From, w.ref.To, err)
		}
	}
	e.m.settleSeconds.Observe(time.Since(start).Seconds())
	e.m.batches.Inc()
	e.m.gas.Add(float64(rcpt.GasUsed))
	e.log.Debug("batch settled", "partition", w.ref.Partition, "from", w.ref.From, "to", w.ref.To,
		"claims", w.batch.Claims, "gas", rcpt.GasUsed, "tx", fmt.Sprintf("%x", rcpt.TxHash))
	e.stage(StageSettled, w.ref)
	if err := e.finish(ctx, p, w, true); err != nil {
		return err
	}
	e.report(w, rcpt.GasUsed, false, true)
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
	matched := w.batch.Root == sb.Root
	e.m.replayed.Inc()
	if !matched {
		e.m.replayMismatch.Inc()
		e.log.Error("replayed batch does not reproduce the settled Merkle root; publishing the recomputed decisions, audit will flag them",
			"partition", w.ref.Partition, "from", w.ref.From, "to", w.ref.To)
	} else {
		e.log.Info("republished a batch settled before a crash or rebalance", "partition", w.ref.Partition, "from", w.ref.From, "to", w.ref.To)
	}
	if err := e.finish(ctx, p, w, false); err != nil {
		return err
	}
	e.report(w, 0, true, matched)
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

func (e *Engine) report(w *work, gas uint64, replayed, matched bool) {
	if e.observe == nil {
		return
	}
	e.observe(BatchReport{
		Batch: w.ref, Claims: len(w.published), DeadLetters: len(w.dead), Outcomes: w.outcomes,
		PaidCents: w.paid, GasUsed: gas, Replayed: replayed, RootMatched: matched, Decisions: w.decisions,
	})
}
