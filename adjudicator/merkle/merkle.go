// Package merkle builds the batch Merkle trees whose roots go on chain. The
// hashing matches OpenZeppelin's MerkleProof (keccak256, commutative
// sorted-pair hashing) and StandardMerkleTree (leaves double-hashed), so a
// proof made here verifies in Solidity with MerkleProof.verify.
package merkle

import (
	"bytes"
	"encoding/binary"
	"errors"

	"golang.org/x/crypto/sha3"
)

// Keccak256 hashes the concatenation of parts.
func Keccak256(parts ...[]byte) [32]byte {
	h := sha3.NewLegacyKeccak256()
	for _, p := range parts {
		h.Write(p)
	}
	var out [32]byte
	h.Sum(out[:0])
	return out
}

// Leaf is what one decision commits to on chain. Its ABI encoding is
// abi.encode(uint256 chainId, address settlement, bytes32 claimKey,
// uint32 partition, uint64 offset, bytes32 providerKey, uint256 cents,
// uint8 outcome, bytes32 recordDigest): ClaimSettlement.leafHash.
type Leaf struct {
	// ChainID and Contract bind the leaf to one deployment.
	ChainID   uint64
	Contract  [20]byte
	ClaimKey  [32]byte
	Partition int32
	Offset    int64
	// ProviderKey is the keyed hash of the billing NPI.
	ProviderKey [32]byte
	// Cents is what the claim credits the provider; for a pended claim,
	// what approval would credit.
	Cents        int64
	Outcome      uint8
	RecordDigest [32]byte
}

// Hash is keccak256(bytes.concat(keccak256(abi.encode(...)))), the
// StandardMerkleTree leaf: hashing twice keeps a leaf from being passed off
// as an inner node.
func (l Leaf) Hash() [32]byte {
	var enc [9 * 32]byte
	binary.BigEndian.PutUint64(enc[32-8:32], l.ChainID)
	copy(enc[64-20:64], l.Contract[:])
	copy(enc[64:96], l.ClaimKey[:])
	binary.BigEndian.PutUint32(enc[128-4:128], uint32(l.Partition))
	binary.BigEndian.PutUint64(enc[160-8:160], uint64(l.Offset))
	copy(enc[160:192], l.ProviderKey[:])
	binary.BigEndian.PutUint64(enc[224-8:224], uint64(l.Cents))
	enc[256-1] = l.Outcome
	copy(enc[256:288], l.RecordDigest[:])
	inner := Keccak256(enc[:])
	return Keccak256(inner[:])
}

func hashPair(a, b [32]byte) [32]byte {
	if bytes.Compare(a[:], b[:]) > 0 {
		a, b = b, a
	}
	return Keccak256(a[:], b[:])
}

// Tree is a Merkle tree over leaf hashes in the order given. An odd node at
// the end of a level is carried up unchanged, which MerkleProof.verify
// accepts because the proof simply has no sibling for that level.
type Tree struct{ levels [][][32]byte }

// ErrEmpty is returned for a tree with no leaves.
var ErrEmpty = errors.New("merkle: no leaves")

// New builds the tree.
func New(leaves [][32]byte) (*Tree, error) {
	if len(leaves) == 0 {
		return nil, ErrEmpty
	}
	level := append([][32]byte(nil), leaves...)
	t := &Tree{levels: [][][32]byte{level}}
	for len(level) > 1 {
		next := make([][32]byte, 0, (len(level)+1)/2)
		for i := 0; i < len(level); i += 2 {
			if i+1 == len(level) {
				next = append(next, level[i])
				continue
			}
			next = append(next, hashPair(level[i], level[i+1]))
		}
		t.levels = append(t.levels, next)
		level = next
	}
	return t, nil
}

// Root is the tree's root.
func (t *Tree) Root() [32]byte { return t.levels[len(t.levels)-1][0] }

// Proof returns the sibling hashes from leaf i up to the root.
func (t *Tree) Proof(i int) ([][32]byte, error) {
	if i < 0 || i >= len(t.levels[0]) {
		return nil, errors.New("merkle: leaf index out of range")
	}
	var proof [][32]byte
	for _, level := range t.levels[:len(t.levels)-1] {
		sib := i ^ 1
		if sib < len(level) {
			proof = append(proof, level[sib])
		}
		i /= 2
	}
	return proof, nil
}

// Verify recomputes the root from a leaf hash and its proof.
func Verify(root, leaf [32]byte, proof [][32]byte) bool {
	h := leaf
	for _, p := range proof {
		h = hashPair(h, p)
	}
	return h == root
}
