package main

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/spf13/cobra"

	"github.com/claimsledger/claims/adjudicator/config"
	"github.com/claimsledger/claims/adjudicator/devstack"
)

func newDevnet(g *globals) *cobra.Command {
	var out, rpcAddr string
	var kafkaPort, partitions int
	var coverage bool
	cmd := &cobra.Command{
		Use:   "devnet --write-config FILE",
		Short: "Run the embedded broker, chain (HTTP JSON-RPC) and Redis as local services until stopped",
		Long: `devnet runs kfake, the go-ethereum simulated backend (JSON-RPC over HTTP on
127.0.0.1) and Redis as network services, deploys the contracts, enrols the
bundled sample's 10 members (31 coverage spans; --coverage=false: none, to enrol
them with claims coverage import), and writes a config file for every other
command.
Beside the config, in a private directory named after it (FILE without its
extension, plus ".secrets": mode 0700, files 0600), it writes an encrypted
keystore for every role (adjudicator, admin, insurer, provider manager, fraud
analyst, guardian, the access recorder, and a provider's own key), their
password file, the HMAC
secret and the payload key, so that every other command works with this config
and no further flags. These secrets are for development only: the dev chain's
keys are well known. It runs until interrupted.

Every port defaults to a free one, so several devnets run side by side (each
with its own config); the config records which were taken.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := envSetting(cmd.Flags(), "partitions"); err != nil {
				return err
			}
			if out == "" {
				return errors.New("--write-config FILE is required")
			}
			log, err := g.logger(slog.LevelInfo)
			if err != nil {
				return err
			}
			st, err := devstack.Start(cmd.Context(), devstack.Options{
				Partitions: partitions, KafkaPort: kafkaPort, RPCAddr: rpcAddr, Logger: log, PersistRedis: true,
				SkipCoverage: !coverage,
			})
			if err != nil {
				if errors.Is(err, syscall.EADDRINUSE) || strings.Contains(err.Error(), "address already in use") {
					return fmt.Errorf("%w: another process (another devnet?) holds the port; leave --rpc-addr and --kafka-port unset to take free ports, or pick others", err)
				}
				return err
			}
			defer st.Close()
			// The provider API on a free loopback port, which serve takes when it starts.
			if st.Config.APIAddr, err = freeLoopback(); err != nil {
				return err
			}
			// A payer that says it is a test one, so the walk-through's 835s name no real payer
			// and serve has no placeholder to warn about.
			st.Config.Payer = config.PayerSettings{Name: "DEVNET TEST PAYER", EIN: "990000001", AddressLine1: "1 TEST WAY",
				City: "NOWHERE", State: "PA", PostalCode: "17111", ContactEmail: "edi@devnet.invalid"}
			secrets, err := writeDevnetConfig(out, st)
			if err != nil {
				return err
			}
			r := st.Roles()
			fmt.Fprintf(cmd.OutOrStdout(), `devnet ready: config %s
  kafka %v
  redis %s (%s)
  chain %s (challenge window %s of chain time; no payout or admin delay)
  provider API http://%s once serve runs (keys: claims provider add)
  settlement %s, providers %s, access log %s (looks at claims, every %s)
  secrets %s (development only: keystores, their password, HMAC secret, payload key)
  roles (one key each):
    admin %s, adjudicator %s, insurer %s
    provider manager %s, fraud analyst %s, guardian %s
    access recorder %s, a provider's own key %s
Ctrl-C to stop.
`, out, st.Config.Brokers, st.Redis.Addr, st.Redis.Backend, st.Config.RPCURL, st.Settings.ChallengeWindow, st.Config.APIAddr,
				st.Config.SettlementAddress, st.Config.ProvidersAddress, st.Config.AccessLogAddress, st.Config.AccessFlushInterval, secrets,
				r.Admin, r.Adjudicator, r.Insurer, r.ProviderManager, r.FraudAnalyst, r.Guardian, r.Recorder, st.Chain.Address(devstack.ProviderKey))
			<-cmd.Context().Done()
			log.Info("devnet stopping")
			return nil
		},
	}
	cmd.Flags().StringVar(&out, "write-config", "", "where to write the config for the other commands; its secrets go in a private directory beside it (required)")
	cmd.Flags().StringVar(&rpcAddr, "rpc-addr", "127.0.0.1:0", "JSON-RPC listen address, host:port (port 0: a free port)")
	cmd.Flags().IntVar(&kafkaPort, "kafka-port", 0, "Kafka listen port on 127.0.0.1 (0 = free port)")
	cmd.Flags().IntVar(&partitions, "partitions", 4, "partitions per topic [env CLAIMS_PARTITIONS]")
	cmd.Flags().BoolVar(&coverage, "coverage", true, "enrol the bundled sample's members; --coverage=false starts with an empty CoverageRegistry, to enrol with claims coverage import")
	return cmd
}

// secretsDir is where devnet keeps the secrets of the config at path: beside it, named after
// it, so that two devnets writing configs into one directory keep their keys apart.
func secretsDir(path string) string {
	return strings.TrimSuffix(path, filepath.Ext(path)) + ".secrets"
}

// writeDevnetConfig writes the secrets into files in a private directory next to the config,
// and the config itself, which names them by relative path. It returns the directory.
func writeDevnetConfig(path string, st *devstack.Stack) (string, error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("config directory: %w", err)
	}
	secrets := secretsDir(path)
	if err := os.MkdirAll(secrets, 0o700); err != nil {
		return "", err
	}
	// MkdirAll leaves an existing directory's mode alone; these files are keys.
	if err := os.Chmod(secrets, 0o700); err != nil {
		return "", err
	}
	pw := make([]byte, 16)
	if _, err := rand.Read(pw); err != nil {
		return "", err
	}
	password := hex.EncodeToString(pw)
	// A fresh keystore directory per run: the dev keys are the same every run, and an old file
	// would be encrypted under an old password. Light scrypt: these keys guard a dev chain, and
	// every command should start fast.
	ksDir := filepath.Join(secrets, "keystore")
	if err := os.RemoveAll(ksDir); err != nil {
		return "", err
	}
	ks := keystore.NewKeyStore(ksDir, keystore.LightScryptN, keystore.LightScryptP)
	cfg := st.Config
	roles := []struct {
		name  string
		key   int
		field *string
	}{
		{"adjudicator", devstack.AdjudicatorKey, &cfg.Keystore}, {"admin", devstack.AdminKey, &cfg.AdminKeystore},
		{"insurer", devstack.InsurerKey, &cfg.InsurerKeystore}, {"provider-manager", devstack.ProviderManagerKey, &cfg.ProviderManagerKeystore},
		{"fraud-analyst", devstack.FraudAnalystKey, &cfg.FraudAnalystKeystore}, {"guardian", devstack.GuardianKey, &cfg.GuardianKeystore},
		{"provider", devstack.ProviderKey, &cfg.ProviderKeystore},
		{"recorder", devstack.RecorderKey, &cfg.RecorderKeystore},
	}
	for _, r := range roles {
		acct, err := ks.ImportECDSA(st.Chain.Key(r.key), password)
		if err != nil {
			return "", fmt.Errorf("write keystore of the %s: %w", r.name, err)
		}
		// Named by role, so an operator can tell which file to hand to whom.
		named := filepath.Join(ksDir, r.name+".json")
		if err := os.Rename(acct.URL.Path, named); err != nil {
			return "", fmt.Errorf("name keystore of the %s: %w", r.name, err)
		}
		*r.field = named
	}
	files := map[string]string{
		"keystore-password": password,
		"hmac-secret.hex":   hex.EncodeToString(st.Config.HMACSecret),
		"payload-key.hex":   hex.EncodeToString(st.Config.PayloadKey),
	}
	for name, v := range files {
		if err := os.WriteFile(filepath.Join(secrets, name), []byte(v+"\n"), 0o600); err != nil {
			return "", err
		}
	}
	rel := func(p string) string {
		if r, err := filepath.Rel(dir, p); err == nil {
			return r
		}
		return p
	}
	for _, r := range roles {
		*r.field = rel(*r.field)
	}
	// The analysts' keystores (claims analyst add), fresh per run like the role keys: a fresh
	// chain has granted none of them FRAUD_ANALYST_ROLE.
	analystsDir := filepath.Join(secrets, "analysts")
	if err := os.RemoveAll(analystsDir); err != nil {
		return "", err
	}
	if err := os.MkdirAll(analystsDir, 0o700); err != nil {
		return "", err
	}
	cfg.AnalystsDir = rel(analystsDir)
	cfg.KeystorePasswordFile = rel(filepath.Join(secrets, "keystore-password"))
	cfg.HMACSecretFile = rel(filepath.Join(secrets, "hmac-secret.hex"))
	cfg.PayloadKeyFile = rel(filepath.Join(secrets, "payload-key.hex"))
	return secrets, config.Write(path, cfg)
}

// freeLoopback is a loopback address with a port free now, for a service started later.
func freeLoopback() (string, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", fmt.Errorf("find a free port for the provider API: %w", err)
	}
	defer l.Close()
	return l.Addr().String(), nil
}
