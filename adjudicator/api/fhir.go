package api

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"mime"
	"net/http"
	"net/http/httptest"
	"strings"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/fhir"
)

// MediaFHIR is the media type of FHIR R4 JSON.
const MediaFHIR = fhir.MediaType

// DecodeFHIR reads a FHIR R4 Claim or a Bundle of Claims; each Claim is accepted or rejected on
// its own, with FHIR element paths.
func DecodeFHIR(_ context.Context, body []byte) ([]Item, error) {
	res, err := fhir.Decode(body)
	var fe *fhir.Error
	switch {
	case errors.As(err, &fe):
		return nil, &BodyError{Problems: fhirProblems(fe.Issues)}
	case err != nil:
		return nil, &BodyError{Problems: []Problem{{Where: "$", Reason: err.Error(), Code: string(fhir.CodeInvalid)}}}
	}
	items := make([]Item, len(res))
	for i, r := range res {
		items[i] = Item{Problems: fhirProblems(r.Issues)}
		if len(r.Issues) == 0 {
			items[i].Claim, items[i].ProviderClaimID = r.Claim, r.Claim.ClaimID
		}
	}
	return items, nil
}

func fhirProblems(is []fhir.Issue) []Problem {
	out := make([]Problem, len(is))
	for i, x := range is {
		out[i] = Problem{Where: x.Path, Reason: x.Msg, Code: string(x.Code)}
	}
	return out
}

// wantsFHIR reports whether a request speaks FHIR: its body is FHIR, or it asks for FHIR back.
func wantsFHIR(r *http.Request) bool {
	if mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type")); err == nil && mt == MediaFHIR {
		return true
	}
	return strings.Contains(r.Header.Get("Accept"), MediaFHIR)
}

// fhirAnswers serves what FHIR clients expect: GET /v1/claims/{id} as a ClaimResponse, and
// every error as an OperationOutcome (FHIR's error resource) rather than problem+json.
// (POST /v1/eligibility answers FHIR itself, CoverageEligibilityResponse or OperationOutcome.)
func (s *Server) fhirAnswers(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !wantsFHIR(r) || public(r.URL.Path) {
			next.ServeHTTP(w, r)
			return
		}
		if r.Method == http.MethodGet && strings.HasPrefix(r.URL.Path, "/v1/claims/") && callerNPI(r.Context()) != "" {
			s.claimResponse(w, r, strings.TrimPrefix(r.URL.Path, "/v1/claims/"))
			return
		}
		rec := httptest.NewRecorder()
		next.ServeHTTP(rec, r)
		// An answer that is FHIR already (a handler's own OperationOutcome, whose issues keep
		// their FHIR issue types) goes out as it is.
		if mt, _, _ := mime.ParseMediaType(rec.Header().Get("Content-Type")); rec.Code < 400 || mt == MediaFHIR {
			copyRecorded(w, rec)
			return
		}
		var p struct {
			Detail string `json:"detail"`
			Errors []struct {
				Location string `json:"location"`
				Message  string `json:"message"`
			} `json:"errors"`
		}
		_ = json.Unmarshal(rec.Body.Bytes(), &p)
		var issues []fhir.Issue
		for _, e := range p.Errors {
			issues = append(issues, fhir.Issue{Path: e.Location, Code: fhir.CodeInvalid, Msg: e.Message})
		}
		if len(issues) == 0 {
			issues = []fhir.Issue{{Code: fhir.CodeInvalid, Msg: p.Detail}}
		}
		oo, err := fhir.OperationOutcome(issues)
		if err != nil {
			copyRecorded(w, rec)
			return
		}
		for k, v := range rec.Header() {
			if k != "Content-Type" && k != "Content-Length" {
				w.Header()[k] = v
			}
		}
		w.Header().Set("Content-Type", MediaFHIR)
		w.WriteHeader(rec.Code)
		_, _ = w.Write(oo)
	})
}

// claimResponse answers a FHIR client's GET /v1/claims/{id}: the ClaimResponse of a decided
// claim; an OperationOutcome saying it is received, not decided yet; or the error.
func (s *Server) claimResponse(w http.ResponseWriter, r *http.Request, id string) {
	st, err := s.status(r.Context(), id)
	if err != nil {
		code := http.StatusInternalServerError
		var se interface{ GetStatus() int }
		if errors.As(err, &se) {
			code = se.GetStatus()
		}
		writeOutcome(w, code, fhir.CodeInvalid, err.Error())
		return
	}
	d, ok, err := s.o.Statuses.Decided(r.Context(), id)
	if err != nil || !ok || d.Claim == nil {
		writeOutcome(w, http.StatusAccepted, fhir.CodeInformational, "received; not decided yet (status "+st.Status+")")
		return
	}
	var dec adjudicator.Decision
	if err := json.Unmarshal(d.Record, &dec); err != nil {
		writeOutcome(w, http.StatusInternalServerError, fhir.CodeInvalid, "the decision record does not read")
		return
	}
	b, err := fhir.ClaimResponse(d.Claim, &dec, fhir.ResponseOptions{Insurer: s.insurer()})
	if err != nil {
		writeOutcome(w, http.StatusInternalServerError, fhir.CodeInvalid, "the decision cannot be written as a ClaimResponse")
		return
	}
	if err := s.recordLooks(r.Context(), "GET /v1/claims/{id}", adjudicator.PurposeProviderStatus, d.ClaimID); err != nil {
		writeOutcome(w, http.StatusServiceUnavailable, fhir.CodeTransient, "the claim details cannot be shown right now: every look at them is put on the audit trail first, and that failed; retry later")
		return
	}
	w.Header().Set("Content-Type", MediaFHIR)
	_, _ = w.Write(b)
}

func writeOutcome(w http.ResponseWriter, status int, code fhir.IssueCode, msg string) {
	oo, err := fhir.OperationOutcome([]fhir.Issue{{Code: code, Msg: msg}})
	if err != nil {
		http.Error(w, msg, status)
		return
	}
	w.Header().Set("Content-Type", MediaFHIR)
	w.WriteHeader(status)
	_, _ = w.Write(oo)
}

func copyRecorded(w http.ResponseWriter, rec *httptest.ResponseRecorder) {
	for k, v := range rec.Header() {
		w.Header()[k] = v
	}
	w.WriteHeader(rec.Code)
	_, _ = bytes.NewReader(rec.Body.Bytes()).WriteTo(w)
}
