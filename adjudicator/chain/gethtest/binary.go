package gethtest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// BinaryEnv names a geth binary to use instead of building one.
const BinaryEnv = "CLAIMS_GETH"

// geth is built from the go-ethereum module at the version go.mod requires.
const (
	gethModule  = "github.com/ethereum/go-ethereum"
	gethPackage = gethModule + "/cmd/geth"
)

// missingSumHint is appended to a build or list failure caused by an incomplete go.sum.
const missingSumHint = "go.sum lacks entries for geth's dependencies; in the module root run\n" +
	"  go get -tool " + gethPackage + "@$(go list -m -f '{{.Version}}' " + gethModule + ")\n"

// buildTimeout bounds one build. A cold build (empty build cache) takes about two minutes
// on a 2-core machine; a build with everything cached only links, in about five seconds.
const buildTimeout = 20 * time.Minute

// built remembers the outcome of the first Binary call, so a test process builds (or
// fails to build) geth at most once.
var built struct {
	sync.Mutex
	done bool
	path string
	err  error
}

// Binary returns the path of a geth executable: $CLAIMS_GETH when set, otherwise geth built
// from the go-ethereum version in go.mod (the `tool` directive keeps go.sum complete for it)
// and cached under the user cache directory (see cacheDir), so only the first test run on a
// machine pays for the build; later ones spend about half a second asking `go list` whether
// the cached binary is still current. Concurrent test processes build it once: the build
// holds a file lock and the binary appears by an atomic rename.
func Binary(t testing.TB) string {
	t.Helper()
	built.Lock()
	defer built.Unlock()
	if !built.done {
		start := time.Now()
		built.path, built.err = binary()
		built.done = true
		if built.err == nil {
			t.Logf("gethtest: geth binary %s (ready in %v)", built.path, time.Since(start).Round(time.Millisecond))
		}
	}
	if built.err != nil {
		t.Fatalf("gethtest: %v", built.err)
	}
	return built.path
}

func binary() (string, error) {
	if p := os.Getenv(BinaryEnv); p != "" {
		found, err := exec.LookPath(p)
		if err != nil {
			return "", fmt.Errorf("%s=%s: %w", BinaryEnv, p, err)
		}
		return filepath.Abs(found)
	}
	goCmd, err := goCommand()
	if err != nil {
		return "", err
	}
	dir, shared, err := cacheDir(goCmd)
	if err != nil {
		return "", err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("create geth cache directory: %w", err)
	}
	bin := filepath.Join(dir, "geth")
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	if shared && executable(bin) {
		return bin, nil
	}
	unlock, err := lockFile(filepath.Join(dir, ".lock"))
	if err != nil {
		return "", fmt.Errorf("lock %s: %w", dir, err)
	}
	defer unlock()
	if shared && executable(bin) { // another process built it while we waited
		return bin, nil
	}
	if err := build(goCmd, bin); err != nil {
		return "", err
	}
	return bin, nil
}

// build compiles geth into a temporary file beside dst and renames it into place, so a
// reader never sees a half-written binary.
func build(goCmd, dst string) error {
	tmp, err := os.CreateTemp(filepath.Dir(dst), "geth-*.tmp")
	if err != nil {
		return fmt.Errorf("create temporary geth binary: %w", err)
	}
	tmpName := tmp.Name()
	tmp.Close()
	defer os.Remove(tmpName) // no-op after a successful rename

	ctx, cancel := context.WithTimeout(context.Background(), buildTimeout)
	defer cancel()
	// The working directory is the test's package directory, inside this module: go.mod
	// pins the go-ethereum version and go.sum must hold geth's dependencies.
	cmd := exec.CommandContext(ctx, goCmd, "build", "-o", tmpName, gethPackage)
	start := time.Now()
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("%sbuild geth (%s build %s) failed after %v: %v\n%s",
			sumHint(out), goCmd, gethPackage, time.Since(start).Round(time.Second), err, strings.TrimSpace(string(out)))
	}
	if err := os.Rename(tmpName, dst); err != nil {
		return fmt.Errorf("install geth binary: %w", err)
	}
	return nil
}

// goCommand finds the go command. `go test` puts its own GOROOT/bin first on PATH, so this
// is the toolchain that built the test; runtime.GOROOT is the fallback for test binaries
// run directly.
func goCommand() (string, error) {
	if p, err := exec.LookPath("go"); err == nil {
		return p, nil
	}
	if root := runtime.GOROOT(); root != "" {
		p := filepath.Join(root, "bin", "go")
		if executable(p) {
			return p, nil
		}
	}
	return "", errors.New("the go command is not on PATH and GOROOT has none: cannot build geth (or set " + BinaryEnv + ")")
}

// cacheDir is where the built binary lives: a directory named after the go-ethereum version
// and a hash of everything the binary is built from, namely the version of every module
// that provides one of geth's packages (as this module's go.mod selects them), the Go
// toolchain and the target platform. A go.mod change that touches geth therefore builds a
// new binary, and one that does not reuses the old. shared is false when a module is
// replaced by a local directory, whose contents no name can capture: then every test
// process rebuilds the binary once (mostly from the build cache) before using it.
func cacheDir(goCmd string) (dir string, shared bool, err error) {
	// The working directory is the test's package directory, inside this module.
	out, err := exec.Command(goCmd, "list", "-deps", "-f",
		"{{with .Module}}{{.Path}}@{{.Version}}{{with .Replace}} => {{.Path}}@{{.Version}}{{end}}{{end}}", gethPackage).Output()
	if err != nil {
		var stderr []byte
		if ee, ok := err.(*exec.ExitError); ok {
			stderr = ee.Stderr
		}
		return "", false, fmt.Errorf("%slist geth's modules (%s list -deps %s): %v\n%s",
			sumHint(stderr), goCmd, gethPackage, err, strings.TrimSpace(string(stderr)))
	}
	env, err := exec.Command(goCmd, "env", "GOVERSION", "GOOS", "GOARCH", "CGO_ENABLED").Output()
	if err != nil {
		return "", false, fmt.Errorf("%s env: %w", goCmd, err)
	}
	mods := strings.Fields(strings.ReplaceAll(string(out), " => ", "=>"))
	slices.Sort(mods)
	mods = slices.Compact(mods)
	version, shared := "", true
	for _, m := range mods {
		if strings.HasSuffix(m, "@") { // a replacement by a directory: no version
			shared = false
		}
		if path, v, ok := strings.Cut(m, "@"); ok && path == gethModule {
			version = v
			if strings.Contains(v, "=>") {
				version = "replaced"
			}
		}
	}
	if version == "" {
		return "", false, fmt.Errorf("%s list -deps %s names no %s module:\n%s", goCmd, gethPackage, gethModule, out)
	}
	h := sha256.New()
	h.Write(env)
	for _, m := range mods {
		fmt.Fprintln(h, m)
	}
	root, err := os.UserCacheDir()
	if err != nil {
		root = os.TempDir()
	}
	name := fmt.Sprintf("geth-%s-%s", version, hex.EncodeToString(h.Sum(nil)[:6]))
	return filepath.Join(root, "claims", name), shared, nil
}

func sumHint(goOutput []byte) string {
	if strings.Contains(string(goOutput), "missing go.sum entry") {
		return missingSumHint
	}
	return ""
}

func executable(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.Mode().IsRegular() && fi.Size() > 0 && (runtime.GOOS == "windows" || fi.Mode().Perm()&0o111 != 0)
}
