package policies_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io/fs"
	"path"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/format"
	"github.com/open-policy-agent/opa/v1/storage/inmem"
	"github.com/open-policy-agent/opa/v1/tester"

	"github.com/claimsledger/claims/adjudicator/cms"
	"github.com/claimsledger/claims/policies"
)

// minRegoTests guards against tests silently not being discovered (a
// package renamed, a file no longer embedded): raise it as tests are added.
const minRegoTests = 100

func regoFiles(t *testing.T) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := fs.WalkDir(policies.FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".rego") {
			return err
		}
		b, err := fs.ReadFile(policies.FS(), p)
		files[p] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no .rego files embedded")
	}
	return files
}

func parse(t *testing.T, name string, src []byte) *ast.Module {
	t.Helper()
	m, err := ast.ParseModuleWithOpts(name, string(src), ast.ParserOptions{RegoVersion: ast.RegoV1, ProcessAnnotation: true})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestFormatted(t *testing.T) {
	for name, src := range regoFiles(t) {
		got, err := format.SourceWithOpts(name, src, format.Opts{RegoVersion: ast.RegoV1})
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if !bytes.Equal(got, src) {
			t.Errorf("%s is not opa fmt clean; formatted:\n%s", name, got)
		}
	}
}

var ruleName = regexp.MustCompile(`^_?[a-z][a-z0-9_]*$`)

// TestLayout enforces the bundle conventions the review relies on: package
// path = directory (tests in <pkg>_test), a METADATA title on every
// package, snake_case rule names.
func TestLayout(t *testing.T) {
	for name, src := range regoFiles(t) {
		m := parse(t, name, src)
		want := strings.ReplaceAll(path.Dir(name), "/", ".")
		if strings.HasSuffix(name, "_test.rego") {
			want += "_test"
		}
		if got := strings.TrimPrefix(m.Package.Path.String(), "data."); got != want {
			t.Errorf("%s: package %s, want %s (package path = directory)", name, got, want)
		}
		var titled bool
		for _, a := range m.Annotations {
			if a.Scope == "package" && a.Title != "" {
				titled = true
			}
		}
		if !titled {
			t.Errorf("%s: no package METADATA annotation with a title", name)
		}
		for _, r := range m.Rules {
			if n := r.Head.Name.String(); n != "" && !ruleName.MatchString(n) {
				t.Errorf("%s:%d: rule %s is not snake_case", name, r.Location.Row, n)
			}
		}
	}
}

// bundleData builds data the way an OPA bundle does: a directory's
// data.json is the document at that directory's path.
func bundleData(t *testing.T, fsys fs.FS) map[string]any {
	t.Helper()
	files, err := policies.Files(fsys)
	if err != nil {
		t.Fatal(err)
	}
	root := map[string]any{}
	for _, f := range files {
		if !f.IsData() {
			continue
		}
		dec := json.NewDecoder(bytes.NewReader(f.Data))
		dec.UseNumber() // as the engine loads it: exact integers
		var doc any
		if err := dec.Decode(&doc); err != nil {
			t.Fatalf("%s: %v", f.Path, err)
		}
		node := root
		keys := strings.Split(path.Dir(f.Path), "/")
		for _, k := range keys[:len(keys)-1] {
			next, ok := node[k].(map[string]any)
			if !ok {
				next = map[string]any{}
				node[k] = next
			}
			node = next
		}
		node[keys[len(keys)-1]] = doc
	}
	return root
}

// TestRego runs every *_test.rego against the embedded bundle, compiled in
// strict mode (unused variables and imports are errors), with the cms.*
// built-ins over the bundled CMS tables (the slice of the real tables for
// the Tuva sample's codes), as the engine registers them.
func TestRego(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	modules := map[string]*ast.Module{}
	for name, src := range regoFiles(t) {
		modules[name] = parse(t, name, src)
	}
	tables, err := cms.Load(cms.Bundled())
	if err != nil {
		t.Fatal(err)
	}
	var builtins []*tester.Builtin
	for _, f := range tables.Functions() {
		builtins = append(builtins, &tester.Builtin{Decl: f.Decl, Func: f.Option})
	}
	store := inmem.NewFromObject(bundleData(t, policies.FS()))
	runner := tester.NewRunner().
		AddCustomBuiltins(builtins).
		SetCompiler(ast.NewCompiler().WithStrict(true).WithEnablePrintStatements(true).WithBuiltins(cms.BuiltinDecls())).
		SetStore(store).
		SetModules(modules).
		CapturePrintOutput(true).
		RaiseBuiltinErrors(true)
	ch, err := runner.RunTests(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	var n int
	for r := range ch {
		n++
		switch {
		case r.Error != nil:
			t.Errorf("%s.%s: error: %v", r.Package, r.Name, r.Error)
		case r.Fail:
			t.Errorf("%s.%s: FAIL (%s)\n%s", r.Package, r.Name, r.Location, r.Output)
		case r.Skip:
			t.Errorf("%s.%s: skipped; todo_ tests are not allowed", r.Package, r.Name)
		}
	}
	t.Logf("%d Rego tests", n)
	if n < minRegoTests {
		t.Errorf("ran %d Rego tests, want at least %d", n, minRegoTests)
	}
}

func TestBundleFiles(t *testing.T) {
	files, err := policies.Files(nil)
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, f := range files {
		paths = append(paths, f.Path)
		if strings.HasSuffix(f.Path, "_test.rego") || !(f.IsModule() || f.IsData()) {
			t.Errorf("%s should not be in the bundle", f.Path)
		}
	}
	for _, want := range []string{"claims/claims.rego", "plans/medicare/data.json", "plans/commercial_ppo/data.json", "providers/data.json", "fraud/data.json"} {
		if !strings.Contains(strings.Join(paths, "\n")+"\n", want+"\n") {
			t.Errorf("bundle lacks %s; has %v", want, paths)
		}
	}
}

func TestHash(t *testing.T) {
	base := fstest.MapFS{
		"claims/claims.rego":       {Data: []byte("package claims\n")},
		"claims/claims_test.rego":  {Data: []byte("package claims_test\n")},
		"plans/medicare/data.json": {Data: []byte(`{"pend_over_cents": 1}`)},
		"reference/NOTICE.md":      {Data: []byte("notice")},
	}
	hash := func(fsys fs.FS) [32]byte {
		t.Helper()
		files, err := policies.Files(fsys)
		if err != nil {
			t.Fatal(err)
		}
		return policies.Hash(files)
	}
	h0 := hash(base)
	with := func(p, content string) fstest.MapFS {
		m := fstest.MapFS{}
		for k, v := range base {
			m[k] = v
		}
		if content == "" {
			delete(m, p)
		} else {
			m[p] = &fstest.MapFile{Data: []byte(content)}
		}
		return m
	}
	for _, tc := range []struct {
		name    string
		fsys    fstest.MapFS
		changes bool
	}{
		{"same files", with("plans/medicare/data.json", `{"pend_over_cents": 1}`), false},
		{"plan changed", with("plans/medicare/data.json", `{"pend_over_cents": 2}`), true},
		{"rule changed", with("claims/claims.rego", "package claims\n\nx := 1\n"), true},
		{"plan added", with("plans/gold/data.json", `{}`), true},
		{"plan removed", with("plans/medicare/data.json", ""), true},
		{"test changed", with("claims/claims_test.rego", "package claims_test\n\ntest_x if true\n"), false},
		{"notice changed", with("reference/NOTICE.md", "other"), false},
	} {
		if got := hash(tc.fsys) != h0; got != tc.changes {
			t.Errorf("%s: hash changed = %v, want %v", tc.name, got, tc.changes)
		}
	}
	// Moving bytes between the path and the content must not collide.
	a := policies.Hash([]policies.File{{Path: "ab", Data: []byte("c")}})
	b := policies.Hash([]policies.File{{Path: "a", Data: []byte("bc")}})
	if a == b {
		t.Error("hash is ambiguous between path and content")
	}
	if hash(nil) == ([32]byte{}) {
		t.Error("embedded bundle hash is zero")
	}
}
