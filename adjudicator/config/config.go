// Package config loads the settings every `claims` subcommand shares, from
// command-line flags, then CLAIMS_* environment variables, then a YAML file
// (earlier sources win). Keys are flat and spelt the same everywhere:
// YAML `rpc_url`, environment CLAIMS_RPC_URL, flag --rpc-url.
//
// Secrets (the HMAC secret, the payload key, the keystore password, the
// Kafka SASL and Redis passwords) are never flags: they come from files named
// in the config, or from CLAIMS_HMAC_SECRET, CLAIMS_PAYLOAD_KEY,
// CLAIMS_KEYSTORE_PASSWORD, CLAIMS_KAFKA_SASL_PASSWORD and
// CLAIMS_REDIS_PASSWORD. A secret file (and a keystore, and a TLS private
// key) must be readable by its owner only.
//
// Loading is strict: an unknown key or CLAIMS_* variable is an error, so a
// typo cannot silently turn a setting such as payload sealing off.
package config

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/knadh/koanf/parsers/yaml"
	"github.com/knadh/koanf/providers/env/v2"
	"github.com/knadh/koanf/providers/file"
	"github.com/knadh/koanf/providers/posflag"
	"github.com/knadh/koanf/v2"
	"github.com/spf13/pflag"
	goyaml "go.yaml.in/yaml/v3"
)

// Config is the shared configuration. Paths in a YAML file are relative to
// the file's directory.
type Config struct {
	Brokers         []string `koanf:"brokers" yaml:"brokers"`
	InputTopic      string   `koanf:"input_topic" yaml:"input_topic"`
	DecisionsTopic  string   `koanf:"decisions_topic" yaml:"decisions_topic"`
	DeadLetterTopic string   `koanf:"deadletter_topic" yaml:"deadletter_topic"`
	Group           string   `koanf:"group" yaml:"group"`
	Partitions      int      `koanf:"partitions" yaml:"partitions"`
	// AccessTopic is where every look at a claim's details is written before the details are
	// served; serve's flusher moves them to the AccessLog contract every AccessFlushInterval.
	AccessTopic         string        `koanf:"access_topic" yaml:"access_topic"`
	AccessFlushInterval time.Duration `koanf:"access_flush_interval" yaml:"access_flush_interval,omitempty"`

	// Kafka transport security. TLS is on when KafkaTLS is set; the CA file replaces the
	// system roots, the cert and key files are a client certificate (mutual TLS), the server
	// name replaces each broker's host name in the certificate check. SASL is on when
	// KafkaSASLMechanism is set (PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512); the password comes
	// from KafkaSASLPasswordFile or CLAIMS_KAFKA_SASL_PASSWORD.
	KafkaTLS              bool   `koanf:"kafka_tls" yaml:"kafka_tls,omitempty"`
	KafkaTLSCAFile        string `koanf:"kafka_tls_ca_file" yaml:"kafka_tls_ca_file,omitempty"`
	KafkaTLSCertFile      string `koanf:"kafka_tls_cert_file" yaml:"kafka_tls_cert_file,omitempty"`
	KafkaTLSKeyFile       string `koanf:"kafka_tls_key_file" yaml:"kafka_tls_key_file,omitempty"`
	KafkaTLSServerName    string `koanf:"kafka_tls_server_name" yaml:"kafka_tls_server_name,omitempty"`
	KafkaSASLMechanism    string `koanf:"kafka_sasl_mechanism" yaml:"kafka_sasl_mechanism,omitempty"`
	KafkaSASLUsername     string `koanf:"kafka_sasl_username" yaml:"kafka_sasl_username,omitempty"`
	KafkaSASLPasswordFile string `koanf:"kafka_sasl_password_file" yaml:"kafka_sasl_password_file,omitempty"`

	RedisAddrs []string `koanf:"redis_addrs" yaml:"redis_addrs"`
	// Redis authentication and TLS, as for Kafka: RedisUsername is an ACL user (empty: the
	// default user, as requirepass sets it); the password comes from RedisPasswordFile or
	// CLAIMS_REDIS_PASSWORD.
	RedisUsername      string `koanf:"redis_username" yaml:"redis_username,omitempty"`
	RedisPasswordFile  string `koanf:"redis_password_file" yaml:"redis_password_file,omitempty"`
	RedisTLS           bool   `koanf:"redis_tls" yaml:"redis_tls,omitempty"`
	RedisTLSCAFile     string `koanf:"redis_tls_ca_file" yaml:"redis_tls_ca_file,omitempty"`
	RedisTLSCertFile   string `koanf:"redis_tls_cert_file" yaml:"redis_tls_cert_file,omitempty"`
	RedisTLSKeyFile    string `koanf:"redis_tls_key_file" yaml:"redis_tls_key_file,omitempty"`
	RedisTLSServerName string `koanf:"redis_tls_server_name" yaml:"redis_tls_server_name,omitempty"`

	RPCURL            string `koanf:"rpc_url" yaml:"rpc_url"`
	SettlementAddress string `koanf:"settlement_address" yaml:"settlement_address"`
	RegistryAddress   string `koanf:"registry_address" yaml:"registry_address"`
	ProvidersAddress  string `koanf:"providers_address" yaml:"providers_address"`
	TokenAddress      string `koanf:"token_address" yaml:"token_address"`
	// AccessLogAddress is the AccessLog contract; empty: looks are queued on AccessTopic but no
	// serve writes them to the chain (it warns).
	AccessLogAddress string `koanf:"access_log_address" yaml:"access_log_address,omitempty"`
	FromBlock        uint64 `koanf:"from_block" yaml:"from_block"`

	// Keystore is the encrypted key this config signs with: the adjudicator's for serve, and
	// the operator's own for every other command unless a role keystore below names another.
	Keystore             string `koanf:"keystore" yaml:"keystore"`
	KeystorePasswordFile string `koanf:"keystore_password_file" yaml:"keystore_password_file"`
	// Role keystores, for a config that serves several roles (devnet writes one per role).
	// Each command signs with its role's keystore when set, else with Keystore.
	AdminKeystore           string `koanf:"admin_keystore" yaml:"admin_keystore,omitempty"`
	InsurerKeystore         string `koanf:"insurer_keystore" yaml:"insurer_keystore,omitempty"`
	ProviderManagerKeystore string `koanf:"provider_manager_keystore" yaml:"provider_manager_keystore,omitempty"`
	FraudAnalystKeystore    string `koanf:"fraud_analyst_keystore" yaml:"fraud_analyst_keystore,omitempty"`
	GuardianKeystore        string `koanf:"guardian_keystore" yaml:"guardian_keystore,omitempty"`
	ProviderKeystore        string `koanf:"provider_keystore" yaml:"provider_keystore,omitempty"`
	DeployerKeystore        string `koanf:"deployer_keystore" yaml:"deployer_keystore,omitempty"`
	// RecorderKeystore signs serve's writes to the AccessLog. It never falls back to Keystore:
	// the adjudicator's key signs settlements in the same process, and two writers of one key
	// would race for its nonces.
	RecorderKeystore string `koanf:"recorder_keystore" yaml:"recorder_keystore,omitempty"`

	// Deploy is what `claims deploy` deploys: who holds which role, and the contracts'
	// delays, windows and caps.
	Deploy         DeploySettings `koanf:"deploy" yaml:"deploy,omitempty"`
	HMACSecretFile string         `koanf:"hmac_secret_file" yaml:"hmac_secret_file"`
	PayloadKeyFile string         `koanf:"payload_key_file" yaml:"payload_key_file,omitempty"`

	// CMSDir holds the quarterly CMS files a payer downloads (ncci/, mpfs/,
	// laid out like the shared reference data); empty = the bundled slice,
	// which only covers the demo's codes.
	CMSDir string `koanf:"cms_dir" yaml:"cms_dir,omitempty"`
	// PlansDir replaces the bundled plan files (policies/plans layout).
	PlansDir string `koanf:"plans_dir" yaml:"plans_dir,omitempty"`
	// ExclusionList is a list of excluded providers in the layout of the
	// OIG LEIE download (UPDATED.csv); a claim billed or rendered by one
	// on its date of service fires the EXCLUDED fraud signal. Part of the
	// policy hash. Empty: no list.
	ExclusionList string `koanf:"exclusion_list" yaml:"exclusion_list,omitempty"`
	// FraudBaseline is a fraud baseline file (`claims fraud baseline
	// --out`): the peer statistics the peer fraud signals compare claims
	// with. Part of the policy hash. Empty: none, and those signals do not
	// fire.
	FraudBaseline string `koanf:"fraud_baseline" yaml:"fraud_baseline,omitempty"`
	// AnalystsDir holds one encrypted keystore per fraud analyst, <name>.json (claims analyst
	// add writes them); its passphrase is the analyst's console password. serve mounts the
	// analysts' console at /console on api_addr when it is set. Empty: no console.
	AnalystsDir string `koanf:"analysts_dir" yaml:"analysts_dir,omitempty"`

	BatchSize int           `koanf:"batch_size" yaml:"batch_size"`
	Linger    time.Duration `koanf:"linger" yaml:"linger"`
	// DrainTimeout bounds how long SIGTERM waits for the batch in flight to settle, publish and
	// commit; it never bounds a batch waiting out an outage while serve runs.
	DrainTimeout time.Duration `koanf:"drain_timeout" yaml:"drain_timeout,omitempty"`
	// Confirmations is how many blocks deep a settlement must be before its decisions are
	// published and its offsets committed; 0 (dev chains, instant finality) does not wait.
	Confirmations uint64 `koanf:"confirmations" yaml:"confirmations,omitempty"`
	// ReceiptPoll is how often a settlement's receipt is asked for: about a block time, or less
	// on chains with fast blocks (every poll is one JSON-RPC call).
	ReceiptPoll time.Duration `koanf:"receipt_poll" yaml:"receipt_poll,omitempty"`
	MetricsAddr string        `koanf:"metrics_addr" yaml:"metrics_addr,omitempty"`
	// APIAddr is where serve offers the providers' HTTP API; empty: no API.
	APIAddr string `koanf:"api_addr" yaml:"api_addr,omitempty"`
	// APITLSCertFile and APITLSKeyFile serve the API over TLS. APIClientCAFile also asks each
	// client for a certificate signed by one of its CAs: a provider whose certificate is
	// registered (claims provider cert add) is authenticated by it instead of an API key.
	APITLSCertFile  string `koanf:"api_tls_cert_file" yaml:"api_tls_cert_file,omitempty"`
	APITLSKeyFile   string `koanf:"api_tls_key_file" yaml:"api_tls_key_file,omitempty"`
	APIClientCAFile string `koanf:"api_client_ca_file" yaml:"api_client_ca_file,omitempty"`
	// Payer is who the API's 835s name as payer and how they say it paid; unset: the
	// placeholders of api.DefaultPayer, which serve warns about.
	Payer PayerSettings `koanf:"payer" yaml:"payer,omitempty"`

	// Resolved secrets; never written back out.
	HMACSecret        []byte `koanf:"-" yaml:"-"`
	PayloadKey        []byte `koanf:"-" yaml:"-"`
	KeystorePassword  string `koanf:"-" yaml:"-"`
	KafkaSASLPassword string `koanf:"-" yaml:"-"`
	RedisPassword     string `koanf:"-" yaml:"-"`
}

// DeploySettings configure `claims deploy`. Role addresses left empty are read from the role
// keystores (the address is in a keystore file's clear part); durations and caps left zero take
// the production defaults (chain.ProductionSettings).
type DeploySettings struct {
	AdminAddress           string `koanf:"admin_address" yaml:"admin_address,omitempty"`
	AdjudicatorAddress     string `koanf:"adjudicator_address" yaml:"adjudicator_address,omitempty"`
	InsurerAddress         string `koanf:"insurer_address" yaml:"insurer_address,omitempty"`
	ProviderManagerAddress string `koanf:"provider_manager_address" yaml:"provider_manager_address,omitempty"`
	FraudAnalystAddress    string `koanf:"fraud_analyst_address" yaml:"fraud_analyst_address,omitempty"`
	GuardianAddress        string `koanf:"guardian_address" yaml:"guardian_address,omitempty"`
	// RecorderAddress gets RECORDER_ROLE on the AccessLog; with neither it nor
	// recorder_keystore set, deploy deploys no AccessLog.
	RecorderAddress string `koanf:"recorder_address" yaml:"recorder_address,omitempty"`

	AdminDelay            time.Duration `koanf:"admin_delay" yaml:"admin_delay,omitempty"`
	ChallengeWindow       time.Duration `koanf:"challenge_window" yaml:"challenge_window,omitempty"`
	PayoutDelay           time.Duration `koanf:"payout_delay" yaml:"payout_delay,omitempty"`
	EscrowWithdrawalDelay time.Duration `koanf:"escrow_withdrawal_delay" yaml:"escrow_withdrawal_delay,omitempty"`
	MaxBatchOffsets       uint64        `koanf:"max_batch_offsets" yaml:"max_batch_offsets,omitempty"`
	MaxBatchCents         int64         `koanf:"max_batch_cents" yaml:"max_batch_cents,omitempty"`
	WindowCapCents        int64         `koanf:"window_cap_cents" yaml:"window_cap_cents,omitempty"`
	CapWindow             time.Duration `koanf:"cap_window" yaml:"cap_window,omitempty"`
	// Dev, when true, takes the dev defaults (no delays, a 30 s window) for what is unset.
	Dev bool `koanf:"dev" yaml:"dev,omitempty"`
}

// PayerSettings say who the provider API's 835s name as payer (loop 1000A: N1*PR, N3/N4,
// PER*BL; TRN03) and how they say it paid (BPR04). Like deploy:, a YAML block (or
// CLAIMS_PAYER_* variables) without flags: a payer's identity is set once per deployment, not
// per invocation. All unset, the API writes api.DefaultPayer's placeholders. Any set, the name,
// the EIN, the address (address_line1, city, state, postal_code) and one way to reach the EDI
// desk (contact_phone, contact_email or contact_url) are required: the 835 guide requires each.
//
// The payer is identified by its EIN: TRN03 is "1" and the EIN, as the guide says. The CMS
// National Plan ID (N1*PR N103 XV) is not offered: the guide sends it only once it is mandated,
// and HHS rescinded it in 2019. Nor are bank accounts (BPR06-15): an ACH or wire payment names
// the provider's account too, which the engine does not keep (see PaymentMethod).
type PayerSettings struct {
	Name string `koanf:"name" yaml:"name,omitempty"` // N1*PR N102: at most 60 characters
	// EIN is the payer's employer identification number: 9 digits, NN-NNNNNNN also read.
	EIN          string `koanf:"ein" yaml:"ein,omitempty"`
	AddressLine1 string `koanf:"address_line1" yaml:"address_line1,omitempty"` // N301
	AddressLine2 string `koanf:"address_line2" yaml:"address_line2,omitempty"` // N302, optional
	City         string `koanf:"city" yaml:"city,omitempty"`                   // N401
	State        string `koanf:"state" yaml:"state,omitempty"`                 // N402: 2 letters
	PostalCode   string `koanf:"postal_code" yaml:"postal_code,omitempty"`     // N403: ZIP or ZIP+4
	ContactName  string `koanf:"contact_name" yaml:"contact_name,omitempty"`   // PER02, optional
	ContactPhone string `koanf:"contact_phone" yaml:"contact_phone,omitempty"` // PER TE: 10 digits
	ContactEmail string `koanf:"contact_email" yaml:"contact_email,omitempty"` // PER EM
	// ContactURL is PER UR, without its scheme: the 835's component separator is ':'.
	ContactURL string `koanf:"contact_url" yaml:"contact_url,omitempty"`
	// PaymentMethod is BPR04 of an 835 that pays something: BOP (financial institution option,
	// the default: the money moves on the settlement chain, which no X12 code names) or CHK for
	// a payer that pays the credits out by check. ACH and FWT are refused: they need the
	// provider's bank account in BPR12-15.
	PaymentMethod string `koanf:"payment_method" yaml:"payment_method,omitempty"`
}

// Set reports whether any payer setting is given: unset, the API's placeholders apply.
func (p PayerSettings) Set() bool { return p != PayerSettings{} }

// Payment methods (835 BPR04) PayerSettings.PaymentMethod takes.
const (
	PaymentBOP   = "BOP"
	PaymentCheck = "CHK"
)

var (
	einPattern   = regexp.MustCompile(`^[0-9]{2}-?[0-9]{7}$`)
	statePattern = regexp.MustCompile(`^[A-Z]{2}$`)
	zipPattern   = regexp.MustCompile(`^[0-9]{5}(-?[0-9]{4})?$`)
	phonePattern = regexp.MustCompile(`^[0-9]{10}$`)
	emailPattern = regexp.MustCompile(`^[^@\s]+@[^@\s]+\.[^@\s]+$`)
)

// checkPayer validates and normalizes the payer block: the EIN and ZIP without their hyphens,
// the payment method in upper case and BOP when unset. Each problem names its key.
func (c *Config) checkPayer() error {
	p := &c.Payer
	if !p.Set() {
		return nil
	}
	var problems []string
	add := func(key, format string, args ...any) {
		problems = append(problems, "payer."+key+": "+fmt.Sprintf(format, args...))
	}
	text := func(key, v string, required bool, min, max int) {
		switch {
		case v == "" && required:
			add(key, "required when any payer setting is given (the 835 guide requires it)")
		case v == "":
		case len(v) < min || len(v) > max:
			add(key, "%d characters, want %d to %d", len(v), min, max)
		}
		if strings.ContainsAny(v, "*^:~") {
			add(key, "holds an X12 delimiter (* ^ : ~), which the 835 could not carry")
		}
		if strings.ContainsFunc(v, func(r rune) bool { return r < ' ' || r == 0x7f }) {
			add(key, "holds a control character")
		}
	}
	text("name", p.Name, true, 1, 60)
	text("address_line1", p.AddressLine1, true, 1, 55)
	text("address_line2", p.AddressLine2, false, 1, 55)
	text("city", p.City, true, 2, 30)
	text("contact_name", p.ContactName, false, 1, 60)
	text("contact_email", p.ContactEmail, false, 1, 256)
	text("contact_url", p.ContactURL, false, 1, 256)
	switch {
	case p.EIN == "":
		add("ein", "required when any payer setting is given: TRN03 is \"1\" and the payer's EIN")
	case !einPattern.MatchString(p.EIN):
		add("ein", "want an EIN, 9 digits (NN-NNNNNNN; quote it in YAML, where an unquoted number loses a leading 0)")
	case strings.HasPrefix(p.EIN, "00"):
		add("ein", "the IRS issues no EIN starting 00")
	default:
		p.EIN = strings.ReplaceAll(p.EIN, "-", "")
	}
	switch {
	case p.State == "":
		add("state", "required when any payer setting is given (the 835 guide requires it in the US)")
	case !statePattern.MatchString(p.State):
		add("state", "want a 2-letter state code in upper case (PA)")
	}
	switch {
	case p.PostalCode == "":
		add("postal_code", "required when any payer setting is given (the 835 guide requires it in the US)")
	case !zipPattern.MatchString(p.PostalCode):
		add("postal_code", "want a ZIP code, 5 or 9 digits (quote it in YAML, where an unquoted number loses a leading 0)")
	default:
		p.PostalCode = strings.ReplaceAll(p.PostalCode, "-", "")
	}
	if p.ContactPhone == "" && p.ContactEmail == "" && p.ContactURL == "" {
		add("contact_phone", "the 835 guide requires a way to reach the payer's EDI desk: set contact_phone, contact_email or contact_url")
	}
	if p.ContactPhone != "" && !phonePattern.MatchString(p.ContactPhone) {
		add("contact_phone", "want 10 digits, area code first, no punctuation (as the 835 guide writes a US number)")
	}
	if p.ContactEmail != "" && !emailPattern.MatchString(p.ContactEmail) {
		add("contact_email", "want an email address")
	}
	if strings.Contains(p.ContactURL, "://") {
		add("contact_url", "leave out the scheme (https://): ':' separates components in an 835")
	}
	switch m := strings.ToUpper(strings.TrimSpace(p.PaymentMethod)); m {
	case "":
		p.PaymentMethod = PaymentBOP
	case PaymentBOP, PaymentCheck:
		p.PaymentMethod = m
	case "ACH", "FWT":
		add("payment_method", "%s needs the provider's bank account in BPR12-15, which the engine does not keep: want %s or %s", m, PaymentBOP, PaymentCheck)
	default:
		add("payment_method", "want %s (financial institution option) or %s (check)", PaymentBOP, PaymentCheck)
	}
	if len(problems) > 0 {
		return errors.New("config: " + strings.Join(problems, "; "))
	}
	return nil
}

// Role names who signs a command.
type Role string

// Roles, each its own key in production.
const (
	RoleAdjudicator     Role = "adjudicator"
	RoleAdmin           Role = "admin"
	RoleInsurer         Role = "insurer"
	RoleProviderManager Role = "provider_manager"
	RoleFraudAnalyst    Role = "fraud_analyst"
	RoleGuardian        Role = "guardian"
	RoleProvider        Role = "provider"
	RoleDeployer        Role = "deployer"
	// RoleRecorder writes looks at claims to the AccessLog; only recorder_keystore signs for it.
	RoleRecorder Role = "recorder"
)

// KeystoreFor is the keystore file that signs for role: its role keystore when set, else
// Keystore (the deployer falls back to the admin's keystore first). Empty when none is set. The
// recorder has no fallback: Keystore is the adjudicator's in serve's config, and the recorder
// signs beside it.
func (c *Config) KeystoreFor(r Role) string {
	var k string
	switch r {
	case RoleRecorder:
		return c.RecorderKeystore
	case RoleAdmin:
		k = c.AdminKeystore
	case RoleInsurer:
		k = c.InsurerKeystore
	case RoleProviderManager:
		k = c.ProviderManagerKeystore
	case RoleFraudAnalyst:
		k = c.FraudAnalystKeystore
	case RoleGuardian:
		k = c.GuardianKeystore
	case RoleProvider:
		k = c.ProviderKeystore
	case RoleDeployer:
		k = c.DeployerKeystore
		if k == "" {
			k = c.AdminKeystore
		}
	}
	if k == "" {
		k = c.Keystore
	}
	return k
}

// Defaults are the values used when no source sets a key.
func Defaults() Config {
	return Config{
		InputTopic: "claims.submitted", DecisionsTopic: "claims.decisions", DeadLetterTopic: "claims.deadletter",
		Group: "adjudicator", Partitions: 4, BatchSize: 500, Linger: 250 * time.Millisecond, DrainTimeout: 60 * time.Second,
		ReceiptPoll: 200 * time.Millisecond, AccessTopic: "claims.access", AccessFlushInterval: 10 * time.Second,
	}
}

// Load reads the YAML file at path (may be empty), then CLAIMS_* variables from environ, then
// the flags that were set explicitly; later sources override earlier ones.
//
// It is strict: a key in the file or a CLAIMS_* variable that is not a setting is an error
// naming it and the closest valid one, and a value that does not parse is an error naming its
// source (file and key, variable, or flag). Secret files open to group or others are refused.
func Load(path string, fs *pflag.FlagSet, environ []string) (Config, error) {
	type layer struct {
		k     *koanf.Koanf
		where func(key string) string
	}
	var layers []layer
	baseDir := ""
	if err := checkPath(path); err != nil {
		return Config{}, err
	}
	if path != "" {
		k := koanf.New(".")
		if err := k.Load(file.Provider(path), yaml.Parser()); err != nil {
			return Config{}, fmt.Errorf("config %s: %w", path, err)
		}
		var unknown []string
		for _, key := range k.Keys() {
			if _, ok := keys.known(key); !ok {
				unknown = append(unknown, key)
			}
		}
		if len(unknown) > 0 {
			return Config{}, unknownError("file "+path, "key", unknown, Keys())
		}
		layers = append(layers, layer{k, func(key string) string { return fmt.Sprintf("file %s key %s", path, key) }})
		baseDir = filepath.Dir(path)
	}

	secrets := map[string]string{}
	var unknown []string
	envK := koanf.New(".")
	err := envK.Load(env.Provider(".", env.Opt{
		Prefix:      "CLAIMS_",
		EnvironFunc: func() []string { return environ },
		TransformFunc: func(name, v string) (string, any) {
			key := strings.ToLower(strings.TrimPrefix(name, "CLAIMS_"))
			// A block's keys: CLAIMS_DEPLOY_PAYOUT_DELAY is deploy.payout_delay,
			// CLAIMS_PAYER_EIN payer.ein.
			for sec := range keys.sections {
				if rest, ok := strings.CutPrefix(key, sec+"_"); ok {
					key = sec + "." + rest
					break
				}
			}
			switch _, isKey := keys.leaves[key]; {
			case envName(key) != name: // lower case letters: CLAIMS_rpc_url
				unknown = append(unknown, name)
			case secretEnv[key]:
				secrets[key] = v
			case slices.Contains(processEnv, name), name == EnvConfig:
			case !isKey:
				unknown = append(unknown, name)
			case keys.leaves[key] == reflect.TypeFor[[]string]():
				return key, splitList(v)
			default:
				return key, v
			}
			return "", nil
		},
	}), nil)
	if err != nil {
		return Config{}, fmt.Errorf("config from environment: %w", err)
	}
	if len(unknown) > 0 {
		return Config{}, unknownError("environment", "variable", unknown, envNames())
	}
	layers = append(layers, layer{envK, func(key string) string { return "variable " + envName(key) + " (key " + key + ")" }})

	if fs != nil {
		flagK := koanf.New(".")
		err := flagK.Load(posflag.ProviderWithFlag(fs, ".", nil, func(f *pflag.Flag) (string, any) {
			if !f.Changed || f.Name == ConfigFlag {
				return "", nil
			}
			return strings.ReplaceAll(f.Name, "-", "_"), posflag.FlagVal(fs, f)
		}), nil)
		if err != nil {
			return Config{}, fmt.Errorf("config from flags: %w", err)
		}
		layers = append(layers, layer{flagK, func(key string) string {
			return "flag --" + strings.ReplaceAll(key, "_", "-") + " (key " + key + ")"
		}})
	}

	k := koanf.New(".")
	for _, l := range layers {
		if err := decodeEach(l.k, l.where); err != nil {
			return Config{}, err
		}
		if err := k.Merge(l.k); err != nil {
			return Config{}, fmt.Errorf("config: %w", err)
		}
	}
	c := Defaults()
	if err := k.UnmarshalWithConf("", &c, koanf.UnmarshalConf{Tag: "koanf"}); err != nil {
		return Config{}, fmt.Errorf("config: %w", err)
	}
	for _, p := range []*string{&c.Keystore, &c.KeystorePasswordFile, &c.HMACSecretFile, &c.PayloadKeyFile, &c.CMSDir, &c.PlansDir, &c.ExclusionList, &c.FraudBaseline, &c.AnalystsDir,
		&c.AdminKeystore, &c.InsurerKeystore, &c.ProviderManagerKeystore, &c.FraudAnalystKeystore, &c.GuardianKeystore,
		&c.ProviderKeystore, &c.DeployerKeystore, &c.RecorderKeystore,
		&c.KafkaTLSCAFile, &c.KafkaTLSCertFile, &c.KafkaTLSKeyFile, &c.KafkaSASLPasswordFile,
		&c.RedisPasswordFile, &c.RedisTLSCAFile, &c.RedisTLSCertFile, &c.RedisTLSKeyFile,
		&c.APITLSCertFile, &c.APITLSKeyFile, &c.APIClientCAFile} {
		if *p != "" && baseDir != "" && !filepath.IsAbs(*p) {
			*p = filepath.Join(baseDir, *p)
		}
	}
	if err := c.checkTransport(secrets); err != nil {
		return Config{}, err
	}
	if err := c.checkPayer(); err != nil {
		return Config{}, err
	}
	if err := c.resolveSecrets(secrets); err != nil {
		return Config{}, err
	}
	if err := c.checkSecretModes(); err != nil {
		return Config{}, err
	}
	return c, nil
}

func splitList(v string) []string {
	var out []string
	for _, s := range strings.Split(v, ",") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// Need names what a command requires of the configuration.
type Need int

// What commands need.
const (
	NeedKafka Need = iota
	NeedRedis
	NeedChain // contract addresses
	NeedRPC   // a JSON-RPC endpoint to dial
	NeedSigner
	NeedSecret
	NeedProviders // the ProviderRegistry address
	NeedAccessLog // the AccessLog address
)

// Require checks that everything the command needs is set, naming each
// missing key with the three ways to set it.
func (c *Config) Require(needs ...Need) error {
	var missing []string
	miss := func(key string) {
		missing = append(missing, fmt.Sprintf("%s (flag --%s, env CLAIMS_%s, or YAML %s)",
			key, strings.ReplaceAll(key, "_", "-"), strings.ToUpper(key), key))
	}
	for _, n := range needs {
		switch n {
		case NeedKafka:
			if len(c.Brokers) == 0 {
				miss("brokers")
			}
		case NeedRedis:
			if len(c.RedisAddrs) == 0 {
				miss("redis_addrs")
			}
		case NeedChain:
			if c.SettlementAddress == "" {
				miss("settlement_address")
			}
			if c.RegistryAddress == "" {
				miss("registry_address")
			}
		case NeedProviders:
			if c.ProvidersAddress == "" {
				miss("providers_address")
			}
		case NeedAccessLog:
			if c.AccessLogAddress == "" {
				miss("access_log_address")
			}
		case NeedRPC:
			if c.RPCURL == "" {
				miss("rpc_url")
			}
		case NeedSigner:
			if c.Keystore == "" {
				miss("keystore")
			}
			if c.KeystorePassword == "" {
				missing = append(missing, "keystore password (CLAIMS_KEYSTORE_PASSWORD or YAML keystore_password_file)")
			}
		case NeedSecret:
			if len(c.HMACSecret) == 0 {
				missing = append(missing, "HMAC secret (CLAIMS_HMAC_SECRET or YAML hmac_secret_file)")
			}
		}
	}
	if len(missing) > 0 {
		return errors.New("config: missing " + strings.Join(missing, "; "))
	}
	return nil
}

// Write saves c as YAML (secrets are referenced by file, never inlined).
func Write(path string, c Config) error {
	b, err := goyaml.Marshal(c)
	if err != nil {
		return fmt.Errorf("write config: %w", err)
	}
	hdr := "# Written by `claims devnet`. Secrets live in the files named here.\n"
	if err := os.WriteFile(path, append([]byte(hdr), b...), 0o600); err != nil {
		return fmt.Errorf("write config: %w", err)
	}
	return nil
}
