package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/ethereum/go-ethereum/common"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/accesslog"
	"github.com/claimsledger/claims/adjudicator/chain"
	"github.com/claimsledger/claims/adjudicator/config"
	"github.com/claimsledger/claims/adjudicator/console"
	"github.com/claimsledger/claims/adjudicator/devstack"
	"github.com/claimsledger/claims/adjudicator/intake"
	"github.com/claimsledger/claims/adjudicator/service"
	"github.com/claimsledger/claims/adjudicator/x12codes"
)

// EnvRequireChromium makes a missing chromium a failure instead of a skip (make test sets it).
const EnvRequireChromium = "CLAIMS_REQUIRE_CHROMIUM"

// EnvArtifacts names where the browser tests save their screenshots.
const EnvArtifacts = "CLAIMS_TEST_ARTIFACTS"

// chromiumPath finds Debian's chromium; without it the test skips, or fails under make test.
func chromiumPath(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	msg := "chromium not found on PATH: install it with `make chromium` (Debian's chromium package)"
	if os.Getenv(EnvRequireChromium) == "1" {
		t.Fatal(msg + " (" + EnvRequireChromium + "=1: required)")
	}
	t.Skip(msg)
	return ""
}

// artifactsDir is where screenshots go: $CLAIMS_TEST_ARTIFACTS/<test>, else a temporary
// directory, logged either way.
func artifactsDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if base := os.Getenv(EnvArtifacts); base != "" {
		dir = filepath.Join(base, t.Name())
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("screenshots in %s", dir)
	return dir
}

// TestConsoleEndToEnd drives the analysts' console in headless Chromium against the real
// stack: a devstack chain, Kafka and Redis, the sample adjudicated, serve's engine, API
// listener and access flusher with the console mounted as serve mounts it, and an analyst
// made by `claims analyst add`. The analyst logs in, filters the queue to one signal, opens a
// flagged pended claim, sees its flags and approves it; the chain then shows the provider
// credited exactly the held cents once, by the analyst's own key, a second approval refused,
// and the looks on the AccessLog.
func TestConsoleEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: devstack, engine, chain and a browser")
	}
	browser := chromiumPath(t)
	shots := artifactsDir(t)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	st, err := devstack.Start(ctx, devstack.Options{RPCAddr: "127.0.0.1:0", Logger: quietLog})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(st.Close)
	cfgPath := filepath.Join(t.TempDir(), "devnet.yaml")
	if _, err := writeDevnetConfig(cfgPath, st); err != nil {
		t.Fatal(err)
	}
	adjudicateSample(t, ctx, st)
	if err := st.Chain.AdjustTime(3 * st.Settings.ChallengeWindow); err != nil {
		t.Fatal(err)
	}

	// The analyst: a keystore of their own, FRAUD_ANALYST_ROLE and gas money.
	const password = "correct horse battery staple"
	pwFile := filepath.Join(t.TempDir(), "alice.password")
	if err := os.WriteFile(pwFile, []byte(password+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	var added analystAdded
	out := mustRun(t, "analyst", "add", "--config", cfgPath, "--name", "alice", "--password-file", pwFile, "--light-kdf",
		"--fund-wei", "1000000000000000000", "--json")
	if err := json.Unmarshal([]byte(out), &added); err != nil || !common.IsHexAddress(added.Address) {
		t.Fatalf("analyst add --json: %v %s", err, out)
	}
	alice := common.HexToAddress(added.Address)
	var listed []analystListed
	if err := json.Unmarshal([]byte(mustRun(t, "analyst", "list", "--config", cfgPath, "--json")), &listed); err != nil ||
		len(listed) != 1 || listed[0].Name != "alice" || !listed[0].Role {
		t.Fatalf("analyst list --json: %v %+v", err, listed)
	}

	cfg, err := config.Load(cfgPath, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	// The claim to work: pended, flagged, holding cents; and the signal to filter by.
	target, signal, want := pickFlagged(t, ctx, cfg, st)
	pos := fmt.Sprintf("%d-%d", target.Decided.Source.Partition, target.Decided.Source.Offset)
	held := target.Decided.Decision.HeldCents
	npi := target.Decided.Decision.BillingNPI

	// serve, as the command wires it: the console mounted on the API's listener.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	cfg.APIAddr = l.Addr().String()
	l.Close()
	cfg.AccessFlushInterval = 300 * time.Millisecond
	con, err := console.Open(ctx, cfg, console.Deps{Backend: st.Chain.Client(), Logger: quietLog})
	if err != nil {
		t.Fatal(err)
	}
	defer con.Close()
	svc, err := service.Open(ctx, cfg, service.Options{
		Logger: quietLog, Backend: st.Chain.Client(), Signer: st.Chain.Transactor(devstack.AdjudicatorKey), RecorderSigner: st.Chain.Transactor(devstack.RecorderKey),
		IntakeOptions: []intake.Option{intake.WithSessionTimeout(6 * time.Second), intake.WithHeartbeatInterval(time.Second)},
		Handlers:      map[string]http.Handler{console.Prefix + "/": con.Handler()},
	})
	if err != nil {
		t.Fatal(err)
	}
	rctx, stop := context.WithCancel(ctx)
	runErr := make(chan error, 1)
	go func() { runErr <- svc.Run(rctx) }()
	defer func() {
		stop()
		if err := <-runErr; err != nil {
			t.Errorf("serve: %v", err)
		}
		svc.Close()
	}()
	base := "http://" + cfg.APIAddr + console.Prefix
	waitFor(t, 30*time.Second, func() bool {
		resp, err := http.Get(base + "/login")
		if err != nil {
			return false
		}
		resp.Body.Close()
		return resp.StatusCode == http.StatusOK
	})

	settlement, err := chain.NewSettlement(st.Chain.Client(), st.Deployment.Settlement, nil)
	if err != nil {
		t.Fatal(err)
	}
	withdrawable := func() int64 {
		t.Helper()
		b, err := settlement.BalanceOf(ctx, st.Keyer.Provider(npi))
		if err != nil {
			t.Fatal(err)
		}
		return b.Withdrawable
	}
	before := withdrawable()

	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, append(slices.Clip(chromedp.DefaultExecAllocatorOptions[:]),
		chromedp.ExecPath(browser), chromedp.NoSandbox, chromedp.WindowSize(1280, 1024))...)
	defer cancelAlloc()
	bctx, cancelBrowser := chromedp.NewContext(actx)
	defer cancelBrowser()
	// The first Run starts the browser, on a context without a timeout (it lives as long).
	if err := chromedp.Do(bctx, chromedp.Navigate("about:blank")); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	shot := func(name string) chromedp.Action[chromedp.Void] {
		return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			png, err := chromedp.FullScreenshot(100)(ctx, tg)
			if err != nil {
				return err
			}
			return os.WriteFile(filepath.Join(shots, name+".png"), png, 0o644)
		})
	}
	run := func(what string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		tctx, done := context.WithTimeout(bctx, 60*time.Second)
		defer done()
		if err := chromedp.Do(tctx, actions...); err != nil {
			t.Fatalf("browser: %s: %v", what, err)
		}
	}

	// Not logged in: the queue sends the browser to the login page; a wrong password is refused.
	var loc, loginErr string
	run("wrong password",
		chromedp.Navigate(base+"/queue"),
		chromedp.WaitVisible(chromedp.CSS("#name")),
		into(chromedp.Location(), &loc),
		chromedp.SendKeys(chromedp.CSS("#name"), "alice"),
		chromedp.SendKeys(chromedp.CSS("#password"), "not the password"),
		chromedp.Click(chromedp.CSS("#login-submit")),
		chromedp.WaitVisible(chromedp.CSS("#login-error")),
		into(chromedp.Text(chromedp.CSS("#login-error")), &loginErr),
	)
	if !strings.Contains(loc, "/console/login") || !strings.Contains(loginErr, "wrong password") {
		t.Fatalf("before login: at %s, error %q", loc, loginErr)
	}

	// Log in, filter the queue to one signal.
	var who string
	var rows []string
	run("log in and filter",
		chromedp.Navigate(base+"/login"),
		chromedp.WaitVisible(chromedp.CSS("#name")),
		chromedp.SendKeys(chromedp.CSS("#name"), "alice"),
		chromedp.SendKeys(chromedp.CSS("#password"), password),
		chromedp.Click(chromedp.CSS("#login-submit")),
		chromedp.WaitVisible(chromedp.CSS("#queue")),
		into(chromedp.Text(chromedp.CSS("#analyst-name")), &who),
		chromedp.Click(chromedp.CSS("#signal-"+signal)),
		chromedp.Click(chromedp.CSS("#filter-submit")),
		// The filtered page, not the one the click started from: its table names the filter.
		chromedp.WaitVisible(chromedp.CSS(`#queue[data-signals="`+signal+` "]`)),
		chromedp.WaitVisible(chromedp.CSS(`a[href="/console/claims/`+pos+`"]`)),
		into(chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll("#queue tbody tr")).map(r => r.innerText)`), &rows),
		shot("queue"),
	)
	if who != "alice" {
		t.Errorf("logged in as %q, want alice", who)
	}
	for _, row := range rows {
		if !strings.Contains(row, signal) {
			t.Errorf("queue filtered to %s shows a row without it: %q", signal, row)
		}
	}
	if len(rows) != want {
		t.Errorf("queue filtered to %s: %d rows, want %d: %q", signal, len(rows), want, rows)
	}

	// The claim's page: its flags, then approve with a note.
	var flags, lines, resolution, flash string
	run("claim page and approve",
		chromedp.Click(chromedp.CSS(`a[href="/console/claims/`+pos+`"]`)),
		chromedp.WaitVisible(chromedp.CSS("#flags")),
		into(chromedp.Text(chromedp.CSS("#flags")), &flags),
		into(chromedp.Text(chromedp.CSS("#lines")), &lines),
		shot("claim"),
		chromedp.SendKeys(chromedp.CSS("#note"), "case 12: records requested and received; services confirmed"),
		chromedp.Click(chromedp.CSS("#approve")),
		chromedp.WaitVisible(chromedp.CSS("#flash")),
		into(chromedp.Text(chromedp.CSS("#flash")), &flash),
		into(chromedp.Text(chromedp.CSS("#resolution")), &resolution),
		chromedp.Navigate(base+"/dashboard"),
		chromedp.WaitVisible(chromedp.CSS("svg[role=img]")),
		shot("dashboard"),
	)
	for _, f := range target.Flags.Flags {
		if !strings.Contains(flags, f.Code) || !strings.Contains(flags, f.Why) {
			t.Errorf("claim page: flag %s (%q) not shown in %q", f.Code, f.Why, flags)
		}
	}
	// A pended claim's lines hold OA-133, described from the X12 code lists when the shared
	// data is there.
	if codes, ok, err := x12codes.LoadShared(); err != nil {
		t.Fatal(err)
	} else if ok && !strings.Contains(lines, "OA-133") || ok && !strings.Contains(lines, codes.CARC("133")) {
		t.Errorf("claim page lines: no OA-133 with its description %q in %q", codes.CARC("133"), lines)
	}
	if !strings.Contains(flash, "approved") || !strings.HasPrefix(strings.TrimSpace(resolution), "approved") {
		t.Fatalf("after approve: flash %q, resolution %q", flash, resolution)
	}

	// On chain: credited exactly the held cents, once, by alice's key.
	if got := withdrawable() - before; got != held {
		t.Errorf("the provider's withdrawable balance grew by %d cents, want exactly the held %d", got, held)
	}
	ledger, err := settlement.Ledger(ctx, cfg.FromBlock)
	if err != nil {
		t.Fatal(err)
	}
	var resolved []chain.ClaimResolvedEvent
	for _, ev := range ledger.Resolved {
		if ev.ClaimKey == target.ClaimKey {
			resolved = append(resolved, ev)
		}
	}
	if len(resolved) != 1 || !resolved[0].Approved || resolved[0].Cents != held || resolved[0].Analyst != alice {
		t.Fatalf("ClaimResolved events of the claim: %+v, want one approval of %d cents by %s", resolved, held, alice.Hex())
	}
	if resolved[0].NoteHash != service.NoteHash("case 12: records requested and received; services confirmed") {
		t.Error("the note hash on chain is not keccak256 of the note")
	}

	// A second approval fails: the console offers none, and the review refuses one.
	var decideForms int
	var trace, traceMatch string
	run("claim page after approval, and its rule trace",
		chromedp.Navigate(base+"/claims/"+pos),
		chromedp.WaitVisible(chromedp.CSS("#resolved-tx")),
		into(chromedp.Evaluate[int](`document.querySelectorAll("#approve").length`), &decideForms),
		chromedp.Click(chromedp.CSS("#trace-link")),
		chromedp.WaitVisible(chromedp.CSS("#trace-match")),
		into(chromedp.Text(chromedp.CSS("#trace-match")), &traceMatch),
		into(chromedp.Text(chromedp.CSS("main")), &trace),
		shot("trace"),
	)
	// The trace replays the settled decision, and names the rules that held the claim.
	if !strings.Contains(traceMatch, "byte for byte the published record") || !strings.Contains(trace, "Line 1") {
		t.Errorf("rule trace: %q\n%s", traceMatch, trace)
	}
	if decideForms != 0 {
		t.Error("the claim page offers approval of an approved claim")
	}
	again, err := service.OpenReview(ctx, cfg, service.ReviewOptions{Signer: st.Chain.Transactor(devstack.FraudAnalystKey), Backend: st.Chain.Client(), Logger: quietLog})
	if err != nil {
		t.Fatal(err)
	}
	it, ok, err := again.At(ctx, target.Decided.Source)
	if err != nil || !ok {
		t.Fatalf("review at %s: %v %v", pos, ok, err)
	}
	var ref *service.Refusal
	if _, err := again.Resolve(ctx, it, true, "again"); !errors.As(err, &ref) || !strings.Contains(ref.Reason, "already approved") {
		t.Errorf("second approval: %v, want refused as already approved", err)
	}
	again.Close()
	if got := withdrawable() - before; got != held {
		t.Errorf("after the second approval the balance grew by %d cents in all, want %d", got, held)
	}

	// Some lines of another claim: check one and approve it; the provider is credited that
	// line's held cents, and the hash on chain is of the note prefixed with the line.
	part, line, nLines := pickPartial(t, ctx, cfg, st)
	partPos := fmt.Sprintf("%d-%d", part.Decided.Source.Partition, part.Decided.Source.Offset)
	partKey := st.Keyer.Provider(part.Decided.Decision.BillingNPI)
	partBefore, err := settlement.BalanceOf(ctx, partKey)
	if err != nil {
		t.Fatal(err)
	}
	var partFlash string
	run("approve some lines",
		chromedp.Navigate(base+"/claims/"+partPos),
		chromedp.WaitVisible(chromedp.CSS("#some-lines")),
		chromedp.Click(chromedp.CSS(fmt.Sprintf("#line-%d", line.Line))),
		chromedp.SendKeys(chromedp.CSS("#note"), "case 14: one line supported"),
		chromedp.Click(chromedp.CSS("#approve-lines")),
		chromedp.WaitVisible(chromedp.CSS("#flash")),
		into(chromedp.Text(chromedp.CSS("#flash")), &partFlash),
	)
	if !strings.Contains(partFlash, fmt.Sprintf("approved lines %d (the others denied)", line.Line)) {
		t.Errorf("approve some lines: flash %q", partFlash)
	}
	partAfter, err := settlement.BalanceOf(ctx, partKey)
	if err != nil {
		t.Fatal(err)
	}
	if got := partAfter.Withdrawable - partBefore.Withdrawable; got != line.Held() {
		t.Errorf("approving line %d: the provider was credited %d cents, want the line's %d (the claim held %d)",
			line.Line, got, line.Held(), part.Decided.Decision.HeldCents)
	}
	if ledger, err = settlement.Ledger(ctx, cfg.FromBlock); err != nil {
		t.Fatal(err)
	}
	wantNote := service.NoteHash(service.LinesNote([]int{line.Line}, nLines, "case 14: one line supported"))
	if !slices.ContainsFunc(ledger.Resolved, func(ev chain.ClaimResolvedEvent) bool {
		return ev.ClaimKey == part.ClaimKey && ev.Approved && ev.Cents == line.Held() && ev.NoteHash == wantNote && ev.Analyst == alice
	}) {
		t.Errorf("no ClaimResolved of %d cents by alice with the hash of the lines note", line.Held())
	}

	// Several claims decided together: select two in the queue, deny them with one note.
	var picked []string
	var bulkFlash string
	run("deny two together",
		chromedp.Navigate(base+"/queue"),
		chromedp.WaitVisible(chromedp.CSS("#queue")),
		into(chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll("#queue tbody input[name=claim]")).slice(0, 2).map(c => { c.checked = true; return c.value })`), &picked),
		chromedp.SendKeys(chromedp.CSS("#bulk-note"), "case 13: no records received"),
		chromedp.Click(chromedp.CSS(`button[name=action][value=deny]`)),
		chromedp.WaitVisible(chromedp.CSS("#flash")),
		into(chromedp.Text(chromedp.CSS("#flash")), &bulkFlash),
	)
	if len(picked) != 2 || strings.Count(bulkFlash, "denied: nothing credited") != 2 {
		t.Fatalf("deny two together: picked %v, flash %q", picked, bulkFlash)
	}
	if ledger, err = settlement.Ledger(ctx, cfg.FromBlock); err != nil {
		t.Fatal(err)
	}
	denials := 0
	for _, ev := range ledger.Resolved {
		if ev.Analyst == alice && !ev.Approved && ev.NoteHash == service.NoteHash("case 13: no records received") {
			denials++
		}
	}
	if denials != 2 {
		t.Errorf("denials by alice with the one note on chain: %d, want 2", denials)
	}

	// Every look at the claim's page is on the audit trail, by alice, for review: the flusher
	// puts them on the AccessLog.
	c, err := service.OpenChain(ctx, cfg, "", st.Chain.Client())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	var looks []service.Look
	waitFor(t, 30*time.Second, func() bool {
		all, err := service.ClaimLooks(ctx, cfg, c, target.ClaimKey)
		if err != nil {
			t.Fatal(err)
		}
		looks = looks[:0]
		for _, l := range all {
			if l.Viewer == adjudicator.AccountViewer(alice) && l.Purpose == adjudicator.PurposeReview && l.Recorded {
				looks = append(looks, l)
			}
		}
		return len(looks) >= 4
	})
	if len(looks) != 4 {
		// The claim page was shown three times (before the approval, after its redirect, and
		// after) and its rule trace once.
		t.Errorf("recorded looks by alice: %d, want 4 (%+v)", len(looks), looks)
	}

	// How long pages take on this stack (the sample's 1138 claims): logged, not asserted. A
	// cold page opens the review (the chain's events and the whole decisions topic); a warm one
	// reuses it for Options.CacheFor.
	{
		jar, _ := cookiejar.New(nil)
		client := &http.Client{Jar: jar, Timeout: 60 * time.Second}
		resp, err := client.PostForm(base+"/login", url.Values{"name": {"alice"}, "password": {password}})
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		timed := func(what, path string) {
			start := time.Now()
			resp, err := client.Get(base + path)
			if err != nil {
				t.Fatal(err)
			}
			body := readAll(t, resp)
			t.Logf("%s: %d, %d bytes in %s", what, resp.StatusCode, len(body), time.Since(start).Round(time.Millisecond))
		}
		con.Server.Close() // drops the cached review
		timed("queue, cold", "/queue")
		timed("queue, warm", "/queue?signal="+signal)
		timed("claim page, warm", "/claims/"+pos)
		timed("dashboard, warm", "/dashboard")
		timed("rule trace (policy bundle loaded already)", "/claims/"+pos+"/trace")
	}

	t.Run("recorder down: 503, nothing shown", func(t *testing.T) {
		rec, err := accesslog.Dial(cfg.Brokers, cfg.AccessTopic)
		if err != nil {
			t.Fatal(err)
		}
		_ = rec.Close() // a recorder that cannot record
		down, err := console.Open(ctx, cfg, console.Deps{Backend: st.Chain.Client(), Access: rec, Logger: quietLog})
		if err != nil {
			t.Fatal(err)
		}
		defer down.Close()
		srv := &http.Server{Handler: down.Handler(), ReadHeaderTimeout: 5 * time.Second}
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		go func() { _ = srv.Serve(l) }()
		defer srv.Close()
		jar, _ := cookiejar.New(nil)
		client := &http.Client{Jar: jar, Timeout: 30 * time.Second}
		downBase := "http://" + l.Addr().String() + console.Prefix
		resp, err := client.PostForm(downBase+"/login", url.Values{"name": {"alice"}, "password": {password}})
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		resp, err = client.Get(downBase + "/claims/" + pos)
		if err != nil {
			t.Fatal(err)
		}
		body := readAll(t, resp)
		if resp.StatusCode != http.StatusServiceUnavailable || strings.Contains(body, target.Decided.Decision.ClaimID) ||
			strings.Contains(body, target.Flags.Flags[0].Why) {
			t.Errorf("claim page with the recorder down: %d, want 503 without the claim's details:\n%s", resp.StatusCode, body)
		}
	})

	// Removing alice revokes her role and retires her keystore: her password no longer logs in.
	var removed analystRemoved
	if err := json.Unmarshal([]byte(mustRun(t, "analyst", "remove", "--config", cfgPath, "--name", "alice", "--json")), &removed); err != nil ||
		removed.Address != alice.Hex() || removed.Tx == "" {
		t.Fatalf("analyst remove --json: %v %+v", err, removed)
	}
	if has, err := settlement.HasRole(ctx, chain.FraudAnalystRole, alice); err != nil || has {
		t.Errorf("after analyst remove, alice holds FRAUD_ANALYST_ROLE: %v %v", has, err)
	}
	if _, err := os.Stat(removed.Retired); err != nil {
		t.Errorf("retired keystore: %v", err)
	}
	if out := strings.TrimSpace(mustRun(t, "analyst", "list", "--config", cfgPath, "--json")); out != "[]" {
		t.Errorf("analyst list after remove: %s, want []", out)
	}
	jar, _ := cookiejar.New(nil)
	client := &http.Client{Jar: jar, Timeout: 30 * time.Second}
	resp, err := client.PostForm(base+"/login", url.Values{"name": {"alice"}, "password": {password}})
	if err != nil {
		t.Fatal(err)
	}
	if body := readAll(t, resp); !strings.Contains(body, "login-error") || resp.Request.URL.Path != console.Prefix+"/login" {
		t.Errorf("alice's login after remove: at %s, want refused on the login page:\n%s", resp.Request.URL, tail(body, 600))
	}
	if _, err := runClaims(t, "analyst", "remove", "--config", cfgPath, "--name", "alice"); err == nil {
		t.Error("removing alice twice: accepted")
	}
}

// pickFlagged is a pended, resolvable claim with fraud flags and cents held, one of its
// signals, and how many open claims that signal flags.
func pickFlagged(t *testing.T, ctx context.Context, cfg config.Config, st *devstack.Stack) (service.ReviewItem, string, int) {
	t.Helper()
	start := time.Now()
	r, err := service.OpenReview(ctx, cfg, service.ReviewOptions{Backend: st.Chain.Client(), Logger: quietLog})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	t.Logf("OpenReview: %s", time.Since(start).Round(time.Millisecond))
	queue, err := r.Queue(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range queue {
		if it.Flags == nil || len(it.Flags.Flags) == 0 || it.Decided.Decision.HeldCents <= 0 || !it.Resolvable(r.Now()) {
			continue
		}
		signal := it.Flags.Flags[0].Code
		kept, err := service.QueueFilter{Signals: []string{signal}}.Apply(queue, r.Now())
		if err != nil {
			t.Fatal(err)
		}
		return it, signal, len(kept)
	}
	t.Fatalf("no resolvable pended claim with flags and cents held among the sample's %d", len(queue))
	return service.ReviewItem{}, "", 0
}

// pickPartial finds a resolvable pended claim with two or more lines holding cents, and returns
// it, its first such line and how many lines it has.
func pickPartial(t *testing.T, ctx context.Context, cfg config.Config, st *devstack.Stack) (service.ReviewItem, adjudicator.LineDecision, int) {
	t.Helper()
	r, err := service.OpenReview(ctx, cfg, service.ReviewOptions{Backend: st.Chain.Client(), Logger: quietLog})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	queue, err := r.Queue(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range queue {
		var holding []adjudicator.LineDecision
		for _, l := range it.Decided.Decision.Lines {
			if l.Held() > 0 {
				holding = append(holding, l)
			}
		}
		if len(holding) >= 2 && it.Resolvable(r.Now()) {
			return it, holding[0], len(it.Decided.Decision.Lines)
		}
	}
	t.Fatalf("no resolvable pended claim with two lines holding cents among the sample's %d", len(queue))
	return service.ReviewItem{}, adjudicator.LineDecision{}, 0
}

// into runs a, keeping its value in p.
func into[T any](a chromedp.Action[T], p *T) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		v, err := a(ctx, tg)
		*p = v
		return err
	})
}

func readAll(t *testing.T, resp *http.Response) string {
	t.Helper()
	defer resp.Body.Close()
	var b strings.Builder
	buf := make([]byte, 32<<10)
	for {
		n, err := resp.Body.Read(buf)
		b.Write(buf[:n])
		if err != nil {
			break
		}
	}
	return b.String()
}
