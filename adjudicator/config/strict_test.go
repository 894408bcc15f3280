package config

import (
	"bufio"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/spf13/pflag"
)

// load writes yml to a file (mode 0600) and loads it with env and no flags.
func load(t *testing.T, yml string, env ...string) (Config, error) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "claims.yaml")
	if err := os.WriteFile(path, []byte(yml), 0o600); err != nil {
		t.Fatal(err)
	}
	return Load(path, nil, env)
}

func wantErr(t *testing.T, err error, parts ...string) {
	t.Helper()
	if err == nil {
		t.Fatalf("no error; want one mentioning %q", parts)
	}
	for _, p := range parts {
		if !strings.Contains(err.Error(), p) {
			t.Errorf("error %q does not mention %q", err, p)
		}
	}
}

func TestUnknownFileKeyIsAnErrorNamingTheClosestKey(t *testing.T) {
	tests := []struct {
		name, yml string
		want      []string
	}{
		{"typo", "payload_keyfile: /secrets/payload-key.hex\n", []string{"unknown key payload_keyfile", "did you mean payload_key_file?"}},
		{"nested under deploy", "deploy:\n  chalenge_window: 1h\n", []string{"unknown key deploy.chalenge_window", "did you mean deploy.challenge_window?"}},
		{"deploy key at the top level", "payout_delay: 1h\n", []string{"unknown key payout_delay", "did you mean deploy.payout_delay?"}},
		{"new key", "kafka_sasl_pasword_file: pw\n", []string{"unknown key kafka_sasl_pasword_file", "did you mean kafka_sasl_password_file?"}},
		{"secret inline", "hmac_secret: 00ff\n", []string{"unknown key hmac_secret", "did you mean hmac_secret_file?"}},
		{"upper case", "RPC_URL: http://x\n", []string{"unknown key RPC_URL", "did you mean rpc_url?"}},
		{"far from everything", "zzzzzzzzzzzzzzzzzzzzzzzzzz: 1\n", []string{"unknown key zzzzzzzzzzzzzzzzzzzzzzzzzz", "the closest valid one is"}},
		{"several at once", "bathc_size: 1\nlingr: 1s\n", []string{"bathc_size (did you mean batch_size?)", "lingr (did you mean linger?)"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := load(t, tc.yml)
			wantErr(t, err, append(tc.want, "claims.yaml")...)
			if strings.Contains(tc.yml, "00ff") && strings.Contains(err.Error(), "00ff") {
				t.Errorf("error %q repeats the value of an unknown key", err)
			}
		})
	}
}

func TestUnknownClaimsVariableIsAnErrorNamingTheClosestOne(t *testing.T) {
	tests := []struct {
		env  string
		want []string
	}{
		{"CLAIMS_PAYLOAD_KEYFILE=/x", []string{"unknown variable CLAIMS_PAYLOAD_KEYFILE", "did you mean CLAIMS_PAYLOAD_KEY_FILE?"}},
		{"CLAIMS_DEPLOY_PAYOUT_DELAI=1h", []string{"CLAIMS_DEPLOY_PAYOUT_DELAI", "did you mean CLAIMS_DEPLOY_PAYOUT_DELAY?"}},
		{"CLAIMS_HMAC_SECRETS=00", []string{"CLAIMS_HMAC_SECRETS", "did you mean CLAIMS_HMAC_SECRET?"}},
		{"CLAIMS_CHAOS_KIL=settled:1", []string{"CLAIMS_CHAOS_KIL", "did you mean CLAIMS_CHAOS_KILL?"}},
		{"CLAIMS_rpc_url=http://x", []string{"CLAIMS_rpc_url", "did you mean CLAIMS_RPC_URL?"}},
		{"CLAIMS_DEPLOY=x", []string{"unknown variable CLAIMS_DEPLOY "}},
	}
	for _, tc := range tests {
		t.Run(tc.env, func(t *testing.T) {
			_, err := Load("", nil, []string{"HOME=/root", tc.env})
			wantErr(t, err, append(tc.want, "environment")...)
		})
	}
}

func TestSecretAndProcessVariablesAreAccepted(t *testing.T) {
	env := []string{
		"CLAIMS_HMAC_SECRET=" + strings.Repeat("01", 32), "CLAIMS_PAYLOAD_KEY=" + strings.Repeat("02", 32),
		"CLAIMS_KEYSTORE_PASSWORD=pw", "CLAIMS_KAFKA_SASL_PASSWORD=kpw", "CLAIMS_REDIS_PASSWORD=rpw",
		"CLAIMS_KAFKA_SASL_MECHANISM=scram-sha-512", "CLAIMS_KAFKA_SASL_USERNAME=adjudicator",
		"CLAIMS_DEPLOY_PAYOUT_DELAY=2h", "CLAIMS_REDIS_ADDRS=r1:6379, r2:6379",
	}
	for _, name := range processEnv {
		env = append(env, name+"=1")
	}
	c, err := Load("", nil, env)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.HMACSecret) != 32 || len(c.PayloadKey) != 32 || c.KeystorePassword != "pw" || c.KafkaSASLPassword != "kpw" || c.RedisPassword != "rpw" {
		t.Errorf("secrets from the environment not resolved: %d %d %q %q %q", len(c.HMACSecret), len(c.PayloadKey), c.KeystorePassword, c.KafkaSASLPassword, c.RedisPassword)
	}
	if c.KafkaSASLMechanism != "SCRAM-SHA-512" || c.Deploy.PayoutDelay.Hours() != 2 || len(c.RedisAddrs) != 2 {
		t.Errorf("settings from the environment: %q %s %q", c.KafkaSASLMechanism, c.Deploy.PayoutDelay, c.RedisAddrs)
	}
}

// Code elsewhere reads CLAIMS_* variables itself (fault injection, test switches); Load must
// not refuse them. This finds every such name in the repository's Go code (string literals
// "CLAIMS_X" and "CLAIMS_X=...") and in the CI and deployment files.
func TestEveryClaimsVariableTheCodeReadsIsAccepted(t *testing.T) {
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatalf("module root not at %s: %v", root, err)
	}
	inGo := regexp.MustCompile(`"(CLAIMS_[A-Z0-9_]+)[="]`)
	inOther := regexp.MustCompile(`\b(CLAIMS_[A-Z0-9_]*[A-Z0-9])\b`)
	self, _ := filepath.Abs(".")
	found := map[string]string{}
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if n := d.Name(); n == ".git" || n == "node_modules" || path == self {
				return filepath.SkipDir
			}
			return nil
		}
		rel, _ := filepath.Rel(root, path)
		var re *regexp.Regexp
		switch {
		case strings.HasSuffix(path, ".go"):
			re = inGo
		case rel == "Makefile" || strings.HasPrefix(rel, ".ci"+string(filepath.Separator)) ||
			(strings.HasPrefix(rel, "deploy"+string(filepath.Separator)) && strings.HasSuffix(rel, ".yaml")):
			re = inOther
		default:
			return nil
		}
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<20)
		for n := 1; sc.Scan(); n++ {
			for _, m := range re.FindAllStringSubmatch(sc.Text(), -1) {
				found[m[1]] = fmt.Sprintf("%s:%d", rel, n)
			}
		}
		return sc.Err()
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(found) == 0 {
		t.Fatal("found no CLAIMS_ variable anywhere: the scan is broken")
	}
	valid := envNames()
	for name, where := range found {
		if !slices.Contains(valid, name) {
			t.Errorf("%s (in %s) would be refused by Load as unknown: add it to processEnv, or make it a setting", name, where)
		}
	}
	for _, name := range processEnv {
		if _, ok := found[name]; !ok {
			t.Errorf("processEnv lists %s, which nothing reads any more: remove it", name)
		}
	}
}

func TestValueThatDoesNotParseNamesItsSourceAndKey(t *testing.T) {
	t.Run("file", func(t *testing.T) {
		_, err := load(t, "batch_size: lots\n")
		wantErr(t, err, "claims.yaml key batch_size", "cannot parse")
	})
	t.Run("file nested", func(t *testing.T) {
		_, err := load(t, "deploy:\n  payout_delay: soon\n")
		wantErr(t, err, "claims.yaml key deploy.payout_delay")
	})
	t.Run("file mapping where a list belongs", func(t *testing.T) {
		_, err := load(t, "brokers:\n  a: b\n")
		wantErr(t, err, "claims.yaml key brokers")
	})
	t.Run("variable", func(t *testing.T) {
		_, err := Load("", nil, []string{"CLAIMS_LINGER=soon"})
		wantErr(t, err, "variable CLAIMS_LINGER (key linger)")
	})
	t.Run("variable bool", func(t *testing.T) {
		_, err := Load("", nil, []string{"CLAIMS_KAFKA_TLS=maybe"})
		wantErr(t, err, "variable CLAIMS_KAFKA_TLS (key kafka_tls)")
	})
	t.Run("variable nested", func(t *testing.T) {
		_, err := Load("", nil, []string{"CLAIMS_DEPLOY_MAX_BATCH_CENTS=a million"})
		wantErr(t, err, "variable CLAIMS_DEPLOY_MAX_BATCH_CENTS (key deploy.max_batch_cents)")
	})
	t.Run("flag", func(t *testing.T) {
		// pflag parses typed flags itself, and names the flag.
		fs := pflag.NewFlagSet("x", pflag.ContinueOnError)
		AddFlags(fs, Kafka, Batching)
		wantErr(t, fs.Parse([]string{"--batch-size", "lots"}), "--batch-size")
		wantErr(t, fs.Parse([]string{"--kafka-tls=maybe"}), "--kafka-tls")
	})
	t.Run("flag layer", func(t *testing.T) {
		// A flag whose type differs from its key's (none does today) is caught at Load.
		fs := pflag.NewFlagSet("x", pflag.ContinueOnError)
		fs.String("batch-size", "", "")
		if err := fs.Parse([]string{"--batch-size", "lots"}); err != nil {
			t.Fatal(err)
		}
		_, err := Load("", fs, nil)
		wantErr(t, err, "flag --batch-size (key batch_size)")
	})
	t.Run("hex secret", func(t *testing.T) {
		_, err := Load("", nil, []string{"CLAIMS_HMAC_SECRET=00zz"})
		wantErr(t, err, "hmac secret from CLAIMS_HMAC_SECRET", "character 3 is not a hex digit")
		if strings.Contains(err.Error(), "z") {
			t.Errorf("error %q quotes the secret", err)
		}
	})
}

// The example deploy/claims.example.yaml loads with the strict loader (secrets from the
// environment, since its secret files are not here), and the keys it shows commented out are
// real keys too.
func TestDeployExampleLoads(t *testing.T) {
	path := filepath.Join("..", "..", "deploy", "claims.example.yaml")
	env := []string{
		"CLAIMS_HMAC_SECRET=" + strings.Repeat("01", 32), "CLAIMS_PAYLOAD_KEY=" + strings.Repeat("02", 32),
		"CLAIMS_KEYSTORE_PASSWORD=pw", "CLAIMS_KAFKA_SASL_PASSWORD=kpw", "CLAIMS_REDIS_PASSWORD=rpw",
	}
	c, err := Load(path, nil, env)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Require(NeedKafka, NeedRedis, NeedChain, NeedRPC, NeedSigner, NeedSecret); err != nil {
		t.Error(err)
	}
	if !c.KafkaTLS || c.KafkaSASLMechanism == "" || !c.RedisTLS || c.RedisUsername == "" {
		t.Errorf("the example should show TLS and authentication on for Kafka and Redis: %+v", c)
	}
	// What production must not leave to the dev defaults is set, not commented out.
	if c.CMSDir == "" || c.PayloadKeyFile == "" || c.Confirmations == 0 || c.MetricsAddr == "" || !c.Payer.Set() {
		t.Errorf("the example leaves cms_dir %q, payload_key_file %q, confirmations %d, metrics_addr %q or payer %+v unset",
			c.CMSDir, c.PayloadKeyFile, c.Confirmations, c.MetricsAddr, c.Payer)
	}

	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	commented := regexp.MustCompile(`^#( *)([a-z][a-z0-9_]*):(\s|$)`)
	valid := Keys()
	section, n := "", 0
	for line := range strings.Lines(string(b)) {
		m := commented.FindStringSubmatch(strings.TrimRight(line, "\n"))
		if m == nil {
			continue
		}
		key := m[2]
		if len(m[1]) <= 1 { // "# key:" is top level, "#   key:" nested
			section = key
			if key == "deploy" {
				continue
			}
		} else {
			key = section + "." + key
		}
		n++
		if !slices.Contains(valid, key) {
			t.Errorf("the example shows %q commented out, which is not a key (%s)", key, suggest(key, valid))
		}
	}
	if n == 0 {
		t.Error("found no commented-out key in the example: the check is broken")
	}
}

// Every key is documented in deploy/README.md or shown in the example.
func TestEveryKeyIsDocumented(t *testing.T) {
	var docs string
	for _, f := range []string{"README.md", "claims.example.yaml"} {
		b, err := os.ReadFile(filepath.Join("..", "..", "deploy", f))
		if err != nil {
			t.Fatal(err)
		}
		docs += string(b)
	}
	for _, k := range Keys() {
		if !regexp.MustCompile(`\b` + last(k) + `\b`).MatchString(docs) {
			t.Errorf("key %s is neither in deploy/README.md nor in deploy/claims.example.yaml", k)
		}
	}
}

func TestLevenshtein(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		d    int
	}{{"", "", 0}, {"a", "", 1}, {"", "ab", 2}, {"kitten", "sitting", 3}, {"payload_keyfile", "payload_key_file", 1}, {"same", "same", 0}} {
		if got := levenshtein(tc.a, tc.b); got != tc.d {
			t.Errorf("levenshtein(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.d)
		}
	}
}
