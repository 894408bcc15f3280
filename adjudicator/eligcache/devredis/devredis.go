// Package devredis gives `claims demo` (and devnet) a Redis with nothing
// to install: a real redis-server when one is on PATH, otherwise miniredis
// in process. Tests do not use it; they use redistest, which insists on
// the real server.
package devredis

import (
	"context"
	"errors"
	"fmt"
	"os/exec"
	"sync"

	"github.com/alicebob/miniredis/v2"

	"github.com/claimsledger/claims/adjudicator/eligcache/internal/redisproc"
)

// Backend names what is serving an Instance.
type Backend string

const (
	// RedisServer is a redis-server child process on a loopback port,
	// without persistence.
	RedisServer Backend = "redis-server"
	// Miniredis is github.com/alicebob/miniredis/v2 in this process. It
	// speaks the same protocol and runs the cache's Lua scripts, but it is
	// a stand-in: fine for the demo, not a benchmark of Redis.
	Miniredis Backend = "miniredis"
)

// Instance is a running embedded Redis.
type Instance struct {
	// Addr is host:port on 127.0.0.1, for redis.Options.Addr.
	Addr string
	// Backend is what serves Addr.
	Backend Backend
	// Why explains the choice of Backend, for the demo's startup line.
	Why string

	close     func() error
	closeOnce sync.Once
	closeErr  error
}

// Start runs redis-server from PATH if there is one, and miniredis
// otherwise. A redis-server that is on PATH but fails to start also falls
// back to miniredis, with the failure in Why: the demo should run, and say
// why it is not using the real server. ctx bounds startup only.
func Start(ctx context.Context) (*Instance, error) { return StartWith(ctx, Options{}) }

// Options configure StartWith.
type Options struct {
	// AppendOnly runs a redis-server with its append-only file on (devnet: member history
	// is state). miniredis keeps nothing either way.
	AppendOnly bool
}

// StartWith is Start with options.
func StartWith(ctx context.Context, o Options) (*Instance, error) {
	why := "redis-server found on PATH"
	s, err := redisproc.StartWith(ctx, redisproc.Options{AppendOnly: o.AppendOnly})
	if err == nil {
		if o.AppendOnly {
			why += ", append-only file on"
		}
		return &Instance{Addr: s.Addr(), Backend: RedisServer, Why: why, close: s.Close}, nil
	}
	if ctx.Err() != nil {
		return nil, fmt.Errorf("devredis: %w", err)
	}
	why = fmt.Sprintf("redis-server failed to start (%v)", err)
	if errors.Is(err, exec.ErrNotFound) {
		why = "redis-server not on PATH"
	}

	m := miniredis.NewMiniRedis()
	// Real Redis expires keys as time passes; miniredis only on
	// FastForward unless told otherwise. The cache relies on expiry (fill
	// markers, the TTL), so make it behave like the real thing.
	m.ClockTTL(true)
	if err := m.StartAddr("127.0.0.1:0"); err != nil {
		return nil, fmt.Errorf("devredis: %s, and miniredis failed too: %w", why, err)
	}
	return &Instance{Addr: m.Addr(), Backend: Miniredis, Why: why, close: func() error { m.Close(); return nil }}, nil
}

// Close stops the server. It is safe to call more than once.
func (i *Instance) Close() error {
	i.closeOnce.Do(func() { i.closeErr = i.close() })
	return i.closeErr
}
