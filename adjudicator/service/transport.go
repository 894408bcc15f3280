package service

import (
	"context"
	"fmt"

	"github.com/redis/go-redis/v9"

	"github.com/claimsledger/claims/adjudicator/config"
	"github.com/claimsledger/claims/adjudicator/intake"
	"github.com/claimsledger/claims/adjudicator/privacy"
)

// KafkaOptions are the intake options that reach cfg's brokers as it says: TLS (kafka_tls,
// with its CA, client certificate and server name) and SASL (kafka_sasl_mechanism, username
// and password). Pass them to every intake constructor and reader: NewConsumer, NewPublisher,
// NewProducer, CreateTopicsWith, ReadAll, ReadFrom. Empty when neither is configured.
func KafkaOptions(cfg config.Config) ([]intake.Option, error) {
	var opts []intake.Option
	tlsCfg, err := cfg.KafkaTLSConfig()
	if err != nil {
		return nil, err
	}
	if tlsCfg != nil {
		opts = append(opts, intake.WithTLS(tlsCfg))
	}
	if cfg.KafkaSASLMechanism != "" {
		m, err := intake.NewSASL(cfg.KafkaSASLMechanism, cfg.KafkaSASLUsername, cfg.KafkaSASLPassword)
		if err != nil {
			return nil, fmt.Errorf("config: kafka_sasl_*: %w", err)
		}
		opts = append(opts, intake.WithSASL(m))
	}
	return opts, nil
}

// RedisOptions are the go-redis options for cfg's Redis: its addresses (several select Redis
// Cluster), the ACL user and password (redis_username, redis_password_file or
// CLAIMS_REDIS_PASSWORD) and TLS (redis_tls and its files). Timeouts and retries are left to
// the caller.
func RedisOptions(cfg config.Config) (*redis.UniversalOptions, error) {
	tlsCfg, err := cfg.RedisTLSConfig()
	if err != nil {
		return nil, err
	}
	return &redis.UniversalOptions{
		Addrs:     cfg.RedisAddrs,
		Username:  cfg.RedisUsername,
		Password:  cfg.RedisPassword,
		TLSConfig: tlsCfg,
	}, nil
}

// readTopic reads all of topic with the config's TLS and SASL, and opens the values sealed with
// the config's payload key (claims, decision records and dead letters are sealed at rest, the
// message key as associated data). A value that does not open is left sealed for the caller to
// report.
func readTopic(ctx context.Context, cfg config.Config, topic string) ([]intake.Record, error) {
	opts, err := KafkaOptions(cfg)
	if err != nil {
		return nil, err
	}
	recs, err := intake.ReadAll(ctx, cfg.Brokers, topic, opts...)
	if err != nil {
		return nil, err
	}
	return openValues(cfg, recs)
}

// openValues opens the sealed values of recs in place.
func openValues(cfg config.Config, recs []intake.Record) ([]intake.Record, error) {
	if len(cfg.PayloadKey) == 0 {
		return recs, nil
	}
	sealer, err := privacy.NewSealer(cfg.PayloadKey)
	if err != nil {
		return nil, err
	}
	for i := range recs {
		if !privacy.IsSealed(recs[i].Value) {
			continue
		}
		if pt, err := sealer.Open(recs[i].Value, recs[i].Key); err == nil {
			recs[i].Value = pt
		}
	}
	return recs, nil
}
