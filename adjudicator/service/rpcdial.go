package service

import (
	"context"
	"fmt"
	"net/http"
	"net/url"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// DialRPC connects to a JSON-RPC endpoint without letting its URL reach logs or errors. Hosted
// endpoints carry their API key in the path, query or user info
// (https://host/v3/KEY), and Go's HTTP client quotes the URL in every error ("Post
// \"https://host/v3/KEY\": ..."), which the engine logs while it waits out an outage. So the
// client is dialled at scheme://host/ and a transport puts the real URL on each request.
func DialRPC(ctx context.Context, raw string) (*ethclient.Client, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return nil, fmt.Errorf("rpc_url: not a URL")
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		c, err := ethclient.DialContext(ctx, raw)
		if err != nil {
			return nil, fmt.Errorf("dial chain %s: %w", Redact(raw), err)
		}
		return c, nil
	}
	shown := &url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/"}
	hc := &http.Client{Transport: realURL{url: u, base: http.DefaultTransport}}
	rc, err := rpc.DialOptions(ctx, shown.String(), rpc.WithHTTPClient(hc))
	if err != nil {
		return nil, fmt.Errorf("dial chain %s: %w", shown, err)
	}
	return ethclient.NewClient(rc), nil
}

// Redact is what of a JSON-RPC URL may be shown: its scheme and host.
func Redact(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return "(the configured rpc_url)"
	}
	return u.Scheme + "://" + u.Host + "/"
}

// realURL sends each request to the configured URL, user info as basic auth.
type realURL struct {
	url  *url.URL
	base http.RoundTripper
}

func (t realURL) RoundTrip(req *http.Request) (*http.Response, error) {
	r := req.Clone(req.Context())
	u := *t.url
	u.User = nil
	r.URL, r.Host = &u, u.Host
	if t.url.User != nil && r.Header.Get("Authorization") == "" {
		pw, _ := t.url.User.Password()
		r.SetBasicAuth(t.url.User.Username(), pw)
	}
	return t.base.RoundTrip(r)
}
