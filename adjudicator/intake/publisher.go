package intake

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strconv"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/privacy"
	"github.com/segmentio/kafka-go"
)

// Header names on decision and dead-letter records. Values are decimal
// strings.
const (
	HeaderSourcePartition  = "claims-source-partition"
	HeaderSourceOffset     = "claims-source-offset"
	HeaderBatchPartition   = "claims-batch-partition"
	HeaderBatchFrom        = "claims-batch-from"
	HeaderBatchTo          = "claims-batch-to"
	HeaderDeadLetterReason = "claims-deadletter-reason"
	// HeaderHistory carries the member's history entry for the decided claim (sealed when a
	// payload key is configured): the durable copy member history is rebuilt from.
	HeaderHistory = "claims-history"
	// HeaderFlags carries the claim's fraud flags (adjudicator.EncodeFlags, sealed when a
	// payload key is configured), kept out of the record, which providers read.
	HeaderFlags = "claims-flags"
)

// Balancer returns the partitioner every writer in this package uses: CRC32
// of the key modulo the partition count, the same as librdkafka's default
// ("consistent_random"), so a submitter written against librdkafka (Python,
// .NET, confluent-kafka-go) places a member's claims where `claims submit`
// does. Messages without a key go to a random partition.
//
// It matters only that every producer of a topic uses the same one: the
// partition, not the topic, is what keeps one member's claims in order.
func Balancer() kafka.Balancer { return kafka.CRC32Balancer{} }

// newWriter returns a synchronous writer that waits for every in-sync
// replica, since offsets are committed (and claims reported submitted) only
// after a write succeeded.
func newWriter(brokers []string, cfg config, topics ...string) *kafka.Writer {
	d := cfg.dialer
	tr := &kafka.Transport{
		Dial:           d.DialFunc,
		DialTimeout:    d.Timeout,
		ClientID:       d.ClientID,
		TLS:            d.TLS,
		SASL:           d.SASLMechanism,
		MetadataTopics: topics,
	}
	return &kafka.Writer{
		Addr:         kafka.TCP(brokers...),
		Balancer:     Balancer(),
		RequiredAcks: kafka.RequireAll,
		BatchSize:    cfg.batchSize,
		BatchTimeout: cfg.batchTimeout,
		ErrorLogger:  errorLogger(cfg.log),
		Transport:    tr,
	}
}

func closeWriter(w *kafka.Writer) error {
	err := w.Close()
	// The writer does not own its transport's pooled connections.
	w.Transport.(*kafka.Transport).CloseIdleConnections()
	return err
}

// write writes msgs in one call and names the first message that failed.
func write(ctx context.Context, w *kafka.Writer, what string, msgs []kafka.Message) error {
	err := w.WriteMessages(ctx, msgs...)
	if err == nil {
		return nil
	}
	var werrs kafka.WriteErrors
	if errors.As(err, &werrs) {
		for i, e := range werrs {
			if e != nil {
				return fmt.Errorf("intake: write %s to %s: %d of %d failed, first #%d: %w (%w)",
					what, msgs[i].Topic, werrs.Count(), len(msgs), i, e, err)
			}
		}
	}
	return fmt.Errorf("intake: write %d %s to %s: %w", len(msgs), what, msgs[0].Topic, err)
}

// Publisher writes decision records and dead letters.
type Publisher struct {
	w               *kafka.Writer
	decisionsTopic  string
	deadLetterTopic string
	sealer          *privacy.Sealer
}

var _ adjudicator.Publisher = (*Publisher)(nil)

// NewPublisher validates its configuration and returns a Publisher. It does
// not connect until the first write.
func NewPublisher(brokers []string, opts ...Option) (*Publisher, error) {
	if err := validateBrokers(brokers); err != nil {
		return nil, fmt.Errorf("intake: publisher: %w", err)
	}
	cfg := newConfig(opts)
	switch {
	case cfg.decisionsTopic == "":
		return nil, errors.New("intake: publisher: empty decisions topic")
	case cfg.deadLetterTopic == "":
		return nil, errors.New("intake: publisher: empty dead-letter topic")
	}
	if err := cfg.validateWriter(); err != nil {
		return nil, fmt.Errorf("intake: publisher: %w", err)
	}
	return &Publisher{
		w:               newWriter(slices.Clone(brokers), cfg, cfg.decisionsTopic, cfg.deadLetterTopic),
		decisionsTopic:  cfg.decisionsTopic,
		deadLetterTopic: cfg.deadLetterTopic,
		sealer:          cfg.sealer,
	}, nil
}

// PublishDecisions writes recs to the decisions topic, keyed by the hex of
// the member key so one member's decisions stay in order, and returns once
// every in-sync replica has them. On error some may have been written: the
// engine retries the whole batch, so readers must tolerate duplicates (the
// source position headers identify them).
func (p *Publisher) PublishDecisions(ctx context.Context, recs []adjudicator.Published) error {
	if len(recs) == 0 {
		return nil
	}
	msgs := make([]kafka.Message, len(recs))
	for i, r := range recs {
		key := []byte(hex.EncodeToString(r.MemberKey[:]))
		value, err := p.seal(r.Record, key)
		if err != nil {
			return err
		}
		msgs[i] = kafka.Message{
			Topic: p.decisionsTopic,
			Key:   key,
			Value: value,
			Headers: []kafka.Header{
				header(HeaderSourcePartition, int64(r.Source.Partition)),
				header(HeaderSourceOffset, r.Source.Offset),
				header(HeaderBatchPartition, int64(r.Batch.Partition)),
				header(HeaderBatchFrom, r.Batch.From),
				header(HeaderBatchTo, r.Batch.To),
			},
		}
		if r.History != nil {
			msgs[i].Headers = append(msgs[i].Headers, kafka.Header{Key: HeaderHistory, Value: r.History})
		}
		if r.Flags != nil {
			msgs[i].Headers = append(msgs[i].Headers, kafka.Header{Key: HeaderFlags, Value: r.Flags})
		}
	}
	return write(ctx, p.w, "decisions", msgs)
}

// PublishDeadLetters writes dls to the dead-letter topic with their original
// key and bytes unchanged, and returns once every in-sync replica has them.
func (p *Publisher) PublishDeadLetters(ctx context.Context, dls []adjudicator.DeadLetter) error {
	if len(dls) == 0 {
		return nil
	}
	msgs := make([]kafka.Message, len(dls))
	for i, d := range dls {
		value := d.Value
		if !privacy.IsSealed(value) {
			// A claim that arrived unsealed and unreadable still holds whatever it holds.
			var err error
			if value, err = p.seal(value, d.Key); err != nil {
				return err
			}
		}
		msgs[i] = kafka.Message{
			Topic: p.deadLetterTopic,
			Key:   d.Key,
			Value: value,
			Headers: []kafka.Header{
				header(HeaderSourcePartition, int64(d.Source.Partition)),
				header(HeaderSourceOffset, d.Source.Offset),
				{Key: HeaderDeadLetterReason, Value: []byte(d.Reason)},
			},
		}
	}
	return write(ctx, p.w, "dead letters", msgs)
}

// Close flushes and releases the writer's connections.
func (p *Publisher) Close() error { return closeWriter(p.w) }

// seal seals v under key when the publisher has a sealer.
func (p *Publisher) seal(v, key []byte) ([]byte, error) {
	if p.sealer == nil {
		return v, nil
	}
	out, err := p.sealer.Seal(v, key)
	if err != nil {
		return nil, fmt.Errorf("intake: seal: %w", err)
	}
	return out, nil
}

func header(k string, v int64) kafka.Header {
	return kafka.Header{Key: k, Value: strconv.AppendInt(nil, v, 10)}
}

// Submission is one claim to submit: Key is the member key (one member's
// claims share it, which keeps them on one partition and in order), Value
// the claim document as the adjudicator decodes it.
type Submission struct {
	Key   []byte
	Value []byte
}

// Producer writes claims to the input topic for `claims submit`.
type Producer struct {
	w     *kafka.Writer
	topic string
}

// NewProducer validates its configuration and returns a Producer. It does
// not connect until the first write.
func NewProducer(brokers []string, opts ...Option) (*Producer, error) {
	if err := validateBrokers(brokers); err != nil {
		return nil, fmt.Errorf("intake: producer: %w", err)
	}
	cfg := newConfig(opts)
	if cfg.inputTopic == "" {
		return nil, errors.New("intake: producer: empty input topic")
	}
	if err := cfg.validateWriter(); err != nil {
		return nil, fmt.Errorf("intake: producer: %w", err)
	}
	return &Producer{w: newWriter(slices.Clone(brokers), cfg, cfg.inputTopic), topic: cfg.inputTopic}, nil
}

// Submit writes subs in one call, batched per partition, and returns once
// every in-sync replica has them. Within a partition they keep the order
// given. On error some may have been written; the returned error wraps
// kafka.WriteErrors, which says which. Resubmitting a claim is safe: the
// rules deny the duplicate (CARC 18).
func (p *Producer) Submit(ctx context.Context, subs ...Submission) error {
	if len(subs) == 0 {
		return nil
	}
	msgs := make([]kafka.Message, len(subs))
	for i, s := range subs {
		if len(s.Key) == 0 {
			// Without a key the claim would land on a random partition,
			// out of order with the member's other claims.
			return fmt.Errorf("intake: submit to %s: claim #%d has no member key", p.topic, i)
		}
		msgs[i] = kafka.Message{Topic: p.topic, Key: s.Key, Value: s.Value}
	}
	return write(ctx, p.w, "claims", msgs)
}

// Close flushes and releases the writer's connections.
func (p *Producer) Close() error { return closeWriter(p.w) }
