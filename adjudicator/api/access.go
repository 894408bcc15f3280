package api

import (
	"context"
	"time"

	"github.com/danielgtaylor/huma/v2"

	"github.com/claimsledger/claims/adjudicator"
)

// recordLooks puts the calling provider's looks at the claims claimIDs on the audit trail, all
// for purpose, and returns once they are durable. An error means the details must not be served:
// every look at a claim's details is on the trail, or there is no look.
func (s *Server) recordLooks(ctx context.Context, route string, purpose adjudicator.Purpose, claimIDs ...string) error {
	if len(claimIDs) == 0 {
		return nil
	}
	npi := callerNPI(ctx)
	viewer := s.o.AccessKeys.Provider(npi)
	at := s.o.Now().Truncate(time.Second)
	looks := make([]adjudicator.Access, len(claimIDs))
	for i, id := range claimIDs {
		looks[i] = adjudicator.Access{ClaimKey: s.o.AccessKeys.Claim(id), Viewer: viewer, ViewerKind: adjudicator.ViewerProvider,
			Purpose: purpose, At: at}
	}
	if err := s.o.Access.Record(ctx, looks...); err != nil {
		s.m.accessRefused.WithLabelValues(route).Inc()
		s.log.Error("recording a look at claims failed; their details are refused", "route", route, "npi", npi, "looks", len(looks), "err", err)
		return err
	}
	return nil
}

// errNotRecorded answers a request whose look could not be recorded.
func errNotRecorded() error {
	return huma.Error503ServiceUnavailable("the claim details cannot be shown right now: every look at them is put on the audit trail first, and that failed; retry later")
}
