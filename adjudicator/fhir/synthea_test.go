package fhir

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/claimsledger/claims/adjudicator/shareddata"
)

func syntheaLines(t testing.TB) [][]byte {
	t.Helper()
	f, err := os.Open(shareddata.Path(t, "fhir/synthea_Claim.ndjson"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out [][]byte
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		out = append(out, append([]byte(nil), sc.Bytes()...))
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestSyntheaClaims: the 192 Synthea Claims are all valid R4 (no
// structural issue) and all rejected, each for what the engine cannot
// adjudicate: the 117 pharmacy claims for their type alone; the 75
// institutional ones because their services are SNOMED CT (or CVX) codes
// rather than CPT/HCPCS, their provider has no NPI (Synthea identifies
// organizations by its own system), diagnoses point to Condition
// resources, and some items carry no charge.
func TestSyntheaClaims(t *testing.T) {
	lines := syntheaLines(t)
	if len(lines) != 192 {
		t.Fatalf("%d claims, want 192", len(lines))
	}
	var pharmacy, institutional, diagnosisRefs, noCharge, cvx int
	for i, line := range lines {
		res, err := Decode(line)
		if err != nil {
			t.Fatalf("claim %d: document rejected: %v", i, err)
		}
		r := res[0]
		if len(r.Issues) == 0 {
			t.Fatalf("claim %d accepted", i)
		}
		for _, is := range r.Issues {
			if is.Code == CodeInvalid {
				t.Fatalf("claim %d is not valid R4 here: %s", i, is)
			}
		}
		if r.Issues[0].Path == "Claim.type.coding[0].code" {
			if len(r.Issues) != 1 || r.Issues[0].Msg != "pharmacy claims are not adjudicated by this engine: want professional or institutional" {
				t.Fatalf("claim %d: %q", i, r.Issues)
			}
			pharmacy++
			continue
		}
		institutional++
		byPath := map[string]string{}
		for _, is := range r.Issues {
			byPath[is.Path] = is.Msg
		}
		if !strings.HasPrefix(byPath["Claim.provider"], "want the provider's NPI") {
			t.Errorf("claim %d: provider: %q", i, r.Issues)
		}
		if !strings.Contains(byPath["Claim.item[0].productOrService"], "it has http://snomed.info/sct") &&
			!strings.Contains(byPath["Claim.item[0].productOrService"], "it has http://hl7.org/fhir/sid/cvx") {
			t.Errorf("claim %d: item 0: %q", i, r.Issues)
		}
		for p, msg := range byPath {
			switch {
			case strings.HasSuffix(p, ".diagnosisReference"):
				diagnosisRefs++
			case strings.HasSuffix(p, ".net"):
				noCharge++
			case strings.HasSuffix(p, ".productOrService") && strings.HasSuffix(msg, "it has http://hl7.org/fhir/sid/cvx"):
				cvx++
			}
		}
	}
	if pharmacy != 117 || institutional != 75 {
		t.Fatalf("%d pharmacy and %d institutional claims, want 117 and 75", pharmacy, institutional)
	}
	// Counted from the file: 68 diagnoses by reference, 143 items of
	// institutional claims without net, 15 CVX immunization items.
	if diagnosisRefs != 68 || noCharge != 143 || cvx != 15 {
		t.Fatalf("%d diagnosis references, %d items without a charge, %d CVX items; want 68, 143, 15", diagnosisRefs, noCharge, cvx)
	}
}

// TestSyntheaBundle: the same claims sent as one Bundle get one result
// each, in order, all rejected as when sent alone.
func TestSyntheaBundle(t *testing.T) {
	lines := syntheaLines(t)
	var b strings.Builder
	b.WriteString(`{"resourceType":"Bundle","type":"collection","entry":[`)
	for i, l := range lines {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`{"resource":` + string(l) + `}`)
	}
	b.WriteString(`]}`)
	res, err := Decode([]byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != 192 {
		t.Fatalf("%d results", len(res))
	}
	for i, r := range res {
		alone, _ := Decode(lines[i])
		if len(r.Issues) != len(alone[0].Issues) {
			t.Fatalf("entry %d: %d issues in the Bundle, %d alone", i, len(r.Issues), len(alone[0].Issues))
		}
		for j, is := range r.Issues {
			if want := "Bundle.entry[" + strconv.Itoa(i) + "].resource" + strings.TrimPrefix(alone[0].Issues[j].Path, "Claim"); is.Path != want || is.Msg != alone[0].Issues[j].Msg {
				t.Fatalf("entry %d: %s, want %s: %s", i, is, want, alone[0].Issues[j].Msg)
			}
		}
	}
}
