package console

import (
	"fmt"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/chain"
	"github.com/claimsledger/claims/adjudicator/service"
)

type codeText struct {
	Code string
	Text string // "" when the code lists are not loaded or do not have it
}

type adjustmentRow struct {
	Group string
	CARC  codeText
	Cents int64
}

type lineRow struct {
	adjudicator.LineDecision
	Adjs []adjustmentRow
	Rems []codeText
	// HeldCents is what approving this line of a pended claim credits (its OA-133 amount).
	HeldCents int64
}

type claimData struct {
	Pos       string
	Position  string
	ClaimID   string
	ClaimKey  string
	NPI       string
	Outcome   string
	HeldCents int64
	PaidCents int64
	Score     int
	Flags     []adjudicator.Flag
	Lines     []lineRow
	// Holding counts the lines that hold something: with two or more, the analyst may approve
	// some of them.
	Holding      int
	CodesMissing bool

	BatchID        uint64
	BatchStatus    string
	SettledTx      string
	PendedTx       string
	PendedAt       string
	WindowClosesAt string
	Pended         bool
	Resolution     string
	Resolvable     bool
	Open           bool
	ResolvedTx     string
	ResolvedCents  int64
	Analyst        string
	NoteHash       string
	PolicyHash     string
	BatchProblems  []string
	Now            string
	Trace          bool
}

// claimPage shows one settled decision. The look is recorded on the access topic before
// anything about the claim is rendered; when it cannot be, the page is a 503 and shows nothing.
func (s *Server) claimPage(w http.ResponseWriter, r *http.Request, u who) {
	ctx := r.Context()
	p, ok := parsePos(r.PathValue("pos"))
	if !ok {
		s.fail(w, r, http.StatusNotFound, u, "No claim is at that address.")
		return
	}
	var d claimData
	var found bool
	var key adjudicator.Hash
	err := s.cache.with(ctx, func(rv *service.Review) error {
		it, ok, err := rv.At(ctx, p)
		if err != nil || !ok {
			return err
		}
		found, key = true, it.ClaimKey
		d = s.claimDataOf(it, rv)
		return nil
	})
	if err != nil {
		s.log.Error("claim page", "partition", p.Partition, "offset", p.Offset, "err", err)
		s.fail(w, r, http.StatusServiceUnavailable, u, "The claim could not be read from the chain and the decisions topic; try again shortly.")
		return
	}
	if !found {
		s.fail(w, r, http.StatusNotFound, u, fmt.Sprintf("No settled decision is at input position %d/%d.", p.Partition, p.Offset))
		return
	}
	if !common.IsHexAddress(u.Address) {
		s.fail(w, r, http.StatusForbidden, u, "Your session names no account to record your look under; log in again.")
		return
	}
	look := adjudicator.Access{ClaimKey: key, Viewer: adjudicator.AccountViewer(common.HexToAddress(u.Address)),
		ViewerKind: adjudicator.ViewerAccount, Purpose: adjudicator.PurposeReview, At: nowSecond()}
	if err := s.o.Access.Record(ctx, look); err != nil {
		s.log.Error("claim page not shown: the look could not be recorded", "partition", p.Partition, "offset", p.Offset, "err", err)
		s.fail(w, r, http.StatusServiceUnavailable, u, "Every look at a claim's details is recorded first, and recording failed; nothing is shown. Try again shortly.")
		return
	}
	s.render(w, r, http.StatusOK, "claim", u, "Claim at input "+d.Position, d)
}

// nowSecond is when a look happened, to the second as the AccessLog keeps it.
func nowSecond() time.Time { return time.Now().UTC().Truncate(time.Second) }

func (s *Server) claimDataOf(it service.ReviewItem, rv *service.Review) claimData {
	dd := it.Decided
	dec := dd.Decision
	now := rv.Now()
	d := claimData{
		Pos: posString(dd.Source), Position: fmt.Sprintf("%d/%d", dd.Source.Partition, dd.Source.Offset),
		ClaimID: dec.ClaimID, ClaimKey: common.Hash(it.ClaimKey).Hex(), NPI: dec.BillingNPI, Outcome: string(dec.Outcome),
		HeldCents: dec.HeldCents, PaidCents: dec.PaidCents, Score: service.ScoreOf(it),
		BatchID: dd.Batch.Event.BatchID, BatchStatus: it.BatchInfo.Status.String(), SettledTx: common.Hash(dd.Batch.Event.TxHash).Hex(),
		WindowClosesAt: it.WindowClosesAt().Format(time.RFC3339), Pended: it.Pended, Resolvable: it.Resolvable(now),
		Open: it.Pended && it.Resolution == chain.ResolutionOpen, PolicyHash: dec.PolicyHash,
		BatchProblems: rv.BatchProblems(it), Now: now.Format(time.RFC3339), CodesMissing: s.o.Codes == nil, Trace: s.o.Explain != nil,
	}
	if it.Flags != nil {
		d.Flags = it.Flags.Flags
	}
	if it.Pended {
		d.Resolution = it.Resolution.String()
		d.PendedTx = common.Hash(it.PendedEvent.TxHash).Hex()
		if !it.PendedAt.IsZero() {
			d.PendedAt = it.PendedAt.Format(time.RFC3339)
		}
	}
	if ev := it.Resolved; ev != nil {
		d.ResolvedTx, d.ResolvedCents = common.Hash(ev.TxHash).Hex(), ev.Cents
		d.Analyst, d.NoteHash = ev.Analyst.Hex(), common.Hash(ev.NoteHash).Hex()
	}
	for _, l := range dec.Lines {
		row := lineRow{LineDecision: l, HeldCents: l.Held()}
		if row.HeldCents > 0 {
			d.Holding++
		}
		for _, a := range l.Adjustments {
			row.Adjs = append(row.Adjs, adjustmentRow{Group: a.Group, CARC: codeText{a.CARC, s.o.Codes.CARC(a.CARC)}, Cents: a.Cents})
		}
		for _, rm := range l.Remarks {
			row.Rems = append(row.Rems, codeText{rm, s.o.Codes.RARC(rm)})
		}
		d.Lines = append(d.Lines, row)
	}
	return d
}
