// Package redistest runs a real redis-server for integration tests, the way
// net/http/httptest runs a real HTTP server: tests talk to the same
// protocol implementation production does, not a fake.
package redistest

import (
	"context"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/claimsledger/claims/adjudicator/eligcache/internal/redisproc"
	"github.com/claimsledger/claims/adjudicator/internal/testpki"
)

// Server is a running redis-server on 127.0.0.1 without persistence.
// Addr gives its host:port; Close kills it and waits for it to exit.
type Server = redisproc.Server

// Options add a password (requirepass), ACL users and TLS to the server:
// see NewWith.
type Options = redisproc.Options

// TLS names the PEM files a TLS server uses.
type TLS = redisproc.TLS

// NotFoundMessage is how New fails when redis-server is not on PATH.
const NotFoundMessage = "redis-server not found: run make test (it installs redis-server) or apt-get install -y redis-server"

// SkipEnv, set to "1", turns New's failure on a missing redis-server into a
// skip, for machines that deliberately run without Redis.
const SkipEnv = "CLAIMS_SKIP_REDIS"

// startTimeout bounds how long New waits for the server to answer PING.
const startTimeout = 15 * time.Second

// Start runs redis-server from PATH on a free loopback port with
// persistence off (--save "" --appendonly no) and returns once it answers
// PING. ctx bounds startup only. The caller must Close the server.
func Start(ctx context.Context) (*Server, error) { return redisproc.Start(ctx) }

// StartWith is Start with the given password, ACL users or TLS.
func StartWith(ctx context.Context, opts Options) (*Server, error) {
	return redisproc.StartWith(ctx, opts)
}

// New starts a server for the test and closes it in t.Cleanup.
//
// A missing redis-server fails the test rather than skipping it: a skipped
// integration test looks green in CI while testing nothing. Set
// CLAIMS_SKIP_REDIS=1 to skip instead.
func New(t testing.TB) *Server {
	t.Helper()
	return NewWith(t, Options{})
}

// NewWith is New with a password (requirepass), ACL users or TLS; with
// TLS, Addr is the TLS port and no plain port is open.
func NewWith(t testing.TB, opts Options) *Server {
	t.Helper()
	if _, err := exec.LookPath(redisproc.Binary); err != nil {
		if os.Getenv(SkipEnv) == "1" {
			t.Skip("redis-server not found and " + SkipEnv + "=1")
		}
		t.Fatal(NotFoundMessage)
	}
	ctx, cancel := context.WithTimeout(t.Context(), startTimeout)
	defer cancel()
	s, err := StartWith(ctx, opts)
	if err != nil {
		t.Fatalf("redistest: %v", err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("redistest: %v", err)
		}
	})
	return s
}

// TLSFiles are the PEM files NewTLS made: the CA that signed the server's
// certificate (what a client trusts) and a client certificate and key from
// the same CA (mode 0600).
type TLSFiles struct {
	CA, ClientCert, ClientKey string
}

// NewTLS is NewWith serving TLS only, with a certificate for 127.0.0.1 and
// localhost from a CA made for the test; authClients is tls-auth-clients
// ("no", "optional" or "yes"). It skips the test when redis-server was built
// without TLS, saying so.
func NewTLS(t testing.TB, opts Options, authClients string) (*Server, TLSFiles) {
	t.Helper()
	if _, err := exec.LookPath(redisproc.Binary); err != nil {
		NewWith(t, opts) // fails or skips as New does
	}
	ca, err := testpki.NewCA("redistest CA")
	if err != nil {
		t.Fatal(err)
	}
	server, err := ca.Server()
	if err != nil {
		t.Fatal(err)
	}
	client, err := ca.Client("redistest client")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	sf, err := ca.WriteFiles(dir, "server", server)
	if err != nil {
		t.Fatal(err)
	}
	cf, err := ca.WriteFiles(dir, "client", client)
	if err != nil {
		t.Fatal(err)
	}
	opts.TLS = &TLS{CertFile: sf.Cert, KeyFile: sf.Key, CAFile: sf.CA, AuthClients: authClients}
	ctx, cancel := context.WithTimeout(t.Context(), startTimeout)
	defer cancel()
	s, err := StartWith(ctx, opts)
	if err != nil {
		if msg := err.Error(); strings.Contains(msg, "Bad directive") && strings.Contains(msg, "tls") {
			t.Skipf("redis-server on PATH was built without TLS support (BUILD_TLS=no), so TLS cannot be tested: %v", err)
		}
		t.Fatalf("redistest: %v", err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("redistest: %v", err)
		}
	})
	return s, TLSFiles{CA: sf.CA, ClientCert: cf.Cert, ClientKey: cf.Key}
}
