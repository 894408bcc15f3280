package main

import (
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/claimsledger/claims/adjudicator/config"
)

// tcpProxy forwards a loopback port to a target and can be cut off and restored, like a network
// outage between serve and its JSON-RPC endpoint.
type tcpProxy struct {
	target, addr string

	mu    sync.Mutex
	ln    net.Listener
	conns map[net.Conn]bool
}

func startProxy(t *testing.T, target string) *tcpProxy {
	t.Helper()
	p := &tcpProxy{target: target, conns: map[net.Conn]bool{}}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p.addr = ln.Addr().String()
	p.serve(ln)
	t.Cleanup(p.stop)
	return p
}

func (p *tcpProxy) serve(ln net.Listener) {
	p.mu.Lock()
	p.ln = ln
	p.mu.Unlock()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go p.forward(c)
		}
	}()
}

func (p *tcpProxy) forward(c net.Conn) {
	up, err := net.Dial("tcp", p.target)
	if err != nil {
		c.Close()
		return
	}
	p.mu.Lock()
	p.conns[c], p.conns[up] = true, true
	p.mu.Unlock()
	go func() { _, _ = io.Copy(up, c); up.Close() }()
	_, _ = io.Copy(c, up)
	c.Close()
}

// stop refuses new connections and cuts the open ones.
func (p *tcpProxy) stop() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.ln != nil {
		p.ln.Close()
		p.ln = nil
	}
	for c := range p.conns {
		c.Close()
	}
	p.conns = map[net.Conn]bool{}
}

// restart listens on the same address again.
func (p *tcpProxy) restart(t *testing.T) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		ln, err := net.Listen("tcp", p.addr)
		if err == nil {
			p.serve(ln)
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("proxy: listen again on %s: %v", p.addr, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestOutagesAreWaitedOut cuts serve off from the chain's JSON-RPC, and in another run from
// Redis (eligibility cache and member history), mid-stream for longer than its drain timeout:
// serve must not exit, must finish once the endpoint is back, and the audit must balance.
// Brokers are not cut here: a Kafka client follows the addresses the broker advertises, so a
// proxy in front of the bootstrap address would not cut it off.
func TestOutagesAreWaitedOut(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: builds the binary and runs devnet")
	}
	bin := buildBinary(t)
	for _, tc := range []struct {
		name   string
		target func(config.Config) (string, error)
		point  func(proxy string) map[string]any
	}{
		{"rpc", func(c config.Config) (string, error) {
			u, err := url.Parse(c.RPCURL)
			if err != nil {
				return "", err
			}
			return u.Host, nil
		}, func(proxy string) map[string]any { return map[string]any{"rpc_url": "http://" + proxy} }},
		{"redis", func(c config.Config) (string, error) {
			return c.RedisAddrs[0], nil
		}, func(proxy string) map[string]any { return map[string]any{"redis_addrs": []string{proxy}} }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := devnet(t, bin)
			c, err := config.Load(cfg, nil, nil)
			if err != nil {
				t.Fatal(err)
			}
			target, err := tc.target(c)
			if err != nil {
				t.Fatal(err)
			}
			proxy := startProxy(t, target)
			if err := config.UpdateFile(cfg, tc.point(proxy.addr)); err != nil {
				t.Fatal(err)
			}
			want := submitSample(t, bin, cfg)
			ops := freeAddr(t)
			serve := start(t, bin, nil, "serve", "--config", cfg, "--batch-size", "40", "--linger", "100ms", "--drain-timeout", "2s", "--log-level", "warn",
				"--metrics-addr", ops)
			deadline := time.Now().Add(time.Minute)
			for r, _ := runAudit(t, bin, cfg); r.Decided < 100; r, _ = runAudit(t, bin, cfg) {
				if time.Now().After(deadline) {
					t.Fatalf("serve decided only %d claims in a minute", r.Decided)
				}
				time.Sleep(200 * time.Millisecond)
			}
			proxy.stop()
			// Longer than the drain timeout, which used to bound every batch; the acceptance
			// walk-through (README) cuts the RPC for 120 s by hand.
			outage := 8 * time.Second
			notReady := ""
			for end := time.Now().Add(outage); time.Now().Before(end); time.Sleep(200 * time.Millisecond) {
				select {
				case err := <-serve.done:
					t.Fatalf("serve exited during the %s outage: %v\n%s", tc.name, err, tail(serve.log.String(), 3000))
				default:
				}
				if code, body := readyz(ops); code == http.StatusServiceUnavailable {
					notReady = body
				}
			}
			if notReady == "" {
				t.Fatalf("/readyz never reported the %s outage", tc.name)
			}
			t.Logf("/readyz during the outage: %s", strings.TrimSpace(notReady))
			proxy.restart(t)
			waitDecided(t, bin, cfg, want, 5*time.Minute)
			if code, body := readyz(ops); code != http.StatusOK {
				t.Fatalf("/readyz after the outage: %d %s", code, body)
			}
			_ = serve.cmd.Process.Signal(syscall.SIGTERM)
			if ee := serve.wait(t, time.Minute); ee != nil {
				t.Fatalf("serve after SIGTERM: %v", ee)
			}
			assertBalanced(t, bin, cfg, want)
		})
	}
}

// freeAddr returns a loopback address with a port free a moment ago.
func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// readyz asks serve's /readyz; code 0 when it does not answer.
func readyz(addr string) (int, string) {
	cl := http.Client{Timeout: 2 * time.Second}
	resp, err := cl.Get("http://" + addr + "/readyz")
	if err != nil {
		return 0, err.Error()
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}
