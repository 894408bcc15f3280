package service_test

import (
	"context"
	"io"
	"log/slog"
	"testing"
	"time"

	"github.com/claimsledger/claims/adjudicator/demo"
	"github.com/claimsledger/claims/adjudicator/service"
)

// TestVerifyReplaysProviderDays: claims verify re-decides a planted impossible day (its flags
// in the records' digests) from the input topic with the provider's counters recounted per
// partition, and every record replays byte for byte; sample claims share the partitions.
func TestVerifyReplaysProviderDays(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	st, rules, claims := startStack(t, ctx, 2, 30)
	day := demo.ImpossibleDay("PLANTED-M1", "1234567893", "2017-06-14", "PD")
	all := append(append(claims, day.Setup...), day.Planted...)
	runEngine(t, ctx, st, rules, all)
	rep, err := service.Verify(ctx, st.Config, service.VerifyOptions{All: true, Backend: st.Chain.Client(), Rules: rules,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Checked != len(all) || rep.Verified != rep.Checked || !rep.OK() {
		t.Fatalf("verify --all: %+v; want %d checked and verified", rep, len(all))
	}
}
