// Package locate finds the shared reference data (../shared/data beside the module root, or
// $CLAIMS_SHARED_DATA) for programs. It is split from shareddata, whose helpers take a
// testing.TB, so that the claims binary does not link the testing package.
package locate

import (
	"os"
	"path/filepath"
)

// Env overrides where the shared data is.
const Env = "CLAIMS_SHARED_DATA"

// Dir is the first candidate directory that holds the data's README.md; false when none does.
// What reads it must work, degraded, without it.
func Dir() (string, bool) {
	for _, d := range Candidates() {
		if Holds(d) {
			return d, true
		}
	}
	return "", false
}

// Holds reports whether dir holds the shared data (its README.md).
func Holds(dir string) bool {
	st, err := os.Stat(filepath.Join(dir, "README.md"))
	return err == nil && !st.IsDir()
}

// Candidates are where the data may be, in order: $CLAIMS_SHARED_DATA, then ../shared/data
// beside the module root found from the working directory.
func Candidates() []string {
	var out []string
	if d := os.Getenv(Env); d != "" {
		out = append(out, d)
	}
	if root, ok := ModuleRoot(); ok {
		out = append(out, filepath.Clean(filepath.Join(root, "..", "shared", "data")))
	}
	return out
}

// ModuleRoot is the directory holding go.mod, from the working directory up.
func ModuleRoot() (string, bool) {
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
