package service_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/claimsledger/claims/adjudicator/service"
)

// TestDialRPCKeepsTheURLOutOfErrors: a hosted endpoint's API key (in the path, the query or the
// user info) reaches the server on every request but never an error message, which the engine
// logs while it waits out an outage.
func TestDialRPCKeepsTheURLOutOfErrors(t *testing.T) {
	var gotPath, gotQuery, gotUser string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gotPath, gotQuery = r.URL.Path, r.URL.RawQuery
		gotUser, _, _ = r.BasicAuth()
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"jsonrpc":"2.0","id":1,"result":"0x539"}`))
	}))
	raw := strings.Replace(srv.URL, "http://", "http://alice:s3cret@", 1) + "/v3/APIKEY123?token=TOKEN456"
	c, err := service.DialRPC(context.Background(), raw)
	if err != nil {
		t.Fatal(err)
	}
	id, err := c.ChainID(context.Background())
	if err != nil || id.Int64() != 1337 {
		t.Fatalf("chain id %v, %v; want 1337", id, err)
	}
	if gotPath != "/v3/APIKEY123" || gotQuery != "token=TOKEN456" || gotUser != "alice" {
		t.Fatalf("the server saw path %q query %q user %q; want the configured URL", gotPath, gotQuery, gotUser)
	}
	srv.Close() // an outage
	_, err = c.ChainID(context.Background())
	if err == nil {
		t.Fatal("chain id after the server stopped: no error")
	}
	for _, secret := range []string{"APIKEY123", "TOKEN456", "s3cret", "alice"} {
		if strings.Contains(err.Error(), secret) {
			t.Fatalf("error %q shows %q from the rpc_url", err, secret)
		}
	}
	if got := service.Redact(raw); strings.Contains(got, "APIKEY") || strings.Contains(got, "s3cret") {
		t.Fatalf("Redact(%q) = %q", raw, got)
	}
}
