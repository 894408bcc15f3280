package service_test

import (
	"context"
	"crypto/tls"
	"encoding/pem"
	"net/http"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/claimsledger/claims/adjudicator/apikeys"
	"github.com/claimsledger/claims/adjudicator/config"
	"github.com/claimsledger/claims/adjudicator/internal/testpki"
	"github.com/claimsledger/claims/adjudicator/service"
)

// clientCert issues a client certificate named name by ca.
func clientCert(t *testing.T, ca *testpki.CA, name string) (tls.Certificate, testpki.Pair) {
	t.Helper()
	p, err := ca.Client(name)
	if err != nil {
		t.Fatal(err)
	}
	c, err := p.TLSCertificate()
	if err != nil {
		t.Fatal(err)
	}
	return c, p
}

// TestProviderAPIClientCertificates: served over TLS with api_client_ca_file, a provider's
// registered client certificate stands in for an API key; a certificate the CA signed but
// nobody registered, a revoked one, or none at all (and no key) is 401; a certificate from
// another CA does not get through the handshake; API keys still work over TLS and rotating
// them leaves certificates be.
func TestProviderAPIClientCertificates(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	st, rules, _ := startStack(t, ctx, 1, 0)
	rdb := redis.NewClient(&redis.Options{Addr: st.Redis.Addr})
	defer rdb.Close()
	keys, err := apikeys.New(rdb)
	if err != nil {
		t.Fatal(err)
	}
	const npi = "1003811290"

	dir := t.TempDir()
	ca, err := testpki.NewCA("provider CA")
	if err != nil {
		t.Fatal(err)
	}
	other, err := testpki.NewCA("someone else's CA")
	if err != nil {
		t.Fatal(err)
	}
	server, err := ca.Server()
	if err != nil {
		t.Fatal(err)
	}
	files, err := ca.WriteFiles(dir, "api", server)
	if err != nil {
		t.Fatal(err)
	}
	registered, registeredPair := clientCert(t, ca, "billing office")
	unregistered, _ := clientCert(t, ca, "billing office 2")
	foreign, _ := clientCert(t, other, "billing office")
	url, _ := serveAPI(t, ctx, st, service.Options{Rules: rules}, func(c *config.Config) {
		c.APITLSCertFile, c.APITLSKeyFile, c.APIClientCAFile = files.Cert, files.Key, files.CA
	})
	blk, _ := pem.Decode(registeredPair.CertPEM)
	k, err := keys.RegisterCert(ctx, npi, blk.Bytes)
	if err != nil || k.Kind != apikeys.KindCertificate {
		t.Fatalf("register: %+v %v", k, err)
	}
	if again, err := keys.RegisterCert(ctx, npi, blk.Bytes); err != nil || again.ID != k.ID {
		t.Fatalf("registering again: %+v %v, want the same registration", again, err)
	}
	if _, err := keys.RegisterCert(ctx, "1528056066", blk.Bytes); err == nil {
		t.Fatal("the same certificate registered for a second NPI")
	}

	roots := ca.Pool()
	client := func(certs ...tls.Certificate) *http.Client {
		return &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: roots, Certificates: certs}}}
	}
	status := func(c *http.Client, key string) (int, error) {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, url+"/v1/remittance?from=2017-01-01&to=2017-01-02", nil)
		if key != "" {
			req.Header.Set("Authorization", "Bearer "+key)
		}
		resp, err := c.Do(req)
		if err != nil {
			return 0, err
		}
		resp.Body.Close()
		return resp.StatusCode, nil
	}
	// Authenticated, the provider has nothing settled: 404; unauthenticated: 401.
	if code, err := status(client(registered), ""); err != nil || code != http.StatusNotFound {
		t.Errorf("registered certificate: %d %v, want 404 (authenticated, nothing settled)", code, err)
	}
	if code, err := status(client(unregistered), ""); err != nil || code != http.StatusUnauthorized {
		t.Errorf("certificate nobody registered: %d %v, want 401", code, err)
	}
	if code, err := status(client(), ""); err != nil || code != http.StatusUnauthorized {
		t.Errorf("no certificate, no key: %d %v, want 401", code, err)
	}
	// Another CA's certificate: Go's client does not offer it (the server names its CAs), so
	// the request is anonymous; forced on the server, the handshake refuses it.
	if code, err := status(client(foreign), ""); err != nil || code != http.StatusUnauthorized {
		t.Errorf("another CA's certificate: %d %v, want 401", code, err)
	}
	forced := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: roots,
		GetClientCertificate: func(*tls.CertificateRequestInfo) (*tls.Certificate, error) { return &foreign, nil }}}}
	if _, err := status(forced, ""); err == nil {
		t.Error("a certificate from another CA got through the handshake")
	}
	key, _, err := keys.Issue(ctx, npi)
	if err != nil {
		t.Fatal(err)
	}
	if code, err := status(client(), key); err != nil || code != http.StatusNotFound {
		t.Errorf("API key over TLS: %d %v, want 404", code, err)
	}
	// Rotating the API key leaves the certificate; revoking the certificate ends it.
	if _, _, _, err := keys.Rotate(ctx, npi); err != nil {
		t.Fatal(err)
	}
	if code, err := status(client(registered), ""); err != nil || code != http.StatusNotFound {
		t.Errorf("registered certificate after a key rotation: %d %v, want 404", code, err)
	}
	if n, err := keys.Revoke(ctx, npi, k.ID); err != nil || n != 1 {
		t.Fatalf("revoke the certificate: %d %v", n, err)
	}
	if code, err := status(client(registered), ""); err != nil || code != http.StatusUnauthorized {
		t.Errorf("revoked certificate: %d %v, want 401", code, err)
	}
}
