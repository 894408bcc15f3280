// Package redisproc runs a throwaway redis-server process on a loopback
// port. It is shared by redistest (integration tests) and devredis (the
// embedded demo), so the demo binary does not have to link package testing.
package redisproc

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Binary is the program looked up on PATH.
const Binary = "redis-server"

// startAttempts bounds retries when the free port we picked is taken by
// someone else before redis-server binds it.
const startAttempts = 3

// defaultReadyTimeout applies when Start's ctx has no deadline, so a wedged
// redis-server cannot hang a test run or the demo forever.
const defaultReadyTimeout = 15 * time.Second

// Server is a running redis-server process without persistence.
type Server struct {
	addr string
	cmd  *exec.Cmd
	dir  string
	out  *bytes.Buffer // read only after exited is closed
	// exited is closed once the process has been reaped.
	exited chan struct{}
	// tlsOnly: the port speaks TLS, so readiness is an accepted connection.
	tlsOnly bool

	closeOnce sync.Once
	closeErr  error
}

// Options add authentication and TLS to the server StartWith runs. The zero
// value is Start's server: no password, plain TCP.
type Options struct {
	// Password, when set, is the default user's password (requirepass).
	Password string
	// Users are ACL users, each as redis-server's user directive takes it,
	// e.g. "alice on >secret ~* +@all" (space-separated rules, so passwords
	// without spaces).
	Users []string
	// TLS, when set, serves TLS only: the port is redis-server's tls-port
	// and no plain TCP port is open.
	TLS *TLS
	// AppendOnly turns on the append-only file (fsync every second) in the
	// server's working directory: member history is state, not cache.
	AppendOnly bool
}

// TLS names the PEM files redis-server serves TLS with.
type TLS struct {
	CertFile, KeyFile string
	// CAFile verifies client certificates; redis-server requires one even
	// when it does not ask clients for certificates.
	CAFile string
	// AuthClients is tls-auth-clients: "yes" (a client certificate is
	// required), "optional" or "no" (the default here).
	AuthClients string
}

func (o Options) args() ([]string, error) {
	var args []string
	if o.Password != "" {
		args = append(args, "--requirepass", o.Password)
	}
	for _, u := range o.Users {
		rules := strings.Fields(u)
		if len(rules) < 2 {
			return nil, fmt.Errorf("redisproc: user %q: want a name and rules", u)
		}
		args = append(args, "--user")
		args = append(args, rules...)
	}
	if o.AppendOnly {
		// Later flags win: these override the defaults start passes first.
		args = append(args, "--appendonly", "yes", "--appendfsync", "everysec")
	}
	if t := o.TLS; t != nil {
		if t.CertFile == "" || t.KeyFile == "" || t.CAFile == "" {
			return nil, errors.New("redisproc: TLS needs a certificate, its key and a CA file")
		}
		auth := t.AuthClients
		if auth == "" {
			auth = "no"
		}
		args = append(args, "--tls-cert-file", t.CertFile, "--tls-key-file", t.KeyFile,
			"--tls-ca-cert-file", t.CAFile, "--tls-auth-clients", auth)
	}
	return args, nil
}

// Start runs redis-server from PATH on 127.0.0.1 with a free port, with
// RDB snapshots and the AOF disabled, and returns once it answers PING.
// ctx bounds startup only: the process lives until Close.
func Start(ctx context.Context) (*Server, error) { return StartWith(ctx, Options{}) }

// StartWith is Start with a password, ACL users or TLS. Readiness is then
// an answer to PING, even "NOAUTH", or, with TLS, an accepted connection.
func StartWith(ctx context.Context, opts Options) (*Server, error) {
	extra, err := opts.args()
	if err != nil {
		return nil, err
	}
	bin, err := exec.LookPath(Binary)
	if err != nil {
		return nil, fmt.Errorf("redisproc: %w", err)
	}
	if _, ok := ctx.Deadline(); !ok {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, defaultReadyTimeout)
		defer cancel()
	}
	var errs []error
	for range startAttempts {
		s, err := start(ctx, bin, extra, opts.TLS != nil)
		if err == nil {
			return s, nil
		}
		errs = append(errs, err)
		if ctx.Err() != nil {
			break
		}
	}
	return nil, fmt.Errorf("redisproc: starting %s: %w", bin, errors.Join(errs...))
}

func start(ctx context.Context, bin string, extra []string, tlsOnly bool) (*Server, error) {
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	// A private working directory: with persistence off nothing should be
	// written, but a stray BGSAVE must not drop dump.rdb into the caller's
	// package directory.
	dir, err := os.MkdirTemp("", "redisproc-")
	if err != nil {
		return nil, fmt.Errorf("creating working directory: %w", err)
	}
	portArgs := []string{"--port", strconv.Itoa(port)}
	if tlsOnly {
		portArgs = []string{"--port", "0", "--tls-port", strconv.Itoa(port)}
	}
	cmd := exec.Command(bin, append(append(portArgs,
		"--bind", "127.0.0.1",
		"--save", "",
		"--appendonly", "no",
		"--dir", dir,
		"--daemonize", "no",
		"--loglevel", "warning",
	), extra...)...)
	out := new(bytes.Buffer)
	cmd.Stdout, cmd.Stderr = out, out
	cmd.SysProcAttr = sysProcAttr()
	if err := cmd.Start(); err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("running redis-server: %w", err)
	}
	s := &Server{
		addr:    net.JoinHostPort("127.0.0.1", strconv.Itoa(port)),
		cmd:     cmd,
		dir:     dir,
		out:     out,
		exited:  make(chan struct{}),
		tlsOnly: tlsOnly,
	}
	go func() {
		// The exit status after Close's kill is always "signal: killed", so
		// only the output is worth keeping for diagnostics.
		_ = cmd.Wait()
		close(s.exited)
	}()
	if err := s.waitReady(ctx); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// freePort asks the kernel for an unused port. It is released before
// redis-server binds it, so another process may take it meanwhile; Start
// retries for that reason.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("finding a free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func (s *Server) waitReady(ctx context.Context) error {
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	var last error
	for {
		select {
		case <-s.exited:
			return fmt.Errorf("redis-server on %s exited during startup: %s", s.addr, strings.TrimSpace(s.out.String()))
		default:
		}
		probe := ping
		if s.tlsOnly {
			probe = accepts
		}
		if last = probe(ctx, s.addr); last == nil {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("redis-server on %s not answering PING: %w (last: %v)", s.addr, ctx.Err(), last)
		case <-s.exited:
		case <-tick.C:
		}
	}
}

// ping speaks just enough RESP to see +PONG; a go-redis client here would
// pull its retry and logging behaviour into a readiness probe.
func ping(ctx context.Context, addr string) error {
	d := net.Dialer{Timeout: 200 * time.Millisecond}
	conn, err := d.DialContext(ctx, "tcp", addr)
	if err != nil {
		return err
	}
	defer conn.Close()
	if err := conn.SetDeadline(time.Now().Add(500 * time.Millisecond)); err != nil {
		return err
	}
	if _, err := conn.Write([]byte("PING\r\n")); err != nil {
		return err
	}
	line, err := bufio.NewReader(conn).ReadString('\n')
	if err != nil {
		return err
	}
	// NOAUTH: a password is required, and the server is up to say so.
	if line = strings.TrimSpace(line); line != "+PONG" && !strings.HasPrefix(line, "-NOAUTH") {
		return fmt.Errorf("PING answered %q", line)
	}
	return nil
}

// accepts is the readiness probe of a TLS-only server: redis-server listens
// once it is ready to serve, and a handshake would need the test's CA.
func accepts(ctx context.Context, addr string) error {
	d := net.Dialer{Timeout: 200 * time.Millisecond}
	conn, err := d.DialContext(ctx, "tcp", addr)
	if err != nil {
		return err
	}
	return conn.Close()
}

// Addr is host:port of the server, for redis.Options.Addr.
func (s *Server) Addr() string { return s.addr }

// Close kills the process, waits for it to exit and removes its working
// directory. It is safe to call more than once; every call returns the
// first call's result.
func (s *Server) Close() error {
	s.closeOnce.Do(func() {
		// SIGKILL: there is no data worth a graceful shutdown, and tests
		// that simulate "Redis went away" want it gone at once.
		if err := s.cmd.Process.Kill(); err != nil && !errors.Is(err, os.ErrProcessDone) {
			s.closeErr = fmt.Errorf("redisproc: killing redis-server on %s: %w", s.addr, err)
		}
		<-s.exited
		if err := os.RemoveAll(s.dir); err != nil && s.closeErr == nil {
			s.closeErr = fmt.Errorf("redisproc: removing %s: %w", s.dir, err)
		}
	})
	return s.closeErr
}
