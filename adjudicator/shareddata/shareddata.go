// Package shareddata finds the reference data that lives beside the
// repository (../shared/data: CMS tables, Tuva claims, X12 samples), for
// tests. It is never committed into the repository.
package shareddata

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Env overrides where the shared data is.
const Env = "CLAIMS_SHARED_DATA"

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
		if st, err := os.Stat(filepath.Join(d, "README.md")); err == nil && !st.IsDir() {
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

func candidates() []string {
	var out []string
	if d := os.Getenv(Env); d != "" {
		out = append(out, d)
	}
	if root, ok := moduleRoot(); ok {
		out = append(out, filepath.Clean(filepath.Join(root, "..", "shared", "data")))
	}
	return out
}

func moduleRoot() (string, bool) {
	dir, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, true
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
		}
		dir = parent
	}
}
