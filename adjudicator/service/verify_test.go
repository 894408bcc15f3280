package service_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/service"
)

// offByOne decides like the real rules but pays one cent more on paid claims: a replay under
// it must not reproduce the published records.
type offByOne struct{ adjudicator.Rules }

func (r offByOne) Decide(ctx context.Context, c *adjudicator.Claim, f adjudicator.Facts) (adjudicator.Decision, error) {
	d, err := r.Rules.Decide(ctx, c, f)
	if err == nil && d.PaidCents > 0 {
		d.Lines[0].PaidCents++
		d.Lines[0].AllowedCents++
		d.Lines[0].ChargeCents++
		d.PaidCents++
	}
	return d, err
}

// TestVerifyProvesReplaysAndCatchesTampering settles part of the sample through the engine,
// then checks that verify proves and replays every claim, that an exported record verifies
// from the chain alone, and that a record changed by one cent, a replay under other rules,
// or a config for another deployment each fail.
func TestVerifyProvesReplaysAndCatchesTampering(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	st, rules, claims := startStack(t, ctx, 2, 150)
	runEngine(t, ctx, st, rules, claims)
	backend := st.Chain.Client()

	dir := t.TempDir()
	rep, err := service.Verify(ctx, st.Config, service.VerifyOptions{All: true, Backend: backend, Rules: rules, Logger: log})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Checked != len(claims) || rep.Verified != rep.Checked || !rep.OK() {
		t.Fatalf("verify --all: %+v; want %d checked and verified", rep, len(claims))
	}

	// A paid claim and a pended one, exported and verified from the chain alone.
	var ids []string
	for _, c := range claims[:40] {
		ids = append(ids, c.ClaimID)
	}
	// Exporting is a look at each claim exported: recorded first, or nothing is written.
	auditor := adjudicator.AccountViewer([20]byte{0: 0xa0, 19: 1})
	down := &memLooks{fail: true}
	if _, err := service.Verify(ctx, st.Config, service.VerifyOptions{ClaimIDs: ids, ExportDir: dir, Access: down, Viewer: auditor,
		Backend: backend, Rules: rules, Logger: log, NoReplay: true}); err == nil || !strings.Contains(err.Error(), "nothing written") {
		t.Fatalf("export with the recorder down: %v, want refused", err)
	}
	if files, _ := os.ReadDir(dir); len(files) != 0 {
		t.Fatalf("export with the recorder down wrote %d files", len(files))
	}
	if _, err := service.Verify(ctx, st.Config, service.VerifyOptions{ClaimIDs: ids, ExportDir: dir, Backend: backend, Rules: rules, Logger: log}); err == nil {
		t.Fatal("export without a recorder ran")
	}
	looks := &memLooks{}
	rep, err = service.Verify(ctx, st.Config, service.VerifyOptions{ClaimIDs: append(ids, "NO-SUCH-CLAIM"), ExportDir: dir, Access: looks, Viewer: auditor,
		Backend: backend, Rules: rules, Logger: log})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Verified != 40 || len(rep.Failed) != 1 || rep.Failed[0].Partition != -1 {
		t.Fatalf("verify of 40 claims and an unknown one: %+v", rep)
	}
	if len(looks.looks) != 40 {
		t.Fatalf("export of 40 claims recorded %d looks", len(looks.looks))
	}
	for i, a := range looks.looks {
		if a.ClaimKey != st.Keyer.Claim(ids[i]) || a.Viewer != auditor || a.ViewerKind != adjudicator.ViewerAccount || a.Purpose != adjudicator.PurposeAudit {
			t.Fatalf("look %d = %+v, want the auditor's audit look at claim %d", i, a, i)
		}
	}
	file := filepath.Join(dir, ids[0]+".json")
	if info, err := os.Stat(file); err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("export %s: %v, mode %v; want a 0600 file", file, err, info.Mode())
	}
	rep, err = service.VerifyRecordFile(ctx, st.Config, file, backend)
	if err != nil || !rep.OK() {
		t.Fatalf("exported record: %+v, %v; want it verified", rep, err)
	}

	raw, _ := os.ReadFile(file)
	cases := map[string]func([]byte) []byte{
		"an amount one cent off": func(b []byte) []byte {
			m := regexp.MustCompile(`"charge_cents":(\d+)`).FindSubmatchIndex(b)
			n, _ := strconv.ParseInt(string(b[m[2]:m[3]]), 10, 64)
			return slices.Concat(b[:m[2]], []byte(strconv.FormatInt(n+1, 10)), b[m[3]:])
		},
		"a sibling changed": func(b []byte) []byte {
			i := bytes.Index(b, []byte(`"siblings": [`))
			j := bytes.Index(b[i:], []byte(`"0x`)) + i + 3
			out := bytes.Clone(b)
			if out[j] == '0' {
				out[j] = '1'
			} else {
				out[j] = '0'
			}
			return out
		},
	}
	for name, change := range cases {
		bad := change(raw)
		if bytes.Equal(bad, raw) {
			t.Fatalf("%s: the test did not change the file", name)
		}
		p := filepath.Join(dir, "bad.json")
		if err := os.WriteFile(p, bad, 0o600); err != nil {
			t.Fatal(err)
		}
		rep, err := service.VerifyRecordFile(ctx, st.Config, p, backend)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if rep.OK() || len(rep.Failed) != 1 {
			t.Fatalf("%s: %+v; want it to fail", name, rep)
		}
	}

	// Replaying under rules that decide differently fails every paid claim.
	rep, err = service.Verify(ctx, st.Config, service.VerifyOptions{ClaimIDs: ids, Backend: backend, Rules: offByOne{rules}, Logger: log})
	if err != nil {
		t.Fatal(err)
	}
	if rep.OK() || !strings.Contains(strings.Join(rep.Failed[0].Reasons, "; "), "replay") {
		t.Fatalf("replay under other rules: %+v; want replay failures", rep)
	}

	// Another deployment's HMAC secret recomputes other leaves: nothing verifies.
	other := st.Config
	other.HMACSecret = bytes.Repeat([]byte{7}, 32)
	rep, err = service.Verify(ctx, other, service.VerifyOptions{ClaimIDs: ids[:1], Backend: backend, Rules: rules, Logger: log})
	if err != nil {
		t.Fatal(err)
	}
	if rep.OK() {
		t.Fatalf("verify with another secret: %+v; want a failure", rep)
	}
}

// memLooks records looks in memory; fail makes Record fail.
type memLooks struct {
	looks []adjudicator.Access
	fail  bool
}

func (m *memLooks) Record(_ context.Context, looks ...adjudicator.Access) error {
	if m.fail {
		return errors.New("access topic unavailable")
	}
	m.looks = append(m.looks, looks...)
	return nil
}
