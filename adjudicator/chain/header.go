package chain

import (
	"encoding/binary"
	"math/big"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/merkle"
	"github.com/claimsledger/claims/bindings/settlement"
)

// BatchHeader is what a batch committed to on chain. The contract stores only the first 28 bytes
// of its hash (one slot per batch); freezing a batch, releasing it and resolving its pended
// claims pass the header back, and anyone can check it against the BatchSettled event.
type BatchHeader struct {
	Partition     int32
	From, To      int64
	Root          adjudicator.Hash
	PolicyHash    adjudicator.Hash
	Claims        uint32
	CreditsDigest adjudicator.Hash
}

// Header is the header the event describes.
func (e BatchSettledEvent) Header() BatchHeader {
	return BatchHeader{Partition: e.Partition, From: e.From, To: e.To, Root: e.Root, PolicyHash: e.PolicyHash,
		Claims: e.Claims, CreditsDigest: e.CreditsDigest}
}

// Commitment is keccak256(abi.encode(header)) truncated to 28 bytes, as the contract's
// batchCommitment computes it.
func (h BatchHeader) Commitment() [28]byte {
	var enc [7 * 32]byte
	binary.BigEndian.PutUint32(enc[32-4:32], uint32(h.Partition))
	binary.BigEndian.PutUint64(enc[64-8:64], uint64(h.From))
	binary.BigEndian.PutUint64(enc[96-8:96], uint64(h.To))
	copy(enc[96:128], h.Root[:])
	copy(enc[128:160], h.PolicyHash[:])
	binary.BigEndian.PutUint32(enc[192-4:192], h.Claims)
	copy(enc[192:224], h.CreditsDigest[:])
	sum := merkle.Keccak256(enc[:])
	var out [28]byte
	copy(out[:], sum[:28])
	return out
}

func (h BatchHeader) binding() settlement.ClaimSettlementBatchHeader {
	return settlement.ClaimSettlementBatchHeader{
		Partition: uint32(h.Partition), FromOffset: uint64(h.From), ToOffset: uint64(h.To),
		MerkleRoot: h.Root, PolicyHash: h.PolicyHash, ClaimCount: h.Claims, CreditsDigest: h.CreditsDigest,
	}
}

// CreditsDigest is keccak256(abi.encodePacked(providerKeys, amounts)) of a batch's credits in
// the order they were settled: what the batch commits to instead of storing its credits.
func CreditsDigest(credits []adjudicator.Credit) adjudicator.Hash {
	enc := make([]byte, 64*len(credits))
	for i, c := range credits {
		copy(enc[32*i:], c.Provider[:])
		binary.BigEndian.PutUint64(enc[32*len(credits)+32*i+24:], uint64(c.Cents))
	}
	return merkle.Keccak256(enc)
}

// LeafArgs is a Merkle leaf as the contract's resolvePended and leafHash take it; the chain id
// and contract address come from the chain itself.
type LeafArgs struct {
	ClaimKey     adjudicator.Hash
	Partition    int32
	Offset       int64
	ProviderKey  adjudicator.Hash
	Cents        int64
	Outcome      uint8
	RecordDigest adjudicator.Hash
}

// LeafArgsOf drops the domain of l.
func LeafArgsOf(l merkle.Leaf) LeafArgs {
	return LeafArgs{ClaimKey: l.ClaimKey, Partition: l.Partition, Offset: l.Offset, ProviderKey: l.ProviderKey,
		Cents: l.Cents, Outcome: l.Outcome, RecordDigest: l.RecordDigest}
}

func (l LeafArgs) binding() settlement.ClaimSettlementLeaf {
	return settlement.ClaimSettlementLeaf{
		ClaimKey: l.ClaimKey, Partition: uint32(l.Partition), Offset: uint64(l.Offset), ProviderKey: l.ProviderKey,
		Cents: big.NewInt(l.Cents), Outcome: l.Outcome, RecordDigest: l.RecordDigest,
	}
}
