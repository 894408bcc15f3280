package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimsledger/claims/adjudicator/config"
)

// Two devnets run side by side from one directory: every port defaults to a free one, and each
// keeps its secrets in its own private directory, which it names as for development only.
func TestTwoDevnetsSideBySide(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: builds the binary and runs two devnets")
	}
	bin := buildBinary(t)
	dir := t.TempDir()
	var rpcs, secrets []string
	for _, name := range []string{"one.yaml", "two.yaml"} {
		cfgPath, printed := devnetAt(t, bin, filepath.Join(dir, name))
		cfg, err := config.Load(cfgPath, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		rpcs = append(rpcs, cfg.RPCURL)
		sec := secretsDir(cfgPath)
		secrets = append(secrets, sec)
		if !strings.Contains(printed, "secrets "+sec+" (development only") {
			t.Errorf("devnet did not say where its secrets are, and what for:\n%s", printed)
		}
		st, err := os.Stat(sec)
		if err != nil || st.Mode().Perm() != 0o700 {
			t.Errorf("secrets directory %s: %v, mode %v; want 0700", sec, err, st.Mode().Perm())
		}
		if !strings.HasPrefix(cfg.HMACSecretFile, sec+string(filepath.Separator)) || !strings.HasPrefix(cfg.Keystore, sec+string(filepath.Separator)) {
			t.Errorf("config names secrets outside %s: %s, %s", sec, cfg.HMACSecretFile, cfg.Keystore)
		}
		// Each works: the chain answers and a read-only command runs against it.
		mustRun(t, "escrow", "status", "--config", cfgPath)
	}
	if rpcs[0] == rpcs[1] || secrets[0] == secrets[1] {
		t.Errorf("two devnets share an endpoint or secrets: %q, %q", rpcs, secrets)
	}
}
