// Package x12codes reads the X12 code lists' descriptions: Claim Adjustment Reason Codes (CARC)
// and Remittance Advice Remark Codes (RARC), from the shared data's x12codes/carc.csv and
// rarc.csv (code,description,...), so that a person reading a decision sees what each code
// means. The code lists are published by X12 and change quarterly; nothing here is bundled.
package x12codes

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/claimsledger/claims/adjudicator/shareddata/locate"
)

// Codes holds the descriptions of CARC and RARC codes.
type Codes struct {
	carc, rarc map[string]string
}

// Load reads dir/carc.csv and dir/rarc.csv.
func Load(dir string) (*Codes, error) {
	c := &Codes{}
	var err error
	if c.carc, err = readList(filepath.Join(dir, "carc.csv")); err != nil {
		return nil, err
	}
	if c.rarc, err = readList(filepath.Join(dir, "rarc.csv")); err != nil {
		return nil, err
	}
	return c, nil
}

// LoadShared loads the lists from the shared data (locate.Dir); ok is false, with no
// error, when the shared data is not there: callers show bare codes then.
func LoadShared() (_ *Codes, ok bool, _ error) {
	dir, found := locate.Dir()
	if !found {
		return nil, false, nil
	}
	c, err := Load(filepath.Join(dir, "x12codes"))
	if errors.Is(err, os.ErrNotExist) {
		return nil, false, nil
	}
	return c, err == nil, err
}

func readList(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	head, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: header: %w", path, err)
	}
	if len(head) < 2 || head[0] != "code" || head[1] != "description" {
		return nil, fmt.Errorf("%s: want the columns code,description first, got %v", path, head)
	}
	out := map[string]string{}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		if len(rec) >= 2 && rec[0] != "" {
			out[strings.TrimSpace(rec[0])] = strings.TrimSpace(rec[1])
		}
	}
}

// CARC is the description of a claim adjustment reason code; "" when unknown (or c is nil).
func (c *Codes) CARC(code string) string {
	if c == nil {
		return ""
	}
	return c.carc[code]
}

// RARC is the description of a remittance advice remark code; "" when unknown (or c is nil).
func (c *Codes) RARC(code string) string {
	if c == nil {
		return ""
	}
	return c.rarc[code]
}

// Len is how many CARC and RARC codes were read.
func (c *Codes) Len() (carc, rarc int) {
	if c == nil {
		return 0, 0
	}
	return len(c.carc), len(c.rarc)
}
