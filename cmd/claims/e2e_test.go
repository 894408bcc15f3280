package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/claimsledger/claims/adjudicator/audit"
	"github.com/claimsledger/claims/adjudicator/config"
	"github.com/claimsledger/claims/adjudicator/intake"
)

// These tests drive the real binary against `claims devnet`: kfake over TCP,
// the simulated chain over HTTP JSON-RPC, and redis-server (or the in-process
// stand-in when it is not installed). Processes are killed with SIGKILL.

func buildBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "claims")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

type proc struct {
	cmd  *exec.Cmd
	log  *lockedBuffer
	done chan error
}

// lockedBuffer is a process's output, read by the test while the process writes it.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func start(t *testing.T, bin string, env []string, args ...string) *proc {
	t.Helper()
	p := &proc{cmd: exec.Command(bin, args...), log: &lockedBuffer{}, done: make(chan error, 1)}
	p.cmd.Env = append(os.Environ(), env...)
	p.cmd.Stdout, p.cmd.Stderr = p.log, p.log
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { p.done <- p.cmd.Wait() }()
	t.Cleanup(func() {
		if p.cmd.ProcessState == nil {
			_ = p.cmd.Process.Kill()
			<-p.done
		}
		if t.Failed() {
			t.Logf("%s output:\n%s", strings.Join(args[:1], " "), tail(p.log.String(), 4000))
		}
	})
	return p
}

func tail(s string, n int) string {
	if len(s) > n {
		return "..." + s[len(s)-n:]
	}
	return s
}

// wait returns how the process ended, failing the test on timeout.
func (p *proc) wait(t *testing.T, timeout time.Duration) *exec.ExitError {
	t.Helper()
	select {
	case err := <-p.done:
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			return ee
		}
		if err != nil {
			t.Fatal(err)
		}
		return nil
	case <-time.After(timeout):
		// A hung process is diagnosed by where it hangs: SIGQUIT makes the Go runtime print
		// every goroutine's stack before it exits.
		_ = p.cmd.Process.Signal(syscall.SIGQUIT)
		select {
		case <-p.done:
		case <-time.After(15 * time.Second):
		}
		t.Fatalf("process did not exit within %s; its output, ending with its goroutines' stacks (SIGQUIT):\n%s", timeout, tail(p.log.String(), 64000))
		return nil
	}
}

func killedBySIGKILL(ee *exec.ExitError) bool {
	if ee == nil {
		return false
	}
	ws, ok := ee.Sys().(syscall.WaitStatus)
	return ok && ws.Signaled() && ws.Signal() == syscall.SIGKILL
}

func runAudit(t *testing.T, bin, cfg string) (audit.Report, int) {
	t.Helper()
	cmd := exec.Command(bin, "audit", "--config", cfg, "--json")
	var out bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = &out
	err := cmd.Run()
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	var r audit.Report
	if err := json.NewDecoder(bytes.NewReader(out.Bytes())).Decode(&r); err != nil {
		t.Fatalf("audit output: %v\n%s", err, out.String())
	}
	return r, code
}

// devnet starts `claims devnet` and returns the config path once written.
func devnet(t *testing.T, bin string) string {
	t.Helper()
	cfg, _ := devnetAt(t, bin, filepath.Join(t.TempDir(), "devnet.yaml"))
	return cfg
}

// devnetAt starts `claims devnet` writing its config to cfg, with every port left to its
// default, and returns cfg and what devnet printed once it is ready.
func devnetAt(t *testing.T, bin, cfg string) (string, string) {
	t.Helper()
	d := start(t, bin, nil, "devnet", "--write-config", cfg, "--log-level", "warn")
	deadline := time.Now().Add(2 * time.Minute)
	for !strings.Contains(d.log.String(), "devnet ready") {
		select {
		case err := <-d.done:
			t.Fatalf("devnet exited: %v\n%s", err, d.log.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("devnet not ready:\n%s", d.log.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Cleanup(func() {
		_ = d.cmd.Process.Signal(syscall.SIGTERM)
		d.wait(t, 30*time.Second)
	})
	return cfg, d.log.String()
}

func submitSample(t *testing.T, bin, cfg string) int {
	t.Helper()
	out, err := exec.Command(bin, "submit", "--config", cfg, "--format", "tuva-csv", "../../adjudicator/sample/tuva_medical_claim.csv").CombinedOutput()
	if err != nil {
		t.Fatalf("submit: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "submitted 1138 claims") {
		t.Fatalf("submit said: %s", out)
	}
	return 1138
}

// waitDecided polls the audit until every claim is accounted for.
func waitDecided(t *testing.T, bin, cfg string, want int, timeout time.Duration) audit.Report {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		r, _ := runAudit(t, bin, cfg)
		if r.ClaimsIn == want && r.Decided+r.DeadLettered == want {
			return r
		}
		if time.Now().After(deadline) {
			t.Fatalf("after %s: %+v", timeout, r)
		}
		time.Sleep(time.Second)
	}
}

func TestKillNineMidStreamExactlyOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: builds the binary and runs devnet")
	}
	bin := buildBinary(t)
	cfg := devnet(t, bin)
	want := submitSample(t, bin, cfg)
	serveArgs := []string{"serve", "--config", cfg, "--batch-size", "40", "--linger", "100ms", "--log-level", "warn"}

	// Kill the adjudicator at every stage of a batch's life: before
	// settlement, between the receipt and publication, between publication
	// and the offset commit, and after the commit.
	for _, fault := range []string{"settled:2", "decided:3", "published:2", "committed:3", "settled:1"} {
		p := start(t, bin, []string{"CLAIMS_CHAOS_KILL=" + fault}, serveArgs...)
		ee := p.wait(t, 3*time.Minute)
		if !killedBySIGKILL(ee) {
			t.Fatalf("fault %s: serve ended with %v, want SIGKILL:\n%s", fault, ee, tail(p.log.String(), 3000))
		}
		r, code := runAudit(t, bin, cfg)
		t.Logf("after kill at %-12s decided %4d of %d, in flight %d, queued %d, batches %d, duplicates %d, mismatched %d",
			fault, r.Decided, r.ClaimsIn, r.InFlight, r.Queued, r.Batches, r.Duplicates, r.Mismatched)
		// Mid-stream a batch may be settled but not yet published (the next life republishes
		// it): in flight within the audit's grace, not a gap; what is not settled is queued.
		// Nothing may ever be decided or paid twice.
		if code != 0 || !r.OK() || r.Decided+r.DeadLettered+r.InFlight+r.Queued != r.ClaimsIn {
			t.Fatalf("after kill at %s (audit exit %d): %+v", fault, code, r)
		}
	}

	// An external kill -9 at an arbitrary moment, then a last life that
	// finishes the stream and is stopped with SIGTERM (drain, clean exit).
	p := start(t, bin, nil, serveArgs...)
	time.Sleep(12 * time.Second)
	_ = p.cmd.Process.Signal(syscall.SIGKILL)
	if ee := p.wait(t, time.Minute); !killedBySIGKILL(ee) {
		t.Logf("serve had already exited: %v", ee)
	}
	// This life logs at info: the stream may be finished before it has even started, and a
	// SIGTERM before its signal handler is installed would kill it, not stop it.
	p = start(t, bin, nil, append(serveArgs, "--log-level", "info")...)
	waitLog(t, p, "adjudicator started", time.Minute)
	waitDecided(t, bin, cfg, want, 5*time.Minute)
	_ = p.cmd.Process.Signal(syscall.SIGTERM)
	if ee := p.wait(t, time.Minute); ee != nil {
		t.Fatalf("serve after SIGTERM: %v", ee)
	}

	assertBalanced(t, bin, cfg, want)
}

func TestRebalanceBetweenTwoInstancesExactlyOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: builds the binary and runs devnet")
	}
	bin := buildBinary(t)
	cfg := devnet(t, bin)
	// Replicas on one host cannot share the config's api_addr: these serve no API.
	serveArgs := []string{"serve", "--config", cfg, "--batch-size", "25", "--linger", "100ms", "--log-level", "info", "--api-addr="}

	// Two instances share the partitions; one is killed mid-stream (its partitions move to the
	// other after the session timeout), then a third joins and triggers another rebalance. The
	// claims are submitted once both share the group: submitted before, the first to join could
	// finish the other's partitions alone. The sample's claims are ten members', so a partition
	// may hold none: a, to be killed at its 4th settlement, settles in batches of 5, and any
	// partition with claims holds 49 or more (a member's), 10 batches.
	a := start(t, bin, []string{"CLAIMS_CHAOS_KILL=settled:4"}, append(serveArgs, "--batch-size", "5")...)
	b := start(t, bin, nil, serveArgs...)
	gen := waitShared(t, a, b, time.Minute)
	want := submitSample(t, bin, cfg)
	survivors := []*proc{b}
	if mine, n := claimsOn(t, cfg, a, gen); n == 0 {
		// Once in 1,024 devnets no member's key falls in a's partitions: b, which holds every
		// claim, leaves the group, and a takes all the partitions.
		t.Logf("a's partitions %s hold no claims: b leaves the group", mine)
		_ = b.cmd.Process.Signal(syscall.SIGTERM)
		if ee := b.wait(t, time.Minute); ee != nil {
			t.Fatalf("b after SIGTERM: %v", ee)
		}
		survivors = nil
	}
	if ee := a.wait(t, 3*time.Minute); !killedBySIGKILL(ee) {
		t.Fatalf("instance a: %v", ee)
	}
	c := start(t, bin, nil, serveArgs...)
	// b may finish the stream before c has started: SIGTERM only once c handles it.
	waitLog(t, c, "adjudicator started", time.Minute)
	waitDecided(t, bin, cfg, want, 5*time.Minute)
	for _, p := range append(survivors, c) {
		_ = p.cmd.Process.Signal(syscall.SIGTERM)
		if ee := p.wait(t, time.Minute); ee != nil {
			t.Fatalf("serve after SIGTERM: %v", ee)
		}
	}
	assertBalanced(t, bin, cfg, want)
}

// waitLog waits until p's output contains what.
func waitLog(t *testing.T, p *proc, what string, timeout time.Duration) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !strings.Contains(p.log.String(), what) {
		if time.Now().After(deadline) {
			t.Fatalf("no %q in the output after %s:\n%s", what, timeout, tail(p.log.String(), 3000))
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// waitShared waits until a and b are both members of one generation of the adjudicator group
// (each logs its generations at info), and returns that generation.
func waitShared(t *testing.T, a, b *proc, timeout time.Duration) string {
	t.Helper()
	gens := regexp.MustCompile(`msg="consumer group generation" group=adjudicator topic=\S+ generation=(\d+)`)
	deadline := time.Now().Add(timeout)
	for {
		seen := map[string]bool{}
		for _, m := range gens.FindAllStringSubmatch(a.log.String(), -1) {
			seen[m[1]] = true
		}
		for _, m := range gens.FindAllStringSubmatch(b.log.String(), -1) {
			if seen[m[1]] {
				return m[1]
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("a and b never shared a generation of the group in %s:\na: %s\nb: %s", timeout, tail(a.log.String(), 2000), tail(b.log.String(), 2000))
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// claimsOn returns the partitions p was assigned in generation gen of the adjudicator group
// (from its log) and how many claims the input topic holds on them.
func claimsOn(t *testing.T, cfgPath string, p *proc, gen string) (string, int) {
	t.Helper()
	m := regexp.MustCompile(`msg="consumer group generation" group=adjudicator topic=\S+ generation=` + gen + ` member=(?:"[^"]*"|\S+) partitions="\[([0-9 ]*)\]"`).
		FindStringSubmatch(p.log.String())
	if m == nil {
		t.Fatalf("no assignment of generation %s in the log:\n%s", gen, tail(p.log.String(), 2000))
	}
	mine := map[int32]bool{}
	for _, f := range strings.Fields(m[1]) {
		n, err := strconv.Atoi(f)
		if err != nil {
			t.Fatal(err)
		}
		mine[int32(n)] = true
	}
	cfg, err := config.Load(cfgPath, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	recs, err := intake.ReadAll(ctx, cfg.Brokers, cfg.InputTopic)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, r := range recs {
		if mine[r.Partition] {
			n++
		}
	}
	return "[" + m[1] + "]", n
}

// assertBalanced requires the audit to exit 0 with every claim decided once.
func assertBalanced(t *testing.T, bin, cfg string, want int) {
	t.Helper()
	r, code := runAudit(t, bin, cfg)
	t.Logf("final audit: %+v", r)
	if code != 0 || r.Decided != want || r.Missing != 0 || r.Duplicates != 0 || r.Mismatched != 0 {
		t.Fatalf("final audit (exit %d): %+v", code, r)
	}
}
