package eligcache_test

import (
	"bytes"
	"context"
	"encoding/hex"
	"io"
	"log/slog"
	"net"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/redis/go-redis/v9"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/eligcache"
	"github.com/claimsledger/claims/adjudicator/eligcache/redistest"
	"github.com/claimsledger/claims/adjudicator/privacy"
)

// mapSource is the coverage source double: a member -> spans map standing
// in for CoverageRegistry, counting reads.
type mapSource struct {
	calls atomic.Int64

	mu    sync.Mutex
	spans map[[32]byte][]adjudicator.Span
	err   error
	gate  *gate
}

func newMapSource() *mapSource { return &mapSource{spans: map[[32]byte][]adjudicator.Span{}} }

func (s *mapSource) Coverage(ctx context.Context, member [32]byte) ([]adjudicator.Span, error) {
	s.calls.Add(1)
	// The answer is taken before blocking, like a chain read at a block
	// that a later CoverageChanged event supersedes.
	s.mu.Lock()
	spans, err, g := slices.Clone(s.spans[member]), s.err, s.gate
	s.mu.Unlock()
	if g != nil {
		if gerr := g.pass(ctx); gerr != nil {
			return nil, gerr
		}
	}
	return spans, err
}

func (s *mapSource) set(member [32]byte, spans ...adjudicator.Span) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.spans[member] = spans
}

func (s *mapSource) setErr(err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.err = err
}

// block makes the next n reads wait, after taking their answer, until the
// returned gate is opened.
func (s *mapSource) block(t testing.TB, n int) *gate {
	t.Helper()
	g := &gate{left: n, entered: make(chan struct{}, n), release: make(chan struct{})}
	s.mu.Lock()
	s.gate = g
	s.mu.Unlock()
	// Never leave a fill goroutine stuck behind a failed test.
	t.Cleanup(g.open)
	return g
}

type gate struct {
	mu      sync.Mutex
	left    int
	entered chan struct{}
	release chan struct{}
	once    sync.Once
}

func (g *gate) pass(ctx context.Context) error {
	g.mu.Lock()
	blocked := g.left > 0
	if blocked {
		g.left--
	}
	g.mu.Unlock()
	if !blocked {
		return nil
	}
	g.entered <- struct{}{}
	select {
	case <-g.release:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// waitEntered waits until n blocked reads are inside the source.
func (g *gate) waitEntered(t testing.TB, n int) {
	t.Helper()
	for range n {
		select {
		case <-g.entered:
		case <-time.After(10 * time.Second):
			t.Fatal("source read never started")
		}
	}
}

func (g *gate) open() { g.once.Do(func() { close(g.release) }) }

// syncBuffer collects log output written from fill goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

type env struct {
	srv   *redistest.Server
	rdb   *redis.Client
	src   *mapSource
	reg   *prometheus.Registry
	logs  *syncBuffer
	cache *eligcache.Cache
}

func newEnv(t testing.TB, opts ...eligcache.Option) *env {
	t.Helper()
	srv := redistest.New(t)
	return newEnvAt(t, srv, srv.Addr(), opts...)
}

// newEnvAt connects to addr, which may be a proxy in front of srv.
func newEnvAt(t testing.TB, srv *redistest.Server, addr string, opts ...eligcache.Option) *env {
	t.Helper()
	e := &env{
		srv:  srv,
		src:  newMapSource(),
		reg:  prometheus.NewRegistry(),
		logs: &syncBuffer{},
	}
	e.rdb = newClient(t, addr)
	log := slog.New(slog.NewTextHandler(e.logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	e.cache = e.newCache(t, append([]eligcache.Option{eligcache.WithRegisterer(e.reg), eligcache.WithLogger(log)}, opts...)...)
	return e
}

// newCache is another Cache on the same Redis and source: a second
// adjudicator instance, with its own singleflight group.
func (e *env) newCache(t testing.TB, opts ...eligcache.Option) *eligcache.Cache {
	t.Helper()
	c, err := eligcache.New(e.rdb, e.src, opts...)
	if err != nil {
		t.Fatalf("eligcache.New: %v", err)
	}
	return c
}

func newClient(t testing.TB, addr string) *redis.Client {
	t.Helper()
	// No command retries and one dial attempt: go-redis's defaults make
	// each failing command take ~1.7s against a dead server, which the
	// outage tests would pay several times over. The package doc
	// recommends few retries in production too.
	c := redis.NewClient(&redis.Options{
		Addr: addr, MaxRetries: -1, DialerRetries: 1,
		DialTimeout: time.Second, ReadTimeout: time.Second, WriteTimeout: time.Second,
	})
	t.Cleanup(func() { c.Close() })
	return c
}

// counter reads a claims_eligcache_* counter through the registry, so it
// also proves the counter is registered under that name.
func (e *env) counter(t testing.TB, name string) float64 {
	t.Helper()
	return gathered(t, e.reg, name)
}

func gathered(t testing.TB, reg prometheus.Gatherer, name string) float64 {
	t.Helper()
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatalf("Gather: %v", err)
	}
	for _, mf := range mfs {
		if mf.GetName() == "claims_eligcache_"+name {
			return mf.GetMetric()[0].GetCounter().GetValue()
		}
	}
	t.Fatalf("counter claims_eligcache_%s not registered", name)
	return 0
}

// waitCounter waits for a counter to reach want: how a test knows every
// concurrent caller has looked in Redis and is waiting on the fill.
func (e *env) waitCounter(t testing.TB, name string, want float64) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for e.counter(t, name) < want {
		if time.Now().After(deadline) {
			t.Fatalf("claims_eligcache_%s = %v, never reached %v", name, e.counter(t, name), want)
		}
		time.Sleep(time.Millisecond)
	}
}

func (e *env) lookup(t testing.TB, member [32]byte) adjudicator.Eligibility {
	t.Helper()
	el, err := e.cache.Eligibility(t.Context(), member)
	if err != nil {
		t.Fatalf("Eligibility: %v", err)
	}
	return el
}

// get returns the raw value under key and whether it exists.
func (e *env) get(t testing.TB, key string) (string, bool) {
	t.Helper()
	v, err := e.rdb.Get(t.Context(), key).Result()
	if err == redis.Nil {
		return "", false
	}
	if err != nil {
		t.Fatalf("GET %s: %v", key, err)
	}
	return v, true
}

var keyer = func() *privacy.Keyer {
	k, err := privacy.NewKeyer(bytes.Repeat([]byte("test-secret-"), 3))
	if err != nil {
		panic(err)
	}
	return k
}()

// keyOf spells out the key format independently of the package.
func keyOf(member [32]byte) string { return "claims:elig:v1:" + hex.EncodeToString(member[:]) }

var (
	planA2025 = adjudicator.Span{PlanID: "PLAN-A", Start: "2025-01-01", End: "2025-12-31"}
	planB2026 = adjudicator.Span{PlanID: "PLAN-B", Start: "2026-01-01", End: "2026-06-30"}
)

// proxy forwards TCP to Redis and can cut every connection and refuse new
// ones: a network partition that, unlike killing the server, keeps the
// data, so the test can bring Redis back.
type proxy struct {
	ln     net.Listener
	target string

	mu    sync.Mutex
	down  bool
	conns map[net.Conn]struct{}
}

func newProxy(t testing.TB, target string) *proxy {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("proxy: %v", err)
	}
	p := &proxy{ln: ln, target: target, conns: map[net.Conn]struct{}{}}
	go p.serve()
	t.Cleanup(func() {
		ln.Close()
		p.setDown(true)
	})
	return p
}

func (p *proxy) addr() string { return p.ln.Addr().String() }

func (p *proxy) serve() {
	for {
		c, err := p.ln.Accept()
		if err != nil {
			return
		}
		p.mu.Lock()
		if p.down {
			p.mu.Unlock()
			c.Close()
			continue
		}
		up, err := net.Dial("tcp", p.target)
		if err != nil {
			p.mu.Unlock()
			c.Close()
			continue
		}
		p.conns[c], p.conns[up] = struct{}{}, struct{}{}
		p.mu.Unlock()
		pipe := func(dst, src net.Conn) {
			io.Copy(dst, src)
			dst.Close()
			src.Close()
		}
		go pipe(up, c)
		go pipe(c, up)
	}
}

func (p *proxy) setDown(down bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.down = down
	if down {
		for c := range p.conns {
			c.Close()
		}
		clear(p.conns)
	}
}
