package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/chain"
	"github.com/claimsledger/claims/adjudicator/config"
	"github.com/claimsledger/claims/adjudicator/rules"
	"github.com/claimsledger/claims/adjudicator/service"
	"github.com/claimsledger/claims/adjudicator/x12codes"
)

// The review commands are the fraud analyst's terminal: they print claim ids, NPIs and the
// decision records, which the analyst is entitled to see. Logs (stderr, slog) never carry a
// claim id; the service layer's errors name claims by keyed hash and position, and only this
// file adds the claim id to what it prints.

const reviewExit = `Exit status: 0 done; 1 refused (the claim is unknown or not pended, already
resolved, its batch's challenge window is still open, its batch is frozen or does
not reproduce from its published records, or the contract refused; the message
says why); 2 bad flags, configuration or connection.`

func newReview(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "review",
		Short: "The fraud analyst's queue: list, show, approve and deny pended claims",
		Long: `review works the queue of claims the rules pended (outcome "pend": paid nothing,
held for a fraud analyst). A pended claim's Merkle leaf commits to the cents an
approval would credit (held_cents); the analyst resolves it once, on chain, with
a Merkle proof against its batch's root.

The queue is the settlement contract's ClaimPended events less its ClaimResolved
events, joined with the decision records on the decisions topic. A claim can be
resolved once its batch's challenge window has closed (chain time), unless the
guardian froze the batch.

list and show only read: no password needed. show records the look first (the
analyst, by the address in fraud_analyst_keystore, else keystore; the claim's
keyed hash; purpose review) on the access topic, from where serve puts it on
chain (claims audit access lists it). approve and deny sign with
fraud_analyst_keystore (else keystore) and the keystore password; the analyst's
note stays off chain: only keccak256 of its UTF-8 bytes is sent.

` + reviewExit,
		Args: cobra.NoArgs,
	}
	cmd.AddCommand(newReviewList(g), newReviewShow(g), newReviewResolve(g, true), newReviewResolve(g, false))
	return cmd
}

// reviewEntry is one open pended claim as list prints it. Money is integer cents; times are
// RFC 3339 in UTC, of chain time.
type reviewEntry struct {
	ClaimID     string `json:"claim_id"`
	ProviderNPI string `json:"provider_npi"`
	HeldCents   int64  `json:"held_cents"`
	BatchID     uint64 `json:"batch_id"`
	ClaimKey    string `json:"claim_key"`
	Partition   int32  `json:"partition"`
	Offset      int64  `json:"offset"`
	// WindowClosesAt is when the batch's challenge window closes; Resolvable is true once it
	// has closed (at the chain time of the head block read) and the batch is not frozen.
	WindowClosesAt string `json:"window_closes_at"`
	BatchStatus    string `json:"batch_status"`
	Resolvable     bool   `json:"resolvable"`
	// FraudScore and Signals are the claim's fraud score and the codes of the signals that
	// fired, in code order (0 and [] when none did).
	FraudScore int      `json:"fraud_score"`
	Signals    []string `json:"signals"`
	// PendedAt is when the claim was pended (chain time, RFC 3339, the ClaimPended block):
	// when it entered the queue. AgeSeconds is how long ago that was, at the chain time read.
	PendedAt   string `json:"pended_at,omitempty"`
	AgeSeconds int64  `json:"age_seconds"`
}

func entryOfItem(it service.ReviewItem, now time.Time) reviewEntry {
	d := it.Decided
	e := reviewEntry{
		ClaimID: d.Decision.ClaimID, ProviderNPI: d.Decision.BillingNPI, HeldCents: d.Decision.HeldCents,
		BatchID: d.Batch.Event.BatchID, ClaimKey: common.Hash(it.ClaimKey).Hex(),
		Partition: d.Source.Partition, Offset: d.Source.Offset,
		WindowClosesAt: it.WindowClosesAt().Format(time.RFC3339), BatchStatus: it.BatchInfo.Status.String(),
		Resolvable: it.Resolvable(now), Signals: service.SignalsOf(it), FraudScore: service.ScoreOf(it),
		AgeSeconds: int64(it.Age(now) / time.Second),
	}
	if !it.PendedAt.IsZero() {
		e.PendedAt = it.PendedAt.Format(time.RFC3339)
	}
	return e
}

func newReviewList(g *globals) *cobra.Command {
	var asJSON bool
	var f service.QueueFilter
	cmd := &cobra.Command{
		Use:   "list --config FILE [--json]",
		Short: "List the open pended claims, oldest challenge window first",
		Long: `list prints the pended claims no analyst has resolved yet: the claim id, the
billing NPI, the cents an approval would credit, the batch, the input position,
when the batch's challenge window closes (chain time) and whether the claim can
be resolved now.

--signal CODE (repeatable) keeps claims flagged with any of those fraud
signals (DUP_NEAR, POST_COVERAGE, VELOCITY_MEMBER, EXCLUDED, ...); --npi,
--min-held-cents, --min-age and --max-age (how long a claim has waited since it
was pended, in chain time, e.g. 72h) and --resolvable narrow it further; --sort
held or score orders it by the cents held or the fraud score, largest first,
--sort age by the time pended, longest
first.

--json prints a JSON array (empty: []) of objects with claim_id, provider_npi,
held_cents, batch_id, claim_key, partition, offset, window_closes_at (RFC 3339,
chain time), batch_status (settled, frozen, released), resolvable (window
closed and batch not frozen), fraud_score, signals (the codes that fired),
pended_at (RFC 3339, chain time: when the claim was pended and entered the
queue) and age_seconds (how long ago, at the chain time read).

` + reviewExit,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := f.Check(); err != nil {
				return &exitError{code: 2, err: fmt.Errorf("review list: %w (--sort, --min-held-cents, --min-age, --max-age)", err)}
			}
			r, _, err := openReview(cmd, g, "")
			if err != nil {
				return err
			}
			defer r.Close()
			items, err := r.Queue(cmd.Context())
			if err != nil {
				return err
			}
			if items, err = f.Apply(items, r.Now()); err != nil {
				return err
			}
			entries := make([]reviewEntry, 0, len(items))
			for _, it := range items {
				entries = append(entries, entryOfItem(it, r.Now()))
			}
			out := cmd.OutOrStdout()
			if asJSON {
				return writeJSON(out, entries)
			}
			return printQueue(out, entries, r)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print a JSON array")
	cmd.Flags().StringSliceVar(&f.Signals, "signal", nil, "keep claims flagged with this fraud signal code; repeat for any of several (default: all)")
	cmd.Flags().StringVar(&f.NPI, "npi", "", "keep this billing NPI's claims (default: all)")
	cmd.Flags().Int64Var(&f.MinHeldCents, "min-held-cents", 0, "keep claims holding at least this many cents")
	cmd.Flags().BoolVar(&f.Resolvable, "resolvable", false, "keep claims that can be resolved now")
	cmd.Flags().DurationVar(&f.MinAge, "min-age", 0, "keep claims pended at least this long (chain time), e.g. 72h")
	cmd.Flags().DurationVar(&f.MaxAge, "max-age", 0, "keep claims pended less than this long (chain time) (default: no limit)")
	cmd.Flags().StringVar(&f.Sort, "sort", "window", "order: window (oldest challenge window first), held or score (largest first), age (longest pended first)")
	config.AddFlags(cmd.Flags(), config.Kafka, config.OutputTopics, config.RPC, config.Contracts, config.HMAC, config.Payload)
	return cmd
}

func printQueue(out io.Writer, entries []reviewEntry, r *service.Review) error {
	if len(entries) == 0 {
		fmt.Fprintln(out, "no pended claims awaiting review")
	} else {
		tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "CLAIM ID\tNPI\tHELD\tSCORE\tSIGNALS\tBATCH\tINPUT\tWAITING\tWINDOW CLOSES (chain time)\tRESOLVABLE")
		resolvable := 0
		for _, e := range entries {
			state := "yes"
			switch {
			case e.Resolvable:
				resolvable++
			case e.BatchStatus == chain.BatchFrozenStatus.String():
				state = "no: batch frozen"
			default:
				state = "no: window open"
			}
			signals := strings.Join(e.Signals, ",")
			if signals == "" {
				signals = "-"
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\t%d\t%d/%d\t%s\t%s\t%s\n", e.ClaimID, e.ProviderNPI, dollars(e.HeldCents), e.FraudScore, signals,
				e.BatchID, e.Partition, e.Offset, waited(time.Duration(e.AgeSeconds)*time.Second), e.WindowClosesAt, state)
		}
		if err := tw.Flush(); err != nil {
			return err
		}
		fmt.Fprintf(out, "%d open, %d resolvable now (chain time %s)\n", len(entries), resolvable, r.Now().Format(time.RFC3339))
	}
	if n := r.Unpublished(); n > 0 {
		fmt.Fprintf(out, "%d more pended on chain have no published decision record yet, so cannot be shown or resolved\n", n)
	}
	return nil
}

// waited prints a queue age the way an analyst reads it: days and hours, or minutes when short.
func waited(d time.Duration) string {
	switch {
	case d >= 24*time.Hour:
		return fmt.Sprintf("%dd%dh", d/(24*time.Hour), d%(24*time.Hour)/time.Hour)
	case d >= time.Hour:
		return fmt.Sprintf("%dh%dm", d/time.Hour, d%time.Hour/time.Minute)
	default:
		return fmt.Sprintf("%dm", d/time.Minute)
	}
}

// lineTrace is one line's rule trace as show prints it.
type lineTrace struct {
	Line    int      `json:"line"`
	Explain []string `json:"explain"`
}

// reviewDetail is one settled decision of a claim as show prints it.
type reviewDetail struct {
	reviewEntry
	Outcome    string `json:"outcome"`
	PaidCents  int64  `json:"paid_cents"`
	PolicyHash string `json:"policy_hash"`
	// FraudScore and Flags are the fraud signals that fired on the claim, as its record holds
	// them (empty when none did): why a claim at the threshold was pended, and what an analyst
	// should look at in one below it.
	FraudScore int                `json:"fraud_score"`
	Flags      []adjudicator.Flag `json:"flags"`
	// Lines are the decision record's lines, with their CARC-coded adjustments and RARC remarks.
	Lines        []adjudicator.LineDecision `json:"lines"`
	SettlementTx string                     `json:"settlement_tx"`
	// Pended is true when the chain holds the claim for review; Resolution (open, approved,
	// denied) and the ClaimResolved fields are set only then.
	Pended        bool   `json:"pended"`
	Resolution    string `json:"resolution,omitempty"`
	ResolvedTx    string `json:"resolved_tx,omitempty"`
	ResolvedCents int64  `json:"resolved_cents,omitempty"`
	NoteHash      string `json:"note_hash,omitempty"`
	Analyst       string `json:"analyst,omitempty"`
	// BatchProblems lists how the batch's published records disagree with the chain; a
	// claim in such a batch is not resolved.
	BatchProblems []string `json:"batch_problems"`
	// Trace is each line's rule trace (--explain), replayed from the claim on the input topic.
	Trace []lineTrace `json:"trace,omitempty"`
	// TraceDiffers says how the replay came out different from the published record (coverage
	// on chain changed since it was decided, say): the trace then explains the replay, not what
	// was settled. Empty when it matches.
	TraceDiffers string `json:"trace_differs,omitempty"`
}

func newReviewShow(g *globals) *cobra.Command {
	var asJSON, explain bool
	var offset string
	cmd := &cobra.Command{
		Use:   "show --config FILE CLAIM_ID [--offset P/O] [--json]",
		Short: "Show a claim's decision record, its lines, and where it stands on chain",
		Long: `show prints every settled decision of CLAIM_ID (more than one when the claim was
submitted again; --offset P/O picks the one at input partition P, offset O): the
outcome, the cents held or paid, the fraud score and each fraud signal that
fired (its code, score and why), each line with its code, units, charge,
allowed, paid and patient amounts, CARC-coded adjustments (group-CARC amount)
and RARC remarks (described at the end from the X12 code lists of the shared
data, when found); and on chain: the batch, the transaction that settled it, the
batch's status (settled, frozen, released), when its challenge window closes,
and for a pended claim its resolution (open, approved, denied) with the
ClaimResolved transaction once resolved. It also says whether the batch's
published records reproduce what the batch settled.

Every show is a look at the claim's details, and is recorded before anything is
printed: who (the address of fraud_analyst_keystore, else keystore; the key's
password is not needed), the claim's keyed hash, when, and why (review), on
access_topic. If it cannot be recorded, nothing is shown.

--explain adds each line's rule trace (which rules fired and why, as claims
adjudicate --explain prints it): the claim is replayed from the input topic
with its member's earlier claims, under the configured policy bundle. A replay
that does not reproduce the published record (the coverage on chain changed
since, say) is shown with a warning that says so (trace_differs in --json); a
claim that cannot be replayed at all (gone from the topic, another policy
bundle) exits 1.

--json prints a JSON array, one object per decision, with the fields of list
--json plus outcome, paid_cents, policy_hash, fraud_score, flags ([{code, score,
why}]), lines, settlement_tx, pended, resolution, resolved_tx, resolved_cents,
note_hash, analyst and batch_problems; with --explain also trace ([{line,
explain}]) and trace_differs.

` + reviewExit,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			claimID := args[0]
			at, err := parseInputPosition(offset)
			if err != nil {
				return err
			}
			r, cfg, err := openReview(cmd, g, "")
			if err != nil {
				return err
			}
			defer r.Close()
			viewer, err := viewerOf(cfg, config.RoleFraudAnalyst)
			if err != nil {
				return err
			}
			items, err := r.Lookup(cmd.Context(), claimID)
			if err != nil {
				return err
			}
			if at != nil {
				var picked []service.ReviewItem
				for _, it := range items {
					if it.Decided.Source == *at {
						picked = append(picked, it)
					}
				}
				if len(picked) == 0 && len(items) > 0 {
					return &exitError{code: 1, err: fmt.Errorf("claim %s: no settled decision at input position %s (it has %s)", claimID, offset, positions(items))}
				}
				items = picked
			}
			if len(items) == 0 {
				return &exitError{code: 1, err: fmt.Errorf("claim %s: no settled decision of it was published (is the claim id right, and has the engine settled it yet?)", claimID)}
			}
			var tracer adjudicator.Rules
			if explain {
				log, err := g.logger(slog.LevelWarn)
				if err != nil {
					return err
				}
				if tracer, err = service.NewRules(cmd.Context(), cfg, log, rules.WithExplain(true)); err != nil {
					return err
				}
			}
			details := make([]reviewDetail, 0, len(items))
			for _, it := range items {
				d := detailOf(it, r)
				if tracer != nil {
					tr, err := r.Trace(cmd.Context(), tracer, it)
					if err != nil {
						return &exitError{code: 1, err: fmt.Errorf("claim %s: %w", claimID, err)}
					}
					for _, l := range tr.Lines {
						d.Trace = append(d.Trace, lineTrace{Line: l.Line, Explain: l.Explain})
					}
					d.TraceDiffers = tr.Differs
				}
				details = append(details, d)
			}
			// Every decision shown is of the one claim id: one look.
			if err := recordLooks(cmd.Context(), cfg, viewer, adjudicator.PurposeReview, r.Chain().Keyer.Claim(claimID)); err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if asJSON {
				return writeJSON(out, details)
			}
			for i, d := range details {
				if i > 0 {
					fmt.Fprintln(out)
				}
				if err := printDetail(out, d, r.Now()); err != nil {
					return err
				}
			}
			// What the codes mean, from the X12 code lists of the shared data when they are there.
			switch codes, ok, err := x12codes.LoadShared(); {
			case err != nil:
				fmt.Fprintf(cmd.ErrOrStderr(), "claims: the codes are shown without descriptions: %v\n", err)
			case ok:
				printCodes(out, details, codes)
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print a JSON array, one object per decision")
	cmd.Flags().BoolVar(&explain, "explain", false, "add each line's rule trace, replayed from the input topic")
	cmd.Flags().StringVar(&offset, "offset", "", "show only the decision of input position P/O (partition/offset)")
	config.AddFlags(cmd.Flags(), config.Kafka, config.InputTopic, config.OutputTopics, config.RPC, config.Contracts, config.HMAC, config.Payload, config.Rules, config.AccessTopic)
	return cmd
}

func detailOf(it service.ReviewItem, r *service.Review) reviewDetail {
	d := it.Decided
	out := reviewDetail{
		reviewEntry: entryOfItem(it, r.Now()),
		Outcome:     string(d.Decision.Outcome), PaidCents: d.Decision.PaidCents, PolicyHash: d.Decision.PolicyHash,
		FraudScore: d.Decision.FraudScore, Flags: d.Decision.Flags,
		Lines: d.Decision.Lines, SettlementTx: common.Hash(d.Batch.Event.TxHash).Hex(),
		Pended: it.Pended, BatchProblems: r.BatchProblems(it),
	}
	if out.Lines == nil {
		out.Lines = []adjudicator.LineDecision{}
	}
	if it.Flags != nil {
		out.FraudScore, out.Flags = it.Flags.FraudScore, it.Flags.Flags
	}
	if out.Flags == nil {
		out.Flags = []adjudicator.Flag{}
	}
	if it.Pended {
		out.Resolution = it.Resolution.String()
	}
	if ev := it.Resolved; ev != nil {
		out.ResolvedTx, out.ResolvedCents = common.Hash(ev.TxHash).Hex(), ev.Cents
		out.NoteHash, out.Analyst = common.Hash(ev.NoteHash).Hex(), ev.Analyst.Hex()
	}
	return out
}

func printDetail(out io.Writer, d reviewDetail, now time.Time) error {
	fmt.Fprintf(out, "claim %s at input %d/%d (claim key %s)\n", d.ClaimID, d.Partition, d.Offset, d.ClaimKey)
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	switch d.Outcome {
	case string(adjudicator.Pend):
		fmt.Fprintf(tw, "  outcome\tpend: approval would credit %s (%d cents) to NPI %s\n", dollars(d.HeldCents), d.HeldCents, d.ProviderNPI)
	default:
		fmt.Fprintf(tw, "  outcome\t%s: paid %s (%d cents) to NPI %s\n", d.Outcome, dollars(d.PaidCents), d.PaidCents, d.ProviderNPI)
	}
	if len(d.Flags) > 0 {
		fmt.Fprintf(tw, "  fraud score\t%d\n", d.FraudScore)
		for _, f := range d.Flags {
			fmt.Fprintf(tw, "  flag %s\t%d: %s\n", f.Code, f.Score, f.Why)
		}
	}
	fmt.Fprintf(tw, "  batch\t%d, settled in tx %s\n", d.BatchID, d.SettlementTx)
	fmt.Fprintf(tw, "  batch status\t%s\n", d.BatchStatus)
	window := "closed"
	if t, err := time.Parse(time.RFC3339, d.WindowClosesAt); err == nil && now.Before(t) {
		window = "open"
	}
	fmt.Fprintf(tw, "  challenge window\tcloses %s (chain time; %s at %s)\n", d.WindowClosesAt, window, now.Format(time.RFC3339))
	if d.Pended {
		res := d.Resolution
		switch {
		case d.ResolvedTx != "" && d.Resolution == chain.ResolutionApproved.String():
			res += fmt.Sprintf(", %s (%d cents) credited, tx %s", dollars(d.ResolvedCents), d.ResolvedCents, d.ResolvedTx)
		case d.ResolvedTx != "":
			res += ", tx " + d.ResolvedTx
		case d.Resolvable:
			res += " (resolvable now)"
		default:
			res += " (not resolvable yet)"
		}
		fmt.Fprintf(tw, "  resolution\t%s\n", res)
		if d.NoteHash != "" {
			fmt.Fprintf(tw, "  note hash\t%s (by %s)\n", d.NoteHash, d.Analyst)
		}
	} else if d.Outcome == string(adjudicator.Pend) {
		fmt.Fprintf(tw, "  resolution\tnone: no ClaimPended event of the batch names this claim\n")
	}
	fmt.Fprintf(tw, "  policy hash\t%s\n", d.PolicyHash)
	if len(d.BatchProblems) == 0 {
		fmt.Fprintf(tw, "  records\tthe batch's published records reproduce its root and credits\n")
	} else {
		fmt.Fprintf(tw, "  records\tDO NOT reproduce the batch: %s\n", strings.Join(d.BatchProblems, "; "))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	lw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(lw, "  LINE\tCODE\tUNITS\tCHARGE\tALLOWED\tPAID\tPATIENT\tADJUSTMENTS\tREMARKS")
	for _, l := range d.Lines {
		adj := make([]string, 0, len(l.Adjustments))
		for _, a := range l.Adjustments {
			adj = append(adj, fmt.Sprintf("%s-%s %s", a.Group, a.CARC, dollars(a.Cents)))
		}
		fmt.Fprintf(lw, "  %d\t%s\t%d\t%s\t%s\t%s\t%s\t%s\t%s\n", l.Line, l.Code, l.Units, dollars(l.ChargeCents),
			dollars(l.AllowedCents), dollars(l.PaidCents), dollars(l.PatientCents),
			orDash(strings.Join(adj, ", ")), orDash(strings.Join(l.Remarks, ", ")))
	}
	if err := lw.Flush(); err != nil {
		return err
	}
	if d.TraceDiffers != "" {
		fmt.Fprintf(out, "  rule trace of a replay that DIFFERS from the published record (%s):\n", d.TraceDiffers)
	}
	for _, lt := range d.Trace {
		fmt.Fprintf(out, "  line %d: why\n", lt.Line)
		for _, e := range lt.Explain {
			fmt.Fprintf(out, "    %s\n", e)
		}
	}
	return nil
}

// printCodes explains the CARC and RARC codes the details' lines carry, each once, in order
// of first use.
func printCodes(out io.Writer, details []reviewDetail, codes *x12codes.Codes) {
	seen := map[string]bool{}
	var lines []string
	add := func(kind, code, text string) {
		if k := kind + code; !seen[k] && text != "" {
			seen[k] = true
			lines = append(lines, fmt.Sprintf("  %s %s: %s", kind, code, text))
		}
	}
	for _, d := range details {
		for _, l := range d.Lines {
			for _, a := range l.Adjustments {
				add("CARC", a.CARC, codes.CARC(a.CARC))
			}
			for _, rm := range l.Remarks {
				add("RARC", rm, codes.RARC(rm))
			}
		}
	}
	if len(lines) > 0 {
		fmt.Fprintln(out, "codes (X12 code lists):")
		fmt.Fprintln(out, strings.Join(lines, "\n"))
	}
}

// reviewResult is what approve and deny print with --json.
type reviewResult struct {
	ClaimID       string `json:"claim_id"`
	Resolution    string `json:"resolution"`
	CreditedCents int64  `json:"credited_cents"`
	ProviderNPI   string `json:"provider_npi"`
	ProviderKey   string `json:"provider_key"`
	BatchID       uint64 `json:"batch_id"`
	Partition     int32  `json:"partition"`
	Offset        int64  `json:"offset"`
	NoteHash      string `json:"note_hash"`
	Tx            string `json:"tx,omitempty"`
	Block         uint64 `json:"block,omitempty"`
	// Error is why the claim was refused (Resolution "refused"), when several were asked.
	Error string `json:"error,omitempty"`
	// Lines are the approved line numbers when only some were approved (--lines); HashedNote
	// is then the text whose hash went on chain, to keep with the case file.
	Lines      []int  `json:"lines,omitempty"`
	HashedNote string `json:"hashed_note,omitempty"`
}

func newReviewResolve(g *globals, approve bool) *cobra.Command {
	var note, offset string
	var asJSON bool
	var lines []int
	verb, done := "deny", "denied"
	short := "Deny pended claims on chain: nothing is credited"
	effect := `Denial credits nothing; the claim stays unpaid.`
	if approve {
		verb, done = "approve", "approved"
		short = "Approve pended claims on chain: each provider is credited the held cents"
		effect = `Approval credits the provider exactly the cents the claim's leaf holds
(held_cents), withdrawable at once: the batch's challenge window has passed.
--lines N,M approves only those lines of one claim (their OA-133 amounts) and
denies the rest; the hash on chain is then of "approved lines N,M of K", a
newline, and the note, so it names the lines (audit checks the amount is what
some of the claim's lines held).`
	}
	cmd := &cobra.Command{
		Use:   verb + " --config FILE CLAIM_ID... --note TEXT [--offset P/O] [--json]",
		Short: short,
		Long: verb + ` resolves each pended claim CLAIM_ID on chain (ClaimSettlement.resolvePended),
one transaction per claim, signing with fraud_analyst_keystore (else keystore).
` + effect + `

It proves the claim's decision record against its batch's Merkle root, and first
checks that the batch's published records reproduce what the batch settled
(root, claim count, credits, the stored commitment): it never resolves against a
batch that does not. It asks the contract whether the claim is already resolved
before signing anything. A claim submitted again may have several pended
decisions: name one with --offset P/O (input partition/offset, as list shows;
with a single CLAIM_ID only). The contract keeps one resolution per decision
leaf.

Several CLAIM_IDs are resolved in turn with the same note; a refused one is
reported and the rest are still tried (exit 1 at the end if any was refused). To
decide a filtered queue together, feed list's ids:

  claims review list --config F --signal EXCLUDED --resolvable --json \
    | jq -r '.[].claim_id' | xargs claims review deny --config F --note "LEIE match confirmed"

--note TEXT is required: the reason, kept off chain; only keccak256 of its UTF-8
bytes goes on chain, so keep the note where your case file is. It prints the
resolution, the cents credited, the note hash and the transaction; --json prints
them as one object (claim_id, resolution, credited_cents, provider_npi,
provider_key, batch_id, partition, offset, note_hash, tx, block; with --lines
also lines and hashed_note, the text whose hash went on chain), or with
several CLAIM_IDs a JSON array of such objects, where a refused claim has
resolution "refused" and the reason in error.

` + reviewExit,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if strings.TrimSpace(note) == "" {
				return fmt.Errorf("--note TEXT is required: why the claim is %s (only its hash goes on chain)", done)
			}
			at, err := parseInputPosition(offset)
			if err != nil {
				return err
			}
			if at != nil && len(args) > 1 {
				return fmt.Errorf("--offset names one decision: give a single CLAIM_ID with it (got %d)", len(args))
			}
			if len(lines) > 0 && len(args) > 1 {
				return fmt.Errorf("--lines names lines of one claim: give a single CLAIM_ID with it (got %d)", len(args))
			}
			r, _, err := openReview(cmd, g, config.RoleFraudAnalyst)
			if err != nil {
				return err
			}
			defer r.Close()
			w := cmd.OutOrStdout()
			results := make([]reviewResult, 0, len(args))
			var refused []string
			for _, claimID := range args {
				res, err := resolveOne(cmd.Context(), r, claimID, at, approve, lines, note)
				if err != nil {
					var ee *exitError
					if !errors.As(err, &ee) || ee.code != 1 || len(args) == 1 {
						return err
					}
					// A refusal of one claim leaves the others to try.
					refused = append(refused, claimID)
					results = append(results, reviewResult{ClaimID: claimID, Resolution: "refused", Error: ee.err.Error()})
					if !asJSON {
						fmt.Fprintf(cmd.ErrOrStderr(), "claims: %v\n", ee.err)
					}
					continue
				}
				res.Resolution = done
				results = append(results, res)
				if !asJSON {
					printResolved(w, res, approve)
				}
			}
			if asJSON {
				var err error
				if len(args) == 1 {
					err = writeJSON(w, results[0])
				} else {
					err = writeJSON(w, results)
				}
				if err != nil {
					return err
				}
			}
			if len(refused) > 0 {
				return &exitError{code: 1, err: fmt.Errorf("%d of %d claims refused: %s", len(refused), len(args), strings.Join(refused, ", "))}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&note, "note", "", "why (required); only keccak256 of its UTF-8 bytes goes on chain")
	cmd.Flags().StringVar(&offset, "offset", "", "the decision at input position P/O (partition/offset), when the claim has several")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the result as one JSON object (an array with several claims)")
	if approve {
		cmd.Flags().IntSliceVar(&lines, "lines", nil, "approve only these line numbers of the claim (comma-separated), denying the others (default: the whole claim)")
	}
	config.AddFlags(cmd.Flags(), config.Kafka, config.OutputTopics, config.RPC, config.Contracts, config.Signer, config.HMAC, config.Payload)
	return cmd
}

// resolveOne picks claimID's pended decision and resolves it; a refusal is an exit-1 error
// naming the claim.
func resolveOne(ctx context.Context, r *service.Review, claimID string, at *adjudicator.Position, approve bool, lines []int, note string) (reviewResult, error) {
	it, err := r.Pick(ctx, claimID, at)
	if err != nil {
		return reviewResult{}, reviewRefused(claimID, err)
	}
	var res service.ResolveResult
	if len(lines) > 0 {
		res, err = r.ResolveLines(ctx, it, lines, note)
	} else {
		res, err = r.Resolve(ctx, it, approve, note)
	}
	if err != nil {
		return reviewResult{}, reviewRefused(claimID, err)
	}
	d := it.Decided
	return reviewResult{
		ClaimID: claimID, CreditedCents: res.Cents, ProviderNPI: d.Decision.BillingNPI,
		ProviderKey: common.Hash(r.Chain().Keyer.Provider(d.Decision.BillingNPI)).Hex(), BatchID: d.Batch.Event.BatchID,
		Partition: d.Source.Partition, Offset: d.Source.Offset, NoteHash: common.Hash(res.NoteHash).Hex(),
		Tx: common.Hash(res.Receipt.TxHash).Hex(), Block: res.Receipt.Block, Lines: res.Lines, HashedNote: res.Note,
	}, nil
}

func printResolved(w io.Writer, res reviewResult, approve bool) {
	if len(res.Lines) > 0 {
		fmt.Fprintf(w, "approved lines %s of claim %s (the others denied): credited %s (%d cents) to NPI %s (provider key %s), withdrawable now\n",
			service.LineList(res.Lines), res.ClaimID, dollars(res.CreditedCents), res.CreditedCents, res.ProviderNPI, res.ProviderKey)
		fmt.Fprintf(w, "note hash %s, of:\n  %s\n", res.NoteHash, strings.ReplaceAll(res.HashedNote, "\n", "\n  "))
		fmt.Fprintf(w, "tx %s (block %d)\n", res.Tx, res.Block)
		return
	}
	if approve {
		fmt.Fprintf(w, "approved claim %s: credited %s (%d cents) to NPI %s (provider key %s), withdrawable now\n",
			res.ClaimID, dollars(res.CreditedCents), res.CreditedCents, res.ProviderNPI, res.ProviderKey)
	} else {
		fmt.Fprintf(w, "denied claim %s: nothing credited\n", res.ClaimID)
	}
	fmt.Fprintf(w, "note hash %s\n", res.NoteHash)
	fmt.Fprintf(w, "tx %s (block %d)\n", res.Tx, res.Block)
}

// reviewRefused names the claim in a refusal (the service's messages do not carry claim ids)
// and gives it exit status 1; other errors (connection, keystore) keep status 2.
func reviewRefused(claimID string, err error) error {
	var amb *service.Ambiguous
	if errors.As(err, &amb) {
		return &exitError{code: 1, err: fmt.Errorf("claim %s has %d pended decisions (it was submitted again): %s; name one with --offset P/O",
			claimID, len(amb.Candidates), positions(amb.Candidates))}
	}
	var ref *service.Refusal
	if errors.As(err, &ref) {
		msg := fmt.Sprintf("claim %s: %s", claimID, ref.Reason)
		if ref.Name != "" {
			msg += fmt.Sprintf(" (contract error %s)", ref.Name)
		}
		return &exitError{code: 1, err: errors.New(msg)}
	}
	return err
}

func positions(items []service.ReviewItem) string {
	out := make([]string, 0, len(items))
	for _, it := range items {
		d := it.Decided
		out = append(out, fmt.Sprintf("%d/%d (batch %d, %s)", d.Source.Partition, d.Source.Offset, d.Batch.Event.BatchID, d.Decision.Outcome))
	}
	return strings.Join(out, ", ")
}

// parseInputPosition reads --offset P/O; "" is nil.
func parseInputPosition(s string) (*adjudicator.Position, error) {
	if s == "" {
		return nil, nil
	}
	ps, offs, ok := strings.Cut(s, "/")
	p, perr := strconv.ParseInt(ps, 10, 32)
	o, oerr := strconv.ParseInt(offs, 10, 64)
	if !ok || perr != nil || oerr != nil || p < 0 || o < 0 {
		return nil, fmt.Errorf("--offset %q: want PARTITION/OFFSET, e.g. 2/117, as review list shows", s)
	}
	return &adjudicator.Position{Partition: int32(p), Offset: o}, nil
}

// openReview loads the config and opens the review, signing as role ("" reads only).
func openReview(cmd *cobra.Command, g *globals, role config.Role) (*service.Review, config.Config, error) {
	log, err := g.logger(slog.LevelWarn)
	if err != nil {
		return nil, config.Config{}, err
	}
	cfg, err := g.load(cmd.Flags())
	if err != nil {
		return nil, config.Config{}, err
	}
	r, err := service.OpenReview(cmd.Context(), cfg, service.ReviewOptions{Role: role, Logger: log})
	return r, cfg, err
}
