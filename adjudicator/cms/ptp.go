package cms

import (
	"bufio"
	"cmp"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
)

// ptpTable is the NCCI practitioner PTP table as a two-level index:
// col1 holds the distinct column 1 codes, sorted, and rows[off[i]:off[i+1]]
// the edits of col1[i], one uint64 each:
//
//	column 2 code << 32 | deletion date (YYYYMMDD) << 2 | modifier indicator
//
// sorted, so a pair's versions sit together in deletion date order.
//
// Measured against a flat sorted slice of (col1<<32|col2) keys with a
// parallel slice of (date, indicator) (BenchmarkPTPLayout): 8 bytes a row
// instead of 12, and a pair lookup searches ~200 rows of one code that
// stay in cache while a claim's pairs are checked, instead of 2.5 million.
type ptpTable struct {
	col1 []uint32
	off  []uint32
	rows []uint64
	// fileRows counts the rows read, dups the exact duplicates dropped.
	fileRows, dups int
	// hint is the expected row count, to size the parse buffers.
	hint          int
	active, pairs int
}

// miCodes decodes the 2-bit modifier indicator field; encodeMI inverts it.
var miCodes = [4]int{0, 1, 9, -1}

func encodeMI(s []byte) (uint32, bool) {
	if len(s) != 1 {
		return 0, false
	}
	switch s[0] {
	case '0':
		return 0, true
	case '1':
		return 1, true
	case '9':
		return 2, true
	}
	return 0, false
}

// load parses the PTP CSV. It splits lines by hand rather than with
// encoding/csv, which alone takes ~480 ms over the 2.5M rows where the
// split, validation and indexing together take ~270 ms. No cell the index
// keeps can hold a quote or comma; a quoted cell before them would shift
// the cells and fail code, date or indicator validation, never be misread
// silently.
func (p *ptpTable) load(r io.Reader) error {
	br := bufio.NewReaderSize(r, 1<<20)
	var (
		// Rows as they will be indexed, with their column 1 code beside.
		col1s = make([]uint32, 0, p.hint)
		rows  = make([]uint64, 0, p.hint)
		col   []int
		last  int
		cell  [][]byte
	)
	for line := 1; ; line++ {
		b, err := br.ReadSlice('\n')
		if errors.Is(err, bufio.ErrBufferFull) {
			return rowErr(line, "line longer than %d bytes", br.Size())
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return err
		}
		eof := err != nil
		for n := len(b); n > 0 && (b[n-1] == '\n' || b[n-1] == '\r'); n-- {
			b = b[:n-1]
		}
		if len(b) == 0 {
			if eof {
				break
			}
			continue
		}
		if col == nil {
			hdr := strings.Split(string(b), ",")
			if col, err = columns(line, hdr, "column_1", "column_2", "deletion_date", "modifier_indicator"); err != nil {
				return err
			}
			last = slices.Max(col)
			cell = make([][]byte, last+1)
			continue
		}
		k, start := 0, 0
		for i := 0; i < len(b) && k <= last; i++ {
			if b[i] == ',' {
				cell[k], k, start = b[start:i], k+1, i+1
			}
		}
		if k <= last {
			if k < last {
				return rowErr(line, "%d cells, want at least %d", k+1, last+1)
			}
			cell[k] = b[start:]
		}
		c1, ok1 := encode(cell[col[0]])
		c2, ok2 := encode(cell[col[1]])
		del, okd := parseCompactDate(cell[col[2]])
		mi, okm := encodeMI(cell[col[3]])
		if !ok1 || !ok2 || !okd || !okm {
			switch {
			case !ok1:
				return rowErr(line, "column_1 %q is not a 5-character HCPCS code", cell[col[0]])
			case !ok2:
				return rowErr(line, "column_2 %q is not a 5-character HCPCS code", cell[col[1]])
			case !okd:
				return rowErr(line, "deletion_date %q is not a YYYYMMDD date", cell[col[2]])
			default:
				return rowErr(line, "modifier_indicator %q, want 0, 1 or 9", cell[col[3]])
			}
		}
		col1s = append(col1s, uint32(c1))
		rows = append(rows, uint64(c2)<<32|uint64(del)<<2|uint64(mi))
		if eof {
			break
		}
	}
	if col == nil {
		return errors.New("empty file: no header")
	}
	if len(rows) == 0 {
		return errors.New("no edits after the header")
	}
	p.build(col1s, rows)
	return nil
}

// sizeHint guesses the rows of a PTP file from its size, so the parse
// buffers are not grown (and copied) a dozen times: a row is about 55
// bytes of CSV, about 3.2 gzip'd (8.2 MB for 2.5M rows). Guessing high
// costs only address space until build copies the rows out.
func sizeHint(size int64, gzipped bool) int {
	perRow := int64(50)
	if gzipped {
		perRow = 3
	}
	return int(min(size/perRow, 1<<24))
}

// build indexes rows (as stored) by col1s (their column 1 codes).
func (p *ptpTable) build(col1s []uint32, rows []uint64) {
	p.fileRows = len(rows)
	if !p.segmentSort(col1s, rows) {
		type pair struct {
			c1  uint32
			row uint64
		}
		all := make([]pair, len(rows))
		for i := range rows {
			all[i] = pair{col1s[i], rows[i]}
		}
		slices.SortFunc(all, func(a, b pair) int {
			if c := cmp.Compare(a.c1, b.c1); c != 0 {
				return c
			}
			return cmp.Compare(a.row, b.row)
		})
		for i, a := range all {
			col1s[i], rows[i] = a.c1, a.row
		}
		p.segmentSort(col1s, rows)
	}
	p.rows = rows

	// Rows of one pair with the same deletion date are the same edit
	// listed twice (the 2024Q2 file has one, under two rationales). Keep
	// one; if the indicators ever differed, the sort put the lower, more
	// restrictive one (0 before 1 before 9) first. Segment offsets shift
	// as rows are dropped, so they are rebuilt in the same pass.
	w := 0
	for s := range p.col1 {
		lo, hi := p.off[s], p.off[s+1]
		p.off[s] = uint32(w)
		for i := lo; i < hi; i++ {
			r := p.rows[i]
			if i > lo && r>>2 == p.rows[i-1]>>2 {
				continue
			}
			if i == lo || r>>32 != p.rows[i-1]>>32 {
				p.pairs++
			}
			if yyyymmdd(uint32(r)>>2) == noDeletion {
				p.active++
			}
			p.rows[w] = r
			w++
		}
	}
	p.off[len(p.col1)] = uint32(w)
	p.dups = len(p.rows) - w
	// Copy rather than reslice: the parse slice has more capacity than it
	// needs (the size hint guesses high), and the index lives as long as
	// the process.
	p.rows = slices.Clone(p.rows[:w])
	p.col1 = slices.Clip(p.col1)
	p.off = slices.Clip(p.off)
}

// segmentSort builds the column 1 index and sorts each segment of rows.
// The CMS file lists each column 1 code's edits together and the codes in
// order, but not the edits within a code; sorting ~200 uint64s per code is
// several times faster than sorting 2.5M (code, row) pairs. It reports
// false, having sorted nothing, when the rows are not grouped that way.
func (p *ptpTable) segmentSort(col1s []uint32, rows []uint64) bool {
	p.col1, p.off = p.col1[:0], p.off[:0]
	for i, c1 := range col1s {
		if n := len(p.col1); n == 0 || p.col1[n-1] != c1 {
			if n > 0 && p.col1[n-1] > c1 {
				return false
			}
			p.col1 = append(p.col1, c1)
			p.off = append(p.off, uint32(i))
		}
	}
	p.off = append(p.off, uint32(len(rows)))
	for s := range p.col1 {
		slices.Sort(rows[p.off[s]:p.off[s+1]])
	}
	return true
}

func (p *ptpTable) bytes() int64 {
	return int64(len(p.rows))*8 + int64(len(p.col1))*4 + int64(len(p.off))*4
}

// segment returns the edits with c as column 1 (nil when none).
func (p *ptpTable) segment(c code) []uint64 {
	lo, hi := 0, len(p.col1)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if p.col1[m] < uint32(c) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == len(p.col1) || p.col1[lo] != uint32(c) {
		return nil
	}
	return p.rows[p.off[lo]:p.off[lo+1]]
}

// find looks up column 2 code c2 in a segment on date of service dos.
//
// A pair may have several rows: an edit deleted and later reinstated, or
// replaced by one with another indicator. The file has no effective dates,
// so the rows are read as successive versions: the one in force on dos is
// the one with the earliest deletion date after dos. Its packed value is
// the smallest row >= c2<<32 | (dos+1)<<2, found with one binary search.
func find(seg []uint64, c2 code, dos yyyymmdd) (mi int, ok bool) {
	target := uint64(c2)<<32 | uint64(dos+1)<<2
	lo, hi := 0, len(seg)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if seg[m] < target {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == len(seg) || seg[lo]>>32 != uint64(c2) {
		return 0, false
	}
	return miCodes[seg[lo]&3], true
}

// PTP reports whether an NCCI practitioner PTP edit with col1 as column 1
// and col2 as column 2 is in force on dos ("YYYY-MM-DD"), and its modifier
// indicator: 0 (the codes are never paid together), 1 (a modifier such as
// 59 or XU may bypass the edit) or 9 (the edit does not apply).
//
// An edit is in force on a date strictly before its deletion date. When a
// pair has several versions, the one in force is the one deleted soonest
// after dos. The lookup is directional: PTP(b, a) is not PTP(a, b). ok is
// false for codes that are not five characters of A-Z0-9 and for a
// malformed dos; PTPEdits reports the latter as an error.
func (t *Tables) PTP(col1, col2 string, dos string) (mi int, ok bool) {
	c1, ok1 := encode(col1)
	c2, ok2 := encode(col2)
	d, okd := parseDOS(dos)
	if !ok1 || !ok2 || !okd {
		return 0, false
	}
	return find(t.ptp.segment(c1), c2, d)
}

// Edit is a PTP edit in force between two codes of one claim.
type Edit struct {
	// Column1 and Column2 index the codes passed to PTPEdits.
	Column1, Column2 int
	// ModifierIndicator is 0, 1 or 9 (see PTP).
	ModifierIndicator int
}

// PTPEdits returns every edit in force on dos among codes (the lines of one
// claim that share a date of service and rendering provider), ordered by
// Column1 then Column2. A code that is not a HCPCS code simply has no
// edits; a malformed dos is an error.
func (t *Tables) PTPEdits(codes []string, dos string) ([]Edit, error) {
	d, ok := parseDOS(dos)
	if !ok {
		return nil, fmt.Errorf("cms: date of service %q is not YYYY-MM-DD", dos)
	}
	cs := make([]code, len(codes))
	valid := make([]bool, len(codes))
	for i, s := range codes {
		cs[i], valid[i] = encode(s)
	}
	return t.appendEdits(nil, cs, valid, d), nil
}

// appendEdits checks every ordered pair (i, j), i != j. Each column 1
// segment is found once and then searched for every other code: with n
// codes that is n searches of 12,800 column 1 codes and n(n-1) searches of
// a few hundred rows.
func (t *Tables) appendEdits(dst []Edit, cs []code, valid []bool, dos yyyymmdd) []Edit {
	for i, c1 := range cs {
		if !valid[i] {
			continue
		}
		seg := t.ptp.segment(c1)
		if len(seg) == 0 {
			continue
		}
		for j, c2 := range cs {
			if j == i || !valid[j] {
				continue
			}
			if mi, ok := find(seg, c2, dos); ok {
				dst = append(dst, Edit{Column1: i, Column2: j, ModifierIndicator: mi})
			}
		}
	}
	return dst
}
