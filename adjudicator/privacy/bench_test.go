package privacy

import (
	"bytes"
	"testing"
)

func BenchmarkMemberKey(b *testing.B) {
	k, _ := NewKeyer(bytes.Repeat([]byte{1}, 32))
	b.ReportAllocs()
	for b.Loop() {
		_ = k.Member("10007")
	}
}

func BenchmarkSealOpen1KiB(b *testing.B) {
	s, _ := NewSealer(bytes.Repeat([]byte{1}, 32))
	msg := bytes.Repeat([]byte("x"), 1024)
	b.SetBytes(1024)
	b.ReportAllocs()
	for b.Loop() {
		sealed, _ := s.Seal(msg, []byte("k"))
		if _, err := s.Open(sealed, []byte("k")); err != nil {
			b.Fatal(err)
		}
	}
}
