package cms

import (
	"errors"
	"os/exec"
	"strings"
	"testing"
)

// TestDoesNotImportRules keeps cms below the rules: adjudicator/rules
// registers the cms built-ins, so cms (not counting its tests) must not
// import adjudicator/rules or anything under it.
func TestDoesNotImportRules(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		var stderr []byte
		if ee := (*exec.ExitError)(nil); errors.As(err, &ee) {
			stderr = ee.Stderr
		}
		t.Fatalf("go list -deps: %v\n%s", err, stderr)
	}
	const rules = "github.com/claimsledger/claims/adjudicator/rules"
	for _, p := range strings.Fields(string(out)) {
		if p == rules || strings.HasPrefix(p, rules+"/") {
			t.Errorf("adjudicator/cms depends on %s; a lower package must not import a higher one", p)
		}
	}
}
