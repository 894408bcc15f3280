package bindings_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claimsledger/claims/bindings/internal/solgen"
)

// TestBindingsMatchContracts regenerates every binding from contracts/ and fails when the
// committed files differ: a contract edited without `go generate ./bindings`, or a toolchain
// that no longer reproduces the committed bytecode.
func TestBindingsMatchContracts(t *testing.T) {
	const contracts = "../contracts"
	if err := solgen.CheckToolchain(contracts); err != nil {
		if os.Getenv("CLAIMS_SKIP_DRIFT") == "1" {
			t.Skipf("CLAIMS_SKIP_DRIFT=1: %v", err)
		}
		if errors.Is(err, solgen.ErrToolchain) {
			t.Fatalf("%v\n(the drift check needs node and contracts/node_modules: run npm ci in contracts/ (make test does this), or set CLAIMS_SKIP_DRIFT=1 to skip it)", err)
		}
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	tmp := t.TempDir()
	if _, err := solgen.Generate(ctx, contracts, tmp); err != nil {
		t.Fatalf("regenerate bindings: %v", err)
	}
	for _, target := range solgen.Targets {
		committed, err := os.ReadFile(filepath.FromSlash(target.File))
		if err != nil {
			t.Errorf("%s: %v (run go generate ./bindings)", target.File, err)
			continue
		}
		fresh, err := os.ReadFile(filepath.Join(tmp, filepath.FromSlash(target.File)))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(committed, fresh) {
			t.Errorf("bindings/%s is out of date with contracts/%s; run `go generate ./bindings` and commit the result.\n%s",
				target.File, target.Source, firstDifference(committed, fresh))
		}
	}
}

// firstDifference describes where two files part ways, trimming long lines (the ABI and the
// bytecode are single lines tens of kilobytes long).
func firstDifference(committed, fresh []byte) string {
	a := strings.Split(string(committed), "\n")
	b := strings.Split(string(fresh), "\n")
	for i := 0; i < max(len(a), len(b)); i++ {
		var la, lb string
		if i < len(a) {
			la = a[i]
		}
		if i < len(b) {
			lb = b[i]
		}
		if la == lb {
			continue
		}
		col := 0
		for col < min(len(la), len(lb)) && la[col] == lb[col] {
			col++
		}
		return fmt.Sprintf("first difference at line %d, column %d:\n- committed: %s\n+ generated: %s",
			i+1, col+1, excerpt(la, col), excerpt(lb, col))
	}
	return "files differ only in length"
}

func excerpt(line string, col int) string {
	const width = 60
	start := max(0, col-width/2)
	end := min(len(line), start+width)
	s := line[start:end]
	if start > 0 {
		s = "…" + s
	}
	if end < len(line) {
		s += "…"
	}
	return s
}
