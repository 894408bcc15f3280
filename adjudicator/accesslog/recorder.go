package accesslog

import (
	"context"
	"errors"
	"fmt"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/intake"
)

// Producer writes messages to the access topic and returns once the brokers have them: an
// intake.Producer made WithInputTopic(access topic).
type Producer interface {
	Submit(ctx context.Context, subs ...intake.Submission) error
}

// Recorder writes looks to the access topic. Safe for concurrent use.
type Recorder struct {
	p     Producer
	close func() error
}

// NewRecorder records through p, which stays the caller's to close.
func NewRecorder(p Producer) (*Recorder, error) {
	if p == nil {
		return nil, errors.New("accesslog: recorder needs a producer to the access topic")
	}
	return &Recorder{p: p}, nil
}

// Dial returns a Recorder with its own producer to topic on brokers (opts say how to connect:
// WithTLS, WithSASL); Close releases it. What a command that shows a claim opens.
func Dial(brokers []string, topic string, opts ...intake.Option) (*Recorder, error) {
	if topic == "" {
		return nil, errors.New("accesslog: empty access topic (config access_topic)")
	}
	p, err := intake.NewProducer(brokers, append(opts, intake.WithInputTopic(topic))...)
	if err != nil {
		return nil, fmt.Errorf("accesslog: %w", err)
	}
	return &Recorder{p: p, close: p.Close}, nil
}

// Close releases the producer Dial opened; a no-op for NewRecorder's.
func (r *Recorder) Close() error {
	if r.close == nil {
		return nil
	}
	return r.close()
}

// Record writes every look to the access topic in one call and returns once the brokers have
// them all: only then may the details be shown. Nothing is written when a look is invalid. On
// error some may have been written anyway; the caller must still refuse to show the details
// (a look on the trail that was then refused errs on the side of the audit).
//
// Each message is keyed by its claim key, so one claim's looks stay in one partition, in order.
func (r *Recorder) Record(ctx context.Context, looks ...adjudicator.Access) error {
	if len(looks) == 0 {
		return nil
	}
	subs := make([]intake.Submission, len(looks))
	for i, a := range looks {
		b, err := Encode(a)
		if err != nil {
			return fmt.Errorf("accesslog: look %d of %d: %w", i, len(looks), err)
		}
		key := a.ClaimKey
		subs[i] = intake.Submission{Key: key[:], Value: b}
	}
	if err := r.p.Submit(ctx, subs...); err != nil {
		return fmt.Errorf("accesslog: record %d looks on the access topic: %w", len(looks), err)
	}
	return nil
}
