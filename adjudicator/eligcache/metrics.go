package eligcache

import (
	"errors"

	"github.com/prometheus/client_golang/prometheus"
)

// metrics partition lookups into hits, misses and fallbacks; the other
// counters explain the fallbacks and the source's health.
type metrics struct {
	hits         prometheus.Counter
	misses       prometheus.Counter
	fallbacks    prometheus.Counter
	sourceErrors prometheus.Counter
	redisErrors  prometheus.Counter
	discarded    prometheus.Counter
	forged       prometheus.Counter
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	counter := func(name, help string) prometheus.Counter {
		return prometheus.NewCounter(prometheus.CounterOpts{Name: "claims_eligcache_" + name, Help: help})
	}
	m := &metrics{
		hits:         counter("hits_total", "Eligibility lookups answered from Redis."),
		misses:       counter("misses_total", "Eligibility lookups Redis had no entry for, answered by a read-through to the source."),
		fallbacks:    counter("fallbacks_total", "Eligibility lookups answered straight from the source because Redis failed or held an undecodable entry."),
		sourceErrors: counter("source_errors_total", "Coverage source reads that failed."),
		redisErrors:  counter("redis_errors_total", "Redis commands that failed, including invalidations."),
		discarded:    counter("fills_discarded_total", "Read-through results not cached because the entry was invalidated (or taken over) while the source was read."),
		forged:       counter("forged_total", "Cached values that failed their MAC: treated as misses, never trusted."),
	}
	if reg == nil {
		return m, nil
	}
	for _, p := range []*prometheus.Counter{&m.hits, &m.misses, &m.fallbacks, &m.sourceErrors, &m.redisErrors, &m.discarded, &m.forged} {
		if err := reg.Register(*p); err != nil {
			var are prometheus.AlreadyRegisteredError
			if !errors.As(err, &are) {
				return nil, err
			}
			existing, ok := are.ExistingCollector.(prometheus.Counter)
			if !ok {
				return nil, err
			}
			*p = existing
		}
	}
	return m, nil
}
