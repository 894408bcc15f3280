package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/spf13/pflag"
)

func TestPrecedenceFlagsThenEnvThenFile(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "hmac.hex"), []byte(strings.Repeat("ab", 32)+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	yml := "brokers: [file:9092]\nrpc_url: http://file\ngroup: file-group\nbatch_size: 10\nhmac_secret_file: hmac.hex\nlinger: 1s\n"
	path := filepath.Join(dir, "c.yaml")
	if err := os.WriteFile(path, []byte(yml), 0o600); err != nil {
		t.Fatal(err)
	}
	fs := pflag.NewFlagSet("x", pflag.ContinueOnError)
	AddFlags(fs, Kafka, Consumer, RPC, Batching, Signer, HMAC, Payload)
	if err := fs.Parse([]string{"--group", "flag-group"}); err != nil {
		t.Fatal(err)
	}
	env := []string{"CLAIMS_GROUP=env-group", "CLAIMS_RPC_URL=http://env", "CLAIMS_BROKERS=a:1, b:2", "OTHER=1"}
	c, err := Load(path, fs, env)
	if err != nil {
		t.Fatal(err)
	}
	if c.Group != "flag-group" {
		t.Errorf("group = %q: a set flag must beat env and file", c.Group)
	}
	if c.RPCURL != "http://env" {
		t.Errorf("rpc_url = %q: env must beat file", c.RPCURL)
	}
	if len(c.Brokers) != 2 || c.Brokers[1] != "b:2" {
		t.Errorf("brokers = %q", c.Brokers)
	}
	if c.BatchSize != 10 || c.Linger != time.Second {
		t.Errorf("file values lost: batch %d linger %s", c.BatchSize, c.Linger)
	}
	if c.InputTopic != "claims.submitted" {
		t.Errorf("default input topic lost: %q", c.InputTopic)
	}
	if len(c.HMACSecret) != 32 || c.HMACSecret[0] != 0xab {
		t.Errorf("HMAC secret from a file relative to the config: %x", c.HMACSecret)
	}
	if err := c.Require(NeedKafka, NeedSecret); err != nil {
		t.Error(err)
	}
}

func TestSecretsFromEnvAndNeverFlags(t *testing.T) {
	fs := pflag.NewFlagSet("x", pflag.ContinueOnError)
	AddFlags(fs, Kafka, Consumer, RPC, Batching, Signer, HMAC, Payload)
	for _, name := range []string{"hmac-secret", "payload-key", "keystore-password"} {
		if fs.Lookup(name) != nil {
			t.Errorf("secret flag --%s exists", name)
		}
	}
	c, err := Load("", fs, []string{"CLAIMS_HMAC_SECRET=0x" + strings.Repeat("01", 32), "CLAIMS_KEYSTORE_PASSWORD=pw"})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.HMACSecret) != 32 || c.KeystorePassword != "pw" {
		t.Fatalf("secrets = %x / %q", c.HMACSecret, c.KeystorePassword)
	}
}

func TestRequireNamesEveryWayToSetAKey(t *testing.T) {
	c := Defaults()
	err := c.Require(NeedKafka, NeedChain, NeedRPC, NeedSecret)
	for _, want := range []string{"--brokers", "CLAIMS_RPC_URL", "YAML settlement_address", "CLAIMS_HMAC_SECRET"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("error %v does not mention %s", err, want)
		}
	}
}

func TestWriteThenLoadRoundTrips(t *testing.T) {
	dir := t.TempDir()
	c := Defaults()
	c.Brokers, c.RPCURL, c.FromBlock, c.HMACSecret = []string{"127.0.0.1:1"}, "http://x", 7, []byte("secret")
	path := filepath.Join(dir, "out.yaml")
	if err := Write(path, c); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(path)
	if strings.Contains(string(b), "secret") && !strings.Contains(string(b), "secret_file") {
		t.Fatalf("a secret was written inline:\n%s", b)
	}
	got, err := Load(path, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got.RPCURL != "http://x" || got.FromBlock != 7 || got.Brokers[0] != "127.0.0.1:1" {
		t.Fatalf("round trip = %+v", got)
	}
}
