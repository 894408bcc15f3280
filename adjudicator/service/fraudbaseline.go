package service

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/config"
	"github.com/claimsledger/claims/adjudicator/fraudbase"
	"github.com/claimsledger/claims/adjudicator/intake"
	"github.com/claimsledger/claims/adjudicator/privacy"
)

// BuildFraudBaseline builds the fraud baseline from cfg's decisions topic:
// every decision below upTo's offsets (partitions upTo does not name are
// not read), or, with upTo nil, the whole topic as it is now, recording
// how far it read as the baseline's watermarks.
func BuildFraudBaseline(ctx context.Context, cfg config.Config, upTo []fraudbase.Watermark, minPeerLines int64) (*fraudbase.Baseline, error) {
	if err := cfg.Require(config.NeedKafka); err != nil {
		return nil, err
	}
	recs, err := readTopic(ctx, cfg, cfg.DecisionsTopic)
	if err != nil {
		return nil, err
	}
	var sealer *privacy.Sealer
	if len(cfg.PayloadKey) > 0 {
		if sealer, err = privacy.NewSealer(cfg.PayloadKey); err != nil {
			return nil, err
		}
	}
	return BaselineFromRecords(cfg.DecisionsTopic, recs, sealer, upTo, minPeerLines)
}

// BaselineFromRecords builds the baseline from records of the decisions
// topic (values opened, as readTopic leaves them), read in any order; see
// BuildFraudBaseline for upTo. Errors name a record by its topic position.
func BaselineFromRecords(topic string, recs []intake.Record, sealer *privacy.Sealer, upTo []fraudbase.Watermark, minPeerLines int64) (*fraudbase.Baseline, error) {
	b, err := fraudbase.NewBuilder(minPeerLines)
	if err != nil {
		return nil, err
	}
	var limit map[int32]int64
	if upTo != nil {
		limit = map[int32]int64{}
		for _, w := range upTo {
			limit[w.Partition] = w.Next
			b.Read(w.Partition, w.Next)
		}
	}
	for _, r := range recs {
		if limit != nil && r.Offset >= limit[r.Partition] {
			continue
		}
		if limit == nil {
			b.Read(r.Partition, r.Offset+1)
		}
		where := fmt.Sprintf("%s %d/%d", topic, r.Partition, r.Offset)
		if privacy.IsSealed(r.Value) {
			return nil, fmt.Errorf("fraud baseline: %s: the decision record is sealed and does not open with the configured payload key", where)
		}
		var d adjudicator.Decision
		if err := json.Unmarshal(r.Value, &d); err != nil {
			return nil, fmt.Errorf("fraud baseline: %s: decision record: %w", where, err)
		}
		raw, ok := r.Headers[intake.HeaderHistory]
		if !ok {
			return nil, fmt.Errorf("fraud baseline: %s: no history entry (header %s): the decision's lines' modifiers are not known", where, intake.HeaderHistory)
		}
		var member adjudicator.Hash
		if len(r.Key) != hex.EncodedLen(len(member)) {
			return nil, fmt.Errorf("fraud baseline: %s: key is not a member key", where)
		}
		if _, err := hex.Decode(member[:], r.Key); err != nil {
			return nil, fmt.Errorf("fraud baseline: %s: key is not a member key", where)
		}
		h, err := adjudicator.DecodeHistory([]byte(raw), member, sealer)
		if err != nil {
			return nil, fmt.Errorf("fraud baseline: %s: %w", where, err)
		}
		if err := b.Add(adjudicator.Position{Partition: r.Partition, Offset: r.Offset}, &d, &h); err != nil {
			return nil, fmt.Errorf("fraud baseline: %s: %w", topic, err)
		}
	}
	return b.Build(), nil
}
