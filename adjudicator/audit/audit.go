// Package audit reconciles three independent records of the same work: the
// claims on the input topic, the decision records on the decisions topic,
// and the batches and payments on chain. It trusts none of them: every
// settled batch's Merkle root is recomputed from the published records and
// every payout is recomputed from the decisions.
package audit

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/merkle"
	"github.com/claimsledger/claims/adjudicator/privacy"
)

// DecisionMsg is one message read from the decisions topic.
type DecisionMsg struct {
	Source adjudicator.Position
	Batch  adjudicator.BatchRef
	Record []byte
	// PublishedAt is the message's Kafka timestamp; zero when unknown. It times a record whose
	// settlement the audit's chain endpoint does not show yet (a node a block behind).
	PublishedAt time.Time
}

// ChainBatch is one BatchSettled event with its credits per provider key.
type ChainBatch struct {
	BatchID       uint64
	Partition     int32
	From, To      int64
	Root          adjudicator.Hash
	Claims        uint32
	TotalCredited int64
	Credits       map[adjudicator.Hash]int64
	// Frozen is true while the guardian's freeze holds (not released).
	Frozen bool
	// SettledAt is the settling block's timestamp; zero when unknown, which makes a batch
	// whose records are not all published a gap at once rather than in flight.
	SettledAt time.Time
}

// Resolution is one ClaimResolved event: a fraud analyst approved (crediting Cents) or denied a
// pended claim.
type Resolution struct {
	BatchID  uint64
	ClaimKey adjudicator.Hash
	Approved bool
	Provider adjudicator.Hash
	Cents    int64
}

// DefaultGrace is how long decision records may take to appear on the decisions topic after
// their batch settled before the audit calls the wait a gap. The engine publishes right after
// the receipt (and after `confirmations` more blocks when set), so two minutes covers a
// restart, a rebalance and a Redis or broker hiccup in between without hiding a lost batch
// for long.
const DefaultGrace = 2 * time.Minute

// Report is the reconciliation. Missing, Duplicates and Mismatched must all
// be zero for the books to balance; claims in flight or queued are work not
// finished yet, not gaps.
type Report struct {
	ClaimsIn     int `json:"claims_in"`
	Decided      int `json:"decided"`
	DeadLettered int `json:"dead_lettered"`
	Missing      int `json:"missing"`
	Duplicates   int `json:"duplicates"`
	Mismatched   int `json:"mismatched"`
	// InFlight claims are settled on chain (or published, with their settlement not visible on
	// the audit's chain endpoint yet) but their batch's records are not all published, for less
	// than the grace period. Their batches are not checked and their payouts are counted in
	// neither paid total below: InFlightCents is what those batches credited.
	InFlight        int   `json:"in_flight"`
	InFlightBatches int   `json:"in_flight_batches"`
	InFlightCents   int64 `json:"in_flight_cents"`
	// OldestInFlightSeconds is how long the oldest in-flight batch has waited for its records.
	OldestInFlightSeconds float64 `json:"oldest_in_flight_seconds"`
	// Queued claims are on the input topic at or past the chain's watermark of their partition,
	// with no decision: backlog the engine has not settled yet.
	Queued       int            `json:"queued"`
	GraceSeconds float64        `json:"grace_seconds"`
	Batches      int            `json:"batches"`
	Outcomes     map[string]int `json:"outcomes"`
	// PaidTotalCents sums the decided claims' payouts; PaidOnChainCents what every settled batch
	// credited, in-flight ones included.
	PaidTotalCents   int64 `json:"paid_total_cents"`
	PaidOnChainCents int64 `json:"paid_onchain_cents"`
	// Corrections counts the replacements and voids decided: each took back its original's
	// credit. Reversals counts the chain's reversals; each must be a settled correction's, with
	// the amount its record states.
	Corrections int `json:"corrections,omitempty"`
	Reversals   int `json:"reversals,omitempty"`
	// Pended claims resolved on chain, and what approvals credited.
	Approved      int   `json:"approved_pended"`
	Denied        int   `json:"denied_pended"`
	ApprovedCents int64 `json:"approved_pended_cents"`
	// Batches frozen by the guardian, and the credits they hold back. A freeze does not by
	// itself unbalance the books, but every one is listed in Problems for someone to look at.
	FrozenBatches int   `json:"frozen_batches"`
	FrozenCents   int64 `json:"frozen_cents"`
	// Problems lists every problem found, in the order found; ProblemCounts counts them by kind
	// (Kind*). A problem names claims by input position, batch id and keyed hashes only: claim
	// ids, member ids and codes are health data.
	Problems      []string       `json:"problems,omitempty"`
	ProblemCounts map[string]int `json:"problem_counts,omitempty"`
}

// Kinds of problems, the keys of Report.ProblemCounts. Only the first three are gaps.
const (
	KindMissing    = "missing"
	KindDuplicate  = "duplicate"
	KindMismatched = "mismatched"
	// KindFrozen is a batch the guardian froze: listed for someone to look at, not a gap.
	KindFrozen = "frozen"
	// KindUnknownPosition is a decision for a position not on the input topic (its claim aged
	// out of the topic's retention, say): not a gap by itself, but its payout is in no total.
	KindUnknownPosition = "unknown_position"
)

var kindOrder = []string{KindMissing, KindDuplicate, KindMismatched, KindFrozen, KindUnknownPosition}

// OK reports whether nothing is missing, doubled or mismatched.
func (r *Report) OK() bool { return r.Missing == 0 && r.Duplicates == 0 && r.Mismatched == 0 }

// Done reports whether every claim on the input topic is decided (or dead-lettered) and the
// books are clean: nothing queued, in flight or wrong.
func (r *Report) Done() bool { return r.OK() && r.Queued == 0 && r.InFlight == 0 }

// Gaps is the number of missing, duplicate and mismatched claims. A batch whose published
// records do not reproduce its root counts every one of its claims as mismatched, so a claim
// can be counted under two kinds.
func (r *Report) Gaps() int { return r.Missing + r.Duplicates + r.Mismatched }

// Balanced reports whether the decided claims pay exactly what the settled batches credited,
// leaving out the batches still in flight.
func (r *Report) Balanced() bool { return r.PaidTotalCents == r.PaidOnChainCents-r.InFlightCents }

func (r *Report) problem(kind, format string, args ...any) {
	r.Problems = append(r.Problems, fmt.Sprintf(format, args...))
	if r.ProblemCounts == nil {
		r.ProblemCounts = map[string]int{}
	}
	r.ProblemCounts[kind]++
}

// WriteProblems prints the problem counts by kind, then the first n problems, then how many
// more there are when that is not all of them. It prints nothing when there is no problem.
func (r *Report) WriteProblems(w io.Writer, n int) error {
	if len(r.Problems) == 0 {
		return nil
	}
	var counts []string
	for _, k := range kindOrder {
		if c := r.ProblemCounts[k]; c > 0 {
			counts = append(counts, fmt.Sprintf("%d %s", c, k))
		}
	}
	b := &strings.Builder{}
	fmt.Fprintf(b, "problems: %d (%s)\n", len(r.Problems), strings.Join(counts, ", "))
	n = max(n, 0)
	for _, p := range r.Problems[:min(n, len(r.Problems))] {
		fmt.Fprintf(b, "problem: %s\n", p)
	}
	if more := len(r.Problems) - n; more > 0 {
		fmt.Fprintf(b, "and %d more\n", more)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// Reconciler recomputes leaves, so it needs the same keyed hashes and leaf
// domain (chain id, settlement contract) as the engine that settled them.
type Reconciler struct {
	Keyer  *privacy.Keyer
	Domain adjudicator.Domain
	// Grace is how long a settled batch's records may take to be published before the wait
	// is a gap. Zero: no wait, every unpublished record is a gap.
	Grace time.Duration
	// Now is the time ages are measured at; zero means time.Now().
	Now time.Time
	// Reversals are the chain's CreditReversed events: what corrected claims took back. The
	// chain trusts the amounts; the audit checks each against the correction's record.
	Reversals []Reversal
}

// Reversal is one CreditReversed event: the chain took back Cents credited by the decision
// whose Merkle leaf is Leaf.
type Reversal struct {
	Leaf   adjudicator.Hash
	Cents  int64
	Pended bool
}

// Reconcile compares the input positions, the published decisions, the
// dead-lettered positions, the settled batches and the resolutions of
// pended claims.
//
// It expects the decisions and dead letters read before the chain, and the chain before the
// inputs (as service.Auditor reads them): the engine publishes only after the receipt, so every
// record read has its batch on chain, and every settled batch has its claims on the input topic.
// What is missing is then either not published yet (a batch in flight) or not settled yet
// (queued), until the grace period says otherwise.
func (rc Reconciler) Reconcile(inputs []Input, decisions []DecisionMsg, dead []adjudicator.Position, batches []ChainBatch, resolved []Resolution) Report {
	now := rc.Now
	if now.IsZero() {
		now = time.Now()
	}
	r := Report{ClaimsIn: len(inputs), Batches: len(batches), Outcomes: map[string]int{}, GraceSeconds: rc.Grace.Seconds()}
	// An unknown time is never within the grace: a gap is reported rather than hidden.
	young := func(t time.Time) bool { return !t.IsZero() && now.Sub(t) < rc.Grace }

	// One record per position; a second, different record is a duplicate
	// decision. Identical republications (after a crash) are harmless.
	recs := map[adjudicator.Position][]byte{}
	publishedAt := map[adjudicator.Position]time.Time{}
	for _, d := range decisions {
		prev, seen := recs[d.Source]
		switch {
		case !seen:
			recs[d.Source] = d.Record
			publishedAt[d.Source] = d.PublishedAt
		case string(prev) != string(d.Record):
			r.Duplicates++
			r.problem(KindDuplicate, "%d/%d: two different decisions published", d.Source.Partition, d.Source.Offset)
		}
	}
	deadSet := map[adjudicator.Position]bool{}
	for _, p := range dead {
		deadSet[p] = true
	}
	recOffsets := offsetsOf(recs)

	// Settled ranges must tile each partition without overlap: an overlap
	// would mean a range paid twice.
	sort.Slice(batches, func(i, j int) bool {
		if batches[i].Partition != batches[j].Partition {
			return batches[i].Partition < batches[j].Partition
		}
		return batches[i].From < batches[j].From
	})
	settledTo := map[int32]int64{}
	for i, b := range batches {
		if i > 0 && batches[i-1].Partition == b.Partition && b.From < batches[i-1].To {
			r.Duplicates++
			r.problem(KindDuplicate, "partition %d: batches [%d,%d) and [%d,%d) overlap", b.Partition, batches[i-1].From, batches[i-1].To, b.From, b.To)
		}
		settledTo[b.Partition] = max(settledTo[b.Partition], b.To)
		r.PaidOnChainCents += b.TotalCredited
		if b.Frozen {
			r.FrozenBatches++
			r.FrozenCents += b.TotalCredited
			r.problem(KindFrozen, "batch %d (partition %d [%d,%d)) is frozen by the guardian: %d cents of credits held", b.BatchID, b.Partition, b.From, b.To, b.TotalCredited)
		}
	}
	batchOf := func(p adjudicator.Position) int {
		i := sort.Search(len(batches), func(i int) bool {
			return batches[i].Partition > p.Partition || (batches[i].Partition == p.Partition && batches[i].To > p.Offset)
		})
		if i < len(batches) && batches[i].Partition == p.Partition && batches[i].From <= p.Offset {
			return i
		}
		return -1
	}

	// A batch is in flight while some of its claims have neither a decision record nor a dead
	// letter published and it settled less than the grace ago. A frozen one is not: the guardian
	// has already judged its publication overdue.
	unpublished := map[adjudicator.Position]bool{}
	for _, in := range inputs {
		if in.Offset >= settledTo[in.Partition] {
			continue // in no batch
		}
		if _, ok := recs[in.Position]; !ok && !deadSet[in.Position] {
			unpublished[in.Position] = true
		}
	}
	unpubOffsets := offsetsOf(unpublished)
	inFlight := make([]bool, len(batches))
	for i, b := range batches {
		incomplete := len(inRange(unpubOffsets, b)) > 0 || len(inRange(recOffsets, b)) < int(b.Claims)
		if incomplete && !b.Frozen && young(b.SettledAt) {
			inFlight[i] = true
			r.InFlightBatches++
			r.InFlightCents += b.TotalCredited
			r.OldestInFlightSeconds = max(r.OldestInFlightSeconds, now.Sub(b.SettledAt).Seconds())
		}
	}

	inputSet := map[adjudicator.Position]bool{}
	type correctionAt struct {
		pos adjudicator.Position
		c   *adjudicator.Correction
	}
	var corrections []correctionAt
	paid := paidClaims{byID: map[string][]adjudicator.Position{}, byContent: map[adjudicator.Hash][]adjudicator.Position{},
		corrected: map[adjudicator.Position]bool{}}
	for _, in := range inputs {
		p := in.Position
		inputSet[p] = true
		rec, decided := recs[p]
		bi := batchOf(p)
		switch {
		case bi >= 0 && inFlight[bi] && !deadSet[p]:
			r.InFlight++
		case decided && bi >= 0:
			r.Decided++
			var d adjudicator.Decision
			if err := json.Unmarshal(rec, &d); err == nil {
				r.Outcomes[string(d.Outcome)]++
				r.PaidTotalCents += d.PaidCents
				if d.PaidCents > 0 {
					paid.add(p, d, in.Content)
				}
				if d.Corrects != nil {
					paid.corrected[d.Corrects.Original] = true
					corrections = append(corrections, correctionAt{p, d.Corrects})
					r.Corrections++
				}
			}
		case deadSet[p]:
			r.DeadLettered++
		case decided && p.Offset >= settledTo[p.Partition] && young(publishedAt[p]):
			// Records are published only after their receipt, so this one's batch is on a block
			// the audit's chain endpoint did not show yet (a node behind the engine's).
			r.InFlight++
			r.OldestInFlightSeconds = max(r.OldestInFlightSeconds, now.Sub(publishedAt[p]).Seconds())
		case decided:
			r.Missing++
			r.problem(KindMissing, "%d/%d: decision published but no settled batch covers it", p.Partition, p.Offset)
		case bi >= 0:
			b := batches[bi]
			r.Missing++
			why := ""
			switch {
			case b.Frozen:
				why = "; the guardian froze the batch"
			case !b.SettledAt.IsZero():
				why = fmt.Sprintf(" %s after settlement (grace %s)", now.Sub(b.SettledAt).Round(time.Second), rc.Grace)
			}
			r.problem(KindMissing, "%d/%d: settled in batch %d but no decision published%s", p.Partition, p.Offset, b.BatchID, why)
		case p.Offset >= settledTo[p.Partition]:
			r.Queued++
		default:
			r.Missing++
			r.problem(KindMissing, "%d/%d: no decision, and no settled batch covers it below the chain's watermark %d", p.Partition, p.Offset, settledTo[p.Partition])
		}
	}
	var unknown []adjudicator.Position
	for p := range recs {
		if !inputSet[p] {
			unknown = append(unknown, p)
		}
	}
	sortPositions(unknown)
	for _, p := range unknown {
		r.problem(KindUnknownPosition, "%d/%d: decision for a position not on the input topic", p.Partition, p.Offset)
	}

	r.Duplicates += paid.duplicates(&r)
	// Every settled correction's reversal is on chain with the amount its record states, and, once
	// nothing is queued or in flight, every reversal on chain is some settled correction's (a
	// reversal goes on chain just before its correction's batch, so until then it has none).
	onChain := make(map[adjudicator.Hash]Reversal, len(rc.Reversals))
	for _, rv := range rc.Reversals {
		onChain[rv.Leaf] = rv
	}
	claimed := map[adjudicator.Hash]bool{}
	for _, ca := range corrections {
		leaf, err := hex.DecodeString(ca.c.Leaf)
		var h adjudicator.Hash
		if err != nil || len(leaf) != len(h) {
			r.Mismatched++
			r.problem(KindMismatched, "%d/%d: the correction names no readable original leaf", ca.pos.Partition, ca.pos.Offset)
			continue
		}
		copy(h[:], leaf)
		claimed[h] = true
		switch rv, ok := onChain[h]; {
		case !ok:
			r.Mismatched++
			r.problem(KindMismatched, "%d/%d: the correction of %d/%d was settled but the chain never reversed the original's credit", ca.pos.Partition, ca.pos.Offset, ca.c.Original.Partition, ca.c.Original.Offset)
		case rv.Cents != ca.c.Cents || rv.Pended != ca.c.Pended:
			r.Mismatched++
			r.problem(KindMismatched, "%d/%d: the chain reversed %d cents of the original at %d/%d, the correction's record %d", ca.pos.Partition, ca.pos.Offset, rv.Cents, ca.c.Original.Partition, ca.c.Original.Offset, ca.c.Cents)
		}
	}
	r.Reversals = len(rc.Reversals)
	if r.Queued == 0 && r.InFlight == 0 {
		for _, rv := range rc.Reversals {
			if !claimed[rv.Leaf] {
				r.Mismatched++
				r.problem(KindMismatched, "leaf %x: the chain reversed %d cents that no settled correction took back", rv.Leaf[:8], rv.Cents)
			}
		}
	}
	for i, b := range batches {
		if !inFlight[i] {
			r.Mismatched += rc.checkBatch(&r, b, recs, inRange(recOffsets, b))
		}
	}
	r.Mismatched += rc.checkResolutions(&r, resolved, recs, batches)
	return r
}

// offsetsOf indexes positions by partition, offsets sorted, for inRange.
func offsetsOf[V any](m map[adjudicator.Position]V) map[int32][]int64 {
	out := map[int32][]int64{}
	for p := range m {
		out[p.Partition] = append(out[p.Partition], p.Offset)
	}
	for _, offs := range out {
		slices.Sort(offs)
	}
	return out
}

// inRange is the offsets of the batch's partition within its range.
func inRange(ix map[int32][]int64, b ChainBatch) []int64 {
	offs := ix[b.Partition]
	lo, _ := slices.BinarySearch(offs, b.From)
	hi, _ := slices.BinarySearch(offs, b.To)
	return offs[lo:hi]
}

func sortPositions(ps []adjudicator.Position) {
	sort.Slice(ps, func(i, j int) bool {
		return ps[i].Partition < ps[j].Partition || (ps[i].Partition == ps[j].Partition && ps[i].Offset < ps[j].Offset)
	})
}

// Input is one claim on the input topic: its position and, when the auditor can read it, a
// keyed hash of its content without its claim id (privacy.Keyer.Content), which catches the
// same claim submitted again under a new id.
type Input struct {
	adjudicator.Position
	Content adjudicator.Hash
}

// paidClaims finds claims paid at two positions: the same billing provider and claim id, or the
// same content. The watermark makes each position pay once; this catches what it cannot, a claim
// resubmitted and paid again (the rules deny true duplicates, CARC 18, when member history is
// complete).
type paidClaims struct {
	byID      map[string][]adjudicator.Position
	byContent map[adjudicator.Hash][]adjudicator.Position
	// corrected holds originals a replacement or void took back: a replacement comes under its
	// original's claim id and is no second payment.
	corrected map[adjudicator.Position]bool
}

func (pc paidClaims) add(p adjudicator.Position, d adjudicator.Decision, content adjudicator.Hash) {
	id := d.BillingNPI + "\x00" + d.ClaimID
	pc.byID[id] = append(pc.byID[id], p)
	if content != (adjudicator.Hash{}) {
		pc.byContent[content] = append(pc.byContent[content], p)
	}
}

func (pc paidClaims) duplicates(r *Report) int {
	type group struct {
		why string
		ps  []adjudicator.Position
	}
	var groups []group
	live := func(ps []adjudicator.Position) []adjudicator.Position {
		out := ps[:0:0]
		for _, p := range ps {
			if !pc.corrected[p] {
				out = append(out, p)
			}
		}
		return out
	}
	for _, ps := range pc.byID {
		if ps = live(ps); len(ps) > 1 {
			groups = append(groups, group{"the same provider and claim id", ps})
		}
	}
	for _, ps := range pc.byContent {
		if ps = live(ps); len(ps) > 1 {
			groups = append(groups, group{"the same claim content", ps})
		}
	}
	for _, g := range groups {
		sortPositions(g.ps)
	}
	// Map order is random; the report lists the same problems in the same order every run.
	sort.SliceStable(groups, func(i, j int) bool {
		a, b := groups[i].ps[0], groups[j].ps[0]
		if a != b {
			return a.Partition < b.Partition || (a.Partition == b.Partition && a.Offset < b.Offset)
		}
		return groups[i].why < groups[j].why
	})
	seen := map[adjudicator.Position]bool{}
	n := 0
	for _, g := range groups {
		for _, p := range g.ps[1:] {
			if !seen[p] {
				seen[p] = true
				n++
				// Positions only: the claim id is health data.
				r.problem(KindDuplicate, "%d/%d: paid again: %s as %d/%d", p.Partition, p.Offset, g.why, g.ps[0].Partition, g.ps[0].Offset)
			}
		}
	}
	return n
}

// checkResolutions matches every approval or denial with the pended decision published for
// that claim in that batch, and every approval's amount with what the decision held.
func (rc Reconciler) checkResolutions(r *Report, resolved []Resolution, recs map[adjudicator.Position][]byte, batches []ChainBatch) int {
	if len(resolved) == 0 {
		return 0
	}
	byID := map[uint64]ChainBatch{}
	for _, b := range batches {
		byID[b.BatchID] = b
	}
	type pended struct {
		at adjudicator.Position
		d  adjudicator.Decision
	}
	held := map[adjudicator.Hash][]pended{}
	for p, rec := range recs {
		var d adjudicator.Decision
		if json.Unmarshal(rec, &d) == nil && d.Outcome == adjudicator.Pend {
			k := rc.Keyer.Claim(d.ClaimID)
			held[k] = append(held[k], pended{p, d})
		}
	}
	find := func(res Resolution) (adjudicator.Decision, bool) {
		b, ok := byID[res.BatchID]
		for _, h := range held[res.ClaimKey] {
			if ok && h.at.Partition == b.Partition && h.at.Offset >= b.From && h.at.Offset < b.To {
				return h.d, true
			}
		}
		return adjudicator.Decision{}, false
	}
	bad := 0
	for _, res := range resolved {
		d, ok := find(res)
		switch {
		case !ok:
			r.problem(KindMismatched, "batch %d: claim %x resolved on chain but no pended decision of it was published in that batch", res.BatchID, res.ClaimKey[:4])
			bad++
		case !res.Approved:
			r.Denied++
		case res.Provider != rc.Keyer.Provider(d.BillingNPI):
			r.problem(KindMismatched, "batch %d: claim %x approved to another provider than its decision's", res.BatchID, res.ClaimKey[:4])
			bad++
		case !linesSum(&d, res.Cents):
			r.problem(KindMismatched, "batch %d: claim %x approved for %d cents, which is neither the %d its decision held nor what some of its lines held",
				res.BatchID, res.ClaimKey[:4], res.Cents, d.HeldCents)
			bad++
		default:
			r.Approved++
			r.ApprovedCents += res.Cents
		}
	}
	return bad
}

// linesSum reports whether cents is what approving some of d's lines credits: the sum of the
// held (OA-133) amounts of a subset of them, all of them being the whole claim. The chain bounds
// an approval only by the leaf's amount; this is where the line split is checked. A bitset of
// the reachable sums up to cents keeps it linear in the lines.
func linesSum(d *adjudicator.Decision, cents int64) bool {
	switch {
	case cents == d.HeldCents:
		return true
	case cents < 0 || cents > d.HeldCents:
		return false
	}
	reach := make([]uint64, cents/64+1)
	reach[0] = 1
	for i := range d.Lines {
		h := d.Lines[i].Held()
		if h <= 0 || h > cents {
			continue
		}
		// reach |= reach << h, a word at a time from the top down so each line counts once.
		words, bits := int(h/64), uint(h%64)
		for w := len(reach) - 1; w >= words; w-- {
			v := reach[w-words] << bits
			if bits != 0 && w-words > 0 {
				v |= reach[w-words-1] >> (64 - bits)
			}
			reach[w] |= v
		}
	}
	return reach[cents/64]&(1<<(cents%64)) != 0
}

// checkBatch recomputes a batch's root and payouts from the published
// records at offsets (those in its range) and returns how many of its claims disagree with the chain.
func (rc Reconciler) checkBatch(r *Report, b ChainBatch, recs map[adjudicator.Position][]byte, offsets []int64) int {
	var leaves [][32]byte
	credits := map[adjudicator.Hash]int64{}
	claimsOf := map[adjudicator.Hash]int{}
	for _, o := range offsets {
		p := adjudicator.Position{Partition: b.Partition, Offset: o}
		var d adjudicator.Decision
		if err := json.Unmarshal(recs[p], &d); err != nil {
			r.problem(KindMismatched, "%d/%d: unreadable decision record: %v", p.Partition, p.Offset, err)
			return len(offsets)
		}
		provider := rc.Keyer.Provider(d.BillingNPI)
		leaves = append(leaves, adjudicator.Leaf(rc.Domain, rc.Keyer.Claim(d.ClaimID), p, provider, &d, rc.Keyer.Record(recs[p])).Hash())
		if d.PaidCents > 0 {
			credits[provider] += d.PaidCents
		}
		claimsOf[provider]++
	}
	root := adjudicator.EmptyRoot
	if len(leaves) > 0 {
		t, _ := merkle.New(leaves)
		root = t.Root()
	}
	if root != b.Root || uint32(len(leaves)) != b.Claims {
		r.problem(KindMismatched, "batch %d (partition %d [%d,%d)): the published decisions (%d) do not reproduce the settled root (%d claims)",
			b.BatchID, b.Partition, b.From, b.To, len(leaves), b.Claims)
		return max(len(leaves), int(b.Claims))
	}
	bad := 0
	// Sorted, so the report reads the same every run.
	for _, provider := range sortedKeys(credits) {
		if cents := credits[provider]; b.Credits[provider] != cents {
			r.problem(KindMismatched, "batch %d: provider %x credited %d on chain, decisions say %d", b.BatchID, provider[:4], b.Credits[provider], cents)
			bad += claimsOf[provider]
		}
	}
	for _, provider := range sortedKeys(b.Credits) {
		if _, ok := credits[provider]; !ok && b.Credits[provider] != 0 {
			r.problem(KindMismatched, "batch %d: provider %x credited %d on chain with no decision paying it", b.BatchID, provider[:4], b.Credits[provider])
			bad++
		}
	}
	return bad
}

func sortedKeys(m map[adjudicator.Hash]int64) []adjudicator.Hash {
	keys := make([]adjudicator.Hash, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b adjudicator.Hash) int { return bytes.Compare(a[:], b[:]) })
	return keys
}
