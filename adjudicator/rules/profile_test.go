package rules

import (
	"context"
	"flag"
	"fmt"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/open-policy-agent/opa/v1/profiler"
	"github.com/open-policy-agent/opa/v1/rego"
)

var (
	regoProfile         = flag.Bool("rego-profile", false, "TestRegoProfile: print where the rule evaluation goes")
	regoProfileBaseline = flag.Bool("rego-profile-baseline", false, "TestRegoProfile: with a fraud baseline of the Tuva decisions loaded")
)

// TestRegoProfile runs the Tuva claims through OPA's profiler and prints
// evaluation steps per claim: in total, by claim type and size, and the
// busiest expressions. OPA's evaluator costs about the same per step
// whatever the step, so steps per claim is the figure to bring down (see
// BenchmarkDecideFloor for the cost before any rule).
//
//	go test ./adjudicator/rules -run TestRegoProfile -rego-profile [-rego-profile-baseline] -v
func TestRegoProfile(t *testing.T) {
	if !*regoProfile {
		t.Skip("run with -rego-profile")
	}
	e := newEvaluator(t)
	claims, decisions := decideTuva(t, e)
	if *regoProfileBaseline {
		e = newEvaluator(t, WithFraudBaseline(tuvaBaseline(t, claims, decisions)))
		claims, _ = decideTuva(t, e)
	}
	ctx := context.Background()
	total := profiler.New()
	bySize := map[string][2]int{} // claims, steps
	for i := range claims {
		c := &claims[i]
		p := profiler.New()
		in := e.inputValue(&c.claim, &c.facts, lineOrder(&c.claim, nil))
		if _, err := e.query.Eval(ctx, rego.EvalParsedInput(in), rego.EvalQueryTracer(p), rego.EvalQueryTracer(total)); err != nil {
			t.Fatal(err)
		}
		steps := 0
		for _, r := range p.ReportTopNResults(-1, []string{"num_eval"}) {
			steps += r.NumEval
		}
		k := fmt.Sprintf("%-13s %2d lines", c.claim.ClaimType, min(len(c.claim.Lines), 10))
		if len(c.claim.Lines) >= 10 {
			k += "+"
		}
		v := bySize[k]
		bySize[k] = [2]int{v[0] + 1, v[1] + steps}
	}
	results := total.ReportTopNResults(-1, []string{"num_eval"})
	var steps int
	for _, r := range results {
		steps += r.NumEval
	}
	n := float64(len(claims))
	t.Logf("%d claims, %.1f evaluation steps per claim", len(claims), float64(steps)/n)
	keys := make([]string, 0, len(bySize))
	for k := range bySize {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		v := bySize[k]
		t.Logf("  %s: %4d claims, %7.1f steps per claim", k, v[0], float64(v[1])/float64(v[0]))
	}
	for _, r := range results[:min(40, len(results))] {
		text := strings.Join(strings.Fields(string(r.Location.Text)), " ")
		if len(text) > 70 {
			text = text[:70] + "..."
		}
		t.Logf("  %6.1f steps/claim  %s:%d  %s", float64(r.NumEval)/n, r.Location.File, r.Location.Row, text)
	}
}

// BenchmarkDecideFloor is Decide on the Tuva claims with a policy that
// decides nothing (every line denied, no lookups): the cost of building
// the input from claim and history, starting an evaluation, walking the
// lines and decoding the result. The rule set's own cost is
// BenchmarkDecideTuva minus this.
func BenchmarkDecideFloor(b *testing.B) {
	claims, _ := decideTuva(b, newEvaluator(b))
	e := newEvaluator(b, WithFS(fstest.MapFS{
		"claims/claims.rego": {Data: []byte(`package claims

decision := {"outcome": "deny", "lines": [l |
	some line in input.claim.lines
	l := {"line": line.line, "allowed_cents": 0, "paid_cents": 0, "remarks": [],
		"adjustments": [{"group": "CO", "carc": "96", "cents": line.charge_cents}]}
]}
`)},
		"plans/medicare/data.json": {Data: []byte(`{}`)},
	}))
	timeDecide(b, e, claims)
}
