package service

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/redis/go-redis/v9"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/api"
	"github.com/claimsledger/claims/adjudicator/apikeys"
	"github.com/claimsledger/claims/adjudicator/chain"
	"github.com/claimsledger/claims/adjudicator/config"
	"github.com/claimsledger/claims/adjudicator/privacy"
	"github.com/claimsledger/claims/adjudicator/proof"
	"github.com/claimsledger/claims/adjudicator/x12/remit835"
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
	// Access records every look at a decided claim's details before the API serves them (an
	// accesslog.Recorder on the access topic). Required.
	Access api.AccessRecorder
	// Settlement proves decided claims against their batch roots (?proof=true); nil: no proofs.
	Settlement *chain.Settlement
	// Eligibility is the coverage the engine decides with, for POST /v1/eligibility.
	Eligibility adjudicator.EligibilityStore
	// RateLimit and RateWindow override the per-provider rate limit (default 600 a minute).
	RateLimit  int
	RateWindow time.Duration
	// Payer is who the 835s name as payer, PaymentMethod their BPR04 (apiPayer reads both
	// from the config); nil and "": api.DefaultPayer's placeholders, BOP.
	Payer         *remit835.Payer
	PaymentMethod string
}

// apiPayer is the 835 payer and payment method the config's payer: block names, for the
// provider API; nil and "" when it has none, with a warning (serve calls this once, at start):
// 835s naming a placeholder payer would be matched to no payer by providers' posting software.
func apiPayer(log *slog.Logger, cfg config.Config) (*remit835.Payer, string) {
	p := cfg.Payer
	if !p.Set() {
		// A constant message with the placeholders as attributes: nothing is pasted into it.
		log.Warn("payer not set: the provider API's 835s name placeholders as payer; set the payer: block (name, ein, address, contact) in the config",
			"placeholder_name", api.DefaultPayer.Name, "placeholder_trn03", api.DefaultPayer.CompanyID)
		return nil, ""
	}
	return &remit835.Payer{
		// TRN03 is "1" and the EIN (config.Load leaves 9 digits).
		Name: p.Name, CompanyID: "1" + p.EIN,
		Address: remit835.Address{Line1: p.AddressLine1, Line2: p.AddressLine2, City: p.City, State: p.State, PostalCode: p.PostalCode},
		Contact: remit835.Contact{Name: p.ContactName, Phone: p.ContactPhone, Email: p.ContactEmail, URL: p.ContactURL},
	}, p.PaymentMethod
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
	if d.Access == nil {
		return nil, errors.New("api: need an access recorder: every look at a claim's details is recorded before it is served")
	}
	statuses := statusStore(d.Redis, d.Sealer, d.Keyer)
	var prover api.Prover
	if d.Settlement != nil {
		prover = &batchProver{statuses: statuses, settlement: d.Settlement, keyer: d.Keyer}
	}
	var resolutions api.Resolutions
	if d.Settlement != nil {
		resolutions = &chainResolutions{settlement: d.Settlement, keyer: d.Keyer}
	}
	var elig *api.Eligibility
	if d.Eligibility != nil {
		elig = &api.Eligibility{Store: d.Eligibility, Member: func(id string) adjudicator.Hash { return d.Keyer.Member(id) }}
	}
	return api.New(api.Options{
		Eligibility:   elig,
		Keys:          keys,
		Intake:        &apiIntake{keyer: d.Keyer, sealer: d.Sealer, producer: d.Producer},
		Ledger:        &redisLedger{rdb: d.Redis, prefix: "claims:api:v1:sub:", hold: 5 * time.Minute},
		Statuses:      statuses,
		Access:        d.Access,
		AccessKeys:    d.Keyer,
		Prover:        prover,
		Resolutions:   resolutions,
		Acks:          &redisAcks{rdb: d.Redis, sealer: d.Sealer, keyer: d.Keyer, keep: 30 * 24 * time.Hour},
		ID:            func(npi, claimID string) string { return APIClaimID(d.Keyer, npi, claimID) },
		Decoders:      d.Decoders,
		Logger:        d.Logger,
		Registerer:    d.Registerer,
		Ready:         d.Ready,
		RateLimit:     d.RateLimit,
		RateWindow:    d.RateWindow,
		Payer:         d.Payer,
		PaymentMethod: d.PaymentMethod,
	})
}

// statusStore is where the provider API reads decided claims; the engine writes them with its
// Observe as a batch observer.
func statusStore(rdb redis.UniversalClient, sealer *privacy.Sealer, keyer *privacy.Keyer) *redisStatuses {
	return &redisStatuses{rdb: rdb, sealer: sealer, keyer: keyer, prefix: "claims:api:v1:status:"}
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

// redisLedger remembers submitted claims by API id: "pending|NPI" (with a time to live, so a
// crash mid-submission does not block the claim forever) while a request produces it,
// "produced|NPI" after. The NPI says whose claim it is before it is decided.
type redisLedger struct {
	rdb    redis.UniversalClient
	prefix string
	hold   time.Duration
}

func (l *redisLedger) Reserve(ctx context.Context, id, npi string) (api.Reservation, error) {
	ok, err := l.rdb.SetNX(ctx, l.prefix+id, "pending|"+npi, l.hold).Result()
	if err != nil {
		return 0, fmt.Errorf("submissions ledger: %w", err)
	}
	if ok {
		return api.Reserved, nil
	}
	state, _, err := l.Lookup(ctx, id)
	if err == nil && state == api.Unknown {
		// Released or expired between the two calls: try once more.
		return l.Reserve(ctx, id, npi)
	}
	return state, err
}

func (l *redisLedger) Lookup(ctx context.Context, id string) (api.Reservation, string, error) {
	v, err := l.rdb.Get(ctx, l.prefix+id).Result()
	switch {
	case errors.Is(err, redis.Nil):
		return api.Unknown, "", nil
	case err != nil:
		return 0, "", fmt.Errorf("submissions ledger: %w", err)
	}
	state, npi, _ := strings.Cut(v, "|")
	if state == "produced" {
		return api.Produced, npi, nil
	}
	return api.InProgress, npi, nil
}

func (l *redisLedger) Produced(ctx context.Context, id string) error {
	_, npi, err := l.Lookup(ctx, id)
	if err != nil {
		return err
	}
	if err := l.rdb.Set(ctx, l.prefix+id, "produced|"+npi, 0).Err(); err != nil {
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

// redisStatuses keeps each decided claim's status by API id, sealed with the payload key when
// there is one: the record is health data, and Redis is read by operators. The key is the API id
// (itself a keyed hash), so nothing in Redis names a claim.
type redisStatuses struct {
	rdb    redis.UniversalClient
	sealer *privacy.Sealer
	keyer  *privacy.Keyer
	prefix string
}

func (r *redisStatuses) Decided(ctx context.Context, id string) (api.Decided, bool, error) {
	b, err := r.rdb.Get(ctx, r.prefix+id).Bytes()
	switch {
	case errors.Is(err, redis.Nil):
		return api.Decided{}, false, nil
	case err != nil:
		return api.Decided{}, false, fmt.Errorf("claim status: %w", err)
	}
	if r.sealer != nil {
		if b, err = r.sealer.Open(b, []byte(id)); err != nil {
			return api.Decided{}, false, fmt.Errorf("claim status %s: %w", id, err)
		}
	}
	var d api.Decided
	if err := json.Unmarshal(b, &d); err != nil {
		return api.Decided{}, false, fmt.Errorf("claim status %s: %w", id, err)
	}
	return d, true, nil
}

// Settled lists npi's claims settled in [from, to), from the per-provider index.
func (r *redisStatuses) Settled(ctx context.Context, npi string, from, to time.Time) ([]api.Decided, error) {
	ids, err := r.rdb.ZRangeByScore(ctx, r.byProvider(npi), &redis.ZRangeBy{
		Min: fmt.Sprint(from.Unix()), Max: "(" + fmt.Sprint(to.Unix()),
	}).Result()
	if err != nil {
		return nil, fmt.Errorf("claims settled: %w", err)
	}
	out := make([]api.Decided, 0, len(ids))
	for _, id := range ids {
		d, ok, err := r.Decided(ctx, id)
		if err != nil {
			return nil, err
		}
		if ok {
			out = append(out, d)
		}
	}
	return out, nil
}

func (r *redisStatuses) batchKey(partition int32, from int64) string {
	return fmt.Sprintf("%sbatch:%d:%d", r.prefix, partition, from)
}

// batchIDs lists the API ids of the claims a batch decided, in offset order.
func (r *redisStatuses) batchIDs(ctx context.Context, partition int32, from int64) ([]string, error) {
	b, err := r.rdb.Get(ctx, r.batchKey(partition, from)).Bytes()
	if err != nil {
		return nil, fmt.Errorf("claims of batch %d/%d: %w", partition, from, err)
	}
	var ids []string
	if err := json.Unmarshal(b, &ids); err != nil {
		return nil, fmt.Errorf("claims of batch %d/%d: %w", partition, from, err)
	}
	return ids, nil
}

// byProvider is the index of a provider's settled claims, named by the provider's keyed hash.
func (r *redisStatuses) byProvider(npi string) string {
	h := r.keyer.Provider(npi)
	return r.prefix + "by-provider:" + hex.EncodeToString(h[:16])
}

// Observe records a settled batch's decisions: a batch observer of the engine. A failure is
// logged and the status stays "received" until a replay records it again; the decision itself
// is safe on the decisions topic.
func (r *redisStatuses) Observe(ctx context.Context, log *slog.Logger, rep adjudicator.BatchReport) {
	keyer := r.keyer
	now := time.Now().Unix()
	pipe := r.rdb.Pipeline()
	var ids []string
	var corrections []correction
	for i, d := range rep.Decisions {
		if i >= len(rep.Published) {
			break
		}
		p := rep.Published[i]
		status := api.StatusDecided
		switch {
		case d.Outcome == adjudicator.Pend:
			status = api.StatusPended
		case d.PaidCents > 0:
			status = api.StatusCredited
		}
		sub := d.ClaimID
		if i < len(rep.Inputs) {
			sub = rep.Inputs[i].SubmissionID()
		}
		id := APIClaimID(keyer, d.BillingNPI, sub)
		dec := api.Decided{NPI: d.BillingNPI, ClaimID: d.ClaimID, Status: status, Record: p.Record, SettledAt: now,
			Settlement: api.Settlement{TxHash: fmt.Sprintf("%#x", rep.Receipt.TxHash), BatchID: rep.Receipt.BatchID, Block: rep.Receipt.Block,
				Partition: p.Source.Partition, Offset: p.Source.Offset, BatchFrom: rep.Batch.From, BatchTo: rep.Batch.To}}
		if i < len(rep.Inputs) {
			dec.Claim = &rep.Inputs[i]
		}
		if i < len(rep.Plans) {
			dec.Plan = rep.Plans[i]
		}
		b, err := json.Marshal(dec)
		if err != nil {
			log.Error("encode a claim status", "partition", p.Source.Partition, "offset", p.Source.Offset, "err", err)
			continue
		}
		if r.sealer != nil {
			if b, err = r.sealer.Seal(b, []byte(id)); err != nil {
				log.Error("seal a claim status", "partition", p.Source.Partition, "offset", p.Source.Offset, "err", err)
				continue
			}
		}
		pipe.Set(ctx, r.prefix+id, b, 0)
		pipe.Set(ctx, r.positionKey(p.Source.Partition, p.Source.Offset), id, 0)
		ids = append(ids, id)
		if d.Corrects != nil {
			corrections = append(corrections, correction{by: id, original: d.Corrects.Original, void: d.Outcome == adjudicator.Void})
		}
		// A replay after a crash records the same claims again: NX keeps their first time.
		pipe.ZAddNX(ctx, r.byProvider(d.BillingNPI), redis.Z{Score: float64(now), Member: id})
	}
	// The batch's claims, in offset order: a proof rebuilds the batch's tree from their records.
	if b, err := json.Marshal(ids); err == nil {
		pipe.Set(ctx, r.batchKey(rep.Batch.Partition, rep.Batch.From), b, 0)
	}
	if _, err := pipe.Exec(ctx); err != nil {
		log.Warn("record claim statuses for the provider API", "partition", rep.Batch.Partition, "from", rep.Batch.From, "to", rep.Batch.To, "err", err)
		return
	}
	for _, c := range corrections {
		if err := r.markCorrected(ctx, c); err != nil {
			log.Warn("record a corrected claim's status for the provider API", "partition", c.original.Partition, "offset", c.original.Offset, "err", err)
		}
	}
}

// correction is a void or replacement a batch decided: by is its API id.
type correction struct {
	by       string
	original adjudicator.Position
	void     bool
}

func (r *redisStatuses) positionKey(partition int32, offset int64) string {
	return fmt.Sprintf("%spos:%d:%d", r.prefix, partition, offset)
}

// AtPosition is the API id of the claim decided at an input position.
func (r *redisStatuses) AtPosition(ctx context.Context, partition int32, offset int64) (string, bool, error) {
	id, err := r.rdb.Get(ctx, r.positionKey(partition, offset)).Result()
	switch {
	case errors.Is(err, redis.Nil):
		return "", false, nil
	case err != nil:
		return "", false, fmt.Errorf("claim at a position: %w", err)
	}
	return id, true, nil
}

// markCorrected moves the original of a void or replacement to voided or replaced. A replay
// marks it again, the same way.
func (r *redisStatuses) markCorrected(ctx context.Context, c correction) error {
	id, ok, err := r.AtPosition(ctx, c.original.Partition, c.original.Offset)
	if err != nil || !ok {
		return err
	}
	d, ok, err := r.Decided(ctx, id)
	if err != nil || !ok {
		return err
	}
	d.Status, d.CorrectedBy = api.StatusReplaced, c.by
	if c.void {
		d.Status = api.StatusVoided
	}
	return r.put(ctx, id, d)
}

func (r *redisStatuses) put(ctx context.Context, id string, d api.Decided) error {
	b, err := json.Marshal(d)
	if err != nil {
		return err
	}
	if r.sealer != nil {
		if b, err = r.sealer.Seal(b, []byte(id)); err != nil {
			return err
		}
	}
	return r.rdb.Set(ctx, r.prefix+id, b, 0).Err()
}

// redisAcks keeps 999s for a month, by provider (keyed hash) and interchange control number,
// sealed: a 999's CTX segments name the provider's claim ids.
type redisAcks struct {
	rdb    redis.UniversalClient
	sealer *privacy.Sealer
	keyer  *privacy.Keyer
	keep   time.Duration
}

func (a *redisAcks) key(npi, icn string) string {
	h := a.keyer.Provider(npi)
	return "claims:api:v1:ack:" + hex.EncodeToString(h[:16]) + ":" + icn
}

func (a *redisAcks) Put(ctx context.Context, npi, icn string, ack []byte) error {
	k := a.key(npi, icn)
	if a.sealer != nil {
		var err error
		if ack, err = a.sealer.Seal(ack, []byte(k)); err != nil {
			return err
		}
	}
	return a.rdb.Set(ctx, k, ack, a.keep).Err()
}

func (a *redisAcks) Get(ctx context.Context, npi, icn string) ([]byte, bool, error) {
	k := a.key(npi, icn)
	b, err := a.rdb.Get(ctx, k).Bytes()
	switch {
	case errors.Is(err, redis.Nil):
		return nil, false, nil
	case err != nil:
		return nil, false, fmt.Errorf("999 store: %w", err)
	}
	if a.sealer != nil {
		if b, err = a.sealer.Open(b, []byte(k)); err != nil {
			return nil, false, fmt.Errorf("999 store: %w", err)
		}
	}
	return b, true, nil
}

// batchProver proves a claim the way claims verify does: the records of its batch rebuild the
// tree, whose root must be the one the chain holds.
type batchProver struct {
	statuses   *redisStatuses
	settlement *chain.Settlement
	keyer      *privacy.Keyer
}

func (p *batchProver) Prove(ctx context.Context, id string, d api.Decided) ([]byte, error) {
	s := d.Settlement
	ids, err := p.statuses.batchIDs(ctx, s.Partition, s.BatchFrom)
	if err != nil {
		return nil, err
	}
	records := make([]proof.Record, 0, len(ids))
	for _, bid := range ids {
		bd, ok, err := p.statuses.Decided(ctx, bid)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, fmt.Errorf("batch %d/%d: a claim's status is missing", s.Partition, s.BatchFrom)
		}
		records = append(records, proof.Record{Source: adjudicator.Position{Partition: bd.Settlement.Partition, Offset: bd.Settlement.Offset}, Bytes: bd.Record})
	}
	ev, ok, err := p.settlement.BatchStartingAt(ctx, s.Partition, s.BatchFrom)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, fmt.Errorf("batch %d/%d is not on chain", s.Partition, s.BatchFrom)
	}
	domain, err := p.settlement.Domain(ctx)
	if err != nil {
		return nil, err
	}
	ix := proof.NewIndex(p.keyer, domain, []chain.BatchSettledEvent{ev}, records)
	for _, dc := range ix.ClaimKey(p.keyer.Claim(d.ClaimID)) {
		if dc.Source.Offset == s.Offset && dc.Source.Partition == s.Partition {
			pr, _, err := ix.Prove(dc)
			if err != nil {
				return nil, err
			}
			return proof.EncodeExport(dc.Bytes, pr)
		}
	}
	return nil, fmt.Errorf("batch %d/%d does not hold the claim at offset %d", s.Partition, s.BatchFrom, s.Offset)
}

// chainResolutions reads a pended claim's resolution from the ClaimResolved events.
type chainResolutions struct {
	settlement *chain.Settlement
	keyer      *privacy.Keyer
}

func (c *chainResolutions) Resolved(ctx context.Context, d api.Decided) (api.Resolution, bool, error) {
	ev, ok, err := c.settlement.Resolution(ctx, c.keyer.Claim(d.ClaimID), d.Settlement.Partition, d.Settlement.BatchFrom)
	if err != nil || !ok {
		return api.Resolution{}, ok, err
	}
	return api.Resolution{Approved: ev.Approved, PaidCents: ev.Cents, TxHash: fmt.Sprintf("%#x", ev.TxHash)}, true, nil
}
