package api

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/claimsledger/claims/adjudicator/apikeys"
)

type npiKey struct{}

// callerNPI is the authenticated provider's NPI; empty on public routes.
func callerNPI(ctx context.Context) string {
	npi, _ := ctx.Value(npiKey{}).(string)
	return npi
}

// public routes need no key: the OpenAPI document and schemas, and the probes.
func public(path string) bool {
	return path == "/healthz" || path == "/readyz" || strings.HasPrefix(path, "/v1/openapi") || strings.HasPrefix(path, "/v1/schemas")
}

// CertKeys is what a key store also offers when client certificates may stand in for keys.
type CertKeys interface {
	LookupCert(ctx context.Context, der []byte) (apikeys.Key, error)
}

// authenticate admits requests with a valid API key (Authorization: Bearer KEY), or without
// one a verified client certificate registered for a provider, to next, with the provider's
// NPI in their context; public routes go to open.
func (s *Server) authenticate(open, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if public(r.URL.Path) {
			open.ServeHTTP(w, r)
			return
		}
		if r.Header.Get("Authorization") == "" && r.TLS != nil && len(r.TLS.VerifiedChains) > 0 {
			s.authenticateCert(w, r, next)
			return
		}
		scheme, key, ok := strings.Cut(r.Header.Get("Authorization"), " ")
		if !ok || !strings.EqualFold(scheme, "Bearer") || strings.TrimSpace(key) == "" {
			w.Header().Set("WWW-Authenticate", `Bearer realm="claims"`)
			writeProblem(w, http.StatusUnauthorized, "missing API key: send Authorization: Bearer <API key>")
			return
		}
		k, err := s.o.Keys.Lookup(r.Context(), strings.TrimSpace(key))
		switch {
		case errors.Is(err, apikeys.ErrUnknown):
			w.Header().Set("WWW-Authenticate", `Bearer realm="claims", error="invalid_token"`)
			writeProblem(w, http.StatusUnauthorized, "unknown or revoked API key")
			return
		case err != nil:
			s.log.Error("look up an API key", "err", err)
			writeProblem(w, http.StatusServiceUnavailable, "cannot check API keys right now; retry later")
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), npiKey{}, k.NPI)))
	})
}

// authenticateCert admits a request whose TLS client certificate (verified against
// api_client_ca_file by the handshake) is registered for a provider. A certificate the CA
// signed but nobody registered is refused: the CA vouches for who holds it, the registration
// for which NPI it speaks for and whether it still may.
func (s *Server) authenticateCert(w http.ResponseWriter, r *http.Request, next http.Handler) {
	ck, ok := s.o.Keys.(CertKeys)
	if !ok {
		writeProblem(w, http.StatusUnauthorized, "client certificates are not accepted here: send Authorization: Bearer <API key>")
		return
	}
	k, err := ck.LookupCert(r.Context(), r.TLS.VerifiedChains[0][0].Raw)
	switch {
	case errors.Is(err, apikeys.ErrUnknown):
		writeProblem(w, http.StatusUnauthorized, "this client certificate is not registered for a provider, or was revoked (claims provider cert add)")
		return
	case err != nil:
		s.log.Error("look up a client certificate", "err", err)
		writeProblem(w, http.StatusServiceUnavailable, "cannot check client certificates right now; retry later")
		return
	}
	next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), npiKey{}, k.NPI)))
}

// writeProblem answers with an RFC 9457 problem, as huma does for handler errors.
func writeProblem(w http.ResponseWriter, status int, detail string) {
	w.Header().Set("Content-Type", "application/problem+json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{"title": http.StatusText(status), "status": status, "detail": detail})
}

// readAllLimited reads a request body of at most limit bytes.
func readAllLimited(r *http.Request, limit int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r.Body, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("the body is larger than %d bytes", limit)
	}
	return b, nil
}

func readCloser(b []byte) io.ReadCloser { return io.NopCloser(bytes.NewReader(b)) }
