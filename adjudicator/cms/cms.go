// Package cms loads the CMS reference tables a payer applies to
// professional claims (NCCI procedure-to-procedure edits, medically
// unlikely edits, the physician fee schedule and its geographic indices)
// into compact in-memory indexes, and exposes them to Rego as custom
// built-in functions.
//
// Why built-ins rather than data documents: the practitioner PTP table
// alone has 2.5 million rows. As OPA data (JSON decoded into AST values)
// the tables would take on the order of twenty times their file size and
// every lookup would walk generic objects; here a PTP row is 8 bytes in a
// sorted slice and a lookup is two binary searches.
//
// The built-ins (RegoOptions implements them over loaded Tables; Builtins,
// BuiltinDecls and Capabilities declare them for compilers and the tester):
//
//	cms.ptp_edits(codes, dos)   codes: array of HCPCS strings (one claim's
//	                            lines with one date of service and rendering
//	                            provider, in line order); dos: "YYYY-MM-DD".
//	                            [[i, j, mi], ...]: codes[i] is column 1 and
//	                            codes[j] column 2 of an edit in force on dos,
//	                            mi its modifier indicator (0, 1, 9); ordered
//	                            by i then j; [] when none.
//	cms.mue(code)               {"uos": n, "mai": m} (Practitioner row);
//	                            undefined when the code has no MUE.
//	cms.fee(code, mod, locality, facility)
//	                            {"per_unit_cents": n, "status": "A",
//	                            "mult_proc": "2", "pctc": "0",
//	                            "global_days": "090"}; undefined when there
//	                            is no row (see Tables.Fee) or no locality.
//
// Arguments of the wrong type are type errors at compile time, or
// built-in errors at evaluation for values from input; a malformed date of
// service is an error; an unknown code is undefined (or no edits).
//
// Tables are read-only once loaded and safe for concurrent use.
package cms

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"time"

	"golang.org/x/sync/errgroup"

	cmsdata "github.com/claimsledger/claims/policies/reference/cms"
)

// Tables holds the loaded reference tables.
type Tables struct {
	ptp  ptpTable
	mue  mueTable
	fees feeTable
	gpci gpciTable

	// Results of the built-ins, see termCache.
	feeTerms, mueTerms termCache

	stats Stats
}

// Stats describes what Load read, for logging.
type Stats struct {
	// Files are the files read, relative to the loaded file system.
	Files []string
	// PTPRows counts every edit row of the file, deleted ones included;
	// PTPDuplicates the rows dropped as exact repeats of another (same
	// pair and deletion date); PTPActive the rows with no deletion date
	// (99991231); PTPPairs the distinct (column 1, column 2) pairs (a pair
	// deleted and later reinstated has one row per version); PTPColumn1
	// the distinct column 1 codes.
	PTPRows, PTPDuplicates, PTPActive, PTPPairs, PTPColumn1 int
	// MUECodes counts the Practitioner rows of the MUE table (the only ones
	// kept).
	MUECodes int
	// FeeRows counts fee schedule rows (code, modifier); Localities the
	// GPCI localities.
	FeeRows, Localities int
	// IndexBytes is the size of the lookup structures, excluding Go map
	// overhead for the small tables.
	IndexBytes int64
	// LoadTime is the wall time of Load.
	LoadTime time.Duration
	// Digest identifies the tables' content, for a policy hash: SHA-256
	// over each file's path and the SHA-256 of its bytes as stored, in
	// the order of Files. The same rows recompressed differently give a
	// different digest; any changed row does too.
	Digest [sha256.Size]byte
}

func (s Stats) String() string {
	return fmt.Sprintf("PTP %d rows (%d active, %d pairs, %d column-1 codes, %d duplicates), MUE %d codes, fee schedule %d rows, %d localities, index %.1f MiB, digest %x, loaded in %v",
		s.PTPRows, s.PTPActive, s.PTPPairs, s.PTPColumn1, s.PTPDuplicates, s.MUECodes, s.FeeRows, s.Localities,
		float64(s.IndexBytes)/(1<<20), s.Digest[:8], s.LoadTime.Round(time.Millisecond))
}

// Stats returns table sizes and load time.
func (t *Tables) Stats() Stats {
	s := t.stats
	s.Files = append([]string(nil), s.Files...)
	return s
}

// The files Load reads, by glob relative to the root of the file system.
// Exactly one file must match each pattern group: two PTP releases side by
// side would otherwise be picked by accident of name order.
var (
	ptpPatterns  = []string{"ncci/ncci_ptp_*.csv", "ncci/ncci_ptp_*.csv.gz"}
	muePatterns  = []string{"ncci/ncci_mue_*.csv", "ncci/ncci_mue_*.csv.gz"}
	rvuPatterns  = []string{"mpfs/pprrvu*.csv", "mpfs/pprrvu*.csv.gz"}
	gpciPatterns = []string{"mpfs/GPCI*.csv", "mpfs/GPCI*.csv.gz"}
)

// Load reads the tables from fsys, laid out like the shared reference data
// (and like Bundled):
//
//	ncci/ncci_ptp_*.csv[.gz]   NCCI practitioner PTP edits
//	ncci/ncci_mue_*.csv[.gz]   NCCI medically unlikely edits
//	mpfs/pprrvu*.csv[.gz]      PFS relative value units
//	mpfs/GPCI*.csv[.gz]        geographic practice cost indices
//
// Errors name the missing pattern or the file and line of a bad row.
func Load(fsys fs.FS) (*Tables, error) {
	start := time.Now()
	if fsys == nil {
		return nil, errors.New("cms: nil file system")
	}
	var names [4]string
	for i, pats := range [][]string{ptpPatterns, muePatterns, rvuPatterns, gpciPatterns} {
		name, err := pick(fsys, pats)
		if err != nil {
			return nil, fmt.Errorf("cms: %w", err)
		}
		names[i] = name
	}
	t := &Tables{}
	if st, err := fs.Stat(fsys, names[0]); err == nil {
		t.ptp.hint = sizeHint(st.Size(), strings.HasSuffix(names[0], ".gz"))
	}
	// The PTP file dominates (2.5M rows); the others load beside it.
	var (
		g    errgroup.Group
		sums [4][sha256.Size]byte
	)
	for i, load := range []func(io.Reader) error{t.ptp.load, t.mue.load, t.fees.load, t.gpci.load} {
		g.Go(func() (err error) {
			sums[i], err = readFile(fsys, names[i], load)
			return err
		})
	}
	if err := g.Wait(); err != nil {
		return nil, fmt.Errorf("cms: %w", err)
	}
	// Length-prefixed so no two file lists hash alike.
	d := sha256.New()
	for i, name := range names {
		var n [8]byte
		binary.BigEndian.PutUint64(n[:], uint64(len(name)))
		d.Write(n[:])
		d.Write([]byte(name))
		d.Write(sums[i][:])
	}
	t.stats = Stats{
		Files:         names[:],
		PTPRows:       t.ptp.fileRows,
		PTPDuplicates: t.ptp.dups,
		PTPActive:     t.ptp.active,
		PTPPairs:      t.ptp.pairs,
		PTPColumn1:    len(t.ptp.col1),
		MUECodes:      len(t.mue.m),
		FeeRows:       len(t.fees.rows),
		Localities:    len(t.gpci.ids),
		IndexBytes:    t.ptp.bytes() + t.mue.bytes() + t.fees.bytes() + t.gpci.bytes(),
		LoadTime:      time.Since(start),
	}
	d.Sum(t.stats.Digest[:0])
	return t, nil
}

// LoadDir is Load(os.DirFS(dir)).
func LoadDir(dir string) (*Tables, error) {
	st, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("cms: %w", err)
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("cms: %s is not a directory", dir)
	}
	t, err := Load(os.DirFS(dir))
	if err != nil {
		return nil, fmt.Errorf("%w (in %s)", err, dir)
	}
	return t, nil
}

// Bundled is the slice of the tables shipped in the binary for the demo
// (policies/reference/cms): the rows whose codes the bundled Tuva sample
// claims bill, plus every locality. Load(Bundled()) never touches the disk.
func Bundled() fs.FS { return cmsdata.FS() }

func pick(fsys fs.FS, patterns []string) (string, error) {
	var found []string
	for _, p := range patterns {
		m, err := fs.Glob(fsys, p)
		if err != nil {
			return "", fmt.Errorf("glob %s: %w", p, err)
		}
		found = append(found, m...)
	}
	switch len(found) {
	case 0:
		return "", fmt.Errorf("no file matches %s", strings.Join(patterns, " or "))
	case 1:
		return found[0], nil
	}
	return "", fmt.Errorf("%d files match %s (%s): keep one release per table", len(found), strings.Join(patterns, " or "), strings.Join(found, ", "))
}
