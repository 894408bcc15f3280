package merkle

import "testing"

// BenchmarkTree500 is one full batch: 500 leaves hashed and the tree built.
func BenchmarkTree500(b *testing.B) {
	leaves := make([]Leaf, 500)
	for i := range leaves {
		leaves[i] = Leaf{Offset: int64(i), Cents: int64(i), Outcome: 1}
	}
	hashes := make([][32]byte, len(leaves))
	b.ReportAllocs()
	for b.Loop() {
		for i, l := range leaves {
			hashes[i] = l.Hash()
		}
		if _, err := New(hashes); err != nil {
			b.Fatal(err)
		}
	}
}
