// Package audit reconciles three independent records of the same work: the
// claims on the input topic, the decision records on the decisions topic,
// and the batches and payments on chain. It trusts none of them: every
// settled batch's Merkle root is recomputed from the published records and
// every payout is recomputed from the decisions.
package audit

import (
	"encoding/json"
	"fmt"
	"sort"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/merkle"
	"github.com/claimsledger/claims/adjudicator/privacy"
)

// DecisionMsg is one message read from the decisions topic.
type DecisionMsg struct {
	Source adjudicator.Position
	Batch  adjudicator.BatchRef
	Record []byte
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

// Report is the reconciliation. Missing, Duplicates and Mismatched must all
// be zero for the books to balance.
type Report struct {
	ClaimsIn         int            `json:"claims_in"`
	Decided          int            `json:"decided"`
	DeadLettered     int            `json:"dead_lettered"`
	Missing          int            `json:"missing"`
	Duplicates       int            `json:"duplicates"`
	Mismatched       int            `json:"mismatched"`
	Batches          int            `json:"batches"`
	Outcomes         map[string]int `json:"outcomes"`
	PaidTotalCents   int64          `json:"paid_total_cents"`
	PaidOnChainCents int64          `json:"paid_onchain_cents"`
	// Pended claims resolved on chain, and what approvals credited.
	Approved      int   `json:"approved_pended"`
	Denied        int   `json:"denied_pended"`
	ApprovedCents int64 `json:"approved_pended_cents"`
	// Batches frozen by the guardian, and the credits they hold back. A freeze does not by
	// itself unbalance the books, but every one is listed in Problems for someone to look at.
	FrozenBatches int      `json:"frozen_batches"`
	FrozenCents   int64    `json:"frozen_cents"`
	Problems      []string `json:"problems,omitempty"`
}

// OK reports whether nothing is missing, doubled or mismatched.
func (r *Report) OK() bool { return r.Missing == 0 && r.Duplicates == 0 && r.Mismatched == 0 }

const maxProblems = 50

func (r *Report) problem(format string, args ...any) {
	if len(r.Problems) < maxProblems {
		r.Problems = append(r.Problems, fmt.Sprintf(format, args...))
	}
}

// Reconciler recomputes leaves, so it needs the same keyed hashes and leaf
// domain (chain id, settlement contract) as the engine that settled them.
type Reconciler struct {
	Keyer  *privacy.Keyer
	Domain adjudicator.Domain
}

// Reconcile compares the input positions, the published decisions, the
// dead-lettered positions, the settled batches and the resolutions of
// pended claims.
func (rc Reconciler) Reconcile(inputs []Input, decisions []DecisionMsg, dead []adjudicator.Position, batches []ChainBatch, resolved []Resolution) Report {
	r := Report{ClaimsIn: len(inputs), Batches: len(batches), Outcomes: map[string]int{}}

	// One record per position; a second, different record is a duplicate
	// decision. Identical republications (after a crash) are harmless.
	recs := map[adjudicator.Position][]byte{}
	for _, d := range decisions {
		prev, seen := recs[d.Source]
		switch {
		case !seen:
			recs[d.Source] = d.Record
		case string(prev) != string(d.Record):
			r.Duplicates++
			r.problem("%d/%d: two different decisions published", d.Source.Partition, d.Source.Offset)
		}
	}
	deadSet := map[adjudicator.Position]bool{}
	for _, p := range dead {
		deadSet[p] = true
	}

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
			r.problem("partition %d: batches [%d,%d) and [%d,%d) overlap", b.Partition, batches[i-1].From, batches[i-1].To, b.From, b.To)
		}
		settledTo[b.Partition] = max(settledTo[b.Partition], b.To)
		r.PaidOnChainCents += b.TotalCredited
		if b.Frozen {
			r.FrozenBatches++
			r.FrozenCents += b.TotalCredited
			r.problem("batch %d (partition %d [%d,%d)) is frozen by the guardian: %d cents of credits held", b.BatchID, b.Partition, b.From, b.To, b.TotalCredited)
		}
	}
	settled := func(p adjudicator.Position) bool {
		i := sort.Search(len(batches), func(i int) bool {
			return batches[i].Partition > p.Partition || (batches[i].Partition == p.Partition && batches[i].To > p.Offset)
		})
		return i < len(batches) && batches[i].Partition == p.Partition && batches[i].From <= p.Offset
	}

	inputSet := map[adjudicator.Position]bool{}
	paid := paidClaims{byID: map[string][]adjudicator.Position{}, byContent: map[adjudicator.Hash][]adjudicator.Position{}}
	for _, in := range inputs {
		p := in.Position
		inputSet[p] = true
		rec, decided := recs[p]
		switch {
		case decided && settled(p):
			r.Decided++
			var d adjudicator.Decision
			if err := json.Unmarshal(rec, &d); err == nil {
				r.Outcomes[string(d.Outcome)]++
				r.PaidTotalCents += d.PaidCents
				if d.PaidCents > 0 {
					paid.add(p, d, in.Content)
				}
			}
		case deadSet[p]:
			r.DeadLettered++
		case decided:
			r.Missing++
			r.problem("%d/%d: decision published but no settled batch covers it", p.Partition, p.Offset)
		default:
			r.Missing++
			r.problem("%d/%d: no decision", p.Partition, p.Offset)
		}
	}
	for p := range recs {
		if !inputSet[p] {
			r.problem("%d/%d: decision for a position not on the input topic", p.Partition, p.Offset)
		}
	}

	r.Duplicates += paid.duplicates(&r)
	for _, b := range batches {
		r.Mismatched += rc.checkBatch(&r, b, recs)
	}
	r.Mismatched += rc.checkResolutions(&r, resolved, recs, batches)
	return r
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
}

func (pc paidClaims) add(p adjudicator.Position, d adjudicator.Decision, content adjudicator.Hash) {
	id := d.BillingNPI + "\x00" + d.ClaimID
	pc.byID[id] = append(pc.byID[id], p)
	if content != (adjudicator.Hash{}) {
		pc.byContent[content] = append(pc.byContent[content], p)
	}
}

func (pc paidClaims) duplicates(r *Report) int {
	seen := map[adjudicator.Position]bool{}
	n := 0
	report := func(why string, ps []adjudicator.Position) {
		if len(ps) < 2 {
			return
		}
		sort.Slice(ps, func(i, j int) bool {
			return ps[i].Partition < ps[j].Partition || (ps[i].Partition == ps[j].Partition && ps[i].Offset < ps[j].Offset)
		})
		for _, p := range ps[1:] {
			if !seen[p] {
				seen[p] = true
				n++
				// Positions only: the claim id is health data.
				r.problem("%d/%d: paid again: %s as %d/%d", p.Partition, p.Offset, why, ps[0].Partition, ps[0].Offset)
			}
		}
	}
	for _, ps := range pc.byID {
		report("the same provider and claim id", ps)
	}
	for _, ps := range pc.byContent {
		report("the same claim content", ps)
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
			r.problem("batch %d: claim %x resolved on chain but no pended decision of it was published in that batch", res.BatchID, res.ClaimKey[:4])
			bad++
		case !res.Approved:
			r.Denied++
		case res.Cents != d.HeldCents || res.Provider != rc.Keyer.Provider(d.BillingNPI):
			r.problem("batch %d: claim %x approved for %d cents, its decision held %d", res.BatchID, res.ClaimKey[:4], res.Cents, d.HeldCents)
			bad++
		default:
			r.Approved++
			r.ApprovedCents += res.Cents
		}
	}
	return bad
}

// checkBatch recomputes a batch's root and payouts from the published
// records and returns how many of its claims disagree with the chain.
func (rc Reconciler) checkBatch(r *Report, b ChainBatch, recs map[adjudicator.Position][]byte) int {
	var positions []adjudicator.Position
	for p := range recs {
		if p.Partition == b.Partition && p.Offset >= b.From && p.Offset < b.To {
			positions = append(positions, p)
		}
	}
	sort.Slice(positions, func(i, j int) bool { return positions[i].Offset < positions[j].Offset })
	var leaves [][32]byte
	credits := map[adjudicator.Hash]int64{}
	claimsOf := map[adjudicator.Hash]int{}
	for _, p := range positions {
		var d adjudicator.Decision
		if err := json.Unmarshal(recs[p], &d); err != nil {
			r.problem("%d/%d: unreadable decision record: %v", p.Partition, p.Offset, err)
			return len(positions)
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
		r.problem("batch %d (partition %d [%d,%d)): the published decisions (%d) do not reproduce the settled root (%d claims)",
			b.BatchID, b.Partition, b.From, b.To, len(leaves), b.Claims)
		return max(len(leaves), int(b.Claims))
	}
	bad := 0
	for provider, cents := range credits {
		if b.Credits[provider] != cents {
			r.problem("batch %d: provider %x credited %d on chain, decisions say %d", b.BatchID, provider[:4], b.Credits[provider], cents)
			bad += claimsOf[provider]
		}
	}
	for provider, cents := range b.Credits {
		if _, ok := credits[provider]; !ok && cents != 0 {
			r.problem("batch %d: provider %x credited %d on chain with no decision paying it", b.BatchID, provider[:4], cents)
			bad++
		}
	}
	return bad
}
