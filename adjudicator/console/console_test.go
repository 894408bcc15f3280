package console

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/redis/go-redis/v9"

	"github.com/claimsledger/claims/adjudicator/accesslog"
	"github.com/claimsledger/claims/adjudicator/analysts"
	"github.com/claimsledger/claims/adjudicator/eligcache/redistest"
	"github.com/claimsledger/claims/adjudicator/service"
)

const testPassword = "correct horse battery staple"

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

// errNoChain is what the review opener answers in these tests: sessions, CSRF and login never
// open the review; a test that reached it would fail on this.
var errNoChain = errors.New("no chain in this test")

type env struct {
	t    *testing.T
	rdb  redis.UniversalClient
	dir  *analysts.Dir
	srv  *Server
	http *httptest.Server
}

func newEnv(t *testing.T, tune ...func(*Options)) *env {
	t.Helper()
	rs := redistest.New(t)
	rdb := redis.NewClient(&redis.Options{Addr: rs.Addr()})
	t.Cleanup(func() { _ = rdb.Close() })
	dir, err := analysts.Open(t.TempDir(), analysts.WithLightScrypt())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := dir.Create("alice", testPassword); err != nil {
		t.Fatal(err)
	}
	e := &env{t: t, rdb: rdb, dir: dir}
	e.srv = e.server(tune...)
	return e
}

// server is a console over e's Redis and analysts: a second one stands for serve restarted.
func (e *env) server(tune ...func(*Options)) *Server {
	e.t.Helper()
	// The recorder is never used here (no claim page is shown): a closed one fails loudly.
	rec, err := accesslog.Dial([]string{"127.0.0.1:1"}, "claims.access")
	if err != nil {
		e.t.Fatal(err)
	}
	_ = rec.Close()
	o := Options{
		Analysts: e.dir, Redis: e.rdb, ChainID: big.NewInt(1337), Access: rec, Logger: quiet,
		Reviews: func(context.Context, *bind.TransactOpts) (*service.Review, error) { return nil, errNoChain },
	}
	for _, f := range tune {
		f(&o)
	}
	s, err := New(o)
	if err != nil {
		e.t.Fatal(err)
	}
	if e.http != nil {
		e.http.Close()
	}
	e.http = httptest.NewServer(s.Handler())
	e.t.Cleanup(e.http.Close)
	return s
}

// client follows no redirects, so each answer can be checked.
func (e *env) client() *http.Client {
	jar, _ := cookiejar.New(nil)
	return &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
}

func (e *env) do(c *http.Client, method, path string, form url.Values, header ...string) *http.Response {
	e.t.Helper()
	var body io.Reader
	if form != nil {
		body = strings.NewReader(form.Encode())
	}
	req, err := http.NewRequest(method, e.http.URL+path, body)
	if err != nil {
		e.t.Fatal(err)
	}
	if form != nil {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := c.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	_, _ = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return resp
}

func (e *env) login(c *http.Client, password string) *http.Response {
	e.t.Helper()
	return e.do(c, http.MethodPost, Prefix+"/login", url.Values{"name": {"alice"}, "password": {password}, "next": {Prefix + "/dashboard"}})
}

func wantRedirect(t *testing.T, resp *http.Response, prefix string) {
	t.Helper()
	if resp.StatusCode != http.StatusSeeOther || !strings.HasPrefix(resp.Header.Get("Location"), prefix) {
		t.Fatalf("%s %s: %d to %q, want 303 to %s...", resp.Request.Method, resp.Request.URL.Path, resp.StatusCode, resp.Header.Get("Location"), prefix)
	}
}

func TestSessionRequired(t *testing.T) {
	e := newEnv(t)
	c := e.client()
	for _, path := range []string{"/queue", "/dashboard", "/claims/0-1"} {
		resp := e.do(c, http.MethodGet, Prefix+path, nil)
		wantRedirect(t, resp, Prefix+"/login?next="+url.QueryEscape(Prefix+path))
	}
	resp := e.do(c, http.MethodPost, Prefix+"/claims/0-1/decide", url.Values{"action": {"approve"}, "note": {"x"}})
	wantRedirect(t, resp, Prefix+"/login")
	resp = e.do(c, http.MethodPost, Prefix+"/queue/decide", url.Values{"action": {"approve"}, "note": {"x"}, "claim": {"0-1"}})
	wantRedirect(t, resp, Prefix+"/login")
	if n := e.srv.keys.len(); n != 0 {
		t.Errorf("%d keys held without a login", n)
	}
}

func TestWrongPasswordRefused(t *testing.T) {
	e := newEnv(t)
	c := e.client()
	if resp := e.login(c, "not the password"); resp.StatusCode != http.StatusUnauthorized {
		t.Fatalf("wrong password: %d, want 401", resp.StatusCode)
	}
	unknown := e.do(c, http.MethodPost, Prefix+"/login", url.Values{"name": {"mallory"}, "password": {testPassword}})
	if unknown.StatusCode != http.StatusUnauthorized {
		t.Fatalf("unknown analyst: %d, want 401", unknown.StatusCode)
	}
	if n := e.srv.keys.len(); n != 0 {
		t.Errorf("%d keys held after refused logins", n)
	}
	wantRedirect(t, e.do(c, http.MethodGet, Prefix+"/queue", nil), Prefix+"/login")
}

// A login unlocks the key, renews the session token (a token planted before login is worth
// nothing after it) and sets the cookie HttpOnly, SameSite=Lax, under /console, Secure on TLS.
func TestLoginSession(t *testing.T) {
	for _, secure := range []bool{false, true} {
		e := newEnv(t, func(o *Options) { o.SecureCookie = secure })
		c := e.client()
		u, _ := url.Parse(e.http.URL + Prefix + "/")
		c.Jar.SetCookies(u, []*http.Cookie{{Name: "claims_console", Value: "planted-before-login", Path: Prefix}})
		resp := e.login(c, testPassword)
		wantRedirect(t, resp, Prefix+"/dashboard")
		var got *http.Cookie
		for _, ck := range resp.Cookies() {
			if ck.Name == "claims_console" {
				got = ck
			}
		}
		if got == nil || got.Value == "planted-before-login" || !got.HttpOnly || got.SameSite != http.SameSiteLaxMode ||
			got.Path != Prefix || got.Secure != secure {
			t.Fatalf("secure %v: session cookie %+v", secure, got)
		}
		if n := e.srv.keys.len(); n != 1 {
			t.Fatalf("keys held after login: %d, want 1", n)
		}
		// The session is in Redis, and holds a handle, never the key or the password.
		keys, err := e.rdb.Keys(context.Background(), "claims:console:v1:session:*").Result()
		if err != nil || len(keys) != 1 {
			t.Fatalf("sessions in Redis: %v %v", keys, err)
		}
		blob, _ := e.rdb.Get(context.Background(), keys[0]).Bytes()
		if strings.Contains(string(blob), testPassword) || !strings.Contains(string(blob), "alice") {
			t.Errorf("session data: %q", blob)
		}
		// A second login on the same session gets a new token: the token is renewed at login.
		again := e.login(c, testPassword)
		for _, ck := range again.Cookies() {
			if ck.Name == "claims_console" && ck.Value == got.Value {
				t.Fatalf("secure %v: the session token was not renewed at login", secure)
			}
		}
		if len(again.Cookies()) == 0 {
			t.Fatalf("secure %v: a second login set no cookie", secure)
		}
		// A redirect target outside the console is not followed.
		out := e.do(e.client(), http.MethodPost, Prefix+"/login", url.Values{"name": {"alice"}, "password": {testPassword}, "next": {"//evil.example/x"}})
		wantRedirect(t, out, Prefix+"/queue")
	}
}

func TestCrossOriginPostRefused(t *testing.T) {
	e := newEnv(t)
	c := e.client()
	wantRedirect(t, e.login(c, testPassword), Prefix+"/dashboard")
	for _, h := range [][]string{{"Sec-Fetch-Site", "cross-site"}, {"Origin", "https://evil.example"}} {
		for _, path := range []string{"/logout", "/claims/0-1/decide", "/queue/decide", "/login"} {
			resp := e.do(c, http.MethodPost, Prefix+path, url.Values{"action": {"approve"}, "note": {"x"}, "claim": {"0-1"}}, h...)
			if resp.StatusCode != http.StatusForbidden {
				t.Errorf("POST %s with %s: %d, want 403", path, h, resp.StatusCode)
			}
		}
	}
	if n := e.srv.keys.len(); n != 1 {
		t.Fatalf("a cross-origin logout dropped the key: %d held", n)
	}
	// The same origin logs out.
	wantRedirect(t, e.do(c, http.MethodPost, Prefix+"/logout", url.Values{}, "Sec-Fetch-Site", "same-origin"), Prefix+"/login")
}

func TestLogoutDropsSigner(t *testing.T) {
	e := newEnv(t)
	c := e.client()
	wantRedirect(t, e.login(c, testPassword), Prefix+"/dashboard")
	u, _ := url.Parse(e.http.URL + Prefix + "/")
	old := c.Jar.Cookies(u)
	wantRedirect(t, e.do(c, http.MethodPost, Prefix+"/logout", url.Values{}), Prefix+"/login")
	if n := e.srv.keys.len(); n != 0 {
		t.Fatalf("keys held after logout: %d, want 0", n)
	}
	// The old cookie is worth nothing: the session is gone from Redis.
	stale := e.client()
	stale.Jar.SetCookies(u, old)
	wantRedirect(t, e.do(stale, http.MethodGet, Prefix+"/queue", nil), Prefix+"/login")
}

// serve restarted: the session is still in Redis, but the key was only in the old process's
// memory; a decision sends the analyst to log in again, and nothing is opened or signed.
func TestDecisionAfterRestartAsksLogin(t *testing.T) {
	e := newEnv(t)
	c := e.client()
	wantRedirect(t, e.login(c, testPassword), Prefix+"/dashboard")
	e.srv = e.server()
	resp := e.do(c, http.MethodPost, Prefix+"/claims/0-1/decide", url.Values{"action": {"approve"}, "note": {"records checked"}})
	wantRedirect(t, resp, Prefix+"/login?expired=1")
	resp = e.do(c, http.MethodPost, Prefix+"/queue/decide", url.Values{"action": {"deny"}, "note": {"x"}, "claim": {"0-1"}})
	wantRedirect(t, resp, Prefix+"/login")
}

func TestLoginRateLimited(t *testing.T) {
	e := newEnv(t, func(o *Options) { o.LoginRate = 3 })
	c := e.client()
	for i := range 3 {
		if resp := e.login(c, "wrong"); resp.StatusCode != http.StatusUnauthorized {
			t.Fatalf("attempt %d: %d, want 401", i+1, resp.StatusCode)
		}
	}
	if resp := e.login(c, testPassword); resp.StatusCode != http.StatusTooManyRequests {
		t.Fatalf("fourth attempt in a minute: %d, want 429", resp.StatusCode)
	}
}

func TestKeyringExpires(t *testing.T) {
	k := newKeyring(10*time.Minute, time.Hour)
	now := time.Unix(1_700_000_000, 0)
	k.now = func() time.Time { return now }
	_, key, err := analystsKey(t)
	if err != nil {
		t.Fatal(err)
	}
	h, err := k.put(analysts.Analyst{Name: "alice"}, key)
	if err != nil {
		t.Fatal(err)
	}
	now = now.Add(9 * time.Minute)
	k.touch(h)
	now = now.Add(9 * time.Minute)
	if _, _, ok := k.get(h); !ok {
		t.Fatal("key dropped before its idle timeout")
	}
	now = now.Add(11 * time.Minute)
	if k.has(h) {
		t.Fatal("key kept past its idle timeout")
	}
	if key.D.Sign() != 0 {
		t.Error("a dropped key's scalar was not overwritten")
	}
	// However used, a key lives no longer than the session's lifetime.
	h, err = k.put(analysts.Analyst{Name: "alice"}, key)
	if err != nil {
		t.Fatal(err)
	}
	for range 7 {
		now = now.Add(9 * time.Minute)
		k.touch(h)
	}
	if k.has(h) {
		t.Fatal("key kept past the session's lifetime")
	}
}

func analystsKey(t *testing.T) (analysts.Analyst, *ecdsa.PrivateKey, error) {
	dir, err := analysts.Open(t.TempDir(), analysts.WithLightScrypt())
	if err != nil {
		return analysts.Analyst{}, nil, err
	}
	if _, err := dir.Create("bob", testPassword); err != nil {
		return analysts.Analyst{}, nil, err
	}
	return dir.Unlock("bob", testPassword)
}

func TestFormParsing(t *testing.T) {
	for in, want := range map[string]int64{"": 0, "12": 1200, "12.5": 1250, "1,200.05": 120005, "$3.07": 307, ".5": 50} {
		if got, err := parseCents(in); err != nil || got != want {
			t.Errorf("parseCents(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, bad := range []string{"1.234", "abc", "-5", "1e3", "."} {
		if _, err := parseCents(bad); err == nil {
			t.Errorf("parseCents(%q): no error", bad)
		}
	}
	if p, ok := parsePos("3-117"); !ok || p.Partition != 3 || p.Offset != 117 {
		t.Errorf("parsePos(3-117) = %v %v", p, ok)
	}
	for _, bad := range []string{"3", "3-", "-1-2", "a-b", "1-2-3"} {
		if _, ok := parsePos(bad); ok {
			t.Errorf("parsePos(%q) accepted", bad)
		}
	}
	for in, want := range map[string]string{"/console/claims/1-2": "/console/claims/1-2", "//evil.example": "/console/queue",
		"https://evil.example/console/": "/console/queue", "/other": "/console/queue", "/console/\\evil": "/console/queue"} {
		if got := safeNext(in); got != want {
			t.Errorf("safeNext(%q) = %q, want %q", in, got, want)
		}
	}
	if got := dollars(123456789); got != "$1,234,567.89" {
		t.Errorf("dollars = %q", got)
	}
	if got := dollars(-5); got != "-$0.05" {
		t.Errorf("dollars(-5) = %q", got)
	}
	if _, _, err := queueFilterOf(url.Values{"sort": {"oldest"}}); err == nil {
		t.Error("an unknown sort was accepted")
	}
	f, page, err := queueFilterOf(url.Values{"signal": {"dup_near", " "}, "npi": {"1427133685"}, "min_held": {"10.50"}, "age": {"3"}, "age_unit": {"days"}, "sort": {"held"}, "page": {"2"}})
	if err != nil || page != 2 || len(f.Signals) != 1 || f.NPI != "1427133685" || f.MinHeldCents != 1050 || f.MinAge != 72*time.Hour || f.Sort != "held" {
		t.Errorf("queueFilterOf: %+v page %d err %v", f, page, err)
	}
}

func TestDecisionForm(t *testing.T) {
	form := func(v url.Values) *http.Request {
		r := httptest.NewRequest(http.MethodPost, "/console/claims/0-1/decide", strings.NewReader(v.Encode()))
		r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		return r
	}
	d, err := decisionOf(form(url.Values{"action": {"approve-lines"}, "line": {"2", "4"}, "note": {"lines 2 and 4 checked"}}))
	if err != nil || !d.approve || !slices.Equal(d.lines, []int{2, 4}) || d.note != "lines 2 and 4 checked" {
		t.Fatalf("approve-lines: %+v, %v", d, err)
	}
	if d, err := decisionOf(form(url.Values{"action": {"approve"}, "line": {"2"}, "note": {"x"}})); err != nil || d.lines != nil {
		t.Errorf("approve with a line box checked: %+v, %v; want the whole claim", d, err)
	}
	for name, v := range map[string]url.Values{
		"no line":     {"action": {"approve-lines"}, "note": {"x"}},
		"bad line":    {"action": {"approve-lines"}, "line": {"0"}, "note": {"x"}},
		"not a line":  {"action": {"approve-lines"}, "line": {"two"}, "note": {"x"}},
		"no note":     {"action": {"deny"}},
		"no action":   {"note": {"x"}},
		"long note":   {"action": {"deny"}, "note": {strings.Repeat("x", MaxNote+1)}},
		"other value": {"action": {"approve-all"}, "note": {"x"}},
	} {
		if _, err := decisionOf(form(v)); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}
