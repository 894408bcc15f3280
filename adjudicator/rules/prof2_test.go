package rules

import (
	"context"
	"fmt"
	"sort"
	"testing"

	"github.com/open-policy-agent/opa/v1/profiler"
	"github.com/open-policy-agent/opa/v1/rego"
)

func TestProf(t *testing.T) {
	claims, _ := loadTuva(t)
	e := newEngine(t)
	p := profiler.New()
	n := 500
	for i := range n {
		c := &claims[i]
		_, err := e.query.Eval(context.Background(), rego.EvalParsedInput(inputValue(&c.claim, c.elig, false)), rego.EvalQueryTracer(p))
		if err != nil {
			t.Fatal(err)
		}
	}
	byFile := map[string]int{}
	total := 0
	res := p.ReportTopNResults(100000, []string{"num_eval"})
	for _, s := range res {
		byFile[s.Location.File] += s.NumEval
		total += s.NumEval
	}
	fmt.Printf("total expr evals per claim: %.1f\n", float64(total)/float64(n))
	var ks []string
	for k := range byFile {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	for _, k := range ks {
		fmt.Printf("  %-40s %.1f\n", k, float64(byFile[k])/float64(n))
	}
	for _, s := range res[:60] {
		fmt.Printf("%8.1f %s:%d %s\n", float64(s.NumEval)/float64(n), s.Location.File, s.Location.Row, string(s.Location.Text))
	}
}
