package adjudicator

import (
	"context"
	"errors"
	"fmt"
)

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
