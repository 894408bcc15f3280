package policies_test

// Checks that stand in for `opa check --strict` and for the Regal rules
// this bundle holds itself to. Regal is not available as a Go module here,
// so the few of its rules that matter are restated below, with Regal's
// default configuration.

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/storage"
	"github.com/open-policy-agent/opa/v1/storage/inmem"

	"github.com/claimsledger/claims/adjudicator/cms"
	"github.com/claimsledger/claims/policies"
)

// strictCompile compiles modules as `opa check --strict` does (strict
// mode, print statements, type-check annotations, and conflicts between
// rules and the bundle's data documents), with the cms.* built-ins the
// engine registers.
func strictCompile(t *testing.T, modules map[string]*ast.Module) ast.Errors {
	t.Helper()
	ctx := context.Background()
	store := inmem.NewFromObject(bundleData(t, policies.FS()))
	txn, err := store.NewTransaction(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Abort(ctx, txn)
	c := ast.NewCompiler().
		WithStrict(true).
		WithEnablePrintStatements(true).
		WithUseTypeCheckAnnotations(true).
		WithBuiltins(cms.BuiltinDecls()).
		WithPathConflictsCheck(storage.NonEmpty(ctx, store, txn))
	c.Compile(modules)
	return c.Errors
}

// TestStrict compiles the bundle in strict mode (unused variables, unused
// or duplicate imports, deprecated built-ins, shadowed input and data are
// errors): the modules alone, as the engine loads them, and with the
// tests, as the Rego test run sees them.
func TestStrict(t *testing.T) {
	all := map[string]*ast.Module{}
	bundle := map[string]*ast.Module{}
	for name, src := range regoFiles(t) {
		all[name] = parse(t, name, src)
		if !strings.HasSuffix(name, "_test.rego") {
			bundle[name] = parse(t, name, src)
		}
	}
	for what, modules := range map[string]map[string]*ast.Module{"bundle": bundle, "bundle with tests": all} {
		for _, e := range strictCompile(t, modules) {
			t.Errorf("%s: strict: %v", what, e)
		}
	}

	// The check must be able to fail: an unused variable and an unused
	// import are both reported.
	bad := parse(t, "claims/bad/bad.rego", []byte("package claims.bad\n\nimport data.claims.benefits\n\nx if {\n\ty := 1\n\ttrue\n}\n"))
	errs := strictCompile(t, map[string]*ast.Module{"claims/bad/bad.rego": bad})
	msg := fmt.Sprint(errs)
	if !strings.Contains(msg, "assigned var y unused") || !strings.Contains(msg, "import data.claims.benefits unused") {
		t.Errorf("strict compile does not report an unused variable and import; got %v", errs)
	}
}

// maxLineLength is Regal's style/line-length default (max-line-length 120,
// no non-breakable-word-threshold). Regal counts characters, a tab as one.
const maxLineLength = 120

// TestLineLength holds every Rego file, tests included, to Regal's
// style/line-length.
func TestLineLength(t *testing.T) {
	for name, src := range regoFiles(t) {
		for i, line := range strings.Split(string(src), "\n") {
			if n := utf8.RuneCountInString(line); n > maxLineLength {
				t.Errorf("%s:%d: line is %d characters, want at most %d (Regal style/line-length)", name, i+1, n, maxLineLength)
			}
		}
	}
}

// TestDefaultOverElse holds the bundle to Regal's style/default-over-else
// (with its default prefer-default-functions: false, so rules only, not
// functions): a rule's final unconditional `else := <constant>` is written
// as `default rule := <constant>` instead.
func TestDefaultOverElse(t *testing.T) {
	for name, src := range regoFiles(t) {
		for _, r := range parse(t, name, src).Rules {
			if len(r.Head.Args) > 0 {
				continue
			}
			for e := r.Else; e != nil; e = e.Else {
				if fallback(e) && constant(e.Head.Value) {
					t.Errorf("%s:%d: rule %s ends in else := %v; use default %s := %v (Regal style/default-over-else)",
						name, e.Location.Row, r.Head.Ref(), e.Head.Value, r.Head.Ref(), e.Head.Value)
				}
			}
		}
	}
}

// fallback reports whether an else has no condition of its own: the parser
// gives it a generated `true` body.
func fallback(r *ast.Rule) bool {
	return len(r.Body) == 1 && r.Body[0].Generated
}

// constant is Regal's ast.is_constant: a scalar, or an array, object or set
// without variables.
func constant(t *ast.Term) bool {
	if t == nil {
		return false
	}
	switch t.Value.(type) {
	case ast.Null, ast.Boolean, ast.Number, ast.String:
		return true
	case *ast.Array, ast.Object, ast.Set:
		return t.IsGround()
	}
	return false
}

// TestRuleNameRepeatsPackage holds the bundle to Regal's
// style/rule-name-repeats-package: in package a.b.c, no rule name starts
// with "c", "b_c", "a_b_c", "bC" or "aBC" (data.claims.pricing.pricing_fee
// says pricing twice).
func TestRuleNameRepeatsPackage(t *testing.T) {
	for name, src := range regoFiles(t) {
		m := parse(t, name, src)
		prefixes := repeatPrefixes(m.Package.Path)
		for _, r := range m.Rules {
			rn := staticName(r.Head.Ref())
			for _, p := range prefixes {
				if strings.HasPrefix(rn, p) {
					t.Errorf("%s:%d: rule %s repeats its package %s (Regal style/rule-name-repeats-package)",
						name, r.Location.Row, rn, m.Package.Path)
					break
				}
			}
		}
	}
}

// repeatPrefixes lists, for a package path data.p1...pn, the rule name
// prefixes Regal flags: each trailing run of components joined by "_", and
// for two or more components, joined in camelCase.
func repeatPrefixes(path ast.Ref) []string {
	var parts []string
	for _, t := range path[1:] {
		s, ok := t.Value.(ast.String)
		if !ok {
			return nil
		}
		parts = append(parts, string(s))
	}
	var out []string
	for n := 1; n <= len(parts); n++ {
		tail := parts[len(parts)-n:]
		out = append(out, strings.Join(tail, "_"))
		if n > 1 {
			camel := tail[0]
			for _, w := range tail[1:] {
				camel += strings.ToUpper(w[:1]) + w[1:]
			}
			out = append(out, camel)
		}
	}
	return out
}

// staticName is the rule's name as Regal reads it: its head reference up
// to the first variable part (codes[plan_id][code] is "codes").
func staticName(ref ast.Ref) string {
	name := ref[0].Value.String()
	for _, t := range ref[1:] {
		s, ok := t.Value.(ast.String)
		if !ok {
			break
		}
		name += "." + string(s)
	}
	return name
}

// TestNoCircularImports checks Regal's imports/circular-import on the
// bundle's packages: no package depends, through imports or references to
// data.<package>, on a package that depends back on it.
func TestNoCircularImports(t *testing.T) {
	pkgs := map[string]*ast.Module{}
	for name, src := range regoFiles(t) {
		if strings.HasSuffix(name, "_test.rego") {
			continue
		}
		m := parse(t, name, src)
		pkgs[m.Package.Path.String()] = m
	}
	deps := map[string]map[string]bool{}
	for p, m := range pkgs {
		deps[p] = map[string]bool{}
		add := func(ref ast.Ref) {
			if q := owner(pkgs, ref); q != "" && q != p {
				deps[p][q] = true
			}
		}
		for _, imp := range m.Imports {
			if ref, ok := imp.Path.Value.(ast.Ref); ok {
				add(ref)
			}
		}
		ast.WalkRefs(m, func(ref ast.Ref) bool {
			add(ref)
			return false
		})
	}
	for _, cycle := range cycles(deps) {
		t.Errorf("circular import: %s (Regal imports/circular-import)", strings.Join(cycle, " -> "))
	}
}

// owner returns the bundle package a data reference reads: the longest
// package path that prefixes it, "" when none does.
func owner(pkgs map[string]*ast.Module, ref ast.Ref) string {
	if !ref.HasPrefix(ast.DefaultRootRef) {
		return ""
	}
	var best string
	for p, m := range pkgs {
		if ref.HasPrefix(m.Package.Path) && len(p) > len(best) {
			best = p
		}
	}
	return best
}

// cycles returns one path for each dependency cycle found by a depth-first
// search, as a -> b -> ... -> a.
func cycles(deps map[string]map[string]bool) [][]string {
	const (
		unseen = iota
		onStack
		done
	)
	state := map[string]int{}
	var stack []string
	var out [][]string
	var visit func(p string)
	visit = func(p string) {
		state[p] = onStack
		stack = append(stack, p)
		for _, q := range slices.Sorted(maps.Keys(deps[p])) {
			switch state[q] {
			case unseen:
				visit(q)
			case onStack:
				i := slices.Index(stack, q)
				out = append(out, append(slices.Clone(stack[i:]), q))
			}
		}
		stack = stack[:len(stack)-1]
		state[p] = done
	}
	for _, p := range slices.Sorted(maps.Keys(deps)) {
		if state[p] == unseen {
			visit(p)
		}
	}
	return out
}
