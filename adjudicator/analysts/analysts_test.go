package analysts_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/claimsledger/claims/adjudicator/analysts"
)

func TestCreateListUnlock(t *testing.T) {
	root := t.TempDir()
	d, err := analysts.Open(root, analysts.WithLightScrypt())
	if err != nil {
		t.Fatal(err)
	}
	a, err := d.Create("alice", "correct horse battery")
	if err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(filepath.Join(root, "alice.json"))
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("keystore file: %v %v, want mode 0600", st, err)
	}
	if _, err := d.Create("alice", "another password!"); err == nil {
		t.Error("a second alice was created")
	}
	if _, err := d.Create("bob", "short"); err == nil {
		t.Error("a short password was accepted")
	}
	for _, bad := range []string{"", "../x", "Alice", "a/b", ".hidden", "a b"} {
		if _, err := d.Create(bad, "correct horse battery"); err == nil {
			t.Errorf("name %q accepted", bad)
		}
	}
	if err := os.WriteFile(filepath.Join(root, "README.txt"), []byte("not an analyst"), 0o600); err != nil {
		t.Fatal(err)
	}
	all, err := d.List()
	if err != nil || len(all) != 1 || all[0] != a {
		t.Fatalf("List: %+v %v, want [%+v]", all, err, a)
	}
	got, key, err := d.Unlock("alice", "correct horse battery")
	if err != nil || got != a || key == nil {
		t.Fatalf("Unlock: %+v %v", got, err)
	}
	for _, c := range [][2]string{{"alice", "wrong password"}, {"mallory", "correct horse battery"}, {"../alice", "correct horse battery"}} {
		if _, _, err := d.Unlock(c[0], c[1]); !errors.Is(err, analysts.ErrBadLogin) {
			t.Errorf("Unlock(%q): %v, want ErrBadLogin", c[0], err)
		}
	}
	if _, err := analysts.Open(filepath.Join(root, "missing")); err == nil {
		t.Error("Open of a missing directory: no error")
	}
	if _, err := analysts.Open(""); err == nil {
		t.Error("Open of \"\": no error")
	}
}
