package api

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/danielgtaylor/huma/v2"

	"github.com/claimsledger/claims/adjudicator"
)

// Claim statuses, in the order a claim passes them.
const (
	StatusReceived = "received" // queued for adjudication, not decided yet
	StatusDecided  = "decided"  // decided, nothing to pay (denied, or paid nothing)
	StatusPended   = "pended"   // held for a fraud analyst
	StatusCredited = "credited" // decided and credited to the provider on chain
	StatusResolved = "resolved" // pended, then approved or denied by a fraud analyst on chain
	StatusVoided   = "voided"   // a later void (frequency 8) took it back
	StatusReplaced = "replaced" // a later replacement (frequency 7) took its place
)

// ClaimStatus is what the API says about one claim.
type ClaimStatus struct {
	ID      string `json:"id" doc:"the claim's id in this API"`
	ClaimID string `json:"claim_id,omitempty" doc:"the provider's own claim id"`
	Status  string `json:"status" enum:"received,decided,pended,credited,resolved,voided,replaced"`
	// Resolution is, for a resolved claim, what the analyst decided on chain.
	Resolution *Resolution `json:"resolution,omitempty" doc:"for a resolved claim: the fraud analyst's decision on chain"`
	// CorrectedBy is, for a voided or replaced claim, the id of the claim that did it.
	CorrectedBy string `json:"corrected_by,omitempty" doc:"for a voided or replaced claim: the id of the void or replacement"`
	// Decision is the decision record as published (line-level amounts, CARC/RARC codes).
	Decision   json.RawMessage `json:"decision,omitempty" doc:"the decision record: outcome, lines with allowed and paid cents and adjustments"`
	Settlement *Settlement     `json:"settlement,omitempty" doc:"where the decision was settled on chain"`
	// Proof is, with ?proof=true, the record and its Merkle proof against the batch root on
	// chain: the file claims verify --record checks.
	Proof json.RawMessage `json:"proof,omitempty" doc:"with ?proof=true: {record, proof}, which claims verify --record checks against the chain alone"`
}

// Resolution is a fraud analyst's approval or denial of a pended claim, on chain.
type Resolution struct {
	Approved  bool   `json:"approved"`
	PaidCents int64  `json:"paid_cents" doc:"what the approval credited the provider (withdrawable at once); 0 for a denial"`
	TxHash    string `json:"tx_hash" doc:"the resolving transaction"`
}

// Resolutions finds the on-chain resolution of a pended claim.
type Resolutions interface {
	Resolved(ctx context.Context, d Decided) (Resolution, bool, error)
}

// Prover proves a decided claim against its batch's root on chain.
type Prover interface {
	// Prove returns the export (the record exactly as published and its Merkle proof) of the
	// claim with API id id.
	Prove(ctx context.Context, id string, d Decided) ([]byte, error)
}

// Settlement locates a decided claim on chain and in the input topic.
type Settlement struct {
	TxHash    string `json:"tx_hash" doc:"the settlement transaction"`
	BatchID   uint64 `json:"batch_id,omitempty" doc:"the batch's id on chain (ClaimSettlement's BatchSettled event)"`
	Block     uint64 `json:"block"`
	Partition int32  `json:"partition"`
	Offset    int64  `json:"offset" doc:"the claim's position in its input partition"`
	BatchFrom int64  `json:"batch_from" doc:"the batch's input range [batch_from, batch_to)"`
	BatchTo   int64  `json:"batch_to"`
}

// Decided is a claim's decision as the status store keeps it.
type Decided struct {
	NPI        string          `json:"npi"`
	ClaimID    string          `json:"claim_id"`
	Status     string          `json:"status"`
	Record     json.RawMessage `json:"record"`
	Settlement Settlement      `json:"settlement"`
	// Claim is the claim as decided and Plan the plan that covered it: what a remittance
	// reports besides the decision.
	Claim *adjudicator.Claim `json:"claim,omitempty"`
	Plan  string             `json:"plan,omitempty"`
	// SettledAt is when the engine recorded the settlement (unix seconds).
	SettledAt int64 `json:"settled_at"`
	// CorrectedBy is the API id of the void or replacement that took this claim back.
	CorrectedBy string `json:"corrected_by,omitempty"`
}

// PositionIndex is what a status store may also offer: the API id of the claim decided at an
// input position. A correction names its original by this API's payer claim control number
// (the 835's CLP07, "partition/offset"); the index turns it into the provider's claim id.
type PositionIndex interface {
	AtPosition(ctx context.Context, partition int32, offset int64) (id string, ok bool, err error)
}

// Statuses holds decided claims by API id, and by provider in settlement order.
type Statuses interface {
	Decided(ctx context.Context, id string) (Decided, bool, error)
	// Settled lists npi's claims settled in [from, to).
	Settled(ctx context.Context, npi string, from, to time.Time) ([]Decided, error)
}

type getInput struct {
	ID    string `path:"id" doc:"the claim's id, as POST /v1/claims answered it" maxLength:"64"`
	Proof bool   `query:"proof" doc:"add the record and its Merkle proof (claims verify --record checks it)"`
}

type getOutput struct {
	Body ClaimStatus
}

const maxWait = 30 * time.Second

func (s *Server) registerStatus(hapi huma.API) {
	huma.Register(hapi, huma.Operation{
		OperationID: "get-claim",
		Method:      http.MethodGet,
		Path:        "/v1/claims/{id}",
		Summary:     "A claim's status and decision",
		Security:    providerAuth,
		Errors:      []int{http.StatusUnauthorized, http.StatusForbidden, http.StatusNotFound, http.StatusTooManyRequests},
	}, s.getClaim)
}

func (s *Server) getClaim(ctx context.Context, in *getInput) (*getOutput, error) {
	st, err := s.status(ctx, in.ID)
	if err != nil {
		return nil, err
	}
	if st.Settlement == nil {
		// Received, not decided: nothing but the id and the status, so no look to record.
		return &getOutput{Body: st}, nil
	}
	purpose := adjudicator.PurposeProviderStatus
	if in.Proof && s.o.Prover != nil {
		d, ok, err := s.o.Statuses.Decided(ctx, in.ID)
		if err != nil || !ok {
			return nil, fmt.Errorf("read claim status: %v", err)
		}
		p, err := s.o.Prover.Prove(ctx, in.ID, d)
		if err != nil {
			s.log.Error("prove a claim", "npi", callerNPI(ctx), "partition", d.Settlement.Partition, "offset", d.Settlement.Offset, "err", err)
			return nil, huma.Error503ServiceUnavailable("the proof cannot be built right now; retry later")
		}
		st.Proof, purpose = p, adjudicator.PurposeProviderProof
	}
	// Last, once everything is ready to be served: a look recorded is a look that happened.
	if err := s.recordLooks(ctx, "GET /v1/claims/{id}", purpose, st.ClaimID); err != nil {
		return nil, errNotRecorded()
	}
	return &getOutput{Body: st}, nil
}

// status is a claim's status for the calling provider: 404 when unknown, 403 when another
// provider's.
func (s *Server) status(ctx context.Context, id string) (ClaimStatus, error) {
	npi := callerNPI(ctx)
	if s.o.Statuses != nil {
		d, ok, err := s.o.Statuses.Decided(ctx, id)
		if err != nil {
			return ClaimStatus{}, fmt.Errorf("read claim status: %w", err)
		}
		if ok {
			if d.NPI != npi {
				return ClaimStatus{}, s.forbidden(ctx, "GET /v1/claims/{id}")
			}
			st := statusOf(id, d)
			if st.Status == StatusPended && s.o.Resolutions != nil {
				switch r, ok, err := s.o.Resolutions.Resolved(ctx, d); {
				case err != nil:
					// The claim is still what the store says; the chain is asked again next time.
					s.log.Warn("read a pended claim's resolution", "npi", npi, "partition", d.Settlement.Partition, "offset", d.Settlement.Offset, "err", err)
				case ok:
					st.Status, st.Resolution = StatusResolved, &r
				}
			}
			return st, nil
		}
	}
	state, owner, err := s.o.Ledger.Lookup(ctx, id)
	switch {
	case err != nil:
		return ClaimStatus{}, fmt.Errorf("read claim status: %w", err)
	case state == Unknown:
		return ClaimStatus{}, huma.Error404NotFound("no claim with this id")
	case owner != npi:
		return ClaimStatus{}, s.forbidden(ctx, "GET /v1/claims/{id}")
	}
	return ClaimStatus{ID: id, Status: StatusReceived}, nil
}

func (s *Server) forbidden(ctx context.Context, route string) error {
	s.log.Warn("another provider's claim refused", "route", route, "npi", callerNPI(ctx))
	return huma.Error403Forbidden("this claim was submitted by another provider")
}

// waitDecided polls the status store until every id is decided or wait has passed, and returns
// the decided ones.
func (s *Server) waitDecided(ctx context.Context, ids []string, wait time.Duration) map[string]ClaimStatus {
	out := map[string]ClaimStatus{}
	if s.o.Statuses == nil || wait <= 0 || len(ids) == 0 {
		return out
	}
	deadline := time.NewTimer(wait)
	defer deadline.Stop()
	// 25 ms: a tenth of the time to decision it adds at 100 ms, for one Redis GET per
	// undecided claim a tick.
	tick := time.NewTicker(25 * time.Millisecond)
	defer tick.Stop()
	for {
		for _, id := range ids {
			if _, ok := out[id]; ok {
				continue
			}
			if d, ok, err := s.o.Statuses.Decided(ctx, id); err == nil && ok {
				out[id] = statusOf(id, d)
			}
		}
		if len(out) == len(ids) {
			return out
		}
		select {
		case <-ctx.Done():
			return out
		case <-deadline.C:
			return out
		case <-tick.C:
		}
	}
}

// parseWait reads ?wait=.
func parseWait(v string) (time.Duration, error) {
	if strings.TrimSpace(v) == "" {
		return 0, nil
	}
	d, err := time.ParseDuration(v)
	if err != nil || d < 0 {
		return 0, huma.Error400BadRequest("wait: want a duration such as 5s", &huma.ErrorDetail{Location: "query.wait", Message: "not a duration"})
	}
	return min(d, maxWait), nil
}

func statusOf(id string, d Decided) ClaimStatus {
	st := d.Settlement
	return ClaimStatus{ID: id, ClaimID: d.ClaimID, Status: d.Status, CorrectedBy: d.CorrectedBy, Decision: d.Record, Settlement: &st}
}
