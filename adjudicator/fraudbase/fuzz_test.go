package fraudbase_test

import (
	"bytes"
	"errors"
	"testing"

	"github.com/claimsledger/claims/adjudicator/fraudbase"
)

// FuzzRead feeds the baseline file reader (an operator's file, outside input) arbitrary bytes.
// It must never panic; a refusal is a *FileError naming the file; what it accepts it writes
// back canonically, and that reads to the same baseline (the same id).
func FuzzRead(f *testing.F) {
	f.Add([]byte(`{"version":1,"watermarks":[{"partition":0,"next":4}],"decisions":1,"lines":2,"min_peer_lines":1,` +
		`"codes":{"99213":{"units":{"median":1,"mad":0,"n":1},"charge_per_unit_cents":{"median":100,"mad":0,"n":1}}},` +
		`"providers":{"1234567893":{"lines":2,"bypass":1,"mue":0,"em_new":[0,0,0,0],"em_established":[0,0,0,0]}},` +
		`"peers":{"bypass_bp":{"median":5000,"mad":0,"n":1},"mue_bp":{"median":0,"mad":0,"n":1},` +
		`"em_new_top_bp":{"median":0,"mad":0,"n":0},"em_established_top_bp":{"median":0,"mad":0,"n":0}}}`))
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"version":1,"codes":{"99213":{"units":{"median":"1"}}}}`))
	f.Add([]byte(`[1,2`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		b, err := fraudbase.Read(raw, "fuzz.json")
		if err != nil {
			var fe *fraudbase.FileError
			if !errors.As(err, &fe) || fe.File != "fuzz.json" || fe.Path == "" {
				t.Fatalf("refusal %v is not a FileError naming the file and a path", err)
			}
			return
		}
		enc, err := b.Encode()
		if err != nil {
			t.Fatalf("accepted, but does not encode: %v", err)
		}
		back, err := fraudbase.Read(enc, "again.json")
		if err != nil {
			t.Fatalf("its canonical form is refused: %v\n%s", err, enc)
		}
		again, err := back.Encode()
		if err != nil || !bytes.Equal(again, enc) {
			t.Fatalf("canonical form does not round-trip: %v\n%s\n%s", err, enc, again)
		}
	})
}
