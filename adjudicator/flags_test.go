package adjudicator_test

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/privacy"
	"github.com/claimsledger/claims/adjudicator/testkit"
)

// TestFlagsStayOutOfTheRecord: a flagged claim's published record, which the billing provider
// reads, carries only the keyed digest of its flags; the flags travel sealed beside it, open
// only with the payload key, and check against the digest (a changed flag does not).
func TestFlagsStayOutOfTheRecord(t *testing.T) {
	flags := []adjudicator.Flag{{Code: "DUP_NEAR", Score: 60, Why: "same service on the same day at another charge"}, {Code: "VELOCITY_MEMBER", Score: 40, Why: "7 claims that day"}}
	flagging := testkit.RulesFunc{Hash: payHalf.Hash, F: func(c *adjudicator.Claim, f adjudicator.Facts) (adjudicator.Decision, error) {
		d, err := payHalf.F(c, f)
		if c.ClaimID == "C1" {
			d.Flags, d.FraudScore = flags, 100
		}
		return d, err
	}}
	r := newRig(t, 1)
	r.add(3, 1)
	sealer, err := privacy.NewSealer(bytes.Repeat([]byte{7}, 32))
	if err != nil {
		t.Fatal(err)
	}
	e, err := adjudicator.New(r.log, r.elig, flagging, r.settler, r.pub, r.k, r.baseOpts()...)
	if err != nil {
		t.Fatal(err)
	}
	r.runUntil(t, e, 1)

	var flagged int
	for _, p := range r.pub.Decisions {
		var d adjudicator.Decision
		if err := json.Unmarshal(p.Record, &d); err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(p.Record, []byte("DUP_NEAR")) || bytes.Contains(p.Record, []byte(`"flags"`)) || bytes.Contains(p.Record, []byte("fraud_score")) {
			t.Fatalf("the record a provider reads shows the flags: %s", p.Record)
		}
		if d.ClaimID != "C1" {
			if d.FlagsDigest != "" || p.Flags != nil {
				t.Fatalf("unflagged %s: digest %q, flags %d bytes; want neither", d.ClaimID, d.FlagsDigest, len(p.Flags))
			}
			continue
		}
		flagged++
		if d.FlagsDigest == "" || p.Flags == nil {
			t.Fatalf("flagged claim: digest %q, flags %d bytes", d.FlagsDigest, len(p.Flags))
		}
		// Without a payload key the engine publishes them plain; with one, sealed to their position.
		sealed, err := adjudicator.EncodeFlags(p.Flags, p.Source, sealer)
		if err != nil || !privacy.IsSealed(sealed) {
			t.Fatalf("seal: %v", err)
		}
		if _, err := adjudicator.DecodeFlags(sealed, p.Source, nil); err == nil {
			t.Fatal("sealed flags opened without the payload key")
		}
		if _, err := adjudicator.DecodeFlags(sealed, adjudicator.Position{Offset: p.Source.Offset + 1}, sealer); err == nil {
			t.Fatal("flags opened as another position's")
		}
		if _, err := adjudicator.DecodeFlags(p.Flags, p.Source, sealer); err == nil {
			t.Fatal("plain flags accepted where a payload key is configured")
		}
		doc, err := adjudicator.DecodeFlags(sealed, p.Source, sealer)
		if err != nil || !bytes.Equal(doc, p.Flags) {
			t.Fatalf("open: %v", err)
		}
		fs, err := adjudicator.OpenFlags(doc, &d, r.k)
		if err != nil || fs.FraudScore != 100 || !reflect.DeepEqual(fs.Flags, flags) {
			t.Fatalf("flags %+v %v, want score 100 and %+v", fs, err, flags)
		}
		forged := bytes.Replace(doc, []byte(`"score":60`), []byte(`"score":6`), 1)
		if _, err := adjudicator.OpenFlags(forged, &d, r.k); err == nil {
			t.Fatal("changed flags matched the record's digest")
		}
	}
	if flagged != 1 {
		t.Fatalf("%d flagged records, want 1", flagged)
	}
	both := adjudicator.Decision{Outcome: adjudicator.Approve, FlagsDigest: "ab", Flags: flags, FraudScore: 100}
	if err := both.Check(); err == nil {
		t.Fatal("a record with a flags digest and flags passed Check")
	}
}
