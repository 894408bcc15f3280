package demo

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

// The bar's rate is claims since the pipeline started, the summary's measure: 100 claims two
// seconds after the start read 50 claims/s, not the millions the bar's own first interval gives.
func TestProgressRateIsSinceStart(t *testing.T) {
	var out bytes.Buffer
	p := newProgress(&out, 200)
	p.Start(time.Now().Add(-2 * time.Second))
	p.Add(100)
	p.Finish()
	s := out.String()
	if !strings.Contains(s, "adjudicating and settling, 50 claims/s") && !strings.Contains(s, "adjudicating and settling, 49 claims/s") {
		t.Errorf("bar = %q, want the rate since start (50 claims/s)", s)
	}
	if strings.Contains(s, "it/s") || strings.Contains(s, "claims/s)") {
		t.Errorf("bar shows its own rate too: %q", s)
	}
	var none *progress = newProgress(nil, 10)
	none.Start(time.Now())
	none.Add(5) // no writer: nothing to draw, and no panic
}
