package service

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/redis/go-redis/v9"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/api"
	"github.com/claimsledger/claims/adjudicator/apikeys"
	"github.com/claimsledger/claims/adjudicator/privacy"
)

// APIDeps is what the providers' HTTP API runs on: the engine's Redis (API keys, the
// submissions ledger), the keyed hashes, the payload sealer and a producer to the input topic.
type APIDeps struct {
	Redis      redis.UniversalClient
	Keyer      *privacy.Keyer
	Sealer     *privacy.Sealer
	Producer   Producer
	Logger     *slog.Logger
	Registerer prometheus.Registerer
	Decoders   map[string]api.Decoder
	Ready      func(context.Context) error
	// RateLimit and RateWindow override the per-provider rate limit (default 600 a minute).
	RateLimit  int
	RateWindow time.Duration
}

// NewAPI wires the providers' HTTP API.
func NewAPI(d APIDeps) (*api.Server, error) {
	keys, err := apikeys.New(d.Redis)
	if err != nil {
		return nil, err
	}
	if d.Keyer == nil || d.Producer == nil {
		return nil, errors.New("api: need the HMAC keyer and a producer")
	}
	return api.New(api.Options{
		Keys:       keys,
		Intake:     &apiIntake{keyer: d.Keyer, sealer: d.Sealer, producer: d.Producer},
		Ledger:     &redisLedger{rdb: d.Redis, prefix: "claims:api:v1:sub:", hold: 5 * time.Minute},
		ID:         func(npi, claimID string) string { return APIClaimID(d.Keyer, npi, claimID) },
		Decoders:   d.Decoders,
		Logger:     d.Logger,
		Registerer: d.Registerer,
		Ready:      d.Ready,
		RateLimit:  d.RateLimit,
		RateWindow: d.RateWindow,
	})
}

// APIClaimID is a claim's id in the HTTP API: the keyed hash of its billing NPI and the
// provider's claim id, so that the same claim always gets the same id and nobody without the
// HMAC secret can tell what it stands for.
func APIClaimID(k *privacy.Keyer, npi, claimID string) string {
	h := k.Submission(npi, claimID)
	return "c_" + hex.EncodeToString(h[:16])
}

// apiIntake seals accepted claims and produces them keyed by member, as claims submit does.
type apiIntake struct {
	keyer    *privacy.Keyer
	sealer   *privacy.Sealer
	producer Producer
}

func (a *apiIntake) Submit(ctx context.Context, claims []adjudicator.Claim) error {
	in := make([]Input, len(claims))
	for i, c := range claims {
		in[i] = Input{Claim: c, Where: fmt.Sprintf("API submission claim %d", i)}
	}
	subs, err := Prepare(a.keyer, a.sealer, in, MaxMessageBytes)
	if err != nil {
		return err
	}
	return Produce(ctx, a.producer, subs, nil)
}

// redisLedger remembers submitted claims by API id: "pending" (with a time to live, so a crash
// mid-submission does not block the claim forever) while a request produces it, "produced"
// after.
type redisLedger struct {
	rdb    redis.UniversalClient
	prefix string
	hold   time.Duration
}

func (l *redisLedger) Reserve(ctx context.Context, id string) (api.Reservation, error) {
	ok, err := l.rdb.SetNX(ctx, l.prefix+id, "pending", l.hold).Result()
	if err != nil {
		return 0, fmt.Errorf("submissions ledger: %w", err)
	}
	if ok {
		return api.Reserved, nil
	}
	v, err := l.rdb.Get(ctx, l.prefix+id).Result()
	switch {
	case errors.Is(err, redis.Nil):
		// Released or expired between the two calls: try once more.
		return l.Reserve(ctx, id)
	case err != nil:
		return 0, fmt.Errorf("submissions ledger: %w", err)
	case v == "produced":
		return api.Produced, nil
	}
	return api.InProgress, nil
}

func (l *redisLedger) Produced(ctx context.Context, id string) error {
	if err := l.rdb.Set(ctx, l.prefix+id, "produced", 0).Err(); err != nil {
		return fmt.Errorf("submissions ledger: %w", err)
	}
	return nil
}

func (l *redisLedger) Release(ctx context.Context, id string) error {
	if err := l.rdb.Del(ctx, l.prefix+id).Err(); err != nil {
		return fmt.Errorf("submissions ledger: %w", err)
	}
	return nil
}
