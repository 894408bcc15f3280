// Package testkit holds in-memory doubles of the engine's dependencies for
// core tests: a partitioned log with committed offsets, a map eligibility
// store, a settler that enforces the chain's watermark rule, and a recording
// publisher. Adapter packages test against real peers instead.
package testkit

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"sync"
	"time"

	"github.com/claimsledger/claims/adjudicator"
)

// Log is a partitioned message log with per-partition committed offsets,
// shared by successive "process lives" in crash tests.
type Log struct {
	mu        sync.Mutex
	changed   chan struct{}
	parts     map[int32][]adjudicator.Message
	committed map[int32]int64
	fetched   map[int32]int64
	first     map[int32]int64
}

// NewLog returns a log with n empty partitions.
func NewLog(n int) *Log {
	l := &Log{changed: make(chan struct{}), parts: map[int32][]adjudicator.Message{}, committed: map[int32]int64{}, fetched: map[int32]int64{}, first: map[int32]int64{}}
	for i := 0; i < n; i++ {
		l.parts[int32(i)] = nil
		l.committed[int32(i)] = -1
	}
	return l
}

// Append adds a message to a partition and returns its offset. Its record time is zero, as
// from an intake that does not carry one.
func (l *Log) Append(partition int32, key, value []byte) int64 {
	return l.AppendAt(partition, key, value, time.Time{})
}

// AppendAt adds a message with the record time at, as Kafka stores it with the record.
func (l *Log) AppendAt(partition int32, key, value []byte, at time.Time) int64 {
	l.mu.Lock()
	defer l.mu.Unlock()
	off := int64(len(l.parts[partition]))
	l.parts[partition] = append(l.parts[partition], adjudicator.Message{Partition: partition, Offset: off, Key: key, Value: value, Time: at})
	close(l.changed)
	l.changed = make(chan struct{})
	return off
}

// Trim deletes a partition's messages before first, as retention does. A reader positioned
// before it is moved to first on its next fetch, as kafka-go does on "offset out of range":
// silently, which is what the engine must notice.
func (l *Log) Trim(partition int32, first int64) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.first[partition] = first
}

// Committed returns a partition's committed offset, -1 when none.
func (l *Log) Committed(partition int32) int64 {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.committed[partition]
}

// Fetched returns one past the highest offset any consumer has fetched from
// a partition, so tests can wait for the engine to have read something.
func (l *Log) Fetched(partition int32) int64 {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.fetched[partition]
}

// Len returns how many messages a partition holds.
func (l *Log) Len(partition int32) int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.parts[partition])
}

// Consume implements adjudicator.Intake: every partition is assigned to the
// one consumer until ctx ends.
func (l *Log) Consume(ctx context.Context, own func(context.Context, adjudicator.Partition) error) error {
	l.mu.Lock()
	ids := make([]int32, 0, len(l.parts))
	for id := range l.parts {
		ids = append(ids, id)
	}
	l.mu.Unlock()
	slices.Sort(ids)
	var wg sync.WaitGroup
	errs := make(chan error, len(ids))
	for _, id := range ids {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p := &partition{log: l, id: id, assigned: ids}
			p.committed = l.Committed(id)
			if err := own(ctx, p); err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	return <-errs
}

type partition struct {
	log       *Log
	id        int32
	next      int64
	committed int64
	assigned  []int32
}

func (p *partition) Assignment() []int32 { return p.assigned }

func (p *partition) HighWaterMark(context.Context) (int64, error) {
	p.log.mu.Lock()
	defer p.log.mu.Unlock()
	return int64(len(p.log.parts[p.id])), nil
}

func (p *partition) ID() int32        { return p.id }
func (p *partition) Committed() int64 { return p.committed }
func (p *partition) SetOffset(off int64) error {
	if off < 0 {
		return fmt.Errorf("seek to negative offset %d", off)
	}
	p.next = off
	return nil
}

func (p *partition) Fetch(ctx context.Context) (adjudicator.Message, error) {
	for {
		p.log.mu.Lock()
		msgs, changed := p.log.parts[p.id], p.log.changed
		p.next = max(p.next, p.log.first[p.id])
		if p.next < int64(len(msgs)) {
			m := msgs[p.next]
			m.HighWaterMark = int64(len(msgs))
			p.next++
			p.log.fetched[p.id] = max(p.log.fetched[p.id], p.next)
			p.log.mu.Unlock()
			return m, nil
		}
		p.log.mu.Unlock()
		select {
		case <-ctx.Done():
			return adjudicator.Message{}, ctx.Err()
		case <-changed:
		}
	}
}

func (p *partition) FirstOffset(context.Context) (int64, error) {
	p.log.mu.Lock()
	defer p.log.mu.Unlock()
	return p.log.first[p.id], nil
}

func (p *partition) Commit(_ context.Context, next int64) error {
	p.log.mu.Lock()
	defer p.log.mu.Unlock()
	p.log.committed[p.id] = next
	p.committed = next
	return nil
}

// Eligibility is a map-backed adjudicator.EligibilityStore.
type Eligibility map[adjudicator.Hash][]adjudicator.Span

// Eligibility implements adjudicator.EligibilityStore.
func (e Eligibility) Eligibility(_ context.Context, member adjudicator.Hash) (adjudicator.Eligibility, error) {
	return adjudicator.Eligibility{Spans: e[member]}, nil
}

// Settler keeps what a ClaimSettlement contract keeps and enforces its
// watermark rule, so core tests can check exactly-once payment.
type Settler struct {
	mu      sync.Mutex
	next    map[int32]int64
	batches map[int32]map[int64]adjudicator.Batch
	paid    map[adjudicator.Hash]int64
	seq     uint64
	order   []adjudicator.Batch
	// AfterSettle, when set, runs after a batch is recorded and before the
	// receipt returns; returning an error simulates a crash or a lost
	// receipt: the chain has the batch, the caller does not know.
	AfterSettle func(adjudicator.Batch) error
	// MaxClaims, when > 0, refuses larger batches with ErrBatchTooLarge, as
	// the chain does when a batch would exceed the transaction gas cap.
	MaxClaims uint32
	// Fail, when set, is consulted before a batch is recorded; an error
	// refuses it with nothing recorded, as an outage or a revert would.
	Fail func(adjudicator.Batch) error
	// Confirmed, when set, answers Confirm; returning adjudicator.ErrReorged
	// after Drop simulates a reorganization.
	Confirmed func(adjudicator.Receipt) error
	receipts  map[adjudicator.Hash]adjudicator.Batch
}

// Confirm implements adjudicator.Settler.
func (s *Settler) Confirm(_ context.Context, r adjudicator.Receipt, _ uint64) error {
	if s.Confirmed != nil {
		return s.Confirmed(r)
	}
	return nil
}

// BatchOf returns the batch a receipt settled.
func (s *Settler) BatchOf(r adjudicator.Receipt) adjudicator.Batch {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.receipts[r.TxHash]
}

// Drop undoes the last settlement of a partition, as a reorganization would: its watermark
// moves back and its credits are gone.
func (s *Settler) Drop(b adjudicator.Batch) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.next[b.Partition] = b.From
	delete(s.batches[b.Partition], b.From)
	for h, rb := range s.receipts {
		if rb.Partition == b.Partition && rb.From == b.From {
			delete(s.receipts, h)
		}
	}
	for i := len(s.order) - 1; i >= 0; i-- {
		if s.order[i].Partition == b.Partition && s.order[i].From == b.From {
			s.order = append(s.order[:i], s.order[i+1:]...)
			break
		}
	}
	for _, c := range b.Credits {
		s.paid[c.Provider] -= c.Cents
	}
}

// NewSettler returns an empty settler.
func NewSettler() *Settler {
	return &Settler{next: map[int32]int64{}, batches: map[int32]map[int64]adjudicator.Batch{}, paid: map[adjudicator.Hash]int64{}}
}

// TestDomain is the leaf domain the test settler reports.
var TestDomain = adjudicator.Domain{ChainID: 1337, Contract: adjudicator.Address{0xc1, 0xa1}}

// Domain implements adjudicator.Settler.
func (s *Settler) Domain(context.Context) (adjudicator.Domain, error) { return TestDomain, nil }

// NextOffset implements adjudicator.Settler.
func (s *Settler) NextOffset(_ context.Context, p int32) (int64, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.next[p], nil
}

// SettledBatch implements adjudicator.Settler.
func (s *Settler) SettledBatch(_ context.Context, p int32, from int64) (adjudicator.SettledBatch, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	b, ok := s.batches[p][from]
	sb := adjudicator.SettledBatch{Root: b.Root, To: b.To}
	for h, rb := range s.receipts {
		if rb.Partition == p && rb.From == from {
			sb.Receipt = adjudicator.Receipt{TxHash: h, Block: uint64(h[0])<<8 | uint64(h[1])}
		}
	}
	return sb, ok, nil
}

// Settle implements adjudicator.Settler with the contract's watermark rule.
func (s *Settler) Settle(_ context.Context, b adjudicator.Batch) (adjudicator.Receipt, error) {
	s.mu.Lock()
	if s.Fail != nil {
		if err := s.Fail(b); err != nil {
			s.mu.Unlock()
			return adjudicator.Receipt{}, err
		}
	}
	if s.MaxClaims > 0 && b.Claims > s.MaxClaims {
		s.mu.Unlock()
		return adjudicator.Receipt{}, fmt.Errorf("%d claims: %w", b.Claims, adjudicator.ErrBatchTooLarge)
	}
	if b.From != s.next[b.Partition] {
		want := s.next[b.Partition]
		s.mu.Unlock()
		return adjudicator.Receipt{}, fmt.Errorf("partition %d: expected %d, got %d: %w", b.Partition, want, b.From, adjudicator.ErrBatchConflict)
	}
	if b.To <= b.From {
		s.mu.Unlock()
		return adjudicator.Receipt{}, fmt.Errorf("empty batch [%d,%d)", b.From, b.To)
	}
	s.next[b.Partition] = b.To
	if s.batches[b.Partition] == nil {
		s.batches[b.Partition] = map[int64]adjudicator.Batch{}
	}
	s.batches[b.Partition][b.From] = b
	s.order = append(s.order, b)
	for _, c := range b.Credits {
		s.paid[c.Provider] += c.Cents
	}
	// The transaction is on chain from here, whether or not the caller learns its receipt.
	if s.receipts == nil {
		s.receipts = map[adjudicator.Hash]adjudicator.Batch{}
	}
	s.seq++
	r := adjudicator.Receipt{TxHash: adjudicator.Hash{byte(s.seq >> 8), byte(s.seq)}, Block: s.seq, GasUsed: 100_000 + 1_000*uint64(b.Claims), BatchID: s.seq}
	s.receipts[r.TxHash] = b
	hook := s.AfterSettle
	s.mu.Unlock()
	if hook != nil {
		if err := hook(b); err != nil {
			return adjudicator.Receipt{}, err
		}
	}
	return r, nil
}

// Batches returns the settled batches in settlement order.
func (s *Settler) Batches() []adjudicator.Batch {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]adjudicator.Batch(nil), s.order...)
}

// PaidTotal is the sum of every credit.
func (s *Settler) PaidTotal() int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	var t int64
	for _, c := range s.paid {
		t += c
	}
	return t
}

// SetNextOffset moves a partition's watermark as another instance would.
func (s *Settler) SetNextOffset(p int32, next int64, b adjudicator.Batch) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.next[p] = next
	if s.batches[p] == nil {
		s.batches[p] = map[int64]adjudicator.Batch{}
	}
	s.batches[p][b.From] = b
}

// Replay implements adjudicator.HistoryLog from the decisions published so far (unsealed
// history entries only), as the decisions topic serves a rebuild.
func (p *Publisher) Replay(ctx context.Context, partition int32, before int64, fn func(adjudicator.Hash, adjudicator.HistoryEntry) error) error {
	p.mu.Lock()
	recs := append([]adjudicator.Published(nil), p.Decisions...)
	p.mu.Unlock()
	for _, r := range recs {
		if r.Source.Partition != partition || r.Source.Offset >= before || r.History == nil {
			continue
		}
		h, err := adjudicator.DecodeHistory(r.History, r.MemberKey, nil)
		if err != nil {
			return err
		}
		if err := fn(r.MemberKey, h); err != nil {
			return err
		}
	}
	return nil
}

// Publisher records what the engine publishes.
type Publisher struct {
	mu        sync.Mutex
	Decisions []adjudicator.Published
	Dead      []adjudicator.DeadLetter
	// Fail, when set, is consulted before each decisions publication.
	Fail func() error
}

// PublishDecisions implements adjudicator.Publisher.
func (p *Publisher) PublishDecisions(_ context.Context, recs []adjudicator.Published) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.Fail != nil {
		if err := p.Fail(); err != nil {
			return err
		}
	}
	p.Decisions = append(p.Decisions, recs...)
	return nil
}

// PublishDeadLetters implements adjudicator.Publisher.
func (p *Publisher) PublishDeadLetters(_ context.Context, dls []adjudicator.DeadLetter) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.Dead = append(p.Dead, dls...)
	return nil
}

// BySource groups published records by input position, so tests can tell a
// harmless republication (same bytes) from a second, different decision.
func (p *Publisher) BySource() map[adjudicator.Position][][]byte {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := map[adjudicator.Position][][]byte{}
	for _, d := range p.Decisions {
		out[d.Source] = append(out[d.Source], d.Record)
	}
	return out
}

// Positions returns the sorted distinct positions published.
func (p *Publisher) Positions() []adjudicator.Position {
	m := p.BySource()
	out := make([]adjudicator.Position, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Partition != out[j].Partition {
			return out[i].Partition < out[j].Partition
		}
		return out[i].Offset < out[j].Offset
	})
	return out
}

// RulesFunc adapts a function to adjudicator.Rules.
type RulesFunc struct {
	F    func(*adjudicator.Claim, adjudicator.Facts) (adjudicator.Decision, error)
	Hash adjudicator.Hash
}

// Decide implements adjudicator.Rules.
func (r RulesFunc) Decide(_ context.Context, c *adjudicator.Claim, f adjudicator.Facts) (adjudicator.Decision, error) {
	return r.F(c, f)
}

// PolicyHash implements adjudicator.Rules.
func (r RulesFunc) PolicyHash() adjudicator.Hash { return r.Hash }
