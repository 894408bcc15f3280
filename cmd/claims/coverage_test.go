package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/audit"
	"github.com/claimsledger/claims/adjudicator/chain"
	"github.com/claimsledger/claims/adjudicator/devstack"
	"github.com/claimsledger/claims/adjudicator/sample"
)

// The bundled eligibility file, as an operator would name it from the repository root.
const sampleEligibility = "../../adjudicator/sample/tuva_eligibility.csv"

// emptyDevnet starts a dev stack whose CoverageRegistry holds nothing (claims devnet
// --coverage=false), serving JSON-RPC over HTTP, with its config as devnet writes it.
func emptyDevnet(t *testing.T, partitions int) (context.Context, *devstack.Stack, string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	t.Cleanup(cancel)
	st, err := devstack.Start(ctx, devstack.Options{RPCAddr: "127.0.0.1:0", Partitions: partitions, Logger: quietLog, SkipCoverage: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(st.Close)
	if st.Members != 0 {
		t.Fatalf("a stack without coverage registered %d members", st.Members)
	}
	cfg := filepath.Join(t.TempDir(), "devnet.yaml")
	if _, err := writeDevnetConfig(cfg, st); err != nil {
		t.Fatal(err)
	}
	return ctx, st, cfg
}

// onChain reads a member's spans straight from the contract, by its keyed hash.
func onChain(t *testing.T, ctx context.Context, st *devstack.Stack, memberID string) []adjudicator.Span {
	t.Helper()
	reg, err := chain.NewRegistry(st.Chain.Client(), st.Deployment.Registry, nil)
	if err != nil {
		t.Fatal(err)
	}
	spans, err := reg.Coverage(ctx, st.Keyer.Member(memberID))
	if err != nil {
		t.Fatal(err)
	}
	return spans
}

// captured is everything a command wrote: stdout, its cobra stderr and the process's stderr,
// where the logs go.
type captured struct{ stdout, stderr, logs string }

func (c captured) all() string { return c.stdout + "\n" + c.stderr + "\n" + c.logs }

// runCaptured runs the command in process at debug log level (the most it can log), with the
// process's stderr redirected to a file for the duration.
func runCaptured(t *testing.T, args ...string) (captured, error) {
	t.Helper()
	logFile, err := os.CreateTemp(t.TempDir(), "stderr")
	if err != nil {
		t.Fatal(err)
	}
	saved := os.Stderr
	os.Stderr = logFile
	defer func() { os.Stderr = saved }()
	root := newRoot()
	var out, errOut bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&errOut)
	root.SetArgs(append(args, "--log-level", "debug"))
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	runErr := root.ExecuteContext(ctx)
	logs, err := os.ReadFile(logFile.Name())
	if err != nil {
		t.Fatal(err)
	}
	c := captured{stdout: out.String(), stderr: errOut.String(), logs: string(logs)}
	if runErr != nil {
		c.stderr += "\nerror: " + runErr.Error()
	}
	return c, runErr
}

func importJSON(t *testing.T, args ...string) (coverageImported, captured) {
	t.Helper()
	c, err := runCaptured(t, append([]string{"coverage", "import", "--json"}, args...)...)
	if err != nil {
		t.Fatalf("coverage import %s: %v\n%s", strings.Join(args, " "), err, c.all())
	}
	var r coverageImported
	if err := json.Unmarshal([]byte(c.stdout), &r); err != nil {
		t.Fatalf("coverage import --json: %v\n%s", err, c.stdout)
	}
	return r, c
}

// hexRun matches hashes, addresses and other hex the commands print, in which a numeric member
// id could occur by chance.
var hexRun = regexp.MustCompile(`0x[0-9a-fA-F]+`)

// leaks returns the member ids of ids found in text outside its hex. Ids shorter than four
// characters are skipped: "10" is also a count.
func leaks(text string, ids []string) []string {
	text = hexRun.ReplaceAllString(text, "0x")
	var found []string
	for _, id := range ids {
		if len(id) >= 4 && strings.Contains(text, id) {
			found = append(found, id)
		}
	}
	return found
}

func sampleMembers(t *testing.T) map[string][]adjudicator.Span {
	t.Helper()
	el, err := sample.Eligibility()
	if err != nil {
		t.Fatal(err)
	}
	return el
}

// TestCoverageImportIsIdempotent enrols the bundled eligibility file on a stack started without
// coverage: every member's keyed hash then holds exactly its CSV spans, in file order; a second
// import reads them back, writes nothing and says so; a member changed on chain is the only one
// a dry run and the next import write. Nothing import prints or logs names a member id.
func TestCoverageImportIsIdempotent(t *testing.T) {
	ctx, st, cfg := emptyDevnet(t, 1)
	members := sampleMembers(t)
	ids := slices.Sorted(func(yield func(string) bool) {
		for id := range members {
			if !yield(id) {
				return
			}
		}
	})
	for _, id := range ids {
		if got := onChain(t, ctx, st, id); len(got) != 0 {
			t.Fatalf("a stack without coverage holds %d spans for a sample member", len(got))
		}
	}

	first, c := importJSON(t, "--config", cfg, "--format", "tuva-csv", sampleEligibility)
	var output strings.Builder
	output.WriteString(c.all())
	if first.MembersRead != 10 || first.SpansRead != 31 || first.MembersWritten != 10 || first.SpansWritten != 31 ||
		first.MembersUnchanged != 0 || first.Transactions != 1 || len(first.Txs) != 1 || first.DryRun {
		t.Fatalf("first import: %+v, want 10 members and 31 spans read and written in 1 transaction", first)
	}
	if first.GasUsed == 0 || first.GasUsed != first.Txs[0].GasUsed || first.MaxGasPerTransaction > chain.DefaultCoverageGasBudget || first.GasCap != chain.MaxTxGas {
		t.Fatalf("first import gas: %+v", first)
	}
	if c.stderr != "" {
		t.Errorf("import wrote progress to a stderr that is no terminal: %q", c.stderr)
	}
	t.Logf("first import: %d members, %d spans, %d transaction(s), %d gas", first.MembersWritten, first.SpansWritten, first.Transactions, first.GasUsed)
	for _, id := range ids {
		if got := onChain(t, ctx, st, id); !slices.Equal(got, members[id]) {
			t.Fatalf("coverageOf(member key of a sample member) = %v, want its CSV spans %v", got, members[id])
		}
	}

	second, c := importJSON(t, "--config", cfg, "--format", "tuva-csv", sampleEligibility)
	output.WriteString(c.all())
	if second.MembersWritten != 0 || second.SpansWritten != 0 || second.Transactions != 0 || second.GasUsed != 0 || second.MembersUnchanged != 10 {
		t.Fatalf("second import: %+v, want nothing written and 10 unchanged", second)
	}
	c, err := runCaptured(t, "coverage", "import", "--config", cfg, "--format", "tuva-csv", sampleEligibility)
	if err != nil {
		t.Fatal(err)
	}
	output.WriteString(c.all())
	if !strings.Contains(c.stdout, "read 10 members (31 spans)") || !strings.Contains(c.stdout, "nothing to write: all 10 members are on CoverageRegistry") {
		t.Errorf("a third import printed:\n%s", c.stdout)
	}

	// One member changed behind the import's back: only that one is written again.
	mustRun(t, "coverage", "set", "--member", "10007", "--plan", "medicare", "--from", "2020-01-01", "--to", "2020-12-31", "--config", cfg)
	dry, c := importJSON(t, "--dry-run", "--config", cfg, sampleEligibility)
	output.WriteString(c.all())
	if !dry.DryRun || dry.MembersWritten != 1 || dry.SpansWritten != len(members["10007"]) || dry.MembersUnchanged != 9 || dry.Transactions != 1 || len(dry.Txs) != 0 {
		t.Fatalf("dry run after a change: %+v, want 1 member (%d spans) to write, 9 unchanged", dry, len(members["10007"]))
	}
	if got := onChain(t, ctx, st, "10007"); len(got) != 1 {
		t.Fatalf("the dry run wrote: %v", got)
	}
	third, c := importJSON(t, "--config", cfg, sampleEligibility)
	output.WriteString(c.all())
	if third.MembersWritten != 1 || third.MembersUnchanged != 9 || third.Transactions != 1 {
		t.Fatalf("import after a change: %+v, want the one changed member written", third)
	}
	if got := onChain(t, ctx, st, "10007"); !slices.Equal(got, members["10007"]) {
		t.Fatalf("after re-import the changed member holds %v, want %v", got, members["10007"])
	}
	if found := leaks(output.String(), ids); len(found) > 0 {
		t.Errorf("import's output or logs name member ids %v:\n%s", found, output.String())
	}
}

// syntheticEligibility writes n members with spans spans each, their ids made to be told
// apart from any number or hash in the output.
func syntheticEligibility(t *testing.T, n, spans int) (string, map[string][]adjudicator.Span) {
	t.Helper()
	var b strings.Builder
	b.WriteString("member_id,enrollment_start_date,enrollment_end_date,payer,plan\n")
	want := map[string][]adjudicator.Span{}
	for m := range n {
		id := fmt.Sprintf("QZX-%04d-MBR", m)
		for s := range spans {
			sp := adjudicator.Span{PlanID: []string{"medicare", "medicaid"}[s%2], Start: fmt.Sprintf("%d-01-01", 2015+s), End: fmt.Sprintf("%d-12-31", 2015+s)}
			fmt.Fprintf(&b, "%s,%s,%s,cms,%s\n", id, sp.Start, sp.End, sp.PlanID)
			want[id] = append(want[id], sp)
		}
	}
	path := filepath.Join(t.TempDir(), "eligibility.csv")
	if err := os.WriteFile(path, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	return path, want
}

// TestCoverageImportChunksUnderGasCap enrols 300 members with 900 spans, ~135M gas of new
// state: far more than one transaction may hold. Every transaction must stay under the gas
// budget, together they must write every member once, and each member must hold its spans. The
// output and debug logs of import, set and clear must not contain a member id from the file
// other than the one typed.
func TestCoverageImportChunksUnderGasCap(t *testing.T) {
	ctx, st, cfg := emptyDevnet(t, 1)
	file, members := syntheticEligibility(t, 300, 3)
	ids := make([]string, 0, len(members))
	for id := range members {
		ids = append(ids, id)
	}

	r, c := importJSON(t, "--config", cfg, file)
	output := c.all()
	if r.MembersRead != 300 || r.SpansRead != 900 || r.MembersWritten != 300 || r.SpansWritten != 900 {
		t.Fatalf("import: %+v, want 300 members and 900 spans read and written", r)
	}
	if r.Transactions < 10 || len(r.Txs) != r.Transactions {
		t.Fatalf("1,200 new slots went in %d transactions; at ~113k gas a slot they need at least 12", r.Transactions)
	}
	written, spans := 0, 0
	var gas uint64
	for _, tx := range r.Txs {
		written, spans, gas = written+tx.Members, spans+tx.Spans, gas+tx.GasUsed
		if tx.GasUsed > chain.DefaultCoverageGasBudget || tx.Estimate > chain.DefaultCoverageGasBudget {
			t.Errorf("tx %s: %d members estimated at %d, used %d gas, over the %d budget", tx.Tx, tx.Members, tx.Estimate, tx.GasUsed, chain.DefaultCoverageGasBudget)
		}
	}
	if written != 300 || spans != 900 || gas != r.GasUsed {
		t.Fatalf("transactions wrote %d members, %d spans, %d gas; summary says %d gas", written, spans, gas, r.GasUsed)
	}
	t.Logf("300 members, 900 spans: %d transactions, %d gas, at most %d in one (%d members)", r.Transactions, r.GasUsed, r.MaxGasPerTransaction, r.Txs[0].Members)
	for _, id := range []string{ids[0], ids[150], ids[299]} {
		if got := onChain(t, ctx, st, id); !slices.Equal(got, members[id]) {
			t.Fatalf("coverage of a synthetic member = %v, want %v", got, members[id])
		}
	}
	human, err := runCaptured(t, "coverage", "import", "--config", cfg, "--format", "tuva-csv", file)
	if err != nil || !strings.Contains(human.stdout, "nothing to write: all 300 members") {
		t.Fatalf("second import: %v\n%s", err, human.all())
	}
	output += human.all()

	// set and clear echo the member typed, and nothing of the others.
	typed := "QZX-0007-MBR"
	for _, args := range [][]string{
		{"set", "--member", typed, "--plan", "medicare", "--from", "2019-01-01", "--to", "2019-06-30"},
		{"clear", "--member", typed},
		{"show", "--member", typed},
	} {
		c, err := runCaptured(t, append(append([]string{"coverage"}, args...), "--config", cfg)...)
		if err != nil {
			t.Fatalf("coverage %s: %v\n%s", strings.Join(args, " "), err, c.all())
		}
		if !strings.Contains(c.stdout, typed) {
			t.Errorf("coverage %s does not echo the member typed:\n%s", args[0], c.stdout)
		}
		output += strings.ReplaceAll(c.all(), typed, "")
	}
	if found := leaks(output, ids); len(found) > 0 {
		t.Errorf("output or logs name %d member ids from the file, e.g. %s", len(found), found[0])
	}
}

// TestCoverageSetShowClear: a member's coverage set by hand, two spans in order, is what the
// contract holds for its keyed hash and what show prints; setting it again sends nothing;
// clear removes it, and clearing again sends nothing. Bad flags are refused before anything
// is read, naming the flag.
func TestCoverageSetShowClear(t *testing.T) {
	ctx, st, cfg := emptyDevnet(t, 1)
	const member = "M-HAND-01"
	want := []adjudicator.Span{{PlanID: "medicare", Start: "2016-01-01", End: "2016-11-30"}, {PlanID: "medicare-adv", Start: "2017-01-01", End: "2017-12-31"}}
	key := keyHex(st.Keyer.Member(member))

	if out := mustRun(t, "coverage", "show", "--member", member, "--config", cfg); !strings.Contains(out, "has no coverage") || !strings.Contains(out, key) {
		t.Errorf("show before set:\n%s", out)
	}
	setArgs := []string{"coverage", "set", "--member", member, "--plan", "medicare", "--from", "2016-01-01", "--to", "2016-11-30",
		"--plan", "medicare-adv", "--from", "2017-01-01", "--to", "2017-12-31", "--config", cfg}
	out := mustRun(t, setArgs...)
	for _, w := range []string{"set the coverage of member " + member, key, "to 2 spans", "medicare-adv", "2017-12-31", "it had no coverage before", "tx 0x"} {
		if !strings.Contains(out, w) {
			t.Errorf("set printed %q, missing %q", out, w)
		}
	}
	if got := onChain(t, ctx, st, member); !slices.Equal(got, want) {
		t.Fatalf("coverageOf after set = %v, want %v", got, want)
	}
	var shown coverageShown
	if err := json.Unmarshal([]byte(mustRun(t, "coverage", "show", "--member", member, "--json", "--config", cfg)), &shown); err != nil {
		t.Fatal(err)
	}
	if shown.MemberID != member || shown.MemberKey != key || !slices.Equal(shown.Spans, want) || shown.Registry != st.Deployment.Registry.Hex() {
		t.Fatalf("show --json = %+v, want %s's two spans", shown, member)
	}
	out = mustRun(t, "coverage", "show", "--member", member, "--config", cfg)
	for _, w := range []string{"member " + member, "2 spans", "medicare      2016-01-01  2016-11-30", "medicare-adv  2017-01-01  2017-12-31"} {
		if !strings.Contains(out, w) {
			t.Errorf("show printed %q, missing %q", out, w)
		}
	}
	if out := mustRun(t, setArgs...); !strings.Contains(out, "already has exactly these spans: nothing sent") {
		t.Errorf("set again printed:\n%s", out)
	}
	var again coverageChange
	if err := json.Unmarshal([]byte(mustRun(t, append(setArgs, "--json")...)), &again); err != nil {
		t.Fatal(err)
	}
	if again.Changed || again.Tx != "" || !slices.Equal(again.Spans, want) || !slices.Equal(again.PreviousSpans, want) || again.MemberKey != key {
		t.Fatalf("set --json of the same spans = %+v, want unchanged and no transaction", again)
	}

	var cleared coverageChange
	if err := json.Unmarshal([]byte(mustRun(t, "coverage", "clear", "--member", member, "--json", "--config", cfg)), &cleared); err != nil {
		t.Fatal(err)
	}
	if !cleared.Changed || !slices.Equal(cleared.PreviousSpans, want) || len(cleared.Spans) != 0 || cleared.Tx == "" {
		t.Fatalf("clear --json = %+v", cleared)
	}
	if got := onChain(t, ctx, st, member); len(got) != 0 {
		t.Fatalf("coverageOf after clear = %v, want none", got)
	}
	if out := mustRun(t, "coverage", "clear", "--member", member, "--config", cfg); !strings.Contains(out, "nothing to clear, nothing sent") {
		t.Errorf("clear again printed:\n%s", out)
	}

	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"set", "--plan", "medicare", "--from", "2016-01-01", "--to", "2016-12-31"}, "--member ID is required"},
		{[]string{"set", "--member", " M-1", "--plan", "medicare", "--from", "2016-01-01", "--to", "2016-12-31"}, "leading or trailing spaces"},
		{[]string{"set", "--member", "M-1"}, "--plan, --from and --to are required"},
		{[]string{"set", "--member", "M-1", "--plan", "medicare", "--from", "2016-01-01"}, "--plan given 1 times, --from 1 and --to 0"},
		{[]string{"set", "--member", "M-1", "--plan", "medicare", "--from", "2016-02-30", "--to", "2016-12-31"}, `--from "2016-02-30" (span 1): want a date YYYY-MM-DD`},
		{[]string{"set", "--member", "M-1", "--plan", "a-plan-id-of-17-b", "--from", "2016-01-01", "--to", "2016-12-31"}, "--plan (span 1): the registry stores plan ids of at most 16 bytes, got 17"},
		{[]string{"set", "--member", "M-1", "--plan", "medicare", "--from", "2016-01-01", "--to", "2016-12-31", "--plan", "medicare", "--from", "2017-02-01", "--to", "2017-01-01"}, "--to (span 2): is before the start"},
		{[]string{"set", "--member", "M-1", "--plan", "medicare", "--from", "1969-01-01", "--to", "2016-12-31"}, "--from (span 1): want a date YYYY-MM-DD from 1970-01-01 on"},
		{[]string{"clear"}, "--member ID is required"},
		{[]string{"show"}, "--member ID is required"},
		{[]string{"import", "--format", "native", sampleEligibility}, `--format "native": want tuva-csv`},
	} {
		mustFailInput(t, tc.want, append(append([]string{"coverage"}, tc.args...), "--config", cfg)...)
	}
	if got := onChain(t, ctx, st, "M-1"); len(got) != 0 {
		t.Fatalf("a refused set wrote %v", got)
	}
}

// TestCoverageRefusesNonInsurer: with the adjudicator's keystore standing in for the
// insurer's, import is refused before it reads or writes anything, and set and clear are
// refused by the contract; each says which key lacks the insurer role and exits 1. The
// coverage on chain is unchanged.
func TestCoverageRefusesNonInsurer(t *testing.T) {
	ctx, st, cfg := emptyDevnet(t, 1)
	mustRun(t, "coverage", "set", "--member", "M-KEPT", "--plan", "medicare", "--from", "2016-01-01", "--to", "2016-12-31", "--config", cfg)
	kept := onChain(t, ctx, st, "M-KEPT")

	t.Setenv("CLAIMS_INSURER_KEYSTORE", filepath.Join(secretsDir(cfg), "keystore", "adjudicator.json"))
	adjudicator := st.Chain.Address(devstack.AdjudicatorKey).Hex()
	want := []string{"the signing key " + adjudicator, "does not hold the insurer role", "insurer_keystore"}
	msg := mustRefuse(t, append(want, "CoverageRegistry "+st.Deployment.Registry.Hex(), "nothing was written"),
		"coverage", "import", "--config", cfg, "--format", "tuva-csv", sampleEligibility)
	t.Logf("import with the adjudicator's key: %s", msg)
	mustRefuse(t, append(want, "contract error AccessControlUnauthorizedAccount"),
		"coverage", "set", "--member", "M-OTHER", "--plan", "medicare", "--from", "2016-01-01", "--to", "2016-12-31", "--config", cfg)
	mustRefuse(t, append(want, "contract error AccessControlUnauthorizedAccount"), "coverage", "clear", "--member", "M-KEPT", "--config", cfg)

	for id, spans := range sampleMembers(t) {
		if got := onChain(t, ctx, st, id); len(got) != 0 {
			t.Fatalf("a refused import wrote %d of %d spans of a sample member", len(got), len(spans))
		}
	}
	if got := onChain(t, ctx, st, "M-OTHER"); len(got) != 0 {
		t.Fatalf("a refused set wrote %v", got)
	}
	if got := onChain(t, ctx, st, "M-KEPT"); !slices.Equal(got, kept) {
		t.Fatalf("a refused clear changed %v to %v", kept, got)
	}
	// Reading needs no insurer: a dry run and show still work with the wrong key configured.
	mustRun(t, "coverage", "import", "--dry-run", "--config", cfg, sampleEligibility)
	mustRun(t, "coverage", "show", "--member", "M-KEPT", "--config", cfg)
}

// TestCoverageImportBadRows: a file with bad rows is refused before any configuration is read,
// every problem named by file, row and column, none quoting the member ids of those rows.
func TestCoverageImportBadRows(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bad.csv")
	csv := "member_id,enrollment_start_date,enrollment_end_date,payer,plan\n" +
		"QZX-GOOD-01,2016-01-01,2016-12-31,cms,medicare\n" +
		"QZX-SECRET-02,2016-01-01,2016-12-31,cms,a-plan-id-longer-than-16\n" +
		"QZX-SECRET-03,2017-02-31,2017-12-31,cms,medicare\n" +
		"QZX-SECRET-04,1969-12-01,1969-12-31,cms,medicare\n" +
		",2016-01-01,2016-12-31,cms,medicare\n" +
		"QZX-SECRET-06,2016-01-01,2015-12-31,cms,medicare\n"
	if err := os.WriteFile(path, []byte(csv), 0o600); err != nil {
		t.Fatal(err)
	}
	// No --config: reaching the chain would fail differently.
	out, err := runClaims(t, "coverage", "import", "--format", "tuva-csv", path)
	var ee *exitError
	if err == nil || errors.As(err, &ee) {
		t.Fatalf("import of a bad file: err = %v, want a bad-input error (exit 2)\n%s", err, out)
	}
	for _, w := range []string{
		path + " row 3, column plan: the registry stores plan ids of at most 16 bytes, got 24",
		path + " row 4, column enrollment_start_date: want a date YYYY-MM-DD",
		path + " row 5, column enrollment_start_date: want a date YYYY-MM-DD from 1970-01-01 on",
		path + " row 6, column member_id: required",
		path + " row 7, column enrollment_end_date: is before enrollment_start_date",
	} {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("error does not say %q:\n%v", w, err)
		}
	}
	if strings.Contains(err.Error()+out, "QZX-") {
		t.Errorf("error quotes a member id:\n%v", err)
	}
	// A file with a header and no rows, and a missing column.
	for content, want := range map[string]string{
		"member_id,enrollment_start_date,enrollment_end_date,plan\n": "no coverage spans",
		"member_id,enrollment_start_date,plan\nQZX-1,2016-01-01,x\n": `row 1: missing column "enrollment_end_date"`,
	} {
		if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		mustFailInput(t, want, "coverage", "import", path)
	}
}

// goldenOutcomes reads the outcome counts and total paid of the bundled sample from the rules'
// golden summary, which the demo reproduces (approve 674, partial 146, deny 308, pend 10).
func goldenOutcomes(t *testing.T) (map[string]int, int64) {
	t.Helper()
	f, err := os.Open("../../adjudicator/rules/testdata/tuva_summary.golden")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	outcomes := map[string]int{}
	var paid int64 = -1
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		switch {
		case len(fields) == 3 && fields[0] == "outcome":
			n, err := strconv.Atoi(fields[2])
			if err != nil {
				t.Fatal(err)
			}
			outcomes[fields[1]] = n
		case len(fields) == 4 && fields[0] == "total" && fields[1] == "paid":
			if paid, err = strconv.ParseInt(fields[2], 10, 64); err != nil {
				t.Fatal(err)
			}
		}
	}
	if len(outcomes) != 4 || paid < 0 {
		t.Fatalf("golden summary: outcomes %v, paid %d", outcomes, paid)
	}
	return outcomes, paid
}

// TestCoverageImportDecidesLikeTheDemo is the acceptance test: on a stack started with no
// coverage, `claims coverage import` of the bundled eligibility file, then the bundled claims
// through the engine, must decide them as the demo does: the same count of each outcome and the
// same cents paid (the golden summary), with an audit that balances.
func TestCoverageImportDecidesLikeTheDemo(t *testing.T) {
	if testing.Short() {
		t.Skip("integration: devstack, engine and chain")
	}
	ctx, st, cfg := emptyDevnet(t, 4)
	r, _ := importJSON(t, "--config", cfg, "--format", "tuva-csv", sampleEligibility)
	if r.MembersWritten != 10 || r.SpansWritten != 31 {
		t.Fatalf("import: %+v", r)
	}
	claims := adjudicateSample(t, ctx, st)

	out, err := runClaims(t, "audit", "--json", "--config", cfg)
	if err != nil {
		t.Fatalf("audit: %v\n%s", err, out)
	}
	var rep audit.Report
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("audit --json: %v\n%s", err, out)
	}
	wantOutcomes, wantPaid := goldenOutcomes(t)
	if rep.ClaimsIn != len(claims) || rep.Decided != len(claims) || !rep.OK() {
		t.Fatalf("audit: %d in, %d decided, ok %v; want all %d decided once: %+v", rep.ClaimsIn, rep.Decided, rep.OK(), len(claims), rep)
	}
	for o, n := range wantOutcomes {
		if rep.Outcomes[o] != n {
			t.Errorf("outcome %s: %d claims, the demo decides %d (all outcomes: %v)", o, rep.Outcomes[o], n, rep.Outcomes)
		}
	}
	if rep.PaidTotalCents != wantPaid || rep.PaidOnChainCents != wantPaid {
		t.Errorf("paid %d cents by the decisions, %d on chain; the demo pays %d", rep.PaidTotalCents, rep.PaidOnChainCents, wantPaid)
	}
	t.Logf("after coverage import: outcomes %v, paid %d cents", rep.Outcomes, rep.PaidTotalCents)
}

// TestCoverageProgressOnlyOnTerminal: progress is drawn only on a terminal; a file or a pipe
// gets nothing, and a drawn line is redrawn in place and ended once.
func TestCoverageProgressOnlyOnTerminal(t *testing.T) {
	f, err := os.CreateTemp(t.TempDir(), "stderr")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if newStatusLine(f) != nil || newStatusLine(&bytes.Buffer{}) != nil {
		t.Fatal("a status line on a file or a buffer")
	}
	var nilLine *statusLine
	nilLine.show("x", true) // must not panic
	nilLine.done()
	var b bytes.Buffer
	s := &statusLine{w: &b}
	s.show("reading 1/3", false)
	s.show("reading 2/3", false) // within 100 ms: skipped
	s.show("reading 3/3", true)
	s.done()
	s.done()
	if got, want := b.String(), "\r\033[Kreading 1/3\r\033[Kreading 3/3\n"; got != want {
		t.Fatalf("drew %q, want %q", got, want)
	}
}
