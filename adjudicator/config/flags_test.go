package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/pflag"
)

// A command gets the flags of its groups only, each naming the variable of its key; every
// setting with a flag is in some group.
func TestAddFlagsRegistersItsGroupsOnly(t *testing.T) {
	fs := pflag.NewFlagSet("x", pflag.ContinueOnError)
	AddFlags(fs, Kafka, InputTopic)
	for _, want := range []string{"config", "brokers", "kafka-tls", "input-topic"} {
		if fs.Lookup(want) == nil {
			t.Errorf("--%s missing", want)
		}
	}
	for _, not := range []string{"batch-size", "redis-addrs", "decisions-topic", "keystore"} {
		if fs.Lookup(not) != nil {
			t.Errorf("--%s registered outside its group", not)
		}
	}
	all := pflag.NewFlagSet("all", pflag.ContinueOnError)
	AddFlags(all, Kafka, InputTopic, OutputTopics, Consumer, TopicLayout, Redis, RPC, Contracts, Signer, HMAC, Payload, Rules, Batching, Metrics, API, AccessTopic, AccessFlush, Analysts)
	n := 0
	all.VisitAll(func(f *pflag.Flag) {
		n++
		key := strings.ReplaceAll(f.Name, "-", "_")
		if f.Name != ConfigFlag && !strings.Contains(f.Usage, "[env "+envName(key)+"]") {
			t.Errorf("--%s: help %q does not name %s", f.Name, f.Usage, envName(key))
		}
	})
	// Every top-level key but the secret files' siblings that have no flag (role keystores) has
	// one; the keys of a block (deploy:, payer:) have none.
	for _, k := range Keys() {
		if strings.Contains(k, ".") || strings.HasSuffix(k, "_keystore") {
			continue
		}
		if all.Lookup(strings.ReplaceAll(k, "_", "-")) == nil {
			t.Errorf("key %s has no flag in any group", k)
		}
	}
	if n != len(specs)+1 {
		t.Errorf("%d flags for %d specs", n, len(specs))
	}
}

// --config wins over CLAIMS_CONFIG; a file that is not there is an error naming it.
func TestConfigPath(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "c.yaml")
	if err := os.WriteFile(f, []byte("group: from-file\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	fs := pflag.NewFlagSet("x", pflag.ContinueOnError)
	AddFlags(fs, Consumer)
	if got := Path(fs, []string{EnvConfig + "=" + f}); got != f {
		t.Errorf("Path from %s = %q", EnvConfig, got)
	}
	c, err := Load(Path(fs, []string{EnvConfig + "=" + f}), fs, []string{EnvConfig + "=" + f})
	if err != nil || c.Group != "from-file" {
		t.Fatalf("Load via %s: %v, group %q", EnvConfig, err, c.Group)
	}
	if err := fs.Parse([]string{"--config", "elsewhere.yaml"}); err != nil {
		t.Fatal(err)
	}
	if got := Path(fs, []string{EnvConfig + "=" + f}); got != "elsewhere.yaml" {
		t.Errorf("Path = %q: the flag must win", got)
	}
	_, err = Load("elsewhere.yaml", fs, nil)
	if err == nil || !strings.Contains(err.Error(), "config file elsewhere.yaml: no such file or directory") {
		t.Errorf("missing file: %v", err)
	}
}
