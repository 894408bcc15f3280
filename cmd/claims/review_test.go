package main

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/chain"
	"github.com/claimsledger/claims/adjudicator/config"
	"github.com/claimsledger/claims/adjudicator/devstack"
	"github.com/claimsledger/claims/adjudicator/intake"
	"github.com/claimsledger/claims/adjudicator/privacy"
	"github.com/claimsledger/claims/adjudicator/sample"
	"github.com/claimsledger/claims/adjudicator/service"
	"github.com/claimsledger/claims/adjudicator/x12codes"
)

func reviewQueue(t *testing.T, cfg string, filters ...string) []reviewEntry {
	t.Helper()
	out := mustRun(t, append([]string{"review", "list", "--json", "--config", cfg}, filters...)...)
	var entries []reviewEntry
	if err := json.Unmarshal([]byte(out), &entries); err != nil {
		t.Fatalf("review list --json: %v\n%s", err, out)
	}
	// Every field a script relies on is present, whatever its value.
	var raw []map[string]any
	if err := json.Unmarshal([]byte(out), &raw); err != nil {
		t.Fatal(err)
	}
	for _, e := range raw {
		for _, k := range []string{"claim_id", "provider_npi", "held_cents", "batch_id", "claim_key", "partition", "offset", "window_closes_at", "resolvable", "fraud_score", "signals"} {
			if _, ok := e[k]; !ok {
				t.Fatalf("review list --json: an entry lacks %q: %v", k, e)
			}
		}
	}
	return entries
}

func reviewShow(t *testing.T, cfg, claimID string) reviewDetail {
	t.Helper()
	out := mustRun(t, "review", "show", claimID, "--json", "--config", cfg)
	var ds []reviewDetail
	if err := json.Unmarshal([]byte(out), &ds); err != nil {
		t.Fatalf("review show --json: %v\n%s", err, out)
	}
	if len(ds) != 1 {
		t.Fatalf("review show %s: %d decisions, want 1", claimID, len(ds))
	}
	return ds[0]
}

func reviewResolveJSON(t *testing.T, cfg, verb, claimID string) reviewResult {
	t.Helper()
	out := mustRun(t, "review", verb, claimID, "--note", "case 7/"+verb+": records checked with the provider", "--json", "--config", cfg)
	var r reviewResult
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("review %s --json: %v\n%s", verb, err, out)
	}
	return r
}

// adjudicateSample submits the bundled sample, sealed, and runs the engine in process until
// every claim is decided, settled and published.
func adjudicateSample(t *testing.T, ctx context.Context, st *devstack.Stack) []adjudicator.Claim {
	t.Helper()
	claims, err := sample.Claims()
	if err != nil {
		t.Fatal(err)
	}
	cfg := st.Config
	prod, err := intake.NewProducer(cfg.Brokers, intake.WithInputTopic(cfg.InputTopic))
	if err != nil {
		t.Fatal(err)
	}
	sealer, err := privacy.NewSealer(cfg.PayloadKey)
	if err != nil {
		t.Fatal(err)
	}
	if err := service.Submit(ctx, prod, st.Keyer, sealer, claims, nil); err != nil {
		t.Fatal(err)
	}
	_ = prod.Close()
	decideSubmitted(t, ctx, st, len(claims))
	return claims
}

// TestReviewResolvesPendedClaims walks the analyst's queue against a devstack with the config
// devnet writes: the sample's pended claims are listed; an approval inside the challenge window
// is refused; past it, an approval credits the provider exactly the held cents, a second one is
// refused before anything is sent, a denial credits nothing, and the audit reconciles both.
func TestReviewResolvesPendedClaims(t *testing.T) {
	if testing.Short() {
		t.Skip("integration: devstack, engine and chain")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	st, err := devstack.Start(ctx, devstack.Options{RPCAddr: "127.0.0.1:0", Logger: quietLog})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(st.Close)
	cfg := filepath.Join(t.TempDir(), "devnet.yaml")
	if _, err := writeDevnetConfig(cfg, st); err != nil {
		t.Fatal(err)
	}
	if out := strings.TrimSpace(mustRun(t, "review", "list", "--json", "--config", cfg)); out != "[]" {
		t.Fatalf("review list --json before any claim: %s, want []", out)
	}
	claims := adjudicateSample(t, ctx, st)

	queue := reviewQueue(t, cfg)
	if len(queue) != 10 {
		t.Fatalf("review list: %d open pended claims, want the sample's 10: %+v", len(queue), queue)
	}
	pendedIDs := map[string]bool{}
	var byScore int
	for _, e := range queue {
		pendedIDs[e.ClaimID] = true
		// A claim held for its fraud score may hold nothing: one of the sample's has every
		// line denied (after coverage ended) and is held so that an analyst sees its flags.
		if e.HeldCents < 0 || e.ProviderNPI == "" || e.BatchID == 0 || e.WindowClosesAt == "" {
			t.Errorf("review list: incomplete entry %+v", e)
		}
		// show names why a claim was held for its fraud score: the flags of its record.
		if d := reviewShow(t, cfg, e.ClaimID); d.FraudScore >= 100 {
			byScore++
			if len(d.Flags) == 0 {
				t.Errorf("review show %s: score %d without flags", e.ClaimID, d.FraudScore)
			}
			text := mustRun(t, "review", "show", e.ClaimID, "--config", cfg)
			if !regexp.MustCompile(`(?m)^  fraud score +`+strconv.Itoa(d.FraudScore)+`$`).MatchString(text) ||
				!strings.Contains(text, "flag "+d.Flags[0].Code) {
				t.Errorf("review show %s: no fraud score or flags in\n%s", e.ClaimID, text)
			}
		}
	}
	if byScore != 3 {
		t.Errorf("review show: %d claims held for their fraud score, want the sample's 3", byScore)
	}
	checkQueueFilters(t, cfg, queue)
	// Approve one whose window is still open (chain time runs ahead of the wall clock by a
	// second per block, so the earliest batches may be past theirs) and that holds something,
	// deny another.
	var approve, deny *reviewEntry
	for i := range queue {
		switch {
		case approve == nil && !queue[i].Resolvable && queue[i].HeldCents > 0:
			approve = &queue[i]
		case deny == nil:
			deny = &queue[i]
		}
	}
	if approve == nil || deny == nil {
		t.Fatalf("review list: want a claim whose challenge window is open and another: %+v", queue)
	}
	human := mustRun(t, "review", "list", "--config", cfg)
	if !strings.Contains(human, "CLAIM ID") || !strings.Contains(human, approve.ClaimID) || !strings.Contains(human, "10 open") {
		t.Errorf("review list:\n%s", human)
	}

	// Inside the challenge window the contract refuses, and says until when.
	mustRefuse(t, []string{"challenge window closes at " + approve.WindowClosesAt, "resolve after that", "ChallengeWindowOpen"},
		"review", "approve", approve.ClaimID, "--note", "too early", "--config", cfg)
	// Refusals that need no transaction.
	if _, err := runClaims(t, "review", "approve", approve.ClaimID, "--note", "  ", "--config", cfg); err == nil || !strings.Contains(err.Error(), "--note") {
		t.Errorf("approve with a blank note: err = %v, want --note required", err)
	}
	var notPended string
	for _, c := range claims {
		if !pendedIDs[c.ClaimID] {
			notPended = c.ClaimID
			break
		}
	}
	mustRefuse(t, []string{"claim " + notPended, "not pended"}, "review", "approve", notPended, "--note", "x", "--config", cfg)
	mustRefuse(t, []string{"no settled decision"}, "review", "deny", "NO-SUCH-CLAIM", "--note", "x", "--config", cfg)
	mustRefuse(t, []string{"no settled decision at input position"}, "review", "approve", approve.ClaimID, "--offset", "0/999999", "--note", "x", "--config", cfg)

	if err := st.Chain.AdjustTime(3 * st.Settings.ChallengeWindow); err != nil {
		t.Fatal(err)
	}
	for _, e := range reviewQueue(t, cfg) {
		if !e.Resolvable {
			t.Fatalf("review list after the challenge window: %+v is not resolvable", e)
		}
	}
	checkQueueAge(t, cfg, st.Settings.ChallengeWindow)

	settlement, err := chain.NewSettlement(st.Chain.Client(), st.Deployment.Settlement, nil)
	if err != nil {
		t.Fatal(err)
	}
	withdrawable := func(npi string) int64 {
		t.Helper()
		b, err := settlement.BalanceOf(ctx, st.Keyer.Provider(npi))
		if err != nil {
			t.Fatal(err)
		}
		return b.Withdrawable
	}
	analyst := st.Chain.Address(devstack.FraudAnalystKey)
	nonce := func() uint64 {
		t.Helper()
		n, err := st.Chain.Client().PendingNonceAt(ctx, analyst)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}

	// A key without FRAUD_ANALYST_ROLE (the adjudicator's) is refused by the contract.
	t.Run("wrong key", func(t *testing.T) {
		c, err := config.Load(cfg, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Setenv("CLAIMS_FRAUD_ANALYST_KEYSTORE", c.KeystoreFor(config.RoleAdjudicator))
		mustRefuse(t, []string{"does not hold FRAUD_ANALYST_ROLE", "AccessControlUnauthorizedAccount"},
			"review", "approve", approve.ClaimID, "--note", "x", "--config", cfg)
	})

	before := withdrawable(approve.ProviderNPI)
	res := reviewResolveJSON(t, cfg, "approve", approve.ClaimID)
	if res.Resolution != "approved" || res.CreditedCents != approve.HeldCents || res.Tx == "" || res.ClaimID != approve.ClaimID {
		t.Fatalf("approve: %+v, want approved crediting %d cents", res, approve.HeldCents)
	}
	afterApprove := withdrawable(approve.ProviderNPI)
	if got := afterApprove - before; got != approve.HeldCents {
		t.Fatalf("approve: the provider's withdrawable balance grew by %d cents, want exactly the held %d", got, approve.HeldCents)
	}

	// A second approval fails fast with the resolution that stands, and sends nothing.
	sent := nonce()
	mustRefuse(t, []string{"claim " + approve.ClaimID, "already approved on chain", res.Tx},
		"review", "approve", approve.ClaimID, "--note", "again", "--config", cfg)
	if got := withdrawable(approve.ProviderNPI); got != afterApprove {
		t.Fatalf("second approve: the balance moved from %d to %d", afterApprove, got)
	}
	if nonce() != sent {
		t.Fatal("second approve: a transaction was sent")
	}
	mustRefuse(t, []string{"already approved"}, "review", "deny", approve.ClaimID, "--note", "changed my mind", "--config", cfg)

	denyBefore := withdrawable(deny.ProviderNPI)
	dres := reviewResolveJSON(t, cfg, "deny", deny.ClaimID)
	if dres.Resolution != "denied" || dres.CreditedCents != 0 || dres.Tx == "" {
		t.Fatalf("deny: %+v, want denied crediting nothing", dres)
	}
	if got := withdrawable(deny.ProviderNPI); got != denyBefore {
		t.Fatalf("deny: the provider's withdrawable balance moved from %d to %d", denyBefore, got)
	}

	// show reports the resolutions with their transactions, and the record's lines.
	shown := reviewShow(t, cfg, approve.ClaimID)
	if !shown.Pended || shown.Resolution != "approved" || shown.ResolvedTx != res.Tx || shown.ResolvedCents != approve.HeldCents ||
		len(shown.Lines) == 0 || len(shown.BatchProblems) != 0 || shown.BatchStatus != "settled" || shown.SettlementTx == "" {
		t.Errorf("review show %s: %+v", approve.ClaimID, shown)
	}
	if d := reviewShow(t, cfg, deny.ClaimID); d.Resolution != "denied" || d.ResolvedTx != dres.Tx {
		t.Errorf("review show %s: resolution %q tx %s, want denied in %s", deny.ClaimID, d.Resolution, d.ResolvedTx, dres.Tx)
	}
	// --explain replays the claim from the input topic with the rule trace on: every line says
	// which rules decided it, and the pend is among them.
	var traced []reviewDetail
	if err := json.Unmarshal([]byte(mustRun(t, "review", "show", approve.ClaimID, "--explain", "--json", "--config", cfg)), &traced); err != nil {
		t.Fatal(err)
	}
	if len(traced) != 1 || len(traced[0].Trace) != len(traced[0].Lines) {
		t.Fatalf("review show --explain: %d decisions, trace of %d lines", len(traced), len(traced[0].Trace))
	}
	for _, lt := range traced[0].Trace {
		if len(lt.Explain) == 0 || !slices.ContainsFunc(lt.Explain, func(e string) bool { return strings.HasPrefix(e, "claims.eligibility") }) {
			t.Errorf("review show --explain: line %d trace %q, want the rules that decided it", lt.Line, lt.Explain)
		}
	}
	if text := mustRun(t, "review", "show", approve.ClaimID, "--explain", "--config", cfg); !strings.Contains(text, "line 1: why") {
		t.Errorf("review show --explain: no trace in\n%s", text)
	}
	text := mustRun(t, "review", "show", approve.ClaimID, "--config", cfg)
	if codes, ok, err := x12codes.LoadShared(); err != nil {
		t.Fatal(err)
	} else if ok && !strings.Contains(text, "codes (X12 code lists):\n") || ok && !strings.Contains(text, "CARC 133: "+codes.CARC("133")) {
		t.Errorf("review show: no description of CARC 133 in\n%s", text)
	}
	for _, w := range []string{"claim " + approve.ClaimID, "LINE", "OA-133", "approved", res.Tx} {
		if !strings.Contains(text, w) {
			t.Errorf("review show: no %q in\n%s", w, text)
		}
	}

	left := reviewQueue(t, cfg)
	if len(left) != 8 {
		t.Fatalf("review list after one approval and one denial: %d open, want 8", len(left))
	}
	// Several claims at once: each is tried, the refused one (already approved) is reported
	// and the others are denied.
	out, err := runClaims(t, "review", "deny", left[0].ClaimID, approve.ClaimID, left[1].ClaimID,
		"--note", "case 9: a batch of duplicates", "--json", "--config", cfg)
	var many []reviewResult
	if jerr := json.Unmarshal([]byte(out), &many); jerr != nil || err == nil || !strings.Contains(err.Error(), "1 of 3 claims refused: "+approve.ClaimID) {
		t.Fatalf("deny of three (one already approved): err = %v, json err %v\n%s", err, jerr, out)
	}
	if len(many) != 3 || many[0].Resolution != "denied" || many[0].Tx == "" || many[2].Resolution != "denied" ||
		many[1].Resolution != "refused" || !strings.Contains(many[1].Error, "already approved") {
		t.Fatalf("deny of three: %+v", many)
	}
	if n := len(reviewQueue(t, cfg)); n != 6 {
		t.Fatalf("review list after denying two more: %d open, want 6", n)
	}
	if _, err := runClaims(t, "review", "deny", left[2].ClaimID, left[3].ClaimID, "--offset", "0/1", "--note", "x", "--config", cfg); err == nil ||
		!strings.Contains(err.Error(), "single CLAIM_ID") {
		t.Errorf("deny of two with --offset: err = %v", err)
	}

	// Some lines of a claim: the provider is credited what those lines held, and the hash on
	// chain names the lines.
	partial, line := partlyApprovable(t, cfg, reviewQueue(t, cfg))
	mustRefuse(t, []string{"no line 99"}, "review", "approve", partial.ClaimID, "--lines", "99", "--note", "x", "--config", cfg)
	before = withdrawable(partial.ProviderNPI)
	out = mustRun(t, "review", "approve", partial.ClaimID, "--lines", strconv.Itoa(line.Line), "--note", "case 11: line checked", "--json", "--config", cfg)
	var pres reviewResult
	if err := json.Unmarshal([]byte(out), &pres); err != nil {
		t.Fatal(err)
	}
	wantNote := fmt.Sprintf("approved lines %d of %d\ncase 11: line checked", line.Line, len(partial.Lines))
	if pres.CreditedCents != line.Held() || !slices.Equal(pres.Lines, []int{line.Line}) || pres.HashedNote != wantNote ||
		common.HexToHash(pres.NoteHash) != common.Hash(service.NoteHash(wantNote)) {
		t.Fatalf("approve --lines %d: %+v, want %d cents credited and the hash of %q", line.Line, pres, line.Held(), wantNote)
	}
	if got := withdrawable(partial.ProviderNPI) - before; got != line.Held() {
		t.Fatalf("approve --lines: the balance grew by %d cents, want line %d's %d", got, line.Line, line.Held())
	}
	if _, err := runClaims(t, "review", "approve", left[2].ClaimID, left[3].ClaimID, "--lines", "1", "--note", "x", "--config", cfg); err == nil ||
		!strings.Contains(err.Error(), "single CLAIM_ID") {
		t.Errorf("approve of two with --lines: err = %v", err)
	}

	rep, err := service.Audit(ctx, st.Config, st.Chain.Client())
	if err != nil {
		t.Fatal(err)
	}
	if !rep.OK() || rep.Approved != 2 || rep.Denied != 3 || rep.ApprovedCents != approve.HeldCents+pres.CreditedCents {
		t.Fatalf("audit after review: ok %v, approved %d (%d cents, want %d), denied %d, problems %v",
			rep.OK(), rep.Approved, rep.ApprovedCents, approve.HeldCents, rep.Denied, rep.Problems)
	}
	if common.HexToHash(res.NoteHash) != common.Hash(service.NoteHash("case 7/approve: records checked with the provider")) {
		t.Errorf("approve: note hash %s is not keccak256 of the note", res.NoteHash)
	}
}

func TestReviewOffsetFlag(t *testing.T) {
	for _, c := range []struct {
		in   string
		want *adjudicator.Position
		ok   bool
	}{
		{"", nil, true},
		{"2/117", &adjudicator.Position{Partition: 2, Offset: 117}, true},
		{"0/0", &adjudicator.Position{}, true},
		{"2", nil, false},
		{"2/", nil, false},
		{"-1/3", nil, false},
		{"1/x", nil, false},
		{"1/2/3", nil, false},
	} {
		got, err := parseInputPosition(c.in)
		if (err == nil) != c.ok {
			t.Errorf("parseInputPosition(%q): err = %v, want ok %v", c.in, err, c.ok)
			continue
		}
		if (got == nil) != (c.want == nil) || got != nil && *got != *c.want {
			t.Errorf("parseInputPosition(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// checkQueueFilters: review list narrows and orders the queue for scripts: by signal (any of
// several, any case), provider, cents held and sort order; an unknown order is a usage error.
// partlyApprovable finds a resolvable pended claim with two or more lines holding something, and
// returns its detail and the first such line.
func partlyApprovable(t *testing.T, cfg string, queue []reviewEntry) (reviewDetail, adjudicator.LineDecision) {
	t.Helper()
	for _, e := range queue {
		d := reviewShow(t, cfg, e.ClaimID)
		var holding []adjudicator.LineDecision
		for _, l := range d.Lines {
			if l.Held() > 0 {
				holding = append(holding, l)
			}
		}
		if len(holding) >= 2 && d.Resolvable {
			return d, holding[0]
		}
	}
	t.Fatal("review list: no resolvable pended claim with two lines holding something, to approve one of them")
	return reviewDetail{}, adjudicator.LineDecision{}
}

// checkQueueAge checks the queue's ages once the chain is past every challenge window: each
// claim entered the queue when it was pended (its batch settled), a challenge window before the
// window closes.
func checkQueueAge(t *testing.T, cfg string, window time.Duration) {
	t.Helper()
	queue := reviewQueue(t, cfg)
	for _, e := range queue {
		pended, err1 := time.Parse(time.RFC3339, e.PendedAt)
		closes, err2 := time.Parse(time.RFC3339, e.WindowClosesAt)
		if err1 != nil || err2 != nil {
			t.Fatalf("review list: pended_at %q, window_closes_at %q", e.PendedAt, e.WindowClosesAt)
		}
		if d := closes.Sub(pended); d < window || d > window+time.Minute {
			t.Errorf("review list: %s pended at %s, its window closes %v later, want the challenge window %v", e.ClaimID, e.PendedAt, d, window)
		}
		if time.Duration(e.AgeSeconds)*time.Second < window || time.Duration(e.AgeSeconds)*time.Second > time.Hour+4*window {
			t.Errorf("review list: %s waited %d s, want past the challenge window %v (the chain time was moved 3 windows on)", e.ClaimID, e.AgeSeconds, window)
		}
	}
	for _, c := range []struct {
		args []string
		want int
	}{
		{[]string{"--min-age", window.String()}, len(queue)},
		{[]string{"--max-age", window.String()}, 0},
		{[]string{"--min-age", "1000h"}, 0},
		{[]string{"--max-age", "1000h"}, len(queue)},
	} {
		if got := reviewQueue(t, cfg, c.args...); len(got) != c.want {
			t.Errorf("review list %v: %d claims, want %d", c.args, len(got), c.want)
		}
	}
	if _, err := runClaims(t, "review", "list", "--config", cfg, "--min-age", "-1h"); err == nil {
		t.Error("--min-age -1h: accepted")
	}
	if text := mustRun(t, "review", "list", "--config", cfg); !strings.Contains(text, "WAITING") {
		t.Errorf("review list: no WAITING column in\n%s", text)
	}
}

func checkQueueFilters(t *testing.T, cfg string, queue []reviewEntry) {
	t.Helper()
	bySignal := map[string]int{}
	var maxHeld int64
	for _, e := range queue {
		for _, s := range e.Signals {
			bySignal[s]++
		}
		maxHeld = max(maxHeld, e.HeldCents)
	}
	if len(bySignal) == 0 {
		t.Fatal("review list: no pended claim shows a signal; the sample holds 3 for their score")
	}
	for code, n := range bySignal {
		got := reviewQueue(t, cfg, "--signal", strings.ToLower(code))
		if len(got) != n {
			t.Errorf("--signal %s: %d claims, want %d", code, len(got), n)
		}
		for _, e := range got {
			if !slices.Contains(e.Signals, code) {
				t.Errorf("--signal %s kept %s with signals %v", code, e.ClaimID, e.Signals)
			}
		}
	}
	if got := reviewQueue(t, cfg, "--min-held-cents", strconv.FormatInt(maxHeld, 10)); len(got) == 0 || got[0].HeldCents != maxHeld {
		t.Errorf("--min-held-cents %d: %+v, want the claims holding that much", maxHeld, got)
	}
	if got := reviewQueue(t, cfg, "--npi", queue[0].ProviderNPI); len(got) == 0 || slices.ContainsFunc(got, func(e reviewEntry) bool { return e.ProviderNPI != queue[0].ProviderNPI }) {
		t.Errorf("--npi %s: %+v", queue[0].ProviderNPI, got)
	}
	held := reviewQueue(t, cfg, "--sort", "held")
	if len(held) != len(queue) || !slices.IsSortedFunc(held, func(a, b reviewEntry) int { return cmp.Compare(b.HeldCents, a.HeldCents) }) {
		t.Errorf("--sort held: not largest first: %+v", held)
	}
	if _, err := runClaims(t, "review", "list", "--config", cfg, "--sort", "oldest"); err == nil {
		t.Error("--sort oldest: accepted")
	}
}
