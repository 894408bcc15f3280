package shareddata

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

type fatalRecorder struct {
	testing.TB
	msg string
}

func (f *fatalRecorder) Helper() {}
func (f *fatalRecorder) Fatalf(format string, args ...any) {
	f.msg = fmt.Sprintf(format, args...)
}

// Without the data, a test fails with a message naming both places it looked and how to fix it.
func TestMissingDataNamesBothPlaces(t *testing.T) {
	t.Setenv(Env, "/from/the/variable")
	c := candidates()
	if len(c) != 2 || c[0] != "/from/the/variable" || !strings.HasSuffix(c[1], filepath.Join("shared", "data")) {
		t.Fatalf("candidates = %q: the variable first, then ../shared/data beside the module", c)
	}
	missing := []string{filepath.Join(t.TempDir(), "a"), filepath.Join(t.TempDir(), "b")}
	r := &fatalRecorder{TB: t}
	if d := firstOf(r, missing); d != "" {
		t.Fatalf("found %q in empty directories", d)
	}
	for _, want := range append(missing, Env, "../shared/data") {
		if !strings.Contains(r.msg, want) {
			t.Errorf("message %q does not name %s", r.msg, want)
		}
	}
}

// No Go source names a machine's absolute path to a data directory.
func TestNoMachinePathsInSources(t *testing.T) {
	root, ok := moduleRoot()
	if !ok {
		t.Fatal("no module root")
	}
	abs := regexp.MustCompile(`"/(work|home|Users|root|srv|data)/[^"]*"`)
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == ".git" || d.Name() == "node_modules") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, m := range abs.FindAll(b, -1) {
			t.Errorf("%s: absolute machine path %s", path, m)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
