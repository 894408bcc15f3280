package privacy_test

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/claimsledger/claims/adjudicator/privacy"
	"github.com/claimsledger/claims/adjudicator/sample"
)

// sealOverhead is what Seal adds: the "CLMs1" prefix, a 12-byte nonce and
// a 16-byte GCM tag.
const sealOverhead = 5 + 12 + 16

// FuzzSealedEnvelope opens arbitrary bytes as a sealed payload, and seals
// and opens arbitrary plaintext. Properties:
//   - Open never panics; it refuses a payload without the sealed prefix
//     with ErrNotSealed, and anything it cannot authenticate with an error
//     that says why and quotes nothing of the payload;
//   - whatever Open accepts is bound to its message key (opening it under
//     another key fails) and is the payload minus the envelope;
//   - Open(Seal(p, aad), aad) == p; a sealed payload is the plaintext plus
//     the fixed envelope and does not contain the plaintext; two seals
//     differ (random nonces); any changed byte, a truncation or another
//     message key makes it fail to open.
//
// Seeds: claims of the bundled sample sealed under their member key, as
// `claims submit` produces them, broken copies of those, and plaintext.
func FuzzSealedEnvelope(f *testing.F) {
	s := sealer(f)
	claims, err := sample.Claims()
	if err != nil {
		f.Fatal(err)
	}
	for i := 0; i < len(claims); i += 173 {
		pt, _ := json.Marshal(claims[i])
		aad := []byte(hex.EncodeToString([]byte(claims[i].MemberID)))
		sealed, err := s.Seal(pt, aad)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(sealed, aad)
		f.Add(sealed[:len(sealed)-1], aad)
		f.Add(pt, aad)
	}
	f.Add([]byte("CLMs1"), []byte(nil))
	f.Add([]byte{}, []byte("k"))
	f.Fuzz(func(t *testing.T, data, aad []byte) {
		// Arbitrary bytes as a sealed payload.
		pt, err := s.Open(data, aad)
		switch {
		case !privacy.IsSealed(data):
			if !errors.Is(err, privacy.ErrNotSealed) || pt != nil {
				t.Fatalf("unsealed payload: %q, %v", pt, err)
			}
		case err != nil:
			if pt != nil || !strings.HasPrefix(err.Error(), "privacy: ") {
				t.Fatalf("open: %q, %v", pt, err)
			}
			if len(data) > len("CLMs1")+8 && strings.Contains(err.Error(), string(data[5:])) {
				t.Fatalf("error quotes the payload: %v", err)
			}
		default:
			if len(pt) != len(data)-sealOverhead {
				t.Fatalf("opened %d bytes from %d", len(pt), len(data))
			}
			if _, err := s.Open(data, append(bytes.Clone(aad), 'x')); err == nil {
				t.Fatal("opened under another message key")
			}
		}

		// Arbitrary plaintext, sealed and opened.
		sealed, err := s.Seal(data, aad)
		if err != nil {
			t.Fatal(err)
		}
		if !privacy.IsSealed(sealed) || len(sealed) != len(data)+sealOverhead {
			t.Fatalf("sealed %d bytes into %d", len(data), len(sealed))
		}
		if len(data) >= 16 && bytes.Contains(sealed, data) {
			t.Fatal("sealed payload contains the plaintext")
		}
		got, err := s.Open(sealed, aad)
		if err != nil || !bytes.Equal(got, data) {
			t.Fatalf("round trip: %q, %v; want %q", got, err, data)
		}
		again, _ := s.Seal(data, aad)
		if bytes.Equal(again, sealed) {
			t.Fatal("two seals of the same plaintext are identical")
		}
		i := len(aad) % len(sealed)
		tampered := bytes.Clone(sealed)
		tampered[i] ^= 1 + byte(len(data))%255
		if _, err := s.Open(tampered, aad); err == nil {
			t.Fatalf("opened a payload changed at byte %d", i)
		}
		if _, err := s.Open(sealed[:len(sealed)-1], aad); err == nil {
			t.Fatal("opened a truncated payload")
		}
		if _, err := s.Open(sealed, append(bytes.Clone(aad), 0)); err == nil {
			t.Fatal("opened under another message key")
		}
	})
}

func sealer(tb testing.TB) *privacy.Sealer {
	s, err := privacy.NewSealer(bytes.Repeat([]byte{3}, 32))
	if err != nil {
		tb.Fatal(err)
	}
	return s
}
