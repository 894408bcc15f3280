package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"

	"github.com/claimsledger/claims/adjudicator"
)

// chaosHook reads CLAIMS_CHAOS_KILL=STAGE:N (e.g. "settled:2") and returns
// a stage hook that SIGKILLs this process the Nth time a batch reaches that
// stage. It is fault injection for the exactly-once tests, in the spirit of
// etcd's gofail: a real kill -9 at an exact point, not a simulated one.
func chaosHook(spec string) (func(adjudicator.Stage, adjudicator.BatchRef), error) {
	if spec == "" {
		return nil, nil
	}
	stage, nth, ok := strings.Cut(spec, ":")
	n, err := strconv.Atoi(nth)
	valid := map[string]bool{string(adjudicator.StageDecided): true, string(adjudicator.StageSettled): true,
		string(adjudicator.StagePublished): true, string(adjudicator.StageCommitted): true}
	if !ok || err != nil || n < 1 || !valid[stage] {
		return nil, fmt.Errorf("CLAIMS_CHAOS_KILL=%q: want STAGE:N with STAGE one of decided, settled, published, committed and N >= 1", spec)
	}
	var seen atomic.Int64
	return func(s adjudicator.Stage, b adjudicator.BatchRef) {
		if string(s) != stage || seen.Add(1) != int64(n) {
			return
		}
		fmt.Fprintf(os.Stderr, "CLAIMS_CHAOS_KILL: killing this process at stage %s of batch %d [%d,%d)\n", s, b.Partition, b.From, b.To)
		_ = syscall.Kill(os.Getpid(), syscall.SIGKILL)
		select {}
	}, nil
}
