package main

import (
	"context"
	"encoding/json"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claimsledger/claims/adjudicator/apikeys"
	"github.com/claimsledger/claims/adjudicator/config"
	"github.com/claimsledger/claims/adjudicator/devstack"
	"github.com/claimsledger/claims/adjudicator/service"
)

// provider add issues an API key, printed once and stored only as a hash; key rotate replaces
// it, key revoke stops it, key list shows them by id.
func TestProviderAddIssuesAPIKey(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	st, err := devstack.Start(ctx, devstack.Options{RPCAddr: "127.0.0.1:0", Partitions: 1, Logger: quietLog})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(st.Close)
	cfgPath := filepath.Join(t.TempDir(), "devnet.yaml")
	if _, err := writeDevnetConfig(cfgPath, st); err != nil {
		t.Fatal(err)
	}
	const npi = "1234567893"
	var added struct {
		NPI, APIKey, KeyID, Payout, Tx string
	}
	out := mustRun(t, "provider", "add", "--npi", npi, "--payout", st.Chain.Address(devstack.ProviderKey).Hex(), "--json", "--config", cfgPath)
	if err := json.Unmarshal([]byte(out), &struct {
		NPI    *string `json:"npi"`
		APIKey *string `json:"api_key"`
		KeyID  *string `json:"key_id"`
		Payout *string `json:"payout"`
		Tx     *string `json:"tx"`
	}{&added.NPI, &added.APIKey, &added.KeyID, &added.Payout, &added.Tx}); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if added.NPI != npi || !strings.HasPrefix(added.APIKey, apikeys.Prefix) || added.KeyID == "" || !strings.HasPrefix(added.Tx, "0x") {
		t.Fatalf("add --json = %s", out)
	}
	cfg, err := config.Load(cfgPath, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	store, done, err := service.OpenAPIKeys(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer done()
	if k, err := store.Lookup(ctx, added.APIKey); err != nil || k.NPI != npi || k.ID != added.KeyID {
		t.Fatalf("the issued key does not authenticate as %s: %+v, %v", npi, k, err)
	}

	human := mustRun(t, "provider", "key", "rotate", "--npi", npi, "--config", cfgPath)
	if !strings.Contains(human, "shown this once") || !strings.Contains(human, "revoked 1 earlier key") {
		t.Errorf("rotate printed %q", human)
	}
	if _, err := store.Lookup(ctx, added.APIKey); !errors.Is(err, apikeys.ErrUnknown) {
		t.Errorf("the key rotated out still authenticates: %v", err)
	}
	list := mustRun(t, "provider", "key", "list", "--npi", npi, "--config", cfgPath)
	if strings.Count(list, "\n") != 3 || !strings.Contains(list, added.KeyID) {
		t.Errorf("list = %q, want a header and two keys, the first %s", list, added.KeyID)
	}
	if out := mustRun(t, "provider", "key", "revoke", "--npi", npi, "--config", cfgPath); !strings.Contains(out, "revoked 1 key of NPI "+npi) {
		t.Errorf("revoke printed %q", out)
	}
	var keys []apikeys.Key
	if err := json.Unmarshal([]byte(mustRun(t, "provider", "key", "list", "--npi", npi, "--json", "--config", cfgPath)), &keys); err != nil {
		t.Fatal(err)
	}
	if len(keys) != 2 || !keys[0].Revoked() || !keys[1].Revoked() {
		t.Errorf("after revoke: %+v, want both revoked", keys)
	}
	mustFailInput(t, "--npi", "provider", "key", "rotate", "--npi", "123", "--config", cfgPath)
}
