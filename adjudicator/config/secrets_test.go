package config

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/claimsledger/claims/adjudicator/internal/testpki"
)

// writeSecret writes content to dir/name with exactly mode (whatever the umask).
func writeSecret(t *testing.T, dir, name, content string, mode os.FileMode) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(content), mode); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, mode); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestSecretFilesOpenToOthersAreRefused(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no Unix modes")
	}
	hexKey := strings.Repeat("ab", 32) + "\n"
	tests := []struct {
		key, content string
	}{
		{"hmac_secret_file", hexKey},
		{"payload_key_file", hexKey},
		{"keystore_password_file", "pw\n"},
		{"kafka_sasl_password_file", "pw\n"},
		{"redis_password_file", "pw\n"},
		{"keystore", "{}"},
		{"guardian_keystore", "{}"},
		{"deployer_keystore", "{}"},
		{"recorder_keystore", "{}"},
		{"kafka_tls_key_file", "key"},
		{"redis_tls_key_file", "key"},
	}
	for _, tc := range tests {
		for _, mode := range []os.FileMode{0o644, 0o640, 0o604, 0o660, 0o666} {
			t.Run(tc.key+"/"+mode.String(), func(t *testing.T) {
				dir := t.TempDir()
				path := writeSecret(t, dir, "secret", tc.content, mode)
				yml := tc.key + ": secret\n" + extraFor(tc.key)
				cfgPath := writeSecret(t, dir, "claims.yaml", yml, 0o600)
				_, err := Load(cfgPath, nil, nil)
				wantErr(t, err, tc.key, path, "mode 0"+octal(mode), "chmod 600 "+path)
			})
		}
		t.Run(tc.key+"/owner only", func(t *testing.T) {
			for _, mode := range []os.FileMode{0o600, 0o400} {
				dir := t.TempDir()
				writeSecret(t, dir, "secret", tc.content, mode)
				cfgPath := writeSecret(t, dir, "claims.yaml", tc.key+": secret\n"+extraFor(tc.key), 0o600)
				if _, err := Load(cfgPath, nil, nil); err != nil {
					t.Errorf("mode %s: %v", octal(mode), err)
				}
			}
		})
	}
}

// extraFor is what the config needs beside key for Load to get to checking it.
func extraFor(key string) string {
	switch key {
	case "kafka_sasl_password_file":
		return "kafka_sasl_mechanism: PLAIN\nkafka_sasl_username: u\n"
	case "kafka_tls_key_file":
		return "kafka_tls: true\nkafka_tls_cert_file: cert.pem\n"
	case "redis_tls_key_file":
		return "redis_tls: true\nredis_tls_cert_file: cert.pem\n"
	}
	return ""
}

func octal(m os.FileMode) string {
	const digits = "01234567"
	p := uint32(m.Perm())
	return string([]byte{digits[p>>6&7], digits[p>>3&7], digits[p&7]})
}

func TestMissingKeystoreIsLeftToItsReader(t *testing.T) {
	// Commands that do not sign never open the keystore; the one that does reports it missing.
	if _, err := load(t, "keystore: /nonexistent/keystore.json\nguardian_keystore: nowhere.json\n"); err != nil {
		t.Fatal(err)
	}
}

func TestSecretFileIsFollowedThroughSymlinks(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no Unix modes")
	}
	// Kubernetes mounts secrets as symlinks into a ..data directory: the target's mode counts.
	dir := t.TempDir()
	target := writeSecret(t, dir, "real.hex", strings.Repeat("ab", 32), 0o644)
	if err := os.Symlink(target, filepath.Join(dir, "hmac.hex")); err != nil {
		t.Fatal(err)
	}
	cfgPath := writeSecret(t, dir, "claims.yaml", "hmac_secret_file: hmac.hex\n", 0o600)
	_, err := Load(cfgPath, nil, nil)
	wantErr(t, err, "hmac_secret_file", "mode 0644")
	if err := os.Chmod(target, 0o400); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(cfgPath, nil, nil); err != nil {
		t.Fatal(err)
	}
}

func TestPasswordsFromFilesAndEnvironment(t *testing.T) {
	dir := t.TempDir()
	writeSecret(t, dir, "kafka-pw", "k p w\r\n", 0o600)
	writeSecret(t, dir, "redis-pw", "rpw\n", 0o600)
	yml := "kafka_sasl_mechanism: scram-sha-512\nkafka_sasl_username: adjudicator\nkafka_sasl_password_file: kafka-pw\n" +
		"redis_username: claims\nredis_password_file: redis-pw\n"
	cfgPath := writeSecret(t, dir, "claims.yaml", yml, 0o600)
	c, err := Load(cfgPath, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if c.KafkaSASLPassword != "k p w" || c.RedisPassword != "rpw" || c.KafkaSASLMechanism != "SCRAM-SHA-512" {
		t.Errorf("from files: %q %q %q", c.KafkaSASLPassword, c.RedisPassword, c.KafkaSASLMechanism)
	}
	c, err = Load(cfgPath, nil, []string{"CLAIMS_KAFKA_SASL_PASSWORD=env-k", "CLAIMS_REDIS_PASSWORD=env-r"})
	if err != nil {
		t.Fatal(err)
	}
	if c.KafkaSASLPassword != "env-k" || c.RedisPassword != "env-r" {
		t.Errorf("the environment must win over the files: %q %q", c.KafkaSASLPassword, c.RedisPassword)
	}
}

func TestContradictoryTransportSettingsAreRefused(t *testing.T) {
	tests := []struct {
		name, yml string
		env       []string
		want      []string
	}{
		{"CA without TLS", "kafka_tls_ca_file: ca.pem\n", nil, []string{"kafka_tls_ca_file is set but kafka_tls is not true"}},
		{"server name without TLS", "redis_tls_server_name: redis\n", nil, []string{"redis_tls_server_name is set but redis_tls is not true"}},
		{"TLS explicitly off", "redis_tls: false\nredis_tls_ca_file: ca.pem\n", nil, []string{"redis_tls_ca_file is set"}},
		{"cert without key", "kafka_tls: true\nkafka_tls_cert_file: c.pem\n", nil, []string{"kafka_tls_cert_file and kafka_tls_key_file go together"}},
		{"key without cert", "redis_tls: true\nredis_tls_key_file: k.pem\n", nil, []string{"redis_tls_cert_file and redis_tls_key_file go together"}},
		{"user without mechanism", "kafka_sasl_username: u\n", nil, []string{"kafka_sasl_mechanism is not"}},
		{"password without mechanism", "", []string{"CLAIMS_KAFKA_SASL_PASSWORD=x"}, []string{"kafka_sasl_mechanism is not"}},
		{"unknown mechanism", "kafka_sasl_mechanism: GSSAPI\nkafka_sasl_username: u\n", []string{"CLAIMS_KAFKA_SASL_PASSWORD=x"}, []string{`kafka_sasl_mechanism "GSSAPI"`, "SCRAM-SHA-512"}},
		{"mechanism without user", "kafka_sasl_mechanism: PLAIN\n", []string{"CLAIMS_KAFKA_SASL_PASSWORD=x"}, []string{"kafka_sasl_username is not set"}},
		{"mechanism without password", "kafka_sasl_mechanism: PLAIN\nkafka_sasl_username: u\n", nil, []string{"no password", "CLAIMS_KAFKA_SASL_PASSWORD"}},
		{"redis user without password", "redis_username: alice\n", nil, []string{"redis_username is set but there is no password", "CLAIMS_REDIS_PASSWORD"}},
		{"API certificate without key", "api_tls_cert_file: c.pem\n", nil, []string{"api_tls_cert_file and api_tls_key_file go together"}},
		{"client CA without TLS", "api_client_ca_file: ca.pem\n", nil, []string{"api_client_ca_file asks API clients for certificates, which needs TLS"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := load(t, tc.yml, tc.env...)
			wantErr(t, err, tc.want...)
			if err != nil && strings.Contains(err.Error(), "=x") {
				t.Errorf("error %q quotes a password", err)
			}
		})
	}
}

func TestTLSConfigs(t *testing.T) {
	ca, err := testpki.NewCA("test CA")
	if err != nil {
		t.Fatal(err)
	}
	client, err := ca.Client("adjudicator")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	files, err := ca.WriteFiles(dir, "client", client)
	if err != nil {
		t.Fatal(err)
	}
	yml := "kafka_tls: true\nkafka_tls_ca_file: client-ca.pem\nkafka_tls_cert_file: client.pem\nkafka_tls_key_file: client-key.pem\nkafka_tls_server_name: kafka.internal\n" +
		"redis_tls: true\n"
	cfgPath := writeSecret(t, dir, "claims.yaml", yml, 0o600)
	c, err := Load(cfgPath, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if c.KafkaTLSKeyFile != files.Key {
		t.Errorf("key file %q not resolved against the config's directory (want %q)", c.KafkaTLSKeyFile, files.Key)
	}
	k, err := c.KafkaTLSConfig()
	if err != nil {
		t.Fatal(err)
	}
	if k == nil || k.RootCAs == nil || len(k.Certificates) != 1 || k.ServerName != "kafka.internal" || k.MinVersion == 0 {
		t.Errorf("kafka TLS = %+v", k)
	}
	r, err := c.RedisTLSConfig()
	if err != nil {
		t.Fatal(err)
	}
	if r == nil || r.RootCAs != nil || len(r.Certificates) != 0 {
		t.Errorf("redis TLS with no files must use the system roots and no client certificate: %+v", r)
	}
	c.RedisTLS = false
	if r, err := c.RedisTLSConfig(); r != nil || err != nil {
		t.Errorf("redis_tls off: %v, %v; want nil, nil", r, err)
	}

	t.Run("not a CA file", func(t *testing.T) {
		bad := c
		bad.KafkaTLSCAFile = files.Key
		_, err := bad.KafkaTLSConfig()
		wantErr(t, err, "kafka_tls_ca_file", "no PEM certificate")
	})
	t.Run("key open to others", func(t *testing.T) {
		if runtime.GOOS == "windows" {
			t.Skip("no Unix modes")
		}
		open := writeSecret(t, t.TempDir(), "key.pem", string(client.KeyPEM), 0o644)
		bad := c
		bad.KafkaTLSKeyFile = open
		_, err := bad.KafkaTLSConfig()
		wantErr(t, err, "kafka_tls_key_file", "mode 0644", "chmod 600")
		if strings.Contains(err.Error(), "PRIVATE KEY") {
			t.Errorf("error %q quotes the key", err)
		}
	})
	t.Run("key of another certificate", func(t *testing.T) {
		other, err := ca.Client("other")
		if err != nil {
			t.Fatal(err)
		}
		bad := c
		bad.KafkaTLSKeyFile = writeSecret(t, t.TempDir(), "other-key.pem", string(other.KeyPEM), 0o600)
		_, err = bad.KafkaTLSConfig()
		wantErr(t, err, "kafka_tls_cert_file", "kafka_tls_key_file")
	})
}
