package cms

import (
	"errors"
	"io"
	"strconv"
)

// mueTable holds the Practitioner MUEs: units of service << 2 | MAI.
// Outpatient hospital and DME supplier rows price other claim types and
// are not kept.
type mueTable struct {
	m map[code]uint32
}

const practitioner = "Practitioner"

func (t *mueTable) load(r io.Reader) error {
	t.m = make(map[code]uint32, 16384)
	var col []int
	err := csvRows(r, func(line int, rec []string) error {
		if col == nil {
			var err error
			col, err = columns(line, rec, "hcpcs", "mue_uos", "mue_mai", "mue_service_type")
			return err
		}
		if len(rec) == 1 && field(rec, 0) == "" {
			return nil
		}
		if field(rec, col[3]) != practitioner {
			return nil
		}
		c, err := parseFileCode(field(rec, col[0]))
		if err != nil {
			return rowErr(line, "hcpcs: %v", err)
		}
		uos, err := strconv.ParseUint(field(rec, col[1]), 10, 24)
		if err != nil {
			return rowErr(line, "mue_uos %q: want a whole number of units", field(rec, col[1]))
		}
		mai := field(rec, col[2])
		if mai != "1" && mai != "2" && mai != "3" {
			return rowErr(line, "mue_mai %q, want 1, 2 or 3", mai)
		}
		if _, dup := t.m[c]; dup {
			return rowErr(line, "second Practitioner row for %s", c)
		}
		t.m[c] = uint32(uos)<<2 | uint32(mai[0]-'0')
		return nil
	})
	switch {
	case err != nil:
		return err
	case col == nil:
		return errors.New("empty file: no header")
	case len(t.m) == 0:
		return errors.New("no Practitioner rows")
	}
	return nil
}

func (t *mueTable) bytes() int64 { return int64(len(t.m)) * 8 }

// MUE returns the Practitioner medically unlikely edit for code: the most
// units of service one provider may bill for one patient on one date
// (uos), and the adjudication indicator (mai): 1 the limit applies per
// claim line, 2 per date of service by policy (absolute), 3 per date of
// service on clinical grounds (appealable). ok is false when the code has
// no Practitioner MUE.
func (t *Tables) MUE(c string) (uos int, mai int, ok bool) {
	k, ok := encode(c)
	if !ok {
		return 0, 0, false
	}
	v, ok := t.mue.m[k]
	if !ok {
		return 0, 0, false
	}
	return int(v >> 2), int(v & 3), true
}
