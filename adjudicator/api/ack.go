package api

import (
	"context"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"net/http/httptest"
	"strings"
	"time"

	"github.com/danielgtaylor/huma/v2"

	"github.com/claimsledger/claims/adjudicator/x12"
	"github.com/claimsledger/claims/adjudicator/x12/ack999"
	"github.com/claimsledger/claims/adjudicator/x12/claim837"
)

// Acks keeps the 999 acknowledgements of X12 submissions, by provider and interchange control
// number (ISA13).
type Acks interface {
	Put(ctx context.Context, npi, icn string, ack []byte) error
	Get(ctx context.Context, npi, icn string) ([]byte, bool, error)
}

// ack999For acknowledges an 837 interchange as received: per transaction set accepted,
// accepted with errors or rejected, or the whole interchange rejected for its envelope. It
// returns the 999 and the interchange control number it answers ("" when the body has no
// readable ISA, which gets no 999).
func ack999For(body []byte, now time.Time) ([]byte, string, error) {
	_, segs, _ := x12.Tokenize(body)
	if len(segs) == 0 || segs[0].ID != "ISA" {
		return nil, "", nil
	}
	icn := segs[0].Element(13)
	var groups []ack999.Group
	res, err := claim837.Decode(body)
	var es x12.Errors
	switch {
	case errors.As(err, &es):
		if groups, err = ack999.RejectedInterchange(body, es); err != nil {
			return nil, icn, err
		}
	case err != nil:
		return nil, icn, err
	default:
		groups = ack999.For837(res)
	}
	if len(groups) == 0 {
		return nil, icn, nil
	}
	env, err := ack999.ReplyTo(body, x12.ControlNumber(now), now)
	if err != nil {
		return nil, icn, err
	}
	out, err := ack999.Write(env, groups)
	return out, icn, err
}

// storeAck writes the 999 of an X12 submission; a failure is logged, the submission stands.
func (s *Server) storeAck(ctx context.Context, npi string, body []byte) {
	if s.o.Acks == nil {
		return
	}
	ack, icn, err := ack999For(body, time.Now())
	if err != nil || ack == nil {
		if err != nil {
			s.log.Warn("write a 999", "npi", npi, "err", err)
		}
		return
	}
	if err := s.o.Acks.Put(ctx, npi, icn, ack); err != nil {
		s.log.Warn("keep a 999", "npi", npi, "err", err)
	}
}

type ackInput struct {
	ICN string `path:"icn" doc:"the interchange control number (ISA13) of the 837 submitted" pattern:"^[0-9]{9}$"`
}

type ackOutput struct {
	ContentType string `header:"Content-Type"`
	Body        []byte
}

func (s *Server) registerAcks(hapi huma.API) {
	huma.Register(hapi, huma.Operation{
		OperationID: "get-ack",
		Method:      http.MethodGet,
		Path:        "/v1/acks/{icn}",
		Summary:     "The 999 acknowledgement of an 837 interchange you submitted",
		Security:    providerAuth,
		Responses: map[string]*huma.Response{"200": {Description: "the 999", Content: map[string]*huma.MediaType{
			MediaX12: {Schema: &huma.Schema{Type: "string"}}}}},
		Errors: []int{http.StatusUnauthorized, http.StatusNotFound, http.StatusTooManyRequests},
	}, func(ctx context.Context, in *ackInput) (*ackOutput, error) {
		if s.o.Acks == nil {
			return nil, huma.Error404NotFound("no acknowledgements kept here")
		}
		ack, ok, err := s.o.Acks.Get(ctx, callerNPI(ctx), in.ICN)
		if err != nil {
			return nil, fmt.Errorf("read a 999: %w", err)
		}
		if !ok {
			return nil, huma.Error404NotFound("no interchange of yours with this control number")
		}
		return &ackOutput{ContentType: MediaX12, Body: ack}, nil
	})
}

// x12Answers gives an X12 submitter that asks for X12 back (Accept: application/edi-x12) the
// 999 instead of the JSON answer, with the same status code.
func (s *Server) x12Answers(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
		if r.Method != http.MethodPost || r.URL.Path != "/v1/claims" || mt != MediaX12 ||
			!strings.Contains(r.Header.Get("Accept"), MediaX12) || s.o.Acks == nil {
			next.ServeHTTP(w, r)
			return
		}
		body, err := readAllLimited(r, s.o.MaxBodyBytes)
		if err != nil {
			writeProblem(w, http.StatusRequestEntityTooLarge, err.Error())
			return
		}
		r.Body = readCloser(body)
		rec := httptest.NewRecorder()
		next.ServeHTTP(rec, r)
		_, segs, _ := x12.Tokenize(body)
		var ack []byte
		if len(segs) > 0 && segs[0].ID == "ISA" && rec.Code != http.StatusForbidden && rec.Code < 500 {
			ack, _, _ = s.o.Acks.Get(r.Context(), callerNPI(r.Context()), segs[0].Element(13))
		}
		if ack == nil {
			copyRecorded(w, rec)
			return
		}
		w.Header().Set("Content-Type", MediaX12)
		w.WriteHeader(rec.Code)
		_, _ = w.Write(ack)
	})
}
