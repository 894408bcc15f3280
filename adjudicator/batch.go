package adjudicator

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"sort"

	"github.com/claimsledger/claims/adjudicator/merkle"
	"github.com/claimsledger/claims/adjudicator/privacy"
)

// work is one batch's decisions, dead letters and chain payload.
type work struct {
	ref       BatchRef
	published []Published
	dead      []DeadLetter
	decisions []Decision
	// claims[i] and plans[i] are what decisions[i] decided: the claim, and the plan that
	// covered it on its first date of service ("" when none did).
	claims   []Claim
	plans    []string
	batch    Batch
	outcomes map[Outcome]int
	paid     int64
	history  map[Hash][]HistoryEntry
	// tallies are the batch's provider counter entries, recorded with its history.
	tallies []TallyEntry
	// slots[i] is what message i adds to the batch's storage footprint:
	// the provider it credits, if any.
	slots []slotUse
}

type slotUse struct {
	provider Hash
	credits  bool
}

// splitAt returns the length of the longest prefix of the batch's messages
// whose distinct credited providers stay within max (at least 1), or
// len(slots) when the whole batch fits.
func (w *work) splitAt(max int) int {
	providers := map[Hash]bool{}
	for i, s := range w.slots {
		if !s.credits || providers[s.provider] {
			continue
		}
		if len(providers) == max && i > 0 {
			return i
		}
		providers[s.provider] = true
	}
	return len(w.slots)
}

func (e *Engine) decideAll(ctx context.Context, msgs []Message) (*work, error) {
	id := msgs[0].Partition
	w := &work{
		ref:      BatchRef{Partition: id, From: msgs[0].Offset, To: msgs[len(msgs)-1].Offset + 1},
		outcomes: map[Outcome]int{},
		history:  map[Hash][]HistoryEntry{},
	}
	// The store does not change while a batch is decided (entries are
	// written after settlement), so each member's stored history is read
	// and folded once, as of the batch's first offset. Stored entries at or
	// after it were left by a crash and are the batch's own claims, which
	// the in-flight entries (w.history) stand for, in offset order.
	base := map[Hash]History{}
	// stored holds each member's stored entries before the batch: a corrected claim looks for
	// its original among them and the batch's earlier claims.
	stored := map[Hash][]HistoryEntry{}
	var leaves [][32]byte
	credits := map[Hash]int64{}
	decoded := make([]decodedMsg, len(msgs))
	for i, m := range msgs {
		decoded[i].claim, decoded[i].member, decoded[i].err = e.decode(m)
	}
	tallies, err := e.readTallies(ctx, w.ref, msgs, decoded)
	if err != nil {
		return nil, err
	}
	timer, _ := e.rules.(ServiceTimer)
	for i, m := range msgs {
		src := Position{Partition: m.Partition, Offset: m.Offset}
		w.slots = append(w.slots, slotUse{})
		c, member, err := decoded[i].claim, decoded[i].member, decoded[i].err
		if err != nil {
			w.dead = append(w.dead, DeadLetter{Source: src, Key: m.Key, Value: m.Value, Reason: err.Error()})
			continue
		}
		el, err := e.elig.Eligibility(ctx, member)
		if err != nil {
			// Infrastructure, not the claim: the whole batch is retried.
			// Named by position: the claim id is health data, and this error is logged.
			return nil, fmt.Errorf("claim at %d/%d: eligibility: %w", m.Partition, m.Offset, err)
		}
		provider := e.keyer.Provider(c.BillingNPI)
		claimKey := e.keyer.Claim(c.ClaimID)
		var hist History
		var orig *HistoryEntry
		if e.history != nil {
			b, ok := base[member]
			if !ok {
				entries, err := e.history.Entries(ctx, member)
				if err != nil {
					return nil, fmt.Errorf("claim at %d/%d: history: %w", m.Partition, m.Offset, err)
				}
				start := Position{Partition: id, Offset: w.ref.From}
				b = HistoryBefore(entries, start)
				base[member] = b
				for _, en := range entries {
					if en.Source.Partition != id || en.Source.Offset < w.ref.From {
						stored[member] = append(stored[member], en)
					}
				}
			}
			hist = b.plus(w.history[member])
			if c.Corrective() || corrected(w.history[member]) != nil {
				all := append(stored[member][:len(stored[member]):len(stored[member])], w.history[member]...)
				if c.Corrective() {
					if o, ok := findOriginal(all, e.keyer.Claim(c.OriginalID()), provider); ok {
						orig = &o
						// The replacement is decided as if its original had never been.
						all = append(all, HistoryEntry{Source: src, Corrects: &o.Source})
					}
				}
				hist = HistoryBefore(all, Position{Partition: id, Offset: src.Offset + 1})
			}
		}
		var d Decision
		var rev *Reversal
		switch {
		case c.Corrective() && orig == nil:
			d = noOriginalDecision(&c, e.rules.PolicyHash())
		case c.Frequency == FrequencyVoid:
			r, corr, ok := reversalOf(*orig)
			if !ok {
				return nil, fmt.Errorf("claim at %d/%d: the history entry of its original is unreadable", m.Partition, m.Offset)
			}
			d, rev = voidDecision(&c, e.rules.PolicyHash(), corr), &r
		default:
			d, err = e.rules.Decide(ctx, &c, Facts{Eligibility: el, History: hist, Provider: tallies.facts(e.keyer, &c, m.Time)})
			if err == nil && orig != nil {
				r, corr, ok := reversalOf(*orig)
				if !ok {
					return nil, fmt.Errorf("claim at %d/%d: the history entry of its original is unreadable", m.Partition, m.Offset)
				}
				d.Corrects, rev = &corr, &r
			}
		}
		if err == nil {
			err = d.Check()
		}
		var flagsDoc []byte
		if err == nil {
			flagsDoc, err = d.SealFlags(e.keyer)
		}
		if err != nil {
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			w.dead = append(w.dead, DeadLetter{Source: src, Key: m.Key, Value: m.Value, Reason: "rules: " + scrubQuoted(err.Error())})
			continue
		}
		rec, err := d.Encode()
		if err != nil {
			return nil, err
		}
		leaf := Leaf(e.domain, claimKey, src, provider, &d, e.keyer.Record(rec)).Hash()
		leaves = append(leaves, leaf)
		if rev != nil {
			w.batch.Reversals = append(w.batch.Reversals, *rev)
		}
		var histBytes []byte
		if e.history != nil {
			h := HistoryEntry{Source: src}
			if d.Outcome != Void {
				h = NewHistoryEntry(src, &c, &d, el)
				h.Claim = &ClaimRef{Key: hexHash(claimKey), Provider: hexHash(provider), Leaf: hexHash(leaf),
					Cents: d.LeafCents(), Pended: d.Outcome == Pend}
			}
			if orig != nil {
				h.Corrects = &orig.Source
			}
			h.Timed(timer, m.Time)
			w.history[member] = append(w.history[member], h)
			if e.tallies != nil {
				ts := TalliesOf(e.keyer, h, orig)
				tallies.add(ts)
				w.tallies = append(w.tallies, ts...)
			}
			if histBytes, err = EncodeHistory(h, member, e.sealer); err != nil {
				return nil, err
			}
		}
		w.slots[len(w.slots)-1] = slotUse{provider: provider, credits: d.PaidCents > 0}
		if d.PaidCents > 0 {
			credits[provider] += d.PaidCents
		}
		if d.Outcome == Pend {
			w.batch.Pended = append(w.batch.Pended, claimKey)
		}
		w.outcomes[d.Outcome]++
		w.paid += d.PaidCents
		w.decisions = append(w.decisions, d)
		w.claims = append(w.claims, c)
		w.plans = append(w.plans, el.PlanOn(c.ServiceFrom))
		var flagsBytes []byte
		if flagsDoc != nil {
			if flagsBytes, err = EncodeFlags(flagsDoc, src, e.sealer); err != nil {
				return nil, fmt.Errorf("claim at %d/%d: %w", m.Partition, m.Offset, err)
			}
		}
		w.published = append(w.published, Published{Source: src, Batch: w.ref, MemberKey: member, Record: rec, History: histBytes, Flags: flagsBytes})
	}
	root := EmptyRoot
	if len(leaves) > 0 {
		t, err := merkle.New(leaves)
		if err != nil {
			return nil, err
		}
		root = t.Root()
	}
	for i := range w.published {
		w.published[i].Batch = w.ref
	}
	w.batch.Partition, w.batch.From, w.batch.To = id, w.ref.From, w.ref.To
	w.batch.Root, w.batch.PolicyHash, w.batch.Claims = root, e.rules.PolicyHash(), uint32(len(leaves))
	w.batch.Credits = SortedCredits(credits)
	return w, nil
}

// SortedCredits lists per-provider totals in provider-key order, leaving
// out zero amounts: the form the settlement contract accepts.
func SortedCredits(byProvider map[Hash]int64) []Credit {
	out := make([]Credit, 0, len(byProvider))
	for p, c := range byProvider {
		if c != 0 {
			out = append(out, Credit{Provider: p, Cents: c})
		}
	}
	sort.Slice(out, func(i, j int) bool { return bytes.Compare(out[i].Provider[:], out[j].Provider[:]) < 0 })
	return out
}

// Leaf is the Merkle leaf of one decision: the engine, the audit and
// `claims verify` all build it here, so they cannot drift apart.
func Leaf(d Domain, claimKey Hash, src Position, provider Hash, dec *Decision, recordDigest Hash) merkle.Leaf {
	return merkle.Leaf{
		ChainID: d.ChainID, Contract: d.Contract, ClaimKey: claimKey, Partition: src.Partition, Offset: src.Offset,
		ProviderKey: provider, Cents: dec.LeafCents(), Outcome: dec.Outcome.Code(), RecordDigest: recordDigest,
	}
}

// decode opens (when sealing is on) and validates one message.
func (e *Engine) decode(m Message) (Claim, Hash, error) {
	payload := m.Value
	switch {
	case e.sealer != nil:
		pt, err := e.sealer.Open(m.Value, m.Key)
		if err != nil {
			return Claim{}, Hash{}, fmt.Errorf("payload: %w", err)
		}
		payload = pt
	case privacy.IsSealed(m.Value):
		return Claim{}, Hash{}, errors.New("payload is sealed but no payload key is configured")
	}
	c, err := DecodeClaim(payload)
	if err != nil {
		return Claim{}, Hash{}, err
	}
	return c, e.keyer.Member(c.MemberID), nil
}
