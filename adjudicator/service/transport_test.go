package service_test

import (
	"context"
	"crypto/tls"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"
	"github.com/twmb/franz-go/pkg/kfake"

	"github.com/claimsledger/claims/adjudicator/config"
	"github.com/claimsledger/claims/adjudicator/eligcache/redistest"
	"github.com/claimsledger/claims/adjudicator/intake"
	"github.com/claimsledger/claims/adjudicator/internal/testpki"
	"github.com/claimsledger/claims/adjudicator/service"
)

// loadConfig writes yml and the given secret files (mode 0600) into a directory and loads the
// config from there, the way a command does.
func loadConfig(t *testing.T, yml string, files map[string]string, env ...string) config.Config {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(dir, "claims.yaml")
	if err := os.WriteFile(path, []byte(yml), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg, err := config.Load(path, nil, env)
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

func redisRoundTrip(t *testing.T, cfg config.Config) error {
	t.Helper()
	opts, err := service.RedisOptions(cfg)
	if err != nil {
		t.Fatal(err)
	}
	opts.MaxRetries, opts.DialTimeout = -1, 2*time.Second
	c := redis.NewUniversalClient(opts)
	defer c.Close()
	ctx := t.Context()
	if err := c.Set(ctx, "claims:test", "v", 0).Err(); err != nil {
		return err
	}
	if got, err := c.Get(ctx, "claims:test").Result(); err != nil || got != "v" {
		t.Fatalf("GET = %q, %v", got, err)
	}
	return nil
}

func TestRedisACLUserFromConfig(t *testing.T) {
	srv := redistest.NewWith(t, redistest.Options{Password: "default-pw", Users: []string{"claims on >claims-pw ~claims:* +@all"}})
	yml := "redis_addrs: [" + srv.Addr() + "]\nredis_username: claims\nredis_password_file: redis-pw\n"
	if err := redisRoundTrip(t, loadConfig(t, yml, map[string]string{"redis-pw": "claims-pw\n"})); err != nil {
		t.Fatalf("ACL user and password from a file: %v", err)
	}
	t.Run("password from the environment", func(t *testing.T) {
		yml := "redis_addrs: [" + srv.Addr() + "]\nredis_username: claims\n"
		if err := redisRoundTrip(t, loadConfig(t, yml, nil, "CLAIMS_REDIS_PASSWORD=claims-pw")); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("default user (requirepass)", func(t *testing.T) {
		yml := "redis_addrs: [" + srv.Addr() + "]\nredis_password_file: redis-pw\n"
		if err := redisRoundTrip(t, loadConfig(t, yml, map[string]string{"redis-pw": "default-pw"})); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("wrong password", func(t *testing.T) {
		err := redisRoundTrip(t, loadConfig(t, yml, map[string]string{"redis-pw": "not-it"}))
		if err == nil || !strings.Contains(err.Error(), "WRONGPASS") {
			t.Fatalf("wrong password: %v, want WRONGPASS", err)
		}
		if strings.Contains(err.Error(), "not-it") {
			t.Errorf("error %q contains the password", err)
		}
	})
	t.Run("no password", func(t *testing.T) {
		err := redisRoundTrip(t, loadConfig(t, "redis_addrs: ["+srv.Addr()+"]\n", nil))
		if err == nil || !strings.Contains(err.Error(), "NOAUTH") {
			t.Fatalf("no password: %v, want NOAUTH", err)
		}
	})
}

func TestRedisTLSFromConfig(t *testing.T) {
	srv, files := redistest.NewTLS(t, redistest.Options{Users: []string{"claims on >claims-pw ~* +@all"}}, "yes")
	yml := "redis_addrs: [" + srv.Addr() + "]\nredis_username: claims\nredis_password_file: redis-pw\n" +
		"redis_tls: true\nredis_tls_ca_file: " + files.CA + "\nredis_tls_cert_file: " + files.ClientCert + "\nredis_tls_key_file: " + files.ClientKey + "\n"
	cfg := loadConfig(t, yml, map[string]string{"redis-pw": "claims-pw"})
	if err := redisRoundTrip(t, cfg); err != nil {
		t.Fatalf("TLS with a client certificate, as an ACL user: %v", err)
	}
	t.Run("server name", func(t *testing.T) {
		c := cfg
		c.RedisTLSServerName = "localhost" // in the certificate
		if err := redisRoundTrip(t, c); err != nil {
			t.Fatal(err)
		}
		c.RedisTLSServerName = "redis.elsewhere"
		if err := redisRoundTrip(t, c); err == nil || !strings.Contains(err.Error(), "redis.elsewhere") {
			t.Fatalf("a server name the certificate does not carry: %v", err)
		}
	})
	t.Run("plaintext", func(t *testing.T) {
		c := cfg
		c.RedisTLS = false
		if err := redisRoundTrip(t, c); err == nil {
			t.Fatal("a plaintext client talked to a TLS-only Redis")
		}
	})
}

func TestKafkaOptionsFromConfig(t *testing.T) {
	if opts, err := service.KafkaOptions(config.Defaults()); err != nil || len(opts) != 0 {
		t.Fatalf("no TLS, no SASL: %d options, %v; want none", len(opts), err)
	}
	ca, err := testpki.NewCA("kafka CA")
	if err != nil {
		t.Fatal(err)
	}
	pair, err := ca.Server()
	if err != nil {
		t.Fatal(err)
	}
	cert, err := pair.TLSCertificate()
	if err != nil {
		t.Fatal(err)
	}
	cluster, err := kfake.NewCluster(kfake.NumBrokers(1), kfake.Ports(0),
		kfake.TLS(&tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}),
		kfake.EnableSASL(), kfake.Superuser("SCRAM-SHA-512", "claims", "kafka-pw"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(cluster.Close)
	brokers := cluster.ListenAddrs()

	yml := "brokers: [" + strings.Join(brokers, ", ") + "]\n" +
		"kafka_tls: true\nkafka_tls_ca_file: ca.pem\nkafka_sasl_mechanism: scram-sha-512\nkafka_sasl_username: claims\nkafka_sasl_password_file: kafka-pw\n"
	cfg := loadConfig(t, yml, map[string]string{"ca.pem": string(ca.CertPEM()), "kafka-pw": "kafka-pw\n"})
	opts, err := service.KafkaOptions(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()
	if err := intake.CreateTopicsWith(ctx, cfg.Brokers, 1, []string{cfg.InputTopic}, opts...); err != nil {
		t.Fatal(err)
	}
	prod, err := intake.NewProducer(cfg.Brokers, opts...)
	if err != nil {
		t.Fatal(err)
	}
	defer prod.Close()
	if err := prod.Submit(ctx, intake.Submission{Key: []byte("m"), Value: []byte("claim")}); err != nil {
		t.Fatal(err)
	}
	recs, err := intake.ReadAll(ctx, cfg.Brokers, cfg.InputTopic, opts...)
	if err != nil || len(recs) != 1 || string(recs[0].Value) != "claim" {
		t.Fatalf("ReadAll = %d records, %v; want the claim", len(recs), err)
	}

	t.Run("wrong password", func(t *testing.T) {
		bad := cfg
		bad.KafkaSASLPassword = "not-it"
		opts, err := service.KafkaOptions(bad)
		if err != nil {
			t.Fatal(err)
		}
		err = intake.CreateTopicsWith(ctx, cfg.Brokers, 1, []string{cfg.InputTopic}, opts...)
		if err == nil || !strings.Contains(err.Error(), "SASL Authentication Failed") || strings.Contains(err.Error(), "not-it") {
			t.Fatalf("wrong password: %v; want SASL Authentication Failed, without the password", err)
		}
	})
	t.Run("bad CA file", func(t *testing.T) {
		bad := cfg
		bad.KafkaTLSCAFile = filepath.Join(t.TempDir(), "missing.pem")
		if _, err := service.KafkaOptions(bad); err == nil || !strings.Contains(err.Error(), "kafka_tls_ca_file") {
			t.Fatalf("missing CA file: %v", err)
		}
	})
}
