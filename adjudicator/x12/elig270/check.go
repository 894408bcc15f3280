package elig270

import (
	"slices"
	"strconv"

	"github.com/claimsledger/claims/adjudicator/x12"
)

// level271 is one HL of a 271 as read back: enough to check the hierarchy Write made and what
// each level answers. Reading 271s from others is not this package's job; this reads those the
// guide's examples show (the shared samples) as well as its own.
type level271 struct {
	HL, Parent, Code        string
	Entity, IDQualifier, ID string            // the level's NM1
	Traces                  []string          // TRN02 of every TRN
	Rejects                 []string          // AAA03 of the level's own loops (2000, 2100)
	Dates                   map[string]string // DTP01 → DTP02*DTP03 of the name loop
	Benefits                []eb271
}

type eb271 struct {
	Status, ServiceType, InsuranceType, Plan string            // EB01, EB03, EB04, EB05
	Dates                                    map[string]string // DTP01 → DTP02*DTP03 of the EB loop
	Rejects                                  []string          // AAA03 of the EB loop
}

// read271 reads the hierarchy of every 271 transaction set in ic: BHT first (0022, 11), HL01
// numbered 1, 2, 3..., each HL02 naming the latest level of the level code above, HL04 saying
// whether a child follows, each level's name NM1 (after its TRNs) with an entity code the guide
// allows, EB loops after it, and LS/LE around 2120 loops. The first problem is returned.
func read271(ic *x12.Interchange) ([][]level271, error) {
	var out [][]level271
	for gi := range ic.Groups {
		for ti := range ic.Groups[gi].Transactions {
			levels, err := readSet271(&ic.Groups[gi].Transactions[ti])
			if err != nil {
				return nil, err
			}
			out = append(out, levels)
		}
	}
	return out, nil
}

func readSet271(tx *x12.Transaction) ([]level271, error) {
	if tx.Code() != "271" {
		return nil, elemErr(tx.ST, 1, "", &problem{x12.ElemInvalidCode, "not a 271"})
	}
	segs := tx.Segments
	if len(segs) == 0 || segs[0].ID != "BHT" {
		return nil, missingSeg(tx.ST.Pos+1, "BHT", "", "a 271 starts with BHT")
	}
	if bht := segs[0]; bht.Element(1) != "0022" || bht.Element(2) != "11" {
		return nil, segErr(bht, x12.SegHasDataErrors, "", "want BHT*0022*11 (response)")
	}
	above := map[string]string{"21": "20", "22": "21", "23": "22"}
	var levels []level271
	latest := map[string]int{} // HL03 → index in levels of the latest such level
	cur := -1
	named, inLS := false, false
	endLevel := func(pos int) error {
		if cur >= 0 && !named {
			return missingSeg(pos, "NM1", "", "every level has its name NM1")
		}
		return nil
	}
	for _, s := range segs[1:] {
		if inLS {
			inLS = s.ID != "LE"
			continue
		}
		if s.ID != "HL" && cur < 0 {
			return nil, segErr(s, x12.SegUnexpected, "", "before the first HL")
		}
		var l *level271
		if cur >= 0 {
			l = &levels[cur]
		}
		switch s.ID {
		case "HL":
			if err := endLevel(s.Pos); err != nil {
				return nil, err
			}
			l := level271{HL: s.Element(1), Parent: s.Element(2), Code: s.Element(3), Dates: map[string]string{}}
			if l.HL != strconv.Itoa(len(levels)+1) {
				return nil, elemErr(s, 1, "", &problem{x12.ElemInvalidCode, "HL01 numbers the levels 1, 2, 3..."})
			}
			if _, ok := entities[l.Code]; !ok {
				return nil, elemErr(s, 3, "", &problem{x12.ElemInvalidCode, "want HL03 20, 21, 22 or 23"})
			}
			want := ""
			if up, ok := above[l.Code]; ok {
				i, ok := latest[up]
				if !ok {
					return nil, segErr(s, x12.SegOutOfOrder, "", "no level above precedes this one")
				}
				want = levels[i].HL
			}
			if l.Parent != want {
				return nil, elemErr(s, 2, "", &problem{x12.ElemInvalidCode, "HL02 must name the latest level above"})
			}
			latest[l.Code] = len(levels)
			// A new level ends every level below it.
			order := []string{"20", "21", "22", "23"}
			for _, below := range order[slices.Index(order, l.Code)+1:] {
				delete(latest, below)
			}
			levels = append(levels, l)
			cur, named = len(levels)-1, false
		case "TRN":
			if named {
				return nil, segErr(s, x12.SegOutOfOrder, "", "TRN comes before the level's name NM1")
			}
			if t := s.Element(1); t != "1" && t != "2" {
				return nil, elemErr(s, 1, "", &problem{x12.ElemInvalidCode, "want TRN01 1 or 2"})
			}
			l.Traces = append(l.Traces, s.Element(2))
		case "NM1":
			if named {
				return nil, segErr(s, x12.SegUnexpected, "", "a second NM1 outside LS/LE")
			}
			if !slices.Contains(entities[l.Code], s.Element(1)) {
				return nil, elemErr(s, 1, "", &problem{x12.ElemInvalidCode, "entity code not allowed at this level"})
			}
			l.Entity, l.IDQualifier, l.ID = s.Element(1), s.Element(8), s.Element(9)
			named = true
		case "EB":
			if !named || l.Code != "22" && l.Code != "23" {
				return nil, segErr(s, x12.SegUnexpected, "", "EB belongs to a subscriber's or dependent's level, after its name")
			}
			l.Benefits = append(l.Benefits, eb271{Status: s.Element(1), ServiceType: s.Element(3),
				InsuranceType: s.Element(4), Plan: s.Element(5), Dates: map[string]string{}})
		case "LS":
			if len(l.Benefits) == 0 {
				return nil, segErr(s, x12.SegUnexpected, "", "LS opens a 2120 loop inside an EB loop")
			}
			inLS = true
		case "AAA", "DTP":
			if !named && s.ID == "DTP" {
				return nil, segErr(s, x12.SegOutOfOrder, "", "DTP comes after the level's name NM1")
			}
			rejects, dates := &l.Rejects, l.Dates
			if n := len(l.Benefits); n > 0 {
				rejects, dates = &l.Benefits[n-1].Rejects, l.Benefits[n-1].Dates
			}
			if s.ID == "AAA" {
				*rejects = append(*rejects, s.Element(3))
			} else {
				dates[s.Element(1)] = s.Element(2) + "*" + s.Element(3)
			}
		case "PER", "REF", "N3", "N4", "PRV", "DMG", "INS", "HI", "MPI", "HSD", "MSG", "III":
			if !named {
				return nil, segErr(s, x12.SegOutOfOrder, "", s.ID+" comes after the level's name NM1")
			}
		default:
			return nil, segErr(s, x12.SegNotDefined, "", "not a segment of a 271")
		}
	}
	if inLS {
		return nil, missingSeg(tx.SE.Pos, "LE", "", "LS without LE")
	}
	if err := endLevel(tx.SE.Pos); err != nil {
		return nil, err
	}
	if len(levels) == 0 {
		return nil, missingSeg(tx.SE.Pos, "HL", "", "a 271 has at least an information source level")
	}
	for i, l := range levels {
		children := 0
		for _, c := range levels[i+1:] {
			if c.Parent == l.HL {
				children++
			}
		}
		if hl04 := map[bool]string{false: "0", true: "1"}[children > 0]; hl04 != hlSegment(tx, l.HL).Element(4) {
			return nil, elemErr(hlSegment(tx, l.HL), 4, "", &problem{x12.ElemInvalidCode, "HL04 does not say whether a child level follows"})
		}
	}
	return levels, nil
}

func hlSegment(tx *x12.Transaction, id string) x12.Segment {
	for _, s := range tx.Segments {
		if s.ID == "HL" && s.Element(1) == id {
			return s
		}
	}
	return x12.Segment{}
}
