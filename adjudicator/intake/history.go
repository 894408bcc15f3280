package intake

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/privacy"
)

// DecisionLog reads member history back from the decisions topic, where every decision is
// published with its member's history entry: the engine's adjudicator.HistoryLog, used to
// rebuild a history store that lost entries.
type DecisionLog struct {
	brokers []string
	topic   string
	sealer  *privacy.Sealer
	opts    []Option
}

var _ adjudicator.HistoryLog = (*DecisionLog)(nil)

// NewDecisionLog reads topic on brokers (with opts' TLS and SASL). sealer opens sealed entries;
// nil when payloads are not sealed (then sealed entries are refused).
func NewDecisionLog(brokers []string, topic string, sealer *privacy.Sealer, opts ...Option) (*DecisionLog, error) {
	if err := validateBrokers(brokers); err != nil {
		return nil, err
	}
	if topic == "" {
		return nil, errors.New("intake: empty decisions topic")
	}
	return &DecisionLog{brokers: brokers, topic: topic, sealer: sealer, opts: opts}, nil
}

// Replay implements adjudicator.HistoryLog. It reads the whole topic: a rebuild is rare (the
// store was lost) and the topic is the only complete copy. A record republished after a crash
// carries the same entry again, which the store's idempotent Put absorbs.
func (l *DecisionLog) Replay(ctx context.Context, partition int32, before int64, fn func(adjudicator.Hash, adjudicator.HistoryEntry) error) error {
	recs, err := ReadAll(ctx, l.brokers, l.topic, l.opts...)
	if err != nil {
		return err
	}
	for _, r := range recs {
		p, err1 := strconv.ParseInt(r.Headers[HeaderSourcePartition], 10, 32)
		o, err2 := strconv.ParseInt(r.Headers[HeaderSourceOffset], 10, 64)
		if err1 != nil || err2 != nil {
			return fmt.Errorf("intake: %s %d/%d: no source position headers", l.topic, r.Partition, r.Offset)
		}
		if int32(p) != partition || o >= before {
			continue
		}
		raw, ok := r.Headers[HeaderHistory]
		if !ok {
			// Every decision carries its entry; one without cannot restore the history it
			// stands for, and deciding on without it would pay duplicates again.
			return fmt.Errorf("intake: %s %d/%d (decision of %d/%d) carries no history entry: the history cannot be rebuilt from this topic", l.topic, r.Partition, r.Offset, p, o)
		}
		var member adjudicator.Hash
		if len(r.Key) != hex.EncodedLen(len(member)) {
			return fmt.Errorf("intake: %s %d/%d: key is not a member key", l.topic, r.Partition, r.Offset)
		}
		if _, err := hex.Decode(member[:], r.Key); err != nil {
			return fmt.Errorf("intake: %s %d/%d: key is not a member key", l.topic, r.Partition, r.Offset)
		}
		h, err := adjudicator.DecodeHistory([]byte(raw), member, l.sealer)
		if err != nil {
			return fmt.Errorf("intake: %s %d/%d: %w", l.topic, r.Partition, r.Offset, err)
		}
		if h.Source != (adjudicator.Position{Partition: int32(p), Offset: o}) {
			return fmt.Errorf("intake: %s %d/%d: history entry of %d/%d under a decision of %d/%d", l.topic, r.Partition, r.Offset,
				h.Source.Partition, h.Source.Offset, p, o)
		}
		if err := fn(member, h); err != nil {
			return err
		}
	}
	return nil
}
