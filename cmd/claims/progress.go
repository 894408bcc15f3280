package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"golang.org/x/term"
)

// statusLine redraws one line of progress on a terminal. Off a terminal (a pipe, a log file, a
// test's buffer) it is nil and prints nothing: a stream of carriage returns is noise there, and
// the summary on stdout says what happened.
type statusLine struct {
	w     io.Writer
	last  time.Time
	shown bool
}

// newStatusLine returns a status line on w when w is a terminal, else nil.
func newStatusLine(w io.Writer) *statusLine {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	return &statusLine{w: w}
}

// show replaces the line with text; at most ten times a second unless final, so that a fast
// phase does not spend its time drawing.
func (s *statusLine) show(text string, final bool) {
	if s == nil {
		return
	}
	if now := time.Now(); final || now.Sub(s.last) >= 100*time.Millisecond {
		s.last, s.shown = now, true
		fmt.Fprintf(s.w, "\r\033[K%s", text)
	}
}

// done ends the line, leaving the last text visible.
func (s *statusLine) done() {
	if s != nil && s.shown {
		fmt.Fprintln(s.w)
		s.shown = false
	}
}
