package cms

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/open-policy-agent/opa/v1/rego"

	"github.com/claimsledger/claims/adjudicator/shareddata"
)

// rssChildEnv, when set to the shared data directory, makes TestPeakRSS
// the measured child rather than the parent.
const rssChildEnv = "CMS_PEAK_RSS_CHILD"

const rssBudget = 1 << 30

type rssReport struct {
	BaselineHWMKiB int64         `json:"baseline_hwm_kib"`
	PeakHWMKiB     int64         `json:"peak_hwm_kib"`
	RSSKiB         int64         `json:"rss_kib"`
	HeapInuse      uint64        `json:"heap_inuse"`
	HeapAlloc      uint64        `json:"heap_alloc"`
	Sys            uint64        `json:"sys"`
	IndexBytes     int64         `json:"index_bytes"`
	LoadTime       time.Duration `json:"load_time"`
}

// TestPeakRSS loads every table from the shared data in a fresh process
// (this test binary, re-run as a child) and checks the process's peak
// resident set (VmHWM) stays within 1 GiB: a measurement in the parent
// would include whatever other tests allocated.
func TestPeakRSS(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("reads VmHWM from /proc/self/status")
	}
	if dir := os.Getenv(rssChildEnv); dir != "" {
		rssChild(t, dir)
		return
	}
	dir := shareddata.Dir(t)
	cmd := exec.Command(os.Args[0], "-test.run=^TestPeakRSS$", "-test.count=1")
	cmd.Env = append(os.Environ(), rssChildEnv+"="+dir)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
	var r rssReport
	found := false
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		if js, ok := strings.CutPrefix(strings.TrimSpace(sc.Text()), "PEAKRSS "); ok {
			if err := json.Unmarshal([]byte(js), &r); err != nil {
				t.Fatal(err)
			}
			found = true
		}
	}
	if !found {
		t.Fatalf("child printed no report:\n%s", out)
	}
	t.Logf("fresh process: load %v; heap in use %.1f MiB (live %.1f MiB, index %.1f MiB); Go runtime Sys %.1f MiB; "+
		"RSS %.1f MiB; peak RSS (VmHWM) %.1f MiB, of which %.1f MiB before loading",
		r.LoadTime.Round(time.Millisecond), mib(int64(r.HeapInuse)), mib(int64(r.HeapAlloc)), mib(r.IndexBytes),
		mib(int64(r.Sys)), mib(r.RSSKiB<<10), mib(r.PeakHWMKiB<<10), mib(r.BaselineHWMKiB<<10))
	if r.PeakHWMKiB<<10 > rssBudget {
		t.Errorf("peak RSS %.1f MiB exceeds %.0f MiB", mib(r.PeakHWMKiB<<10), mib(rssBudget))
	}
	if r.PeakHWMKiB == 0 || r.HeapAlloc < uint64(r.IndexBytes) {
		t.Errorf("implausible report %+v", r)
	}
}

func mib(b int64) float64 { return float64(b) / (1 << 20) }

func rssChild(t *testing.T, dir string) {
	base, err := procStatus("VmHWM")
	if err != nil {
		t.Fatal(err)
	}
	tb, err := LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	// Evaluate once through OPA so the process holds what the engine
	// holds: the tables, the built-ins and a prepared query.
	ctx := context.Background()
	pq, err := rego.New(append([]func(*rego.Rego){rego.Query(`x := cms.ptp_edits(["29881", "29877"], "2024-05-01")`)}, tb.RegoOptions()...)...).PrepareForEval(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := pq.Eval(ctx); err != nil {
		t.Fatal(err)
	}
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	peak, err := procStatus("VmHWM")
	if err != nil {
		t.Fatal(err)
	}
	rss, err := procStatus("VmRSS")
	if err != nil {
		t.Fatal(err)
	}
	s := tb.Stats()
	b, _ := json.Marshal(rssReport{
		BaselineHWMKiB: base, PeakHWMKiB: peak, RSSKiB: rss,
		HeapInuse: ms.HeapInuse, HeapAlloc: ms.HeapAlloc, Sys: ms.Sys,
		IndexBytes: s.IndexBytes, LoadTime: s.LoadTime,
	})
	fmt.Printf("PEAKRSS %s\n", b)
	runtime.KeepAlive(tb)
}

// procStatus reads a "Name:   123 kB" line of /proc/self/status, in KiB.
func procStatus(name string) (int64, error) {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, err
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, name+":"); ok {
			return strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
		}
	}
	return 0, fmt.Errorf("/proc/self/status has no %s", name)
}
