package adjudicator

import (
	"fmt"
	"slices"
	"sync"
)

// progress follows, per owned partition, the next offset to process and the partition's high
// watermark: claims_consumer_lag, claims_caught_up and the "caught up" line answer an
// operator's "has serve processed everything submitted?" from it.
type progress struct {
	mu sync.Mutex
	// parts holds the partitions whose owners are running; -1 marks what is not known yet.
	parts map[int32]*partProgress
	// assigned is the latest generation's assignment: caught up is decided only once every
	// partition in it has an owner that knows its position and high watermark.
	assigned []int32
	caughtUp bool
}

type partProgress struct {
	next int64 // next offset to process: everything before it is settled, published, committed
	high int64 // high watermark as of the newest fetch (or the read when the partition was taken)
}

// ownProgress registers p for lag tracking and returns what unregisters it when its owner ends.
func (e *Engine) ownProgress(p Partition) func() {
	id := p.ID()
	pr := &e.progress
	pr.mu.Lock()
	if pr.parts == nil {
		pr.parts = map[int32]*partProgress{}
	}
	pr.parts[id] = &partProgress{next: -1, high: -1}
	pr.assigned = p.Assignment()
	pr.mu.Unlock()
	return func() {
		pr.mu.Lock()
		defer pr.mu.Unlock()
		delete(pr.parts, id)
		// A partition another instance owns now is its lag to report, not ours. No caught-up
		// decision here: in a rebalance the owners end one by one, and the next generation's
		// owners decide once they know their partitions.
		e.m.lag.DeleteLabelValues(fmt.Sprint(id))
	}
}

// positioned records that next is the next offset of partition id to process (after a seek, or
// once a batch is committed).
func (e *Engine) positioned(id int32, next int64) {
	e.updateProgress(id, func(pp *partProgress) {
		pp.next = next
		if pp.high >= 0 {
			// Offsets before next exist, so the watermark is at least next whatever a fetch
			// said. An unknown one stays unknown: a seek says nothing about what lies beyond.
			pp.high = max(pp.high, next)
		}
	})
}

// sawHighWater records the high watermark the broker reported for partition id. Every fetched
// message carries one, mostly the same as the last: only a change is worth the gauge and the
// caught-up decision.
func (e *Engine) sawHighWater(id int32, high int64) {
	pr := &e.progress
	pr.mu.Lock()
	pp, ok := pr.parts[id]
	same := ok && pp.high == high
	pr.mu.Unlock()
	if same {
		return
	}
	e.updateProgress(id, func(pp *partProgress) { pp.high = high })
}

// fetched records the high watermark a fetched message carries, when the intake gave one.
func (e *Engine) fetched(m Message) {
	if m.HighWaterMark > 0 { // a message's is at least its offset + 1; 0 is "not known"
		e.sawHighWater(m.Partition, m.HighWaterMark)
	}
}

func (e *Engine) updateProgress(id int32, f func(*partProgress)) {
	pr := &e.progress
	pr.mu.Lock()
	defer pr.mu.Unlock()
	pp, ok := pr.parts[id]
	if !ok {
		return
	}
	f(pp)
	if pp.next >= 0 && pp.high >= 0 {
		e.m.lag.WithLabelValues(fmt.Sprint(id)).Set(float64(max(pp.high-pp.next, 0)))
	}
	e.decideCaughtUp()
}

// decideCaughtUp logs and sets claims_caught_up when every owned partition passes from behind
// to processed up to its high watermark, and back. While any owned partition is not known yet
// (its owner starting, a rebalance in progress) the state holds, so a rebalance of an instance
// that was caught up does not announce it again. Callers hold pr.mu.
func (e *Engine) decideCaughtUp() {
	pr := &e.progress
	owned := slices.Clone(pr.assigned)
	for id := range pr.parts {
		if !slices.Contains(owned, id) {
			owned = append(owned, id)
		}
	}
	if len(owned) == 0 {
		return
	}
	slices.Sort(owned)
	var lag int64
	for _, id := range owned {
		pp, ok := pr.parts[id]
		if !ok || pp.next < 0 || pp.high < 0 {
			return
		}
		lag += max(pp.high-pp.next, 0)
	}
	now := lag == 0
	if now == pr.caughtUp {
		return
	}
	pr.caughtUp = now
	if now {
		e.m.caughtUp.Set(1)
		e.log.Info("caught up", "partitions", owned, "lag", lag)
		return
	}
	e.m.caughtUp.Set(0)
	// Debug: new claims arriving is the normal case, and their batch lines say so at info.
	e.log.Debug("behind", "partitions", owned, "lag", lag)
}
