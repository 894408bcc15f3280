package intake

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"time"

	"github.com/segmentio/kafka-go"
	"github.com/segmentio/kafka-go/sasl"

	"github.com/claimsledger/claims/adjudicator/privacy"
)

// Default names. They are the contract between `claims submit`, the
// adjudicator workers and `claims audit`; change them only through options,
// and the same way everywhere.
const (
	DefaultGroupID         = "adjudicator"
	DefaultInputTopic      = "claims.submitted"
	DefaultDecisionsTopic  = "claims.decisions"
	DefaultDeadLetterTopic = "claims.deadletter"
)

// Option configures a Consumer, Publisher or Producer. One slice of options
// can be built from the configuration and passed to every constructor: each
// option says which of them it affects, and the others ignore it.
type Option func(*config)

type config struct {
	groupID         string
	inputTopic      string
	decisionsTopic  string
	deadLetterTopic string

	sessionTimeout    time.Duration
	heartbeatInterval time.Duration
	rebalanceTimeout  time.Duration
	joinBackoff       time.Duration
	fetchMaxWait      time.Duration

	batchSize    int
	batchTimeout time.Duration

	dialer *kafka.Dialer
	tls    *tls.Config    // WithTLS, applied to a copy of dialer
	sasl   sasl.Mechanism // WithSASL, likewise
	log    *slog.Logger
	sealer *privacy.Sealer // WithSealer: payloads published sealed
}

func newConfig(opts []Option) config {
	c := config{
		groupID:         DefaultGroupID,
		inputTopic:      DefaultInputTopic,
		decisionsTopic:  DefaultDecisionsTopic,
		deadLetterTopic: DefaultDeadLetterTopic,

		sessionTimeout:    10 * time.Second,
		heartbeatInterval: time.Second,
		rebalanceTimeout:  15 * time.Second,
		joinBackoff:       time.Second,
		fetchMaxWait:      500 * time.Millisecond,

		batchSize:    1000,
		batchTimeout: time.Millisecond,

		dialer: &kafka.Dialer{Timeout: 10 * time.Second, DualStack: true},
		log:    slog.Default(),
	}
	for _, o := range opts {
		o(&c)
	}
	c.applyTransport()
	return c
}

// WithGroupID sets the consumer group. Consumer only. Default "adjudicator".
// Instances with the same group split the input partitions between them;
// a second group would adjudicate every claim a second time (the chain
// watermark would reject its batches, so it would only waste work).
func WithGroupID(id string) Option { return func(c *config) { c.groupID = id } }

// WithInputTopic sets the topic claims are submitted to. Consumer and
// Producer. Default "claims.submitted".
func WithInputTopic(topic string) Option { return func(c *config) { c.inputTopic = topic } }

// WithDecisionsTopic sets the topic decision records are published to.
// Publisher only. Default "claims.decisions".
func WithDecisionsTopic(topic string) Option { return func(c *config) { c.decisionsTopic = topic } }

// WithDeadLetterTopic sets the topic undecidable input is published to.
// Publisher only. Default "claims.deadletter".
func WithDeadLetterTopic(topic string) Option {
	return func(c *config) { c.deadLetterTopic = topic }
}

// WithSessionTimeout is how long the group coordinator waits for a heartbeat
// before it declares an instance dead and hands its partitions to the
// others. Consumer only. Default 10s (kafka-go's is 30s).
//
// It bounds how long the partitions of a crashed instance stay unowned. A
// clean shutdown leaves the group and does not wait for it. Shorter values
// risk expelling a live instance during a long GC pause or network blip.
// Brokers only accept values within group.min.session.timeout.ms (6s by
// default, in Kafka and in kfake) and group.max.session.timeout.ms.
func WithSessionTimeout(d time.Duration) Option {
	return func(c *config) { c.sessionTimeout = d }
}

// WithHeartbeatInterval is how often an instance heartbeats to the group
// coordinator. Consumer only. Default 1s (kafka-go's is 3s).
//
// kafka-go learns that the group is rebalancing (a peer joined or left) only
// from a heartbeat response, so this is most of the time a rebalance takes.
// Each heartbeat is one small request; keep it at most a third of the
// session timeout.
func WithHeartbeatInterval(d time.Duration) Option {
	return func(c *config) { c.heartbeatInterval = d }
}

// WithRebalanceTimeout is how long the coordinator waits for every member to
// rejoin once a rebalance has started. Consumer only. Default 15s (kafka-go's
// is 30s).
//
// A member rejoins only after all its own calls returned, and the engine
// finishes (settles, publishes, commits) the batch in flight first. A member
// slower than this is expelled, its partitions are handed out without it,
// and its rejoin starts a second rebalance: settlement stays exactly once
// (the chain watermark rejects the loser), but work is wasted. Raise it
// toward the chain's settlement latency when that is several seconds.
// It also bounds a join when a peer is unresponsive.
func WithRebalanceTimeout(d time.Duration) Option {
	return func(c *config) { c.rebalanceTimeout = d }
}

// WithJoinBackoff is the pause before retrying after a failed join (broker
// unreachable, coordinator moving). Consumer only. Default 1s (kafka-go's is
// 5s). Shorter recovers sooner; longer sends fewer doomed requests to a
// struggling cluster.
func WithJoinBackoff(d time.Duration) Option { return func(c *config) { c.joinBackoff = d } }

// WithFetchMaxWait is how long the broker holds a fetch open waiting for new
// claims on an idle partition. Consumer only. Default 500ms (kafka-go's is
// 10s).
//
// Closing a partition reader waits for its fetch in flight, so this bounds
// how long a revoked partition takes to be released (and so a rebalance and
// a shutdown). Shorter values cost one more fetch request per idle
// partition per interval; they do not delay claims, which a fetch returns
// as soon as they arrive. kafka-go asks the broker to wait 3/4 of it and
// keeps the rest (at most 1s) as the margin for the response; a response
// later than that is logged as an i/o timeout and the reader reconnects, so
// values under ~200ms make that noise likely on a busy host.
func WithFetchMaxWait(d time.Duration) Option { return func(c *config) { c.fetchMaxWait = d } }

// WithBatchSize caps the messages per partition in one produce request.
// Publisher and Producer. Default 1000 (kafka-go's is 100): an engine batch
// of 500 decisions spread over a few partitions goes in one request each.
// Requests are also capped at 1 MiB, the broker's default message.max.bytes.
func WithBatchSize(n int) Option { return func(c *config) { c.batchSize = n } }

// WithBatchTimeout is how long a partly filled produce batch waits for more
// messages. Publisher and Producer. Default 1ms (kafka-go's is 1s).
//
// Every write here is synchronous and hands over all its messages at once,
// and kafka-go sends a partial batch only when this expires (it has no
// flush), so the wait is pure latency on every call: measured on kfake, a
// call publishing 500 decisions of 1 KiB took 9.0ms at 5ms and 4.3ms at
// 1ms. Longer values let concurrent calls (several partitions publishing at
// once) share requests.
func WithBatchTimeout(d time.Duration) Option { return func(c *config) { c.batchTimeout = d } }

// WithDialer sets how connections are made: its TLS config, SASL mechanism,
// client ID and timeouts. All (the writers and the admin client take TLS,
// SASL, dial function, timeout and client ID from it); WithTLS and WithSASL
// override its TLS and SASL. Default: plain TCP, 10s dial timeout.
func WithDialer(d *kafka.Dialer) Option { return func(c *config) { c.dialer = d } }

// WithLogger sets the logger. All. Default slog.Default(). kafka-go's own
// messages are passed on at error level only: its informational output is
// one line per fetch and rebalance step.
func WithLogger(l *slog.Logger) Option { return func(c *config) { c.log = l } }

func validateBrokers(brokers []string) error {
	if len(brokers) == 0 {
		return errors.New("no brokers")
	}
	for i, b := range brokers {
		if b == "" {
			return fmt.Errorf("broker %d is empty", i)
		}
	}
	return nil
}

func (c *config) validateCommon() error {
	switch {
	case c.dialer == nil:
		return errors.New("nil dialer")
	case c.log == nil:
		return errors.New("nil logger")
	}
	return nil
}

func (c *config) validateConsumer() error {
	switch {
	case c.groupID == "":
		return errors.New("empty group id")
	case c.inputTopic == "":
		return errors.New("empty input topic")
	case c.heartbeatInterval <= 0:
		return fmt.Errorf("heartbeat interval %s, want > 0", c.heartbeatInterval)
	case c.sessionTimeout <= c.heartbeatInterval:
		return fmt.Errorf("session timeout %s, want > heartbeat interval %s", c.sessionTimeout, c.heartbeatInterval)
	case c.rebalanceTimeout <= 0:
		return fmt.Errorf("rebalance timeout %s, want > 0", c.rebalanceTimeout)
	case c.joinBackoff <= 0:
		return fmt.Errorf("join backoff %s, want > 0", c.joinBackoff)
	case c.fetchMaxWait <= 0:
		return fmt.Errorf("fetch max wait %s, want > 0", c.fetchMaxWait)
	}
	return c.validateCommon()
}

func (c *config) validateWriter() error {
	switch {
	case c.batchSize < 1:
		return fmt.Errorf("batch size %d, want >= 1", c.batchSize)
	case c.batchTimeout <= 0:
		return fmt.Errorf("batch timeout %s, want > 0", c.batchTimeout)
	}
	return c.validateCommon()
}

// errorLogger passes kafka-go's error messages to slog. kafka-go reports a
// rebalance starting while this member syncs as an error; it is the normal
// way a peer joining or leaving shows up, so it is logged at info. A read
// that timed out (a broker slow to answer a fetch) is retried by kafka-go
// itself: a warning, not an error; an outage that lasts shows in /readyz.
func errorLogger(l *slog.Logger) kafka.Logger {
	return kafka.LoggerFunc(func(format string, args ...any) {
		level := slog.LevelError
		for _, a := range args {
			var ne net.Error
			switch err, ok := a.(error); {
			case !ok:
			case errors.Is(err, kafka.RebalanceInProgress):
				level = slog.LevelInfo
			case errors.As(err, &ne) && ne.Timeout():
				level = slog.LevelWarn
			}
		}
		ctx := context.Background()
		if l.Enabled(ctx, level) {
			l.Log(ctx, level, fmt.Sprintf(format, args...), "component", "kafka-go")
		}
	})
}

// WithSealer makes the Publisher seal what it writes, as claims are sealed on the input topic:
// decision records carry claim ids, codes and amounts, and a dead letter is a claim the engine
// could not read. Values are sealed with AES-GCM, the message key as associated data; readers
// open them with the same payload key. Default: none (plaintext, for dev stacks without a key).
func WithSealer(s *privacy.Sealer) Option { return func(c *config) { c.sealer = s } }
