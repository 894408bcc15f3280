package fraudbase_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/fraudbase"
)

func TestSummarize(t *testing.T) {
	for _, tc := range []struct {
		in   []int64
		want fraudbase.Dist
	}{
		{nil, fraudbase.Dist{}},
		{[]int64{7}, fraudbase.Dist{Median: 7, MAD: 0, N: 1}},
		// Low median of an even count: the element at (n-1)/2.
		{[]int64{4, 1, 3, 2}, fraudbase.Dist{Median: 2, MAD: 1, N: 4}},
		{[]int64{1, 1, 1, 1, 50}, fraudbase.Dist{Median: 1, MAD: 0, N: 5}},
		{[]int64{10, 12, 14, 100, 11}, fraudbase.Dist{Median: 12, MAD: 2, N: 5}},
	} {
		if got := fraudbase.Summarize(tc.in); got != tc.want {
			t.Errorf("Summarize(%v) = %+v, want %+v", tc.in, got, tc.want)
		}
	}
}

// decision is a two-line decision of npi with its history entry at source
// offset src: 99213 (modifiers mods) and 99233 with 3 units denied CO-151.
func decision(npi string, src int64, mods []string) (adjudicator.Decision, adjudicator.HistoryEntry) {
	d := adjudicator.Decision{ClaimID: "C", Outcome: adjudicator.Partial, BillingNPI: npi, Lines: []adjudicator.LineDecision{
		{Line: 1, Code: "99213", Units: 1, ChargeCents: 15000},
		{Line: 2, Code: "99233", Units: 3, ChargeCents: 30000, Adjustments: []adjudicator.Adjustment{{Group: "CO", CARC: "151", Cents: 30000}}},
	}}
	h := adjudicator.HistoryEntry{Source: adjudicator.Position{Offset: src}, ClaimType: adjudicator.Professional, Services: []adjudicator.PriorService{
		{ClaimID: "C", BillingNPI: npi, Code: "99213", Date: "2017-01-02", Units: 1, ChargeCents: 15000, Modifiers: mods},
		{ClaimID: "C", BillingNPI: npi, Code: "99233", Date: "2017-01-02", Units: 3, ChargeCents: 30000},
	}}
	return d, h
}

func TestBuilderCounts(t *testing.T) {
	b, err := fraudbase.NewBuilder(2)
	if err != nil {
		t.Fatal(err)
	}
	add := func(at int64, npi string, src int64, mods []string) {
		d, h := decision(npi, src, mods)
		if err := b.Add(adjudicator.Position{Offset: at}, &d, &h); err != nil {
			t.Fatal(err)
		}
	}
	add(0, "1234567893", 0, []string{"XU"})
	add(1, "1234567893", 1, nil)
	add(2, "1234567893", 1, nil) // republished: counted once
	add(3, "1720029960", 2, []string{"RT"})
	// An institutional claim, and one a later replacement corrected, do
	// not count.
	d, h := decision("1720029960", 3, []string{"59"})
	h.ClaimType = adjudicator.Institutional
	if err := b.Add(adjudicator.Position{Offset: 4}, &d, &h); err != nil {
		t.Fatal(err)
	}
	add(5, "1720029960", 4, []string{"59"})
	d, h = decision("1720029960", 5, nil)
	h.Corrects = &adjudicator.Position{Offset: 4}
	if err := b.Add(adjudicator.Position{Offset: 6}, &d, &h); err != nil {
		t.Fatal(err)
	}
	b.Read(0, 7)
	got := b.Build()
	p := got.Providers["1234567893"]
	if p.Lines != 4 || p.Bypass != 1 || p.MUE != 2 || p.EMEstablished != [4]int64{0, 2, 0, 0} {
		t.Errorf("provider counts %+v", p)
	}
	if got.Decisions != 4 || got.Lines != 8 || got.Skipped != 2 {
		t.Errorf("%d decisions, %d lines, %d skipped; want 4, 8 and 2", got.Decisions, got.Lines, got.Skipped)
	}
	if got.Codes["99233"].Units != (fraudbase.Dist{Median: 3, MAD: 0, N: 4}) {
		t.Errorf("99233 units %+v", got.Codes["99233"].Units)
	}
	if got.Codes["99233"].ChargePerUnitCents != (fraudbase.Dist{Median: 10000, MAD: 0, N: 4}) {
		t.Errorf("99233 charge per unit %+v", got.Codes["99233"].ChargePerUnitCents)
	}
	// Peers: both providers have 2 or more lines; 1234567893's bypass rate
	// is 2500 bp, 1720029960's 0.
	if got.Peers.BypassBP != (fraudbase.Dist{Median: 0, MAD: 0, N: 2}) || got.Peers.MUEBP != (fraudbase.Dist{Median: 5000, MAD: 0, N: 2}) {
		t.Errorf("peers %+v", got.Peers)
	}
	if len(got.Watermarks) != 1 || got.Watermarks[0] != (fraudbase.Watermark{Partition: 0, Next: 7}) {
		t.Errorf("watermarks %+v", got.Watermarks)
	}

	// What Build writes, Read takes back, to the byte.
	raw, err := got.Encode()
	if err != nil {
		t.Fatal(err)
	}
	back, err := fraudbase.Read(raw, "b.json")
	if err != nil {
		t.Fatal(err)
	}
	if again, _ := back.Encode(); !bytes.Equal(again, raw) {
		t.Fatalf("read back differs:\n%s\n%s", again, raw)
	}

	// A history entry that does not match its decision is refused.
	d, h = decision("1234567893", 9, nil)
	h.Services = h.Services[:1]
	if err := b.Add(adjudicator.Position{Offset: 9}, &d, &h); err == nil {
		t.Error("a history entry with fewer services than the decision's lines was accepted")
	}
}

// A baseline file that cannot be used is refused with the file and where
// in it.
func TestReadRefuses(t *testing.T) {
	good := `{"version":1,"watermarks":[{"partition":0,"next":4}],"decisions":1,"lines":2,"min_peer_lines":1,` +
		`"codes":{"99213":{"units":{"median":1,"mad":0,"n":1},"charge_per_unit_cents":{"median":100,"mad":0,"n":1}}},` +
		`"providers":{"1234567893":{"lines":2,"bypass":1,"mue":0,"em_new":[0,0,0,0],"em_established":[0,0,0,0]}},` +
		`"peers":{"bypass_bp":{"median":5000,"mad":0,"n":1},"mue_bp":{"median":0,"mad":0,"n":1},` +
		`"em_new_top_bp":{"median":0,"mad":0,"n":0},"em_established_top_bp":{"median":0,"mad":0,"n":0}}}`
	if _, err := fraudbase.Read([]byte(good), "b.json"); err != nil {
		t.Fatalf("the good document is refused: %v", err)
	}
	for _, tc := range []struct {
		name, doc, want string
	}{
		{"garbled", good[:40], "fraud baseline b.json: $: not JSON: the document ends early"},
		{"wrong type", strings.Replace(good, `"units":{"median":1`, `"units":{"median":"1"`, 1), `fraud baseline b.json: $.codes["99213"].units.median: want int64, have a JSON string`},
		{"unknown field", strings.Replace(good, `"decisions":1`, `"decisions":1,"members":3`, 1), `fraud baseline b.json: $: unknown field "members"`},
		{"version", strings.Replace(good, `"version":1`, `"version":2`, 1), "fraud baseline b.json: $.version: version 2, want 1"},
		{"bad npi", strings.Replace(good, `"1234567893"`, `"1234567890"`, 1), `fraud baseline b.json: $.providers["1234567890"]: not a valid NPI`},
		{"edited peers", strings.Replace(good, `"bypass_bp":{"median":5000`, `"bypass_bp":{"median":300`, 1), "fraud baseline b.json: $.peers.bypass_bp: {Median:300 MAD:0 N:1}, but the provider counts give {Median:5000 MAD:0 N:1}"},
		{"counts", strings.Replace(good, `"bypass":1`, `"bypass":3`, 1), `fraud baseline b.json: $.providers["1234567893"]: counts must satisfy`},
		{"negative", strings.Replace(good, `"mad":0,"n":1}}},"providers"`, `"mad":-1,"n":1}}},"providers"`, 1), `fraud baseline b.json: $.codes["99213"].charge_per_unit_cents: negative`},
	} {
		_, err := fraudbase.Read([]byte(tc.doc), "b.json")
		var fe *fraudbase.FileError
		if err == nil || !errors.As(err, &fe) || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one starting %q", tc.name, err, tc.want)
		}
	}
	if _, err := fraudbase.Load(filepath.Join(t.TempDir(), "missing.json")); err == nil || !strings.Contains(err.Error(), "missing.json") {
		t.Errorf("a missing file: %v", err)
	}
	path := filepath.Join(t.TempDir(), "garbled.json")
	if err := os.WriteFile(path, []byte("{\n  \"version\": 1,\n  oops\n}"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := fraudbase.Load(path); err == nil || !strings.Contains(err.Error(), path+": $: not JSON at line 3, column 3") {
		t.Errorf("a garbled file: %v", err)
	}
}
