package service

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"slices"
	"sync"

	"golang.org/x/sync/errgroup"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/chain"
	"github.com/claimsledger/claims/adjudicator/privacy"
	"github.com/claimsledger/claims/adjudicator/tuva"
)

// CoverageFile is an eligibility file read for enrolment: every member's spans, in file order.
type CoverageFile struct {
	// Members maps a member id to its spans. Member ids stay in memory: only their keyed
	// hashes go on chain, and nothing prints them.
	Members map[string][]adjudicator.Span
	Spans   int
}

// ReadCoverage reads an eligibility file in format (only FormatTuvaCSV; "" means it) and checks
// every span against what the CoverageRegistry can store (plan ids of at most 16 bytes, dates
// from 1970-01-01). Errors name the file, row and column of each problem (the first
// tuva.MaxErrors) and never quote member data. A file without spans is an error.
func ReadCoverage(path, format string) (CoverageFile, error) {
	if format != FormatTuvaCSV && format != "" {
		return CoverageFile{}, fmt.Errorf("unknown format %q: want %s (the Tuva eligibility layout)", format, FormatTuvaCSV)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return CoverageFile{}, err
	}
	column := map[string]string{chain.SpanPlan: tuva.ColumnPlan, chain.SpanStart: tuva.ColumnStart, chain.SpanEnd: tuva.ColumnEnd}
	storable := func(s adjudicator.Span) (string, string) {
		field, problem := chain.SpanProblem(s)
		return column[field], problem
	}
	rows, err := tuva.ReadEligibilityRows(path, bytes.NewReader(data), storable)
	var te *tuva.Errors
	switch {
	case errors.As(err, &te):
		return CoverageFile{}, err // names the file on every line
	case err != nil:
		return CoverageFile{}, fmt.Errorf("%s: %w", path, err)
	case len(rows) == 0:
		return CoverageFile{}, fmt.Errorf("%s: the file has a header and no coverage spans", path)
	}
	out := CoverageFile{Members: map[string][]adjudicator.Span{}, Spans: len(rows)}
	for _, r := range rows {
		out.Members[r.MemberID] = append(out.Members[r.MemberID], r.Span)
	}
	return out, nil
}

// CoverageImport is what ImportCoverage wrote, or with DryRun would write.
type CoverageImport struct {
	MembersRead      int
	SpansRead        int
	MembersWritten   int
	SpansWritten     int
	MembersUnchanged int
	// Transactions are the mined setCoverageBatch transactions; empty for a dry run.
	Transactions []chain.CoverageTx
	// PlannedTransactions is how many transactions the changed members were planned in; the
	// node's estimates may split a chunk further.
	PlannedTransactions int
	GasUsed             uint64
	// MaxGasUsed is the most gas one transaction used.
	MaxGasUsed uint64
}

// ImportProgress reports ImportCoverage as it goes.
type ImportProgress struct {
	// Phase is "reading" (comparing members with the chain) or "writing".
	Phase string
	// Done of Total members read, or written.
	Done, Total int
	// Transactions mined so far.
	Transactions int
}

// ImportOptions tune ImportCoverage.
type ImportOptions struct {
	// DryRun reads and compares, and sends nothing.
	DryRun bool
	// Progress, when set, is called as members are read and transactions mined.
	Progress func(ImportProgress)
	// Readers is how many coverageOf calls run at once. Default 8.
	Readers int
	// Write tunes the transactions (gas budget, pipelining).
	Write chain.CoverageWriteOptions
}

// ImportCoverage makes the registry hold file's coverage for each member in it: it keys every
// member id with keyer (as the engine does for eligibility lookups), reads what the chain holds,
// and writes, with setCoverageBatch, only the members whose spans differ, in transactions kept
// under the gas cap. Members on chain but not in the file are left alone. Running it again
// writes nothing.
//
// On a failure while writing it returns what was written so far with the error: a second run
// picks up from there, since members already written compare equal.
func ImportCoverage(ctx context.Context, reg *chain.Registry, keyer *privacy.Keyer, file CoverageFile, o ImportOptions) (CoverageImport, error) {
	if keyer == nil {
		return CoverageImport{}, errors.New("import coverage: no HMAC secret to key member ids with")
	}
	sum := CoverageImport{MembersRead: len(file.Members), SpansRead: file.Spans}
	// Key order: reproducible transactions that say nothing about the order of the file.
	members := make([]chain.MemberCoverage, 0, len(file.Members))
	for id, spans := range file.Members {
		members = append(members, chain.MemberCoverage{Member: keyer.Member(id), Spans: spans})
	}
	slices.SortFunc(members, func(a, b chain.MemberCoverage) int { return bytes.Compare(a.Member[:], b.Member[:]) })

	changed, err := differing(ctx, reg, members, o)
	if err != nil {
		return sum, err
	}
	sum.MembersUnchanged = len(members) - len(changed)
	sum.PlannedTransactions = len(chain.PlanCoverage(changed, o.Write))
	if o.DryRun {
		sum.MembersWritten = len(changed)
		for _, m := range changed {
			sum.SpansWritten += len(m.Spans)
		}
		return sum, nil
	}

	wopts := o.Write
	wopts.Progress = func(tx chain.CoverageTx) {
		sum.Transactions = append(sum.Transactions, tx)
		sum.MembersWritten += tx.Members
		sum.SpansWritten += tx.Spans
		sum.GasUsed += tx.Receipt.GasUsed
		sum.MaxGasUsed = max(sum.MaxGasUsed, tx.Receipt.GasUsed)
		if o.Progress != nil {
			o.Progress(ImportProgress{Phase: "writing", Done: sum.MembersWritten, Total: len(changed), Transactions: len(sum.Transactions)})
		}
	}
	if _, err := reg.WriteCoverage(ctx, changed, wopts); err != nil {
		return sum, fmt.Errorf("wrote %d of %d members in %d transactions, then: %w", sum.MembersWritten, len(changed), len(sum.Transactions), err)
	}
	return sum, nil
}

// differing returns the members whose spans on chain are not exactly theirs, in order.
func differing(ctx context.Context, reg *chain.Registry, members []chain.MemberCoverage, o ImportOptions) ([]chain.MemberCoverage, error) {
	readers := o.Readers
	if readers <= 0 {
		readers = 8
	}
	same := make([]bool, len(members))
	var (
		mu   sync.Mutex
		done int
	)
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(readers)
	for i, m := range members {
		g.Go(func() error {
			onChain, err := reg.Coverage(gctx, m.Member)
			if err != nil {
				return err
			}
			same[i] = slices.Equal(onChain, m.Spans)
			if o.Progress != nil {
				mu.Lock()
				done++
				o.Progress(ImportProgress{Phase: "reading", Done: done, Total: len(members)})
				mu.Unlock()
			}
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	var out []chain.MemberCoverage
	for i, m := range members {
		if !same[i] {
			out = append(out, m)
		}
	}
	return out, nil
}
