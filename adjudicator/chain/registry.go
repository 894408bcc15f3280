package chain

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/bindings/coverage"
)

// maxPlanIDLen is the width of the registry's bytes16 plan id.
const maxPlanIDLen = 16

// maxLogRange bounds one log query: hosted nodes commonly refuse wider ranges.
const maxLogRange = 5000

// Registry is the CoverageRegistry contract: the coverage source behind the eligibility cache,
// and the insurer's way to record coverage. Safe for concurrent use.
type Registry struct {
	backend  Backend
	address  common.Address
	contract *coverage.CoverageRegistry
	instance *bind.BoundContract
	tx       *Transactor
	poll     time.Duration
	logger   *slog.Logger
}

// NewRegistry binds the CoverageRegistry deployed at address. tx signs coverage changes and must
// hold INSURER_ROLE; nil gives a read-only Registry. Of the options, WithPollInterval (how often
// WatchCoverageChanges polls) and WithLogger apply.
func NewRegistry(backend Backend, address common.Address, tx *Transactor, opts ...Option) (*Registry, error) {
	if backend == nil {
		return nil, errors.New("chain: nil backend")
	}
	if address == (common.Address{}) {
		return nil, errors.New("chain: zero CoverageRegistry address")
	}
	cfg, err := newConfig(opts)
	if err != nil {
		return nil, err
	}
	c := coverage.NewCoverageRegistry()
	return &Registry{
		backend:  backend,
		address:  address,
		contract: c,
		instance: c.Instance(backend, address),
		tx:       tx,
		poll:     cfg.pollInterval,
		logger:   cfg.logger,
	}, nil
}

// Address is the contract address.
func (r *Registry) Address() common.Address { return r.address }

// Coverage returns the spans on record for member; none means the member is unknown.
func (r *Registry) Coverage(ctx context.Context, member adjudicator.Hash) ([]adjudicator.Span, error) {
	raw, err := bind.Call(r.instance, &bind.CallOpts{Context: ctx}, r.contract.PackCoverageOf(member), r.contract.UnpackCoverageOf)
	if err != nil {
		return nil, fmt.Errorf("read coverage of member %x: %w", member, err)
	}
	spans := make([]adjudicator.Span, 0, len(raw))
	for _, s := range raw {
		spans = append(spans, adjudicator.Span{
			PlanID: string(bytes.TrimRight(s.PlanId[:], "\x00")),
			Start:  DateFromDay(s.StartDay),
			End:    DateFromDay(s.EndDay),
		})
	}
	return spans, nil
}

// SetCoverage replaces every span of member with spans; an empty spans clears the member.
func (r *Registry) SetCoverage(ctx context.Context, member adjudicator.Hash, spans []adjudicator.Span) (adjudicator.Receipt, error) {
	if r.tx == nil {
		return adjudicator.Receipt{}, errReadOnly
	}
	enc, err := encodeSpans(spans)
	if err != nil {
		return adjudicator.Receipt{}, fmt.Errorf("set coverage of member %x: %w", member, err)
	}
	data, err := r.contract.TryPackSetCoverage(member, enc)
	if err != nil {
		return adjudicator.Receipt{}, fmt.Errorf("set coverage of member %x: %w", member, err)
	}
	rcpt, err := r.tx.transact(ctx, r.address, data)
	if err != nil {
		return adjudicator.Receipt{}, fmt.Errorf("set coverage of member %x: %w", member, err)
	}
	return receiptOf(rcpt), nil
}

// SetCoverageBatch replaces the coverage of every member in members with WriteCoverage's
// default chunking: as many members per transaction as stay under the gas budget, the
// transactions pipelined, so a seed of a few hundred spans costs about one block time. Members
// go in key order, which makes the transactions reproducible.
func (r *Registry) SetCoverageBatch(ctx context.Context, members map[adjudicator.Hash][]adjudicator.Span) ([]adjudicator.Receipt, error) {
	if r.tx == nil {
		return nil, errReadOnly
	}
	keys := make([]adjudicator.Hash, 0, len(members))
	for k := range members {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return bytes.Compare(keys[i][:], keys[j][:]) < 0 })
	list := make([]MemberCoverage, len(keys))
	for i, k := range keys {
		list[i] = MemberCoverage{Member: k, Spans: members[k]}
	}
	txs, err := r.WriteCoverage(ctx, list, CoverageWriteOptions{})
	out := make([]adjudicator.Receipt, len(txs))
	for i, t := range txs {
		out[i] = t.Receipt
	}
	return out, err
}

// ClearCoverage removes every span of member.
func (r *Registry) ClearCoverage(ctx context.Context, member adjudicator.Hash) (adjudicator.Receipt, error) {
	if r.tx == nil {
		return adjudicator.Receipt{}, errReadOnly
	}
	rcpt, err := r.tx.transact(ctx, r.address, r.contract.PackClearCoverage(member))
	if err != nil {
		return adjudicator.Receipt{}, fmt.Errorf("clear coverage of member %x: %w", member, err)
	}
	return receiptOf(rcpt), nil
}

// WatchCoverageChanges calls fn with the member key of every CoverageChanged log from the current
// head block on, until ctx ends; it then returns nil. It polls (every WithPollInterval) rather
// than subscribes so that it works over plain HTTP JSON-RPC. The head block is included because
// a change in it may postdate a cache fill that happened just before the call; fn must be
// idempotent (invalidation is), and may also see a change twice after a reorg.
//
// Transient RPC failures are logged and retried on the next tick.
func (r *Registry) WatchCoverageChanges(ctx context.Context, fn func(member adjudicator.Hash)) error {
	head, err := r.backend.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("watch coverage changes: read head block: %w", err)
	}
	return r.WatchCoverageChangesFrom(ctx, head, fn)
}

// WatchCoverageChangesFrom is WatchCoverageChanges starting at fromBlock.
func (r *Registry) WatchCoverageChangesFrom(ctx context.Context, fromBlock uint64, fn func(member adjudicator.Hash)) error {
	if fn == nil {
		return errors.New("chain: nil coverage change callback")
	}
	topic := r.contract.GetABI().Events[coverage.CoverageRegistryCoverageChangedEventName].ID
	next := fromBlock
	failures := 0
	for {
		err := r.pollCoverage(ctx, &next, topic, fn)
		switch {
		case err != nil && ctx.Err() == nil:
			failures++
			// The first failure and then about once a minute: an outage must not flood the log.
			if failures == 1 || failures%300 == 0 {
				r.logger.Warn("polling coverage changes failed; retrying", "from_block", next, "failures", failures, "err", err)
			}
		case err == nil && failures > 0:
			r.logger.Info("polling coverage changes recovered", "failures", failures)
			failures = 0
		}
		if err := sleep(ctx, r.poll); err != nil {
			return nil
		}
	}
}

func (r *Registry) pollCoverage(ctx context.Context, next *uint64, topic common.Hash, fn func(adjudicator.Hash)) error {
	head, err := r.backend.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("read head block: %w", err)
	}
	for *next <= head {
		to := min(head, *next+maxLogRange-1)
		logs, err := r.backend.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: bigOf(*next),
			ToBlock:   bigOf(to),
			Addresses: []common.Address{r.address},
			Topics:    [][]common.Hash{{topic}},
		})
		if err != nil {
			return fmt.Errorf("filter CoverageChanged in blocks %d..%d: %w", *next, to, err)
		}
		for i := range logs {
			ev, err := r.contract.UnpackCoverageChangedEvent(&logs[i])
			if err != nil {
				return fmt.Errorf("decode CoverageChanged in tx %s: %w", logs[i].TxHash, err)
			}
			fn(ev.MemberKey)
		}
		*next = to + 1
	}
	return nil
}

func bigOf(n uint64) *big.Int { return new(big.Int).SetUint64(n) }

func encodeSpans(spans []adjudicator.Span) ([]coverage.CoverageRegistrySpan, error) {
	out := make([]coverage.CoverageRegistrySpan, 0, len(spans))
	for i, s := range spans {
		if s.PlanID == "" || len(s.PlanID) > maxPlanIDLen || strings.ContainsRune(s.PlanID, 0) {
			return nil, fmt.Errorf("span %d: plan id %q must be 1 to %d bytes without NUL", i, s.PlanID, maxPlanIDLen)
		}
		start, err := DayFromDate(s.Start)
		if err != nil {
			return nil, fmt.Errorf("span %d start: %w", i, err)
		}
		end, err := DayFromDate(s.End)
		if err != nil {
			return nil, fmt.Errorf("span %d end: %w", i, err)
		}
		if end < start {
			return nil, fmt.Errorf("span %d ends (%s) before it starts (%s)", i, s.End, s.Start)
		}
		var plan [16]byte
		copy(plan[:], s.PlanID)
		out = append(out, coverage.CoverageRegistrySpan{PlanId: plan, StartDay: start, EndDay: end})
	}
	return out, nil
}
