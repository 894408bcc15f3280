package main

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/chain"
	"github.com/claimsledger/claims/adjudicator/config"
	"github.com/claimsledger/claims/adjudicator/service"
)

// The coverage commands put members on chain only as keyed hashes. import prints counts,
// transactions and gas, never a member id from its file; set, clear and show echo the one
// member id the operator typed, its keyed hash and its spans.

const coverageExit = `Exit status: 0 done (also when nothing needed writing); 1 the contract refused
(the message says why, e.g. a key without the insurer role); 2 bad flags, input
file, configuration or connection.`

func newCoverage(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "coverage",
		Short: "Enrol members: import an eligibility file, set, clear and show a member's coverage",
		Long: `coverage is the insurer's tool for the CoverageRegistry, the on-chain record of
which plan covers a member on which days, which the engine reads (through its
Redis cache) to decide eligibility.

A member is known on chain only by its member key, the keyed hash (HMAC with the
config's HMAC secret, the one the engine uses) of its member id, so every
command takes member ids and hashes them: no member id reaches the chain, and
the secret must be the engine's or the engine will not find the coverage.
Writing a member replaces all of its spans.

import, set and clear sign as the insurer (insurer_keystore, else keystore);
show and import --dry-run only read.

` + coverageExit,
		Example: `  claims coverage import --config devnet/claims.yaml --format tuva-csv adjudicator/sample/tuva_eligibility.csv
  claims coverage show --config devnet/claims.yaml --member 10007`,
		Args: cobra.NoArgs,
	}
	cmd.AddCommand(newCoverageImport(g), newCoverageSet(g), newCoverageClear(g), newCoverageShow(g))
	return cmd
}

// coverageImported is what import prints with --json.
type coverageImported struct {
	File     string `json:"file"`
	Registry string `json:"registry"`
	DryRun   bool   `json:"dry_run"`
	// MembersRead and SpansRead are the file's.
	MembersRead int `json:"members_read"`
	SpansRead   int `json:"spans_read"`
	// MembersWritten and SpansWritten were written (a dry run: would be).
	MembersWritten int `json:"members_written"`
	SpansWritten   int `json:"spans_written"`
	// MembersUnchanged are on chain exactly as in the file.
	MembersUnchanged int `json:"members_unchanged"`
	// Transactions were mined (a dry run: are planned; the node's estimates may split more).
	Transactions         int              `json:"transactions"`
	GasUsed              uint64           `json:"gas_used"`
	MaxGasPerTransaction uint64           `json:"max_gas_per_transaction"`
	GasCap               uint64           `json:"gas_cap"`
	Txs                  []coverageTxJSON `json:"txs"`
}

type coverageTxJSON struct {
	Tx       string `json:"tx"`
	Block    uint64 `json:"block"`
	Members  int    `json:"members"`
	Spans    int    `json:"spans"`
	Estimate uint64 `json:"gas_estimate"`
	GasUsed  uint64 `json:"gas_used"`
}

func newCoverageImport(g *globals) *cobra.Command {
	var format string
	var dryRun, asJSON bool
	cmd := &cobra.Command{
		Use:   "import --format tuva-csv FILE [--dry-run] [--json]",
		Short: "Write an eligibility file's coverage to the CoverageRegistry: only members whose spans differ",
		Long: `import reads an eligibility file (--format tuva-csv: the Tuva eligibility layout
of adjudicator/sample/tuva_eligibility.csv, columns member_id,
enrollment_start_date, enrollment_end_date and plan), groups the spans by
member in file order, keys each member id with the config's HMAC secret, and
makes the CoverageRegistry hold exactly those spans for each member in it.

Nothing is written unless every row is valid: errors name the file, row and
column of each problem (the first 50) and never quote member data. Plan ids are
at most 16 bytes and dates YYYY-MM-DD from 1970-01-01 on, as the registry
stores them.

It is idempotent: it first reads every member's coverage from the chain
(coverageOf) and writes only the members whose spans differ, with
setCoverageBatch, so running it again writes nothing and says so, and a run
that failed half way is finished by running it again. Members on chain but not
in the file are left alone (remove one with claims coverage clear).

Members are written several per transaction, each transaction estimated before
it is sent and kept under 12,000,000 gas, well below the per-transaction cap of
16,777,216. Each new storage slot (one per span, one per member) costs ~113k
gas on the dev chain (EIP-8037 state pricing), so a transaction holds about 100
slots, e.g. 26 members of 3 spans; a chunk the node estimates higher, or
refuses as over the cap, is split in two. Up to 8 transactions are pending at
once.

Progress goes to stderr when it is a terminal. The summary on stdout says the
members and spans read, the members (and spans) written, the members unchanged,
the transactions and their gas. --dry-run reads and compares, needs no keystore
and sends nothing: it says what would be written, in about how many
transactions. --json prints the summary as one object: file, registry, dry_run,
members_read, spans_read, members_written, spans_written, members_unchanged,
transactions, gas_used, max_gas_per_transaction, gas_cap, and txs (tx, block,
members, spans, gas_estimate, gas_used for each).

It signs as the insurer (insurer_keystore, else keystore) and checks first that
the key holds the insurer role.

` + coverageExit,
		Example: `  # a devnet with an empty registry, then the bundled sample's 10 members (31 spans)
  claims devnet --coverage=false --write-config devnet/claims.yaml
  claims coverage import --config devnet/claims.yaml --format tuva-csv adjudicator/sample/tuva_eligibility.csv

  # what would change, without a keystore and without sending anything
  claims coverage import --config devnet/claims.yaml --format tuva-csv --dry-run adjudicator/sample/tuva_eligibility.csv

  # the summary as one JSON object
  claims coverage import --config devnet/claims.yaml --format tuva-csv --json adjudicator/sample/tuva_eligibility.csv`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != service.FormatTuvaCSV {
				return fmt.Errorf("--format %q: want %s (the Tuva eligibility layout)", format, service.FormatTuvaCSV)
			}
			file, err := service.ReadCoverage(args[0], format)
			if err != nil {
				return err
			}
			role := config.RoleInsurer
			if dryRun {
				role = ""
			}
			c, cfg, err := g.openChain(cmd, role, config.NeedChain, config.NeedSecret)
			if err != nil {
				return err
			}
			defer c.Close()
			ctx := cmd.Context()
			if !dryRun {
				// Before reading every member: a wrong key should fail at once, not after.
				ok, err := c.Registry.IsInsurer(ctx, c.From)
				if err != nil {
					return err
				}
				if !ok {
					return &exitError{code: 1, err: errors.New(missingRole(c.From, cfg, config.RoleInsurer,
						"CoverageRegistry "+c.Registry.Address().Hex()) + "; nothing was written")}
				}
			}
			line := newStatusLine(cmd.ErrOrStderr())
			sum, err := service.ImportCoverage(ctx, c.Registry, c.Keyer, file, service.ImportOptions{
				DryRun: dryRun,
				Progress: func(p service.ImportProgress) {
					switch p.Phase {
					case "reading":
						line.show(fmt.Sprintf("comparing with the chain: %d/%d members", p.Done, p.Total), p.Done == p.Total)
					case "writing":
						line.show(fmt.Sprintf("writing: %d/%d members, %d %s mined", p.Done, p.Total, p.Transactions,
							plural(p.Transactions, "transaction", "transactions")), p.Done == p.Total)
					}
				},
			})
			line.done()
			if err != nil {
				err = fmt.Errorf("import %s: %w (running the import again writes only the members still missing)", args[0], err)
				if errors.Is(err, chain.ErrReverted) {
					return &exitError{code: 1, err: err}
				}
				return err
			}
			res := importResult(args[0], c.Registry.Address(), dryRun, sum)
			out := cmd.OutOrStdout()
			if asJSON {
				return writeJSON(out, res)
			}
			return printImport(out, res)
		},
	}
	cmd.Flags().StringVar(&format, "format", service.FormatTuvaCSV, "layout of FILE: tuva-csv (the Tuva eligibility layout)")
	cmd.Flags().BoolVar(&dryRun, "dry-run", false, "read and compare only: say what would be written, send nothing (no keystore needed)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the summary as one JSON object")
	config.AddFlags(cmd.Flags(), config.RPC, config.Contracts, config.Signer, config.HMAC)
	return cmd
}

func importResult(file string, registry common.Address, dryRun bool, sum service.CoverageImport) coverageImported {
	res := coverageImported{
		File: file, Registry: registry.Hex(), DryRun: dryRun,
		MembersRead: sum.MembersRead, SpansRead: sum.SpansRead,
		MembersWritten: sum.MembersWritten, SpansWritten: sum.SpansWritten, MembersUnchanged: sum.MembersUnchanged,
		Transactions: len(sum.Transactions), GasUsed: sum.GasUsed, MaxGasPerTransaction: sum.MaxGasUsed, GasCap: chain.MaxTxGas,
		Txs: []coverageTxJSON{},
	}
	if dryRun {
		res.Transactions = sum.PlannedTransactions
	}
	for _, t := range sum.Transactions {
		res.Txs = append(res.Txs, coverageTxJSON{Tx: common.Hash(t.Receipt.TxHash).Hex(), Block: t.Receipt.Block,
			Members: t.Members, Spans: t.Spans, Estimate: t.Estimate, GasUsed: t.Receipt.GasUsed})
	}
	return res
}

// maxTxLines is how many transactions import lists; --json lists them all.
const maxTxLines = 10

func printImport(out io.Writer, r coverageImported) error {
	fmt.Fprintf(out, "read %d %s (%d %s) from %s\n", r.MembersRead, plural(r.MembersRead, "member", "members"),
		r.SpansRead, plural(r.SpansRead, "span", "spans"), r.File)
	switch {
	case r.MembersWritten == 0:
		fmt.Fprintf(out, "nothing to write: all %d %s on CoverageRegistry %s exactly as in the file\n",
			r.MembersUnchanged, plural(r.MembersUnchanged, "member is", "members are"), r.Registry)
		return nil
	case r.DryRun:
		fmt.Fprintf(out, "dry run, nothing sent: would write %d %s (%d %s) to CoverageRegistry %s in about %d %s\n",
			r.MembersWritten, plural(r.MembersWritten, "member", "members"), r.SpansWritten, plural(r.SpansWritten, "span", "spans"),
			r.Registry, r.Transactions, plural(r.Transactions, "transaction", "transactions"))
	default:
		fmt.Fprintf(out, "wrote %d %s (%d %s) to CoverageRegistry %s in %d %s, %s gas (most in one: %s; cap %s)\n",
			r.MembersWritten, plural(r.MembersWritten, "member", "members"), r.SpansWritten, plural(r.SpansWritten, "span", "spans"),
			r.Registry, r.Transactions, plural(r.Transactions, "transaction", "transactions"),
			thousands(r.GasUsed), thousands(r.MaxGasPerTransaction), thousands(r.GasCap))
		for i, t := range r.Txs {
			if i == maxTxLines {
				fmt.Fprintf(out, "  and %d more transactions (--json lists them all)\n", len(r.Txs)-maxTxLines)
				break
			}
			fmt.Fprintf(out, "  tx %s (block %d): %d %s, %d %s, %s gas\n", t.Tx, t.Block, t.Members, plural(t.Members, "member", "members"),
				t.Spans, plural(t.Spans, "span", "spans"), thousands(t.GasUsed))
		}
	}
	fmt.Fprintf(out, "unchanged: %d %s already on chain as in the file\n", r.MembersUnchanged, plural(r.MembersUnchanged, "member", "members"))
	return nil
}

// coverageShown is one member's coverage as show prints it with --json.
type coverageShown struct {
	// MemberID is the id the operator typed, echoed; MemberKey is what the chain knows.
	MemberID  string             `json:"member_id"`
	MemberKey string             `json:"member_key"`
	Registry  string             `json:"registry"`
	Spans     []adjudicator.Span `json:"spans"`
}

// coverageChange is what set and clear print with --json: the coverage now, before, and the
// transaction that changed it (none when nothing changed).
type coverageChange struct {
	coverageShown
	PreviousSpans []adjudicator.Span `json:"previous_spans"`
	Changed       bool               `json:"changed"`
	Tx            string             `json:"tx,omitempty"`
	Block         uint64             `json:"block,omitempty"`
	GasUsed       uint64             `json:"gas_used,omitempty"`
}

func newCoverageSet(g *globals) *cobra.Command {
	var member string
	var plans, froms, tos []string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "set --member ID --plan PLAN --from DATE --to DATE [--plan PLAN --from DATE --to DATE]... [--json]",
		Short: "Replace one member's coverage with the spans given",
		Long: `set makes the spans given the whole coverage of member ID: a span is a plan id
(at most 16 bytes) covering the days --from to --to, both included
(YYYY-MM-DD). Give --plan, --from and --to once per span; the nth of each form
the nth span, in that order. Spans the member had are replaced (remove them all
with claims coverage clear).

The member id is keyed with the config's HMAC secret; only the keyed hash goes
on chain. When the chain already holds exactly these spans nothing is sent.
set prints the member id typed, its member key, the spans before and after,
and the transaction. It signs as the insurer (insurer_keystore, else keystore).

--json prints one object: member_id, member_key, registry, spans,
previous_spans, changed, tx, block, gas_used.

` + coverageExit,
		Example: `  claims coverage set --config devnet/claims.yaml --member 10007 --plan medicare --from 2016-01-01 --to 2016-11-30

  # two spans
  claims coverage set --config devnet/claims.yaml --member 10007 \
    --plan medicare --from 2016-01-01 --to 2016-11-30 \
    --plan medicare --from 2017-01-01 --to 2017-12-31`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := checkMember(member); err != nil {
				return err
			}
			spans, err := spansOf(plans, froms, tos)
			if err != nil {
				return err
			}
			res, err := changeCoverage(cmd, g, member, spans)
			if err != nil {
				return err
			}
			before := res.PreviousSpans
			out := cmd.OutOrStdout()
			if asJSON {
				return writeJSON(out, res)
			}
			if !res.Changed {
				fmt.Fprintf(out, "member %s (member key %s) already has exactly these spans: nothing sent\n", member, res.MemberKey)
				return printSpans(out, spans)
			}
			fmt.Fprintf(out, "set the coverage of member %s (member key %s) to %d %s\n", member, res.MemberKey, len(spans), plural(len(spans), "span", "spans"))
			if err := printSpans(out, spans); err != nil {
				return err
			}
			if len(before) == 0 {
				fmt.Fprintln(out, "it had no coverage before")
			} else {
				fmt.Fprintf(out, "replacing %d %s:\n", len(before), plural(len(before), "span", "spans"))
				if err := printSpans(out, before); err != nil {
					return err
				}
			}
			fmt.Fprintf(out, "tx %s (block %d, %s gas)\n", res.Tx, res.Block, thousands(res.GasUsed))
			return nil
		},
	}
	cmd.Flags().StringVar(&member, "member", "", "the member id, as in the eligibility file and the claims (member_id)")
	cmd.Flags().StringArrayVar(&plans, "plan", nil, "plan id of a span, at most 16 bytes (once per span)")
	cmd.Flags().StringArrayVar(&froms, "from", nil, "first covered day of a span, YYYY-MM-DD (once per span)")
	cmd.Flags().StringArrayVar(&tos, "to", nil, "last covered day of a span, YYYY-MM-DD, included (once per span)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the result as one JSON object")
	config.AddFlags(cmd.Flags(), config.RPC, config.Contracts, config.Signer, config.HMAC)
	return cmd
}

func newCoverageClear(g *globals) *cobra.Command {
	var member string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "clear --member ID [--json]",
		Short: "Remove every coverage span of one member",
		Long: `clear removes every span of member ID from the CoverageRegistry: the engine then
finds no coverage for it and denies its claims as not covered. A member with no
coverage on chain is left alone and nothing is sent. clear prints the member id
typed, its member key, the spans removed and the transaction. It signs as the
insurer (insurer_keystore, else keystore).

--json prints one object: member_id, member_key, registry, spans (now none),
previous_spans, changed, tx, block, gas_used.

` + coverageExit,
		Example: `  claims coverage clear --config devnet/claims.yaml --member 10007`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := checkMember(member); err != nil {
				return err
			}
			res, err := changeCoverage(cmd, g, member, []adjudicator.Span{})
			if err != nil {
				return err
			}
			before := res.PreviousSpans
			out := cmd.OutOrStdout()
			if asJSON {
				return writeJSON(out, res)
			}
			if !res.Changed {
				fmt.Fprintf(out, "member %s (member key %s) has no coverage on CoverageRegistry %s: nothing to clear, nothing sent\n", member, res.MemberKey, res.Registry)
				return nil
			}
			fmt.Fprintf(out, "cleared the coverage of member %s (member key %s): removed %d %s\n", member, res.MemberKey, len(before), plural(len(before), "span", "spans"))
			if err := printSpans(out, before); err != nil {
				return err
			}
			fmt.Fprintf(out, "tx %s (block %d, %s gas)\n", res.Tx, res.Block, thousands(res.GasUsed))
			return nil
		},
	}
	cmd.Flags().StringVar(&member, "member", "", "the member id, as in the eligibility file and the claims (member_id)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the result as one JSON object")
	config.AddFlags(cmd.Flags(), config.RPC, config.Contracts, config.Signer, config.HMAC)
	return cmd
}

// changeCoverage sets member's spans (none: clears them), signing as the insurer, and sends
// nothing when the chain holds exactly those spans already.
func changeCoverage(cmd *cobra.Command, g *globals, member string, spans []adjudicator.Span) (coverageChange, error) {
	c, cfg, err := g.openChain(cmd, config.RoleInsurer, config.NeedChain, config.NeedSecret)
	if err != nil {
		return coverageChange{}, err
	}
	defer c.Close()
	ctx := cmd.Context()
	key := c.Keyer.Member(member)
	before, err := c.Registry.Coverage(ctx, key)
	if err != nil {
		return coverageChange{}, err
	}
	res := coverageChange{coverageShown: coverageShown{MemberID: member, MemberKey: keyHex(key), Registry: c.Registry.Address().Hex(), Spans: spans},
		PreviousSpans: before, Changed: !slices.Equal(before, spans)}
	if !res.Changed {
		return res, nil
	}
	var rcpt adjudicator.Receipt
	if len(spans) == 0 {
		rcpt, err = c.Registry.ClearCoverage(ctx, key)
	} else {
		rcpt, err = c.Registry.SetCoverage(ctx, key, spans)
	}
	if err != nil {
		return res, refusal(err, c, cfg, config.RoleInsurer, coverageRefusal)
	}
	res.Tx, res.Block, res.GasUsed = common.Hash(rcpt.TxHash).Hex(), rcpt.Block, rcpt.GasUsed
	return res, nil
}

func newCoverageShow(g *globals) *cobra.Command {
	var member string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "show --member ID [--json]",
		Short: "Show the coverage spans the chain holds for one member",
		Long: `show keys member ID with the config's HMAC secret and prints the spans the
CoverageRegistry holds for that member key, in the order they were set: plan,
first and last covered day. It needs no keystore.

--json prints one object: member_id, member_key, registry, spans (plan_id,
start, end; empty when the member has no coverage).

` + coverageExit,
		Example: `  claims coverage show --config devnet/claims.yaml --member 10007
  claims coverage show --config devnet/claims.yaml --member 10007 --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := checkMember(member); err != nil {
				return err
			}
			c, _, err := g.openChain(cmd, "", config.NeedChain, config.NeedSecret)
			if err != nil {
				return err
			}
			defer c.Close()
			key := c.Keyer.Member(member)
			spans, err := c.Registry.Coverage(cmd.Context(), key)
			if err != nil {
				return err
			}
			res := coverageShown{MemberID: member, MemberKey: keyHex(key), Registry: c.Registry.Address().Hex(), Spans: spans}
			out := cmd.OutOrStdout()
			if asJSON {
				return writeJSON(out, res)
			}
			if len(spans) == 0 {
				fmt.Fprintf(out, "member %s (member key %s) has no coverage on CoverageRegistry %s\n", member, res.MemberKey, res.Registry)
				return nil
			}
			fmt.Fprintf(out, "member %s (member key %s): %d %s on CoverageRegistry %s\n", member, res.MemberKey,
				len(spans), plural(len(spans), "span", "spans"), res.Registry)
			return printSpans(out, spans)
		},
	}
	cmd.Flags().StringVar(&member, "member", "", "the member id, as in the eligibility file and the claims (member_id)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the spans as one JSON object")
	config.AddFlags(cmd.Flags(), config.RPC, config.Contracts, config.HMAC)
	return cmd
}

// coverageRefusal explains the registry's own errors; the shared ones are refusal's.
func coverageRefusal(name string) string {
	switch name {
	case "InvalidSpan":
		return "the registry refused a span (no plan id, or ending before it starts)"
	case "EmptyMemberKey":
		return "the member key is zero"
	}
	return ""
}

// checkMember checks a --member flag. A member id is never printed back unless typed here.
func checkMember(id string) error {
	switch {
	case id == "":
		return errors.New("--member ID is required: the member id as in the eligibility file and the claims (member_id)")
	case strings.TrimSpace(id) != id:
		return errors.New("--member: the id has leading or trailing spaces, which member ids are read without; the engine would not find it")
	}
	return nil
}

// spansOf pairs the nth --plan, --from and --to into the nth span and checks each as the
// registry would.
func spansOf(plans, froms, tos []string) ([]adjudicator.Span, error) {
	if len(plans) == 0 && len(froms) == 0 && len(tos) == 0 {
		return nil, errors.New("--plan, --from and --to are required, once per span (to remove every span: claims coverage clear)")
	}
	if len(plans) != len(froms) || len(plans) != len(tos) {
		return nil, fmt.Errorf("--plan given %d times, --from %d and --to %d: give one of each per span, the nth of each forming the nth span",
			len(plans), len(froms), len(tos))
	}
	flag := map[string]string{chain.SpanPlan: "--plan", chain.SpanStart: "--from", chain.SpanEnd: "--to"}
	spans := make([]adjudicator.Span, len(plans))
	for i := range plans {
		s := adjudicator.Span{PlanID: plans[i], Start: froms[i], End: tos[i]}
		for _, d := range []struct{ field, v string }{{chain.SpanStart, s.Start}, {chain.SpanEnd, s.End}} {
			if _, err := time.Parse(time.DateOnly, d.v); err != nil {
				return nil, fmt.Errorf("%s %q (span %d): want a date YYYY-MM-DD", flag[d.field], d.v, i+1)
			}
		}
		if field, problem := chain.SpanProblem(s); field != "" {
			return nil, fmt.Errorf("%s (span %d): %s", flag[field], i+1, problem)
		}
		spans[i] = s
	}
	return spans, nil
}

func printSpans(out io.Writer, spans []adjudicator.Span) error {
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "  plan\tfrom\tto")
	for _, s := range spans {
		fmt.Fprintf(tw, "  %s\t%s\t%s\n", s.PlanID, s.Start, s.End)
	}
	return tw.Flush()
}

// thousands formats n with comma separators: gas reads better as 4,618,081.
func thousands(n uint64) string {
	s := fmt.Sprint(n)
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}
