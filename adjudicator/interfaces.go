package adjudicator

import (
	"context"
	"errors"
	"time"
)

// Message is one record read from the claims intake topic.
type Message struct {
	Partition int32
	Offset    int64
	Key       []byte
	Value     []byte
	// HighWaterMark is the partition's high watermark (one past its newest offset) as of the
	// fetch that returned the message, or 0 when the intake does not say: the engine derives
	// its lag from it without asking the broker again.
	HighWaterMark int64
	// Time is the record's timestamp as the log stores it (the producer's create time, or the
	// broker's append time when the topic says so): durable, so a replay sees the same one.
	// Zero when the intake does not say; VELOCITY_PROVIDER then has no hour to count in.
	Time time.Time
}

// Position names one input message.
type Position struct {
	Partition int32 `json:"partition"`
	Offset    int64 `json:"offset"`
}

// BatchRef names a settled batch: the input range [From, To) of a partition.
type BatchRef struct {
	Partition int32 `json:"partition"`
	From      int64 `json:"from"`
	To        int64 `json:"to"`
}

// Partition is one input partition owned by this instance until its context
// ends (shutdown or rebalance).
type Partition interface {
	ID() int32
	// Committed is the group's committed offset (the next to read) as of
	// the latest successful Commit, or -1 when the group has none.
	Committed() int64
	// SetOffset positions the next Fetch at offset (kafka-go's name; a
	// method called Seek would have to be an io.Seeker).
	SetOffset(offset int64) error
	// Fetch blocks for the next message. A cancelled ctx must not lose a
	// message: the next Fetch returns it.
	Fetch(ctx context.Context) (Message, error)
	// Commit records next as the group's offset for this partition.
	Commit(ctx context.Context, next int64) error
	// FirstOffset is the oldest offset the broker still holds: anything
	// before it was deleted by retention.
	FirstOffset(ctx context.Context) (int64, error)
	// HighWaterMark asks the broker for one past the newest offset: an idle partition returns
	// no message to read it from, and its lag must still be known.
	HighWaterMark(ctx context.Context) (int64, error)
	// Assignment lists every partition assigned to this instance along with this one (the
	// group generation's assignment), so the engine calls itself caught up only once it has
	// heard from all of them, not from whichever owner started first.
	Assignment() []int32
}

// Intake hands partitions to the engine. Consume calls own once per
// assigned partition, each in its own goroutine, cancels own's context
// when the partition is revoked or ctx ends, and waits for own to return
// before it rejoins or returns.
type Intake interface {
	Consume(ctx context.Context, own func(ctx context.Context, p Partition) error) error
}

// Published is one decision record ready for the decisions topic.
type Published struct {
	Source    Position
	Batch     BatchRef
	MemberKey Hash
	Record    []byte
	// History is the member's history entry for this claim (EncodeHistory): published with the
	// decision, it makes the topic the durable copy a lost history store is rebuilt from.
	History []byte
	// Flags is the claim's fraud flags document (EncodeFlags), nil when no signal fired: kept
	// out of the record, which providers read, for analysts only.
	Flags []byte
}

// DeadLetter is an input message that could not be decided, with its
// original bytes and the reason; it is published, never dropped.
type DeadLetter struct {
	Source Position
	Key    []byte
	Value  []byte
	Reason string
}

// Publisher writes decision records and dead letters.
type Publisher interface {
	PublishDecisions(ctx context.Context, recs []Published) error
	PublishDeadLetters(ctx context.Context, dls []DeadLetter) error
}

// Facts is what the rules know about the member besides the claim.
type Facts struct {
	Eligibility Eligibility
	History     History
	// Provider is what the billing provider's earlier claims of this partition add up to on the
	// claim's dates of service and in its intake hour (IMPOSSIBLE_DAY, VELOCITY_PROVIDER).
	Provider ProviderFacts
}

// Rules decides one claim given the facts about its member.
type Rules interface {
	Decide(ctx context.Context, c *Claim, f Facts) (Decision, error)
	// PolicyHash identifies the policy bundle; it goes on chain with every
	// batch so any decision can be replayed under the same rules.
	PolicyHash() Hash
}

// Credit is what one provider is credited by one batch, withdrawable after
// the chain's challenge window.
type Credit struct {
	Provider Hash // keyed hash of the billing NPI (privacy.Keyer.Provider)
	Cents    int64
}

// Batch is what goes on chain for the input range [From, To) of a partition.
type Batch struct {
	Partition  int32
	From, To   int64
	Root       Hash
	PolicyHash Hash
	Claims     uint32
	// Credits are sorted by provider key, one per provider, none zero: the
	// contract refuses anything else.
	Credits []Credit
	Pended  []Hash
	// Reversals take back what earlier decisions credited, for the corrected claims (voids and
	// replacements) this batch decides; sent before the batch itself.
	Reversals []Reversal
}

// Reversal takes back what an earlier decision credited: a corrected claim (frequency 7 replaces,
// 8 voids) reverses its original.
type Reversal struct {
	Leaf     Hash  // the original decision's Merkle leaf (Leaf(...).Hash())
	Provider Hash  // the provider it credited
	ClaimKey Hash  // the original's keyed claim key
	Cents    int64 // what it credited; for a pended original, what approval credited (its leaf cents)
	Pended   bool
}

// Domain is what every Merkle leaf binds to, so that a proof from one
// deployment (staging, another chain) never verifies against another.
type Domain struct {
	ChainID  uint64
	Contract Address
}

// SettledBatch is what the chain remembers of a batch.
type SettledBatch struct {
	Root Hash
	To   int64
	// Receipt is the settling transaction, so a replay waits for the same confirmation depth
	// as a fresh settlement before it publishes.
	Receipt Receipt
}

// Receipt is the settlement transaction's outcome.
type Receipt struct {
	TxHash    Hash
	Block     uint64
	BlockHash Hash
	GasUsed   uint64
	// BatchID is the id the chain gave the batch (its BatchSettled event's); 0 when unknown.
	BatchID uint64
}

// ErrBatchConflict means the chain's watermark for the partition is not the
// batch's start: another instance (or an earlier life of this one) settled
// that range already. The settler wraps it; nothing was paid.
var ErrBatchConflict = errors.New("batch does not start at the chain's watermark")

// ErrBatchTooLarge means the batch does not fit one transaction (gas cap);
// the engine splits it and settles the halves.
var ErrBatchTooLarge = errors.New("batch too large for one settlement transaction")

// ErrReorged means a settlement is no longer in the chain: a reorganization dropped its block,
// so the watermark moved back and the batch must be settled again.
var ErrReorged = errors.New("settlement dropped by a chain reorganization")

// Settler settles batches on chain. The chain keeps, per partition, the next
// offset it expects; that watermark is what makes settlement exactly-once.
type Settler interface {
	// Confirm waits until the settlement r is depth blocks deep, and reports ErrReorged if a
	// reorganization dropped it meanwhile.
	Confirm(ctx context.Context, r Receipt, depth uint64) error
	// Domain is the chain id and settlement contract the leaves bind to.
	Domain(ctx context.Context) (Domain, error)
	NextOffset(ctx context.Context, partition int32) (int64, error)
	SettledBatch(ctx context.Context, partition int32, from int64) (SettledBatch, bool, error)
	Settle(ctx context.Context, b Batch) (Receipt, error)
}
