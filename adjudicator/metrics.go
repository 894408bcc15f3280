package adjudicator

import (
	"errors"

	"github.com/prometheus/client_golang/prometheus"
)

type metrics struct {
	decisions      *prometheus.CounterVec
	deadLetters    prometheus.Counter
	batches        prometheus.Counter
	conflicts      prometheus.Counter
	replayed       prometheus.Counter
	replayMismatch prometheus.Counter
	gas            prometheus.Counter
	settleSeconds  prometheus.Histogram
	histRebuilds   prometheus.Counter
	reorgs         prometheus.Counter
	histRebuilt    prometheus.Counter
	retries        *prometheus.CounterVec
	waiting        *prometheus.GaugeVec
	refused        *prometheus.GaugeVec
	lag            *prometheus.GaugeVec
	caughtUp       prometheus.Gauge
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	m := &metrics{
		decisions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "claims_decisions_total", Help: "Claims decided, settled and published, by outcome.",
		}, []string{"outcome"}),
		deadLetters: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "claims_dead_letters_total", Help: "Input messages sent to the dead-letter topic.",
		}),
		batches: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "claims_batches_settled_total", Help: "Batches settled on chain by this instance.",
		}),
		conflicts: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "claims_batch_conflicts_total", Help: "Batches refused by the chain because their range was already settled.",
		}),
		replayed: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "claims_batches_replayed_total", Help: "Settled batches whose decisions were republished after a crash or rebalance.",
		}),
		replayMismatch: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "claims_replay_root_mismatch_total", Help: "Replayed batches whose recomputed Merkle root differs from the chain's.",
		}),
		gas: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "claims_settlement_gas_total", Help: "Gas used by settlement transactions.",
		}),
		settleSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "claims_settle_seconds", Help: "Time from sending a settlement to its receipt.",
			Buckets: prometheus.ExponentialBuckets(0.05, 2, 10),
		}),
		reorgs: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "claims_settlement_reorgs_total", Help: "Settlements dropped by a chain reorganization before their confirmation depth, and settled again.",
		}),
		histRebuilds: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "claims_history_rebuilds_total", Help: "Times a partition's member history was found incomplete (Redis lost or behind) and rebuilt from the decisions topic.",
		}),
		retries: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "claims_retries_total", Help: "Failed attempts that were retried, by what was attempted (outages of the chain, brokers or Redis).",
		}, []string{"what"}),
		waiting: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "claims_partition_waiting", Help: "1 while the partition waits out a failure (not ready).",
		}, []string{"partition"}),
		refused: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "claims_partition_refused", Help: "1 while the partition is halted: the chain refuses its batch (missing role, cap, escrow, pause) or the broker deleted undecided input (retention). Alert on it.",
		}, []string{"partition"}),
		lag: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "claims_consumer_lag", Help: "Input messages of an owned partition not yet settled, published and committed: its high watermark (as of the newest fetch) minus the next offset to process. Series of partitions no longer owned are removed.",
		}, []string{"partition"}),
		caughtUp: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "claims_caught_up", Help: "1 once every partition this instance owns is processed up to its high watermark, 0 while any is behind (or before any was assigned).",
		}),
		histRebuilt: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "claims_history_rebuilt_entries_total", Help: "History entries restored from the decisions topic.",
		}),
	}
	if reg == nil {
		return m, nil
	}
	for _, c := range []prometheus.Collector{m.decisions, m.deadLetters, m.batches, m.conflicts, m.replayed, m.replayMismatch, m.gas, m.settleSeconds, m.histRebuilds, m.histRebuilt, m.reorgs, m.retries, m.waiting, m.refused, m.lag, m.caughtUp} {
		if err := reg.Register(c); err != nil {
			var are prometheus.AlreadyRegisteredError
			if errors.As(err, &are) {
				continue
			}
			return nil, err
		}
	}
	return m, nil
}
