package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/claimsledger/claims/adjudicator/audit"
	"github.com/claimsledger/claims/adjudicator/config"
	"github.com/claimsledger/claims/adjudicator/service"
)

// auditPoll is how often --wait audits again.
const auditPoll = time.Second

func newAudit(g *globals) *cobra.Command {
	var (
		asJSON   bool
		grace    time.Duration
		wait     time.Duration
		problems int
	)
	cmd := &cobra.Command{
		Use:   "audit --config FILE [--json] [--wait DURATION] [--grace DURATION] [--problems N]",
		Short: "Reconcile the input topic, the decisions and the on-chain settlement; exit 1 on any gap",
		Long: `audit reads every claim on the input topic, every decision record and dead
letter, and the settlement contract's whole history. It recomputes each settled
batch's Merkle root and payouts from the published records, and ends with one
verdict line.

It is safe to run while serve is working. A claim whose batch is settled on
chain but whose decision record is not published yet is "in flight" for
--grace after the settling block's time (measured by the later of the chain's
latest block time and this machine's clock); after that it is missing. A claim
on the input topic past what the chain has settled is "queued": backlog, not an
error. Set --grace above the time serve's "confirmations" blocks take.

Exit status 1 when a claim is missing (below the chain's watermark, or in
flight past the grace), decided twice, or paid differently from its decision; a
batch whose published records do not reproduce its root counts all its claims
as mismatched. Claims queued or in flight do not fail the audit, except with
--wait: then audit polls about every second until every claim on the input
topic is decided and the books are clean (exit 0), or exits 1 at the deadline
saying how many are still queued, in flight or wrong.

Text output lists the problems by kind and the first --problems of them; --json
lists every one (problems, problem_counts) with every count, money in cents.
Problems name claims by input position (partition/offset), batch id and keyed
hashes, never by claim id or member id.

audit access --claim CLAIM_ID lists who looked at a claim's details, when and why.`,
		Example: `  # once serve has finished: exit 0 only if the books balance
  claims audit --config devnet/claims.yaml

  # right after claims submit, while serve works: wait up to 2 minutes for it to finish
  claims audit --config devnet/claims.yaml --wait 2m

  # everything, as JSON, for a script
  claims audit --config devnet/claims.yaml --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if grace < 0 || wait < 0 {
				return errors.New("--grace and --wait must not be negative")
			}
			cfg, err := g.load(cmd.Flags())
			if err != nil {
				return err
			}
			a, err := service.OpenAuditor(cmd.Context(), cfg, nil, grace)
			if err != nil {
				return err
			}
			defer a.Close()
			var progress io.Writer
			if isTerminal(cmd.ErrOrStderr()) {
				progress = cmd.ErrOrStderr()
			}
			rep, timedOut, err := auditUntil(cmd.Context(), a, wait, progress)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if asJSON {
				if err := writeJSON(out, rep); err != nil {
					return err
				}
			} else if err := printAudit(out, &rep, problems); err != nil {
				return err
			}
			switch {
			case !rep.OK():
				return &exitError{code: 1, err: fmt.Errorf("audit found gaps: missing %d, duplicates %d, mismatched %d%s",
					rep.Missing, rep.Duplicates, rep.Mismatched, backlog(&rep))}
			case timedOut:
				return &exitError{code: 1, err: fmt.Errorf("audit: not done after %s: %d queued, %d in flight, 0 gaps", wait, rep.Queued, rep.InFlight)}
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the report as one JSON object")
	cmd.Flags().DurationVar(&grace, "grace", audit.DefaultGrace, "how long a settled batch's decision records may take to be published before they count as missing")
	cmd.Flags().DurationVar(&wait, "wait", 0, "poll until every claim is decided and the books are clean, for at most this long (0: audit once)")
	cmd.Flags().IntVar(&problems, "problems", 20, "problems to print in text output (--json prints all)")
	config.AddFlags(cmd.Flags(), config.Kafka, config.InputTopic, config.OutputTopics, config.RPC, config.Contracts, config.HMAC, config.Payload)
	cmd.AddCommand(newAuditAccess(g))
	return cmd
}

// auditUntil audits once, or with wait > 0 until the report is Done or wait has passed
// (timedOut). A duplicate never goes away, so it ends the wait at once. progress, when not nil,
// gets a line rewritten in place after each round.
func auditUntil(ctx context.Context, a *service.Auditor, wait time.Duration, progress io.Writer) (rep audit.Report, timedOut bool, err error) {
	start := time.Now()
	deadline := start.Add(wait)
	var lastErr error
	for {
		r, err := a.Audit(ctx)
		switch {
		case err != nil && (wait == 0 || ctx.Err() != nil):
			return audit.Report{}, false, err
		case err == nil:
			rep, lastErr = r, nil
			if wait == 0 || rep.Done() || rep.Duplicates > 0 {
				clearProgress(progress)
				return rep, false, nil
			}
		default:
			// A broker or endpoint blip mid-wait is waited out like the engine waits it out.
			lastErr = err
		}
		left := time.Until(deadline)
		if left <= 0 {
			clearProgress(progress)
			if lastErr != nil {
				return audit.Report{}, false, fmt.Errorf("audit: not done after %s: %w", wait, lastErr)
			}
			return rep, true, nil
		}
		if progress != nil {
			status := fmt.Sprintf("%d of %d decided, %d queued, %d in flight, %d gaps", rep.Decided+rep.DeadLettered, rep.ClaimsIn, rep.Queued, rep.InFlight, rep.Gaps())
			if lastErr != nil {
				status = "retrying: " + lastErr.Error()
			}
			fmt.Fprintf(progress, "\r\033[Kaudit: waiting %s of %s: %s", time.Since(start).Round(time.Second), wait, status)
		}
		select {
		case <-ctx.Done():
			clearProgress(progress)
			return audit.Report{}, false, ctx.Err()
		case <-time.After(min(auditPoll, left)):
		}
	}
}

func clearProgress(w io.Writer) {
	if w != nil {
		fmt.Fprint(w, "\r\033[K")
	}
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// printAudit prints the report as a table, the problems (the first n), and the verdict last.
func printAudit(w io.Writer, r *audit.Report, n int) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	type row struct {
		k string
		v any
	}
	rows := []row{{"claims in", r.ClaimsIn}, {"decided", r.Decided}, {"dead-lettered", r.DeadLettered},
		{"in flight", r.InFlight}, {"queued", r.Queued},
		{"missing", r.Missing}, {"duplicates", r.Duplicates}, {"mismatched", r.Mismatched},
		{"batches", r.Batches}, {"paid, decisions", dollars(r.PaidTotalCents)}, {"paid, on chain", dollars(r.PaidOnChainCents)}}
	if r.InFlightCents != 0 {
		rows = append(rows, row{"of which batches in flight", dollars(r.InFlightCents)})
	}
	rows = append(rows, row{"pended approved / denied", fmt.Sprintf("%d / %d", r.Approved, r.Denied)}, row{"approved, credited", dollars(r.ApprovedCents)},
		row{"frozen batches", r.FrozenBatches}, row{"frozen, held back", dollars(r.FrozenCents)},
		row{"corrections / reversals on chain", fmt.Sprintf("%d / %d", r.Corrections, r.Reversals)})
	for _, row := range rows {
		fmt.Fprintf(tw, "%s\t%v\t\n", row.k, row.v)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if r.InFlight > 0 {
		fmt.Fprintf(w, "in flight: settled on chain, decision records not all published yet; %d %s, the oldest for %s of the %s grace\n",
			r.InFlightBatches, plural(r.InFlightBatches, "batch", "batches"),
			time.Duration(r.OldestInFlightSeconds*float64(time.Second)).Round(time.Second), time.Duration(r.GraceSeconds*float64(time.Second)))
	}
	if err := r.WriteProblems(w, n); err != nil {
		return err
	}
	_, err := fmt.Fprintln(w, auditVerdict(r))
	return err
}

// auditVerdict is the report in one line: OK, balanced so far with work outstanding, or the gaps.
func auditVerdict(r *audit.Report) string {
	var b strings.Builder
	switch {
	case !r.OK():
		var kinds []string
		for _, k := range []struct {
			n    int
			name string
		}{{r.Missing, "missing"}, {r.Duplicates, "duplicate"}, {r.Mismatched, "mismatched"}} {
			if k.n > 0 {
				kinds = append(kinds, fmt.Sprintf("%d %s", k.n, k.name))
			}
		}
		fmt.Fprintf(&b, "audit: %d %s (%s)", r.Gaps(), plural(r.Gaps(), "gap", "gaps"), strings.Join(kinds, ", "))
		if r.Queued+r.InFlight > 0 {
			fmt.Fprintf(&b, "; %s", outstanding(r))
		}
	case r.Queued+r.InFlight > 0:
		books := "books balance"
		if !r.Balanced() {
			books = "books do not balance"
		}
		fmt.Fprintf(&b, "audit: %s so far; %s (%d decided, %s)", books, outstanding(r), r.Decided, paid(r))
	case r.Balanced():
		fmt.Fprintf(&b, "audit: OK — %s, books balance (%s)", decided(r), paid(r))
	default:
		// No gap, yet the totals differ: a decision for a position no longer on the input topic.
		fmt.Fprintf(&b, "audit: no gaps, but the books do not balance — %s, %s (see the problems)", decided(r), paid(r))
	}
	if r.FrozenBatches > 0 {
		fmt.Fprintf(&b, "; %d %s frozen by the guardian (%s held back)", r.FrozenBatches, plural(r.FrozenBatches, "batch", "batches"), dollars(r.FrozenCents))
	}
	return b.String()
}

func decided(r *audit.Report) string {
	s := fmt.Sprintf("%d %s decided", r.Decided, plural(r.Decided, "claim", "claims"))
	if r.DeadLettered > 0 {
		s += fmt.Sprintf(", %d dead-lettered", r.DeadLettered)
	}
	return s
}

func outstanding(r *audit.Report) string {
	return fmt.Sprintf("%d %s queued, %d in flight", r.Queued, plural(r.Queued, "claim", "claims"), r.InFlight)
}

// paid compares what the decided claims pay with what the chain credited for them (batches in
// flight left out on both sides).
func paid(r *audit.Report) string {
	if r.Balanced() {
		return dollars(r.PaidTotalCents) + " paid = credited on chain"
	}
	return fmt.Sprintf("%s paid by decisions, %s credited on chain", dollars(r.PaidTotalCents), dollars(r.PaidOnChainCents-r.InFlightCents))
}

// backlog is what is still outstanding besides the gaps, for the exit error.
func backlog(r *audit.Report) string {
	if r.Queued+r.InFlight == 0 {
		return ""
	}
	return fmt.Sprintf("; %d queued, %d in flight", r.Queued, r.InFlight)
}
