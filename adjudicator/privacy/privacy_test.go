package privacy

import (
	"bytes"
	"errors"
	"testing"
)

var secret = bytes.Repeat([]byte{7}, 32)

func TestKeyerDomainsAndKeys(t *testing.T) {
	k, err := NewKeyer(secret)
	if err != nil {
		t.Fatal(err)
	}
	if k.Member("10007") == k.Claim("10007") {
		t.Fatal("member and claim keys collide for the same input")
	}
	if k.Member("10007") != k.Member("10007") {
		t.Fatal("member key is not deterministic")
	}
	other, _ := NewKeyer(bytes.Repeat([]byte{8}, 32))
	if k.Member("10007") == other.Member("10007") {
		t.Fatal("member key does not depend on the secret")
	}
	if _, err := NewKeyer([]byte("short")); err == nil {
		t.Fatal("short secret accepted")
	}
}

func TestSealRoundTripAndTamper(t *testing.T) {
	s, err := NewSealer(bytes.Repeat([]byte{1}, 32))
	if err != nil {
		t.Fatal(err)
	}
	msg := []byte(`{"claim_id":"1"}`)
	sealed, err := s.Seal(msg, []byte("member-a"))
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(sealed, msg) {
		t.Fatal("sealed payload contains the plaintext")
	}
	got, err := s.Open(sealed, []byte("member-a"))
	if err != nil || !bytes.Equal(got, msg) {
		t.Fatalf("open = %q, %v", got, err)
	}
	if _, err := s.Open(sealed, []byte("member-b")); err == nil {
		t.Fatal("opened under another message key")
	}
	sealed[len(sealed)-1] ^= 1
	if _, err := s.Open(sealed, []byte("member-a")); err == nil {
		t.Fatal("opened a tampered payload")
	}
	if _, err := s.Open(msg, nil); !errors.Is(err, ErrNotSealed) {
		t.Fatalf("plaintext: err = %v, want ErrNotSealed", err)
	}
	if _, err := NewSealer([]byte("short")); err == nil {
		t.Fatal("short key accepted")
	}
}
