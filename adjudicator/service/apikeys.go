package service

import (
	"context"
	"fmt"

	"github.com/redis/go-redis/v9"

	"github.com/claimsledger/claims/adjudicator/apikeys"
	"github.com/claimsledger/claims/adjudicator/config"
)

// OpenAPIKeys connects to the configured Redis and returns the providers' API key store, with
// what closes the connection.
func OpenAPIKeys(ctx context.Context, cfg config.Config) (*apikeys.Store, func(), error) {
	if err := cfg.Require(config.NeedRedis); err != nil {
		return nil, nil, fmt.Errorf("API keys live in Redis: %w", err)
	}
	ropts, err := RedisOptions(cfg)
	if err != nil {
		return nil, nil, err
	}
	rdb := redis.NewUniversalClient(ropts)
	if err := rdb.Ping(ctx).Err(); err != nil {
		_ = rdb.Close()
		return nil, nil, fmt.Errorf("API keys: reach redis: %w", err)
	}
	s, err := apikeys.New(rdb)
	if err != nil {
		_ = rdb.Close()
		return nil, nil, err
	}
	return s, func() { _ = rdb.Close() }, nil
}
