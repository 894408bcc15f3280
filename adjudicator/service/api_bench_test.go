package service_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/apikeys"
	"github.com/claimsledger/claims/adjudicator/devstack"
	"github.com/claimsledger/claims/adjudicator/sample"
	"github.com/claimsledger/claims/adjudicator/service"
)

// The load BenchmarkAPIProduceToDecision offers; pass them after the package, e.g.
// -latency.duration=60s.
var (
	latRate     = flag.Float64("latency.rate", 100, "BenchmarkAPIProduceToDecision: claims offered per second")
	latDuration = flag.Duration("latency.duration", 20*time.Second, "BenchmarkAPIProduceToDecision: how long each iteration offers claims")
	latWarmup   = flag.Duration("latency.warmup", 3*time.Second, "BenchmarkAPIProduceToDecision: load offered, and not counted, before measuring")
	latClients  = flag.Int("latency.clients", 500, "BenchmarkAPIProduceToDecision: concurrent HTTP clients; a send that finds none free is missed")
	// What-ifs; the defaults are devnet's and serve's.
	latLinger = flag.Duration("latency.linger", 0, "BenchmarkAPIProduceToDecision: the engine's linger (0: serve's default, 250ms)")
	latBlock  = flag.Duration("latency.block", 0, "BenchmarkAPIProduceToDecision: the dev chain's block interval (0: devnet's, 100ms)")
	latLog    = flag.Bool("latency.log", false, "BenchmarkAPIProduceToDecision: log the stack's and the engine's warnings to stderr")
)

// latWait is the ?wait= of every POST: the API's maximum.
const latWait = 30 * time.Second

// BenchmarkAPIProduceToDecision measures produce-to-decision latency through the provider API
// at a fixed offered rate, on a stack shaped like devnet + serve: 4 partitions, a block every
// 100 ms, the chain reached over JSON-RPC, Redis with its append-only file, the engine with
// serve's defaults (batches of up to 500, linger 250 ms) and the API in the same process.
//
// Each claim of the bundled sample (file order, cycled; its claim id suffixed per send, so none
// is a resubmission) is POSTed alone with ?wait=30s under its own billing NPI, which has an API
// key: the load is open-loop, one send every 1/rate s from a pool of clients, and a send that
// finds every client busy is counted as missed, not delayed. A claim's latency is from sending
// the POST to reading the 200 that carries its decision; a 202 (no decision within 30 s) is a
// timeout. The metrics are over every iteration; an iteration is one -latency.duration of load
// (20 s by default) on the same stack, so the default -benchtime runs one, and -benchtime=3x
// three. rules_us/claim is the baseline, measured in the same run: the same evaluator deciding
// the same claims in the same order, called directly as the adjudicator/rules benchmarks do.
//
//	go test -run '^$' -bench APIProduceToDecision -count 3 ./adjudicator/service/
//
// The log gives where the time goes, stage by stage, from the engine's stage hook and batch
// observer.
func BenchmarkAPIProduceToDecision(b *testing.B) {
	if testing.Short() {
		b.Skip("starts a dev stack and offers load for tens of seconds")
	}
	rate, dur := *latRate, *latDuration
	if rate <= 0 || dur <= 0 || *latClients <= 0 || *latWarmup < 0 {
		b.Fatalf("latency flags: rate %v, duration %s, clients %d, warmup %s: want positive", rate, dur, *latClients, *latWarmup)
	}
	perIter, warm := int(rate*dur.Seconds()), int(rate*latWarmup.Seconds())
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	log := slog.New(slog.DiscardHandler)
	if *latLog {
		log = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	}
	st, err := devstack.Start(ctx, devstack.Options{Partitions: 4, RPCAddr: "127.0.0.1:0", PersistRedis: true, BlockInterval: *latBlock, Logger: log})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(st.Close)
	cfg := st.Config
	if cfg.BatchSize != 500 || cfg.Linger != 250*time.Millisecond {
		b.Fatalf("dev stack config: batch size %d, linger %s; want serve's defaults 500 and 250ms", cfg.BatchSize, cfg.Linger)
	}
	if *latLinger > 0 {
		cfg.Linger = *latLinger
	}
	rules, err := service.NewRules(ctx, cfg, log)
	if err != nil {
		b.Fatal(err)
	}
	claims, err := sample.Claims()
	if err != nil {
		b.Fatal(err)
	}
	elig, err := sample.Eligibility()
	if err != nil {
		b.Fatal(err)
	}
	// The k-th claim sent: the sample in file order, cycled, its id made unique. Each pass after
	// the first charges a cent more per line than the one before, so that a claim sent again is
	// a new service, not a duplicate of the first pass's (claims.duplicates matches the charge):
	// the engine decides it in full, as the rules baseline does.
	claimAt := func(k int) adjudicator.Claim {
		c := claims[k%len(claims)]
		c.ClaimID = fmt.Sprintf("%s-L%06d", c.ClaimID, k)
		if pass := int64(k / len(claims)); pass > 0 {
			c.Lines = slices.Clone(c.Lines)
			for i := range c.Lines {
				c.Lines[i].ChargeCents += pass
			}
		}
		return c
	}

	// The baseline: the first iteration's claims decided by the evaluator alone, each with the
	// history it has when the engine decides it (the warm-up's and earlier claims' decisions).
	seq := make([]adjudicator.Claim, warm+perIter)
	for k := range seq {
		seq[k] = claimAt(k)
	}
	rulesPerClaim := rulesBaseline(b, ctx, rules, seq, warm, elig)

	// Every billing NPI of the sample gets a key: each claim goes in under its own provider,
	// and no provider comes near the API's rate limit (the busiest bills 4.5% of the sample).
	rdb := redis.NewClient(&redis.Options{Addr: st.Redis.Addr})
	defer rdb.Close()
	store, err := apikeys.New(rdb)
	if err != nil {
		b.Fatal(err)
	}
	keys := map[string]string{}
	for _, c := range claims {
		if _, ok := keys[c.BillingNPI]; ok {
			continue
		}
		if keys[c.BillingNPI], _, err = store.Issue(ctx, c.BillingNPI); err != nil {
			b.Fatal(err)
		}
	}

	tr := &tracker{batches: map[adjudicator.BatchRef]*batchTimes{}, decideStart: map[string]time.Time{}, batchOf: map[string]adjudicator.BatchRef{}}
	timed := &timedRules{Rules: rules, tr: tr, spent: map[string]time.Duration{}}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	cfg.APIAddr = l.Addr().String()
	l.Close()
	// No Backend: the engine dials the chain's JSON-RPC endpoint, as serve does on devnet.
	svc, err := service.Open(ctx, cfg, service.Options{
		Logger: log, Signer: st.Chain.Transactor(devstack.AdjudicatorKey), RecorderSigner: st.Chain.Transactor(devstack.RecorderKey), Rules: timed,
		EngineOptions: []adjudicator.Option{adjudicator.WithStageHook(tr.stage), adjudicator.WithBatchObserver(tr.observe)},
	})
	if err != nil {
		b.Fatal(err)
	}
	defer svc.Close()
	rctx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- svc.Run(rctx) }()
	defer func() {
		stop()
		if err := <-done; err != nil {
			b.Error(err)
		}
	}()
	url := "http://" + cfg.APIAddr
	ready := time.Now().Add(time.Minute)
	for {
		resp, err := http.Get(url + "/readyz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				break
			}
		}
		if time.Now().After(ready) {
			b.Fatalf("the engine is not ready after a minute: %v", err)
		}
		time.Sleep(50 * time.Millisecond)
	}

	client := &http.Client{
		Timeout:   latWait + 15*time.Second,
		Transport: &http.Transport{MaxIdleConns: *latClients, MaxIdleConnsPerHost: *latClients, IdleConnTimeout: time.Minute},
	}
	defer client.CloseIdleConnections()
	ld := &loader{client: client, url: url, keys: keys, claimAt: claimAt, clients: make(chan struct{}, *latClients)}
	// The warm-up fills the eligibility cache, opens connections and runs the first batches;
	// its answers are not counted.
	if warm > 0 {
		w := ld.offer(ctx, rate, warm)
		if bad := w.count(func(s *shot) bool { return !s.decided }); bad > 0 {
			b.Logf("warm-up: %d of %d claims not decided in time (missed, timed out or failed)", bad, warm)
		}
	}

	var runs []*offered
	for b.Loop() {
		runs = append(runs, ld.offer(ctx, rate, perIter))
	}
	b.StopTimer()
	report(b, runs, tr, timed, cfg.Linger, rulesPerClaim)
}

// rulesBaseline decides seq in order with the history each claim has at its turn (prepared
// untimed, as BenchmarkDecideTuva does), then times Decide on seq[from:] alone.
func rulesBaseline(b *testing.B, ctx context.Context, rules adjudicator.Rules, seq []adjudicator.Claim, from int, elig map[string][]adjudicator.Span) time.Duration {
	b.Helper()
	type prepared struct {
		claim adjudicator.Claim
		facts adjudicator.Facts
	}
	hist := &adjudicator.MemoryHistory{}
	var timed []prepared
	for i := range seq {
		c := &seq[i]
		member := adjudicator.Hash(sha256.Sum256([]byte(c.MemberID)))
		pos := adjudicator.Position{Offset: int64(i)}
		entries, err := hist.Entries(ctx, member)
		if err != nil {
			b.Fatal(err)
		}
		f := adjudicator.Facts{Eligibility: adjudicator.Eligibility{Spans: elig[c.MemberID]}, History: adjudicator.HistoryBefore(entries, pos)}
		d, err := rules.Decide(ctx, c, f)
		if err != nil {
			b.Fatalf("baseline: claim %d: %v", i, err)
		}
		if err := hist.Put(ctx, member, []adjudicator.HistoryEntry{adjudicator.NewHistoryEntry(pos, c, &d, f.Eligibility)}); err != nil {
			b.Fatal(err)
		}
		if i >= from {
			timed = append(timed, prepared{*c, f})
		}
	}
	runtime.GC()
	start := time.Now()
	for i := range timed {
		if _, err := rules.Decide(ctx, &timed[i].claim, timed[i].facts); err != nil {
			b.Fatal(err)
		}
	}
	return time.Since(start) / time.Duration(len(timed))
}

// shot is one claim sent.
type shot struct {
	claimID        string
	sent, answered time.Time
	missed         bool // every client was busy: not sent
	code           int
	decided        bool // a 200 with the claim's decision
	err            string
}

// offered is one stretch of load.
type offered struct {
	shots      []shot
	start, end time.Time // the first send and the last one
}

func (o *offered) count(f func(*shot) bool) int {
	n := 0
	for i := range o.shots {
		if f(&o.shots[i]) {
			n++
		}
	}
	return n
}

// loader offers claims open-loop: the k-th send is due k/rate after the start, whatever the
// answers to earlier ones are doing.
type loader struct {
	client  *http.Client
	url     string
	keys    map[string]string
	claimAt func(k int) adjudicator.Claim
	clients chan struct{} // a token per concurrent client
	next    int           // the next claim to send
}

func (l *loader) offer(ctx context.Context, rate float64, n int) *offered {
	interval := time.Duration(float64(time.Second) / rate)
	o := &offered{shots: make([]shot, n)}
	var wg sync.WaitGroup
	tick := time.NewTicker(min(interval, 10*time.Millisecond))
	defer tick.Stop()
	o.start = time.Now()
	for i := 0; i < n; {
		// Every send due by now goes now: a late tick (a busy machine) is caught up, not dropped.
		for due := min(n, int(time.Since(o.start)/interval)+1); i < due; i++ {
			c := l.claimAt(l.next)
			l.next++
			s := &o.shots[i]
			s.claimID = c.ClaimID
			select {
			case l.clients <- struct{}{}:
				wg.Add(1)
				go func() {
					defer wg.Done()
					defer func() { <-l.clients }()
					l.send(ctx, s, c)
				}()
			default:
				s.missed = true
			}
			o.end = time.Now()
		}
		if i < n {
			<-tick.C
		}
	}
	wg.Wait()
	return o
}

// send POSTs c alone with ?wait= and records when its answer came and whether it held the
// decision.
func (l *loader) send(ctx context.Context, s *shot, c adjudicator.Claim) {
	body, err := json.Marshal([]adjudicator.Claim{c})
	if err != nil {
		s.err = err.Error()
		return
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, l.url+"/v1/claims?wait="+latWait.String(), bytes.NewReader(body))
	if err != nil {
		s.err = err.Error()
		return
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+l.keys[c.BillingNPI])
	s.sent = time.Now()
	resp, err := l.client.Do(req)
	if err != nil {
		s.err = err.Error()
		return
	}
	raw, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	s.answered, s.code = time.Now(), resp.StatusCode
	if err != nil {
		s.err = err.Error()
		return
	}
	var a struct {
		Claims []struct {
			ClaimID string          `json:"claim_id"`
			Status  string          `json:"status"`
			Decided json.RawMessage `json:"decided"`
		} `json:"claims"`
	}
	if err := json.Unmarshal(raw, &a); err != nil {
		s.err = fmt.Sprintf("%d: %v", resp.StatusCode, err)
		return
	}
	switch {
	case resp.StatusCode == http.StatusOK && len(a.Claims) == 1 && len(a.Claims[0].Decided) > 0 && string(a.Claims[0].Decided) != "null":
		s.decided = true
	case resp.StatusCode == http.StatusAccepted && len(a.Claims) == 1 && a.Claims[0].Status == "accepted":
		// Not decided within the wait: a timeout.
	default:
		s.err = fmt.Sprintf("%d: %.200s", resp.StatusCode, raw)
	}
}

// tracker records when each batch reached each stage, from the engine's stage hook, batch
// observer and rules.
type tracker struct {
	mu          sync.Mutex
	batches     map[adjudicator.BatchRef]*batchTimes
	decideStart map[string]time.Time // by claim id: when the engine asked the rules about it
	batchOf     map[string]adjudicator.BatchRef
}

type batchTimes struct {
	decideStart                                    time.Time // the first Decide of the batch
	decided, settled, published, committed, report time.Time
	claims                                         int
}

func (t *tracker) batch(ref adjudicator.BatchRef) *batchTimes {
	bt := t.batches[ref]
	if bt == nil {
		bt = &batchTimes{}
		t.batches[ref] = bt
	}
	return bt
}

func (t *tracker) stage(s adjudicator.Stage, ref adjudicator.BatchRef) {
	now := time.Now()
	t.mu.Lock()
	defer t.mu.Unlock()
	bt := t.batch(ref)
	switch s {
	case adjudicator.StageDecided:
		bt.decided = now
	case adjudicator.StageSettled:
		bt.settled = now
	case adjudicator.StagePublished:
		bt.published = now
	case adjudicator.StageCommitted:
		bt.committed = now
	}
}

// observe runs before the API's status observer (service.Open appends that one last): report
// is when the status write starts.
func (t *tracker) observe(r adjudicator.BatchReport) {
	now := time.Now()
	t.mu.Lock()
	defer t.mu.Unlock()
	bt := t.batch(r.Batch)
	bt.report, bt.claims = now, r.Claims
	for _, d := range r.Decisions {
		t.batchOf[d.ClaimID] = r.Batch
		if s, ok := t.decideStart[d.ClaimID]; ok && (bt.decideStart.IsZero() || s.Before(bt.decideStart)) {
			bt.decideStart = s
		}
	}
}

// timedRules records when the engine decides each claim and how long the rules take.
type timedRules struct {
	adjudicator.Rules
	tr *tracker
	mu sync.Mutex
	// spent is the rules' time by claim id.
	spent map[string]time.Duration
}

func (r *timedRules) Decide(ctx context.Context, c *adjudicator.Claim, f adjudicator.Facts) (adjudicator.Decision, error) {
	start := time.Now()
	d, err := r.Rules.Decide(ctx, c, f)
	spent := time.Since(start)
	r.tr.mu.Lock()
	r.tr.decideStart[c.ClaimID] = start
	r.tr.mu.Unlock()
	r.mu.Lock()
	r.spent[c.ClaimID] = spent
	r.mu.Unlock()
	return d, err
}

// report turns the runs into metrics, and logs where the time went.
func report(b *testing.B, runs []*offered, tr *tracker, timed *timedRules, linger, rulesPerClaim time.Duration) {
	b.Helper()
	var lat []time.Duration
	var offeredN, decided, timeouts, failed, missed int
	var offeredFor, decidedFor time.Duration
	var firstErrs []string
	for _, o := range runs {
		offeredN += len(o.shots)
		// n sends span n-1 intervals: the rate is over the intervals.
		offeredFor += o.end.Sub(o.start) + o.end.Sub(o.start)/time.Duration(max(len(o.shots)-1, 1))
		var first, last time.Time
		n := 0
		for i := range o.shots {
			s := &o.shots[i]
			switch {
			case s.missed:
				missed++
			case s.decided:
				decided++
				n++
				lat = append(lat, s.answered.Sub(s.sent))
				if first.IsZero() || s.answered.Before(first) {
					first = s.answered
				}
				if s.answered.After(last) {
					last = s.answered
				}
			case s.err == "" && s.code == http.StatusAccepted:
				timeouts++
			default:
				failed++
				if len(firstErrs) < 3 {
					firstErrs = append(firstErrs, s.err)
				}
			}
		}
		// The rate decisions came back at, from the first answer to the last: in step with the
		// offered rate when the engine keeps up, whatever the latency.
		if n > 1 {
			decidedFor += last.Sub(first) * time.Duration(n) / time.Duration(n-1)
		}
	}
	if len(firstErrs) > 0 {
		b.Logf("%d failed requests, e.g. %q", failed, firstErrs)
	}
	if len(lat) == 0 {
		b.Fatal("no claim was decided in time")
	}
	slices.Sort(lat)
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	p50 := pct(lat, 50)
	b.ReportMetric(ms(p50), "p50_ms")
	b.ReportMetric(ms(pct(lat, 90)), "p90_ms")
	b.ReportMetric(ms(pct(lat, 99)), "p99_ms")
	b.ReportMetric(ms(lat[len(lat)-1]), "max_ms")
	b.ReportMetric(float64(offeredN)/offeredFor.Seconds(), "claims_per_s_offered")
	if decidedFor > 0 {
		b.ReportMetric(float64(decided)/decidedFor.Seconds(), "claims_per_s_decided")
	}
	b.ReportMetric(float64(timeouts), "timeouts")
	b.ReportMetric(float64(missed), "missed_sends")
	b.ReportMetric(float64(failed), "errors")
	b.ReportMetric(float64(rulesPerClaim.Nanoseconds())/1000, "rules_us/claim")
	b.ReportMetric(float64(p50)/float64(rulesPerClaim), "p50_x_rules")

	// Where the time goes, claim by claim, from the engine's stage times of the claim's batch.
	tr.mu.Lock()
	defer tr.mu.Unlock()
	type span struct {
		name string
		d    []time.Duration
	}
	spans := []*span{
		{name: "send -> linger start: HTTP, produce, fetch, the partition's batch in flight"},
		{name: "linger (cut short for claims arriving during it)"},
		{name: "decide the batch: eligibility, history, rules"},
		{name: "settle: estimate gas, send, mine (100 ms blocks), receipt poll (receipt_poll)"},
		{name: "record history, publish decisions, commit offsets"},
		{name: "status write, API wait loop (25 ms poll), answer"},
		{name: "total"},
	}
	var batches []*batchTimes
	seen := map[*batchTimes]bool{}
	type slowRow struct {
		at    time.Duration // sent, from the start of its iteration
		parts []time.Duration
		ref   adjudicator.BatchRef
	}
	var slow []slowRow
	var inEngine time.Duration // the rules' time inside the engine, for the claims answered
	timed.mu.Lock()
	defer timed.mu.Unlock()
	for _, o := range runs {
		for i := range o.shots {
			s := &o.shots[i]
			if !s.decided {
				continue
			}
			inEngine += timed.spent[s.claimID]
			ref, ok := tr.batchOf[s.claimID]
			bt := tr.batches[ref]
			if !ok || bt == nil || bt.decideStart.IsZero() || bt.decided.IsZero() || bt.settled.IsZero() || bt.published.IsZero() || bt.committed.IsZero() || bt.report.IsZero() {
				continue
			}
			if !seen[bt] {
				seen[bt] = true
				batches = append(batches, bt)
			}
			lingerStart := bt.decideStart.Add(-linger)
			arrived := s.sent
			if lingerStart.After(arrived) {
				arrived = lingerStart
			}
			parts := []time.Duration{
				lingerStart.Sub(s.sent), bt.decideStart.Sub(arrived), bt.decided.Sub(bt.decideStart), bt.settled.Sub(bt.decided),
				bt.committed.Sub(bt.settled), s.answered.Sub(bt.committed), s.answered.Sub(s.sent),
			}
			for k, d := range parts {
				spans[k].d = append(spans[k].d, max(d, 0))
			}
			slow = append(slow, slowRow{at: s.sent.Sub(o.start), parts: parts, ref: ref})
		}
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, "rules alone %.0f µs/claim, in the engine under load %.0f µs/claim; %d claims decided in %d batches",
		float64(rulesPerClaim.Microseconds()), float64(inEngine.Microseconds())/float64(len(lat)), len(lat), len(batches))
	if len(batches) > 0 {
		sizes := make([]time.Duration, len(batches)) // claims per batch, as durations to reuse pct
		cycle := make([]time.Duration, len(batches))
		for i, bt := range batches {
			sizes[i], cycle[i] = time.Duration(bt.claims), bt.report.Sub(bt.decideStart.Add(-linger))
		}
		slices.Sort(sizes)
		slices.Sort(cycle)
		fmt.Fprintf(&sb, " (median %d claims; a batch's life from linger start to status write: median %.0f ms, p90 %.0f ms)",
			pct(sizes, 50), ms(pct(cycle, 50)), ms(pct(cycle, 90)))
	}
	fmt.Fprintf(&sb, "\n%-80s %6s %6s %6s %6s", "per claim, ms", "p50", "p90", "p99", "mean")
	for _, sp := range spans {
		if len(sp.d) == 0 {
			continue
		}
		var sum time.Duration
		for _, d := range sp.d {
			sum += d
		}
		slices.Sort(sp.d)
		fmt.Fprintf(&sb, "\n%-80s %6.0f %6.0f %6.0f %6.0f", sp.name, ms(pct(sp.d, 50)), ms(pct(sp.d, 90)), ms(pct(sp.d, 99)), ms(sum/time.Duration(len(sp.d))))
	}
	// The slowest claims, stage by stage in the order above: what a tail is made of. On one line:
	// the testing package keeps 10 lines of a benchmark's log.
	slices.SortFunc(slow, func(x, y slowRow) int { return int(y.parts[len(y.parts)-1] - x.parts[len(x.parts)-1]) })
	sb.WriteString("\nslowest, ms by stage:")
	for i, r := range slow[:min(len(slow), 3)] {
		if i > 0 {
			sb.WriteString(";")
		}
		fmt.Fprintf(&sb, " sent at %.1fs, partition %d [%d,%d):", r.at.Seconds(), r.ref.Partition, r.ref.From, r.ref.To)
		for _, d := range r.parts {
			fmt.Fprintf(&sb, " %.0f", ms(d))
		}
	}
	b.Log(sb.String())
}

// pct is the p-th percentile of sorted (nearest rank).
func pct(sorted []time.Duration, p int) time.Duration {
	i := (len(sorted)*p + 99) / 100
	return sorted[min(max(i-1, 0), len(sorted)-1)]
}
