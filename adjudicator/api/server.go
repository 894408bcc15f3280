package api

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"mime"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/danielgtaylor/huma/v2"
	"github.com/danielgtaylor/huma/v2/adapters/humago"
	"github.com/go-chi/httprate"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/apikeys"
	"github.com/claimsledger/claims/adjudicator/x12/remit835"
)

// Keys authenticates API keys.
type Keys interface {
	Lookup(ctx context.Context, key string) (apikeys.Key, error)
}

// Intake produces accepted claims to the input topic.
type Intake interface {
	Submit(ctx context.Context, claims []adjudicator.Claim) error
}

// Ledger makes submissions idempotent: it remembers which claims (by their API id) were
// produced, so that a resubmission creates nothing new.
type Ledger interface {
	// Reserve claims id for a submission in progress by provider npi. It returns Produced when
	// the claim was submitted before, InProgress when another request is submitting it now,
	// Reserved when this request may go ahead.
	Reserve(ctx context.Context, id, npi string) (Reservation, error)
	// Lookup says what the ledger knows of id (Unknown, InProgress or Produced) and which
	// provider submitted it.
	Lookup(ctx context.Context, id string) (Reservation, string, error)
	// Produced records that id's claim is on the input topic.
	Produced(ctx context.Context, id string) error
	// Release drops a reservation whose claim could not be produced.
	Release(ctx context.Context, id string) error
}

// AccessRecorder puts looks at claims' details on the audit trail (accesslog.Recorder): it
// returns once they are durable, and only then are the details served. An error refuses them.
type AccessRecorder interface {
	Record(ctx context.Context, looks ...adjudicator.Access) error
}

// AccessKeys names claims and providers on the audit trail by keyed hash (privacy.Keyer): a
// claim by its claim id, a provider by its NPI.
type AccessKeys interface {
	Claim(claimID string) [32]byte
	Provider(npi string) [32]byte
}

// Reservation is what Ledger.Reserve found.
type Reservation int

// Reservations.
const (
	Reserved Reservation = iota
	Produced
	InProgress
	Unknown
)

// Options configure a Server.
type Options struct {
	Keys   Keys
	Intake Intake
	Ledger Ledger
	// Statuses holds decided claims; nil: GET /v1/claims/{id} says received at most.
	Statuses Statuses
	// Access records every look at a decided claim's details before they are served (the
	// status and decision, a proof, a ClaimResponse, ?wait='s decision, a claim on an 835), by
	// the calling provider; AccessKeys names them. Required with Statuses: no details are
	// served that are not on the audit trail.
	Access     AccessRecorder
	AccessKeys AccessKeys
	// Now is the clock looks are timed by; nil: time.Now.
	Now func() time.Time
	// Prover answers ?proof=true; nil: no proofs.
	Prover Prover
	// Resolutions tells a pended claim a fraud analyst resolved on chain; nil: it stays pended.
	Resolutions Resolutions
	// Acks keeps the 999s of X12 submissions; nil: none kept.
	Acks Acks
	// Eligibility answers POST /v1/eligibility; nil: 503.
	Eligibility *Eligibility
	// Payer is who the 835s say paid (name, EIN, address, EDI contact) and whom FHIR answers
	// name as insurer; nil: DefaultPayer on 835s (placeholders), fhir.DefaultInsurer in FHIR.
	Payer *remit835.Payer
	// PaymentMethod is an 835's BPR04 when it pays something: remit835.MethodBOP (financial
	// institution option, the default: the money moves on the settlement chain) or
	// remit835.MethodCheck. ACH and wire (FWT) need each provider's bank account in BPR12-15,
	// which the engine does not keep, so they are refused.
	PaymentMethod string
	// ID names a claim in the API: a keyed hash of the billing NPI and the provider's claim id,
	// the same for every resubmission and opaque to anyone without the HMAC secret.
	ID func(npi, providerClaimID string) string
	// Decoders by media type; MediaNative is always there.
	Decoders map[string]Decoder
	Logger   *slog.Logger
	// Registerer receives the API's metrics; nil: none.
	Registerer prometheus.Registerer
	// RateLimit is how many requests a provider may make per RateWindow (default 600 per
	// minute); the next gets 429 with Retry-After.
	RateLimit  int
	RateWindow time.Duration
	// MaxBodyBytes bounds a request body (default 64 MiB: an 837P of 5,000 claims is 2.1 MB).
	MaxBodyBytes int64
	// Ready answers /readyz; nil: always ready.
	Ready func(ctx context.Context) error
}

// Server is the HTTP API.
type Server struct {
	o       Options
	log     *slog.Logger
	handler http.Handler
	m       *metrics
}

// providerAuth is how every provider route authenticates: an API key, or a registered client
// certificate.
var providerAuth = []map[string][]string{{"apiKey": {}}, {"mutualTLS": {}}}

// New builds the API.
func New(o Options) (*Server, error) {
	switch {
	case o.Keys == nil:
		return nil, errors.New("api: no key store")
	case o.Intake == nil:
		return nil, errors.New("api: no intake")
	case o.Ledger == nil:
		return nil, errors.New("api: no ledger")
	case o.ID == nil:
		return nil, errors.New("api: no claim id function")
	case o.Eligibility != nil && (o.Eligibility.Store == nil || o.Eligibility.Member == nil):
		return nil, errors.New("api: eligibility without a coverage store or a member hash function")
	case o.Statuses != nil && (o.Access == nil || o.AccessKeys == nil):
		return nil, errors.New("api: decided claims' details need an access recorder and the keys to name them: every look is on the audit trail")
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Payer != nil {
		if err := o.Payer.Validate(); err != nil {
			return nil, fmt.Errorf("api: the 835 payer: %w", err)
		}
	}
	switch o.PaymentMethod {
	case "":
		o.PaymentMethod = remit835.MethodBOP
	case remit835.MethodBOP, remit835.MethodCheck:
	default:
		return nil, fmt.Errorf("api: 835 payment method (BPR04) %q: want %s or %s; ACH and wire transfers need each provider's bank account, which the engine does not keep",
			o.PaymentMethod, remit835.MethodBOP, remit835.MethodCheck)
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.RateLimit == 0 {
		o.RateLimit = 600
	}
	if o.RateWindow == 0 {
		o.RateWindow = time.Minute
	}
	if o.RateLimit < 0 || o.RateWindow < 0 {
		return nil, fmt.Errorf("api: rate limit %d per %s: want positive", o.RateLimit, o.RateWindow)
	}
	if o.MaxBodyBytes == 0 {
		o.MaxBodyBytes = 64 << 20
	}
	decoders := map[string]Decoder{MediaNative: DecodeNative, MediaX12: DecodeX12, MediaFHIR: DecodeFHIR}
	for k, v := range o.Decoders {
		decoders[k] = v
	}
	o.Decoders = decoders
	m, err := newMetrics(o.Registerer)
	if err != nil {
		return nil, err
	}
	s := &Server{o: o, log: o.Logger, m: m}

	mux := http.NewServeMux()
	cfg := huma.DefaultConfig("claims provider API", "1")
	cfg.OpenAPIPath = "/v1/openapi"
	cfg.DocsPath = "" // the docs page loads scripts from a CDN: not on a payer's network
	cfg.SchemasPath = "/v1/schemas"
	cfg.Info.Description = "Submit claims (claims.v1 JSON, FHIR R4, X12 837) and follow them to payment. Authenticate with Authorization: Bearer <API key>."
	cfg.Components.SecuritySchemes = map[string]*huma.SecurityScheme{
		"apiKey":    {Type: "http", Scheme: "bearer", Description: "the API key claims provider add issued"},
		"mutualTLS": {Type: "mutualTLS", Description: "a client certificate registered with claims provider cert add, when serve offers TLS with api_client_ca_file"},
	}
	hapi := humago.New(mux, cfg)
	s.register(hapi)
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write([]byte("ok\n")) })
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		if o.Ready != nil {
			if err := o.Ready(r.Context()); err != nil {
				http.Error(w, "not ready: "+err.Error(), http.StatusServiceUnavailable)
				return
			}
		}
		_, _ = w.Write([]byte("ok\n"))
	})
	limited := httprate.Limit(o.RateLimit, o.RateWindow,
		httprate.WithKeyFuncs(func(r *http.Request) (string, error) { return callerNPI(r.Context()), nil }),
		httprate.WithLimitHandler(func(w http.ResponseWriter, r *http.Request) {
			s.log.Warn("rate limit", "route", routeOf(r), "npi", callerNPI(r.Context()))
			writeProblem(w, http.StatusTooManyRequests, "too many requests: slow down and retry after the Retry-After seconds")
		}))
	s.handler = s.instrument(s.authenticate(s.fhirAnswers(mux), limited(s.x12Answers(s.fhirAnswers(mux)))))
	return s, nil
}

// Handler serves the API.
func (s *Server) Handler() http.Handler { return s.handler }

// ClaimResult is one claim's answer to a submission.
type ClaimResult struct {
	ID           string    `json:"id,omitempty" doc:"the claim's id in this API: GET /v1/claims/{id}"`
	ClaimID      string    `json:"claim_id,omitempty" doc:"the provider's own claim id (claim_id, Claim.identifier, CLM01)"`
	Status       string    `json:"status" enum:"accepted,rejected" doc:"accepted claims are queued for adjudication; rejected ones were not submitted"`
	Resubmission bool      `json:"resubmission,omitempty" doc:"the same provider submitted this claim id before: nothing new was created"`
	Errors       []Problem `json:"errors,omitempty" doc:"why the claim was rejected"`
	// Decided is the claim's status once decided, with ?wait= and when it was decided in time.
	Decided *ClaimStatus `json:"decided,omitempty" doc:"with ?wait=, the decision when it came in time"`
}

type submitInput struct {
	Wait        string `query:"wait" doc:"hold the answer until the accepted claims are decided, up to this long (e.g. 5s; at most 30s)"`
	ContentType string `header:"Content-Type" doc:"application/json (claims.v1), application/fhir+json (a Claim or a Bundle of Claims) or application/edi-x12 (an 837P or 837I interchange)"`
	RawBody     []byte
}

type submitOutput struct {
	Status int
	Body   struct {
		Claims []ClaimResult `json:"claims"`
	}
}

func (s *Server) register(hapi huma.API) {
	op := huma.Operation{
		OperationID:   "submit-claims",
		Method:        http.MethodPost,
		Path:          "/v1/claims",
		Summary:       "Submit claims",
		Description:   "Each claim is accepted or rejected on its own; accepted claims are queued for adjudication. A resubmitted claim (same provider, same claim id) is answered with its existing id and creates nothing new.",
		DefaultStatus: http.StatusAccepted,
		MaxBodyBytes:  s.o.MaxBodyBytes,
		// The decoders check bodies themselves, with locations in the format they read.
		SkipValidateBody: true,
		Security:         providerAuth,
		Errors:           []int{http.StatusBadRequest, http.StatusUnauthorized, http.StatusForbidden, http.StatusRequestEntityTooLarge, http.StatusUnsupportedMediaType, http.StatusTooManyRequests},
		RequestBody:      &huma.RequestBody{Required: true, Content: map[string]*huma.MediaType{}},
	}
	for mt := range s.o.Decoders {
		op.RequestBody.Content[mt] = &huma.MediaType{Schema: &huma.Schema{Type: "string", Format: "binary"}}
	}
	huma.Register(hapi, op, s.submit)
	s.registerStatus(hapi)
	s.registerRemittance(hapi)
	s.registerEligibility(hapi)
	s.registerAcks(hapi)
}

func (s *Server) submit(ctx context.Context, in *submitInput) (*submitOutput, error) {
	npi := callerNPI(ctx)
	wait, err := parseWait(in.Wait)
	if err != nil {
		return nil, err
	}
	media, _, err := mime.ParseMediaType(in.ContentType)
	if err != nil {
		media = ""
	}
	dec, ok := s.o.Decoders[media]
	if !ok {
		s.m.intake.WithLabelValues(formatOf(media), "unsupported").Inc()
		return nil, huma.Error415UnsupportedMediaType(fmt.Sprintf("Content-Type %q: want one of %s", media, strings.Join(s.mediaTypes(), ", ")))
	}
	format := formatOf(media)
	if media == MediaX12 {
		// The 999 says what was received, whatever becomes of the claims in it.
		s.storeAck(ctx, npi, in.RawBody)
	}
	items, err := dec(ctx, in.RawBody)
	var be *BodyError
	switch {
	case errors.As(err, &be):
		s.m.intake.WithLabelValues(format, "body_rejected").Inc()
		return nil, problemError(http.StatusBadRequest, "the submission is not readable", be.Problems)
	case err != nil:
		return nil, fmt.Errorf("decode %s submission: %w", format, err)
	}
	// A provider submits only its own claims: one claim billed under another NPI refuses the
	// request, and says which by position only.
	for i, it := range items {
		if len(it.Problems) == 0 && it.Claim.BillingNPI != npi {
			s.log.Warn("claim billed under another provider refused", "route", "POST /v1/claims", "npi", npi, "claim_index", i)
			s.m.intake.WithLabelValues(format, "forbidden").Inc()
			return nil, huma.Error403Forbidden(fmt.Sprintf("claim %d of the submission is billed under another NPI than the authenticated provider's: submit only your own claims", i))
		}
	}
	out := &submitOutput{Status: http.StatusAccepted}
	results := make([]ClaimResult, len(items))
	var fresh []adjudicator.Claim
	var freshIdx []int
	for i, it := range items {
		r := ClaimResult{ClaimID: it.ProviderClaimID, Status: "rejected", Errors: it.Problems}
		if len(it.Problems) == 0 {
			if it.Claim.Corrective() {
				if err := s.resolveOriginal(ctx, npi, &items[i].Claim); err != nil {
					return nil, fmt.Errorf("claim %d: find the claim it corrects: %w", i, err)
				}
				it = items[i]
			}
			r.ID = s.o.ID(npi, it.Claim.SubmissionID())
			res, err := s.o.Ledger.Reserve(ctx, r.ID, npi)
			switch {
			case err != nil:
				s.releaseAll(ctx, results, freshIdx)
				return nil, fmt.Errorf("reserve claim %d: %w", i, err)
			case res == Produced:
				r.Status, r.Resubmission = "accepted", true
			case res == InProgress:
				r.Errors = []Problem{{Where: fmt.Sprintf("claim %d", i), Reason: "the same claim is being submitted by another request right now; retry in a few seconds"}}
			default:
				r.Status = "accepted"
				fresh = append(fresh, it.Claim)
				freshIdx = append(freshIdx, i)
			}
		}
		results[i] = r
	}
	if len(fresh) > 0 {
		if err := s.o.Intake.Submit(ctx, fresh); err != nil {
			s.releaseAll(ctx, results, freshIdx)
			s.m.intake.WithLabelValues(format, "unavailable").Add(float64(len(fresh)))
			return nil, huma.Error503ServiceUnavailable("claims could not be queued; nothing was submitted, retry later")
		}
		for _, i := range freshIdx {
			if err := s.o.Ledger.Produced(ctx, results[i].ID); err != nil {
				// The claim is queued; a resubmission within the reservation's life is answered
				// "in progress", after it is produced again, and the audit flags the duplicate.
				s.log.Error("record a produced claim", "npi", npi, "err", err)
			}
		}
	}
	for _, r := range results {
		switch {
		case r.Resubmission:
			s.m.intake.WithLabelValues(format, "resubmission").Inc()
		default:
			s.m.intake.WithLabelValues(format, r.Status).Inc()
		}
	}
	if wait > 0 {
		var ids []string
		for _, r := range results {
			if r.Status == "accepted" {
				ids = append(ids, r.ID)
			}
		}
		decided := s.waitDecided(ctx, ids, wait)
		looked := make([]string, 0, len(decided))
		for _, d := range decided {
			looked = append(looked, d.ClaimID)
		}
		if err := s.recordLooks(ctx, "POST /v1/claims", adjudicator.PurposeProviderStatus, looked...); err != nil {
			// The claims are queued all the same; only their decisions are withheld, as if they
			// had not come in time: GET /v1/claims/{id} shows them once a look can be recorded.
			decided = nil
		}
		for i := range results {
			if d, ok := decided[results[i].ID]; ok {
				results[i].Decided = &d
			}
		}
		// All decided in time: the answer is final.
		if len(ids) > 0 && len(decided) == len(ids) {
			out.Status = http.StatusOK
		}
	}
	out.Body.Claims = results
	return out, nil
}

func (s *Server) releaseAll(ctx context.Context, results []ClaimResult, idx []int) {
	for _, i := range idx {
		if err := s.o.Ledger.Release(ctx, results[i].ID); err != nil {
			s.log.Error("release a claim reservation", "err", err)
		}
	}
}

func (s *Server) mediaTypes() []string {
	out := make([]string, 0, len(s.o.Decoders))
	for k := range s.o.Decoders {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// formatOf names a media type in metrics: a fixed set, never what a client sent.
func formatOf(media string) string {
	switch media {
	case MediaNative:
		return "native"
	case MediaFHIR:
		return "fhir"
	case MediaX12:
		return "x12"
	}
	return "other"
}

// problemError is a 400 whose details locate each problem.
func problemError(status int, msg string, ps []Problem) error {
	errs := make([]error, len(ps))
	for i, p := range ps {
		errs[i] = &huma.ErrorDetail{Location: p.Where, Message: p.Reason}
	}
	return huma.NewError(status, msg, errs...)
}
