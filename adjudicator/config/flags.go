package config

import (
	"fmt"
	"os"
	"reflect"
	"strings"
	"time"

	"github.com/spf13/pflag"
)

// Group is a set of settings a command uses. A command registers the flags of its groups
// only, so that its --help lists what it reads and nothing else (submit has no --batch-size).
// Settings outside a command's groups still load from the YAML file and CLAIMS_* variables.
type Group uint

// Groups of settings, by what they configure.
const (
	Kafka        Group = 1 << iota // brokers and their TLS and SASL
	InputTopic                     // the topic claims are submitted to
	OutputTopics                   // the decisions and dead-letter topics
	Consumer                       // the consumer group
	TopicLayout                    // partitions of the topics a command creates
	Redis                          // Redis addresses, ACL user, TLS
	RPC                            // the JSON-RPC endpoint
	Contracts                      // contract addresses and the first block to read
	Signer                         // the keystore the command signs with and its password file
	HMAC                           // the HMAC secret file (keyed member, claim and provider hashes)
	Payload                        // the payload key file (sealed claims and records)
	Rules                          // CMS tables, plan files and the exclusion list
	Batching                       // batch size, linger, confirmations, drain
	Metrics                        // the metrics, health and readiness listener
	API                            // the providers' HTTP API listener
	AccessTopic                    // the topic looks at claims are written to
	AccessFlush                    // how often serve writes the looks to the AccessLog
	Analysts                       // the fraud analysts' keystores (the console)
)

// ConfigFlag names the YAML configuration file; EnvConfig sets it when the flag is not given.
const (
	ConfigFlag = "config"
	EnvConfig  = "CLAIMS_CONFIG"
)

type flagSpec struct {
	group Group
	key   string // the setting's key; the flag is the key with dashes
	def   any    // the flag's default; nil = the zero value of the key's type
	help  string // what it sets; the variable and the default are appended
}

// specs are every setting that has a flag. Secrets have none (secretEnv); the blocks are read
// from YAML or variables only: `deploy:` by `claims deploy`, `payer:` (a deployment's identity
// on its 835s, set once, not per invocation) by serve.
var specs = func() []flagSpec {
	d := Defaults()
	return []flagSpec{
		{Kafka, "brokers", nil, "Kafka bootstrap brokers, host:port, comma-separated (default: none)"},
		{Kafka, "kafka_tls", nil, "connect to the brokers over TLS"},
		{Kafka, "kafka_tls_ca_file", nil, "PEM CA certificate(s) the brokers' certificates are checked against (default: the system's roots)"},
		{Kafka, "kafka_tls_cert_file", nil, "PEM client certificate for mutual TLS with the brokers, with --kafka-tls-key-file (default: none)"},
		{Kafka, "kafka_tls_key_file", nil, "PEM private key of --kafka-tls-cert-file, mode 0600 (default: none)"},
		{Kafka, "kafka_tls_server_name", nil, "name the brokers' certificates must carry (default: the host dialled)"},
		{Kafka, "kafka_sasl_mechanism", nil, "Kafka SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512 (default: no SASL)"},
		{Kafka, "kafka_sasl_username", nil, "Kafka SASL user (default: none)"},
		{Kafka, "kafka_sasl_password_file", nil, "file holding the Kafka SASL password; or the password itself in CLAIMS_KAFKA_SASL_PASSWORD (default: none)"},
		{InputTopic, "input_topic", d.InputTopic, "topic claims are submitted to"},
		{OutputTopics, "decisions_topic", d.DecisionsTopic, "topic decision records are published to"},
		{OutputTopics, "deadletter_topic", d.DeadLetterTopic, "topic undecodable claims are sent to, with the reason"},
		{Consumer, "group", d.Group, "Kafka consumer group the adjudicators share"},
		{TopicLayout, "partitions", d.Partitions, "partitions of the topics this command creates when missing"},
		{Redis, "redis_addrs", nil, "Redis address(es), host:port; several select Redis Cluster (default: none)"},
		{Redis, "redis_username", nil, "Redis ACL user (default: the default user)"},
		{Redis, "redis_password_file", nil, "file holding the Redis password; or the password itself in CLAIMS_REDIS_PASSWORD (default: none)"},
		{Redis, "redis_tls", nil, "connect to Redis over TLS"},
		{Redis, "redis_tls_ca_file", nil, "PEM CA certificate(s) Redis's certificate is checked against (default: the system's roots)"},
		{Redis, "redis_tls_cert_file", nil, "PEM client certificate for mutual TLS with Redis, with --redis-tls-key-file (default: none)"},
		{Redis, "redis_tls_key_file", nil, "PEM private key of --redis-tls-cert-file, mode 0600 (default: none)"},
		{Redis, "redis_tls_server_name", nil, "name Redis's certificate must carry (default: the host dialled)"},
		{RPC, "rpc_url", nil, "Ethereum JSON-RPC endpoint, http(s):// or ws(s):// (default: none)"},
		{Contracts, "settlement_address", nil, "ClaimSettlement contract address, as claims deploy wrote it (default: none)"},
		{Contracts, "registry_address", nil, "CoverageRegistry contract address (default: none)"},
		{Contracts, "providers_address", nil, "ProviderRegistry contract address (default: none)"},
		{Contracts, "token_address", nil, "settlement stablecoin (ERC-20, 2 decimals) address (default: none)"},
		{Contracts, "access_log_address", nil, "AccessLog contract address, where every look at a claim's details is recorded (default: none, looks stay queued on the access topic)"},
		{Contracts, "from_block", nil, "first block to read contract events from (default 0: the whole chain)"},
		{Signer, "keystore", nil, "encrypted keystore this command signs with; a <role>_keystore key in the YAML file takes precedence (default: none)"},
		{Signer, "keystore_password_file", nil, "file holding the keystore password; or the password itself in CLAIMS_KEYSTORE_PASSWORD (default: none)"},
		{HMAC, "hmac_secret_file", nil, "file holding the hex HMAC secret that keys member, claim and provider hashes; or the secret itself in CLAIMS_HMAC_SECRET (default: none)"},
		{Payload, "payload_key_file", nil, "file holding the hex AES-256 key sealing claims and records on Kafka; or the key itself in CLAIMS_PAYLOAD_KEY (default: none, payloads not sealed)"},
		{Rules, "cms_dir", nil, "directory of the quarterly CMS tables (ncci/, mpfs/) (default: the bundled slice, which covers the sample's codes only)"},
		{Rules, "plans_dir", nil, "directory of plan files (<plan id>/data.json) replacing the bundled plans (default: the bundled plans)"},
		{Rules, "exclusion_list", nil, "excluded providers, a CSV in the layout of the OIG LEIE file (UPDATED.csv); claims billed or rendered by one are flagged EXCLUDED and held for review (default: none)"},
		{Rules, "fraud_baseline", nil, "fraud baseline file written by claims fraud baseline --out: peer statistics the BYPASS_RATE, MUE_RATE, UNITS_OUTLIER, CHARGE_OUTLIER and EM_UPCODING signals compare claims with (default: none, those signals do not fire)"},
		{Batching, "batch_size", d.BatchSize, "claims per settlement transaction at most"},
		{Batching, "linger", d.Linger, "how long a partial batch waits for more claims"},
		{Batching, "confirmations", nil, "blocks a settlement must be buried under before its decisions are published and offsets committed; a reorganization before that settles the batch again (default 0: chains with instant finality)"},
		{Batching, "receipt_poll", d.ReceiptPoll, "how often a settlement's receipt is asked for; every poll is one JSON-RPC call, so keep it near the chain's block time"},
		{Batching, "drain_timeout", d.DrainTimeout, "on SIGTERM, how long to finish the batch in flight (outages while running are waited out regardless)"},
		{Metrics, "metrics_addr", nil, "serve Prometheus /metrics, /healthz and /readyz on this address, e.g. 127.0.0.1:9464 (default: none)"},
		{AccessTopic, "access_topic", d.AccessTopic, "topic every look at a claim's details is written to before the details are shown (keyed hashes and codes only)"},
		{AccessFlush, "access_flush_interval", d.AccessFlushInterval, "how often serve writes the looks queued on the access topic to the AccessLog contract, one transaction per partition"},
		{API, "api_addr", nil, "serve the providers' HTTP API (POST /v1/claims, /v1/openapi.json) on this address, e.g. 0.0.0.0:8443 behind TLS termination (default: none, no API)"},
		{API, "api_tls_cert_file", nil, "PEM certificate to serve the API over TLS with, with --api-tls-key-file (default: none, plain HTTP)"},
		{API, "api_tls_key_file", nil, "PEM private key of --api-tls-cert-file, mode 0600 (default: none)"},
		{Analysts, "analysts_dir", nil, "directory of the fraud analysts' keystores (<name>.json, claims analyst add); serve then mounts the analysts' console at /console on --api-addr (default: none, no console)"},
		{API, "api_client_ca_file", nil, "PEM CA certificate(s) API client certificates must chain to; a provider's registered certificate (claims provider cert add) then stands in for an API key (default: none, API keys only)"},
	}
}()

// AddFlags registers --config and the flags of the given groups. Each flag's help ends with
// the CLAIMS_* variable that sets the same key; pflag appends the default when it is not the
// zero value, and the help text names it otherwise.
func AddFlags(fs *pflag.FlagSet, groups ...Group) {
	var want Group
	for _, g := range groups {
		want |= g
	}
	fs.String(ConfigFlag, "", "YAML configuration file, as claims devnet or claims deploy wrote it; keys in it are overridden by CLAIMS_* variables and flags [env "+EnvConfig+"] (default: none)")
	for _, s := range specs {
		if s.group&want == 0 {
			continue
		}
		name := strings.ReplaceAll(s.key, "_", "-")
		usage := s.help + " [env " + envName(s.key) + "]"
		if i := strings.Index(s.help, " (default"); i >= 0 {
			// The variable goes before a default the help names, so every line ends the same way.
			usage = s.help[:i] + " [env " + envName(s.key) + "]" + s.help[i:]
		}
		switch t := keys.leaves[s.key]; {
		case t == reflect.TypeFor[time.Duration]():
			fs.Duration(name, s.def.(time.Duration), usage)
		case t.Kind() == reflect.Slice:
			fs.StringSlice(name, nil, usage)
		case t.Kind() == reflect.Bool:
			fs.Bool(name, false, usage)
		case t.Kind() == reflect.Int:
			fs.Int(name, s.def.(int), usage)
		case t.Kind() == reflect.Uint64:
			fs.Uint64(name, 0, usage)
		default:
			def, _ := s.def.(string)
			fs.String(name, def, usage)
		}
	}
}

// Path is the configuration file a command reads: its --config flag, else $CLAIMS_CONFIG.
// Empty when neither is set (flags and variables alone then configure it).
func Path(fs *pflag.FlagSet, environ []string) string {
	if f := fs.Lookup(ConfigFlag); f != nil && f.Value.String() != "" {
		return f.Value.String()
	}
	for _, kv := range environ {
		if v, ok := strings.CutPrefix(kv, EnvConfig+"="); ok {
			return v
		}
	}
	return ""
}

// checkPath refuses a configuration file that does not exist, before anything is read, with
// where its name came from.
func checkPath(path string) error {
	if path == "" {
		return nil
	}
	st, err := os.Stat(path)
	if err != nil {
		return fmt.Errorf("config file %s: %w (give --%s FILE or %s, or leave both unset)", path, errUnwrapPath(err), ConfigFlag, EnvConfig)
	}
	if st.IsDir() {
		return fmt.Errorf("config file %s is a directory", path)
	}
	return nil
}

// errUnwrapPath drops the path os.Stat repeats ("stat x: no such file or directory").
func errUnwrapPath(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}
