// Package console is the fraud analysts' web console, served by `claims serve` at /console:
// the review queue, a claim's page (its lines, flags, codes and where it stands on chain), the
// approvals and denials (signed with the analyst's own key, the same on-chain resolution as
// `claims review`), and a dashboard.
//
// Server-rendered HTML (html/template) that works without JavaScript; the vendored htmx only
// enhances it. Sessions are cookies whose data lives in Redis; every state-changing request
// passes http.CrossOriginProtection. Every look at a claim's page is recorded on the access
// topic before the page is rendered, and a look that cannot be recorded is a 503.
package console

import (
	"context"
	"crypto/ecdsa"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"math/big"
	"net/http"
	"sync"
	"time"

	"github.com/alexedwards/scs/v2"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/go-chi/httprate"
	"github.com/redis/go-redis/v9"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/analysts"
	"github.com/claimsledger/claims/adjudicator/service"
	"github.com/claimsledger/claims/adjudicator/x12codes"
)

// Prefix is where serve mounts the console.
const Prefix = "/console"

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Analysts checks an analyst's password by unlocking their key (analysts.Dir).
type Analysts interface {
	Unlock(name, password string) (analysts.Analyst, *ecdsa.PrivateKey, error)
}

// Reviews opens the review: read-only with a nil signer, else signing resolutions with it.
type Reviews func(ctx context.Context, signer *bind.TransactOpts) (*service.Review, error)

// Options wire a Server.
type Options struct {
	Analysts Analysts
	// Redis keeps the sessions.
	Redis redis.UniversalClient
	// Reviews opens the review; ChainID is what analysts' transactions are signed for.
	Reviews Reviews
	ChainID *big.Int
	// Access records every look at a claim's page before it is rendered. Required.
	Access service.AccessRecorder
	// Explain is an evaluator with the rules' explanations on (rules.WithExplain), for the rule
	// trace of a claim; nil: no trace.
	Explain func() (adjudicator.Rules, error)
	// Codes describes CARC and RARC codes; nil shows bare codes.
	Codes *x12codes.Codes
	// SecureCookie marks the session cookie Secure: set when the console is served over TLS.
	SecureCookie bool
	// CacheFor is how long a read-only review is reused across pages (default 5s): opening one
	// reads the chain and the whole decisions topic. A decision drops it at once.
	CacheFor time.Duration
	// IdleTimeout and Lifetime bound a session and the key it unlocked (default 30m and 8h).
	IdleTimeout, Lifetime time.Duration
	// LoginRate is how many login attempts one client address may make a minute (default 10).
	LoginRate int
	Logger    *slog.Logger
}

// Server is the console.
type Server struct {
	o        Options
	log      *slog.Logger
	sessions *scs.SessionManager
	keys     *keyring
	pages    map[string]*template.Template
	// unlock serializes password checks: each costs a full scrypt, and a burst of logins
	// must not take every core from the engine.
	unlock sync.Mutex
	cache  reviewCache
}

// New checks o and builds the console.
func New(o Options) (*Server, error) {
	if o.Analysts == nil || o.Redis == nil || o.Reviews == nil || o.ChainID == nil {
		return nil, errors.New("console: need the analysts' keystores, Redis, the review and the chain id")
	}
	if o.Access == nil {
		return nil, errors.New("console: need an access recorder: every look at a claim's page is recorded before it is shown")
	}
	if o.CacheFor == 0 {
		o.CacheFor = 5 * time.Second
	}
	if o.IdleTimeout == 0 {
		o.IdleTimeout = 30 * time.Minute
	}
	if o.Lifetime == 0 {
		o.Lifetime = 8 * time.Hour
	}
	if o.LoginRate == 0 {
		o.LoginRate = 10
	}
	log := o.Logger
	if log == nil {
		log = slog.Default()
	}
	s := &Server{o: o, log: log.With("component", "console"), keys: newKeyring(o.IdleTimeout, o.Lifetime)}
	s.cache = reviewCache{open: o.Reviews, ttl: o.CacheFor}
	sm := scs.New()
	sm.Store = &redisStore{rdb: o.Redis, prefix: "claims:console:v1:session:"}
	sm.IdleTimeout, sm.Lifetime = o.IdleTimeout, o.Lifetime
	sm.HashTokenInStore = true
	sm.Cookie.Name = "claims_console"
	sm.Cookie.Path = Prefix
	sm.Cookie.HttpOnly = true
	sm.Cookie.SameSite = http.SameSiteLaxMode
	sm.Cookie.Secure = o.SecureCookie
	sm.ErrorFunc = func(w http.ResponseWriter, _ *http.Request, err error) {
		s.log.Error("session store", "err", err)
		http.Error(w, "sessions are unavailable (Redis); try again shortly", http.StatusServiceUnavailable)
	}
	s.sessions = sm
	var err error
	if s.pages, err = parsePages(); err != nil {
		return nil, err
	}
	return s, nil
}

// Close releases the cached review.
func (s *Server) Close() { s.cache.drop() }

// Handler serves the console under Prefix.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	static, _ := fs.Sub(staticFS, "static")
	mux.Handle("GET "+Prefix+"/static/", http.StripPrefix(Prefix+"/static/", http.FileServerFS(static)))
	mux.HandleFunc("GET "+Prefix+"/{$}", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, Prefix+"/queue", http.StatusSeeOther)
	})
	mux.HandleFunc("GET "+Prefix+"/login", s.loginPage)
	limit := httprate.Limit(s.o.LoginRate, time.Minute, httprate.WithKeyFuncs(httprate.KeyByIP),
		httprate.WithLimitHandler(func(w http.ResponseWriter, _ *http.Request) {
			http.Error(w, "too many login attempts from this address; wait a minute", http.StatusTooManyRequests)
		}))
	mux.Handle("POST "+Prefix+"/login", limit(http.HandlerFunc(s.login)))
	mux.HandleFunc("POST "+Prefix+"/logout", s.logout)
	mux.Handle("GET "+Prefix+"/queue", s.analyst(s.queuePage))
	mux.Handle("POST "+Prefix+"/queue/decide", s.analyst(s.decideMany))
	mux.Handle("GET "+Prefix+"/claims/{pos}", s.analyst(s.claimPage))
	mux.Handle("POST "+Prefix+"/claims/{pos}/decide", s.analyst(s.decideOne))
	mux.Handle("GET "+Prefix+"/claims/{pos}/trace", s.analyst(s.tracePage))
	mux.Handle("GET "+Prefix+"/dashboard", s.analyst(s.dashboardPage))
	// Every non-safe request (POST) is refused when a browser says it came from another
	// origin: the session cookie would otherwise let another site decide claims.
	return s.sessions.LoadAndSave(http.NewCrossOriginProtection().Handler(securityHeaders(mux)))
}

func securityHeaders(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", "default-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("Referrer-Policy", "same-origin")
		w.Header().Set("Cache-Control", "no-store")
		h.ServeHTTP(w, r)
	})
}

// session keys
const (
	keyAnalyst = "analyst"
	keyAddress = "address"
	keyHandle  = "key_handle"
	keyFlash   = "flash"
)

// who is the logged-in analyst of a request.
type who struct {
	Name    string
	Address string
	handle  string
}

type whoKey struct{}

// analyst wraps h: without a session, the request is sent to the login page.
func (s *Server) analyst(h func(http.ResponseWriter, *http.Request, who)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		name := s.sessions.GetString(ctx, keyAnalyst)
		if name == "" {
			next := r.URL.Path
			if r.Method != http.MethodGet {
				next = Prefix + "/queue"
			}
			http.Redirect(w, r, Prefix+"/login?next="+urlQueryEscape(next), http.StatusSeeOther)
			return
		}
		u := who{Name: name, Address: s.sessions.GetString(ctx, keyAddress), handle: s.sessions.GetString(ctx, keyHandle)}
		// Working in the console keeps the key as it keeps the session: both idle out together.
		s.keys.touch(u.handle)
		h(w, r, u)
	})
}

func (s *Server) flash(ctx context.Context, msg string) { s.sessions.Put(ctx, keyFlash, msg) }

// signer is the analyst's key as a transactor, or false when serve no longer holds it
// (restarted, or the key expired with the session).
func (s *Server) signer(u who) (*bind.TransactOpts, bool) {
	_, key, ok := s.keys.get(u.handle)
	if !ok {
		return nil, false
	}
	return bind.NewKeyedTransactor(key, s.o.ChainID), true
}

// reviewCache keeps one read-only review for a short while. A Review is not safe for
// concurrent use, so pages take turns with it.
type reviewCache struct {
	open   Reviews
	ttl    time.Duration
	mu     sync.Mutex
	r      *service.Review
	opened time.Time
}

// with runs f on a review no older than the cache's ttl.
func (c *reviewCache) with(ctx context.Context, f func(*service.Review) error) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.r == nil || time.Since(c.opened) > c.ttl {
		if c.r != nil {
			c.r.Close()
			c.r = nil
		}
		r, err := c.open(ctx, nil)
		if err != nil {
			return fmt.Errorf("open the review: %w", err)
		}
		c.r, c.opened = r, time.Now()
	}
	return f(c.r)
}

func (c *reviewCache) drop() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.r != nil {
		c.r.Close()
		c.r = nil
	}
}
