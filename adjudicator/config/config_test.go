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

const payerYAML = `payer:
  name: KEYSTONE HEALTH PLAN
  ein: 23-1234567
  address_line1: 200 MARKET ST
  city: PHILADELPHIA
  state: PA
  postal_code: 19103-2701
  contact_phone: "2155550100"
`

// The payer block loads from YAML and CLAIMS_PAYER_* variables, normalized for the 835: the EIN
// and ZIP without hyphens, BOP when no payment method is given.
func TestPayerBlock(t *testing.T) {
	c, err := load(t, payerYAML, "CLAIMS_PAYER_CONTACT_EMAIL=edi@keystone.example", "CLAIMS_PAYER_PAYMENT_METHOD=chk")
	if err != nil {
		t.Fatal(err)
	}
	want := PayerSettings{Name: "KEYSTONE HEALTH PLAN", EIN: "231234567", AddressLine1: "200 MARKET ST", City: "PHILADELPHIA",
		State: "PA", PostalCode: "191032701", ContactPhone: "2155550100", ContactEmail: "edi@keystone.example", PaymentMethod: PaymentCheck}
	if c.Payer != want {
		t.Errorf("payer %+v\nwant  %+v", c.Payer, want)
	}
	c, err = load(t, payerYAML)
	if err != nil || c.Payer.PaymentMethod != PaymentBOP {
		t.Errorf("default payment method: %q, %v", c.Payer.PaymentMethod, err)
	}
	// No block: nothing set, nothing required (the API's placeholders apply).
	c, err = load(t, "group: g\n")
	if err != nil || c.Payer.Set() {
		t.Errorf("no payer block: %+v, %v", c.Payer, err)
	}
	// A typo in the block is refused like any other key.
	_, err = load(t, payerYAML+"  eni: 231234567\n")
	wantErr(t, err, "unknown key payer.eni", "did you mean payer.ein?")
	_, err = Load("", nil, []string{"CLAIMS_PAYER_NAM=X"})
	wantErr(t, err, "unknown variable CLAIMS_PAYER_NAM", "did you mean CLAIMS_PAYER_NAME?")
}

// A payer block the 835 cannot carry is refused at load, each problem named by its key.
func TestPayerBlockValidation(t *testing.T) {
	cases := []struct {
		name  string
		edits []string
		want  []string
	}{
		{"name missing", []string{"  name: KEYSTONE HEALTH PLAN\n", ""}, []string{"payer.name: required"}},
		{"EIN of 8 digits", []string{"23-1234567", "2312345"}, []string{"payer.ein: want an EIN, 9 digits"}},
		{"EIN 00", []string{"23-1234567", "00-1234567"}, []string{"payer.ein: the IRS issues no EIN starting 00"}},
		{"EIN missing", []string{"  ein: 23-1234567\n", ""}, []string{"payer.ein: required"}},
		{"state in lower case", []string{"state: PA", "state: pa"}, []string{"payer.state: want a 2-letter state code"}},
		{"ZIP of 4 digits", []string{"19103-2701", "1910"}, []string{"payer.postal_code: want a ZIP code"}},
		{"ZIP with a leading 0, unquoted", []string{"19103-2701", "02134"}, []string{"payer.postal_code: want a ZIP code", "quote it in YAML"}},
		{"no contact", []string{"  contact_phone: \"2155550100\"\n", ""}, []string{"payer.contact_phone: the 835 guide requires a way to reach"}},
		{"phone with punctuation", []string{"\"2155550100\"", "215-555-0100"}, []string{"payer.contact_phone: want 10 digits"}},
		{"X12 delimiter", []string{"200 MARKET ST", "200 MARKET ST*9"}, []string{"payer.address_line1: holds an X12 delimiter"}},
		{"name over 60", []string{"KEYSTONE HEALTH PLAN", strings.Repeat("K", 61)}, []string{"payer.name: 61 characters, want 1 to 60"}},
		{"URL with its scheme", []string{"  contact_phone: \"2155550100\"\n", "  contact_url: https://keystone.example/edi\n"},
			[]string{"payer.contact_url: holds an X12 delimiter", "payer.contact_url: leave out the scheme"}},
		{"ACH", []string{"  city:", "  payment_method: ACH\n  city:"}, []string{"payer.payment_method: ACH needs the provider's bank account"}},
		{"unknown method", []string{"  city:", "  payment_method: CASH\n  city:"}, []string{"payer.payment_method: want BOP (financial institution option) or CHK (check)"}},
		{"only a payment method", []string{payerYAML, "payer:\n  payment_method: CHK\n"},
			[]string{"payer.name: required", "payer.ein: required", "payer.address_line1: required", "payer.city: required", "payer.state: required", "payer.postal_code: required", "payer.contact_phone:"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			yml := payerYAML
			for i := 0; i < len(tc.edits); i += 2 {
				if !strings.Contains(yml, tc.edits[i]) {
					t.Fatalf("edit %q does not apply", tc.edits[i])
				}
				yml = strings.Replace(yml, tc.edits[i], tc.edits[i+1], 1)
			}
			_, err := load(t, yml)
			wantErr(t, err, tc.want...)
		})
	}
}

// The recorder signs beside the adjudicator in serve, so its keystore never falls back to
// keystore (the adjudicator's there); it is read relative to the config like the others. The
// access settings have their defaults.
func TestRecorderKeystoreNeverFallsBack(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "c.yaml")
	if err := os.WriteFile(path, []byte("keystore: adj.json\nfraud_analyst_keystore: fa.json\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	c, err := Load(path, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := c.KeystoreFor(RoleRecorder); got != "" {
		t.Errorf("KeystoreFor(recorder) = %q without recorder_keystore, want none", got)
	}
	if got := c.KeystoreFor(RoleFraudAnalyst); got != filepath.Join(dir, "fa.json") {
		t.Errorf("KeystoreFor(fraud analyst) = %q", got)
	}
	if c.AccessTopic != "claims.access" || c.AccessFlushInterval != 10*time.Second || c.AccessLogAddress != "" {
		t.Errorf("access defaults: topic %q, interval %s, address %q", c.AccessTopic, c.AccessFlushInterval, c.AccessLogAddress)
	}
	if err := os.WriteFile(path, []byte("keystore: adj.json\nrecorder_keystore: rec.json\naccess_flush_interval: 2s\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if c, err = Load(path, nil, []string{"CLAIMS_ACCESS_TOPIC=audit.looks"}); err != nil {
		t.Fatal(err)
	}
	if c.KeystoreFor(RoleRecorder) != filepath.Join(dir, "rec.json") || c.AccessFlushInterval != 2*time.Second || c.AccessTopic != "audit.looks" {
		t.Errorf("recorder %q, interval %s, topic %q", c.KeystoreFor(RoleRecorder), c.AccessFlushInterval, c.AccessTopic)
	}
	if err := (&Config{}).Require(NeedAccessLog); err == nil || !strings.Contains(err.Error(), "access_log_address (flag --access-log-address, env CLAIMS_ACCESS_LOG_ADDRESS") {
		t.Errorf("Require(NeedAccessLog) = %v", err)
	}
}
