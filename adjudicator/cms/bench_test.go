package cms

import (
	"context"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"

	"github.com/claimsledger/claims/adjudicator/shareddata"
)

// benchCodes are ten codes of one busy office day (E/M, injections, labs,
// imaging, a joint injection): 90 ordered pairs, several with edits.
var benchCodes = []string{"99214", "36415", "96372", "93000", "71046", "80053", "85025", "81001", "J1100", "20610"}

const benchDOS = "2024-05-01"

func BenchmarkPTP(b *testing.B) {
	tb := shared(b)
	b.Run("hit", func(b *testing.B) {
		for b.Loop() {
			if _, ok := tb.PTP("29881", "29877", benchDOS); !ok {
				b.Fatal("no edit")
			}
		}
	})
	b.Run("miss", func(b *testing.B) {
		for b.Loop() {
			if _, ok := tb.PTP("20610", "29881", benchDOS); ok {
				b.Fatal("edit")
			}
		}
	})
}

// BenchmarkPTPEdits checks all 90 ordered pairs of ten codes: in Go, in
// the built-in called directly (adds the AST conversion), and through a
// prepared OPA query (adds evaluation overhead).
func BenchmarkPTPEdits(b *testing.B) {
	tb := shared(b)
	edits, _ := tb.PTPEdits(benchCodes, benchDOS)
	b.Logf("%d codes, %d edits in force", len(benchCodes), len(edits))
	b.Run("go", func(b *testing.B) {
		for b.Loop() {
			if _, err := tb.PTPEdits(benchCodes, benchDOS); err != nil {
				b.Fatal(err)
			}
		}
	})
	terms := make([]*ast.Term, len(benchCodes))
	for i, c := range benchCodes {
		terms[i] = ast.StringTerm(c)
	}
	codes, dos := ast.ArrayTerm(terms...), ast.StringTerm(benchDOS)
	b.Run("builtin", func(b *testing.B) {
		for b.Loop() {
			if _, err := tb.ptpEditsBuiltin(rego.BuiltinContext{}, codes, dos); err != nil {
				b.Fatal(err)
			}
		}
	})
	input := ast.NewObject([2]*ast.Term{ast.StringTerm("codes"), codes}, [2]*ast.Term{ast.StringTerm("dos"), dos})
	for name, q := range map[string]string{
		"rego":          "x := cms.ptp_edits(input.codes, input.dos)",
		"rego-baseline": "x := [input.codes, input.dos]",
	} {
		b.Run(name, func(b *testing.B) {
			pq := prepare(b, tb, q)
			for b.Loop() {
				if rs, err := pq.Eval(context.Background(), rego.EvalParsedInput(input)); err != nil || len(rs) != 1 {
					b.Fatal(rs, err)
				}
			}
		})
	}
}

func BenchmarkFee(b *testing.B) {
	tb := shared(b)
	b.Run("go", func(b *testing.B) {
		for b.Loop() {
			if _, ok := tb.Fee("99213", "", "1182-18", false); !ok {
				b.Fatal("no fee")
			}
		}
	})
	args := []*ast.Term{ast.StringTerm("99213"), ast.StringTerm(""), ast.StringTerm("1182-18"), ast.BooleanTerm(false)}
	b.Run("builtin", func(b *testing.B) {
		for b.Loop() {
			if _, err := tb.feeBuiltin(rego.BuiltinContext{}, args[0], args[1], args[2], args[3]); err != nil {
				b.Fatal(err)
			}
		}
	})
	input := ast.NewObject(
		[2]*ast.Term{ast.StringTerm("code"), args[0]}, [2]*ast.Term{ast.StringTerm("mod"), args[1]},
		[2]*ast.Term{ast.StringTerm("loc"), args[2]}, [2]*ast.Term{ast.StringTerm("fac"), args[3]})
	// rego-baseline is the same query shape without the call: the
	// difference is what the built-in adds to an evaluation.
	for name, q := range map[string]string{
		"rego":          "x := cms.fee(input.code, input.mod, input.loc, input.fac)",
		"rego-baseline": "x := [input.code, input.mod, input.loc, input.fac]",
	} {
		b.Run(name, func(b *testing.B) {
			pq := prepare(b, tb, q)
			for b.Loop() {
				if rs, err := pq.Eval(context.Background(), rego.EvalParsedInput(input)); err != nil || len(rs) != 1 {
					b.Fatal(rs, err)
				}
			}
		})
	}
}

func BenchmarkMUE(b *testing.B) {
	tb := shared(b)
	for b.Loop() {
		if _, _, ok := tb.MUE("97110"); !ok {
			b.Fatal("no MUE")
		}
	}
}

// BenchmarkBuiltinMemoize is why the functions are not memoized: OPA keys
// its memo by the printed arguments, which costs more than the lookup even
// when a query asks for the same fee five times.
func BenchmarkBuiltinMemoize(b *testing.B) {
	tb := shared(b)
	const q = `x := [f | some _ in numbers.range(1, 5); f := cms.fee(input.code, "", input.loc, false)]`
	input := ast.NewObject([2]*ast.Term{ast.StringTerm("code"), ast.StringTerm("99213")}, [2]*ast.Term{ast.StringTerm("loc"), ast.StringTerm("1182-18")})
	for _, memo := range []bool{false, true} {
		name := "plain"
		if memo {
			name = "memoized"
		}
		b.Run(name, func(b *testing.B) {
			fn := *feeFunc
			fn.Memoize = memo
			pq, err := rego.New(rego.Query(q), rego.Function4(&fn, tb.feeBuiltin)).PrepareForEval(context.Background())
			if err != nil {
				b.Fatal(err)
			}
			for b.Loop() {
				if rs, err := pq.Eval(context.Background(), rego.EvalParsedInput(input)); err != nil || len(rs) != 1 {
					b.Fatal(rs, err)
				}
			}
		})
	}
}

// flatPTP is the layout the design started from: one sorted slice of
// col1<<32|col2 keys, a parallel slice of date<<2|indicator. It exists
// only to measure against the two-level index.
type flatPTP struct {
	keys []uint64
	vals []uint32
}

func newFlat(p *ptpTable) flatPTP {
	f := flatPTP{keys: make([]uint64, len(p.rows)), vals: make([]uint32, len(p.rows))}
	for s, c1 := range p.col1 {
		for i := p.off[s]; i < p.off[s+1]; i++ {
			f.keys[i] = uint64(c1)<<32 | p.rows[i]>>32
			f.vals[i] = uint32(p.rows[i])
		}
	}
	return f
}

func (f flatPTP) find(c1, c2 code, dos yyyymmdd) (int, bool) {
	key := uint64(c1)<<32 | uint64(c2)
	lo, hi := 0, len(f.keys)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if f.keys[m] < key {
			lo = m + 1
		} else {
			hi = m
		}
	}
	for ; lo < len(f.keys) && f.keys[lo] == key; lo++ {
		if yyyymmdd(f.vals[lo]>>2) > dos {
			return miCodes[f.vals[lo]&3], true
		}
	}
	return 0, false
}

// BenchmarkPTPLayout checks the 90 pairs of benchCodes in each layout.
func BenchmarkPTPLayout(b *testing.B) {
	tb := shared(b)
	cs := make([]code, len(benchCodes))
	valid := make([]bool, len(benchCodes))
	for i, s := range benchCodes {
		cs[i], valid[i] = encode(s)
	}
	dos, _ := parseDOS(benchDOS)
	flat := newFlat(&tb.ptp)
	want := len(tb.appendEdits(nil, cs, valid, dos))
	b.Run("two-level", func(b *testing.B) {
		buf := make([]Edit, 0, 90)
		for b.Loop() {
			if n := len(tb.appendEdits(buf[:0], cs, valid, dos)); n != want {
				b.Fatal(n)
			}
		}
	})
	b.Run("flat", func(b *testing.B) {
		for b.Loop() {
			n := 0
			for i := range cs {
				for j := range cs {
					if i != j {
						if _, ok := flat.find(cs[i], cs[j], dos); ok {
							n++
						}
					}
				}
			}
			if n != want {
				b.Fatal(n)
			}
		}
	})
}

func BenchmarkLoadAll(b *testing.B) {
	dir := shareddata.Dir(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := LoadDir(dir); err != nil {
			b.Fatal(err)
		}
	}
}

// prepare sets the query up as rules.Evaluator does: results are handed
// back as AST terms, not converted to Go maps, which would otherwise be
// most of what the benchmark measures.
func prepare(b *testing.B, tb *Tables, query string) rego.PreparedEvalQuery {
	b.Helper()
	opts := append([]func(*rego.Rego){
		rego.Query(query),
		rego.GenerateJSON(func(t *ast.Term, _ *rego.EvalContext) (any, error) { return t, nil }),
	}, tb.RegoOptions()...)
	pq, err := rego.New(opts...).PrepareForEval(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	return pq
}
