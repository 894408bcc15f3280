// Package proof rebuilds settled batches from the published decision records and proves single
// decisions against the roots on chain. `claims verify`, `claims review` and `claims guard`
// share it, so that what an analyst resolves, what a guardian freezes and what an auditor
// verifies are computed the same way, trusting neither the engine nor each other.
package proof

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/chain"
	"github.com/claimsledger/claims/adjudicator/merkle"
	"github.com/claimsledger/claims/adjudicator/privacy"
)

// Record is one decision record exactly as published, and the input position it decided.
type Record struct {
	Source adjudicator.Position
	Bytes  []byte
}

// Decided is a record that belongs to a settled batch, decoded.
type Decided struct {
	Record
	Decision adjudicator.Decision
	Batch    *Batch
	// Index is the record's leaf index in its batch's tree.
	Index int
}

// Batch is one settled batch (its BatchSettled event) with the records that decided its range.
type Batch struct {
	Event   chain.BatchSettledEvent
	Records []*Decided // in offset order
	leaves  []merkle.Leaf
	tree    *merkle.Tree
}

// Index joins the published records with the settled batches.
type Index struct {
	keyer   *privacy.Keyer
	domain  adjudicator.Domain
	batches []*Batch
	byClaim map[adjudicator.Hash][]*Decided
	// Conflicts lists positions published twice with different bytes; the first is kept.
	Conflicts []adjudicator.Position
	// Unsettled lists records whose position no settled batch covers.
	Unsettled []adjudicator.Position
	// Unreadable lists records that are not decision records.
	Unreadable []adjudicator.Position
}

// NewIndex assigns every record to the batch covering its position. Identical republications
// (after a crash) collapse into one.
func NewIndex(keyer *privacy.Keyer, domain adjudicator.Domain, batches []chain.BatchSettledEvent, records []Record) *Index {
	ix := &Index{keyer: keyer, domain: domain, byClaim: map[adjudicator.Hash][]*Decided{}}
	for _, ev := range batches {
		ix.batches = append(ix.batches, &Batch{Event: ev})
	}
	sort.Slice(ix.batches, func(i, j int) bool {
		a, b := ix.batches[i].Event, ix.batches[j].Event
		if a.Partition != b.Partition {
			return a.Partition < b.Partition
		}
		return a.From < b.From
	})
	seen := map[adjudicator.Position][]byte{}
	for _, r := range records {
		if prev, ok := seen[r.Source]; ok {
			if string(prev) != string(r.Bytes) {
				ix.Conflicts = append(ix.Conflicts, r.Source)
			}
			continue
		}
		seen[r.Source] = r.Bytes
		b := ix.batchAt(r.Source)
		if b == nil {
			ix.Unsettled = append(ix.Unsettled, r.Source)
			continue
		}
		d := &Decided{Record: r, Batch: b}
		if err := json.Unmarshal(r.Bytes, &d.Decision); err != nil {
			ix.Unreadable = append(ix.Unreadable, r.Source)
			continue
		}
		b.Records = append(b.Records, d)
	}
	for _, b := range ix.batches {
		sort.Slice(b.Records, func(i, j int) bool { return b.Records[i].Source.Offset < b.Records[j].Source.Offset })
		for i, d := range b.Records {
			d.Index = i
			k := keyer.Claim(d.Decision.ClaimID)
			ix.byClaim[k] = append(ix.byClaim[k], d)
		}
	}
	return ix
}

func (ix *Index) batchAt(p adjudicator.Position) *Batch {
	i := sort.Search(len(ix.batches), func(i int) bool {
		e := ix.batches[i].Event
		return e.Partition > p.Partition || (e.Partition == p.Partition && e.To > p.Offset)
	})
	if i < len(ix.batches) && ix.batches[i].Event.Partition == p.Partition && ix.batches[i].Event.From <= p.Offset {
		return ix.batches[i]
	}
	return nil
}

// Batches returns the settled batches in partition and offset order.
func (ix *Index) Batches() []*Batch { return ix.batches }

// Batch returns the batch with the given id, or nil.
func (ix *Index) Batch(id uint64) *Batch {
	for _, b := range ix.batches {
		if b.Event.BatchID == id {
			return b
		}
	}
	return nil
}

// Claim returns every settled decision of claimID (more than one when the claim was submitted
// again), in position order.
func (ix *Index) Claim(claimID string) []*Decided { return ix.byClaim[ix.keyer.Claim(claimID)] }

// ClaimKey returns every settled decision of the claim with this keyed hash.
func (ix *Index) ClaimKey(k adjudicator.Hash) []*Decided { return ix.byClaim[k] }

// All returns every settled decision in partition and offset order.
func (ix *Index) All() []*Decided {
	var out []*Decided
	for _, b := range ix.batches {
		out = append(out, b.Records...)
	}
	return out
}

// Leaf is the leaf of d as the engine built it.
func (ix *Index) Leaf(d *Decided) merkle.Leaf {
	k := ix.keyer
	return adjudicator.Leaf(ix.domain, k.Claim(d.Decision.ClaimID), d.Source, k.Provider(d.Decision.BillingNPI), &d.Decision, k.Record(d.Bytes))
}

func (ix *Index) build(b *Batch) error {
	if b.tree != nil || len(b.Records) == 0 {
		return nil
	}
	hashes := make([][32]byte, len(b.Records))
	b.leaves = make([]merkle.Leaf, len(b.Records))
	for i, d := range b.Records {
		b.leaves[i] = ix.Leaf(d)
		hashes[i] = b.leaves[i].Hash()
	}
	t, err := merkle.New(hashes)
	if err != nil {
		return err
	}
	b.tree = t
	return nil
}

// Problem is one way a batch's records disagree with what the chain committed.
type Problem struct {
	BatchID uint64 `json:"batch_id"`
	What    string `json:"what"`
}

func (p Problem) Error() string { return fmt.Sprintf("batch %d: %s", p.BatchID, p.What) }

// CheckBatch recomputes b's root, claim count and per-provider credits from its records and
// compares them with the BatchSettled event; it also checks the event's credits against its
// creditsDigest. It returns every disagreement.
func (ix *Index) CheckBatch(b *Batch) []Problem {
	var out []Problem
	bad := func(format string, args ...any) {
		out = append(out, Problem{BatchID: b.Event.BatchID, What: fmt.Sprintf(format, args...)})
	}
	if err := ix.build(b); err != nil {
		bad("build tree: %v", err)
		return out
	}
	root := adjudicator.EmptyRoot
	if b.tree != nil {
		root = b.tree.Root()
	}
	if root != b.Event.Root {
		bad("the %d published records give root %x, the chain has %x", len(b.Records), root[:8], b.Event.Root[:8])
	}
	if uint32(len(b.Records)) != b.Event.Claims {
		bad("%d published records, the chain counts %d claims", len(b.Records), b.Event.Claims)
	}
	if chain.CreditsDigest(b.Event.Credits) != b.Event.CreditsDigest {
		bad("the event's credits do not hash to its creditsDigest")
	}
	want := map[adjudicator.Hash]int64{}
	for _, d := range b.Records {
		if d.Decision.PaidCents > 0 {
			want[ix.keyer.Provider(d.Decision.BillingNPI)] += d.Decision.PaidCents
		}
	}
	got := map[adjudicator.Hash]int64{}
	for _, c := range b.Event.Credits {
		got[c.Provider] += c.Cents
	}
	for p, c := range want {
		if got[p] != c {
			bad("provider %x credited %d cents on chain, its records pay %d", p[:4], got[p], c)
		}
	}
	for p, c := range got {
		if _, ok := want[p]; !ok {
			bad("provider %x credited %d cents on chain with no record paying it", p[:4], c)
		}
	}
	return out
}

// Proof proves one decision against its batch on chain: everything `claims verify --record`
// needs besides the record itself and the chain.
type Proof struct {
	ChainID    uint64         `json:"chain_id"`
	Settlement common.Address `json:"settlement"`
	BatchID    uint64         `json:"batch_id"`
	Partition  int32          `json:"partition"`
	Offset     int64          `json:"offset"`
	Batch      BatchJSON      `json:"batch"`
	Leaf       LeafJSON       `json:"leaf"`
	Siblings   []common.Hash  `json:"siblings"`
	TxHash     common.Hash    `json:"tx"`
}

// BatchJSON is a batch header in an exported proof.
type BatchJSON struct {
	From          int64       `json:"from"`
	To            int64       `json:"to"`
	Root          common.Hash `json:"root"`
	PolicyHash    common.Hash `json:"policy_hash"`
	Claims        uint32      `json:"claims"`
	CreditsDigest common.Hash `json:"credits_digest"`
}

// LeafJSON is a leaf's fields in an exported proof; the keyed hashes are recomputed from the
// record by whoever holds the HMAC secret.
type LeafJSON struct {
	ClaimKey     common.Hash   `json:"claim_key"`
	ProviderKey  common.Hash   `json:"provider_key"`
	Cents        int64         `json:"cents"`
	Outcome      uint8         `json:"outcome"`
	RecordDigest common.Hash   `json:"record_digest"`
	Hash         hexutil.Bytes `json:"hash"`
}

// Header is the batch header the proof names.
func (p Proof) Header() chain.BatchHeader {
	return chain.BatchHeader{Partition: p.Partition, From: p.Batch.From, To: p.Batch.To, Root: p.Batch.Root,
		PolicyHash: p.Batch.PolicyHash, Claims: p.Batch.Claims, CreditsDigest: p.Batch.CreditsDigest}
}

// Prove returns the proof of d; the batch must reproduce its on-chain root (CheckBatch).
func (ix *Index) Prove(d *Decided) (Proof, merkle.Leaf, error) {
	b := d.Batch
	if err := ix.build(b); err != nil {
		return Proof{}, merkle.Leaf{}, err
	}
	if b.tree.Root() != b.Event.Root {
		return Proof{}, merkle.Leaf{}, fmt.Errorf("batch %d: the published records do not reproduce the root on chain", b.Event.BatchID)
	}
	sib, err := b.tree.Proof(d.Index)
	if err != nil {
		return Proof{}, merkle.Leaf{}, err
	}
	l := b.leaves[d.Index]
	h := l.Hash()
	p := Proof{
		ChainID: ix.domain.ChainID, Settlement: ix.domain.Contract, BatchID: b.Event.BatchID,
		Partition: d.Source.Partition, Offset: d.Source.Offset,
		Batch: BatchJSON{From: b.Event.From, To: b.Event.To, Root: b.Event.Root, PolicyHash: b.Event.PolicyHash,
			Claims: b.Event.Claims, CreditsDigest: b.Event.CreditsDigest},
		Leaf: LeafJSON{ClaimKey: l.ClaimKey, ProviderKey: l.ProviderKey, Cents: l.Cents, Outcome: l.Outcome,
			RecordDigest: l.RecordDigest, Hash: h[:]},
		TxHash: b.Event.TxHash,
	}
	for _, s := range sib {
		p.Siblings = append(p.Siblings, s)
	}
	return p, l, nil
}

// Export is what a provider or member holds for one claim: the record exactly as published and
// its proof.
type Export struct {
	Record json.RawMessage `json:"record"`
	Proof  Proof           `json:"proof"`
}

// EncodeExport writes an Export with the record's bytes exactly as published: the leaf commits
// to a keyed digest of those bytes, so re-encoding them (indenting, escaping) would break the
// proof.
func EncodeExport(record []byte, p Proof) ([]byte, error) {
	if !json.Valid(record) {
		return nil, errors.New("export: the record is not JSON")
	}
	pj, err := json.MarshalIndent(p, "  ", "  ")
	if err != nil {
		return nil, err
	}
	out := make([]byte, 0, len(record)+len(pj)+32)
	out = append(out, "{\n  \"record\": "...)
	out = append(out, record...)
	out = append(out, ",\n  \"proof\": "...)
	out = append(out, pj...)
	return append(out, "\n}\n"...), nil
}

// ErrRecordMismatch means a record does not hash to the leaf its proof names.
var ErrRecordMismatch = errors.New("the record does not match the proof's leaf")

// LeafOf recomputes an exported record's leaf with the HMAC secret, the way the engine built
// it, and checks it against the proof's leaf fields.
func LeafOf(keyer *privacy.Keyer, e Export) (merkle.Leaf, error) {
	var d adjudicator.Decision
	if err := json.Unmarshal(e.Record, &d); err != nil {
		return merkle.Leaf{}, fmt.Errorf("record: %w", err)
	}
	p := e.Proof
	l := adjudicator.Leaf(adjudicator.Domain{ChainID: p.ChainID, Contract: p.Settlement}, keyer.Claim(d.ClaimID),
		adjudicator.Position{Partition: p.Partition, Offset: p.Offset}, keyer.Provider(d.BillingNPI), &d, keyer.Record(e.Record))
	switch {
	case l.RecordDigest != p.Leaf.RecordDigest:
		return l, fmt.Errorf("%w: its digest differs (the record was changed)", ErrRecordMismatch)
	case l.ClaimKey != p.Leaf.ClaimKey, l.ProviderKey != p.Leaf.ProviderKey, l.Cents != p.Leaf.Cents, l.Outcome != p.Leaf.Outcome:
		return l, fmt.Errorf("%w: claim, provider, amount or outcome differ", ErrRecordMismatch)
	}
	return l, nil
}

// Verify checks that leaf and the proof's siblings lead to the proof's root.
func (p Proof) Verify(leaf merkle.Leaf) error {
	sib := make([][32]byte, len(p.Siblings))
	for i, s := range p.Siblings {
		sib[i] = s
	}
	if !merkle.Verify(p.Batch.Root, leaf.Hash(), sib) {
		return fmt.Errorf("batch %d: the Merkle proof does not lead to the root", p.BatchID)
	}
	return nil
}
