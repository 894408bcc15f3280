package merkle

import (
	"encoding/hex"
	"testing"
)

func TestKeccakKnownVector(t *testing.T) {
	// keccak256("") from the Ethereum yellow paper.
	got := Keccak256()
	if hex.EncodeToString(got[:]) != "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470" {
		t.Fatalf("keccak256(\"\") = %x", got)
	}
}

func TestProofsVerifyForEverySize(t *testing.T) {
	for n := 1; n <= 17; n++ {
		leaves := make([][32]byte, n)
		for i := range leaves {
			leaves[i] = Leaf{Offset: int64(i), Cents: int64(100 * i), Outcome: 1}.Hash()
		}
		tree, err := New(leaves)
		if err != nil {
			t.Fatal(err)
		}
		for i := range leaves {
			p, err := tree.Proof(i)
			if err != nil {
				t.Fatal(err)
			}
			if !Verify(tree.Root(), leaves[i], p) {
				t.Fatalf("n=%d leaf %d: proof does not verify", n, i)
			}
			bad := leaves[i]
			bad[0] ^= 1
			if Verify(tree.Root(), bad, p) {
				t.Fatalf("n=%d leaf %d: tampered leaf verifies", n, i)
			}
		}
	}
	if _, err := New(nil); err != ErrEmpty {
		t.Fatalf("empty tree: err = %v", err)
	}
}

func TestLeafCommitsToEveryField(t *testing.T) {
	base := Leaf{ChainID: 7, Contract: [20]byte{8}, ClaimKey: [32]byte{1}, Partition: 2, Offset: 3, ProviderKey: [32]byte{4}, Cents: 5, Outcome: 1, RecordDigest: [32]byte{6}}
	variants := []Leaf{base, base, base, base, base, base, base, base, base}
	variants[0].ClaimKey[0] = 9
	variants[1].Partition = 9
	variants[2].Offset = 9
	variants[3].ProviderKey[0] = 9
	variants[4].Cents = 9
	variants[5].Outcome = 2
	variants[6].RecordDigest[0] = 9
	variants[7].ChainID = 9
	variants[8].Contract[0] = 9
	for i, v := range variants {
		if v.Hash() == base.Hash() {
			t.Errorf("variant %d hashes like the base leaf", i)
		}
	}
}
