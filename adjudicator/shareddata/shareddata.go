// Package shareddata finds the reference data that lives beside the
// repository (../shared/data: CMS tables, Tuva claims, X12 samples), for
// tests. It is never committed into the repository.
package shareddata

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimsledger/claims/adjudicator/shareddata/locate"
)

// Env overrides where the shared data is.
const Env = locate.Env

// Dir returns the shared data directory: $CLAIMS_SHARED_DATA, else
// ../shared/data beside the module root. A test that needs the data fails,
// naming both places, when neither holds it.
func Dir(t testing.TB) string {
	t.Helper()
	return firstOf(t, candidates())
}

// firstOf is the first of dirs that holds the data's README.
func firstOf(t testing.TB, dirs []string) string {
	t.Helper()
	var tried []string
	for _, d := range dirs {
		tried = append(tried, d)
		if locate.Holds(d) {
			return d
		}
	}
	t.Fatalf("shared reference data not found: looked in %s; put the data at ../shared/data beside the repository, or set %s to the directory holding claims/, ncci/, mpfs/ (tests that need only the bundled sample run without it)", strings.Join(tried, " and "), Env)
	return ""
}

// Path joins rel (e.g. "claims/tuva_eligibility_seed.csv") to Dir.
func Path(t testing.TB, rel string) string {
	t.Helper()
	return filepath.Join(Dir(t), rel)
}

func candidates() []string { return locate.Candidates() }

func moduleRoot() (string, bool) { return locate.ModuleRoot() }
