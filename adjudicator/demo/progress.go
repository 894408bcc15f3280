package demo

import (
	"fmt"
	"io"
	"time"

	"github.com/schollz/progressbar/v3"
)

// progress wraps schollz/progressbar (a maintained bar that handles
// terminals and plain pipes alike); a nil writer shows nothing. The rate it
// shows is claims decided since the pipeline started, the same measure as
// the summary's claims/s, rather than the bar's own (which starts at its
// first update and so begins at millions of claims per second).
type progress struct {
	bar   *progressbar.ProgressBar
	start time.Time
	done  int
}

const progressDescription = "adjudicating and settling"

func newProgress(w io.Writer, total int) *progress {
	if w == nil {
		return &progress{}
	}
	return &progress{bar: progressbar.NewOptions(total,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription(progressDescription),
		progressbar.OptionShowCount(),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionOnCompletion(func() { _, _ = io.WriteString(w, "\n") }),
	)}
}

// Start sets when the pipeline started, for the rate.
func (p *progress) Start(t time.Time) { p.start = t }

func (p *progress) Add(n int) {
	if p.bar == nil {
		return
	}
	p.done += n
	if s := time.Since(p.start).Seconds(); !p.start.IsZero() && s > 0 {
		p.bar.Describe(fmt.Sprintf("%s, %.0f claims/s", progressDescription, float64(p.done)/s))
	}
	_ = p.bar.Add(n)
}

func (p *progress) Finish() {
	if p.bar != nil {
		_ = p.bar.Finish()
	}
}
