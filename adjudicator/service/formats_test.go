package service_test

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/fhir"
	"github.com/claimsledger/claims/adjudicator/sample"
	"github.com/claimsledger/claims/adjudicator/service"
	"github.com/claimsledger/claims/adjudicator/x12"
	"github.com/claimsledger/claims/adjudicator/x12/claim837"
)

// claims submit reads FHIR and X12 files too, detected from their content, into the same
// claims as the native file holds; a bad claim in either is named by its place.
func TestReadInputsFHIRAndX12(t *testing.T) {
	all, err := sample.Claims()
	if err != nil {
		t.Fatal(err)
	}
	var prof []adjudicator.Claim
	for _, c := range all {
		if c.ClaimType == "professional" && len(prof) < 5 {
			prof = append(prof, c)
		}
	}
	bundle, err := fhir.EncodeBundle(prof)
	if err != nil {
		t.Fatal(err)
	}
	edi, err := claim837.Encode(x12.Envelope{SenderQualifier: "ZZ", SenderID: "S", ReceiverQualifier: "ZZ", ReceiverID: "R", Control: 1, Time: time.Now()}, prof)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for name, data := range map[string][]byte{"claims.fhir.json": bundle, "claims.837": edi} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		want := service.FormatFHIR
		if name == "claims.837" {
			want = service.FormatX12
		}
		if got := service.DetectFormat(data); got != want {
			t.Errorf("%s detected as %s, want %s", name, got, want)
		}
		in, err := service.ReadInputs(path, "")
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		got := make([]adjudicator.Claim, len(in))
		for i := range in {
			got[i] = in[i].Claim
		}
		if !reflect.DeepEqual(got, prof) {
			t.Errorf("%s read back differently:\n got %+v\nwant %+v", name, got[0], prof[0])
		}
	}
	// A bad claim in each, located.
	badFHIR := strings.Replace(string(bundle), `"sequence":1`, `"sequence":0`, 1)
	badX12 := strings.Replace(string(edi), "SV1*HC:", "SV1*XX:", 1)
	for name, tc := range map[string]struct{ data, format, want string }{
		"bad.fhir.json": {badFHIR, "", "Bundle.entry[0].resource"},
		"bad.837":       {badX12, "x12", "(SV101-1)"},
	} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(tc.data), 0o600); err != nil {
			t.Fatal(err)
		}
		_, err := service.ReadInputs(path, tc.format)
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), path) {
			t.Errorf("%s: err = %v, want it to name %s in %s", name, err, tc.want, path)
		}
	}
	if _, err := service.ReadInputs(filepath.Join(dir, "claims.837"), "hl7"); err == nil || !strings.Contains(err.Error(), "fhir, x12") {
		t.Errorf("unknown format: %v", err)
	}
}
