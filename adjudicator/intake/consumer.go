package intake

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/segmentio/kafka-go"
)

// Consumer is the engine's intake: a member of a Kafka consumer group that
// hands each assigned partition of the input topic to the engine.
//
// Each call to Consume is one group member, so one Consumer may serve
// several concurrent Consume calls (tests do; a process normally runs one).
type Consumer struct {
	brokers []string
	cfg     config

	// joinFailing is set while joining the group fails (brokers unreachable), so readiness
	// can say so: a member without a generation owns no partition and no engine retry sees it.
	joinFailing atomic.Bool
}

// Health reports an error while the consumer cannot join its group.
func (c *Consumer) Health() error {
	if c.joinFailing.Load() {
		return fmt.Errorf("cannot join consumer group %s (brokers unreachable?)", c.cfg.groupID)
	}
	return nil
}

var _ adjudicator.Intake = (*Consumer)(nil)

// NewConsumer validates its configuration and returns a Consumer. It does
// not connect: brokers are contacted when Consume joins the group.
func NewConsumer(brokers []string, opts ...Option) (*Consumer, error) {
	if err := validateBrokers(brokers); err != nil {
		return nil, fmt.Errorf("intake: consumer: %w", err)
	}
	cfg := newConfig(opts)
	if err := cfg.validateConsumer(); err != nil {
		return nil, fmt.Errorf("intake: consumer: %w", err)
	}
	return &Consumer{brokers: slices.Clone(brokers), cfg: cfg}, nil
}

// Consume joins the group and, for every partition assigned to this member,
// calls own in its own goroutine. own's context ends when the partition is
// revoked (a rebalance) or ctx ends; own must then return promptly, since
// the group cannot move to its next generation until every own of this
// member has returned.
//
// If own returns nil before its context ended, the generation ends and the
// group rebalances: the partition is handed out again, possibly to this
// member.
//
// Consume returns nil once ctx has ended, every own call has returned and
// the member has left the group (so the others take over its partitions at
// their next heartbeat instead of after the session timeout). A join in
// flight when ctx ends is waited for: kafka-go cannot interrupt it, and it
// can take up to the rebalance timeout when a peer is slow to rejoin.
//
// If own returns an error, Consume logs it, stops every other own, leaves
// the group and returns that error. It does not retry: an owner fails only
// when something is wrong that a fresh start might cure (the chain
// unreachable past the engine's retries, say), and the process is expected
// to exit and be restarted by its supervisor, the group handing its
// partitions to the other instances meanwhile. An error returned after the
// generation ended under own (a rebalance, or the session lost in a broker
// outage) is not a failure: the partition was handed over mid-batch, and
// its next owner resumes from the chain.
//
// Failures to join the group (brokers unreachable, coordinator moving) are
// logged and retried until ctx ends.
func (c *Consumer) Consume(ctx context.Context, own func(ctx context.Context, p adjudicator.Partition) error) error {
	if own == nil {
		return errors.New("intake: consume: nil owner function")
	}
	log := c.cfg.log.With("group", c.cfg.groupID, "topic", c.cfg.inputTopic)
	group, err := kafka.NewConsumerGroup(kafka.ConsumerGroupConfig{
		ID:                c.cfg.groupID,
		Brokers:           c.brokers,
		Dialer:            c.cfg.dialer,
		Topics:            []string{c.cfg.inputTopic},
		HeartbeatInterval: c.cfg.heartbeatInterval,
		SessionTimeout:    c.cfg.sessionTimeout,
		RebalanceTimeout:  c.cfg.rebalanceTimeout,
		JoinGroupBackoff:  c.cfg.joinBackoff,
		StartOffset:       kafka.FirstOffset,
		ErrorLogger:       errorLogger(c.cfg.log),
	})
	if err != nil {
		return fmt.Errorf("intake: consumer group %s: %w", c.cfg.groupID, err)
	}

	runCtx, stop := context.WithCancel(ctx)
	defer stop()
	var (
		owners   sync.WaitGroup
		failOnce sync.Once
		failure  error
	)
	fail := func(err error) {
		failOnce.Do(func() { failure = err })
		stop()
	}

	for {
		gen, err := group.Next(runCtx)
		if err != nil {
			if runCtx.Err() != nil {
				break
			}
			if errors.Is(err, kafka.RebalanceInProgress) {
				// kafka-go rejoins at once; this is the normal path when a
				// peer joins while this member syncs.
				log.Debug("rebalance in progress; rejoining")
				continue
			}
			c.joinFailing.Store(true)
			log.Warn("joining consumer group failed; retrying", "err", err, "backoff", c.cfg.joinBackoff)
			continue
		}
		c.joinFailing.Store(false)
		assigned := gen.Assignments[c.cfg.inputTopic]
		ids := make([]int32, len(assigned))
		for i, a := range assigned {
			ids[i] = int32(a.ID)
		}
		slices.Sort(ids)
		log.Info("consumer group generation", "generation", gen.ID, "member", gen.MemberID, "partitions", ids)

		// Commits of every partition go over the generation's one
		// coordinator connection. kafka-go's Conn lets concurrent requests
		// spin on its read lock for each other's responses: measured with 4
		// partitions, 400 commits took 690ms concurrent, 30ms serialized.
		var commitMu sync.Mutex
		for _, a := range assigned {
			p := c.newPartition(gen, a, ids, &commitMu)
			owners.Add(1)
			gen.Start(func(genCtx context.Context) {
				defer owners.Done()
				defer p.close()
				// own's context ends with the generation only, not with ctx:
				// when ctx ends, group.Close must see the group closing
				// before it sees the generation end, or kafka-go rejoins
				// first and the peers go through an extra rebalance. It
				// keeps ctx's values (trace ids, loggers), which genCtx
				// lacks.
				octx, cancel := context.WithCancel(context.WithoutCancel(ctx))
				defer cancel()
				defer context.AfterFunc(genCtx, cancel)()
				if err := own(octx, p); err != nil {
					if genCtx.Err() != nil {
						// The generation ended under the owner (a rebalance, or a session
						// lost to a broker outage), cutting its batch short. That is a
						// handover, not a failure: the next owner replays from the chain.
						log.Warn("partition lost mid-batch; its next owner resumes from the chain", "partition", p.id, "generation", gen.ID)
						return
					}
					err = fmt.Errorf("intake: owner of %s/%d: %w", p.topic, p.id, err)
					log.Error("partition owner failed; leaving the group and stopping", "partition", p.id, "generation", gen.ID, "err", err)
					fail(err)
					// Returning would end the generation and kafka-go would
					// rejoin; hold it until Close ends it, so it leaves.
					<-genCtx.Done()
				}
			})
		}
	}

	// Close ends the generation, waits for every own started through it,
	// then leaves the group.
	if err := group.Close(); err != nil {
		log.Warn("closing consumer group", "err", err)
	}
	owners.Wait()
	log.Info("left consumer group")
	return failure
}

func (c *Consumer) newPartition(gen *kafka.Generation, a kafka.PartitionAssignment, assigned []int32, commitMu *sync.Mutex) *partition {
	p := &partition{
		commitMu: commitMu,
		assigned: assigned,
		id:       int32(a.ID),
		topic:    c.cfg.inputTopic,
		brokers:  c.brokers,
		dialer:   c.cfg.dialer,
		gen:      gen,
		log:      c.cfg.log,
		r: kafka.NewReader(kafka.ReaderConfig{
			Brokers:     c.brokers,
			Dialer:      c.cfg.dialer,
			Topic:       c.cfg.inputTopic,
			Partition:   a.ID,
			MaxWait:     c.cfg.fetchMaxWait,
			StartOffset: kafka.FirstOffset,
			ErrorLogger: errorLogger(c.cfg.log),
		}),
	}
	committed := a.Offset
	if committed < 0 {
		// kafka-go reports "no committed offset" as the group's start
		// offset sentinel (kafka.FirstOffset, -2).
		committed = -1
	}
	p.committed.Store(committed)
	if committed >= 0 {
		// An owner that never sets an offset resumes where the group left
		// off. The reader has not connected yet, so this costs nothing.
		_ = p.r.SetOffset(committed)
	}
	return p
}

// partition is one assigned partition for the lifetime of one generation.
type partition struct {
	id        int32
	topic     string
	brokers   []string
	dialer    *kafka.Dialer
	gen       *kafka.Generation
	r         *kafka.Reader
	log       *slog.Logger
	committed atomic.Int64
	commitMu  *sync.Mutex // shared by the generation's partitions
	assigned  []int32     // the generation's assignment to this member; shared, read only
}

var _ adjudicator.Partition = (*partition)(nil)

func (p *partition) ID() int32 { return p.id }

func (p *partition) Committed() int64 { return p.committed.Load() }

func (p *partition) Assignment() []int32 { return slices.Clone(p.assigned) }

// SetOffset moves the reader; messages it had read ahead are discarded.
func (p *partition) SetOffset(offset int64) error {
	if offset < 0 {
		// kafka-go would read -1 and -2 as "last" and "first".
		return fmt.Errorf("intake: set offset of %s/%d to %d: offset must be >= 0", p.topic, p.id, offset)
	}
	if err := p.r.SetOffset(offset); err != nil {
		return fmt.Errorf("intake: set offset of %s/%d to %d: %w", p.topic, p.id, offset, err)
	}
	return nil
}

// Fetch returns the next message. A message the reader has read ahead stays
// queued in it until a Fetch returns it, so a cancelled Fetch loses nothing.
func (p *partition) Fetch(ctx context.Context) (adjudicator.Message, error) {
	// FetchMessage selects between ctx and a ready message at random; an
	// ended ctx must fail deterministically.
	if err := ctx.Err(); err != nil {
		return adjudicator.Message{}, err
	}
	m, err := p.r.FetchMessage(ctx)
	if err != nil {
		if ctx.Err() != nil {
			return adjudicator.Message{}, ctx.Err()
		}
		return adjudicator.Message{}, fmt.Errorf("intake: fetch %s/%d at offset %d: %w", p.topic, p.id, p.r.Offset(), err)
	}
	// The high watermark comes with every fetch response, so the engine's lag costs no request.
	return adjudicator.Message{Partition: int32(m.Partition), Offset: m.Offset, Key: m.Key, Value: m.Value, HighWaterMark: m.HighWaterMark, Time: m.Time}, nil
}

// Commit commits next in this member's generation. It is bounded by
// kafka-go's coordinator timeout (5s), not by ctx, once sent. After a
// revocation it still succeeds while the group is rebalancing (the
// generation has not moved on yet), which is what lets the engine commit
// the batch it drains on revocation.
func (p *partition) Commit(ctx context.Context, next int64) error {
	if next < 0 {
		return fmt.Errorf("intake: commit %s/%d offset %d: offset must be >= 0", p.topic, p.id, next)
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("intake: commit %s/%d offset %d: %w", p.topic, p.id, next, err)
	}
	p.commitMu.Lock()
	err := p.gen.CommitOffsets(map[string]map[int]int64{p.topic: {int(p.id): next}})
	p.commitMu.Unlock()
	if err != nil {
		return fmt.Errorf("intake: commit %s/%d offset %d (generation %d): %w", p.topic, p.id, next, p.gen.ID, err)
	}
	p.committed.Store(next)
	return nil
}

// FirstOffset asks the partition's leader for the oldest offset it still holds.
func (p *partition) FirstOffset(ctx context.Context) (int64, error) {
	return p.leaderOffset(ctx, "first offset", (*kafka.Conn).ReadFirstOffset)
}

// HighWaterMark asks the partition's leader for one past its newest offset. The engine asks
// once per assignment; afterwards every fetched message carries it.
func (p *partition) HighWaterMark(ctx context.Context) (int64, error) {
	return p.leaderOffset(ctx, "high watermark", (*kafka.Conn).ReadLastOffset)
}

func (p *partition) leaderOffset(ctx context.Context, what string, read func(*kafka.Conn) (int64, error)) (int64, error) {
	d := p.dialer
	if d == nil {
		d = kafka.DefaultDialer
	}
	var errs []error
	for _, b := range p.brokers {
		conn, err := d.DialLeader(ctx, "tcp", b, p.topic, int(p.id))
		if err != nil {
			errs = append(errs, err)
			continue
		}
		// A leader that accepted the connection and then stalls must not hold the partition's
		// owner forever: the engine retries what fails, not what hangs.
		deadline := time.Now().Add(10 * time.Second)
		if dl, ok := ctx.Deadline(); ok && dl.Before(deadline) {
			deadline = dl
		}
		_ = conn.SetDeadline(deadline)
		off, err := read(conn)
		conn.Close()
		if err != nil {
			return 0, fmt.Errorf("intake: %s of %s/%d: %w", what, p.topic, p.id, err)
		}
		return off, nil
	}
	return 0, fmt.Errorf("intake: %s of %s/%d: %w", what, p.topic, p.id, errors.Join(errs...))
}

func (p *partition) close() {
	if err := p.r.Close(); err != nil {
		p.log.Warn("closing partition reader", "topic", p.topic, "partition", p.id, "err", err)
	}
}
