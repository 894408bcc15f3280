package intake_test

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/segmentio/kafka-go"
	"github.com/twmb/franz-go/pkg/kerr"
	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kmsg"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/intake"
	"github.com/claimsledger/claims/adjudicator/internal/testpki"
)

func TestNewSASLValidates(t *testing.T) {
	for _, name := range []string{"PLAIN", "plain", "SCRAM-SHA-256", "scram-sha-512", " SCRAM-SHA-512 "} {
		m, err := intake.NewSASL(name, "alice", "s3cret")
		if err != nil || m == nil {
			t.Errorf("NewSASL(%q) = %v, %v", name, m, err)
			continue
		}
		if got, want := m.Name(), strings.ToUpper(strings.TrimSpace(name)); got != want {
			t.Errorf("NewSASL(%q).Name() = %q, want %q", name, got, want)
		}
	}
	for _, tc := range []struct{ mech, user, pass, want string }{
		{"GSSAPI", "alice", "s3cret", "want one of PLAIN, SCRAM-SHA-256, SCRAM-SHA-512"},
		{"", "alice", "s3cret", "SASL mechanism"},
		{"PLAIN", "", "s3cret", "empty username"},
		{"SCRAM-SHA-512", "alice", "", "empty password"},
		{"SCRAM-SHA-512", "alice", "bad\x00s3cret", "SASLprep"},
	} {
		_, err := intake.NewSASL(tc.mech, tc.user, tc.pass)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("NewSASL(%q, %q, ...) = %v, want an error mentioning %q", tc.mech, tc.user, err, tc.want)
		}
		if err != nil && strings.Contains(err.Error(), "s3cret") {
			t.Errorf("error %q contains the password", err)
		}
	}
}

// pki is a CA and a server certificate for 127.0.0.1.
type pki struct {
	ca     *testpki.CA
	server tls.Certificate
}

func newPKI(t *testing.T) pki {
	t.Helper()
	ca, err := testpki.NewCA("kafka test CA")
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
	return pki{ca: ca, server: cert}
}

func (p pki) serverTLS() *tls.Config {
	return &tls.Config{Certificates: []tls.Certificate{p.server}, MinVersion: tls.VersionTLS12}
}

func (p pki) clientTLS() *tls.Config {
	return &tls.Config{RootCAs: p.ca.Pool(), MinVersion: tls.VersionTLS12}
}

// secureCluster runs kfake with opts (TLS, SASL) and no seeded topics: the test creates them
// through CreateTopicsWith.
func secureCluster(t *testing.T, opts ...kfake.Opt) []string {
	t.Helper()
	c, err := kfake.NewCluster(append([]kfake.Opt{kfake.NumBrokers(1), kfake.Ports(0)}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c.ListenAddrs()
}

// roundTrip goes through every entry point of the package with opts: it creates the topics,
// submits claims, reads them back (ReadAll), consumes and commits them in a consumer group,
// publishes a dead letter and reads it back from an offset (ReadFrom).
func roundTrip(t *testing.T, brokers []string, opts ...intake.Option) {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), hung)
	defer cancel()
	in, dec, dl := "secure.in", "secure.decisions", "secure.deadletter"
	opts = append(opts, intake.WithLogger(testLogger(t)), intake.WithInputTopic(in),
		intake.WithDecisionsTopic(dec), intake.WithDeadLetterTopic(dl), intake.WithGroupID("secure"))
	if err := intake.CreateTopicsWith(ctx, brokers, 2, []string{in, dec, dl}, opts...); err != nil {
		t.Fatal(err)
	}

	prod, err := intake.NewProducer(brokers, opts...)
	if err != nil {
		t.Fatal(err)
	}
	defer prod.Close()
	const n = 6
	subs := make([]intake.Submission, n)
	for i := range subs {
		subs[i] = intake.Submission{Key: fmt.Appendf(nil, "member-%d", i%3), Value: fmt.Appendf(nil, "claim-%d", i)}
	}
	if err := prod.Submit(ctx, subs...); err != nil {
		t.Fatal(err)
	}
	recs, err := intake.ReadAll(ctx, brokers, in, opts...)
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != n {
		t.Fatalf("ReadAll read %d claims, want %d", len(recs), n)
	}

	c, err := intake.NewConsumer(brokers, append(consumerOpts(t), opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	var (
		mu   sync.Mutex
		seen int
	)
	r := start(t, c, func(ctx context.Context, p adjudicator.Partition) error {
		for {
			m, err := p.Fetch(ctx)
			if err != nil {
				return nil // revoked or stopped
			}
			if err := p.Commit(ctx, m.Offset+1); err != nil {
				return err
			}
			mu.Lock()
			seen++
			mu.Unlock()
		}
	})
	eventually(t, "the consumer group to consume every claim", func() bool { mu.Lock(); defer mu.Unlock(); return seen == n })
	if err := r.stop(t); err != nil {
		t.Fatal(err)
	}

	pub, err := intake.NewPublisher(brokers, opts...)
	if err != nil {
		t.Fatal(err)
	}
	defer pub.Close()
	for i := range 2 {
		dls := []adjudicator.DeadLetter{{Key: []byte("member-0"), Value: fmt.Appendf(nil, "bad-%d", i), Reason: "test"}}
		if err := pub.PublishDeadLetters(ctx, dls); err != nil {
			t.Fatal(err)
		}
	}
	all, err := intake.ReadAll(ctx, brokers, dl, opts...)
	if err != nil || len(all) != 2 {
		t.Fatalf("ReadAll of dead letters = %d, %v; want 2", len(all), err)
	}
	tail, err := intake.ReadFrom(ctx, brokers, dl, map[int32]int64{all[0].Partition: all[0].Offset + 1}, opts...)
	if err != nil || len(tail) != 1 || string(tail[0].Value) != "bad-1" {
		t.Fatalf("ReadFrom past the first dead letter = %d records, %v; want the second", len(tail), err)
	}
}

func TestTLS(t *testing.T) {
	p := newPKI(t)
	brokers := secureCluster(t, kfake.TLS(p.serverTLS()))
	roundTrip(t, brokers, intake.WithTLS(p.clientTLS()))

	t.Run("plaintext client", func(t *testing.T) {
		ctx, cancel := context.WithTimeout(t.Context(), 5*time.Second)
		defer cancel()
		if _, err := intake.ReadAll(ctx, brokers, "secure.in"); err == nil {
			t.Fatal("a plaintext client read from a TLS-only broker")
		}
	})
	t.Run("untrusted CA", func(t *testing.T) {
		other := newPKI(t)
		ctx, cancel := context.WithTimeout(t.Context(), 5*time.Second)
		defer cancel()
		err := intake.CreateTopicsWith(ctx, brokers, 1, []string{"x"}, intake.WithTLS(other.clientTLS()))
		if err == nil || !strings.Contains(err.Error(), "certificate signed by unknown authority") {
			t.Fatalf("CreateTopicsWith with a CA that did not sign the broker's certificate = %v; want a certificate error", err)
		}
	})
	t.Run("wrong server name", func(t *testing.T) {
		cfg := p.clientTLS()
		cfg.ServerName = "kafka.elsewhere"
		ctx, cancel := context.WithTimeout(t.Context(), 5*time.Second)
		defer cancel()
		_, err := intake.ReadAll(ctx, brokers, "secure.in", intake.WithTLS(cfg))
		if err == nil || !strings.Contains(err.Error(), "kafka.elsewhere") {
			t.Fatalf("ReadAll with the wrong server name = %v; want a certificate error naming it", err)
		}
	})
}

func TestMutualTLS(t *testing.T) {
	p := newPKI(t)
	srv := p.serverTLS()
	srv.ClientAuth, srv.ClientCAs = tls.RequireAndVerifyClientCert, p.ca.Pool()
	brokers := secureCluster(t, kfake.TLS(srv))
	pair, err := p.ca.Client("adjudicator")
	if err != nil {
		t.Fatal(err)
	}
	cert, err := pair.TLSCertificate()
	if err != nil {
		t.Fatal(err)
	}
	cfg := p.clientTLS()
	cfg.Certificates = []tls.Certificate{cert}
	roundTrip(t, brokers, intake.WithTLS(cfg))

	ctx, cancel := context.WithTimeout(t.Context(), 5*time.Second)
	defer cancel()
	if _, err := intake.ReadAll(ctx, brokers, "secure.in", intake.WithTLS(p.clientTLS())); err == nil {
		t.Fatal("a client without a certificate read from a broker that requires one")
	}
}

func TestSASL(t *testing.T) {
	for _, mech := range []string{intake.SASLPlain, intake.SASLScramSHA256, intake.SASLScramSHA512} {
		t.Run(mech, func(t *testing.T) {
			brokers := secureCluster(t, kfake.EnableSASL(), kfake.Superuser(mech, "adjudicator", "right password"))
			m, err := intake.NewSASL(mech, "adjudicator", "right password")
			if err != nil {
				t.Fatal(err)
			}
			roundTrip(t, brokers, intake.WithSASL(m))
			wrongPassword(t, brokers, mech)
		})
	}
}

// wrongPassword checks that each kind of client fails when the password is wrong, without
// quoting it. kfake refuses credentials by closing the connection: kafka-go reports that as
// SASL Authentication Failed on a Conn (topic creation, consumer groups, partition readers)
// but as an unexpected EOF on a Transport (metadata, writers), which ReadAll explains.
func wrongPassword(t *testing.T, brokers []string, mech string) {
	t.Helper()
	bad, err := intake.NewSASL(mech, "adjudicator", "wrong password")
	if err != nil {
		t.Fatal(err)
	}
	opts := []intake.Option{intake.WithSASL(bad), intake.WithLogger(testLogger(t)), intake.WithInputTopic("secure.in")}
	ctx, cancel := context.WithTimeout(t.Context(), hung)
	defer cancel()
	err = intake.CreateTopicsWith(ctx, brokers, 1, []string{"other"}, opts...)
	wantAuthError(t, "CreateTopicsWith", err, "SASL Authentication Failed")
	_, err = intake.ReadAll(ctx, brokers, "secure.in", opts...)
	wantAuthError(t, "ReadAll", err, "refuses the username or password")
	prod, err := intake.NewProducer(brokers, opts...)
	if err != nil {
		t.Fatal(err)
	}
	defer prod.Close()
	wantAuthError(t, "Submit", prod.Submit(ctx, intake.Submission{Key: []byte("k"), Value: []byte("v")}), "")
}

func wantAuthError(t *testing.T, what string, err error, want string) {
	t.Helper()
	switch {
	case err == nil:
		t.Errorf("%s with a wrong password succeeded", what)
	case !strings.Contains(err.Error(), want):
		t.Errorf("%s with a wrong password: %v; want an error mentioning %q", what, err, want)
	case strings.Contains(err.Error(), "wrong password"):
		t.Errorf("%s: error %q contains the password", what, err)
	}
}

// A broker that refuses credentials the way Kafka does (a SASL_AUTHENTICATION_FAILED response,
// then closing) gives every client kafka.SASLAuthenticationFailed. kfake only closes, so
// this answers PLAIN authentications with the wrong password as Kafka would.
func TestWrongPasswordAsKafkaRefusesIt(t *testing.T) {
	c, err := kfake.NewCluster(kfake.NumBrokers(1), kfake.Ports(0), kfake.EnableSASL(), kfake.Superuser(intake.SASLPlain, "adjudicator", "right"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	c.ControlKey(int16(kmsg.SASLAuthenticate), func(req kmsg.Request) (kmsg.Response, error, bool) {
		c.KeepControl()
		auth := req.(*kmsg.SASLAuthenticateRequest)
		if parts := strings.SplitN(string(auth.SASLAuthBytes), "\x00", 3); len(parts) == 3 && parts[2] != "right" {
			resp := auth.ResponseKind().(*kmsg.SASLAuthenticateResponse)
			resp.ErrorCode = kerr.SaslAuthenticationFailed.Code
			msg := "Authentication failed: Invalid username or password"
			resp.ErrorMessage = &msg
			return resp, nil, true
		}
		return nil, nil, false
	})
	brokers := c.ListenAddrs()
	bad, err := intake.NewSASL(intake.SASLPlain, "adjudicator", "wrong password")
	if err != nil {
		t.Fatal(err)
	}
	opts := []intake.Option{intake.WithSASL(bad), intake.WithLogger(testLogger(t))}
	ctx, cancel := context.WithTimeout(t.Context(), hung)
	defer cancel()
	isAuth := func(what string, err error) {
		t.Helper()
		wantAuthError(t, what, err, "SASL Authentication Failed")
		if err != nil && !errors.Is(err, kafka.SASLAuthenticationFailed) {
			t.Errorf("%s: %v is not kafka.SASLAuthenticationFailed", what, err)
		}
	}
	isAuth("CreateTopicsWith", intake.CreateTopicsWith(ctx, brokers, 1, []string{"t"}, opts...))
	_, err = intake.ReadAll(ctx, brokers, intake.DefaultInputTopic, opts...)
	isAuth("ReadAll", err)
	prod, err := intake.NewProducer(brokers, opts...)
	if err != nil {
		t.Fatal(err)
	}
	defer prod.Close()
	isAuth("Submit", prod.Submit(ctx, intake.Submission{Key: []byte("k"), Value: []byte("v")}))
}

func TestSCRAMOverTLS(t *testing.T) {
	// What production runs: SCRAM-SHA-512 inside TLS.
	p := newPKI(t)
	brokers := secureCluster(t, kfake.TLS(p.serverTLS()), kfake.EnableSASL(), kfake.Superuser(intake.SASLScramSHA512, "adjudicator", "pw"))
	m, err := intake.NewSASL(intake.SASLScramSHA512, "adjudicator", "pw")
	if err != nil {
		t.Fatal(err)
	}
	roundTrip(t, brokers, intake.WithTLS(p.clientTLS()), intake.WithSASL(m))
}

func TestWithTLSAndSASLApplyOverWithDialer(t *testing.T) {
	// WithDialer after WithTLS and WithSASL keeps them: the order of options does not matter.
	p := newPKI(t)
	brokers := secureCluster(t, kfake.TLS(p.serverTLS()), kfake.EnableSASL(), kfake.Superuser(intake.SASLPlain, "u", "pw"))
	m, err := intake.NewSASL(intake.SASLPlain, "u", "pw")
	if err != nil {
		t.Fatal(err)
	}
	d := &kafka.Dialer{Timeout: 5 * time.Second, ClientID: "claims-test"}
	ctx, cancel := context.WithTimeout(t.Context(), hung)
	defer cancel()
	err = intake.CreateTopicsWith(ctx, brokers, 1, []string{"t"}, intake.WithTLS(p.clientTLS()), intake.WithSASL(m), intake.WithDialer(d))
	if err != nil {
		t.Fatal(err)
	}
	if d.TLS != nil || d.SASLMechanism != nil {
		t.Error("WithTLS or WithSASL modified the dialer passed to WithDialer")
	}
}
