package cms

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
)

// FeeResult is a fee schedule amount and the row attributes the payment
// rules need.
type FeeResult struct {
	// PerUnitCents is the allowed amount for one unit:
	//
	//	(work RVU x work GPCI + PE RVU x PE GPCI + MP RVU x MP GPCI) x CF
	//
	// rounded half up to the cent once, at the end. RVUs are exact
	// hundredths, GPCIs thousandths and the conversion factor
	// ten-thousandths of a dollar (32.3465), so the product is an exact
	// integer count of 10^-7 cents before that one rounding (rounding
	// each GPCI-adjusted component first, as some fee calculators do, can
	// differ by a cent).
	PerUnitCents int64
	// Status is the PFS status code. Only A, R and T are paid from the
	// RVUs; others (bundled, carrier priced, not covered...) price from
	// whatever RVUs the file lists, usually zero, and are the rules'
	// business.
	Status string
	// MultProc is the multiple procedure indicator (0-9), PCTC the
	// professional/technical component indicator (0-9), GlobalDays the
	// global surgery period ("000", "010", "090", "MMM", "XXX", "YYY",
	// "ZZZ").
	MultProc, PCTC, GlobalDays string
	// Modifier is the row that priced the service: "" (global), "26",
	// "TC" or "53".
	Modifier string
	// PENotApplicable is CMS's NA indicator for the practice expense RVU
	// of the setting asked for: the service is not normally paid in that
	// setting under the PFS (many facility-only procedures are NA in the
	// office). The amount is still computed from the listed RVU.
	PENotApplicable bool
}

// feeTable is the PFS relative value file keyed by code and modifier.
type feeTable struct {
	index map[uint64]int32 // code<<8 | modifier number -> rows
	rows  []feeRow
	mods  map[string]uint8 // "" is 0
}

// feeRow keeps RVUs in hundredths and the conversion factor in
// ten-thousandths of a dollar, as the file states them: all fit int32.
type feeRow struct {
	work, nfPE, fPE, mp int32
	cf                  int32
	nfNA, fNA           bool
	attrs               *feeAttrs
}

// feeAttrs is shared by every row with the same attributes (a few hundred
// combinations for 18,866 rows), with the AST strings the built-in returns
// made once.
type feeAttrs struct {
	status, multProc, pctc, globalDays, mod string
	terms                                   [4]*ast.Term
}

func (t *feeTable) load(r io.Reader) error {
	t.index = make(map[uint64]int32, 20000)
	t.mods = map[string]uint8{"": 0}
	attrs := map[feeAttrs]*feeAttrs{}
	var col []int
	err := csvRows(r, func(line int, rec []string) error {
		if col == nil {
			// The CMS release has title lines above the header; the shared
			// file starts at the header.
			if !strings.EqualFold(field(rec, 0), "hcpcs") {
				if line > 20 {
					return rowErr(line, "no header row (one starting with hcpcs) in the first 20 lines")
				}
				return nil
			}
			var err error
			col, err = columns(line, rec, "hcpcs", "mod", "status_code", "work_rvu", "non_fac_pe_rvu", "facility_pe_rvu",
				"mp_rvu", "non_facility_total", "facility_total", "conv_factor", "pctc_ind", "glob_days", "mult_proc",
				"non_fac_na_indicator", "facility_na_indicator")
			return err
		}
		// The file ends with a DOS end-of-file (Ctrl-Z) row.
		if strings.Trim(field(rec, col[0]), "\x1a") == "" {
			return nil
		}
		c, err := parseFileCode(field(rec, col[0]))
		if err != nil {
			return rowErr(line, "hcpcs: %v", err)
		}
		row, a, err := parseFeeRow(rec, col)
		if err != nil {
			return rowErr(line, "%s: %v", c, err)
		}
		m, ok := t.mods[a.mod]
		if !ok {
			if len(t.mods) == 256 {
				return rowErr(line, "more than 256 distinct modifiers")
			}
			m = uint8(len(t.mods))
			t.mods[a.mod] = m
		}
		key := feeKey(c, m)
		if _, dup := t.index[key]; dup {
			return rowErr(line, "second row for %s modifier %q", c, a.mod)
		}
		shared, ok := attrs[a]
		if !ok {
			shared = &feeAttrs{status: a.status, multProc: a.multProc, pctc: a.pctc, globalDays: a.globalDays, mod: a.mod}
			for i, s := range []string{a.status, a.multProc, a.pctc, a.globalDays} {
				shared.terms[i] = ast.StringTerm(s)
			}
			attrs[a] = shared
		}
		row.attrs = shared
		t.index[key] = int32(len(t.rows))
		t.rows = append(t.rows, row)
		return nil
	})
	switch {
	case err != nil:
		return err
	case col == nil:
		return errors.New("no header row (one starting with hcpcs)")
	case len(t.rows) == 0:
		return errors.New("no rows after the header")
	}
	t.rows = slices.Clip(t.rows)
	return nil
}

func parseFeeRow(rec []string, col []int) (feeRow, feeAttrs, error) {
	var v [7]int64
	names := [7]string{"work_rvu", "non_fac_pe_rvu", "facility_pe_rvu", "mp_rvu", "non_facility_total", "facility_total", "conv_factor"}
	for i := range v {
		places := 2
		if i == 6 {
			places = 4
		}
		n, err := parseFixed(field(rec, col[3+i]), places)
		if err != nil {
			return feeRow{}, feeAttrs{}, fmt.Errorf("%s: %w", names[i], err)
		}
		// Bounded so that cents cannot overflow int64 (RVU x GPCI x CF
		// stays under 10^19): 100,000 RVUs and a $1,000 conversion factor
		// are far above any CMS row (a few hundred RVUs, about $32).
		if n > 10_000_000 {
			return feeRow{}, feeAttrs{}, fmt.Errorf("%s %s is out of range", names[i], field(rec, col[3+i]))
		}
		v[i] = n
	}
	work, nfPE, fPE, mp, nfTotal, fTotal, cf := v[0], v[1], v[2], v[3], v[4], v[5], v[6]
	// Recomputing the totals catches a misread column before it misprices.
	if work+nfPE+mp != nfTotal || work+fPE+mp != fTotal {
		return feeRow{}, feeAttrs{}, fmt.Errorf("RVU components sum to %d/%d hundredths, file totals say %d/%d",
			work+nfPE+mp, work+fPE+mp, nfTotal, fTotal)
	}
	if cf == 0 {
		return feeRow{}, feeAttrs{}, errors.New("conv_factor is zero")
	}
	a := feeAttrs{
		mod:        field(rec, col[1]),
		status:     field(rec, col[2]),
		pctc:       field(rec, col[10]),
		globalDays: field(rec, col[11]),
		multProc:   field(rec, col[12]),
	}
	if a.status == "" {
		return feeRow{}, feeAttrs{}, errors.New("status_code is empty")
	}
	// Like the codes, the shared file's global periods lost their leading
	// zeros ("10" for 010); CMS defines them as three characters.
	if g := a.globalDays; g != "" && len(g) < 3 && allDigits(g) {
		a.globalDays = strings.Repeat("0", 3-len(g)) + g
	}
	row := feeRow{
		work: int32(work), nfPE: int32(nfPE), fPE: int32(fPE), mp: int32(mp), cf: int32(cf),
		nfNA: strings.EqualFold(field(rec, col[13]), "NA"),
		fNA:  strings.EqualFold(field(rec, col[14]), "NA"),
	}
	return row, a, nil
}

func (t *feeTable) bytes() int64 { return int64(len(t.rows))*32 + int64(len(t.index))*8 }

// row finds the row that prices code billed with mod: the 26 and TC rows
// for those modifiers (a code without components has no such row, and the
// global amount would overpay a component), else the row for mod if the
// file has one (53, discontinued procedure), else the global row.
func (t *feeTable) row(c code, mod string) (int32, bool) {
	m, ok := t.mods[mod]
	if ok {
		if i, ok := t.index[feeKey(c, m)]; ok {
			return i, true
		}
	}
	if mod == "26" || mod == "TC" || mod == "" {
		return 0, false
	}
	i, ok := t.index[feeKey(c, 0)]
	return i, ok
}

// feeKey needs 64 bits: a code takes 26 and the modifier 8.
func feeKey(c code, mod uint8) uint64 { return uint64(c)<<8 | uint64(mod) }

// cents prices one unit of a row under GPCIs in thousandths: RVUs
// (10^-2) x GPCI (10^-3) x CF (10^-4 dollars) = 10^-9 dollars = 10^-7
// cents. Real rows give products around 10^14; the load-time bounds
// (RVUs and CF at most 10^7 units, GPCIs at most 10^4) keep the worst case
// under 3 x 10^18, inside int64.
func (r *feeRow) cents(g gpci, facility bool) int64 {
	pe := r.nfPE
	if facility {
		pe = r.fPE
	}
	sum := int64(r.work)*g.pw + int64(pe)*g.pe + int64(r.mp)*g.mp
	return (sum*int64(r.cf) + 5_000_000) / 10_000_000
}

// Fee prices one unit of code billed with modifier mod in locality
// (an id from Localities, "" for the national amount: every GPCI 1.000),
// at the facility PE RVU when facility is true (the place of service is a
// facility) and the non-facility one otherwise. mod "26" and "TC" price the
// professional and technical component rows; any other modifier prices
// its own row when the file has one (53) and the global row otherwise.
// ok is false when there is no such row or no such locality.
func (t *Tables) Fee(c, mod, locality string, facility bool) (FeeResult, bool) {
	i, g, ok := t.lookupFee(c, mod, locality)
	if !ok {
		return FeeResult{}, false
	}
	r := &t.fees.rows[i]
	na := r.nfNA
	if facility {
		na = r.fNA
	}
	return FeeResult{
		PerUnitCents:    r.cents(g, facility),
		Status:          r.attrs.status,
		MultProc:        r.attrs.multProc,
		PCTC:            r.attrs.pctc,
		GlobalDays:      r.attrs.globalDays,
		Modifier:        r.attrs.mod,
		PENotApplicable: na,
	}, true
}

// lookupFee returns the index of the row that prices c with mod, and the
// locality's GPCIs.
func (t *Tables) lookupFee(c, mod, locality string) (int32, gpci, bool) {
	k, ok := encode(c)
	if !ok {
		return 0, gpci{}, false
	}
	if strings.ContainsFunc(mod, isLower) {
		// A lower-case "tc" falling through to the global row would pay
		// the whole service for its technical component.
		mod = strings.ToUpper(mod)
	}
	g, ok := t.gpci.get(locality)
	if !ok {
		return 0, gpci{}, false
	}
	i, ok := t.fees.row(k, mod)
	return i, g, ok
}

func isLower(r rune) bool { return r >= 'a' && r <= 'z' }

// gpci holds the three indices in thousandths, and a small number for the
// locality (0 national, then 1.. in file order) to key cached results by.
type gpci struct {
	pw, pe, mp int64
	n          uint32
}

var national = gpci{1000, 1000, 1000, 0}

type gpciTable struct {
	m   map[string]gpci
	ids []string
}

// load reads Addendum E: title lines, a header naming the MAC, locality
// number and the three GPCIs, the localities, then footnotes. The table
// ends at the first row without a numeric MAC; a locality row after the
// footnotes is an error rather than silently dropped.
func (t *gpciTable) load(r io.Reader) error {
	t.m = map[string]gpci{}
	var col []int
	ended := 0
	err := csvRows(r, func(line int, rec []string) error {
		if col == nil {
			if !slices.ContainsFunc(rec, func(h string) bool { return headerMatches(h, "locality number") }) {
				if line > 20 {
					return rowErr(line, "no header row (one with a Locality Number column) in the first 20 lines")
				}
				return nil
			}
			var err error
			col, err = columns(line, rec, "medicare administrative contractor*", "locality number", "pw gpci*", "pe gpci*", "mp gpci*")
			return err
		}
		mac, loc := field(rec, col[0]), field(rec, col[1])
		if mac == "" || !allDigits(mac) {
			if ended == 0 {
				ended = line
			}
			return nil
		}
		if ended != 0 {
			return rowErr(line, "locality row after the end of the table (line %d)", ended)
		}
		if loc == "" || !allDigits(loc) {
			return rowErr(line, "locality number %q is not a number", loc)
		}
		var g [3]int64
		for i, name := range []string{"PW GPCI", "PE GPCI", "MP GPCI"} {
			n, err := parseFixed(field(rec, col[2+i]), 3)
			if err != nil {
				return rowErr(line, "%s: %v", name, err)
			}
			if n == 0 || n > 10_000 {
				return rowErr(line, "%s %s is outside (0, 10]", name, field(rec, col[2+i]))
			}
			g[i] = n
		}
		id := mac + "-" + loc
		if _, dup := t.m[id]; dup {
			return rowErr(line, "second row for locality %s", id)
		}
		t.m[id] = gpci{g[0], g[1], g[2], uint32(len(t.ids) + 1)}
		t.ids = append(t.ids, id)
		if alt := normalizeLocality(id); alt != id {
			t.m[alt] = t.m[id]
		}
		return nil
	})
	switch {
	case err != nil:
		return err
	case col == nil:
		return errors.New("no header row (one with a Locality Number column)")
	case len(t.ids) == 0:
		return errors.New("no localities after the header")
	}
	slices.Sort(t.ids)
	return nil
}

func (t *gpciTable) bytes() int64 { return int64(len(t.m)) * 48 }

// get resolves a locality id. CMS writes MACs with five digits and
// localities with two ("01182-18", "10112-00"); the shared file lost the
// leading zeros ("1182-18", "10112-0"). Both spellings resolve.
func (t *gpciTable) get(id string) (gpci, bool) {
	if id == "" {
		return national, true
	}
	if g, ok := t.m[id]; ok {
		return g, true
	}
	g, ok := t.m[normalizeLocality(id)]
	return g, ok
}

func normalizeLocality(id string) string {
	mac, loc, ok := strings.Cut(id, "-")
	if !ok {
		return id
	}
	trim := func(s string) string {
		if t := strings.TrimLeft(s, "0"); t != "" {
			return t
		}
		if s != "" {
			return "0"
		}
		return s
	}
	return trim(mac) + "-" + trim(loc)
}

// Localities returns the locality ids of the GPCI file, "MAC-locality" as
// the file writes them (e.g. "10112-0", "1182-18"), sorted.
func (t *Tables) Localities() []string { return slices.Clone(t.gpci.ids) }
