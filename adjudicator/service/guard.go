package service

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/chain"
	"github.com/claimsledger/claims/adjudicator/config"
	"github.com/claimsledger/claims/adjudicator/intake"
	"github.com/claimsledger/claims/adjudicator/proof"
)

// GuardOptions configure Guard.
type GuardOptions struct {
	// Poll is how often the chain and the topics are read. Default 1s: a batch is checked
	// within a few seconds of settling, far inside any sensible challenge window.
	Poll time.Duration
	// PublishTimeout is how long a batch's decision records may take to appear on the
	// decisions topic before the batch counts as failed: a batch nobody can check is frozen.
	// Default 15s; the engine publishes right after the settlement receipt.
	PublishTimeout time.Duration
	// PauseAfter pauses settlement after this many failed batches in a row. Default 3; 0 never
	// pauses.
	PauseAfter int
	// Backend replaces dialing cfg.RPCURL, Signer the guardian's keystore, and Rules loading
	// the configured bundle.
	Backend chain.Backend
	Signer  *bind.TransactOpts
	Rules   adjudicator.Rules
	Logger  *slog.Logger
	// Registerer receives the guard's metrics; nil serves its own registry on cfg.MetricsAddr
	// when that is set.
	Registerer prometheus.Registerer
	// OnBatch, when set, is called after each batch is judged (tests, progress).
	OnBatch func(GuardResult)
}

// GuardResult is the guard's judgement of one batch.
type GuardResult struct {
	BatchID   uint64
	Partition int32
	From, To  int64
	OK        bool
	Problems  []string
	Frozen    bool
	// FreezeError says why a failed batch could not be frozen (its window had closed, ...).
	FreezeError string
	Paused      bool
}

type guardMetrics struct {
	checked  *prometheus.CounterVec
	frozen   prometheus.Counter
	missed   prometheus.Counter
	pauses   prometheus.Counter
	head     prometheus.Gauge
	queue    prometheus.Gauge
	duration prometheus.Histogram
}

func newGuardMetrics(reg prometheus.Registerer) (*guardMetrics, error) {
	m := &guardMetrics{
		checked: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "claims_guard_batches_checked_total",
			Help: "Settled batches the guardian checked, by result (ok, failed)."}, []string{"result"}),
		frozen: prometheus.NewCounter(prometheus.CounterOpts{Name: "claims_guard_batches_frozen_total",
			Help: "Batches the guardian froze inside their challenge window."}),
		missed: prometheus.NewCounter(prometheus.CounterOpts{Name: "claims_guard_freeze_failures_total",
			Help: "Failed batches the guardian could not freeze (window closed, RPC error)."}),
		pauses: prometheus.NewCounter(prometheus.CounterOpts{Name: "claims_guard_pauses_total",
			Help: "Times the guardian paused settlement after repeated failures."}),
		head: prometheus.NewGauge(prometheus.GaugeOpts{Name: "claims_guard_head_block",
			Help: "The last block the guardian read."}),
		queue: prometheus.NewGauge(prometheus.GaugeOpts{Name: "claims_guard_batches_waiting",
			Help: "Settled batches waiting for their decision records."}),
		duration: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "claims_guard_check_seconds",
			Help: "Time to check one batch, replay included.", Buckets: prometheus.DefBuckets}),
	}
	if reg != nil {
		for _, c := range []prometheus.Collector{m.checked, m.frozen, m.missed, m.pauses, m.head, m.queue, m.duration} {
			if err := reg.Register(c); err != nil {
				return nil, fmt.Errorf("register guard metrics: %w", err)
			}
		}
	}
	return m, nil
}

// Guard is `claims guard`: the GUARDIAN, run by someone other than the adjudicator. It verifies
// every batch as it settles, as `claims verify` does (root and commitment, credits per provider,
// byte-identical replay under the on-chain policy hash), freezes any batch that fails while its
// challenge window is open, and pauses settlement when failures repeat. It runs until ctx ends.
func Guard(ctx context.Context, cfg config.Config, o GuardOptions) error {
	if err := cfg.Require(config.NeedKafka, config.NeedSecret); err != nil {
		return err
	}
	if o.Poll <= 0 {
		o.Poll = time.Second
	}
	if o.PublishTimeout <= 0 {
		o.PublishTimeout = 15 * time.Second
	}
	if o.PauseAfter < 0 {
		return fmt.Errorf("guard: pause after %d failures: want >= 0", o.PauseAfter)
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	log := o.Logger
	reg := o.Registerer
	var gatherer prometheus.Gatherer
	if reg == nil {
		r := prometheus.NewRegistry()
		reg, gatherer = r, r
	}
	m, err := newGuardMetrics(reg)
	if err != nil {
		return err
	}
	var c *Chain
	if o.Signer != nil {
		c, err = OpenChainSigned(ctx, cfg, o.Backend, o.Signer)
	} else {
		c, err = OpenChain(ctx, cfg, config.RoleGuardian, o.Backend)
	}
	if err != nil {
		return err
	}
	defer c.Close()
	rp, err := newReplayer(ctx, cfg, c, o.Rules, log)
	if err != nil {
		return err
	}
	if cfg.MetricsAddr != "" && gatherer != nil {
		srv := &http.Server{Addr: cfg.MetricsAddr, Handler: promhttp.HandlerFor(gatherer, promhttp.HandlerOpts{}), ReadHeaderTimeout: 5 * time.Second}
		go func() {
			if err := srv.ListenAndServe(); !errors.Is(err, http.ErrServerClosed) {
				log.Error("guard metrics server stopped", "err", err)
			}
		}()
		defer srv.Close()
		log.Info("serving guard metrics", "addr", cfg.MetricsAddr)
	}
	kafka, err := KafkaOptions(cfg)
	if err != nil {
		return err
	}
	g := &guard{cfg: cfg, o: o, c: c, rp: rp, m: m, log: log, next: cfg.FromBlock, kafka: kafka,
		decNext: map[int32]int64{}, inNext: map[int32]int64{}, frozen: map[uint64]bool{}}
	log.Info("guard started", "guardian", c.From, "settlement", cfg.SettlementAddress, "from_block", cfg.FromBlock,
		"publish_timeout", o.PublishTimeout, "pause_after", o.PauseAfter)
	t := time.NewTicker(o.Poll)
	defer t.Stop()
	for {
		if err := g.round(ctx); err != nil {
			if ctx.Err() != nil {
				return nil
			}
			// An RPC or broker outage is waited out: the guard must outlive it.
			log.Warn("guard round failed; retrying", "err", err)
		}
		select {
		case <-ctx.Done():
			log.Info("guard stopping")
			return nil
		case <-t.C:
		}
	}
}

type waiting struct {
	ev   chain.BatchSettledEvent
	seen time.Time
}

type guard struct {
	cfg config.Config
	o   GuardOptions
	c   *Chain
	rp  *replayer
	m   *guardMetrics
	log *slog.Logger

	kafka           []intake.Option // TLS and SASL
	next            uint64          // next block to read
	decNext, inNext map[int32]int64
	records         []proof.Record
	batches         []chain.BatchSettledEvent
	queue           []waiting
	frozen          map[uint64]bool
	failures        int // consecutive failed batches
	paused          bool
}

// round reads what is new on chain and on the topics, then judges every batch whose records
// are all published (or overdue).
func (g *guard) round(ctx context.Context) error {
	head, err := g.c.Backend.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("read head block: %w", err)
	}
	if head >= g.next {
		l, err := g.c.Settlement.LedgerRange(ctx, g.next, head)
		if err != nil {
			return err
		}
		g.next = head + 1
		g.m.head.Set(float64(head))
		for _, f := range l.Freezes {
			g.frozen[f.BatchID] = !f.Released
		}
		for _, ev := range l.Batches {
			g.batches = append(g.batches, ev)
			g.queue = append(g.queue, waiting{ev: ev, seen: time.Now()})
		}
	}
	if err := g.tail(ctx); err != nil {
		return err
	}
	g.m.queue.Set(float64(len(g.queue)))
	if len(g.queue) == 0 {
		return nil
	}
	ix := proof.NewIndex(g.c.Keyer, g.c.Domain, g.batches, g.records)
	var keep []waiting
	for i, w := range g.queue {
		b := ix.Batch(w.ev.BatchID)
		complete := b != nil && len(b.Records) >= int(w.ev.Claims)
		if !complete && time.Since(w.seen) < g.o.PublishTimeout {
			keep = append(keep, w)
			continue
		}
		res, err := g.judge(ctx, ix, b, w, complete)
		if err != nil {
			// Judge this batch and the rest again next round.
			g.queue = append(keep, g.queue[i:]...)
			return err
		}
		if g.o.OnBatch != nil {
			g.o.OnBatch(res)
		}
	}
	g.queue = keep
	g.m.queue.Set(float64(len(g.queue)))
	return nil
}

// tail reads the decision records and input claims published since the last round.
func (g *guard) tail(ctx context.Context) error {
	recs, err := intake.ReadFrom(ctx, g.cfg.Brokers, g.cfg.DecisionsTopic, g.decNext, g.kafka...)
	if err == nil {
		recs, err = openValues(g.cfg, recs)
	}
	if err != nil {
		return err
	}
	for _, r := range recs {
		g.decNext[r.Partition] = r.Offset + 1
		src, err := headerPosition(r.Headers, intake.HeaderSourcePartition, intake.HeaderSourceOffset)
		if err != nil {
			g.log.Warn("decision record without a source position; ignored", "partition", r.Partition, "offset", r.Offset)
			continue
		}
		g.records = append(g.records, proof.Record{Source: src, Bytes: r.Value})
	}
	ins, err := intake.ReadFrom(ctx, g.cfg.Brokers, g.cfg.InputTopic, g.inNext, g.kafka...)
	if err != nil {
		return err
	}
	for _, r := range ins {
		g.inNext[r.Partition] = r.Offset + 1
	}
	g.rp.add(ins)
	return nil
}

func (g *guard) judge(ctx context.Context, ix *proof.Index, b *proof.Batch, w waiting, complete bool) (GuardResult, error) {
	start := time.Now()
	ev := w.ev
	res := GuardResult{BatchID: ev.BatchID, Partition: ev.Partition, From: ev.From, To: ev.To}
	if g.frozen[ev.BatchID] {
		res.Frozen = true
		return res, nil
	}
	if b == nil {
		return res, fmt.Errorf("batch %d vanished from the index", ev.BatchID)
	}
	problems, err := checkBatch(ctx, g.c, ix, b)
	if err != nil {
		return res, err
	}
	if !complete {
		problems = append(problems, fmt.Sprintf("only %d of its %d decision records were published within %s", len(b.Records), ev.Claims, g.o.PublishTimeout))
	} else if len(b.Records) > 0 {
		replays, err := g.rp.replay(ctx, ix, b.Records)
		if err != nil {
			return res, err
		}
		failed := 0
		first := ""
		for _, d := range b.Records {
			if r := replays[d.Source]; r.err != "" {
				if failed == 0 {
					first = fmt.Sprintf("%s (offset %d)", r.err, d.Source.Offset)
				}
				failed++
			}
		}
		if failed > 0 {
			problems = append(problems, fmt.Sprintf("%d of %d decisions do not replay; first: %s", failed, len(b.Records), first))
		}
	}
	g.m.duration.Observe(time.Since(start).Seconds())
	res.Problems = problems
	res.OK = len(problems) == 0
	if res.OK {
		g.m.checked.WithLabelValues("ok").Inc()
		g.failures = 0
		g.log.Info("batch verified", "batch", ev.BatchID, "partition", ev.Partition, "from", ev.From, "to", ev.To,
			"claims", ev.Claims, "credited_cents", ev.TotalCredited)
		return res, nil
	}
	g.m.checked.WithLabelValues("failed").Inc()
	g.failures++
	g.log.Error("batch failed verification; freezing it", "batch", ev.BatchID, "partition", ev.Partition,
		"from", ev.From, "to", ev.To, "problems", problems)
	if _, err := g.c.Settlement.Freeze(ctx, ev.BatchID, ev.Header(), ev.Credits); err != nil {
		g.m.missed.Inc()
		res.FreezeError = err.Error()
		g.log.Error("could not freeze the failed batch", "batch", ev.BatchID, "err", err)
	} else {
		g.m.frozen.Inc()
		g.frozen[ev.BatchID] = true
		res.Frozen = true
		g.log.Warn("batch frozen: its credits will not become withdrawable unless the admin releases it", "batch", ev.BatchID,
			"credited_cents", ev.TotalCredited)
	}
	if g.o.PauseAfter > 0 && g.failures >= g.o.PauseAfter && !g.paused {
		paused, err := g.c.Settlement.Paused(ctx)
		if err == nil && !paused {
			_, err = g.c.Settlement.Pause(ctx)
		}
		if err != nil {
			g.log.Error("could not pause settlement", "err", err)
		} else {
			g.paused, res.Paused = true, true
			g.m.pauses.Inc()
			g.log.Error("settlement paused after repeated failures; only the admin can unpause", "failures", g.failures)
		}
	}
	return res, nil
}
