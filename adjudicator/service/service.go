// Package service wires the engine to real endpoints from a config.Config:
// Kafka brokers, Redis, an Ethereum JSON-RPC endpoint and a keystore. It is
// what `claims serve`, `submit` and `audit` run, and what the demo runs
// against its embedded stack.
package service

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"slices"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/redis/go-redis/v9"
	"golang.org/x/sync/errgroup"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/accesslog"
	"github.com/claimsledger/claims/adjudicator/api"
	"github.com/claimsledger/claims/adjudicator/chain"
	"github.com/claimsledger/claims/adjudicator/cms"
	"github.com/claimsledger/claims/adjudicator/config"
	"github.com/claimsledger/claims/adjudicator/eligcache"
	"github.com/claimsledger/claims/adjudicator/exclusion"
	"github.com/claimsledger/claims/adjudicator/fraudbase"
	"github.com/claimsledger/claims/adjudicator/histstore"
	"github.com/claimsledger/claims/adjudicator/intake"
	"github.com/claimsledger/claims/adjudicator/privacy"
	"github.com/claimsledger/claims/adjudicator/rules"
	"github.com/claimsledger/claims/adjudicator/tallystore"
)

// Options inject what an embedding program already has. Zero values mean:
// dial cfg.RPCURL, sign with cfg.Keystore, load the embedded policies.
type Options struct {
	Logger        *slog.Logger
	Backend       chain.Backend
	Signer        *bind.TransactOpts
	Rules         adjudicator.Rules
	Registerer    prometheus.Registerer
	EngineOptions []adjudicator.Option
	IntakeOptions []intake.Option
	// APIDecoders adds decoders to the HTTP API, by media type (FHIR, X12).
	APIDecoders map[string]api.Decoder
	// RecorderSigner signs the access flusher's writes to the AccessLog (RECORDER_ROLE) when
	// access_log_address is set; nil: recorder_keystore. Never the adjudicator's key.
	RecorderSigner *bind.TransactOpts
	// Handlers are served on the API's listener beside the API, by mux pattern (the analysts'
	// console at "/console/"); ignored without api_addr.
	Handlers map[string]http.Handler
}

// Service is a wired adjudicator instance.
type Service struct {
	cfg        config.Config
	log        *slog.Logger
	backend    chain.Backend
	closeChain func()
	registry   *chain.Registry
	rdb        redis.UniversalClient
	cache      *eligcache.Cache
	consumer   *intake.Consumer
	publisher  *intake.Publisher
	engine     *adjudicator.Engine
	gatherer   prometheus.Gatherer
	// api is the providers' HTTP API, when api_addr is set; apiProducer feeds it to Kafka.
	api         *api.Server
	apiTLS      *tls.Config
	apiProducer *intake.Producer
	// access records the API's looks at claims on the access topic; flusher moves them to the
	// AccessLog (nil without access_log_address).
	access  *accesslog.Recorder
	flusher *accesslog.Flusher
	// handlers share the API's listener (Options.Handlers).
	handlers map[string]http.Handler
}

// Open connects to every endpoint and builds the engine. Nothing is
// consumed until Run.
func Open(ctx context.Context, cfg config.Config, o Options) (_ *Service, err error) {
	needs := []config.Need{config.NeedKafka, config.NeedRedis, config.NeedChain, config.NeedSecret}
	if o.Signer == nil {
		needs = append(needs, config.NeedSigner)
	}
	if o.Backend == nil {
		needs = append(needs, config.NeedRPC)
	}
	if err := cfg.Require(needs...); err != nil {
		return nil, err
	}
	s := &Service{cfg: cfg, log: o.Logger, handlers: o.Handlers}
	if s.log == nil {
		s.log = slog.Default()
	}
	defer func() {
		if err != nil {
			s.Close()
		}
	}()
	keyer, err := privacy.NewKeyer(cfg.HMACSecret)
	if err != nil {
		return nil, err
	}
	var engineOpts []adjudicator.Option
	var histOpts []histstore.Option
	var sealer *privacy.Sealer
	if len(cfg.PayloadKey) > 0 {
		if sealer, err = privacy.NewSealer(cfg.PayloadKey); err != nil {
			return nil, err
		}
		engineOpts = append(engineOpts, adjudicator.WithSealer(sealer))
		histOpts = append(histOpts, histstore.WithSealer(sealer))
	}

	s.backend, s.closeChain, err = dialChain(ctx, cfg, o.Backend)
	if err != nil {
		return nil, err
	}
	signer := o.Signer
	if signer == nil {
		if signer, err = Signer(ctx, cfg, config.RoleAdjudicator, s.backend); err != nil {
			return nil, err
		}
	}
	topts := []chain.Option{chain.WithLogger(s.log)}
	if cfg.ReceiptPoll > 0 {
		topts = append(topts, chain.WithPollInterval(cfg.ReceiptPoll))
	}
	tx, err := chain.NewTransactor(s.backend, signer, topts...)
	if err != nil {
		return nil, err
	}
	settlement, err := chain.NewSettlement(s.backend, common.HexToAddress(cfg.SettlementAddress), tx, chain.WithFromBlock(cfg.FromBlock))
	if err != nil {
		return nil, err
	}
	if s.registry, err = chain.NewRegistry(s.backend, common.HexToAddress(cfg.RegistryAddress), nil); err != nil {
		return nil, err
	}

	reg := o.Registerer
	if reg == nil {
		r := prometheus.NewRegistry()
		r.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
		reg, s.gatherer = r, r
	}
	ropts, err := RedisOptions(cfg) // addresses, ACL user and password, TLS
	if err != nil {
		return nil, err
	}
	// Short timeouts and one retry: the cache falls back to the chain when
	// Redis is down, and go-redis's defaults would stall each claim ~1.7s.
	ropts.DialTimeout, ropts.ReadTimeout, ropts.WriteTimeout, ropts.MaxRetries = 2*time.Second, time.Second, time.Second, 1
	s.rdb = redis.NewUniversalClient(ropts)
	if s.cache, err = eligcache.New(s.rdb, s.registry, eligcache.WithRegisterer(reg), eligcache.WithLogger(s.log),
		eligcache.WithMACKey(keyer.SubKey("eligcache-mac"))); err != nil {
		return nil, err
	}
	hist, err := histstore.New(s.rdb, histOpts...)
	if err != nil {
		return nil, err
	}
	if err := reg.Register(prometheus.NewGaugeFunc(prometheus.GaugeOpts{
		Name: "claims_chain_unreachable",
		Help: "1 while the chain endpoint fails the receipt polls of a settlement in flight (the engine waits; not ready).",
	}, func() float64 {
		if settlement.Health() != nil {
			return 1
		}
		return 0
	})); err != nil {
		return nil, err
	}
	if err := reg.Register(prometheus.NewCounterFunc(prometheus.CounterOpts{
		Name: "claims_history_distrusted_total",
		Help: "History entries in Redis that failed their check (unsealed, forged, undecodable): dropped, and the partition rebuilt.",
	}, func() float64 { return float64(hist.Distrusted()) })); err != nil {
		return nil, err
	}
	kopts, err := KafkaOptions(cfg) // TLS and SASL
	if err != nil {
		return nil, err
	}
	histLog, err := intake.NewDecisionLog(cfg.Brokers, cfg.DecisionsTopic, sealer, kopts...)
	if err != nil {
		return nil, err
	}
	tallies, err := tallystore.New(s.rdb)
	if err != nil {
		return nil, err
	}
	engineOpts = append(engineOpts, adjudicator.WithHistory(hist), adjudicator.WithHistoryLog(histLog), adjudicator.WithTallies(tallies))

	r := o.Rules
	if r == nil {
		// Only the adjudicator warns: a deployment that forgot cms_dir would price real claims
		// with the sample's slice, and serve is where that happens.
		if cfg.CMSDir == "" {
			s.log.Warn("cms_dir not set: deciding with the bundled CMS slice, which covers the sample's codes only; set cms_dir to the quarterly CMS files (ncci/, mpfs/) in production")
		}
		if r, err = NewRules(ctx, cfg, s.log); err != nil {
			return nil, err
		}
	}

	iopts := append(append(slices.Clip(kopts),
		intake.WithGroupID(cfg.Group), intake.WithInputTopic(cfg.InputTopic),
		intake.WithDecisionsTopic(cfg.DecisionsTopic), intake.WithDeadLetterTopic(cfg.DeadLetterTopic),
		intake.WithLogger(s.log),
	), o.IntakeOptions...)
	topics := []string{cfg.InputTopic, cfg.DecisionsTopic, cfg.DeadLetterTopic, cfg.AccessTopic}
	if err := intake.CreateTopicsWith(ctx, cfg.Brokers, cfg.Partitions, topics, iopts...); err != nil {
		return nil, err
	}
	if s.consumer, err = intake.NewConsumer(cfg.Brokers, iopts...); err != nil {
		return nil, err
	}
	popts := slices.Clip(iopts)
	if sealer != nil {
		popts = append(popts, intake.WithSealer(sealer))
	}
	if s.publisher, err = intake.NewPublisher(cfg.Brokers, popts...); err != nil {
		return nil, err
	}
	engineOpts = append(engineOpts, adjudicator.WithLogger(s.log), adjudicator.WithRegisterer(reg),
		adjudicator.WithBatchSize(cfg.BatchSize), adjudicator.WithLinger(cfg.Linger))
	if cfg.DrainTimeout > 0 {
		engineOpts = append(engineOpts, adjudicator.WithDrainTimeout(cfg.DrainTimeout))
	}
	engineOpts = append(engineOpts, adjudicator.WithConfirmations(cfg.Confirmations))
	engineOpts = append(engineOpts, o.EngineOptions...)
	if cfg.APIAddr != "" {
		// The provider API answers GET /v1/claims/{id} from what the engine settled.
		statuses := statusStore(s.rdb, sealer, keyer)
		engineOpts = append(engineOpts, adjudicator.WithBatchObserver(func(r adjudicator.BatchReport) {
			octx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			statuses.Observe(octx, s.log, r)
		}))
	}
	if s.engine, err = adjudicator.New(s.consumer, s.cache, r, settlement, s.publisher, keyer, engineOpts...); err != nil {
		return nil, err
	}
	if s.flusher, err = openFlusher(ctx, cfg, o, s, signer, topts, slices.Clip(iopts), reg); err != nil {
		return nil, err
	}
	if cfg.APIAddr != "" {
		if s.apiTLS, err = cfg.APITLSConfig(); err != nil {
			return nil, err
		}
		if s.access, err = accesslog.Dial(cfg.Brokers, cfg.AccessTopic, kopts...); err != nil {
			return nil, err
		}
		if s.apiProducer, err = intake.NewProducer(cfg.Brokers, append(slices.Clip(kopts), intake.WithInputTopic(cfg.InputTopic))...); err != nil {
			return nil, err
		}
		payer, method := apiPayer(s.log, cfg)
		s.api, err = NewAPI(APIDeps{
			Redis: s.rdb, Keyer: keyer, Sealer: sealer, Producer: s.apiProducer, Logger: s.log, Registerer: reg,
			Decoders: o.APIDecoders, Eligibility: s.cache, Settlement: settlement, Payer: payer, PaymentMethod: method, Access: s.access,
			Ready: func(context.Context) error {
				if err := s.consumer.Health(); err != nil {
					return err
				}
				return s.engine.Ready()
			},
		})
		if err != nil {
			return nil, err
		}
	}
	return s, nil
}

func dialChain(ctx context.Context, cfg config.Config, given chain.Backend) (chain.Backend, func(), error) {
	if given != nil {
		return given, func() {}, nil
	}
	c, err := DialRPC(ctx, cfg.RPCURL)
	if err != nil {
		return nil, nil, err
	}
	return c, c.Close, nil
}

// Signer decrypts the keystore that signs for role (config.KeystoreFor). The password comes
// from the environment or a file, never the command line.
func Signer(ctx context.Context, cfg config.Config, role config.Role, backend chain.Backend) (*bind.TransactOpts, error) {
	path := cfg.KeystoreFor(role)
	if path == "" {
		where := "keystore (the operator's own key)"
		switch role {
		case config.RoleAdjudicator:
			where = "keystore"
		case config.RoleDeployer:
			where = "deployer_keystore, admin_keystore or keystore"
		case config.RoleRecorder:
			where = "recorder_keystore (a key of its own: it never falls back to keystore)"
		case "":
		default:
			where = string(role) + "_keystore, or keystore in the operator's own config"
		}
		return nil, fmt.Errorf("config: no keystore to sign as the %s: set %s (YAML, or CLAIMS_ env)", role, where)
	}
	if cfg.KeystorePassword == "" {
		return nil, errors.New("config: missing keystore password (CLAIMS_KEYSTORE_PASSWORD or YAML keystore_password_file)")
	}
	blob, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("keystore for %s: %w", role, err)
	}
	key, err := keystore.DecryptKey(blob, cfg.KeystorePassword)
	if err != nil {
		return nil, fmt.Errorf("keystore %s (%s): %w", path, role, err)
	}
	id, err := backend.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("read chain id: %w", err)
	}
	return bind.NewKeyedTransactor(key.PrivateKey, id), nil
}

// Run adjudicates until ctx ends, keeps the eligibility cache in step with
// CoverageRegistry events, and serves metrics when configured. The first
// component to fail stops the others (a Prometheus-style run group).
func (s *Service) Run(ctx context.Context) error {
	g, gctx := errgroup.WithContext(ctx)
	g.Go(func() error { return s.engine.Run(gctx) })
	if s.flusher != nil {
		g.Go(func() error {
			if err := s.flusher.Run(gctx); err != nil {
				return fmt.Errorf("access flusher: %w", err)
			}
			return nil
		})
	}
	g.Go(func() error {
		err := s.registry.WatchCoverageChangesFrom(gctx, s.cfg.FromBlock, func(member adjudicator.Hash) {
			// Retry until it sticks: the watcher does not move past this
			// event while we block, so no coverage change is ever skipped.
			for attempt := 1; ; attempt++ {
				err := s.cache.Invalidate(gctx, member)
				if err == nil || gctx.Err() != nil {
					return
				}
				s.log.Warn("eligibility cache invalidation failed; retrying", "attempt", attempt, "err", err)
				select {
				case <-gctx.Done():
					return
				case <-time.After(time.Second):
				}
			}
		})
		if gctx.Err() != nil {
			return nil
		}
		return fmt.Errorf("watch coverage changes: %w", err)
	})
	if s.api != nil {
		srv := &http.Server{Addr: s.cfg.APIAddr, Handler: s.apiHandler(), ReadHeaderTimeout: 5 * time.Second, TLSConfig: s.apiTLS}
		g.Go(func() error {
			s.log.Info("serving the provider API", "addr", s.cfg.APIAddr, "tls", s.apiTLS != nil, "client_certificates", s.apiTLS != nil && s.apiTLS.ClientCAs != nil)
			serve := srv.ListenAndServe
			if s.apiTLS != nil {
				// The certificate is in TLSConfig already.
				serve = func() error { return srv.ListenAndServeTLS("", "") }
			}
			if err := serve(); !errors.Is(err, http.ErrServerClosed) {
				if errors.Is(err, syscall.EADDRINUSE) {
					return fmt.Errorf("provider API: %w: another serve with this config on this host? give each replica its own api_addr (--api-addr HOST:PORT), or --api-addr= for none", err)
				}
				return fmt.Errorf("provider API: %w", err)
			}
			return nil
		})
		g.Go(func() error {
			<-gctx.Done()
			sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			return srv.Shutdown(sctx)
		})
	}
	if s.cfg.MetricsAddr != "" && s.gatherer != nil {
		srv := &http.Server{Addr: s.cfg.MetricsAddr, Handler: s.opsHandler(), ReadHeaderTimeout: 5 * time.Second}
		g.Go(func() error {
			s.log.Info("serving metrics", "addr", s.cfg.MetricsAddr)
			if err := srv.ListenAndServe(); !errors.Is(err, http.ErrServerClosed) {
				return fmt.Errorf("metrics server: %w", err)
			}
			return nil
		})
		g.Go(func() error {
			<-gctx.Done()
			sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			return srv.Shutdown(sctx)
		})
	}
	return g.Wait()
}

// apiHandler is the provider API, with Options.Handlers beside it on the same listener.
func (s *Service) apiHandler() http.Handler {
	if len(s.handlers) == 0 {
		return s.api.Handler()
	}
	mux := http.NewServeMux()
	mux.Handle("/", s.api.Handler())
	for pattern, h := range s.handlers {
		mux.Handle(pattern, h)
	}
	return mux
}

// opsHandler serves /metrics, /healthz (the process is up) and /readyz (every owned partition
// is making progress: 503 with the reason while one waits out an outage or is halted by the
// chain's refusal).
func (s *Service) opsHandler() http.Handler {
	mux := http.NewServeMux()
	mux.Handle("/metrics", promhttp.HandlerFor(s.gatherer, promhttp.HandlerOpts{}))
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write([]byte("ok\n")) })
	mux.HandleFunc("/readyz", func(w http.ResponseWriter, _ *http.Request) {
		err := s.consumer.Health()
		if err == nil {
			err = s.engine.Ready()
		}
		if err != nil {
			http.Error(w, "not ready: "+err.Error(), http.StatusServiceUnavailable)
			return
		}
		_, _ = w.Write([]byte("ready\n"))
	})
	return mux
}

// Close releases every connection.
func (s *Service) Close() {
	if s.access != nil {
		_ = s.access.Close()
	}
	if s.apiProducer != nil {
		_ = s.apiProducer.Close()
	}
	if s.publisher != nil {
		_ = s.publisher.Close()
	}
	if s.rdb != nil {
		_ = s.rdb.Close()
	}
	if s.closeChain != nil {
		s.closeChain()
	}
}

// NewRules loads the policy bundle with the configured plan files, CMS
// tables (the full quarterly files in production; the bundled slice, which
// only covers the demo's codes, when cms_dir is unset), exclusion list and
// fraud baseline.
// Every replica, verify and the guardian load the same ones, or their
// policy hashes differ.
func NewRules(ctx context.Context, cfg config.Config, log *slog.Logger, extra ...rules.Option) (*rules.Evaluator, error) {
	var opts []rules.Option
	if cfg.PlansDir != "" {
		opts = append(opts, rules.WithPlansDir(cfg.PlansDir))
	}
	if cfg.ExclusionList != "" {
		l, err := exclusion.Load(cfg.ExclusionList)
		if err != nil {
			return nil, err
		}
		// Counts and the digest only: the list names people.
		log.Info("exclusion list loaded", "file", cfg.ExclusionList, "providers", l.Len(), "digest", fmt.Sprintf("%x", l.Digest()))
		opts = append(opts, rules.WithExclusions(l))
	}
	if cfg.FraudBaseline != "" {
		b, err := fraudbase.Load(cfg.FraudBaseline)
		if err != nil {
			return nil, err
		}
		id, err := b.ID()
		if err != nil {
			return nil, err
		}
		log.Info("fraud baseline loaded", "file", cfg.FraudBaseline, "decisions", b.Decisions, "providers", len(b.Providers), "id", fmt.Sprintf("%x", id))
		opts = append(opts, rules.WithFraudBaseline(b))
	}
	if cfg.CMSDir != "" {
		t, err := cms.LoadDir(cfg.CMSDir)
		if err != nil {
			return nil, err
		}
		log.Info("CMS tables loaded", "dir", cfg.CMSDir, "stats", t.Stats().String())
		opts = append(opts, rules.WithTables(t))
	} else {
		log.Info("cms_dir not set: using the bundled CMS slice, which covers the sample's codes only")
	}
	r, err := rules.New(ctx, append(opts, extra...)...)
	if err != nil {
		return nil, err
	}
	log.Info("policy bundle loaded", "policy_hash", fmt.Sprintf("%x", r.PolicyHash()))
	return r, nil
}

// ApplyDeployment points cfg at the contracts of d.
func ApplyDeployment(cfg *config.Config, d chain.Deployment) {
	if d.AccessLog != (common.Address{}) {
		cfg.AccessLogAddress = d.AccessLog.Hex()
	}
	cfg.SettlementAddress = d.Settlement.Hex()
	cfg.RegistryAddress = d.Registry.Hex()
	cfg.ProvidersAddress = d.Providers.Hex()
	cfg.TokenAddress = d.Token.Hex()
	cfg.FromBlock = d.Block
}
