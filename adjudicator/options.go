package adjudicator

import (
	"log/slog"
	"time"

	"github.com/claimsledger/claims/adjudicator/privacy"
	"github.com/prometheus/client_golang/prometheus"
)

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
// published and committed. Observers add up: each is called, in the order given.
func WithBatchObserver(f func(BatchReport)) Option {
	return func(e *Engine) {
		if f != nil {
			e.observe = append(e.observe, f)
		}
	}
}

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
