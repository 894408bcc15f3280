package redistest_test

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/claimsledger/claims/adjudicator/eligcache/redistest"
)

func TestStartServesAndCloseKills(t *testing.T) {
	srv := redistest.New(t)

	c := redis.NewClient(&redis.Options{Addr: srv.Addr(), MaxRetries: -1})
	t.Cleanup(func() { c.Close() })
	ctx := t.Context()
	if err := c.Set(ctx, "k", "v", 0).Err(); err != nil {
		t.Fatalf("SET: %v", err)
	}
	if got, err := c.Get(ctx, "k").Result(); err != nil || got != "v" {
		t.Fatalf("GET = %q, %v; want \"v\"", got, err)
	}
	// Persistence must be off: tests must not leave dump files behind or
	// pay for fsyncs.
	cfg, err := c.ConfigGet(ctx, "*").Result()
	if err != nil {
		t.Fatalf("CONFIG GET: %v", err)
	}
	for k, want := range map[string]string{"save": "", "appendonly": "no", "bind": "127.0.0.1"} {
		if cfg[k] != want {
			t.Errorf("config %s = %q, want %q", k, cfg[k], want)
		}
	}

	if err := srv.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if err := srv.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
	conn, err := net.DialTimeout("tcp", srv.Addr(), time.Second)
	if err == nil {
		conn.Close()
		t.Fatalf("%s still accepts connections after Close", srv.Addr())
	}
}

func TestStartTwiceGivesDistinctServers(t *testing.T) {
	a, b := redistest.New(t), redistest.New(t)
	if a.Addr() == b.Addr() {
		t.Fatalf("both servers on %s", a.Addr())
	}
}

func TestStartHonoursContext(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	s, err := redistest.Start(ctx)
	if err == nil {
		s.Close()
		t.Fatal("Start with a cancelled context succeeded")
	}
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Start error %v, want one wrapping context.Canceled", err)
	}
}

// fakeTB records how New gives up. Fatal and Skip end the goroutine the
// way the real ones do, so code after them in New must not run.
type fakeTB struct {
	testing.TB
	failed, skipped bool
	msg             string
}

func (f *fakeTB) Helper() {}
func (f *fakeTB) Fatal(args ...any) {
	f.failed, f.msg = true, fmt.Sprint(args...)
	runtime.Goexit()
}
func (f *fakeTB) Fatalf(format string, args ...any) { f.Fatal(fmt.Sprintf(format, args...)) }
func (f *fakeTB) Skip(args ...any) {
	f.skipped, f.msg = true, fmt.Sprint(args...)
	runtime.Goexit()
}

func TestNewWithoutRedisServer(t *testing.T) {
	tests := []struct {
		name        string
		skipEnv     string
		wantFailed  bool
		wantSkipped bool
		wantMsg     string
	}{
		{name: "fails by default", skipEnv: "", wantFailed: true, wantMsg: redistest.NotFoundMessage},
		{name: "fails for other values", skipEnv: "true", wantFailed: true, wantMsg: redistest.NotFoundMessage},
		{name: "skips when asked", skipEnv: "1", wantSkipped: true, wantMsg: "redis-server not found and CLAIMS_SKIP_REDIS=1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("PATH", t.TempDir())
			t.Setenv(redistest.SkipEnv, tt.skipEnv)
			f := &fakeTB{TB: t}
			done := make(chan struct{})
			go func() {
				defer close(done)
				redistest.New(f)
				t.Error("New returned without redis-server on PATH")
			}()
			<-done
			if f.failed != tt.wantFailed || f.skipped != tt.wantSkipped {
				t.Errorf("failed=%v skipped=%v, want failed=%v skipped=%v", f.failed, f.skipped, tt.wantFailed, tt.wantSkipped)
			}
			if f.msg != tt.wantMsg {
				t.Errorf("message %q, want %q", f.msg, tt.wantMsg)
			}
		})
	}
}

func TestPasswordAndACLUsers(t *testing.T) {
	srv := redistest.NewWith(t, redistest.Options{Password: "default-pw", Users: []string{"alice on >alice-pw ~* +@all"}})
	ctx := t.Context()
	try := func(user, pass string) error {
		c := redis.NewClient(&redis.Options{Addr: srv.Addr(), Username: user, Password: pass, MaxRetries: -1})
		defer c.Close()
		return c.Set(ctx, "k", "v", 0).Err()
	}
	if err := try("", ""); err == nil || !strings.Contains(err.Error(), "NOAUTH") {
		t.Errorf("no password: %v, want NOAUTH", err)
	}
	if err := try("", "default-pw"); err != nil {
		t.Errorf("requirepass: %v", err)
	}
	if err := try("alice", "alice-pw"); err != nil {
		t.Errorf("ACL user: %v", err)
	}
	if err := try("alice", "nope"); err == nil || !strings.Contains(err.Error(), "WRONGPASS") {
		t.Errorf("ACL user, wrong password: %v, want WRONGPASS", err)
	}
}

func TestTLS(t *testing.T) {
	srv, files := redistest.NewTLS(t, redistest.Options{}, "yes")
	ca, err := os.ReadFile(files.CA)
	if err != nil {
		t.Fatal(err)
	}
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM(ca)
	cert, err := tls.LoadX509KeyPair(files.ClientCert, files.ClientKey)
	if err != nil {
		t.Fatal(err)
	}
	ctx := t.Context()
	ping := func(cfg *tls.Config) error {
		c := redis.NewClient(&redis.Options{Addr: srv.Addr(), TLSConfig: cfg, MaxRetries: -1, DialTimeout: time.Second})
		defer c.Close()
		return c.Ping(ctx).Err()
	}
	if err := ping(&tls.Config{RootCAs: pool, Certificates: []tls.Certificate{cert}}); err != nil {
		t.Fatalf("TLS with a client certificate: %v", err)
	}
	if err := ping(nil); err == nil {
		t.Error("a plaintext client talked to a TLS-only server")
	}
	if err := ping(&tls.Config{RootCAs: pool}); err == nil {
		t.Error("a client without a certificate talked to a server with tls-auth-clients yes")
	}
	if err := ping(&tls.Config{Certificates: []tls.Certificate{cert}}); err == nil {
		t.Error("a client that does not trust the CA talked to the server")
	}
}
