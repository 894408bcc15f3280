package main

import (
	"context"
	"encoding/hex"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/claimsledger/claims/adjudicator/config"
	"github.com/claimsledger/claims/adjudicator/intake"
	"github.com/claimsledger/claims/adjudicator/privacy"
	"github.com/claimsledger/claims/adjudicator/sample"
)

// TestNoHealthDataInLogsOrTopics runs the sample through serve at its default log level, plus
// hand-made bad messages: plain garbage, and a sealed claim that names a diagnosis and a
// clinic in free text but breaks a rule. Then no member id, claim id, diagnosis code,
// procedure code or free text of any of them may appear in serve's output, or in any header or
// unsealed payload of claims.decisions and claims.deadletter.
func TestNoHealthDataInLogsOrTopics(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: builds the binary and runs devnet")
	}
	bin := buildBinary(t)
	cfgPath := devnet(t, bin)
	cfg, err := config.Load(cfgPath, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := submitSample(t, bin, cfgPath)

	// Two bad messages, produced as a careless or hostile client would.
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	keyer, err := privacy.NewKeyer(cfg.HMACSecret)
	if err != nil {
		t.Fatal(err)
	}
	sealer, err := privacy.NewSealer(cfg.PayloadKey)
	if err != nil {
		t.Fatal(err)
	}
	bad := `{"schema":"claims.v1","claim_id":"SECRET-CLAIM-77","claim_type":"professional","member_id":"SECRET-MEMBER-42",` +
		`"billing_npi":"HIV CLINIC PA#1","service_from":"2017-03-01","service_to":"2017-03-01","diagnoses":["F32.9"],` +
		`"lines":[{"line":1,"code":"99213","units":-2,"charge_cents":100}]}`
	mk := keyer.Member("SECRET-MEMBER-42")
	key := []byte(hex.EncodeToString(mk[:]))
	sealed, err := sealer.Seal([]byte(bad), key)
	if err != nil {
		t.Fatal(err)
	}
	prod, err := intake.NewProducer(cfg.Brokers, intake.WithInputTopic(cfg.InputTopic))
	if err != nil {
		t.Fatal(err)
	}
	if err := prod.Submit(ctx, intake.Submission{Key: key, Value: sealed}, intake.Submission{Key: []byte("k"), Value: []byte(`{"member_id":"SECRET-MEMBER-43", oops`)}); err != nil {
		t.Fatal(err)
	}
	prod.Close()
	want += 2

	serve := start(t, bin, nil, "serve", "--config", cfgPath) // the default log level
	waitDecided(t, bin, cfgPath, want, 5*time.Minute)
	_ = serve.cmd.Process.Signal(syscall.SIGTERM)
	if ee := serve.wait(t, time.Minute); ee != nil {
		t.Fatalf("serve after SIGTERM: %v", ee)
	}

	// What must never show: every identifier and code of the sample, and the bad messages'.
	claims, err := sample.Claims()
	if err != nil {
		t.Fatal(err)
	}
	secrets := map[string]bool{"SECRET-CLAIM-77": true, "SECRET-MEMBER-42": true, "SECRET-MEMBER-43": true, "HIV CLINIC": true, "F32.9": true, "F329": true}
	for _, c := range claims {
		secrets[c.MemberID], secrets[c.ClaimID] = true, true
		for _, d := range c.Diagnoses {
			secrets[d] = true
		}
		for _, l := range c.Lines {
			if l.Code != "" {
				secrets[l.Code] = true
			}
		}
	}
	delete(secrets, "")
	// The sample's member ids are small integers ("10"): as text they cannot be told from the
	// offsets, counts and rule wording ("a 10-digit NPI") that logs and headers rightly hold.
	// Longer numbers (the 7-digit claim ids, 5-digit procedure codes) are still scanned.
	for s := range secrets {
		if len(s) < 5 && strings.Trim(s, "0123456789") == "" {
			delete(secrets, s)
		}
	}
	scan := func(where, text string) {
		t.Helper()
		for s := range secrets {
			// Whole words only: a 5-digit code may sit inside a longer number by chance.
			if regexp.MustCompile(`(^|[^0-9A-Za-z])` + regexp.QuoteMeta(s) + `($|[^0-9A-Za-z])`).MatchString(text) {
				t.Errorf("%s shows %q", where, s)
			}
		}
	}
	if !strings.Contains(serve.log.String(), "batch settled") {
		t.Fatal(`serve logged no "batch settled" line at its default level: the scan would not cover it`)
	}
	// A "batch settled" line's paid_cents and gas are sums over a batch: as text, a 5- to
	// 7-digit one equals some member id, claim id or code by chance in about one run in a
	// hundred, and says nothing about any claim. Every other field is scanned.
	sums := regexp.MustCompile(`(^|\s)(paid_cents|gas)=[0-9]+`)
	scan("serve's output", sums.ReplaceAllString(serve.log.String(), "${1}${2}=N"))
	for _, topic := range []string{cfg.DecisionsTopic, cfg.DeadLetterTopic} {
		recs, err := intake.ReadAll(ctx, cfg.Brokers, topic)
		if err != nil {
			t.Fatal(err)
		}
		dead := 0
		for _, r := range recs {
			for k, v := range r.Headers {
				switch k {
				case intake.HeaderHistory, intake.HeaderFlags:
					// Sealed bytes: scanning random bytes for ids finds some by chance.
					if !privacy.IsSealed([]byte(v)) {
						t.Errorf("%s %d/%d: header %s not sealed", topic, r.Partition, r.Offset, k)
					}
				default:
					scan(topic+" header "+k, v)
				}
			}
			if !privacy.IsSealed(r.Value) {
				t.Errorf("%s %d/%d: payload not sealed", topic, r.Partition, r.Offset)
			}
			if topic == cfg.DeadLetterTopic {
				dead++
				if r.Headers[intake.HeaderDeadLetterReason] == "" {
					t.Errorf("dead letter %d/%d has no reason", r.Partition, r.Offset)
				}
			}
		}
		if topic == cfg.DeadLetterTopic && dead != 2 {
			t.Fatalf("%d dead letters, want the 2 bad messages", dead)
		}
	}
}
