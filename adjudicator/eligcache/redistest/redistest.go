// Package redistest runs a real redis-server for integration tests, the way
// net/http/httptest runs a real HTTP server: tests talk to the same
// protocol implementation production does, not a fake.
package redistest

import (
	"context"
	"os"
	"os/exec"
	"testing"
	"time"

	"github.com/claimsledger/claims/adjudicator/eligcache/internal/redisproc"
)

// Server is a running redis-server on 127.0.0.1 without persistence.
// Addr gives its host:port; Close kills it and waits for it to exit.
type Server = redisproc.Server

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

// New starts a server for the test and closes it in t.Cleanup.
//
// A missing redis-server fails the test rather than skipping it: a skipped
// integration test looks green in CI while testing nothing. Set
// CLAIMS_SKIP_REDIS=1 to skip instead.
func New(t testing.TB) *Server {
	t.Helper()
	if _, err := exec.LookPath(redisproc.Binary); err != nil {
		if os.Getenv(SkipEnv) == "1" {
			t.Skip("redis-server not found and " + SkipEnv + "=1")
		}
		t.Fatal(NotFoundMessage)
	}
	ctx, cancel := context.WithTimeout(t.Context(), startTimeout)
	defer cancel()
	s, err := Start(ctx)
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
