package service

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/chain"
	"github.com/claimsledger/claims/adjudicator/config"
	"github.com/claimsledger/claims/adjudicator/intake"
	"github.com/claimsledger/claims/adjudicator/merkle"
	"github.com/claimsledger/claims/adjudicator/privacy"
	"github.com/claimsledger/claims/adjudicator/proof"
	"github.com/claimsledger/claims/bindings/settlement"
)

// Review is the fraud analyst's view of the claims the rules pended: the settlement contract's
// ClaimPended and ClaimResolved events joined with the published decision records, read once
// when it is opened. `claims review` prints it; the analyst console will serve it.
//
// Errors and refusals from this type name claims by keyed hash and input position, never by
// claim id: a caller may log them, and a claim id leads to a member's health data. The
// analyst's terminal, which may show claim ids, adds them itself.
type Review struct {
	cfg   config.Config
	chain *Chain
	log   *slog.Logger
	ix    *proof.Index
	// keystore is the file that signs, for the message when its key lacks the role.
	keystore string
	// now is the chain time (unix seconds) of the head block the ledger was read at.
	now uint64
	// pended holds every (batch, claim key) a ClaimPended event names.
	pended map[pendedAt]chain.ClaimPendedEvent
	// resolved is the ClaimResolved event of each resolved (batch, claim key). The contract
	// resolves each pended leaf once; a replacement claim keeps its original's claim key but is
	// pended in a later batch, and is resolved on its own.
	resolved map[pendedAt]chain.ClaimResolvedEvent
	// reversed is the CreditReversed event of each decision leaf a corrected claim reversed.
	reversed map[adjudicator.Hash]chain.ReversalEvent
	infos    map[uint64]chain.BatchInfo
	// flags holds each flagged decision's fraud flags document, as published beside its record.
	flags map[adjudicator.Position][]byte
	// unpublished counts ClaimPended events with no published record to join.
	unpublished int
	// blockTimes caches the chain time of the blocks claims were pended in, for their age.
	blockTimes map[uint64]uint64
}

type pendedAt struct {
	batch uint64
	claim adjudicator.Hash
}

// ReviewOptions open a Review.
type ReviewOptions struct {
	// Role signs Resolve: config.RoleFraudAnalyst for approve and deny; "" opens read-only
	// (listing and showing need no key).
	Role config.Role
	// Signer signs Resolve instead of Role's keystore: the analyst console holds each logged-in
	// analyst's unlocked key, so the ClaimResolved event names that analyst.
	Signer *bind.TransactOpts
	// Backend is used instead of dialling cfg.RPCURL when set.
	Backend chain.Backend
	// Logger receives progress, never claim ids. Default slog.Default().
	Logger *slog.Logger
}

// OpenReview reads the settlement ledger, then the decisions topic, and joins them. Reading the
// chain first leaves a batch settled in between out whole (its records fall in no known batch)
// instead of showing its pended claims with no record to prove them by.
func OpenReview(ctx context.Context, cfg config.Config, o ReviewOptions) (_ *Review, err error) {
	if err := cfg.Require(config.NeedKafka, config.NeedSecret); err != nil {
		return nil, err
	}
	log := o.Logger
	if log == nil {
		log = slog.Default()
	}
	var c *Chain
	if o.Signer != nil {
		c, err = OpenChainSigned(ctx, cfg, o.Backend, o.Signer, chain.WithLogger(log))
	} else {
		c, err = OpenChain(ctx, cfg, o.Role, o.Backend, chain.WithLogger(log))
	}
	if err != nil {
		return nil, err
	}
	defer func() {
		if err != nil {
			c.Close()
		}
	}()
	r := &Review{cfg: cfg, chain: c, log: log, pended: map[pendedAt]chain.ClaimPendedEvent{}, flags: map[adjudicator.Position][]byte{}, blockTimes: map[uint64]uint64{},
		resolved: map[pendedAt]chain.ClaimResolvedEvent{}, reversed: map[adjudicator.Hash]chain.ReversalEvent{},
		infos: map[uint64]chain.BatchInfo{}}
	if o.Role != "" && o.Signer == nil {
		r.keystore = cfg.KeystoreFor(o.Role)
	}
	ledger, err := c.Settlement.Ledger(ctx, cfg.FromBlock)
	if err != nil {
		return nil, fmt.Errorf("read settlement history: %w", err)
	}
	head, err := c.Backend.HeaderByNumber(ctx, new(big.Int).SetUint64(ledger.Head))
	if err != nil {
		return nil, fmt.Errorf("read block %d: %w", ledger.Head, err)
	}
	r.now = head.Time
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
	records := make([]proof.Record, 0, len(recs))
	for _, m := range recs {
		src, err := headerPosition(m.Headers, intake.HeaderSourcePartition, intake.HeaderSourceOffset)
		if err != nil {
			return nil, fmt.Errorf("%s %d/%d: %w", cfg.DecisionsTopic, m.Partition, m.Offset, err)
		}
		records = append(records, proof.Record{Source: src, Bytes: m.Value})
		if raw, ok := m.Headers[intake.HeaderFlags]; ok {
			doc, err := adjudicator.DecodeFlags([]byte(raw), src, sealer)
			if err != nil {
				return nil, fmt.Errorf("%s %d/%d: fraud flags: %w", cfg.DecisionsTopic, m.Partition, m.Offset, err)
			}
			r.flags[src] = doc
		}
	}
	r.ix = proof.NewIndex(c.Keyer, c.Domain, ledger.Batches, records)
	for _, ev := range ledger.Pended {
		r.pended[pendedAt{ev.BatchID, ev.ClaimKey}] = ev
	}
	// A resolution always follows its ClaimPended event, so every resolution of a claim pended
	// since from_block is in the same scan.
	for _, ev := range ledger.Resolved {
		r.resolved[pendedAt{ev.BatchID, ev.ClaimKey}] = ev
	}
	for _, ev := range ledger.Reversals {
		r.reversed[ev.Leaf] = ev
	}
	joined := map[pendedAt]bool{}
	for _, d := range r.ix.All() {
		if d.Decision.Outcome == adjudicator.Pend {
			joined[pendedAt{d.Batch.Event.BatchID, c.Keyer.Claim(d.Decision.ClaimID)}] = true
		}
	}
	for k := range r.pended {
		if !joined[k] {
			r.unpublished++
		}
	}
	if r.unpublished > 0 {
		log.Warn("pended claims on chain with no published decision record (the engine may not have published them yet)",
			"count", r.unpublished)
	}
	log.Debug("review loaded", "batches", len(ledger.Batches), "pended", len(ledger.Pended),
		"resolved", len(ledger.Resolved), "records", len(records), "head", ledger.Head)
	return r, nil
}

// Close releases the connection.
func (r *Review) Close() { r.chain.Close() }

// Chain is the bound contracts the review reads and signs with.
func (r *Review) Chain() *Chain { return r.chain }

// Now is the chain time the review was read at.
func (r *Review) Now() time.Time { return time.Unix(int64(r.now), 0).UTC() }

// Unpublished counts claims pended on chain whose decision record is not on the decisions topic.
func (r *Review) Unpublished() int { return r.unpublished }

// ReviewItem is one settled decision with where it stands on chain.
type ReviewItem struct {
	// Decided is the published record, its decision and its settled batch.
	Decided  *proof.Decided
	ClaimKey adjudicator.Hash
	// Leaf is the hash of the decision's Merkle leaf: what the contract keeps a pended claim's
	// resolution (and a reversal) under.
	Leaf adjudicator.Hash
	// Pended is true when a ClaimPended event of the decision's batch names its claim: the
	// decision was pended and the chain holds it for review.
	Pended bool
	// BatchInfo is what the contract stores of the decision's batch now.
	BatchInfo chain.BatchInfo
	// Resolution is where a pended claim stands (ResolutionOpen for other decisions);
	// ResolutionVoided when a corrected claim reversed it while it was open.
	Resolution chain.Resolution
	// Flags are the fraud signals that fired on the claim, checked against its record's flags
	// digest; nil when none fired.
	Flags *adjudicator.FlagSet
	// Resolved is the event that resolved the claim, when it is resolved.
	Resolved *chain.ClaimResolvedEvent
	// PendedEvent is the ClaimPended event that holds the claim (set when Pended), and
	// PendedAt the chain time of its block: how long the claim has waited for an analyst.
	PendedEvent chain.ClaimPendedEvent
	PendedAt    time.Time
}

// Age is how long a pended claim has waited for an analyst at chain time now: since its
// ClaimPended block. 0 for a claim not pended, or when now is earlier.
func (it ReviewItem) Age(now time.Time) time.Duration {
	if it.PendedAt.IsZero() {
		return 0
	}
	return max(now.Sub(it.PendedAt), 0)
}

// WindowClosesAt is when the batch's challenge window closes, in chain time.
func (it ReviewItem) WindowClosesAt() time.Time { return unixTime(it.BatchInfo.WindowClosesAt) }

// Resolvable reports whether the contract would take a resolution of the claim at chain time
// now: pended and open, its batch not frozen and past its challenge window.
func (it ReviewItem) Resolvable(now time.Time) bool {
	return it.Pended && it.Resolution == chain.ResolutionOpen && it.BatchInfo.Status != chain.BatchFrozenStatus &&
		now.Unix() >= 0 && uint64(now.Unix()) >= it.BatchInfo.WindowClosesAt
}

func unixTime(s uint64) time.Time {
	if s > 1<<62 {
		return time.Unix(1<<62, 0).UTC()
	}
	return time.Unix(int64(s), 0).UTC()
}

func (r *Review) item(ctx context.Context, d *proof.Decided) (ReviewItem, error) {
	k := r.chain.Keyer.Claim(d.Decision.ClaimID)
	it := ReviewItem{Decided: d, ClaimKey: k, Leaf: r.ix.Leaf(d).Hash()}
	if d.Decision.FlagsDigest != "" {
		doc, ok := r.flags[d.Source]
		if !ok {
			return it, fmt.Errorf("decision at %d/%d: its record names fraud flags that were not published with it", d.Source.Partition, d.Source.Offset)
		}
		fs, err := adjudicator.OpenFlags(doc, &d.Decision, r.chain.Keyer)
		if err != nil {
			return it, fmt.Errorf("decision at %d/%d: %w", d.Source.Partition, d.Source.Offset, err)
		}
		it.Flags = &fs
	}
	id := d.Batch.Event.BatchID
	var err error
	info, ok := r.infos[id]
	if !ok {
		var found bool
		if info, found, err = r.chain.Settlement.BatchInfo(ctx, id); err != nil {
			return ReviewItem{}, err
		}
		if !found {
			return ReviewItem{}, fmt.Errorf("batch %d: the contract has no record of it, though its BatchSettled event exists", id)
		}
		r.infos[id] = info
	}
	it.BatchInfo = info
	it.PendedEvent, it.Pended = r.pended[pendedAt{id, k}]
	it.Pended = it.Pended && d.Decision.Outcome == adjudicator.Pend
	if it.Pended {
		at, err := r.blockTime(ctx, it.PendedEvent.Block)
		if err != nil {
			return ReviewItem{}, err
		}
		it.PendedAt = unixTime(at)
	}
	if ev, ok := r.resolved[pendedAt{id, k}]; ok && it.Pended {
		it.Resolved = &ev
		it.Resolution = chain.ResolutionDenied
		if ev.Approved {
			it.Resolution = chain.ResolutionApproved
		}
	} else if _, ok := r.reversed[it.Leaf]; ok && it.Pended {
		// Reversed before it was resolved: the contract never resolves it.
		it.Resolution = chain.ResolutionVoided
	}
	return it, nil
}

func (r *Review) blockTime(ctx context.Context, block uint64) (uint64, error) {
	if t, ok := r.blockTimes[block]; ok {
		return t, nil
	}
	h, err := r.chain.Backend.HeaderByNumber(ctx, new(big.Int).SetUint64(block))
	if err != nil {
		return 0, fmt.Errorf("read block %d: %w", block, err)
	}
	r.blockTimes[block] = h.Time
	return h.Time, nil
}

// At returns the settled decision at input position p, pended or not; ok is false when no
// published record of a settled batch is at p. The console names claims this way in its URLs:
// a position says nothing about the member.
func (r *Review) At(ctx context.Context, p adjudicator.Position) (_ ReviewItem, ok bool, _ error) {
	for _, d := range r.ix.All() {
		if d.Source == p {
			it, err := r.item(ctx, d)
			return it, err == nil, err
		}
	}
	return ReviewItem{}, false, nil
}

// All returns every settled decision with where it stands, in the index's order: what the
// console's dashboard counts flags and resolutions over.
func (r *Review) All(ctx context.Context) ([]ReviewItem, error) {
	all := r.ix.All()
	out := make([]ReviewItem, 0, len(all))
	for _, d := range all {
		it, err := r.item(ctx, d)
		if err != nil {
			return nil, err
		}
		out = append(out, it)
	}
	return out, nil
}

// Queue returns the open pended claims: pended on chain, not resolved, with their published
// records, oldest batch first.
func (r *Review) Queue(ctx context.Context) ([]ReviewItem, error) {
	out := []ReviewItem{}
	for _, d := range r.ix.All() {
		if d.Decision.Outcome != adjudicator.Pend {
			continue
		}
		it, err := r.item(ctx, d)
		if err != nil {
			return nil, err
		}
		if it.Pended && it.Resolution == chain.ResolutionOpen {
			out = append(out, it)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].BatchInfo.WindowClosesAt < out[j].BatchInfo.WindowClosesAt })
	return out, nil
}

// Lookup returns every settled decision of claimID, pended or not, in input position order:
// more than one when the claim was submitted again.
func (r *Review) Lookup(ctx context.Context, claimID string) ([]ReviewItem, error) {
	var out []ReviewItem
	for _, d := range r.ix.Claim(claimID) {
		it, err := r.item(ctx, d)
		if err != nil {
			return nil, err
		}
		out = append(out, it)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i].Decided.Source, out[j].Decided.Source
		return a.Partition < b.Partition || a.Partition == b.Partition && a.Offset < b.Offset
	})
	return out, nil
}

// BatchProblems lists how the batch of it disagrees with the chain: its published records must
// reproduce the root, claim count and credits of its BatchSettled event, and the event must
// match the commitment the contract stored. Empty when the batch checks out.
func (r *Review) BatchProblems(it ReviewItem) []string {
	problems := []string{}
	for _, p := range r.ix.CheckBatch(it.Decided.Batch) {
		problems = append(problems, p.What)
	}
	if it.BatchInfo.Commitment != it.Decided.Batch.Event.Header().Commitment() {
		problems = append(problems, "the BatchSettled event does not match the commitment the contract stored")
	}
	return problems
}

// Refusal is why a pended claim cannot be resolved as asked, as a sentence for the analyst.
// Name is the contract's custom error when the contract refused ("" when a check refused before
// anything was sent).
type Refusal struct {
	Reason string
	Name   string
	Err    error
}

func (e *Refusal) Error() string { return e.Reason }

func (e *Refusal) Unwrap() error { return e.Err }

// Ambiguous means a claim id has several pended decisions (it was submitted again) and the
// caller must pick one by its input position.
type Ambiguous struct {
	Candidates []ReviewItem
}

func (e *Ambiguous) Error() string {
	return fmt.Sprintf("the claim has %d pended decisions (it was submitted again); pick one by input position", len(e.Candidates))
}

// Pick finds the pended decision of claimID to resolve: at picks one by input position when the
// claim has several. It refuses (a *Refusal) when the claim has no settled decision, was not
// pended, or at names none of its decisions, and returns an *Ambiguous when at is needed.
func (r *Review) Pick(ctx context.Context, claimID string, at *adjudicator.Position) (ReviewItem, error) {
	all, err := r.Lookup(ctx, claimID)
	if err != nil {
		return ReviewItem{}, err
	}
	if len(all) == 0 {
		return ReviewItem{}, &Refusal{Reason: "no settled decision of this claim was published (is the claim id right, and has the engine settled it yet?)"}
	}
	var pended []ReviewItem
	for _, it := range all {
		if at != nil && it.Decided.Source != *at {
			continue
		}
		if it.Pended {
			pended = append(pended, it)
		}
	}
	switch {
	case len(pended) == 1:
		return pended[0], nil
	case len(pended) > 1:
		return ReviewItem{}, &Ambiguous{Candidates: pended}
	case at != nil:
		for _, it := range all {
			if it.Decided.Source == *at {
				return ReviewItem{}, notPended(it)
			}
		}
		return ReviewItem{}, &Refusal{Reason: fmt.Sprintf("the claim has no settled decision at input position %d/%d", at.Partition, at.Offset)}
	case len(all) == 1:
		return ReviewItem{}, notPended(all[0])
	}
	return ReviewItem{}, &Refusal{Reason: fmt.Sprintf("none of the claim's %d settled decisions was pended; only pended claims are resolved", len(all))}
}

func notPended(it ReviewItem) error {
	d := it.Decided
	if d.Decision.Outcome == adjudicator.Pend {
		return &Refusal{Reason: fmt.Sprintf("the decision at %d/%d was pended, but no ClaimPended event of batch %d names it: the chain holds nothing to resolve",
			d.Source.Partition, d.Source.Offset, d.Batch.Event.BatchID)}
	}
	return &Refusal{Reason: fmt.Sprintf("the claim was not pended: it was decided %q (batch %d); only pended claims are resolved",
		d.Decision.Outcome, d.Batch.Event.BatchID)}
}

// ResolveResult is the outcome of Resolve.
type ResolveResult struct {
	Item     ReviewItem
	Approved bool
	// Lines are the line numbers approved when only some were (ResolveLines); nil when the
	// whole claim was approved or denied.
	Lines []int
	// Cents is what the approval credited the provider, read from the ClaimResolved event; 0
	// for a denial.
	Cents int64
	// Note is the text whose hash went on chain: the analyst's note, preceded by the approved
	// lines when only some were approved.
	Note     string
	NoteHash adjudicator.Hash
	Receipt  adjudicator.Receipt
}

// NoteHash is keccak256 of the note's UTF-8 bytes: all of the analyst's note that goes on chain.
func NoteHash(note string) adjudicator.Hash { return merkle.Keccak256([]byte(note)) }

// LinesNote is the note whose hash goes on chain when only some lines of a claim are approved:
// the chain sees only the cents, so the hash also commits to which lines they were.
func LinesNote(lines []int, of int, note string) string {
	return fmt.Sprintf("approved lines %s of %d\n%s", LineList(lines), of, note)
}

// LineList writes line numbers as LinesNote does: "1,3".
func LineList(lines []int) string {
	parts := make([]string, len(lines))
	for i, n := range lines {
		parts[i] = strconv.Itoa(n)
	}
	return strings.Join(parts, ",")
}

// Resolve approves or denies the whole pended claim it with a Merkle proof against its batch
// root, signing with the review's role: approval credits all the cents its leaf holds. The
// note stays off chain; only its hash is sent. Anything that makes the contract refuse, or that
// is caught before sending, comes back as a *Refusal.
func (r *Review) Resolve(ctx context.Context, it ReviewItem, approve bool, note string) (ResolveResult, error) {
	cents := int64(0)
	if approve && it.Decided != nil {
		cents = it.Decided.Decision.HeldCents
	}
	return r.resolve(ctx, it, approve, nil, cents, note)
}

// ResolveLines approves the lines of the pended claim it numbered lines and denies the others:
// the provider is credited those lines' OA-133 amounts. The hash on chain is of LinesNote, so
// it names the lines. All lines is the same as Resolve approving; none is refused (deny the
// claim instead).
func (r *Review) ResolveLines(ctx context.Context, it ReviewItem, lines []int, note string) (ResolveResult, error) {
	if len(lines) == 0 {
		return ResolveResult{}, &Refusal{Reason: "no line to approve: deny the claim instead"}
	}
	if it.Decided == nil {
		return ResolveResult{}, notPended(it)
	}
	d := &it.Decided.Decision
	held := map[int]int64{}
	for i := range d.Lines {
		held[d.Lines[i].Line] = d.Lines[i].Held()
	}
	lines = slices.Clone(lines)
	slices.Sort(lines)
	lines = slices.Compact(lines)
	var cents int64
	for _, n := range lines {
		c, ok := held[n]
		if !ok {
			return ResolveResult{}, &Refusal{Reason: fmt.Sprintf("the claim has no line %d (its lines are %s)", n, lineNumbers(d.Lines))}
		}
		cents += c
	}
	if len(lines) == len(d.Lines) {
		return r.resolve(ctx, it, true, nil, d.HeldCents, note)
	}
	if strings.TrimSpace(note) == "" {
		return ResolveResult{}, &Refusal{Reason: "a note is required, in UTF-8: its hash goes on chain with the resolution"}
	}
	return r.resolve(ctx, it, true, lines, cents, LinesNote(lines, len(d.Lines), note))
}

func lineNumbers(ls []adjudicator.LineDecision) string {
	parts := make([]string, len(ls))
	for i, l := range ls {
		parts[i] = strconv.Itoa(l.Line)
	}
	return strings.Join(parts, ", ")
}

func (r *Review) resolve(ctx context.Context, it ReviewItem, approve bool, lines []int, cents int64, note string) (ResolveResult, error) {
	if note == "" || !utf8.ValidString(note) {
		return ResolveResult{}, &Refusal{Reason: "a note is required, in UTF-8: its hash goes on chain with the resolution"}
	}
	if !it.Pended || it.Decided.Decision.Outcome != adjudicator.Pend {
		return ResolveResult{}, notPended(it)
	}
	id := it.Decided.Batch.Event.BatchID
	// Ask the contract, not the snapshot: a second approve must fail here, before signing,
	// with the resolution that stands.
	now, err := r.chain.Settlement.ResolutionOf(ctx, it.Leaf)
	if err != nil {
		return ResolveResult{}, err
	}
	if now == chain.ResolutionVoided {
		return ResolveResult{}, &Refusal{Reason: voided}
	}
	if now != chain.ResolutionOpen {
		return ResolveResult{}, &Refusal{Reason: alreadyResolved(now, r.resolved[pendedAt{id, it.ClaimKey}])}
	}
	// Never prove against a batch whose published records do not reproduce what it settled:
	// the proof might still verify, but what the analyst looked at would not be what was paid.
	if p := r.BatchProblems(it); len(p) > 0 {
		return ResolveResult{}, &Refusal{Reason: fmt.Sprintf("batch %d does not reproduce from its published records, so nothing in it is resolved: %v (run claims verify)", id, p)}
	}
	pf, leaf, err := r.ix.Prove(it.Decided)
	if err != nil {
		return ResolveResult{}, &Refusal{Reason: err.Error(), Err: err}
	}
	if err := pf.Verify(leaf); err != nil {
		return ResolveResult{}, &Refusal{Reason: err.Error(), Err: err}
	}
	siblings := make([][32]byte, len(pf.Siblings))
	for i, s := range pf.Siblings {
		siblings[i] = s
	}
	noteHash := NoteHash(note)
	r.log.Info("resolving pended claim", "approve", approve, "batch", id, "partition", it.Decided.Source.Partition,
		"offset", it.Decided.Source.Offset, "claim_key", fmt.Sprintf("%x", it.ClaimKey[:8]))
	rcpt, err := r.chain.Settlement.ResolvePended(ctx, id, pf.Header(), chain.LeafArgsOf(leaf), siblings, approve, cents, noteHash)
	if err != nil {
		return ResolveResult{}, r.refusal(err, it)
	}
	res := ResolveResult{Item: it, Approved: approve, Lines: lines, Note: note, NoteHash: noteHash, Receipt: rcpt}
	ev, err := r.resolvedIn(ctx, rcpt, it.ClaimKey)
	if err != nil {
		return res, fmt.Errorf("resolved in tx %s, but reading its ClaimResolved event failed: %w", common.Hash(rcpt.TxHash).Hex(), err)
	}
	res.Cents = ev.Cents
	r.resolved[pendedAt{id, it.ClaimKey}] = ev
	return res, nil
}

// voided is the refusal of a pended claim a corrected claim reversed before it was resolved.
const voided = "the claim was voided on chain: a corrected claim (a void or a replacement) reversed this decision before it was resolved, so it is never resolved"

// resolvedIn reads the ClaimResolved event of claimKey from the block rcpt was mined in.
func (r *Review) resolvedIn(ctx context.Context, rcpt adjudicator.Receipt, claimKey adjudicator.Hash) (chain.ClaimResolvedEvent, error) {
	l, err := r.chain.Settlement.LedgerRange(ctx, rcpt.Block, rcpt.Block)
	if err != nil {
		return chain.ClaimResolvedEvent{}, err
	}
	for _, ev := range l.Resolved {
		if ev.TxHash == rcpt.TxHash && ev.ClaimKey == claimKey {
			return ev, nil
		}
	}
	return chain.ClaimResolvedEvent{}, errors.New("the transaction succeeded without one")
}

func alreadyResolved(res chain.Resolution, ev chain.ClaimResolvedEvent) string {
	msg := fmt.Sprintf("claim already %s on chain", res)
	if ev.TxHash != (adjudicator.Hash{}) {
		msg += fmt.Sprintf(" (tx %s", common.Hash(ev.TxHash).Hex())
		if ev.Approved {
			msg += fmt.Sprintf(", %d cents credited", ev.Cents)
		}
		msg += ")"
	}
	return msg + "; a pended claim is resolved once"
}

// refusal turns a contract revert into a sentence; other errors (network, keystore) pass.
func (r *Review) refusal(err error, it ReviewItem) error {
	var rev *chain.RevertError
	if !errors.As(err, &rev) {
		return err
	}
	id := it.Decided.Batch.Event.BatchID
	var msg string
	switch d := rev.Detail.(type) {
	case *settlement.ClaimSettlementChallengeWindowOpen:
		closes := it.BatchInfo.WindowClosesAt
		if d.ClosesAt != nil && d.ClosesAt.IsUint64() {
			closes = d.ClosesAt.Uint64()
		}
		msg = fmt.Sprintf("the batch's challenge window closes at %s (chain time); resolve after that", unixTime(closes).Format(time.RFC3339))
	case *settlement.ClaimSettlementClaimAlreadyResolved:
		msg = alreadyResolved(chain.Resolution(d.Resolution), r.resolved[pendedAt{id, it.ClaimKey}])
	case *settlement.ClaimSettlementClaimVoided:
		msg = voided
	case *settlement.ClaimSettlementBatchIsFrozen:
		msg = fmt.Sprintf("batch %d is frozen by the guardian: its pended claims cannot be resolved unless the admin releases it", id)
	case *settlement.ClaimSettlementInvalidMerkleProof:
		msg = fmt.Sprintf("the contract rejected the Merkle proof against batch %d's root: the published record is not the one the batch settled", id)
	case *settlement.ClaimSettlementClaimNotPended:
		msg = "the contract does not hold this leaf as pended (its outcome is not pend)"
	case *settlement.ClaimSettlementInsufficientEscrow:
		msg = fmt.Sprintf("the escrow cannot cover the approval: it needs %s cents and %s are unallocated; the insurer must fund the escrow first", d.Needed, d.Available)
	case *settlement.ClaimSettlementAccessControlUnauthorizedAccount:
		msg = fmt.Sprintf("this key (%s, from %s) does not hold FRAUD_ANALYST_ROLE; sign with the fraud analyst's keystore (fraud_analyst_keystore)", r.chain.From.Hex(), orNone(r.keystore))
	case *settlement.ClaimSettlementBatchHeaderMismatch, *settlement.ClaimSettlementUnknownBatch:
		msg = fmt.Sprintf("the contract does not recognise batch %d's header as given: the BatchSettled event and the stored commitment disagree", id)
	default:
		switch rev.Name {
		case "EnforcedPause":
			msg = "settlement is paused (the guardian paused it); resolve after the admin unpauses"
		case "AccessControlUnauthorizedAccount":
			msg = fmt.Sprintf("this key (%s) does not hold FRAUD_ANALYST_ROLE; sign with the fraud analyst's keystore (fraud_analyst_keystore)", r.chain.From.Hex())
		default:
			msg = "the contract refused: " + rev.Error()
		}
	}
	if rev.TxHash != (common.Hash{}) {
		msg += fmt.Sprintf(" (transaction %s was mined and reverted)", rev.TxHash.Hex())
	}
	return &Refusal{Reason: msg, Name: rev.Name, Err: err}
}

func orNone(s string) string {
	if s == "" {
		return "no keystore configured"
	}
	return s
}
