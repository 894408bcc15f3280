package console

import (
	"errors"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/claimsledger/claims/adjudicator/analysts"
)

type loginData struct {
	Error string
	Next  string
	Name  string
}

func (s *Server) loginPage(w http.ResponseWriter, r *http.Request) {
	d := loginData{Next: safeNext(r.URL.Query().Get("next"))}
	if r.URL.Query().Get("expired") != "" {
		d.Error = "This server no longer holds your signing key (it restarted, or your session ended): log in again to decide."
	}
	s.render(w, r, http.StatusOK, "login", who{}, "Log in", d)
}

// login checks the password by unlocking the analyst's keystore (scrypt), keeps the key in
// memory under a random handle, and renews the session token so that a token planted before
// login is worth nothing after it.
func (s *Server) login(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	name := strings.TrimSpace(r.PostFormValue("name"))
	password := r.PostFormValue("password")
	next := safeNext(r.PostFormValue("next"))
	start := time.Now()
	s.unlock.Lock()
	a, key, err := s.o.Analysts.Unlock(name, password)
	s.unlock.Unlock()
	if err != nil {
		status, msg := http.StatusUnauthorized, "Unknown analyst or wrong password."
		if !errors.Is(err, analysts.ErrBadLogin) {
			s.log.Error("login: unlock keystore", "err", err)
			status, msg = http.StatusInternalServerError, "Your keystore could not be read; ask the operator."
		} else {
			// The analyst's name is not health data; the password never appears.
			s.log.Warn("console login refused", "analyst", name, "took", time.Since(start).Round(time.Millisecond))
		}
		s.render(w, r, status, "login", who{}, "Log in", loginData{Error: msg, Next: next, Name: name})
		return
	}
	if err := s.sessions.RenewToken(ctx); err != nil {
		s.log.Error("login: renew session token", "err", err)
		http.Error(w, "sessions are unavailable; try again shortly", http.StatusServiceUnavailable)
		return
	}
	// A new login replaces the key the session held.
	if old := s.sessions.GetString(ctx, keyHandle); old != "" {
		s.keys.drop(old)
	}
	handle, err := s.keys.put(a, key)
	if err != nil {
		http.Error(w, "login failed", http.StatusInternalServerError)
		return
	}
	s.sessions.Put(ctx, keyAnalyst, a.Name)
	s.sessions.Put(ctx, keyAddress, a.Address.Hex())
	s.sessions.Put(ctx, keyHandle, handle)
	s.log.Info("console login", "analyst", a.Name, "address", a.Address)
	http.Redirect(w, r, next, http.StatusSeeOther)
}

// logout drops the analyst's key from memory and destroys the session.
func (s *Server) logout(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	if h := s.sessions.GetString(ctx, keyHandle); h != "" {
		s.keys.drop(h)
	}
	if name := s.sessions.GetString(ctx, keyAnalyst); name != "" {
		s.log.Info("console logout", "analyst", name)
	}
	if err := s.sessions.Destroy(ctx); err != nil {
		s.log.Error("logout: destroy session", "err", err)
	}
	http.Redirect(w, r, Prefix+"/login", http.StatusSeeOther)
}

// safeNext keeps a post-login redirect inside the console.
func safeNext(next string) string {
	if !strings.HasPrefix(next, Prefix+"/") || strings.HasPrefix(next, "//") || strings.Contains(next, "\\") {
		return Prefix + "/queue"
	}
	if u, err := url.Parse(next); err != nil || u.Host != "" || u.Scheme != "" {
		return Prefix + "/queue"
	}
	return next
}

func urlQueryEscape(s string) string { return url.QueryEscape(s) }
