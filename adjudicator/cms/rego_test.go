package cms

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/tester"
)

// eval prepares query with the tables' built-ins (strict built-in errors,
// as rules.Evaluator runs) and evaluates it once against input. It
// returns the value of x, or nil when the query is undefined.
func eval(t testing.TB, tb *Tables, query string, input map[string]any) (ast.Value, error) {
	t.Helper()
	ctx := context.Background()
	opts := append([]func(*rego.Rego){rego.Query(query), rego.StrictBuiltinErrors(true)}, tb.RegoOptions()...)
	pq, err := rego.New(opts...).PrepareForEval(ctx)
	if err != nil {
		return nil, err
	}
	var evalOpts []rego.EvalOption
	if input != nil {
		evalOpts = append(evalOpts, rego.EvalInput(input))
	}
	rs, err := pq.Eval(ctx, evalOpts...)
	if err != nil || len(rs) == 0 {
		return nil, err
	}
	v, err := ast.InterfaceToValue(rs[0].Bindings["x"])
	if err != nil {
		t.Fatal(err)
	}
	return v, nil
}

func TestBuiltins(t *testing.T) {
	tb := shared(t)
	knee := map[string]any{"codes": []any{"20610", "29881", "", "29877", "junk", "29881"}, "dos": "2024-05-01"}
	for _, tc := range []struct {
		name, query string
		input       map[string]any
		want        string // Rego value; "" means undefined
	}{
		{"ptp_edits", "x := cms.ptp_edits(input.codes, input.dos)", knee,
			"[[1, 0, 1], [1, 3, 0], [3, 0, 1], [5, 0, 1], [5, 3, 0]]"},
		{"ptp_edits earlier version", `x := cms.ptp_edits(["29881", "29877"], "2001-06-30")`, nil, "[[0, 1, 9]]"},
		{"ptp_edits none", `x := cms.ptp_edits(["99213", "ZZZZZ"], "2024-05-01")`, nil, "[]"},
		{"ptp_edits empty", `x := cms.ptp_edits([], "2024-05-01")`, nil, "[]"},
		{"mue MAI 3", `x := cms.mue("97110")`, nil, `{"uos": 6, "mai": 3}`},
		{"mue MAI 1", `x := cms.mue("A0425")`, nil, `{"uos": 250, "mai": 1}`},
		{"mue unknown", `x := cms.mue("ZZZZZ")`, nil, ""},
		{"fee national", `x := cms.fee("99213", "", "", false)`, nil,
			`{"per_unit_cents": 8895, "status": "A", "mult_proc": "0", "pctc": "0", "global_days": "XXX"}`},
		{"fee locality facility", `x := cms.fee("88305", "26", "13202-1", true)`, nil,
			`{"per_unit_cents": 3844, "status": "A", "mult_proc": "0", "pctc": "1", "global_days": "XXX"}`},
		{"fee global period", `x := cms.fee("28200", "", "", true)`, nil,
			`{"per_unit_cents": 32347, "status": "A", "mult_proc": "2", "pctc": "0", "global_days": "090"}`},
		{"fee modifier falls back", `x := cms.fee("71046", "59", "10112-0", false)`, nil,
			`{"per_unit_cents": 2913, "status": "A", "mult_proc": "0", "pctc": "1", "global_days": "XXX"}`},
		{"fee no component row", `x := cms.fee("99213", "26", "", false)`, nil, ""},
		{"fee unknown code", `x := cms.fee("ZZZZZ", "", "", false)`, nil, ""},
		{"fee unknown locality", `x := cms.fee("99213", "", "nowhere", false)`, nil, ""},
		{"fee from input", "x := cms.fee(input.code, input.mod, input.loc, input.fac)",
			map[string]any{"code": "71046", "mod": "TC", "loc": "10112-0", "fac": false},
			`{"per_unit_cents": 1958, "status": "A", "mult_proc": "0", "pctc": "1", "global_days": "XXX"}`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := eval(t, tb, tc.query, tc.input)
			if err != nil {
				t.Fatal(err)
			}
			if tc.want == "" {
				if got != nil {
					t.Fatalf("got %v, want undefined", got)
				}
				return
			}
			want := ast.MustParseTerm(tc.want).Value
			if got == nil || got.Compare(want) != 0 {
				t.Fatalf("got %v, want %v", got, want)
			}
		})
	}
}

// TestBuiltinTypes: a statically wrong argument fails type checking when
// the query is prepared; a wrong value from input fails the evaluation
// with a built-in error (the engine runs with strict built-in errors) and
// never panics.
func TestBuiltinTypes(t *testing.T) {
	tb := shared(t)
	for _, q := range []string{
		`x := cms.mue(1)`,
		`x := cms.ptp_edits("99213", "2024-01-01")`,
		`x := cms.ptp_edits(["99213", 1], "2024-01-01")`,
		`x := cms.fee("99213", "", "", "yes")`,
		`x := cms.fee("99213", "", "")`,
		`x := cms.mue("99213").units`,
	} {
		_, err := eval(t, tb, q, nil)
		if err == nil || !strings.Contains(err.Error(), "rego_type_error") {
			t.Errorf("%s: got %v, want a type error", q, err)
		}
	}
	for _, tc := range []struct {
		query string
		input map[string]any
		want  string
	}{
		{"x := cms.ptp_edits(input.codes, input.dos)", map[string]any{"codes": []any{"99213", 7}, "dos": "2024-01-01"}, "operand 1 must be array of strings"},
		{"x := cms.ptp_edits(input.codes, input.dos)", map[string]any{"codes": "99213", "dos": "2024-01-01"}, "operand 1 must be array"},
		{"x := cms.ptp_edits(input.codes, input.dos)", map[string]any{"codes": []any{"99213"}, "dos": "01/02/2024"}, `date of service "01/02/2024"`},
		{"x := cms.ptp_edits(input.codes, input.dos)", map[string]any{"codes": []any{"99213"}, "dos": 20240102}, "operand 2 must be string"},
		{"x := cms.mue(input.code)", map[string]any{"code": nil}, "operand 1 must be string"},
		{"x := cms.fee(input.code, input.mod, input.loc, input.fac)", map[string]any{"code": "99213", "mod": "", "loc": "", "fac": "no"}, "operand 4 must be boolean"},
		{"x := cms.fee(input.code, input.mod, input.loc, input.fac)", map[string]any{"code": "99213", "mod": 26, "loc": "", "fac": false}, "operand 2 must be string"},
	} {
		_, err := eval(t, tb, tc.query, tc.input)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s with %v: got %v, want an error containing %q", tc.query, tc.input, err, tc.want)
		}
	}
}

const testModule = `package test

import rego.v1

edits := cms.ptp_edits(input.codes, input.dos)

fee := cms.fee("99213", "", "1182-18", false).per_unit_cents

mue_units := cms.mue("97110").uos

default no_mue := true

no_mue := false if cms.mue("ZZZZZ")
`

// TestPrecompiled follows rules.Evaluator: modules compiled ahead by an
// ast.Compiler that knows the declarations, then a prepared query that
// brings the implementations.
func TestPrecompiled(t *testing.T) {
	tb := shared(t)
	ctx := context.Background()
	c := ast.NewCompiler().WithDefaultRegoVersion(ast.RegoV1).WithBuiltins(BuiltinDecls())
	if c.Compile(map[string]*ast.Module{"test.rego": ast.MustParseModule(testModule)}); c.Failed() {
		t.Fatal(c.Errors)
	}
	opts := append([]func(*rego.Rego){rego.Query("data.test"), rego.Compiler(c), rego.StrictBuiltinErrors(true)}, tb.RegoOptions()...)
	pq, err := rego.New(opts...).PrepareForEval(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// The tables are safe for concurrent use: evaluate from several
	// goroutines (meaningful under -race).
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 50 {
				rs, err := pq.Eval(ctx, rego.EvalInput(map[string]any{"codes": []any{"29881", "29877"}, "dos": "2024-05-01"}))
				if err != nil {
					t.Error(err)
					return
				}
				got, _ := ast.InterfaceToValue(rs[0].Expressions[0].Value)
				want := ast.MustParseTerm(`{"edits": [[0, 1, 0]], "fee": 9819, "mue_units": 6, "no_mue": true}`).Value
				if got.Compare(want) != 0 {
					t.Errorf("data.test = %v, want %v", got, want)
					return
				}
			}
		})
	}
	wg.Wait()

	// Without the declarations the compiler rejects the module: the rules
	// engine must pass BuiltinDecls (or Capabilities).
	c = ast.NewCompiler().WithDefaultRegoVersion(ast.RegoV1)
	if c.Compile(map[string]*ast.Module{"test.rego": ast.MustParseModule(testModule)}); !c.Failed() ||
		!strings.Contains(c.Errors.Error(), "undefined function cms.ptp_edits") {
		t.Errorf("compiling without declarations: %v", c.Errors)
	}
}

// TestTester runs Rego unit tests that call the built-ins through OPA's
// tester, both with its default compiler and with one of our own (as
// policies_test.go sets up).
func TestTester(t *testing.T) {
	tb := shared(t)
	src := testModule + `
test_knee if {
	edits == [[0, 1, 0]] with input as {"codes": ["29881", "29877"], "dos": "2024-05-01"}
}

test_fee if fee == 9819

test_mue if {
	mue_units == 6
	no_mue
}

test_undefined_fee if not cms.fee("99213", "TC", "", false)
`
	var bs []*tester.Builtin
	for _, f := range tb.Functions() {
		bs = append(bs, &tester.Builtin{Decl: f.Decl, Func: f.Option})
	}
	for name, c := range map[string]*ast.Compiler{
		"default compiler": nil,
		"strict compiler":  ast.NewCompiler().WithStrict(true).WithBuiltins(BuiltinDecls()),
	} {
		t.Run(name, func(t *testing.T) {
			r := tester.NewRunner().AddCustomBuiltins(bs).RaiseBuiltinErrors(true).
				SetModules(map[string]*ast.Module{"test.rego": ast.MustParseModule(src)})
			if c != nil {
				r.SetCompiler(c)
			}
			ch, err := r.RunTests(context.Background(), nil)
			if err != nil {
				t.Fatal(err)
			}
			n := 0
			for res := range ch {
				n++
				if res.Error != nil || res.Fail {
					t.Errorf("%s: fail=%v error=%v", res.Name, res.Fail, res.Error)
				}
			}
			if n != 4 {
				t.Errorf("ran %d tests, want 4", n)
			}
		})
	}
}

func TestCapabilities(t *testing.T) {
	caps := Capabilities()
	names := map[string]bool{}
	for _, b := range caps.Builtins {
		names[b.Name] = true
	}
	for _, n := range []string{PTPEditsName, MUEName, FeeName, "count"} {
		if !names[n] {
			t.Errorf("capabilities lack %s", n)
		}
	}
	for _, b := range Builtins() {
		if b.Nondeterministic {
			t.Errorf("%s is marked nondeterministic", b.Name)
		}
	}
	// The module compiles against the capabilities alone (no tables).
	if _, err := ast.CompileModulesWithOpt(map[string]string{"test.rego": testModule},
		ast.CompileOpts{ParserOptions: ast.ParserOptions{Capabilities: caps, RegoVersion: ast.RegoV1}}); err != nil {
		t.Error(err)
	}
}

// TestBuiltinCache: results served from the cache are the ones computed
// fresh, for every code, modifier, locality and setting asked twice.
func TestBuiltinCache(t *testing.T) {
	tb := shared(t)
	var ctx rego.BuiltinContext
	locs := append([]string{"", "01182-18"}, tb.Localities()[:5]...)
	for _, code := range []string{"99213", "71046", "88305", "27447", "86153", "G0105", "A0425", "ZZZZZ"} {
		for _, mod := range []string{"", "26", "TC", "53", "59"} {
			for _, loc := range locs {
				for _, fac := range []bool{false, true} {
					want, ok := tb.Fee(code, mod, loc, fac)
					for range 2 {
						got, err := tb.feeBuiltin(ctx, ast.StringTerm(code), ast.StringTerm(mod), ast.StringTerm(loc), ast.BooleanTerm(fac))
						if err != nil {
							t.Fatal(err)
						}
						if !ok {
							if got != nil {
								t.Fatalf("fee %s %s %s %v = %v, want undefined", code, mod, loc, fac, got)
							}
							continue
						}
						cents := got.Get(ast.StringTerm("per_unit_cents"))
						status := got.Get(ast.StringTerm("status"))
						if cents == nil || cents.Value.Compare(ast.Number(strconv.FormatInt(want.PerUnitCents, 10))) != 0 ||
							status.Value.Compare(ast.String(want.Status)) != 0 {
							t.Fatalf("fee %s %s %s %v = %v, want %+v", code, mod, loc, fac, got, want)
						}
					}
				}
			}
		}
		uos, mai, ok := tb.MUE(code)
		for range 2 {
			got, _ := tb.mueBuiltin(ctx, ast.StringTerm(code))
			if ok != (got != nil) || (ok && got.Value.Compare(ast.MustParseTerm(fmt.Sprintf(`{"uos": %d, "mai": %d}`, uos, mai)).Value) != 0) {
				t.Fatalf("mue %s = %v, want %d %d %v", code, got, uos, mai, ok)
			}
		}
	}
	// Past its limit the cache hands back fresh values without keeping them.
	var c termCache
	c.n.Store(termCacheMax)
	v := ast.StringTerm("x")
	if c.put(1, v) != v || c.get(1) != nil {
		t.Error("a full cache kept a value")
	}
	// Edits of claims longer than the cached triples are built fresh.
	e := Edit{Column1: maxStackCodes + 3, Column2: 2, ModifierIndicator: 9}
	if got := editTerm(e); got.Value.Compare(ast.MustParseTerm(fmt.Sprintf("[%d, 2, 9]", maxStackCodes+3)).Value) != 0 {
		t.Errorf("editTerm(%v) = %v", e, got)
	}
	if got := editTerm(Edit{3, 4, 9}); got.Value.Compare(ast.MustParseTerm("[3, 4, 9]").Value) != 0 || editTerm(Edit{3, 4, 9}) != got {
		t.Errorf("editTerm not cached or wrong: %v", got)
	}
}
