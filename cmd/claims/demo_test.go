package main

import (
	"bytes"
	"os/exec"
	"strings"
	"testing"
)

// `claims demo` piped to a file prints the summary and nothing else: no progress bar (it is
// drawn on a terminal only) and no warning.
func TestDemoPipedHasNoBarOrWarning(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: builds the binary and runs the demo")
	}
	bin := buildBinary(t)
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(bin, "demo")
	cmd.Dir = t.TempDir()
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("claims demo: %v\nstderr:\n%s", err, stderr.String())
	}
	if stderr.Len() != 0 {
		t.Errorf("demo wrote to a piped stderr:\n%q", stderr.String())
	}
	out := stdout.String()
	if strings.ContainsAny(out, "\r\x1b") || strings.Contains(out, "WARN") {
		t.Errorf("demo output holds bar or warning noise:\n%q", out)
	}
	if !strings.Contains(out, "\nreconciled: ") {
		t.Errorf("no reconciled verdict:\n%s", out)
	}
}
