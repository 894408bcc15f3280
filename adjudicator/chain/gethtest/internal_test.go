package gethtest

import (
	"fmt"
	"net"
	"os"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

func TestOptionsDefaults(t *testing.T) {
	o := Options{}
	args, err := o.withDefaults()
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(args, " ")
	for _, want := range []string{"--dev ", "--dev.period 1 ", "--dev.gaslimit 60000000 ", "--miner.gaslimit 60000000 ", "--ipcdisable", "--http.addr 127.0.0.1", "--http.api " + HTTPAPI, "--verbosity 3"} {
		if !strings.Contains(got+" ", want) {
			t.Errorf("args %q lack %q", got, want)
		}
	}
	o = Options{BlockPeriod: -1}
	if args, _ := o.withDefaults(); !strings.Contains(strings.Join(args, " "), "--dev.period 0 ") {
		t.Errorf("negative period: args %q, want --dev.period 0", args)
	}
	o = Options{BlockPeriod: 1500 * time.Millisecond}
	if _, err := o.withDefaults(); err == nil {
		t.Error("a 1.5s period was accepted; geth takes whole seconds")
	}
}

// failingTB reports the test as failed, so the node's cleanup dumps geth's log into logs.
type failingTB struct {
	testing.TB
	mu   sync.Mutex
	logs []string
}

func (f *failingTB) Failed() bool { return true }
func (f *failingTB) Logf(format string, args ...any) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.logs = append(f.logs, fmt.Sprintf(format, args...))
}

// TestStartRetriesTakenPort makes the first port Start picks a taken one: geth fails to bind
// it and Start must retry on another. The node's cleanup must then stop it and, the test
// having failed, print its log.
func TestStartRetriesTakenPort(t *testing.T) {
	taken, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer taken.Close()
	takenPort := taken.Addr().(*net.TCPAddr).Port
	calls := 0
	pickPort = func() (int, error) {
		calls++
		if calls == 1 {
			return takenPort, nil
		}
		return freePort()
	}
	defer func() { pickPort = freePort }()

	f := &failingTB{}
	var pid int
	t.Run("node", func(t *testing.T) {
		f.TB = t
		n := Start(f, Options{BlockPeriod: -1})
		pid = n.PID()
		if calls != 2 || strings.HasSuffix(n.URL(), fmt.Sprintf(":%d", takenPort)) {
			t.Fatalf("node on %s after %d port picks; want the second pick", n.URL(), calls)
		}
		if !strings.HasSuffix(n.LogPath(), "geth-2.log") {
			t.Errorf("log %s, want the second attempt's", n.LogPath())
		}
	})
	if pid == 0 {
		return
	}
	if p, err := os.FindProcess(pid); err == nil && p.Signal(syscall.Signal(0)) == nil {
		t.Errorf("geth (pid %d) still exists after cleanup", pid)
	}
	all := strings.Join(f.logs, "\n")
	if !strings.Contains(all, "address already in use") || !strings.Contains(all, "HTTP server started") {
		t.Errorf("cleanup of a failed test printed no geth logs of both attempts:\n%s", all)
	}
}
