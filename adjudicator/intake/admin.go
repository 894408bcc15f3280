package intake

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"net"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/segmentio/kafka-go"
)

// adminTimeout bounds admin requests when ctx has no deadline: kafka-go's
// Conn takes deadlines, not contexts, and derives CreateTopics' broker-side
// timeout from the deadline.
const adminTimeout = 30 * time.Second

// CreateTopics creates the topics that do not exist yet, each with the given
// number of partitions and a replication factor of min(3, brokers in the
// cluster). Existing topics are left as they are, whatever their partition
// count, so it is safe to call on every start. It connects with the default
// options (plain TCP); CreateTopicsWith takes options (WithTLS, WithSASL).
func CreateTopics(ctx context.Context, brokers []string, partitions int, topics ...string) error {
	return CreateTopicsWith(ctx, brokers, partitions, topics)
}

// CreateTopicsWith is CreateTopics connecting as opts say (WithDialer,
// WithTLS, WithSASL; the other options are ignored).
func CreateTopicsWith(ctx context.Context, brokers []string, partitions int, topics []string, opts ...Option) error {
	if err := validateBrokers(brokers); err != nil {
		return fmt.Errorf("intake: create topics: %w", err)
	}
	if partitions < 1 {
		return fmt.Errorf("intake: create topics: %d partitions, want >= 1", partitions)
	}
	if len(topics) == 0 || slices.Contains(topics, "") {
		return fmt.Errorf("intake: create topics: topic names %q, want non-empty", topics)
	}
	cfg := newConfig(opts)
	if err := cfg.validateCommon(); err != nil {
		return fmt.Errorf("intake: create topics: %w", err)
	}
	conn, err := dialAny(ctx, cfg.dialer, brokers)
	if err != nil {
		return fmt.Errorf("intake: create topics %v: %w", topics, err)
	}
	defer conn.Close()
	ctrl, err := conn.Controller()
	if err != nil {
		return fmt.Errorf("intake: create topics %v: find controller: %w", topics, err)
	}
	cluster, err := conn.Brokers()
	if err != nil {
		return fmt.Errorf("intake: create topics %v: list brokers: %w", topics, err)
	}
	// Topics can only be created through the controller.
	addr := net.JoinHostPort(ctrl.Host, strconv.Itoa(ctrl.Port))
	cconn, err := dialAny(ctx, cfg.dialer, []string{addr})
	if err != nil {
		return fmt.Errorf("intake: create topics %v: controller: %w", topics, err)
	}
	defer cconn.Close()
	cfgs := make([]kafka.TopicConfig, len(topics))
	for i, t := range topics {
		cfgs[i] = kafka.TopicConfig{Topic: t, NumPartitions: partitions, ReplicationFactor: min(3, len(cluster))}
	}
	// kafka-go treats "already exists" as success.
	if err := cconn.CreateTopics(cfgs...); err != nil {
		return fmt.Errorf("intake: create topics %v on controller %s: %w", topics, addr, err)
	}
	return nil
}

// adminConn is a kafka-go Conn that closes when its ctx ends, which makes
// kafka-go's deadline-driven Conn cancellable.
type adminConn struct {
	*kafka.Conn
	stop func() bool
}

func (c adminConn) Close() error {
	c.stop()
	return c.Conn.Close()
}

func watch(ctx context.Context, conn *kafka.Conn) adminConn {
	deadline, ok := ctx.Deadline()
	if !ok {
		deadline = time.Now().Add(adminTimeout)
	}
	_ = conn.SetDeadline(deadline)
	return adminConn{Conn: conn, stop: context.AfterFunc(ctx, func() { _ = conn.Close() })}
}

// dialAny connects to the first broker that answers.
func dialAny(ctx context.Context, d *kafka.Dialer, brokers []string) (adminConn, error) {
	var errs []error
	for _, b := range brokers {
		conn, err := d.DialContext(ctx, "tcp", b)
		if err != nil {
			errs = append(errs, fmt.Errorf("dial %s: %w", b, err))
			continue
		}
		return watch(ctx, conn), nil
	}
	return adminConn{}, errors.Join(errs...)
}

// Record is one message read back by ReadAll.
type Record struct {
	Partition int32
	Offset    int64
	Key       []byte
	Value     []byte
	Headers   map[string]string // last value wins for repeated keys
	Time      time.Time
}

// readAllMaxWait is the fetch wait of ReadAll's readers: it never waits for
// new messages, but closing a reader waits for its fetch in flight.
const readAllMaxWait = 100 * time.Millisecond

// ReadAll reads every partition of topic from its first offset to its end
// as of the call (the high watermark), in order of partition then offset.
// Messages produced meanwhile are not waited for.
//
// It is meant for audits of topics written by this package. A partition
// whose last offsets are transaction markers (written only by transactional
// producers) would never reach its watermark; ReadAll then runs until ctx
// ends.
//
// opts say how to connect (WithDialer, WithTLS, WithSASL); the other options
// are ignored.
func ReadAll(ctx context.Context, brokers []string, topic string, opts ...Option) ([]Record, error) {
	return ReadFrom(ctx, brokers, topic, nil, opts...)
}

// ReadFrom is ReadAll starting, in each partition, at from[partition] (the next offset a tail
// reader wants) instead of the first retained offset: how a long-running reader such as
// `claims guard` picks up only what is new.
func ReadFrom(ctx context.Context, brokers []string, topic string, from map[int32]int64, opts ...Option) ([]Record, error) {
	if err := validateBrokers(brokers); err != nil {
		return nil, fmt.Errorf("intake: read %s: %w", topic, err)
	}
	cfg := newConfig(opts)
	if err := cfg.validateCommon(); err != nil {
		return nil, fmt.Errorf("intake: read %s: %w", topic, err)
	}
	parts, err := partitionsOf(ctx, cfg.dialer, brokers, topic)
	if err != nil {
		return nil, fmt.Errorf("intake: read %s: list partitions: %w", topic, saslHint(err, cfg.dialer))
	}
	rctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var (
		wg   sync.WaitGroup
		out  = make([][]Record, len(parts))
		errs = make([]error, len(parts))
	)
	for i, p := range parts {
		wg.Go(func() {
			out[i], errs[i] = readPartition(rctx, cfg.dialer, brokers, p, from[int32(p.ID)])
			if errs[i] != nil {
				cancel() // one failed partition fails the audit
			}
		})
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("intake: read %s: %w", topic, err)
	}
	var recs []Record
	for i := range parts {
		if errs[i] != nil && !errors.Is(errs[i], context.Canceled) {
			return nil, errs[i]
		}
		recs = append(recs, out[i]...)
	}
	slices.SortFunc(recs, func(a, b Record) int {
		if c := cmp.Compare(a.Partition, b.Partition); c != 0 {
			return c
		}
		return cmp.Compare(a.Offset, b.Offset)
	})
	return recs, nil
}

// Partitions lists the partitions of topic, sorted, without creating a missing topic (an error
// then). opts say how to connect (WithDialer, WithTLS, WithSASL).
func Partitions(ctx context.Context, brokers []string, topic string, opts ...Option) ([]int32, error) {
	if err := validateBrokers(brokers); err != nil {
		return nil, fmt.Errorf("intake: partitions of %s: %w", topic, err)
	}
	cfg := newConfig(opts)
	if err := cfg.validateCommon(); err != nil {
		return nil, fmt.Errorf("intake: partitions of %s: %w", topic, err)
	}
	parts, err := partitionsOf(ctx, cfg.dialer, brokers, topic)
	if err != nil {
		return nil, fmt.Errorf("intake: partitions of %s: %w", topic, saslHint(err, cfg.dialer))
	}
	out := make([]int32, len(parts))
	for i, p := range parts {
		out[i] = int32(p.ID)
	}
	slices.Sort(out)
	return out, nil
}

// partitionsOf lists a topic's partitions. kafka-go's Conn.ReadPartitions
// asks the broker to create a missing topic (and Kafka's default
// auto.create.topics.enable obliges), which an audit of a misspelled topic
// must not do; the Client's metadata request does not ask.
func partitionsOf(ctx context.Context, d *kafka.Dialer, brokers []string, topic string) ([]kafka.Partition, error) {
	tr := transportOf(d)
	defer tr.CloseIdleConnections()
	client := &kafka.Client{Addr: kafka.TCP(brokers...), Transport: tr, Timeout: adminTimeout}
	md, err := client.Metadata(ctx, &kafka.MetadataRequest{Topics: []string{topic}})
	if err != nil {
		return nil, err
	}
	for _, t := range md.Topics {
		if t.Name != topic {
			continue
		}
		if t.Error != nil {
			return nil, t.Error
		}
		return t.Partitions, nil
	}
	return nil, kafka.UnknownTopicOrPartition
}

func readPartition(ctx context.Context, d *kafka.Dialer, brokers []string, p kafka.Partition, from int64) ([]Record, error) {
	conn, err := d.DialPartition(ctx, "tcp", "", p)
	if err != nil {
		return nil, fmt.Errorf("intake: read %s/%d: dial leader: %w", p.Topic, p.ID, err)
	}
	lconn := watch(ctx, conn)
	first, end, err := lconn.ReadOffsets()
	lconn.Close()
	if err != nil {
		return nil, fmt.Errorf("intake: read %s/%d: offsets: %w", p.Topic, p.ID, err)
	}
	first = max(first, from)
	if end <= first {
		return nil, nil
	}
	r := kafka.NewReader(kafka.ReaderConfig{
		Brokers:   brokers,
		Dialer:    d,
		Topic:     p.Topic,
		Partition: p.ID,
		MaxWait:   readAllMaxWait,
	})
	defer r.Close()
	if err := r.SetOffset(first); err != nil {
		return nil, fmt.Errorf("intake: read %s/%d from %d: %w", p.Topic, p.ID, first, err)
	}
	recs := make([]Record, 0, end-first)
	for {
		m, err := r.FetchMessage(ctx)
		if err != nil {
			return nil, fmt.Errorf("intake: read %s/%d at %d of [%d,%d): %w", p.Topic, p.ID, r.Offset(), first, end, err)
		}
		rec := Record{Partition: int32(m.Partition), Offset: m.Offset, Key: m.Key, Value: m.Value, Time: m.Time}
		if len(m.Headers) > 0 {
			rec.Headers = make(map[string]string, len(m.Headers))
			for _, h := range m.Headers {
				rec.Headers[h.Key] = string(h.Value)
			}
		}
		recs = append(recs, rec)
		// Offsets can have gaps (compaction), so the end is reached when an
		// offset at or past the watermark's predecessor is seen.
		if m.Offset >= end-1 {
			return recs, nil
		}
	}
}
