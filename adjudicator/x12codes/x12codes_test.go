package x12codes_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/claimsledger/claims/adjudicator/shareddata"
	"github.com/claimsledger/claims/adjudicator/shareddata/locate"
	"github.com/claimsledger/claims/adjudicator/x12codes"
)

func TestLoadSharedLists(t *testing.T) {
	c, err := x12codes.Load(filepath.Join(shareddata.Dir(t), "x12codes"))
	if err != nil {
		t.Fatal(err)
	}
	if got := c.CARC("45"); got == "" {
		t.Error("CARC 45 has no description")
	}
	if got := c.RARC("N130"); got == "" {
		t.Error("RARC N130 has no description")
	}
	if got := c.CARC("no such code"); got != "" {
		t.Errorf("unknown CARC: %q", got)
	}
	if n, m := c.Len(); n < 300 || m < 1000 {
		t.Errorf("read %d CARC and %d RARC codes, want the whole lists", n, m)
	}
	var none *x12codes.Codes
	if none.CARC("45") != "" || none.RARC("M1") != "" {
		t.Error("a nil Codes describes codes")
	}
}

func TestLoadMissing(t *testing.T) {
	if _, err := x12codes.Load(t.TempDir()); err == nil {
		t.Error("Load of an empty directory: no error")
	}
}

// Shared data without the code lists: no descriptions, no error; callers show bare codes.
func TestLoadSharedDegrades(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "README.md"), []byte("data\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv(locate.Env, dir)
	c, ok, err := x12codes.LoadShared()
	if err != nil || ok || c != nil {
		t.Fatalf("LoadShared without x12codes/: %v %v %v, want nil, false, nil", c, ok, err)
	}
}
