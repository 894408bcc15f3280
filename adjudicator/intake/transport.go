package intake

import (
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/segmentio/kafka-go"
	"github.com/segmentio/kafka-go/sasl"
	"github.com/segmentio/kafka-go/sasl/plain"
	"github.com/segmentio/kafka-go/sasl/scram"
)

// SASL mechanisms NewSASL accepts, spelt as Kafka's sasl.enabled.mechanisms
// spells them.
const (
	SASLPlain       = "PLAIN"
	SASLScramSHA256 = "SCRAM-SHA-256"
	SASLScramSHA512 = "SCRAM-SHA-512"
)

// SASLMechanisms lists the mechanism names NewSASL accepts.
var SASLMechanisms = []string{SASLPlain, SASLScramSHA256, SASLScramSHA512}

// NewSASL returns the SASL mechanism named mechanism (PLAIN, SCRAM-SHA-256 or
// SCRAM-SHA-512, in any case) authenticating username with password. PLAIN
// sends the password itself: use it only over TLS. Errors never contain the
// password.
func NewSASL(mechanism, username, password string) (sasl.Mechanism, error) {
	name := strings.ToUpper(strings.TrimSpace(mechanism))
	switch {
	case !slices.Contains(SASLMechanisms, name):
		return nil, fmt.Errorf("intake: SASL mechanism %q, want one of %s", mechanism, strings.Join(SASLMechanisms, ", "))
	case username == "":
		return nil, fmt.Errorf("intake: SASL %s: empty username", name)
	case password == "":
		return nil, fmt.Errorf("intake: SASL %s for %q: empty password", name, username)
	}
	if name == SASLPlain {
		return plain.Mechanism{Username: username, Password: password}, nil
	}
	algo := scram.SHA512
	if name == SASLScramSHA256 {
		algo = scram.SHA256
	}
	m, err := scram.Mechanism(algo, username, password)
	if err != nil {
		// The underlying error may quote the offending character of the
		// password; name the rule instead.
		return nil, fmt.Errorf("intake: SASL %s for %q: username or password rejected by SASLprep (RFC 4013)", name, username)
	}
	return m, nil
}

// WithTLS makes every connection to the brokers TLS with c (its ServerName,
// when empty, is each broker's host name). All: Consumer, Publisher,
// Producer, CreateTopicsWith, ReadAll and ReadFrom. It applies on top of
// WithDialer, whichever comes first. nil leaves the dialer's TLS as it is
// (plain TCP by default).
func WithTLS(c *tls.Config) Option { return func(cfg *config) { cfg.tls = c } }

// WithSASL authenticates every connection to the brokers with m (see
// NewSASL). All, like WithTLS, and on top of WithDialer. nil leaves the
// dialer's mechanism as it is (none by default).
func WithSASL(m sasl.Mechanism) Option { return func(cfg *config) { cfg.sasl = m } }

// applyTransport puts the WithTLS and WithSASL settings on a copy of the
// dialer, so a dialer passed to WithDialer is never modified.
func (c *config) applyTransport() {
	if c.dialer == nil || (c.tls == nil && c.sasl == nil) {
		return
	}
	d := *c.dialer
	if c.tls != nil {
		d.TLS = c.tls
	}
	if c.sasl != nil {
		d.SASLMechanism = c.sasl
	}
	c.dialer = &d
}

// transportOf is a kafka.Transport (writers and the admin Client) that
// connects the way d does: the same dial function, timeout, client ID, TLS
// and SASL.
func transportOf(d *kafka.Dialer, metadataTopics ...string) *kafka.Transport {
	return &kafka.Transport{
		Dial:           d.DialFunc,
		DialTimeout:    d.Timeout,
		ClientID:       d.ClientID,
		TLS:            d.TLS,
		SASL:           d.SASLMechanism,
		MetadataTopics: metadataTopics,
	}
}

// saslHint says what an unexpected EOF may mean when SASL is on: a broker may refuse the
// credentials by closing the connection (Kafka answers SASL_AUTHENTICATION_FAILED first, and
// kafka-go reports that as kafka.SASLAuthenticationFailed; kfake just closes), which
// kafka-go's Transport reports as an unexpected EOF.
func saslHint(err error, d *kafka.Dialer) error {
	if err == nil || d.SASLMechanism == nil || !errors.Is(err, io.ErrUnexpectedEOF) {
		return err
	}
	return fmt.Errorf("%w (with SASL %s on, this is also how a broker refuses the username or password)", err, d.SASLMechanism.Name())
}
