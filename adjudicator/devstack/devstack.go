// Package devstack runs the whole environment in one process: an embedded
// Kafka broker (kfake), a dev Ethereum chain (go-ethereum's simulated
// backend, optionally over HTTP JSON-RPC) and Redis (redis-server when on
// PATH, an in-process stand-in otherwise); it deploys the contracts, funds
// the escrow and registers the bundled sample's coverage (unless told not to).
// The AccessLog is deployed too, with RECORDER_ROLE on RecorderKey, and the
// access topic created: a serve on the stack records every look at a claim.
// `claims demo` and `claims devnet` both start it.
package devstack

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/chain"
	"github.com/claimsledger/claims/adjudicator/chain/devchain"
	"github.com/claimsledger/claims/adjudicator/config"
	"github.com/claimsledger/claims/adjudicator/eligcache/devredis"
	"github.com/claimsledger/claims/adjudicator/intake/devkafka"
	"github.com/claimsledger/claims/adjudicator/privacy"
	"github.com/claimsledger/claims/adjudicator/sample"
	"github.com/claimsledger/claims/adjudicator/service"
)

// Dev keys, one per role, as production holds them apart: key 0 deploys,
// administers and mints the dev stablecoin; the others each hold one role.
// ProviderKey is a provider's own key (a payout address that withdraws).
// RecorderKey writes looks at claims to the AccessLog: serve signs with it
// beside the adjudicator's key, so it must be another.
const (
	AdminKey = iota
	AdjudicatorKey
	InsurerKey
	ProviderManagerKey
	FraudAnalystKey
	GuardianKey
	ProviderKey
	RecorderKey
	numKeys
)

// Roles maps every role to its dev key.
func (s *Stack) Roles() chain.Roles {
	a := s.Chain.Address
	return chain.Roles{
		Admin: a(AdminKey), Adjudicator: a(AdjudicatorKey), Insurer: a(InsurerKey),
		ProviderManager: a(ProviderManagerKey), FraudAnalyst: a(FraudAnalystKey), Guardian: a(GuardianKey),
		Recorder: a(RecorderKey),
	}
}

// EscrowCents funds the settlement escrow: $1bn, far above the sample's
// total charges, so the demo never runs dry.
const EscrowCents = 100_000_000_000

// Options configure Start.
type Options struct {
	// Partitions of each topic. Default 4.
	Partitions int
	// KafkaPort, 0 for a free port.
	KafkaPort int
	// RPCAddr serves the chain's JSON-RPC over HTTP at host:port when set
	// ("127.0.0.1:0" for a free port).
	RPCAddr string
	// BlockInterval of the dev chain. Default 100ms.
	BlockInterval time.Duration
	// PersistRedis runs redis-server with its append-only file (devnet): member history is
	// state, not cache.
	PersistRedis bool
	// Coverage to register, by member id. Default: the bundled sample's.
	Coverage map[string][]adjudicator.Span
	// SkipCoverage registers no coverage at all: an empty registry, for enrolling with
	// `claims coverage import` as an insurer would. Coverage must then be nil.
	SkipCoverage bool
	Logger       *slog.Logger
}

// Stack is a running environment.
type Stack struct {
	Kafka      *devkafka.Broker
	Chain      *devchain.Chain
	Redis      *devredis.Instance
	Deployment chain.Deployment
	// Settings are the contracts' dev settings (challenge window, caps).
	Settings chain.Settings
	// Config points at every service; HMACSecret is a fresh random secret.
	Config config.Config
	Keyer  *privacy.Keyer
	// Members is the number of members whose coverage was registered (0 with SkipCoverage).
	Members int

	log *slog.Logger
}

// Start boots every component and deploys the contracts. On error,
// whatever started is stopped.
func Start(ctx context.Context, o Options) (_ *Stack, err error) {
	if o.Partitions == 0 {
		o.Partitions = 4
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if o.SkipCoverage && o.Coverage != nil {
		return nil, errors.New("devstack: SkipCoverage and Coverage both set")
	}
	s := &Stack{log: o.Logger}
	defer func() {
		if err != nil {
			s.Close()
		}
	}()
	cfg := config.Defaults()
	cfg.Partitions = o.Partitions
	// Blocks come every 100 ms here: polling for receipts at the production default (200 ms)
	// would add most of a poll to every settlement (measured: p50 produce-to-decision 504 ms
	// at 200 ms, 232 ms at 25 ms).
	cfg.ReceiptPoll = 25 * time.Millisecond
	// Fresh secrets per run: a keyed-hash secret and an AES-256 payload
	// key, so the dev stack exercises sealed payloads like production.
	cfg.HMACSecret, cfg.PayloadKey = make([]byte, 32), make([]byte, 32)
	if _, err := rand.Read(cfg.HMACSecret); err != nil {
		return nil, err
	}
	if _, err := rand.Read(cfg.PayloadKey); err != nil {
		return nil, err
	}
	if s.Keyer, err = privacy.NewKeyer(cfg.HMACSecret); err != nil {
		return nil, err
	}

	if s.Kafka, err = devkafka.Start(devkafka.Options{
		Partitions: int32(o.Partitions), Port: o.KafkaPort, Logger: o.Logger,
		Topics: []string{cfg.InputTopic, cfg.DecisionsTopic, cfg.DeadLetterTopic, cfg.AccessTopic},
	}); err != nil {
		return nil, fmt.Errorf("start kafka: %w", err)
	}
	cfg.Brokers = s.Kafka.Addrs()

	if s.Redis, err = devredis.StartWith(ctx, devredis.Options{AppendOnly: o.PersistRedis}); err != nil {
		return nil, fmt.Errorf("start redis: %w", err)
	}
	cfg.RedisAddrs = []string{s.Redis.Addr}

	if s.Chain, err = devchain.Start(ctx, devchain.Options{Accounts: numKeys, BlockInterval: o.BlockInterval, HTTPAddr: o.RPCAddr, Logger: o.Logger}); err != nil {
		return nil, fmt.Errorf("start chain: %w", err)
	}
	cfg.RPCURL = s.Chain.HTTPURL()
	backend := s.Chain.Client()
	s.Settings = chain.DevSettings()
	s.Deployment, err = chain.Deploy(ctx, backend, s.Chain.Transactor(AdminKey), chain.DeployConfig{
		Roles: s.Roles(), Settings: s.Settings,
	}, chain.WithLogger(o.Logger))
	if err != nil {
		return nil, fmt.Errorf("deploy contracts: %w", err)
	}
	if err := chain.MintEscrow(ctx, backend, s.Chain.Transactor(AdminKey), s.Chain.Transactor(InsurerKey), s.Deployment, EscrowCents, chain.WithLogger(o.Logger)); err != nil {
		return nil, fmt.Errorf("fund escrow: %w", err)
	}
	service.ApplyDeployment(&cfg, s.Deployment)

	cov := o.Coverage
	if cov == nil && !o.SkipCoverage {
		if cov, err = sample.Eligibility(); err != nil {
			return nil, err
		}
	}
	if err := s.register(ctx, cov); err != nil {
		return nil, err
	}
	s.Config = cfg
	o.Logger.Info("dev stack ready", "kafka", cfg.Brokers, "redis", s.Redis.Addr, "redis_backend", s.Redis.Backend,
		"rpc", cfg.RPCURL, "settlement", cfg.SettlementAddress, "access_log", cfg.AccessLogAddress, "members", s.Members)
	return s, nil
}

// register records coverage keyed by the members' keyed hashes: the raw
// member ids never reach the chain.
func (s *Stack) register(ctx context.Context, cov map[string][]adjudicator.Span) error {
	tx, err := chain.NewTransactor(s.Chain.Client(), s.Chain.Transactor(InsurerKey), chain.WithLogger(s.log))
	if err != nil {
		return err
	}
	reg, err := chain.NewRegistry(s.Chain.Client(), s.Deployment.Registry, tx)
	if err != nil {
		return err
	}
	byKey := make(map[adjudicator.Hash][]adjudicator.Span, len(cov))
	for id, spans := range cov {
		byKey[s.Keyer.Member(id)] = spans
	}
	if _, err := reg.SetCoverageBatch(ctx, byKey); err != nil {
		return fmt.Errorf("register coverage: %w", err)
	}
	s.Members = len(byKey)
	return nil
}

// Close stops everything that was started.
func (s *Stack) Close() {
	if s.Chain != nil {
		_ = s.Chain.Close()
	}
	if s.Redis != nil {
		_ = s.Redis.Close()
	}
	if s.Kafka != nil {
		s.Kafka.Close()
	}
}
