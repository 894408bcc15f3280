package console

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/redis/go-redis/v9"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/accesslog"
	"github.com/claimsledger/claims/adjudicator/analysts"
	"github.com/claimsledger/claims/adjudicator/chain"
	"github.com/claimsledger/claims/adjudicator/config"
	"github.com/claimsledger/claims/adjudicator/rules"
	"github.com/claimsledger/claims/adjudicator/service"
	"github.com/claimsledger/claims/adjudicator/x12codes"
)

// Deps are what an embedding program already has; zero values are dialled from the config.
type Deps struct {
	// Backend is the chain; nil dials cfg.RPCURL.
	Backend chain.Backend
	// Access records looks; nil dials the access topic.
	Access service.AccessRecorder
	Logger *slog.Logger
	// Tune the Server (Options fields left zero take their defaults).
	Tune func(*Options)
}

// Mounted is a console wired from a config, with what it opened.
type Mounted struct {
	*Server
	closers []func()
}

// Close releases the connections the console opened.
func (m *Mounted) Close() {
	m.Server.Close()
	for i := len(m.closers) - 1; i >= 0; i-- {
		m.closers[i]()
	}
}

// Open wires the console from cfg: the analysts' keystores in analysts_dir, sessions in the
// config's Redis, the review from the chain and the decisions topic, looks recorded on the
// access topic, and the CARC/RARC descriptions from the shared data when it is there.
func Open(ctx context.Context, cfg config.Config, d Deps) (_ *Mounted, err error) {
	if err := cfg.Require(config.NeedKafka, config.NeedRedis, config.NeedChain, config.NeedSecret); err != nil {
		return nil, err
	}
	log := d.Logger
	if log == nil {
		log = slog.Default()
	}
	m := &Mounted{}
	defer func() {
		if err != nil {
			for i := len(m.closers) - 1; i >= 0; i-- {
				m.closers[i]()
			}
		}
	}()
	dir, err := analysts.Open(cfg.AnalystsDir)
	if err != nil {
		return nil, err
	}
	backend := d.Backend
	if backend == nil {
		if err := cfg.Require(config.NeedRPC); err != nil {
			return nil, err
		}
		c, err := service.DialRPC(ctx, cfg.RPCURL)
		if err != nil {
			return nil, err
		}
		m.closers = append(m.closers, c.Close)
		backend = c
	}
	chainID, err := backend.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("console: read chain id: %w", err)
	}
	ropts, err := service.RedisOptions(cfg)
	if err != nil {
		return nil, err
	}
	rdb := redis.NewUniversalClient(ropts)
	m.closers = append(m.closers, func() { _ = rdb.Close() })
	access := d.Access
	if access == nil {
		rec, err := service.OpenAccessRecorder(cfg)
		if err != nil {
			return nil, err
		}
		m.closers = append(m.closers, func() { _ = rec.Close() })
		access = rec
	}
	codes, ok, err := x12codes.LoadShared()
	switch {
	case err != nil:
		log.Warn("console: the CARC/RARC code lists could not be read; claim pages show bare codes", "err", err)
	case !ok:
		log.Info("console: no shared data with the CARC/RARC code lists (x12codes/); claim pages show bare codes")
	default:
		n, k := codes.Len()
		log.Info("console: CARC/RARC code lists loaded", "carc", n, "rarc", k)
	}
	explain := &lazyRules{load: func() (adjudicator.Rules, error) {
		// Its own context: the first trace asked for loads it for every later one.
		return service.NewRules(context.Background(), cfg, log, rules.WithExplain(true))
	}}
	o := Options{
		Explain:  explain.get,
		Analysts: dir, Redis: rdb, ChainID: chainID, Access: access, Codes: codes, Logger: log,
		SecureCookie: cfg.APITLSCertFile != "",
		Reviews: func(ctx context.Context, signer *bind.TransactOpts) (*service.Review, error) {
			return service.OpenReview(ctx, cfg, service.ReviewOptions{Signer: signer, Backend: backend, Logger: log})
		},
	}
	if d.Tune != nil {
		d.Tune(&o)
	}
	if m.Server, err = New(o); err != nil {
		return nil, err
	}
	return m, nil
}

var _ service.AccessRecorder = (*accesslog.Recorder)(nil)
