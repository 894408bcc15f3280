package service_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"maps"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/devstack"
	"github.com/claimsledger/claims/adjudicator/intake"
	"github.com/claimsledger/claims/adjudicator/service"
	"github.com/claimsledger/claims/adjudicator/testkit"
)

// lockedBuffer is a log sink the service's goroutines write to while the test reads.
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

// TestServeReportsBatchesLagAndCatchingUp runs the wired service (kfake over TCP, redis-server,
// the simulated chain) at the production log level over 400 claims submitted before it starts, so
// every partition's high watermark is final from the first fetch, then one more claim once it has
// caught up. It checks what an operator reads: one "batch settled" line per batch whose counts
// and money add up to the claims decided; the lag gauge at each batch exactly the partition's
// unprocessed rest, and claims_caught_up 0 meanwhile; one "caught up" line after the last batch
// with the gauges at 1 and 0, and a second only after the late claim put serve behind (which
// only the high watermark carried by a fetched message can tell); and no member id, claim id or
// NPI in any line.
func TestServeReportsBatchesLagAndCatchingUp(t *testing.T) {
	const partitions = 4
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	st, rules, claims := startStack(t, ctx, partitions, 401)
	first, late := claims[:400], claims[400]
	submit(t, ctx, st, first)

	var logs lockedBuffer
	reg := prometheus.NewRegistry()
	type atDecided struct {
		ref      adjudicator.BatchRef
		lag      float64
		caughtUp float64
	}
	var (
		mu       sync.Mutex
		decided  []atDecided
		reports  []adjudicator.BatchReport
		finished int
	)
	hook := func(s adjudicator.Stage, b adjudicator.BatchRef) {
		if s != adjudicator.StageDecided {
			return
		}
		lag, ok := testkit.Metric(t, reg, "claims_consumer_lag", "partition", fmt.Sprint(b.Partition))
		if !ok {
			t.Errorf("batch %+v decided with no claims_consumer_lag series for its partition", b)
		}
		up, _ := testkit.Metric(t, reg, "claims_caught_up")
		mu.Lock()
		decided = append(decided, atDecided{b, lag, up})
		mu.Unlock()
	}
	svc, err := service.Open(ctx, st.Config, service.Options{
		Logger: slog.New(slog.NewJSONHandler(&logs, nil)), Registerer: reg,
		Backend: st.Chain.Client(), Signer: st.Chain.Transactor(devstack.AdjudicatorKey), RecorderSigner: st.Chain.Transactor(devstack.RecorderKey), Rules: rules,
		EngineOptions: []adjudicator.Option{
			// Small batches: several per partition, so lag is seen at more than one point.
			adjudicator.WithBatchSize(40), adjudicator.WithLinger(50 * time.Millisecond), adjudicator.WithStageHook(hook),
			adjudicator.WithBatchObserver(func(r adjudicator.BatchReport) {
				mu.Lock()
				reports = append(reports, r)
				finished += r.Claims + r.DeadLetters
				mu.Unlock()
			}),
		},
		IntakeOptions: []intake.Option{intake.WithSessionTimeout(6 * time.Second)},
	})
	if err != nil {
		t.Fatal(err)
	}
	defer svc.Close()
	rctx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- svc.Run(rctx) }()
	caughtUpGauges := func(when string) {
		t.Helper()
		if up, ok := testkit.Metric(t, reg, "claims_caught_up"); !ok || up != 1 {
			t.Errorf("claims_caught_up %v (present %v) %s, want 1", up, ok, when)
		}
		for p := range partitions {
			if lag, ok := testkit.Metric(t, reg, "claims_consumer_lag", "partition", fmt.Sprint(p)); !ok || lag != 0 {
				t.Errorf("claims_consumer_lag{partition=\"%d\"} %v (present %v) %s, want 0", p, lag, ok, when)
			}
		}
	}
	// The observer runs after a batch's line and progress: once it has seen every claim, the
	// caught-up line and gauges are in place.
	waitUntil(t, ctx, func() bool { mu.Lock(); defer mu.Unlock(); return finished >= len(first) })
	caughtUpGauges("with the input drained")
	if n := strings.Count(logs.String(), `"msg":"caught up"`); n != 1 {
		t.Fatalf("%d caught-up lines with the input drained, want 1:\n%s", n, logs.String())
	}
	mu.Lock()
	phase1 := len(decided)
	mu.Unlock()

	submit(t, ctx, st, []adjudicator.Claim{late})
	waitUntil(t, ctx, func() bool { mu.Lock(); defer mu.Unlock(); return finished >= len(claims) })
	caughtUpGauges("with the late claim decided")
	stop()
	if err := <-done; err != nil {
		t.Fatal(err)
	}

	var recs []map[string]any
	for line := range strings.Lines(logs.String()) {
		var rec map[string]any
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatalf("log line %q: %v", line, err)
		}
		recs = append(recs, rec)
	}
	num := func(rec map[string]any, key string) int64 {
		t.Helper()
		v, ok := rec[key].(float64)
		if !ok {
			t.Fatalf("log line %v: no numeric %q", rec, key)
		}
		return int64(v)
	}

	// One line per batch, tiling each partition from 0, adding up to what the engine decided.
	var wantPaid int64
	wantOutcomes := map[adjudicator.Outcome]int64{}
	for _, r := range reports {
		wantPaid += r.PaidCents
		for o, n := range r.Outcomes {
			wantOutcomes[o] += int64(n)
		}
	}
	high := map[int64]int64{} // per partition, where its batches end: its high watermark
	var batchLines, caughtUp []int
	var claimsLogged, paid int64
	outcomes := map[adjudicator.Outcome]int64{}
	for i, rec := range recs {
		switch rec["msg"] {
		case "caught up":
			caughtUp = append(caughtUp, i)
			continue
		case "batch settled":
		default:
			continue
		}
		batchLines = append(batchLines, i)
		p, from, to := num(rec, "partition"), num(rec, "from"), num(rec, "to")
		if from != high[p] || to <= from {
			t.Fatalf("batch line %v: [%d,%d), want it to start at %d", rec, from, to, high[p])
		}
		high[p] = to
		c := num(rec, "claims")
		if c+num(rec, "dead_letters") != to-from {
			t.Errorf("batch line %v: claims and dead letters do not cover [%d,%d)", rec, from, to)
		}
		claimsLogged += c
		paid += num(rec, "paid_cents")
		byOutcome := map[adjudicator.Outcome]string{adjudicator.Approve: "approved", adjudicator.Partial: "partial", adjudicator.Deny: "denied", adjudicator.Pend: "pended"}
		var sum int64
		for o, key := range byOutcome {
			outcomes[o] += num(rec, key)
			sum += num(rec, key)
		}
		if sum != c {
			t.Errorf("batch line %v: outcomes add up to %d, want %d", rec, sum, c)
		}
		if num(rec, "gas") <= 0 || !regexp.MustCompile(`^0x[0-9a-f]{64}$`).MatchString(fmt.Sprint(rec["tx"])) || rec["replay"] != false {
			t.Errorf("batch line %v: want gas, a 0x transaction hash and replay=false", rec)
		}
	}
	var total int64
	for _, h := range high {
		total += h
	}
	if total != int64(len(claims)) || len(batchLines) != len(reports) {
		t.Fatalf("%d batch lines over %d offsets, want %d lines (one per batch) over the %d claims submitted", len(batchLines), total, len(reports), len(claims))
	}
	if claimsLogged != int64(len(claims)) || paid != wantPaid {
		t.Errorf("batch lines: %d claims paying %d cents, want %d paying %d", claimsLogged, paid, len(claims), wantPaid)
	}
	for o, n := range wantOutcomes {
		if outcomes[o] != n {
			t.Errorf("batch lines: %d %s, want %d", outcomes[o], o, n)
		}
	}

	// Caught up twice: after the last of the 400, and after the late claim's batch, the only
	// batch line between the two.
	if len(caughtUp) != 2 {
		t.Fatalf("%d caught-up lines, want exactly 2:\n%s", len(caughtUp), logs.String())
	}
	lastLine := batchLines[len(batchLines)-1]
	if caughtUp[0] < batchLines[len(batchLines)-2] || lastLine < caughtUp[0] || caughtUp[1] < lastLine {
		t.Fatalf("caught-up lines at %d and %d, batch lines at %v: want one after the 400th claim's batch and one after the late claim's", caughtUp[0], caughtUp[1], batchLines)
	}
	for _, i := range caughtUp {
		if up := recs[i]; num(up, "lag") != 0 || fmt.Sprint(up["partitions"]) != "[0 1 2 3]" {
			t.Errorf("caught-up line %v: want partitions [0 1 2 3] and lag 0", up)
		}
	}
	lateLine := recs[lastLine]
	if num(lateLine, "claims") != 1 || num(lateLine, "to")-num(lateLine, "from") != 1 {
		t.Fatalf("the late claim's batch line %v: want one claim", lateLine)
	}

	// Lag while behind. The 400 were all on the broker before serve started, so at each of their
	// batches the gauge is exactly what the partition held from the batch's start on; the late
	// claim's batch was one behind.
	highBefore := maps.Clone(high)
	highBefore[num(lateLine, "partition")]--
	mu.Lock()
	if len(decided) != len(reports) || len(decided) != phase1+1 {
		t.Errorf("%d batches decided (%d before the late claim), %d finished", len(decided), phase1, len(reports))
	}
	for i, d := range decided {
		want := float64(highBefore[int64(d.ref.Partition)] - d.ref.From)
		if i >= phase1 {
			want = 1
		}
		if d.lag != want || want <= 0 {
			t.Errorf("batch %+v: claims_consumer_lag %v when decided, want %v", d.ref, d.lag, want)
		}
		if d.caughtUp != 0 {
			t.Errorf("batch %+v: claims_caught_up %v when decided, want 0", d.ref, d.caughtUp)
		}
	}
	mu.Unlock()

	// No identifier of any submitted claim in any line. Some sample member ids are small
	// integers ("10"), which offsets and counts rightly equal, so a number is exempt only as the
	// value of a field known to hold an offset, a count or a sum; every other value, string or
	// number, is scanned for every id.
	counts := []string{"partition", "from", "to", "watermark", "high_watermark", "claims", "dead_letters",
		"approved", "partial", "denied", "pended", "paid_cents", "gas", "lag", "generation", "attempts", "offset", "committed"}
	secrets := map[string]bool{}
	for _, c := range claims {
		secrets[c.MemberID], secrets[c.ClaimID], secrets[c.BillingNPI], secrets[c.RenderingNPI] = true, true, true, true
	}
	delete(secrets, "")
	var pats []*regexp.Regexp
	for s := range secrets {
		pats = append(pats, regexp.MustCompile(`(^|[^0-9A-Za-z])`+regexp.QuoteMeta(s)+`($|[^0-9A-Za-z])`))
	}
	for _, rec := range recs {
		for k, v := range rec {
			f, isNum := v.(float64)
			if k == "time" || isNum && slices.Contains(counts, k) {
				continue
			}
			text := fmt.Sprint(v)
			if isNum {
				text = fmt.Sprintf("%d", int64(f))
			}
			for _, p := range pats {
				if p.MatchString(text) {
					t.Errorf("log line %v shows %s in %s", rec, p, k)
				}
			}
		}
	}
}
