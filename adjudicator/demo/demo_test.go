package demo_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/redis/go-redis/v9"

	"github.com/claimsledger/claims/adjudicator/demo"
	"github.com/claimsledger/claims/adjudicator/devstack"
	"github.com/claimsledger/claims/adjudicator/intake"
	"github.com/claimsledger/claims/adjudicator/privacy"
	"github.com/claimsledger/claims/adjudicator/sample"
)

// TestDemoReconcilesAndKeepsHealthDataOffChain runs the whole embedded
// pipeline on the bundled sample, then looks at every byte written to the
// chain, every Redis key and every input message for identifiers that must
// never appear there.
func TestDemoReconcilesAndKeepsHealthDataOffChain(t *testing.T) {
	claims, err := sample.Claims()
	if err != nil {
		t.Fatal(err)
	}
	// Identifiers that must not leak: member ids, claim ids, procedure and
	// diagnosis codes (long enough not to occur by chance in binary data).
	var secrets [][]byte
	seen := map[string]bool{}
	for _, c := range claims {
		for _, s := range append([]string{c.MemberID, c.ClaimID}, c.Diagnoses...) {
			if len(s) >= 5 && !seen[s] {
				seen[s] = true
				secrets = append(secrets, []byte(s))
			}
		}
		for _, l := range c.Lines {
			if len(l.Code) == 5 && !seen[l.Code] {
				seen[l.Code] = true
				secrets = append(secrets, []byte(l.Code))
			}
		}
	}
	leak := func(where string, b []byte) error {
		for _, s := range secrets {
			if bytes.Contains(b, s) {
				return fmt.Errorf("%s contains %q", where, s)
			}
		}
		return nil
	}

	inspect := func(ctx context.Context, st *devstack.Stack) error {
		// Chain: every transaction's calldata and every log.
		client := st.Chain.Client()
		head, err := client.BlockNumber(ctx)
		if err != nil {
			return err
		}
		txs := 0
		for n := uint64(0); n <= head; n++ {
			blk, err := client.BlockByNumber(ctx, new(big.Int).SetUint64(n))
			if err != nil {
				return err
			}
			for _, tx := range blk.Transactions() {
				txs++
				if err := leak(fmt.Sprintf("tx %s calldata", tx.Hash()), tx.Data()); err != nil {
					return err
				}
			}
		}
		logs, err := client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), ToBlock: new(big.Int).SetUint64(head)})
		if err != nil {
			return err
		}
		for _, l := range logs {
			if err := leak("log data", l.Data); err != nil {
				return err
			}
		}
		if txs == 0 || len(logs) == 0 {
			return fmt.Errorf("nothing on chain to inspect (%d txs, %d logs)", txs, len(logs))
		}
		// Redis: every key is the prefix and a keyed hash.
		rdb := redis.NewClient(&redis.Options{Addr: st.Redis.Addr})
		defer rdb.Close()
		keys, err := rdb.Keys(ctx, "*").Result()
		if err != nil {
			return err
		}
		if len(keys) == 0 {
			return fmt.Errorf("no eligibility was cached")
		}
		for _, k := range keys {
			// The structure check below is the leak check for keys: a key
			// is a fixed prefix and 64 hex digits, nothing else. (Searching
			// the hex for 6-digit claim ids would match by chance.)
			if k == "claims:hist:v1:recorded" || k == "claims:tally:v1:recorded" {
				// The history and provider counter watermarks: one field per partition, an offset each.
				m, err := rdb.HGetAll(ctx, k).Result()
				if err != nil {
					return err
				}
				for f, v := range m {
					if _, err := strconv.Atoi(f); err != nil {
						return fmt.Errorf("history watermark field %q is not a partition", f)
					}
					if _, err := strconv.ParseInt(v, 10, 64); err != nil {
						return fmt.Errorf("history watermark %q is not an offset", v)
					}
				}
				continue
			}
			prefix := ""
			for _, p := range []string{"claims:elig:v1:", "claims:hist:v1:", "claims:tally:v1:"} {
				if strings.HasPrefix(k, p) && len(k) == len(p)+64 {
					prefix = p
				}
			}
			if prefix == "" {
				return fmt.Errorf("redis key %q is not a known prefix + hex keyed hash", k)
			}
			if prefix == "claims:tally:v1:" {
				// Provider counters: "partition:offset" -> "claims,minutes", numbers only.
				m, err := rdb.HGetAll(ctx, k).Result()
				if err != nil {
					return err
				}
				for f, v := range m {
					if !tallyField.MatchString(f) || !tallyValue.MatchString(v) {
						return fmt.Errorf("provider counter field %q = %q is not partition:offset = claims,minutes", f, v)
					}
				}
				continue
			}
			if prefix == "claims:hist:v1:" {
				// History values hold codes and dates: sealed at rest.
				vals, err := rdb.HVals(ctx, k).Result()
				if err != nil {
					return err
				}
				for _, v := range vals {
					if err := leak("history value", []byte(v)); err != nil {
						return err
					}
				}
			}
		}
		// Kafka: input payloads are sealed, so no plaintext claim field.
		recs, err := intake.ReadAll(ctx, st.Config.Brokers, st.Config.InputTopic)
		if err != nil {
			return err
		}
		for _, r := range recs {
			if bytes.Contains(r.Value, []byte("member_id")) {
				return fmt.Errorf("input message %d/%d is not sealed", r.Partition, r.Offset)
			}
		}
		// Decisions: the record, its history entry and its fraud flags (when any fired) are
		// sealed; the other headers are positions only.
		decs, err := intake.ReadAll(ctx, st.Config.Brokers, st.Config.DecisionsTopic)
		if err != nil {
			return err
		}
		flagged := 0
		for _, r := range decs {
			if !privacy.IsSealed(r.Value) || !privacy.IsSealed([]byte(r.Headers[intake.HeaderHistory])) {
				return fmt.Errorf("decision message %d/%d is not sealed", r.Partition, r.Offset)
			}
			if f, ok := r.Headers[intake.HeaderFlags]; ok {
				flagged++
				if !privacy.IsSealed([]byte(f)) {
					return fmt.Errorf("decision message %d/%d: its fraud flags are not sealed", r.Partition, r.Offset)
				}
			}
			for k, v := range r.Headers {
				if k == intake.HeaderHistory || k == intake.HeaderFlags {
					continue
				}
				if _, err := strconv.ParseInt(v, 10, 64); err != nil {
					return fmt.Errorf("decision message %d/%d: header %s is not a number", r.Partition, r.Offset, k)
				}
			}
		}
		// The sample's flagged claims (75 at the bundle's threshold) carry their flags beside
		// the record, not in it.
		if flagged == 0 {
			return errors.New("no decision message carries fraud flags")
		}
		if len(decs) < len(recs) {
			return fmt.Errorf("%d decision messages for %d claims", len(decs), len(recs))
		}
		t.Logf("inspected %d blocks, %d transactions, %d logs, %d redis keys, %d input messages, %d decision messages", head+1, txs, len(logs), len(keys), len(recs), len(decs))
		return nil
	}

	sum, err := demo.Run(context.Background(), demo.Options{Inspect: inspect})
	if err != nil {
		t.Fatal(err)
	}
	if err := sum.Reconciled(); err != nil {
		t.Fatal(err)
	}
	if sum.ClaimsIn != 1138 || sum.PaidOnchainCents == 0 || sum.GasPerClaim == 0 {
		t.Fatalf("summary %+v", sum)
	}
	t.Logf("outcomes approve %d partial %d deny %d pend %d; paid %d cents; gas/claim %d; %.0f claims/s",
		sum.Approved, sum.Partial, sum.Denied, sum.Pended, sum.PaidTotalCents, sum.GasPerClaim, sum.ClaimsPerSec)
}

var (
	tallyField = regexp.MustCompile(`^[0-9]+:[0-9]+$`)
	tallyValue = regexp.MustCompile(`^-?[0-9]+,-?[0-9]+$`)
)
