package elig270

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/shareddata"
	"github.com/claimsledger/claims/adjudicator/x12"
)

// Write returns nothing it cannot read back: a 271 whose counts do not close, or that holds
// other than what was answered, is an error. x12.Build is sound, so faulty builders stand in
// for a writer bug.
func TestWriteChecksWhatItWrote(t *testing.T) {
	data, err := os.ReadFile(shareddata.Path(t, "edi/linuxforhealth-x12/270_005010X279A1/subscriber-health-benefit-check.270"))
	if err != nil {
		t.Fatal(err)
	}
	inqs, err := DecodeOn(data, time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	r, err := Answer(inqs[0], adjudicator.Eligibility{Spans: []adjudicator.Span{{PlanID: "medicare", Start: "2006-01-01", End: "2006-12-31"}}})
	if err != nil {
		t.Fatal(err)
	}
	env := inqs[0].ReplyEnvelope(1, time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC))
	if _, err := Write(env, []Response{r}); err != nil {
		t.Fatalf("the sound builder: %v", err)
	}
	faulty := map[string]struct {
		build func(x12.Delimiters, x12.Envelope, []x12.Set) ([]byte, error)
		want  string
	}{
		"SE miscounts": {func(d x12.Delimiters, env x12.Envelope, sets []x12.Set) ([]byte, error) {
			out, err := x12.Build(d, env, sets)
			return bytes.Replace(out, []byte("SE*15*"), []byte("SE*14*"), 1), err
		}, "does not parse back"},
		// Counts that close around a lost EB loop: only reading the answers back shows it.
		"EB dropped": {func(d x12.Delimiters, env x12.Envelope, sets []x12.Set) ([]byte, error) {
			for i := range sets {
				var kept [][]string
				for _, s := range sets[i].Segments {
					if s[0] != "EB" {
						kept = append(kept, s)
					}
				}
				sets[i].Segments = kept
			}
			return x12.Build(d, env, sets)
		}, "reads back as"},
		"HL04 wrong": {func(d x12.Delimiters, env x12.Envelope, sets []x12.Set) ([]byte, error) {
			out, err := x12.Build(d, env, sets)
			return bytes.Replace(out, []byte("HL*3*2*22*0"), []byte("HL*3*2*22*1"), 1), err
		}, "does not read back"},
	}
	defer func() { build = x12.Build }()
	for name, f := range faulty {
		build = f.build
		if out, err := Write(env, []Response{r}); err == nil || !strings.Contains(err.Error(), f.want) {
			t.Errorf("%s: error %v, want %q\n%s", name, err, f.want, out)
		}
	}
}
