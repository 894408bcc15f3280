package adjudicator

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/claimsledger/claims/adjudicator/privacy"
)

// WithHistoryLog is where a history store that lost entries is rebuilt from: the entries
// published with every decision. Without it, an incomplete store stops the partition rather
// than decide from a history that misses claims (which would pay duplicates again and restart
// deductibles).
func WithHistoryLog(l HistoryLog) Option { return func(e *Engine) { e.historyLog = l } }

// historyAAD binds a sealed history entry to its member, so an entry cannot be moved to another
// member's history.
func historyAAD(member Hash) []byte { return append([]byte("claims/history/v1/"), member[:]...) }

// EncodeHistory is how a history entry travels with its decision: JSON, sealed when a sealer is
// given (entries carry codes and dates of service).
func EncodeHistory(e HistoryEntry, member Hash, sealer *privacy.Sealer) ([]byte, error) {
	b, err := json.Marshal(e)
	if err != nil {
		return nil, fmt.Errorf("encode history entry at %d/%d: %w", e.Source.Partition, e.Source.Offset, err)
	}
	if sealer == nil {
		return b, nil
	}
	return sealer.Seal(b, historyAAD(member))
}

// DecodeHistory reverses EncodeHistory. A sealed entry needs the sealer; with a sealer, an
// unsealed entry is refused (it could have been written by anyone with access to the topic).
func DecodeHistory(b []byte, member Hash, sealer *privacy.Sealer) (HistoryEntry, error) {
	var e HistoryEntry
	switch {
	case sealer != nil && !privacy.IsSealed(b):
		return e, errors.New("history entry is not sealed but a payload key is configured")
	case sealer != nil:
		pt, err := sealer.Open(b, historyAAD(member))
		if err != nil {
			return e, fmt.Errorf("history entry: %w", err)
		}
		b = pt
	case privacy.IsSealed(b):
		return e, errors.New("history entry is sealed but no payload key is configured")
	}
	if err := json.Unmarshal(b, &e); err != nil {
		return e, fmt.Errorf("history entry: %w", err)
	}
	return e, nil
}

// ensureHistory makes sure the store holds every entry of partition p below from before a batch
// starting there is decided: a store that reports less (Redis flushed, restored from an old
// snapshot, replaced) is rebuilt from the history log first. Entries below from are all on the
// decisions topic: a batch is published before its offsets are committed and before the next
// batch is decided. The provider tallies are derived from the same entries, so one replay
// rebuilds whichever of the two stores is behind.
func (e *Engine) ensureHistory(ctx context.Context, p int32, from int64) error {
	if e.history == nil {
		return nil
	}
	var have, haveTallies int64
	if err := e.retryDo(ctx, "read member history watermark", func() error {
		var err error
		have, err = e.history.Recorded(ctx, p)
		if err == nil && e.tallies != nil {
			haveTallies, err = e.tallies.Recorded(ctx, p)
		} else {
			haveTallies = from
		}
		return err
	}); err != nil {
		return fmt.Errorf("partition %d: %w", p, err)
	}
	if have >= from && haveTallies >= from {
		return nil
	}
	if e.historyLog == nil {
		return fmt.Errorf("partition %d: member history is recorded only below offset %d (provider tallies below %d), the batch starts at %d, and no history log is configured to rebuild it from; refusing to decide from an incomplete history", p, have, haveTallies, from)
	}
	e.m.histRebuilds.Inc()
	e.log.Warn("member history incomplete: rebuilding it from the decisions topic before deciding more",
		"partition", p, "recorded_below", have, "tallies_below", haveTallies, "needed_below", from)
	start := time.Now()
	n := 0
	err := e.retryDo(ctx, "rebuild member history", func() error {
		n = 0
		byMember := map[Hash][]HistoryEntry{}
		byPos := map[Position]HistoryEntry{}
		var tallies []TallyEntry
		err := e.historyLog.Replay(ctx, p, from, func(member Hash, h HistoryEntry) error {
			byMember[member] = append(byMember[member], h)
			n++
			if e.tallies == nil {
				return nil
			}
			// The replay is in offset order: an original of this partition came first.
			var orig *HistoryEntry
			if h.Corrects != nil {
				if o, ok := byPos[*h.Corrects]; ok {
					orig = &o
				}
			}
			byPos[h.Source] = h
			tallies = append(tallies, TalliesOf(e.keyer, h, orig)...)
			return nil
		})
		if err != nil {
			return err
		}
		if have < from {
			for member, entries := range byMember {
				if err := e.history.Put(ctx, member, entries); err != nil {
					return err
				}
			}
			if err := e.history.SetRecorded(ctx, p, from); err != nil {
				return err
			}
		}
		if haveTallies < from {
			if err := e.tallies.Put(ctx, tallies); err != nil {
				return err
			}
			return e.tallies.SetRecorded(ctx, p, from)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("partition %d: %w", p, err)
	}
	e.m.histRebuilt.Add(float64(n))
	e.log.Warn("member history rebuilt from the decisions topic", "partition", p, "entries", n,
		"below", from, "seconds", time.Since(start).Seconds())
	return nil
}
