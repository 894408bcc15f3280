package cms

import (
	"sync"
	"sync/atomic"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/topdown/builtins"
	"github.com/open-policy-agent/opa/v1/types"
)

// Names of the built-in functions.
const (
	PTPEditsName = "cms.ptp_edits"
	MUEName      = "cms.mue"
	FeeName      = "cms.fee"
)

// All three functions are deterministic (Nondeterministic false: a given
// table and arguments always give the same value, so OPA may evaluate them
// during partial evaluation and inlining). They are not memoized: OPA's
// memoization keys its per-query cache by the arguments' printed form,
// which costs more than the lookups themselves (BenchmarkBuiltinMemoize).
var (
	ptpEditsFunc = &rego.Function{
		Name: PTPEditsName,
		Description: "NCCI practitioner PTP edits in force on a date of service among the codes of one claim's lines " +
			"(same date of service and rendering provider): [i, j, mi] for each ordered pair with codes[i] as column 1, " +
			"codes[j] as column 2, mi the modifier indicator (0, 1 or 9); ordered by i then j; [] when none.",
		Decl: types.NewFunction(
			types.Args(
				types.Named("codes", types.NewArray(nil, types.S)).Description("HCPCS codes, in line order"),
				types.Named("dos", types.S).Description("date of service, YYYY-MM-DD"),
			),
			types.Named("edits", types.NewArray(nil, types.NewArray([]types.Type{types.N, types.N, types.N}, nil))).
				Description("[i, j, mi] per edit"),
		),
	}
	mueFunc = &rego.Function{
		Name: MUEName,
		Description: "NCCI Practitioner medically unlikely edit for a HCPCS code: {\"uos\": max units per date of service, " +
			"\"mai\": adjudication indicator 1 (line), 2 (date, policy) or 3 (date, clinical)}; undefined when the code has none.",
		Decl: types.NewFunction(
			types.Args(types.Named("code", types.S).Description("HCPCS code")),
			types.Named("mue", types.NewObject([]*types.StaticProperty{
				types.NewStaticProperty("uos", types.N),
				types.NewStaticProperty("mai", types.N),
			}, nil)),
		),
	}
	feeFunc = &rego.Function{
		Name: FeeName,
		Description: "Medicare physician fee schedule amount for one unit, in integer cents, with the row's status, " +
			"multiple procedure, PC/TC and global period indicators; undefined when the code (with mod 26/TC) or locality has no row.",
		Decl: types.NewFunction(
			types.Args(
				types.Named("code", types.S).Description("HCPCS code"),
				types.Named("mod", types.S).Description(`"" for the global service, "26" or "TC" for a component; others price their own row or the global one`),
				types.Named("locality", types.S).Description(`"MAC-locality" as in the GPCI file (e.g. "1182-18"); "" for national`),
				types.Named("facility", types.B).Description("price at the facility practice expense RVU"),
			),
			types.Named("fee", types.NewObject([]*types.StaticProperty{
				types.NewStaticProperty("per_unit_cents", types.N),
				types.NewStaticProperty("status", types.S),
				types.NewStaticProperty("mult_proc", types.S),
				types.NewStaticProperty("pctc", types.S),
				types.NewStaticProperty("global_days", types.S),
			}, nil)),
		),
	}
)

var functions = []*rego.Function{ptpEditsFunc, mueFunc, feeFunc}

// Builtins returns the declarations of the functions, for a compiler's
// capabilities or an ast.Compiler's WithBuiltins (see BuiltinDecls). The
// declarations do not depend on the tables, so rules can be compiled and
// type-checked before (or without) loading them.
func Builtins() []*ast.Builtin {
	out := make([]*ast.Builtin, len(functions))
	for i, f := range functions {
		out[i] = &ast.Builtin{Name: f.Name, Description: f.Description, Decl: f.Decl, Nondeterministic: f.Nondeterministic}
	}
	return out
}

// BuiltinDecls is Builtins keyed by name, the shape ast.Compiler.WithBuiltins
// takes. A compiler handed to rego.Compiler must know the declarations:
//
//	c := ast.NewCompiler().WithBuiltins(cms.BuiltinDecls())
func BuiltinDecls() map[string]*ast.Builtin {
	m := map[string]*ast.Builtin{}
	for _, b := range Builtins() {
		m[b.Name] = b
	}
	return m
}

// Capabilities are this OPA version's capabilities plus the functions, for
// tools that compile against capabilities (ast.CompileOpts, the tester's
// default compiler).
func Capabilities() *ast.Capabilities {
	c := ast.CapabilitiesForThisVersion()
	c.Builtins = append(c.Builtins, Builtins()...)
	return c
}

// Function is one built-in: its declaration and the rego option that
// implements it over a Tables. It has the fields of the OPA tester's
// Builtin, so a test runner takes them as
//
//	for _, f := range tables.Functions() {
//		bs = append(bs, &tester.Builtin{Decl: f.Decl, Func: f.Option})
//	}
//	tester.NewRunner().AddCustomBuiltins(bs)
//
// (this package does not import the tester, which production binaries do
// not otherwise link).
type Function struct {
	Decl   *ast.Builtin
	Option func(*rego.Rego)
}

// Functions returns the built-ins bound to t.
func (t *Tables) Functions() []Function {
	decls := Builtins()
	opts := t.RegoOptions()
	out := make([]Function, len(decls))
	for i := range decls {
		out[i] = Function{Decl: decls[i], Option: opts[i]}
	}
	return out
}

// RegoOptions returns rego.New options that implement the functions over
// t, in the order of Builtins.
func (t *Tables) RegoOptions() []func(*rego.Rego) {
	return []func(*rego.Rego){
		rego.Function2(ptpEditsFunc, t.ptpEditsBuiltin),
		rego.Function1(mueFunc, t.mueBuiltin),
		rego.Function4(feeFunc, t.feeBuiltin),
	}
}

// The type checker rejects arguments of the wrong static type at compile
// time, but values from input are only typed at run time, so each function
// checks its operands and returns a type error rather than assuming.

// maxStackCodes covers a claim's lines without a heap allocation; longer
// code lists are still handled, on the heap.
const maxStackCodes = 64

func (t *Tables) ptpEditsBuiltin(_ rego.BuiltinContext, codesTerm, dosTerm *ast.Term) (*ast.Term, error) {
	arr, ok := codesTerm.Value.(*ast.Array)
	if !ok {
		return nil, builtins.NewOperandTypeErr(1, codesTerm.Value, "array")
	}
	dosStr, ok := dosTerm.Value.(ast.String)
	if !ok {
		return nil, builtins.NewOperandTypeErr(2, dosTerm.Value, "string")
	}
	dos, ok := parseDOS(string(dosStr))
	if !ok {
		return nil, builtins.NewOperandErr(2, "date of service %q is not YYYY-MM-DD", string(dosStr))
	}
	n := arr.Len()
	var (
		csBuf    [maxStackCodes]code
		validBuf [maxStackCodes]bool
		editBuf  [maxStackCodes]Edit
		cs       = csBuf[:0]
		valid    = validBuf[:0]
	)
	if n > maxStackCodes {
		cs, valid = make([]code, 0, n), make([]bool, 0, n)
	}
	for i := range n {
		s, ok := arr.Elem(i).Value.(ast.String)
		if !ok {
			return nil, builtins.NewOperandElementErr(1, arr, arr.Elem(i).Value, "string")
		}
		c, ok := encode(string(s))
		cs, valid = append(cs, c), append(valid, ok)
	}
	edits := t.appendEdits(editBuf[:0], cs, valid, dos)
	if len(edits) == 0 {
		return ast.InternedEmptyArray, nil
	}
	out := make([]*ast.Term, len(edits))
	for k, e := range edits {
		out[k] = editTerm(e)
	}
	return ast.NewTerm(ast.NewArray(out...)), nil
}

// editTerms caches the [i, j, mi] triples of claims up to maxStackCodes
// lines: a claim's edits then cost one array, not four allocations each.
var editTerms [maxStackCodes * maxStackCodes * 3]atomic.Pointer[ast.Term]

func editTerm(e Edit) *ast.Term {
	if e.Column1 >= maxStackCodes || e.Column2 >= maxStackCodes {
		return newEditTerm(e)
	}
	mi := e.ModifierIndicator
	if mi == 9 {
		mi = 2
	}
	p := &editTerms[(e.Column1*maxStackCodes+e.Column2)*3+mi]
	if v := p.Load(); v != nil {
		return v
	}
	v := newEditTerm(e)
	p.Store(v)
	return v
}

func newEditTerm(e Edit) *ast.Term {
	return ast.ArrayTerm(ast.InternedTerm(e.Column1), ast.InternedTerm(e.Column2), ast.InternedTerm(e.ModifierIndicator))
}

// termCache keeps built-in results for reuse across evaluations. OPA
// treats values as immutable (its in-memory store hands the same AST
// values to every query), and building an object costs several times the
// lookup behind it (BenchmarkFee). The cache stops growing at
// termCacheMax entries so a long-running process that meets every code in
// every locality does not keep them all.
type termCache struct {
	m sync.Map // uint64 -> *ast.Term
	n atomic.Int64
}

const termCacheMax = 1 << 16

func (c *termCache) get(k uint64) *ast.Term {
	if v, ok := c.m.Load(k); ok {
		return v.(*ast.Term)
	}
	return nil
}

func (c *termCache) put(k uint64, v *ast.Term) *ast.Term {
	if c.n.Load() >= termCacheMax {
		return v
	}
	if prev, loaded := c.m.LoadOrStore(k, v); loaded {
		return prev.(*ast.Term)
	}
	c.n.Add(1)
	return v
}

var (
	uosKey        = ast.StringTerm("uos")
	maiKey        = ast.StringTerm("mai")
	perUnitKey    = ast.StringTerm("per_unit_cents")
	statusKey     = ast.StringTerm("status")
	multProcKey   = ast.StringTerm("mult_proc")
	pctcKey       = ast.StringTerm("pctc")
	globalDaysKey = ast.StringTerm("global_days")
)

func (t *Tables) mueBuiltin(_ rego.BuiltinContext, codeTerm *ast.Term) (*ast.Term, error) {
	s, ok := codeTerm.Value.(ast.String)
	if !ok {
		return nil, builtins.NewOperandTypeErr(1, codeTerm.Value, "string")
	}
	k, ok := encode(string(s))
	if !ok {
		return nil, nil // undefined
	}
	if v := t.mueTerms.get(uint64(k)); v != nil {
		return v, nil
	}
	uos, mai, ok := t.MUE(string(s))
	if !ok {
		return nil, nil
	}
	return t.mueTerms.put(uint64(k), ast.ObjectTerm(
		[2]*ast.Term{uosKey, ast.InternedTerm(uos)},
		[2]*ast.Term{maiKey, ast.InternedTerm(mai)},
	)), nil
}

func (t *Tables) feeBuiltin(_ rego.BuiltinContext, codeTerm, modTerm, locTerm, facTerm *ast.Term) (*ast.Term, error) {
	c, ok := codeTerm.Value.(ast.String)
	if !ok {
		return nil, builtins.NewOperandTypeErr(1, codeTerm.Value, "string")
	}
	mod, ok := modTerm.Value.(ast.String)
	if !ok {
		return nil, builtins.NewOperandTypeErr(2, modTerm.Value, "string")
	}
	loc, ok := locTerm.Value.(ast.String)
	if !ok {
		return nil, builtins.NewOperandTypeErr(3, locTerm.Value, "string")
	}
	fac, ok := facTerm.Value.(ast.Boolean)
	if !ok {
		return nil, builtins.NewOperandTypeErr(4, facTerm.Value, "boolean")
	}
	i, g, ok := t.lookupFee(string(c), string(mod), string(loc))
	if !ok {
		return nil, nil // undefined
	}
	key := uint64(i)<<32 | uint64(g.n)<<1
	if fac {
		key |= 1
	}
	if v := t.feeTerms.get(key); v != nil {
		return v, nil
	}
	r := &t.fees.rows[i]
	a := r.attrs
	return t.feeTerms.put(key, ast.ObjectTerm(
		[2]*ast.Term{perUnitKey, ast.InternedTerm(r.cents(g, bool(fac)))},
		[2]*ast.Term{statusKey, a.terms[0]},
		[2]*ast.Term{multProcKey, a.terms[1]},
		[2]*ast.Term{pctcKey, a.terms[2]},
		[2]*ast.Term{globalDaysKey, a.terms[3]},
	)), nil
}
