package service

import (
	"bytes"
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/accesslog"
	"github.com/claimsledger/claims/adjudicator/chain"
	"github.com/claimsledger/claims/adjudicator/config"
	"github.com/claimsledger/claims/adjudicator/intake"
)

// AccessRecorder puts looks at claims' details on the audit trail (accesslog.Recorder), and
// returns once they are durable: what a command that shows or exports a claim needs.
type AccessRecorder interface {
	Record(ctx context.Context, looks ...adjudicator.Access) error
}

// AccessGroup is the consumer group serve's access flushers share: the engine's group and
// ".access", so that replicas of one deployment split the access topic's partitions and two
// deployments on one cluster do not.
func AccessGroup(cfg config.Config) string { return cfg.Group + ".access" }

// openFlusher wires serve's access flusher when the config names the AccessLog: a consumer of
// the access topic in its own group and the AccessLog, signed with the recorder's key, which
// must not be the adjudicator's (they sign at the same time, and would race for nonces).
// Without access_log_address it warns and returns nil: looks still queue on the topic.
func openFlusher(ctx context.Context, cfg config.Config, o Options, s *Service, adjudicator *bind.TransactOpts,
	topts []chain.Option, iopts []intake.Option, reg prometheus.Registerer) (*accesslog.Flusher, error) {
	if cfg.AccessLogAddress == "" {
		s.log.Warn("access_log_address not set: looks at claims' details are queued on the access topic but no serve writes them to the chain; deploy the AccessLog (claims deploy with a recorder role) and set access_log_address and recorder_keystore",
			"access_topic", cfg.AccessTopic)
		return nil, nil
	}
	if !common.IsHexAddress(cfg.AccessLogAddress) {
		return nil, fmt.Errorf("config: access_log_address %q is not an address (0x and 40 hex digits)", cfg.AccessLogAddress)
	}
	signer := o.RecorderSigner
	if signer == nil {
		var err error
		if signer, err = Signer(ctx, cfg, config.RoleRecorder, s.backend); err != nil {
			return nil, fmt.Errorf("access_log_address is set: %w", err)
		}
	}
	if signer.From == adjudicator.From {
		return nil, fmt.Errorf("config: recorder_keystore holds the adjudicator's key %s: the recorder needs a key of its own (serve signs settlements with the adjudicator's at the same time, and the two would race for nonces)", signer.From.Hex())
	}
	tx, err := chain.NewTransactor(s.backend, signer, topts...)
	if err != nil {
		return nil, err
	}
	log, err := chain.NewAccessLog(s.backend, common.HexToAddress(cfg.AccessLogAddress), tx, chain.WithFromBlock(cfg.FromBlock))
	if err != nil {
		return nil, err
	}
	consumer, err := intake.NewConsumer(cfg.Brokers, append(slices.Clip(iopts), intake.WithGroupID(AccessGroup(cfg)), intake.WithInputTopic(cfg.AccessTopic))...)
	if err != nil {
		return nil, fmt.Errorf("access flusher: %w", err)
	}
	s.log.Info("access flusher on", "access_topic", cfg.AccessTopic, "group", AccessGroup(cfg), "interval", cfg.AccessFlushInterval, "recorder", signer.From)
	return accesslog.NewFlusher(consumer, log, accesslog.WithInterval(cfg.AccessFlushInterval), accesslog.WithLogger(s.log.With("component", "access")),
		accesslog.WithRegisterer(reg))
}

// OpenAccessRecorder is a Recorder on the config's access topic, for a command that shows a
// claim's details: it records the look before it prints them. Close it when done.
func OpenAccessRecorder(cfg config.Config) (*accesslog.Recorder, error) {
	if err := cfg.Require(config.NeedKafka); err != nil {
		return nil, err
	}
	kopts, err := KafkaOptions(cfg)
	if err != nil {
		return nil, err
	}
	return accesslog.Dial(cfg.Brokers, cfg.AccessTopic, kopts...)
}

// Look is one look at a claim as `claims audit access` lists it: recorded on chain (with the
// block that did it), or still queued on the access topic.
type Look struct {
	adjudicator.Access
	// Recorded is true once the look is on chain; TxHash, Block and BlockTime say where.
	Recorded  bool
	Partition int32
	Offset    int64
	TxHash    common.Hash
	Block     uint64
	BlockTime time.Time
}

// ClaimLooks lists every look at the claim claimKey: those c.AccessLog recorded, oldest first,
// then, with brokers configured, those still queued on the access topic past the chain's
// watermark (serve's flusher writes them every access_flush_interval).
func ClaimLooks(ctx context.Context, cfg config.Config, c *Chain, claimKey adjudicator.Hash) ([]Look, error) {
	if c.AccessLog == nil {
		return nil, cfg.Require(config.NeedAccessLog)
	}
	evs, err := c.AccessLog.Accesses(ctx, claimKey)
	if err != nil {
		return nil, err
	}
	out := make([]Look, 0, len(evs))
	for _, ev := range evs {
		out = append(out, Look{Access: ev.Access, Recorded: true, Partition: ev.Partition, Offset: ev.Offset,
			TxHash: ev.TxHash, Block: ev.Block, BlockTime: ev.BlockTime})
	}
	if len(cfg.Brokers) == 0 {
		return out, nil
	}
	kopts, err := KafkaOptions(cfg)
	if err != nil {
		return nil, err
	}
	parts, err := intake.Partitions(ctx, cfg.Brokers, cfg.AccessTopic, kopts...)
	if err != nil {
		return nil, err
	}
	from := map[int32]int64{}
	for _, p := range parts {
		if from[p], err = c.AccessLog.NextOffset(ctx, p); err != nil {
			return nil, err
		}
	}
	recs, err := intake.ReadFrom(ctx, cfg.Brokers, cfg.AccessTopic, from, kopts...)
	if err != nil {
		return nil, err
	}
	for _, r := range recs {
		// A look is keyed by its claim key: the others need not be decoded.
		if r.Offset < from[r.Partition] || !bytes.Equal(r.Key, claimKey[:]) {
			continue
		}
		a, err := accesslog.Decode(r.Value)
		if err != nil || a.ClaimKey != claimKey {
			continue
		}
		out = append(out, Look{Access: a, Partition: r.Partition, Offset: r.Offset})
	}
	return out, nil
}
