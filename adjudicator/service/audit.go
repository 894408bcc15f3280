package service

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/audit"
	"github.com/claimsledger/claims/adjudicator/chain"
	"github.com/claimsledger/claims/adjudicator/config"
	"github.com/claimsledger/claims/adjudicator/intake"
	"github.com/claimsledger/claims/adjudicator/privacy"
)

// Audit reads the three topics and the settlement contract's history and reconciles them,
// with the default grace for records not published yet. backend may be nil to dial cfg.RPCURL.
func Audit(ctx context.Context, cfg config.Config, backend chain.Backend) (audit.Report, error) {
	a, err := OpenAuditor(ctx, cfg, backend, audit.DefaultGrace)
	if err != nil {
		return audit.Report{}, err
	}
	defer a.Close()
	return a.Audit(ctx)
}

// Auditor reconciles the topics and the chain repeatedly, reading only what is new each time:
// how `claims audit --wait` follows an engine at work.
type Auditor struct {
	cfg        config.Config
	kafka      []intake.Option
	keyer      *privacy.Keyer
	sealer     *privacy.Sealer
	backend    chain.Backend
	settlement *chain.Settlement
	rc         audit.Reconciler
	closeChain func()

	// What has been read so far, and where each topic's partitions continue.
	decNext, deadNext, inNext map[int32]int64
	decisions                 []audit.DecisionMsg
	dead                      []adjudicator.Position
	inputs                    []audit.Input
	ledger                    chain.Ledger
	read                      bool        // ledger holds a read, up to ledger.Head
	headHash                  common.Hash // of ledger.Head, to notice a reorganization under it
	headTime                  time.Time
	blockTime                 map[uint64]time.Time
}

// OpenAuditor connects to the chain and checks the configuration. grace is how long a settled
// batch's records may take to be published before the wait is a gap (audit.Reconciler.Grace).
// backend may be nil to dial cfg.RPCURL.
func OpenAuditor(ctx context.Context, cfg config.Config, backend chain.Backend, grace time.Duration) (*Auditor, error) {
	needs := []config.Need{config.NeedKafka, config.NeedChain, config.NeedSecret}
	if backend == nil {
		needs = append(needs, config.NeedRPC)
	}
	if err := cfg.Require(needs...); err != nil {
		return nil, err
	}
	k, err := privacy.NewKeyer(cfg.HMACSecret)
	if err != nil {
		return nil, err
	}
	var sealer *privacy.Sealer
	if len(cfg.PayloadKey) > 0 {
		if sealer, err = privacy.NewSealer(cfg.PayloadKey); err != nil {
			return nil, err
		}
	}
	kafka, err := KafkaOptions(cfg)
	if err != nil {
		return nil, err
	}
	b, closeChain, err := dialChain(ctx, cfg, backend)
	if err != nil {
		return nil, err
	}
	settlement, err := chain.NewSettlement(b, common.HexToAddress(cfg.SettlementAddress), nil, chain.WithFromBlock(cfg.FromBlock))
	if err != nil {
		closeChain()
		return nil, err
	}
	domain, err := settlement.Domain(ctx)
	if err != nil {
		closeChain()
		return nil, err
	}
	return &Auditor{
		cfg: cfg, kafka: kafka, keyer: k, sealer: sealer, backend: b, settlement: settlement, closeChain: closeChain,
		rc:      audit.Reconciler{Keyer: k, Domain: domain, Grace: grace},
		decNext: map[int32]int64{}, deadNext: map[int32]int64{}, inNext: map[int32]int64{},
		blockTime: map[uint64]time.Time{},
	}, nil
}

// Close releases the chain connection if the auditor dialled it.
func (a *Auditor) Close() { a.closeChain() }

// Audit reads what is new on the topics and the chain and reconciles everything read so far.
//
// The order of the reads is what lets an audit run beside a working engine. The engine settles
// a batch, then publishes its records; so the records are read first, then the chain: every
// record read has its batch on chain already (or on a block the endpoint has not shown yet,
// which its Kafka timestamp times). Then the inputs: every batch on chain has its claims on the
// input topic already. What is left unaccounted for is a batch settled but not yet published,
// timed by its block, or a claim not yet settled (queued).
func (a *Auditor) Audit(ctx context.Context) (audit.Report, error) {
	if err := a.readDecisions(ctx); err != nil {
		return audit.Report{}, err
	}
	if err := a.readDead(ctx); err != nil {
		return audit.Report{}, err
	}
	if err := a.readChain(ctx); err != nil {
		return audit.Report{}, err
	}
	if err := a.readInputs(ctx); err != nil {
		return audit.Report{}, err
	}
	batches, resolved := ChainRecords(a.ledger)
	for i, b := range a.ledger.Batches {
		batches[i].SettledAt = a.blockTime[b.Block]
	}
	rc := a.rc
	for _, rv := range a.ledger.Reversals {
		rc.Reversals = append(rc.Reversals, audit.Reversal{Leaf: rv.Leaf, Cents: rv.Cents, Pended: rv.Pended})
	}
	// The later of the chain's clock and the wall clock: a dev chain mining several blocks a
	// second runs ahead of the wall clock, and a chain that mines only on transactions (or has
	// stalled) falls behind it. Either way a batch is a gap as soon as one clock says its grace
	// has passed, never later.
	rc.Now = time.Now()
	if a.headTime.After(rc.Now) {
		rc.Now = a.headTime
	}
	return rc.Reconcile(a.inputs, a.decisions, a.dead, batches, resolved), nil
}

func (a *Auditor) readDecisions(ctx context.Context) error {
	recs, err := a.readFrom(ctx, a.cfg.DecisionsTopic, a.decNext)
	if err != nil {
		return err
	}
	for _, r := range recs {
		src, err := headerPosition(r.Headers, intake.HeaderSourcePartition, intake.HeaderSourceOffset)
		if err != nil {
			return fmt.Errorf("%s %d/%d: %w", a.cfg.DecisionsTopic, r.Partition, r.Offset, err)
		}
		a.decisions = append(a.decisions, audit.DecisionMsg{Source: src, Record: r.Value, PublishedAt: r.Time})
	}
	return nil
}

func (a *Auditor) readDead(ctx context.Context) error {
	recs, err := a.readFrom(ctx, a.cfg.DeadLetterTopic, a.deadNext)
	if err != nil {
		return err
	}
	for _, r := range recs {
		src, err := headerPosition(r.Headers, intake.HeaderSourcePartition, intake.HeaderSourceOffset)
		if err != nil {
			return fmt.Errorf("%s %d/%d: %w", a.cfg.DeadLetterTopic, r.Partition, r.Offset, err)
		}
		a.dead = append(a.dead, src)
	}
	return nil
}

func (a *Auditor) readInputs(ctx context.Context) error {
	recs, err := a.readFrom(ctx, a.cfg.InputTopic, a.inNext)
	if err != nil {
		return err
	}
	for _, r := range recs {
		a.inputs = append(a.inputs, audit.Input{Position: adjudicator.Position{Partition: r.Partition, Offset: r.Offset}, Content: contentOf(a.keyer, a.sealer, r)})
	}
	return nil
}

// readFrom reads topic from next (advanced past what it returns), values opened.
func (a *Auditor) readFrom(ctx context.Context, topic string, next map[int32]int64) ([]intake.Record, error) {
	recs, err := intake.ReadFrom(ctx, a.cfg.Brokers, topic, next, a.kafka...)
	if err != nil {
		return nil, err
	}
	if recs, err = openValues(a.cfg, recs); err != nil {
		return nil, err
	}
	for _, r := range recs {
		next[r.Partition] = r.Offset + 1
	}
	return recs, nil
}

// readChain reads the settlement events of the blocks after the last read, or the whole history
// again when the block last read is no longer on the chain (a reorganization), and the times of
// the blocks that settled batches.
func (a *Auditor) readChain(ctx context.Context) error {
	head, err := a.backend.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("read head block: %w", err)
	}
	from := a.cfg.FromBlock
	if a.read {
		if head <= a.ledger.Head {
			return nil // nothing new, or an endpoint behind the one read before
		}
		h, err := a.backend.HeaderByNumber(ctx, new(big.Int).SetUint64(a.ledger.Head))
		if err != nil {
			return fmt.Errorf("read block %d: %w", a.ledger.Head, err)
		}
		if h.Hash() == a.headHash {
			from = a.ledger.Head + 1
		} else {
			a.ledger, a.blockTime = chain.Ledger{}, map[uint64]time.Time{}
		}
	}
	l, err := a.settlement.LedgerRange(ctx, from, head)
	if err != nil {
		return fmt.Errorf("read settlement history: %w", err)
	}
	hh, err := a.backend.HeaderByNumber(ctx, new(big.Int).SetUint64(head))
	if err != nil {
		return fmt.Errorf("read block %d: %w", head, err)
	}
	for _, b := range l.Batches {
		if _, ok := a.blockTime[b.Block]; ok {
			continue
		}
		h, err := a.backend.HeaderByNumber(ctx, new(big.Int).SetUint64(b.Block))
		if err != nil {
			return fmt.Errorf("read block %d of batch %d: %w", b.Block, b.BatchID, err)
		}
		a.blockTime[b.Block] = time.Unix(int64(h.Time), 0)
	}
	a.ledger.Batches = append(a.ledger.Batches, l.Batches...)
	a.ledger.Pended = append(a.ledger.Pended, l.Pended...)
	a.ledger.Resolved = append(a.ledger.Resolved, l.Resolved...)
	a.ledger.Freezes = append(a.ledger.Freezes, l.Freezes...)
	a.ledger.Withdrawals = append(a.ledger.Withdrawals, l.Withdrawals...)
	a.ledger.Reversals = append(a.ledger.Reversals, l.Reversals...)
	a.ledger.DebtRecoveries = append(a.ledger.DebtRecoveries, l.DebtRecoveries...)
	a.ledger.Head, a.headHash, a.headTime, a.read = head, hh.Hash(), time.Unix(int64(hh.Time), 0), true
	return nil
}

// ChainRecords turns the settlement ledger into what the audit compares: the batches with
// their credits per provider, and the resolutions of pended claims.
func ChainRecords(l chain.Ledger) ([]audit.ChainBatch, []audit.Resolution) {
	frozen := map[uint64]bool{}
	for _, f := range l.Freezes { // freezes, then releases: a release has the last word
		frozen[f.BatchID] = !f.Released
	}
	out := make([]audit.ChainBatch, 0, len(l.Batches))
	for _, b := range l.Batches {
		cb := audit.ChainBatch{BatchID: b.BatchID, Partition: b.Partition, From: b.From, To: b.To,
			Root: b.Root, Claims: b.Claims, TotalCredited: b.TotalCredited, Credits: map[adjudicator.Hash]int64{}, Frozen: frozen[b.BatchID]}
		for _, c := range b.Credits {
			cb.Credits[c.Provider] += c.Cents
		}
		out = append(out, cb)
	}
	res := make([]audit.Resolution, 0, len(l.Resolved))
	for _, r := range l.Resolved {
		res = append(res, audit.Resolution{BatchID: r.BatchID, ClaimKey: r.ClaimKey, Approved: r.Approved, Provider: r.Provider, Cents: r.Cents})
	}
	return out, res
}

func headerPosition(h map[string]string, pk, ok string) (adjudicator.Position, error) {
	p, err := strconv.ParseInt(h[pk], 10, 32)
	if err != nil {
		return adjudicator.Position{}, fmt.Errorf("header %s: %q", pk, h[pk])
	}
	o, err := strconv.ParseInt(h[ok], 10, 64)
	if err != nil {
		return adjudicator.Position{}, fmt.Errorf("header %s: %q", ok, h[ok])
	}
	return adjudicator.Position{Partition: int32(p), Offset: o}, nil
}

// contentOf is the keyed hash of a claim on the input topic without its claim id, or zero when
// the message does not open or decode (it was dead-lettered, and pays nothing).
func contentOf(k *privacy.Keyer, sealer *privacy.Sealer, r intake.Record) adjudicator.Hash {
	payload := r.Value
	if sealer != nil && privacy.IsSealed(payload) {
		var err error
		if payload, err = sealer.Open(r.Value, r.Key); err != nil {
			return adjudicator.Hash{}
		}
	}
	c, err := adjudicator.DecodeClaim(payload)
	if err != nil {
		return adjudicator.Hash{}
	}
	c.ClaimID = ""
	b, err := json.Marshal(c)
	if err != nil {
		return adjudicator.Hash{}
	}
	return k.Content(b)
}
