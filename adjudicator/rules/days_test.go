package rules

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/privacy"
	"github.com/claimsledger/claims/adjudicator/testkit"
)

func TestTypicalMinutesFromTheBundle(t *testing.T) {
	e := newEvaluator(t)
	for code, want := range map[string]int64{"99214": 30, "99213": 20, "90837": 60, "97110": 15, "97153": 15, "36415": 0, "": 0} {
		if got := e.TypicalMinutes(code); got != want {
			t.Errorf("TypicalMinutes(%q) = %d, want %d", code, got, want)
		}
	}
	// The table decides claims, so it is in the policy hash.
	other := newEvaluator(t, WithFS(bundleWith(t, map[string]string{
		"reference/minutes/data.json": `{"codes": {"99214": 25}}`,
	})))
	if other.PolicyHash() == e.PolicyHash() {
		t.Error("another minutes table gives the same policy hash")
	}
	if other.TypicalMinutes("99214") != 25 || other.TypicalMinutes("99213") != 0 {
		t.Errorf("the bundle's own table is not the one read: 99214 %d, 99213 %d", other.TypicalMinutes("99214"), other.TypicalMinutes("99213"))
	}
	for _, bad := range []string{`{"codes": {"99214": -1}}`, `{"codes": {"99214": 2.5}}`, `{"codes": []}`} {
		_, err := New(context.Background(), WithFS(bundleWith(t, map[string]string{"reference/minutes/data.json": bad})))
		if err == nil || !strings.Contains(err.Error(), "reference/minutes") {
			t.Errorf("table %s: %v; want refused", bad, err)
		}
	}
}

// The figures reach Rego: this claim's minutes from the table (units
// multiply), the earlier ones from Facts.Provider.
func TestImpossibleDayFromFacts(t *testing.T) {
	e := newEvaluator(t)
	c := prof("2017-02-01", line(1, "97110", 4, 12000), line(2, "36415", 1, 1000))
	f := met(medicare)
	f.Provider = adjudicator.ProviderFacts{Days: map[string]adjudicator.Tally{"2017-02-01": {Claims: 23, Minutes: 1400}}}
	d, err := e.Decide(context.Background(), c, f)
	if err != nil {
		t.Fatal(err)
	}
	want := "provider 1234567890 has billed 1,460 typical minutes (24.3 h) on 2017-02-01 in this and 23 earlier claims of this partition, more than 24 hours"
	if len(d.Flags) != 1 || d.Flags[0].Code != "IMPOSSIBLE_DAY" || d.Flags[0].Score != 60 || d.Flags[0].Why != want {
		t.Fatalf("flags %+v; want IMPOSSIBLE_DAY: %s", d.Flags, want)
	}
	f.Provider.Days["2017-02-01"] = adjudicator.Tally{Claims: 23, Minutes: 1380}
	if d, _ := e.Decide(context.Background(), c, f); len(d.Flags) != 0 {
		t.Fatalf("1440 minutes flagged: %+v", d.Flags)
	}
}

// dayClaim is one claim of 60 typical minutes (97110, 4 units) on
// 2017-03-01 by the same billing provider.
func dayClaim(id, member string) []byte {
	c := adjudicator.Claim{
		Schema: adjudicator.ClaimSchemaV1, ClaimID: id, ClaimType: adjudicator.Professional,
		MemberID: member, BillingNPI: "1234567893", PlaceOfService: "11",
		ServiceFrom: "2017-03-01", ServiceTo: "2017-03-01", Diagnoses: []string{"M545"},
		Lines: []adjudicator.Line{{Number: 1, Code: "97110", Units: 4, ChargeCents: 12000}},
	}
	b, _ := json.Marshal(c)
	return b
}

// TestImpossibleDayThroughTheEngine runs the engine with the real rules over
// one provider's day: 25 claims of 60 typical minutes on partition 0, so the
// 25th (1,500 minutes) is the first over 24 hours, all in one intake hour
// (provider velocity from 20 earlier claims, lowered for the test), and 30
// more of the same day on partition 1, which partition 0 must not count.
// The first life crashes after settling a batch it could not publish; both
// stores are then lost, and the second life rebuilds them from the decisions
// topic and replays the settled batch: every replay must reproduce its
// settled root, and the flags must be those the day's figures give.
func TestImpossibleDayThroughTheEngine(t *testing.T) {
	ctx := context.Background()
	// The bundle's fraud settings, with provider velocity lowered to 20 earlier claims.
	base := bundleWith(t, nil)
	var settings map[string]any
	if err := json.Unmarshal(base["fraud/data.json"].Data, &settings); err != nil {
		t.Fatal(err)
	}
	settings["signals"].(map[string]any)["VELOCITY_PROVIDER"].(map[string]any)["min_prior_claims"] = 20
	b, err := json.Marshal(settings)
	if err != nil {
		t.Fatal(err)
	}
	fraud := string(b)
	r, err := New(ctx, WithFS(bundleWith(t, map[string]string{"fraud/data.json": fraud})))
	if err != nil {
		t.Fatal(err)
	}
	k, err := privacy.NewKeyer(bytes.Repeat([]byte{7}, privacy.MinSecretLen))
	if err != nil {
		t.Fatal(err)
	}
	log, elig, settler, pub := testkit.NewLog(2), testkit.Eligibility{}, testkit.NewSettler(), &testkit.Publisher{}
	at := time.Date(2026, 12, 1, 23, 5, 0, 0, time.UTC)
	for p, n := range map[int32]int{0: 25, 1: 30} {
		for i := range n {
			member := fmt.Sprintf("M%d-%d", p, i)
			elig[k.Member(member)] = []adjudicator.Span{{PlanID: "medicare", Start: "2017-01-01", End: "2017-12-31"}}
			log.AppendAt(p, []byte(member), dayClaim(fmt.Sprintf("C%d-%d", p, i), member), at.Add(time.Duration(i)*time.Second))
		}
	}
	hist, tallies := &adjudicator.MemoryHistory{}, &adjudicator.MemoryTallies{}
	var reports []adjudicator.BatchReport
	var mu sync.Mutex
	opts := func(extra ...adjudicator.Option) []adjudicator.Option {
		return append([]adjudicator.Option{
			adjudicator.WithBatchSize(8), adjudicator.WithLinger(5 * time.Millisecond),
			adjudicator.WithRetryBackoff(time.Millisecond), adjudicator.WithDrainTimeout(50 * time.Millisecond),
			adjudicator.WithLogger(slog.New(slog.NewTextHandler(io.Discard, nil))),
			adjudicator.WithHistory(hist), adjudicator.WithTallies(tallies),
			adjudicator.WithBatchObserver(func(b adjudicator.BatchReport) {
				mu.Lock()
				reports = append(reports, b)
				mu.Unlock()
			}),
		}, extra...)
	}

	// First life: its second publication fails until it is killed, so a settled batch is left
	// unpublished (and its history and tallies recorded).
	var published atomic.Int32
	pub.Fail = func() error {
		if published.Add(1) >= 2 {
			return errors.New("broker unreachable")
		}
		return nil
	}
	e1, err := adjudicator.New(log, elig, r, settler, pub, k, opts()...)
	if err != nil {
		t.Fatal(err)
	}
	runCtx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- e1.Run(runCtx) }()
	for published.Load() < 3 {
		time.Sleep(time.Millisecond)
	}
	cancel()
	<-done
	pub.Fail = nil
	hist.Forget()
	tallies.Forget()

	// Second life: rebuilds both stores from the decisions topic, replays, decides the rest.
	e2, err := adjudicator.New(log, elig, r, settler, pub, k, opts(adjudicator.WithHistoryLog(pub))...)
	if err != nil {
		t.Fatal(err)
	}
	runCtx, cancel = context.WithCancel(ctx)
	go func() { done <- e2.Run(runCtx) }()
	deadline := time.After(30 * time.Second)
	for log.Committed(0) < 25 || log.Committed(1) < 30 {
		select {
		case err := <-done:
			cancel()
			t.Fatalf("engine stopped: %v", err)
		case <-deadline:
			cancel()
			t.Fatal("engine did not catch up")
		case <-time.After(5 * time.Millisecond):
		}
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}

	replays := 0
	mu.Lock()
	defer mu.Unlock()
	for _, rep := range reports {
		if rep.Replayed {
			replays++
			if !rep.RootMatched {
				t.Errorf("replay of %d/[%d,%d) did not reproduce the settled root", rep.Batch.Partition, rep.Batch.From, rep.Batch.To)
			}
		}
	}
	if replays == 0 {
		t.Fatal("setup: no settled batch was replayed")
	}
	// The last publication of each position (a replay republishes).
	flags := map[adjudicator.Position]adjudicator.FlagSet{}
	for _, p := range pub.Decisions {
		var fs adjudicator.FlagSet
		if p.Flags != nil {
			if err := json.Unmarshal(p.Flags, &fs); err != nil {
				t.Fatal(err)
			}
		}
		flags[p.Source] = fs
	}
	if len(flags) != 55 {
		t.Fatalf("%d positions decided, want 55", len(flags))
	}
	for pos, fs := range flags {
		var want []string
		if pos.Offset >= 20 {
			want = append(want, "VELOCITY_PROVIDER")
		}
		if pos.Offset >= 24 {
			want = append([]string{"IMPOSSIBLE_DAY"}, want...)
		}
		var got []string
		for _, f := range fs.Flags {
			got = append(got, f.Code)
		}
		if strings.Join(got, ",") != strings.Join(want, ",") {
			t.Errorf("claim at %d/%d: flags %v, want %v", pos.Partition, pos.Offset, got, want)
		}
	}
	crossing := flags[adjudicator.Position{Partition: 0, Offset: 24}]
	why := "provider 1234567893 has billed 1,500 typical minutes (25 h) on 2017-03-01 in this and 24 earlier claims of this partition, more than 24 hours"
	if len(crossing.Flags) == 0 || crossing.Flags[0].Why != why {
		t.Errorf("the crossing claim's flags %+v; want the sentence %q", crossing.Flags, why)
	}
	velocity := "provider 1234567893 already sent 24 earlier claims of this partition in the hour from 2026-12-01 23:00 UTC, this claim's intake hour (20 or more)"
	if len(crossing.Flags) != 2 || crossing.Flags[1].Why != velocity || crossing.FraudScore != 100 {
		t.Errorf("the crossing claim's flags %+v; want VELOCITY_PROVIDER: %q, score 100", crossing.Flags, velocity)
	}

	// The rebuilt counters are the ones recorded live: the day's and the hour's.
	day := k.ProviderDay("1234567893", "2017-03-01")
	hour := k.ProviderHour("1234567893", "2026-12-01T23")
	for p, n := range map[int32]int64{0: 25, 1: 30} {
		got, err := tallies.Before(ctx, p, 1<<62, []adjudicator.Hash{day, hour})
		if err != nil {
			t.Fatal(err)
		}
		if got[day] != (adjudicator.Tally{Claims: n, Minutes: 60 * n}) || got[hour] != (adjudicator.Tally{Claims: n}) {
			t.Errorf("partition %d: day %+v, hour %+v; want %d claims, %d minutes", p, got[day], got[hour], n, 60*n)
		}
	}
}
