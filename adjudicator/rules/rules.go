// Package rules adjudicates claims with the OPA policy bundle in policies/:
// it implements adjudicator.Rules by evaluating data.claims.decision.
//
// The bundle is parsed and compiled once and the decision query prepared
// once in New; Decide only builds the input as an AST value (the claim, the
// member's eligibility, and the member's history indexed for constant-time
// lookups) and walks the AST result, so no claim round-trips through JSON
// or map[string]any. Every outcome and amount comes from Rego; Decide copies
// what the rules need not repeat from the claim (ids, codes, units,
// charges), derives the sums, and checks the result (shape, line order,
// balancing identities against the claim's charges) before it returns it.
//
// Performance (see BenchmarkDecideTuva, BenchmarkDecideFloor and
// TestRegoProfile): OPA's evaluator costs about the same for each step of
// evaluation (a reference, a call, a comparison), so the rules are written
// to take few steps and the input Decide builds is shaped to need few.
//
// New also runs the bundle's own data checks (data.claims.config.errors)
// and materializes packages that derive lookup indexes from plans: OPA
// caches rule values only within one evaluation, so an index written as a
// rule would otherwise be rebuilt for every claim (see materialize).
//
// The CMS reference tables (NCCI edits, MUEs, the physician fee schedule)
// reach the rules as the built-in functions of adjudicator/cms, not as
// data: the rules call cms.ptp_edits, cms.mue and cms.fee, and the table
// work happens in Go. An exclusion list (adjudicator/exclusion, the OIG
// LEIE) reaches them as data.exclusions, for the EXCLUDED fraud signal,
// and a fraud baseline (adjudicator/fraudbase) as data.fraud_baseline, for
// the peer signals. All decide claims as much as the Rego does, so the policy hash covers
// them.
package rules

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"slices"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/storage"
	"github.com/open-policy-agent/opa/v1/storage/inmem"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/cms"
	"github.com/claimsledger/claims/adjudicator/exclusion"
	"github.com/claimsledger/claims/adjudicator/fraudbase"
	"github.com/claimsledger/claims/policies"
)

// DecisionQuery is the document every bundle must define.
const DecisionQuery = "data.claims.decision"

// configErrorsQuery lists what is wrong with a bundle's plans and reference
// data; New refuses a bundle for which it is non-empty.
const configErrorsQuery = "data.claims.config.errors"

// Evaluator decides claims by evaluating the policy bundle with OPA: it is
// the adjudicator.Rules the pipeline (adjudicator.Engine) calls. It is safe
// for concurrent use.
type Evaluator struct {
	query   rego.PreparedEvalQuery
	hash    adjudicator.Hash
	hashHex string
	explain bool
	// freqCodes are the codes some plan's frequency limits count; the
	// history index carries counts for these only.
	freqCodes map[string]bool
	// minutes are the typical minutes per unit of each timed code (data.reference.minutes).
	minutes map[string]int64
}

var _ adjudicator.Rules = (*Evaluator)(nil)

type config struct {
	fsys    fs.FS
	source  string
	plans   fs.FS
	explain bool
	tables  *cms.Tables
	// excluded is the exclusion list; nil: none.
	excluded *exclusion.List
	// baseline is the fraud baseline; nil: none.
	baseline *fraudbase.Baseline
}

// Option configures New.
type Option func(*config) error

// WithFS loads the bundle from fsys (its root is the bundle root, laid out
// like policies/) instead of the bundle embedded in the binary. Default:
// the embedded bundle.
func WithFS(fsys fs.FS) Option {
	return func(c *config) error {
		if fsys == nil {
			return errors.New("WithFS: nil file system")
		}
		c.fsys, c.source = fsys, "file system"
		return nil
	}
}

// WithDir loads the bundle from a directory laid out like policies/, for
// `--plans-dir DIR` style overrides. The directory replaces the embedded bundle
// as a whole (rules and plans), and its contents decide the policy hash.
func WithDir(dir string) Option {
	return func(c *config) error {
		st, err := os.Stat(dir)
		if err != nil {
			return fmt.Errorf("WithDir: %w", err)
		}
		if !st.IsDir() {
			return fmt.Errorf("WithDir: %s is not a directory", dir)
		}
		c.fsys, c.source = os.DirFS(dir), dir
		return nil
	}
}

// WithPlansDir replaces the bundle's plans with the plan documents in dir,
// laid out as <plan id>/data.json (dir takes the place of policies/plans).
// Rules and reference data stay those of the bundle; the plans, like
// everything else the rules read, are part of the policy hash.
func WithPlansDir(dir string) Option {
	return func(c *config) error {
		st, err := os.Stat(dir)
		if err != nil {
			return fmt.Errorf("WithPlansDir: %w", err)
		}
		if !st.IsDir() {
			return fmt.Errorf("WithPlansDir: %s is not a directory", dir)
		}
		c.plans = os.DirFS(dir)
		c.source += " with plans from " + dir
		return nil
	}
}

// WithExplain makes each line decision carry Explain: which rule decided
// each step and why. Default off: formatting the explanations costs
// evaluation time, and they become part of the decision record.
func WithExplain(on bool) Option {
	return func(c *config) error {
		c.explain = on
		return nil
	}
}

// WithTables prices and edits with these CMS tables (say, the full tables
// loaded with cms.LoadDir). Default: cms.Load(cms.Bundled()), the slice
// embedded in the binary, which covers the codes of the bundled Tuva
// sample claims; a code missing from the tables has no fee (CARC 96) and
// no edits.
func WithTables(t *cms.Tables) Option {
	return func(c *config) error {
		if t == nil {
			return errors.New("WithTables: nil tables")
		}
		c.tables = t
		return nil
	}
}

// WithExclusions gives the rules an exclusion list (the OIG LEIE, read
// with exclusion.Load) as data.exclusions: a claim billed or rendered by a
// provider excluded on its date of service fires the EXCLUDED fraud
// signal. The list's digest becomes part of the policy hash, since another
// list decides the same claims differently. Default: none (data.exclusions
// is an empty list, and the hash is that of the bundle and tables alone).
func WithExclusions(l *exclusion.List) Option {
	return func(c *config) error {
		if l == nil {
			return errors.New("WithExclusions: nil list")
		}
		c.excluded = l
		return nil
	}
}

// WithFraudBaseline gives the rules a fraud baseline (fraudbase, built
// from the decisions topic by `claims fraud baseline`) as
// data.fraud_baseline: the peer signals of claims.fraud (BYPASS_RATE,
// MUE_RATE, UNITS_OUTLIER, CHARGE_OUTLIER, EM_UPCODING) compare claims and
// providers with it. Its id becomes part of the policy hash: another
// baseline flags other claims. Default: none (the peer signals never
// fire, and the hash is as without this option).
func WithFraudBaseline(b *fraudbase.Baseline) Option {
	return func(c *config) error {
		if b == nil {
			return errors.New("WithFraudBaseline: nil baseline")
		}
		c.baseline = b
		return nil
	}
}

// baselineKey is where the fraud baseline is in data; a bundle may not
// define it.
const baselineKey = "fraud_baseline"

// exclusionsKey is where the exclusion list is in data; a bundle may not
// define it.
const exclusionsKey = "exclusions"

// New loads, checks and compiles the policy bundle and prepares the
// decision query.
func New(ctx context.Context, opts ...Option) (*Evaluator, error) {
	c := config{source: "embedded bundle"}
	for _, o := range opts {
		if err := o(&c); err != nil {
			return nil, fmt.Errorf("rules: %w", err)
		}
	}
	if c.tables == nil {
		t, err := cms.Load(cms.Bundled())
		if err != nil {
			return nil, fmt.Errorf("rules: bundled CMS tables: %w", err)
		}
		c.tables = t
	}
	files, err := bundleFiles(c)
	if err != nil {
		return nil, fmt.Errorf("rules: %s: %w", c.source, err)
	}
	modules, data, err := parseBundle(files)
	if err != nil {
		return nil, fmt.Errorf("rules: %s: %w", c.source, err)
	}
	if err := place(data, []string{exclusionsKey}, c.excluded.Data()); err != nil {
		return nil, fmt.Errorf("rules: %s: the exclusion list goes at data.%s: %w", c.source, exclusionsKey, err)
	}
	baseline := map[string]any{}
	var baselineID [32]byte
	if c.baseline != nil {
		if baseline, err = c.baseline.Data(); err != nil {
			return nil, fmt.Errorf("rules: %w", err)
		}
		if baselineID, err = c.baseline.ID(); err != nil {
			return nil, fmt.Errorf("rules: %w", err)
		}
	}
	if err := place(data, []string{baselineKey}, baseline); err != nil {
		return nil, fmt.Errorf("rules: %s: the fraud baseline goes at data.%s: %w", c.source, baselineKey, err)
	}
	compiler, err := compile(modules)
	if err != nil {
		return nil, fmt.Errorf("rules: %s: %w", c.source, err)
	}
	if err := checkConfig(ctx, compiler, newStore(data)); err != nil {
		return nil, fmt.Errorf("rules: %s: %w", c.source, err)
	}
	if err := checkLocalities(data, c.tables); err != nil {
		return nil, fmt.Errorf("rules: %s: %w", c.source, err)
	}
	if compiler, err = materialize(ctx, compiler, modules, data); err != nil {
		return nil, fmt.Errorf("rules: %s: %w", c.source, err)
	}
	store := newStore(data)
	if len(compiler.GetRulesForVirtualDocument(ast.MustParseRef(DecisionQuery))) == 0 {
		return nil, fmt.Errorf("rules: %s: no rule defines %s", c.source, DecisionQuery)
	}
	regoOpts := append([]func(*rego.Rego){
		rego.Query(DecisionQuery),
		rego.Compiler(compiler),
		rego.Store(store),
		// Builtin errors (a bad regex, a type error on odd data) must fail
		// the decision loudly, not read as "rule undefined".
		rego.StrictBuiltinErrors(true),
		// Hand back the result term itself; decode walks it directly.
		rego.GenerateJSON(func(t *ast.Term, _ *rego.EvalContext) (any, error) { return t, nil }),
	}, c.tables.RegoOptions()...)
	q, err := rego.New(regoOpts...).PrepareForEval(ctx)
	if err != nil {
		return nil, fmt.Errorf("rules: %s: prepare %s: %w", c.source, DecisionQuery, err)
	}
	minutes, err := typicalMinutes(data)
	if err != nil {
		return nil, fmt.Errorf("rules: %s: %w", c.source, err)
	}
	var baselineIDp *[32]byte
	if c.baseline != nil {
		baselineIDp = &baselineID
	}
	h := policyHash(files, c.tables, c.excluded, baselineIDp)
	return &Evaluator{
		query: q, hash: h, hashHex: "0x" + hex.EncodeToString(h[:]), explain: c.explain,
		freqCodes: frequencyCodes(data), minutes: minutes,
	}, nil
}

// policyHash is the bundle hash (policies.Hash) extended with the CMS
// tables' content digest (SHA-256 over the table files as read), because
// the tables decide as much as the Rego does: the same claim under another
// quarter's NCCI release is another decision. So does an exclusion list
// (which providers fire EXCLUDED, and from when): when one is configured,
// its digest (exclusion.List.Digest, over its NPIs and periods) is hashed
// in too, so a replay with another list cannot claim the same hash. Without
// one the hash is that of the bundle and tables, as before lists existed.
// A fraud baseline's id (baselineID, nil when none) is hashed in the same
// way.
func policyHash(files []policies.File, t *cms.Tables, excluded *exclusion.List, baselineID *[32]byte) adjudicator.Hash {
	st := t.Stats()
	fp := fmt.Sprintf("files=%s digest=%x", strings.Join(st.Files, ","), st.Digest)
	all := append(slices.Clone(files), policies.File{Path: "cms.tables", Data: []byte(fp)})
	if excluded != nil {
		d := excluded.Digest()
		all = append(all, policies.File{Path: "exclusion.list", Data: fmt.Appendf(nil, "digest=%x", d)})
	}
	if baselineID != nil {
		all = append(all, policies.File{Path: "fraud.baseline", Data: fmt.Appendf(nil, "id=%x", *baselineID)})
	}
	return policies.Hash(all)
}

// frequencyCodes lists the codes of every plan's service categories with
// a frequency limit (plans/<id>/data.json services[].frequency): the only
// codes whose history counts the rules read.
func frequencyCodes(data map[string]any) map[string]bool {
	out := map[string]bool{}
	plans, _ := data["plans"].(map[string]any)
	for _, p := range plans {
		plan, _ := p.(map[string]any)
		services, _ := plan["services"].([]any)
		for _, s := range services {
			svc, _ := s.(map[string]any)
			if svc["frequency"] == nil {
				continue
			}
			codes, _ := svc["codes"].([]any)
			for _, c := range codes {
				if code, ok := c.(string); ok {
					out[code] = true
				}
			}
		}
	}
	return out
}

// checkLocalities refuses a provider directory (data.providers.npi) that
// places a provider in a locality the GPCI table does not have: cms.fee
// is undefined for an unknown locality, so every line of that provider
// would be denied for want of a fee rather than priced.
func checkLocalities(data map[string]any, t *cms.Tables) error {
	known := map[string]bool{}
	for _, id := range t.Localities() {
		known[normalizeLocality(id)] = true
	}
	providers, _ := data["providers"].(map[string]any)
	npis, _ := providers["npi"].(map[string]any)
	var bad []string
	for npi, p := range npis {
		entry, _ := p.(map[string]any)
		loc, ok := entry["locality"].(string)
		switch {
		case !ok:
			bad = append(bad, fmt.Sprintf("providers: npi %s: locality must be a string", npi))
		case loc != "" && !known[normalizeLocality(loc)]:
			bad = append(bad, fmt.Sprintf("providers: npi %s: locality %q is not in the GPCI table", npi, loc))
		}
	}
	if len(bad) == 0 {
		return nil
	}
	slices.Sort(bad)
	return fmt.Errorf("bundle data is malformed:\n  %s", strings.Join(bad, "\n  "))
}

// normalizeLocality drops leading zeros of both parts of "MAC-locality"
// ("01182-18" and "1182-18" are one locality), as cms does.
func normalizeLocality(id string) string {
	mac, loc, ok := strings.Cut(id, "-")
	if !ok {
		return id
	}
	trim := func(s string) string {
		if t := strings.TrimLeft(s, "0"); t != "" || s == "" {
			return t
		}
		return "0"
	}
	return trim(mac) + "-" + trim(loc)
}

// PolicyHash is the bundle hash (see policies.Hash). Decisions carry it as
// Decision.PolicyHash in 0x-prefixed lowercase hex, the form chain tools
// print a bytes32 in.
func (e *Evaluator) PolicyHash() adjudicator.Hash { return e.hash }

// Decide evaluates the rules for one claim given the member's eligibility
// and history (the history of claims decided before this one: cost sharing
// accumulated per plan year, and prior services for duplicates and
// frequency limits). An error means no decision: the evaluation failed or
// the rules produced a malformed decision (the error names the claim and
// quotes the rule output).
func (e *Evaluator) Decide(ctx context.Context, c *adjudicator.Claim, f adjudicator.Facts) (adjudicator.Decision, error) {
	if c == nil {
		return adjudicator.Decision{}, errors.New("rules: nil claim")
	}
	var buf [16]int
	order := lineOrder(c, buf[:])
	rs, err := e.query.Eval(ctx, rego.EvalParsedInput(e.inputValue(c, &f, order)))
	if err != nil {
		return adjudicator.Decision{}, fmt.Errorf("rules: claim %s: evaluate %s: %w", c.ClaimID, DecisionQuery, err)
	}
	if len(rs) != 1 || len(rs[0].Expressions) != 1 {
		return adjudicator.Decision{}, fmt.Errorf("rules: claim %s: %s is undefined", c.ClaimID, DecisionQuery)
	}
	t, ok := rs[0].Expressions[0].Value.(*ast.Term)
	if !ok {
		return adjudicator.Decision{}, fmt.Errorf("rules: claim %s: result is %T, want *ast.Term", c.ClaimID, rs[0].Expressions[0].Value)
	}
	d, err := decode(t.Value, c, order)
	if err == nil {
		err = verify(&d)
	}
	if err != nil {
		return adjudicator.Decision{}, &OutputError{ClaimID: c.ClaimID, Output: t.String(), Err: err}
	}
	d.PolicyHash = e.hashHex
	return d, nil
}

// OutputError reports a rule output that is not a valid decision for the
// claim: a policy bug, never a property of the claim.
type OutputError struct {
	ClaimID string
	// Output is the rule output in Rego syntax, truncated for the message.
	Output string
	Err    error
}

func (e *OutputError) Error() string {
	out := e.Output
	if len(out) > 2000 {
		out = out[:2000] + "..."
	}
	return fmt.Sprintf("rules: claim %s: malformed %s: %v; rule output: %s", e.ClaimID, DecisionQuery, e.Err, out)
}

func (e *OutputError) Unwrap() error { return e.Err }

// verify checks what Rego cannot be trusted to get right by construction:
// no negative adjustment, and the balancing identities against the
// claim's own charges (decode copied them from the claim).
func verify(d *adjudicator.Decision) error {
	for _, l := range d.Lines {
		for _, a := range l.Adjustments {
			if a.Cents < 0 {
				return fmt.Errorf("line %d: negative adjustment %s-%s %d", l.Line, a.Group, a.CARC, a.Cents)
			}
		}
	}
	return d.Check()
}

func bundleFiles(c config) ([]policies.File, error) {
	files, err := policies.Files(c.fsys)
	if err != nil || c.plans == nil {
		return files, err
	}
	plans, err := policies.Files(c.plans)
	if err != nil {
		return nil, fmt.Errorf("plans: %w", err)
	}
	files = slices.DeleteFunc(files, func(f policies.File) bool { return strings.HasPrefix(f.Path, "plans/") })
	for _, f := range plans {
		if !f.IsData() || strings.Count(f.Path, "/") != 1 {
			return nil, fmt.Errorf("plans: %s: want only <plan id>/data.json files", f.Path)
		}
		files = append(files, policies.File{Path: "plans/" + f.Path, Data: f.Data})
	}
	return files, nil
}

func compile(modules map[string]*ast.Module) (*ast.Compiler, error) {
	c := ast.NewCompiler().WithDefaultRegoVersion(ast.RegoV1).WithBuiltins(cms.BuiltinDecls())
	if c.Compile(modules); c.Failed() {
		return nil, fmt.Errorf("compile: %w", c.Errors)
	}
	return c, nil
}

// newStore serves data as AST values on read: the plans and fees are read
// on every evaluation, and converting them from Go maps each time would
// dominate its cost.
func newStore(data map[string]any) storage.Store {
	return inmem.NewFromObjectWithOpts(data, inmem.OptRoundTripOnWrite(false), inmem.OptReturnASTValuesOnRead(true))
}

// materialize evaluates, once, each package annotated
//
//	# custom:
//	#   materialize: true
//
// and replaces it with its value as data, then recompiles. Such a package
// derives lookup structures from plans and reference data (an index, say)
// that would otherwise be rebuilt on every evaluation, since OPA caches
// rule values only within one evaluation. It must read data only: no
// input, no functions. opa test evaluates the same package live, so the
// Rego tests and the engine compute the same values.
func materialize(ctx context.Context, compiler *ast.Compiler, modules map[string]*ast.Module, data map[string]any) (*ast.Compiler, error) {
	var names []string
	for name, m := range modules {
		if materialized(m) {
			names = append(names, name)
		}
	}
	if len(names) == 0 {
		return compiler, nil
	}
	slices.Sort(names)
	for _, name := range names {
		m := modules[name]
		if err := dataOnly(m); err != nil {
			return nil, fmt.Errorf("materialize %s: %w", name, err)
		}
		rs, err := rego.New(rego.Query(m.Package.Path.String()), rego.Compiler(compiler), rego.Store(newStore(data))).Eval(ctx)
		if err != nil {
			return nil, fmt.Errorf("materialize %s: %w", name, err)
		}
		if len(rs) != 1 {
			return nil, fmt.Errorf("materialize %s: package is undefined", name)
		}
		keys := make([]string, 0, len(m.Package.Path)-1)
		for _, t := range m.Package.Path[1:] {
			k, ok := t.Value.(ast.String)
			if !ok {
				return nil, fmt.Errorf("materialize %s: package path %s", name, m.Package.Path)
			}
			keys = append(keys, string(k))
		}
		if err := place(data, keys, rs[0].Expressions[0].Value); err != nil {
			return nil, fmt.Errorf("materialize %s: %w", name, err)
		}
		delete(modules, name)
	}
	return compile(modules)
}

func materialized(m *ast.Module) bool {
	for _, a := range m.Annotations {
		if a.Scope == "package" && a.Custom["materialize"] == true {
			return true
		}
	}
	return false
}

// dataOnly rejects what a materialized value cannot stand for: functions
// (they take arguments) and input (there is none at load time).
func dataOnly(m *ast.Module) error {
	for _, r := range m.Rules {
		if len(r.Head.Args) > 0 {
			return fmt.Errorf("%s is a function; a materialized package may only define values", r.Head.Name)
		}
	}
	var err error
	ast.WalkRefs(m, func(ref ast.Ref) bool {
		if err == nil && ref.HasPrefix(ast.InputRootRef) {
			err = fmt.Errorf("%s reads input; a materialized package may only read data", ref)
		}
		return false
	})
	return err
}

// parseBundle parses the modules and assembles data.json documents at their
// directory paths, as an OPA bundle would.
func parseBundle(files []policies.File) (map[string]*ast.Module, map[string]any, error) {
	modules := map[string]*ast.Module{}
	data := map[string]any{}
	for _, f := range files {
		switch {
		case f.IsModule():
			m, err := ast.ParseModuleWithOpts(f.Path, string(f.Data), ast.ParserOptions{RegoVersion: ast.RegoV1, ProcessAnnotation: true})
			if err != nil {
				return nil, nil, err
			}
			modules[f.Path] = m
		case f.IsData():
			// Numbers stay json.Number, exact integers in Rego: a float64
			// would format as 1e+07 in an explanation and could round a
			// large amount of cents.
			dec := json.NewDecoder(bytes.NewReader(f.Data))
			dec.UseNumber()
			var doc any
			if err := dec.Decode(&doc); err != nil {
				return nil, nil, fmt.Errorf("%s: %w", f.Path, err)
			}
			if dec.More() {
				return nil, nil, fmt.Errorf("%s: trailing data after the document", f.Path)
			}
			if err := place(data, strings.Split(path.Dir(f.Path), "/"), doc); err != nil {
				return nil, nil, fmt.Errorf("%s: %w", f.Path, err)
			}
		}
	}
	return modules, data, nil
}

func place(root map[string]any, keys []string, doc any) error {
	if len(keys) == 1 && keys[0] == "." {
		obj, ok := doc.(map[string]any)
		if !ok {
			return errors.New("a root data.json must hold an object")
		}
		for k, v := range obj {
			if _, dup := root[k]; dup {
				return fmt.Errorf("data.%s is defined twice", k)
			}
			root[k] = v
		}
		return nil
	}
	node := root
	for i, k := range keys[:len(keys)-1] {
		next, ok := node[k].(map[string]any)
		if !ok {
			if _, taken := node[k]; taken {
				return fmt.Errorf("data.%s is defined twice", strings.Join(keys[:i+1], "."))
			}
			next = map[string]any{}
			node[k] = next
		}
		node = next
	}
	last := keys[len(keys)-1]
	if _, dup := node[last]; dup {
		return fmt.Errorf("data.%s is defined twice", strings.Join(keys, "."))
	}
	node[last] = doc
	return nil
}

// checkConfig evaluates the bundle's own data checks once, so a malformed
// plan (say from a --plans-dir override) stops the engine at start instead of
// holding or denying every claim that reaches it. A bundle without the
// check package is accepted as is.
func checkConfig(ctx context.Context, compiler *ast.Compiler, store storage.Store) error {
	rs, err := rego.New(rego.Query(configErrorsQuery), rego.Compiler(compiler), rego.Store(store)).Eval(ctx)
	if err != nil {
		return fmt.Errorf("evaluate %s: %w", configErrorsQuery, err)
	}
	if len(rs) == 0 {
		return nil
	}
	msgs, ok := rs[0].Expressions[0].Value.([]any)
	if !ok {
		return fmt.Errorf("%s is %T, want a set of messages", configErrorsQuery, rs[0].Expressions[0].Value)
	}
	if len(msgs) == 0 {
		return nil
	}
	lines := make([]string, len(msgs))
	for i, m := range msgs {
		lines[i] = fmt.Sprint(m)
	}
	slices.Sort(lines)
	return fmt.Errorf("bundle data is malformed:\n  %s", strings.Join(lines, "\n  "))
}
