package remit835_test

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/claimsledger/claims/adjudicator/shareddata"
	"github.com/claimsledger/claims/adjudicator/x12/remit835"
)

// FuzzRead835 reads anything without panicking, and whatever it reads that balances either
// writes (and then reads back equal) or is refused for a value the guide forbids writing,
// never for a fault of the writer.
func FuzzRead835(f *testing.F) {
	for _, dir := range []string{"edi/edi-835-parser", "edi/linuxforhealth-x12/835_005010X221A1"} {
		files, _ := filepath.Glob(filepath.Join(shareddata.Path(f, dir), "*"))
		for _, p := range files {
			if b, err := os.ReadFile(p); err == nil {
				f.Add(b)
			}
		}
	}
	f.Add([]byte(handBuiltText))
	// A reversal: negative amounts throughout, and a PLB FB bringing BPR02 to zero.
	rev, err := remit835.Write(testEnv(2, "1234567893"), withReversal())
	if err != nil {
		f.Fatal(err)
	}
	f.Add(rev)
	// The engine's own 835s: the provider with the most claims and one paid nothing.
	s := decideSample(f)
	npis, groups := byProvider(f, s)
	slices.SortStableFunc(npis, func(a, b string) int { return len(groups[b]) - len(groups[a]) })
	seeded := 0
	for i, npi := range npis {
		r, err := remit835.FromDecisions(testPayer, settlement, groups[npi])
		if err != nil || i > 0 && r.Payment.Cents != 0 {
			continue
		}
		out, err := remit835.Write(testEnv(uint32(i+1), npi), r)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(out)
		if seeded++; seeded == 2 {
			break
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		rs, err := remit835.Read(data)
		if err != nil {
			return
		}
		for _, r := range rs {
			if r.Balance() != nil {
				continue
			}
			r.Warnings = nil
			out, err := remit835.Write(testEnv(1, "FUZZ"), r)
			var ve *remit835.ValidationError
			switch {
			case errors.As(err, &ve):
				continue
			case err != nil:
				t.Fatalf("a balanced remittance refused for no rule of the guide: %v", err)
			}
			back, err := remit835.Read(out)
			if err != nil || len(back) != 1 {
				t.Fatalf("the 835 written does not read back: %d, %v\n%s", len(back), err, out)
			}
			back[0].Warnings = nil
			if !reflect.DeepEqual(back[0], r) {
				t.Fatalf("read back\n%+v\nwant\n%+v\n%s", back[0], r, out)
			}
		}
	})
}
