package config

import (
	"crypto/tls"
	"crypto/x509"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"strings"
)

// checkMode refuses a secret file that others than its owner may read or write: what ssh
// does with private keys. Windows has no such mode bits to check.
func checkMode(key, path string, fi os.FileInfo) error {
	if runtime.GOOS == "windows" {
		return nil
	}
	if perm := fi.Mode().Perm(); perm&0o077 != 0 {
		return fmt.Errorf("config: %s %s has mode %04o, open to group or others: a secret file must be readable by its owner only (chmod 600 %s)",
			key, path, perm, path)
	}
	return nil
}

// readSecretFile reads the secret file path (named by key) after checking its mode.
func readSecretFile(key, path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("config: %s: %w", key, err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("config: %s: %w", key, err)
	}
	if err := checkMode(key, path, fi); err != nil {
		return nil, err
	}
	b, err := io.ReadAll(f)
	if err != nil {
		return nil, fmt.Errorf("config: %s: %w", key, err)
	}
	return b, nil
}

// checkSecretModes checks the secret files Load does not read itself (keystores and TLS
// private keys, read by the commands that use them) when they exist; a missing one is for its
// reader to report.
func (c *Config) checkSecretModes() error {
	files := []struct{ key, path string }{
		{"keystore", c.Keystore}, {"admin_keystore", c.AdminKeystore}, {"insurer_keystore", c.InsurerKeystore},
		{"provider_manager_keystore", c.ProviderManagerKeystore}, {"fraud_analyst_keystore", c.FraudAnalystKeystore},
		{"guardian_keystore", c.GuardianKeystore}, {"provider_keystore", c.ProviderKeystore},
		{"deployer_keystore", c.DeployerKeystore}, {"recorder_keystore", c.RecorderKeystore},
		{"kafka_tls_key_file", c.KafkaTLSKeyFile}, {"redis_tls_key_file", c.RedisTLSKeyFile},
	}
	var errs []error
	for _, f := range files {
		if f.path == "" {
			continue
		}
		if fi, err := os.Stat(f.path); err == nil {
			errs = append(errs, checkMode(f.key, f.path, fi))
		}
	}
	return errors.Join(errs...)
}

// secret is a secret from the environment variable of name, else from the file key names.
// source says which, for errors (never the value).
func secret(name, envValue, key, path string) (v []byte, source string, err error) {
	if envValue != "" {
		return []byte(envValue), envName(name), nil
	}
	if path == "" {
		return nil, "", nil
	}
	b, err := readSecretFile(key, path)
	return b, key + " " + path, err
}

func (c *Config) resolveSecrets(fromEnv map[string]string) error {
	var err error
	if c.HMACSecret, err = secretHex("hmac_secret", fromEnv, "hmac_secret_file", c.HMACSecretFile); err != nil {
		return err
	}
	if c.PayloadKey, err = secretHex("payload_key", fromEnv, "payload_key_file", c.PayloadKeyFile); err != nil {
		return err
	}
	if c.KeystorePassword, err = secretLine("keystore_password", fromEnv, "keystore_password_file", c.KeystorePasswordFile); err != nil {
		return err
	}
	if c.KafkaSASLPassword, err = secretLine("kafka_sasl_password", fromEnv, "kafka_sasl_password_file", c.KafkaSASLPasswordFile); err != nil {
		return err
	}
	if c.RedisPassword, err = secretLine("redis_password", fromEnv, "redis_password_file", c.RedisPasswordFile); err != nil {
		return err
	}
	return nil
}

// secretLine is a password: the variable's value, or the file's first line without its line
// ending (other whitespace is part of the password).
func secretLine(name string, fromEnv map[string]string, key, path string) (string, error) {
	b, _, err := secret(name, fromEnv[name], key, path)
	if err != nil {
		return "", err
	}
	return strings.TrimRight(string(b), "\r\n"), nil
}

// secretHex is a hex secret (an optional 0x and surrounding whitespace allowed).
func secretHex(name string, fromEnv map[string]string, key, path string) ([]byte, error) {
	b, source, err := secret(name, fromEnv[name], key, path)
	if err != nil {
		return nil, err
	}
	v := strings.TrimPrefix(strings.TrimSpace(string(b)), "0x")
	if v == "" {
		return nil, nil
	}
	out, err := hex.DecodeString(v)
	if err != nil {
		// hex's error quotes the offending character: say where it is instead.
		why := "odd number of digits"
		for i := range len(v) {
			if !strings.ContainsRune("0123456789abcdefABCDEF", rune(v[i])) {
				why = fmt.Sprintf("character %d is not a hex digit", i+1)
				break
			}
		}
		return nil, fmt.Errorf("config: %s from %s: want hex: %s", strings.ReplaceAll(name, "_", " "), source, why)
	}
	return out, nil
}

// SASL mechanisms kafka_sasl_mechanism accepts (intake.NewSASL builds them).
var saslMechanisms = []string{"PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"}

// checkTransport refuses settings that contradict each other, so that TLS or authentication
// is never silently off: a CA file without kafka_tls, a SASL user without a mechanism, a
// client certificate without its key.
func (c *Config) checkTransport(fromEnv map[string]string) error {
	var problems []string
	add := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }
	tlsFiles := func(prefix string, on bool, ca, cert, key, server string) {
		for _, f := range []struct{ k, v string }{{"ca_file", ca}, {"cert_file", cert}, {"key_file", key}, {"server_name", server}} {
			if f.v != "" && !on {
				add("%s_tls_%s is set but %s_tls is not true: set %s_tls: true (or CLAIMS_%s_TLS=true), or remove it",
					prefix, f.k, prefix, prefix, strings.ToUpper(prefix))
			}
		}
		if (cert == "") != (key == "") {
			add("%s_tls_cert_file and %s_tls_key_file go together (a client certificate and its key): set both or neither", prefix, prefix)
		}
	}
	tlsFiles("kafka", c.KafkaTLS, c.KafkaTLSCAFile, c.KafkaTLSCertFile, c.KafkaTLSKeyFile, c.KafkaTLSServerName)
	tlsFiles("redis", c.RedisTLS, c.RedisTLSCAFile, c.RedisTLSCertFile, c.RedisTLSKeyFile, c.RedisTLSServerName)

	c.KafkaSASLMechanism = strings.ToUpper(strings.TrimSpace(c.KafkaSASLMechanism))
	kafkaPassword := c.KafkaSASLPasswordFile != "" || fromEnv["kafka_sasl_password"] != ""
	switch {
	case c.KafkaSASLMechanism == "":
		if c.KafkaSASLUsername != "" || kafkaPassword {
			add("a Kafka SASL username or password is set but kafka_sasl_mechanism is not: set it to one of %s", strings.Join(saslMechanisms, ", "))
		}
	case !slices.Contains(saslMechanisms, c.KafkaSASLMechanism):
		add("kafka_sasl_mechanism %q: want one of %s", c.KafkaSASLMechanism, strings.Join(saslMechanisms, ", "))
	default:
		if c.KafkaSASLUsername == "" {
			add("kafka_sasl_mechanism is %s but kafka_sasl_username is not set", c.KafkaSASLMechanism)
		}
		if !kafkaPassword {
			add("kafka_sasl_mechanism is %s but there is no password: set kafka_sasl_password_file or CLAIMS_KAFKA_SASL_PASSWORD", c.KafkaSASLMechanism)
		}
	}
	if (c.APITLSCertFile == "") != (c.APITLSKeyFile == "") {
		add("api_tls_cert_file and api_tls_key_file go together (the API's certificate and its key): set both or neither")
	}
	if c.APIClientCAFile != "" && c.APITLSCertFile == "" {
		add("api_client_ca_file asks API clients for certificates, which needs TLS: set api_tls_cert_file and api_tls_key_file too")
	}
	if c.RedisUsername != "" && c.RedisPasswordFile == "" && fromEnv["redis_password"] == "" {
		add("redis_username is set but there is no password: set redis_password_file or CLAIMS_REDIS_PASSWORD")
	}
	if len(problems) > 0 {
		return errors.New("config: " + strings.Join(problems, "; "))
	}
	return nil
}

// KafkaTLSConfig is the TLS configuration for the brokers, or nil when kafka_tls is off. It
// reads the CA, certificate and key files (the key file's mode is checked like any secret's).
func (c *Config) KafkaTLSConfig() (*tls.Config, error) {
	if !c.KafkaTLS {
		return nil, nil
	}
	return tlsConfig("kafka", c.KafkaTLSCAFile, c.KafkaTLSCertFile, c.KafkaTLSKeyFile, c.KafkaTLSServerName)
}

// RedisTLSConfig is the TLS configuration for Redis, or nil when redis_tls is off.
func (c *Config) RedisTLSConfig() (*tls.Config, error) {
	if !c.RedisTLS {
		return nil, nil
	}
	return tlsConfig("redis", c.RedisTLSCAFile, c.RedisTLSCertFile, c.RedisTLSKeyFile, c.RedisTLSServerName)
}

// tlsConfig verifies servers against caFile (else the system's roots), presents the client
// certificate in certFile and keyFile when set, and checks the server's name against
// serverName (else the host dialled). TLS 1.2 at least.
func tlsConfig(prefix, caFile, certFile, keyFile, serverName string) (*tls.Config, error) {
	cfg := &tls.Config{MinVersion: tls.VersionTLS12, ServerName: serverName}
	if caFile != "" {
		pemCA, err := os.ReadFile(caFile)
		if err != nil {
			return nil, fmt.Errorf("config: %s_tls_ca_file: %w", prefix, err)
		}
		cfg.RootCAs = x509.NewCertPool()
		if !cfg.RootCAs.AppendCertsFromPEM(pemCA) {
			return nil, fmt.Errorf("config: %s_tls_ca_file %s: no PEM certificate in it", prefix, caFile)
		}
	}
	if certFile != "" || keyFile != "" {
		pemCert, err := os.ReadFile(certFile)
		if err != nil {
			return nil, fmt.Errorf("config: %s_tls_cert_file: %w", prefix, err)
		}
		pemKey, err := readSecretFile(prefix+"_tls_key_file", keyFile)
		if err != nil {
			return nil, err
		}
		pair, err := tls.X509KeyPair(pemCert, pemKey)
		if err != nil {
			return nil, fmt.Errorf("config: %s_tls_cert_file %s and %s_tls_key_file %s: %w", prefix, certFile, prefix, keyFile, err)
		}
		cfg.Certificates = []tls.Certificate{pair}
	}
	return cfg, nil
}

// APITLSConfig is the provider API's TLS configuration, or nil when api_tls_cert_file is unset
// (plain HTTP, for a TLS-terminating proxy in front). With api_client_ca_file, a client may
// present a certificate, which must chain to one of its CAs: VerifyClientCertIfGiven, so
// providers with API keys and no certificate still connect. TLS 1.2 at least.
func (c *Config) APITLSConfig() (*tls.Config, error) {
	if c.APITLSCertFile == "" {
		return nil, nil
	}
	pemCert, err := os.ReadFile(c.APITLSCertFile)
	if err != nil {
		return nil, fmt.Errorf("config: api_tls_cert_file: %w", err)
	}
	pemKey, err := readSecretFile("api_tls_key_file", c.APITLSKeyFile)
	if err != nil {
		return nil, err
	}
	pair, err := tls.X509KeyPair(pemCert, pemKey)
	if err != nil {
		return nil, fmt.Errorf("config: api_tls_cert_file %s and api_tls_key_file %s: %w", c.APITLSCertFile, c.APITLSKeyFile, err)
	}
	cfg := &tls.Config{MinVersion: tls.VersionTLS12, Certificates: []tls.Certificate{pair}}
	if c.APIClientCAFile != "" {
		pemCA, err := os.ReadFile(c.APIClientCAFile)
		if err != nil {
			return nil, fmt.Errorf("config: api_client_ca_file: %w", err)
		}
		cfg.ClientCAs = x509.NewCertPool()
		if !cfg.ClientCAs.AppendCertsFromPEM(pemCA) {
			return nil, fmt.Errorf("config: api_client_ca_file %s: no PEM certificate in it", c.APIClientCAFile)
		}
		cfg.ClientAuth = tls.VerifyClientCertIfGiven
	}
	return cfg, nil
}
