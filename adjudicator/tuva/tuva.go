// Package tuva reads the Tuva Project's claims and eligibility layouts
// (CCLF-style CSV, as in ../shared/data/claims) into native claims and
// coverage spans. Columns are found by header name, so trimmed copies with a
// subset of the columns read the same.
package tuva

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/claimsledger/claims/adjudicator"
)

// ParseCents converts a decimal dollar string ("31505.00", "12.5", "-3")
// to integer cents exactly, without floating point.
func ParseCents(s string) (int64, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, errors.New("empty amount")
	}
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	whole, frac, _ := strings.Cut(s, ".")
	if len(frac) > 2 {
		if strings.Trim(frac[2:], "0") != "" {
			return 0, fmt.Errorf("amount %q has fractions of a cent", s)
		}
		frac = frac[:2]
	}
	for len(frac) < 2 {
		frac += "0"
	}
	if whole == "" {
		whole = "0"
	}
	w, err := strconv.ParseInt(whole, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("amount %q: %w", s, err)
	}
	f, err := strconv.ParseInt(frac, 10, 64)
	if err != nil || f < 0 {
		return 0, fmt.Errorf("amount %q: bad cents", s)
	}
	c := w*100 + f
	if neg {
		c = -c
	}
	return c, nil
}

type table struct {
	r    *csv.Reader
	col  map[string]int
	row  []string
	line int
}

func newTable(r io.Reader, required ...string) (*table, error) {
	cr := csv.NewReader(r)
	cr.ReuseRecord = false
	header, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("read header: %w", err)
	}
	t := &table{r: cr, col: map[string]int{}, line: 1}
	for i, h := range header {
		t.col[strings.TrimSpace(h)] = i
	}
	for _, c := range required {
		if _, ok := t.col[c]; !ok {
			return nil, fmt.Errorf("header: missing column %q", c)
		}
	}
	return t, nil
}

func (t *table) next() (bool, error) {
	row, err := t.r.Read()
	if err == io.EOF {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	t.row = row
	t.line, _ = t.r.FieldPos(0)
	return true, nil
}

func (t *table) get(name string) string {
	i, ok := t.col[name]
	if !ok || i >= len(t.row) {
		return ""
	}
	return strings.TrimSpace(t.row[i])
}

func (t *table) errorf(column, format string, args ...any) error {
	return fmt.Errorf("line %d, column %s: %s", t.line, column, fmt.Sprintf(format, args...))
}

// ReadClaims groups claim lines by claim_id, in order of first appearance.
//
// Conversions, because the synthetic CCLF data is looser than a clean
// CMS-1500/UB-04:
//   - billing NPI: billing_npi, else facility_npi (institutional), else
//     rendering_npi (the CCLF files carry the performing NPI only);
//   - units: an empty or 0 service_unit_quantity is read as 1, the minimum
//     a claim form accepts;
//   - a line's date of service is claim_line_start_date, else the claim's.
func ReadClaims(r io.Reader) ([]adjudicator.Claim, error) {
	t, err := newTable(r, "claim_id", "claim_line_number", "claim_type", "member_id", "claim_start_date",
		"claim_end_date", "hcpcs_code", "charge_amount")
	if err != nil {
		return nil, fmt.Errorf("tuva claims: %w", err)
	}
	var claims []adjudicator.Claim
	index := map[string]int{}
	for {
		ok, err := t.next()
		if err != nil {
			return nil, fmt.Errorf("tuva claims: %w", err)
		}
		if !ok {
			break
		}
		id := t.get("claim_id")
		if id == "" {
			return nil, fmt.Errorf("tuva claims: %w", t.errorf("claim_id", "empty"))
		}
		i, seen := index[id]
		if !seen {
			i = len(claims)
			index[id] = i
			claims = append(claims, adjudicator.Claim{
				Schema: adjudicator.ClaimSchemaV1, ClaimID: id, ClaimType: t.get("claim_type"),
				MemberID: t.get("member_id"), BillingNPI: firstOf(t.get("billing_npi"), t.get("facility_npi"), t.get("rendering_npi")),
				RenderingNPI: t.get("rendering_npi"), PlaceOfService: t.get("place_of_service_code"), BillType: t.get("bill_type_code"),
				ServiceFrom: t.get("claim_start_date"), ServiceTo: t.get("claim_end_date"),
			})
			for d := 1; d <= 25; d++ {
				if code := strings.ReplaceAll(t.get(fmt.Sprintf("diagnosis_code_%d", d)), ".", ""); code != "" {
					claims[i].Diagnoses = append(claims[i].Diagnoses, code)
				}
			}
		}
		c := &claims[i]
		n, err := strconv.Atoi(t.get("claim_line_number"))
		if err != nil {
			return nil, fmt.Errorf("tuva claims: %w", t.errorf("claim_line_number", "want an integer, got %q", t.get("claim_line_number")))
		}
		units := 1
		if u := t.get("service_unit_quantity"); u != "" {
			f, err := strconv.Atoi(strings.TrimSuffix(u, ".0"))
			if err != nil {
				return nil, fmt.Errorf("tuva claims: %w", t.errorf("service_unit_quantity", "want an integer, got %q", u))
			}
			units = max(f, 1)
		}
		charge, err := ParseCents(t.get("charge_amount"))
		if err != nil {
			return nil, fmt.Errorf("tuva claims: %w", t.errorf("charge_amount", "%v", err))
		}
		l := adjudicator.Line{
			Number: n, Code: t.get("hcpcs_code"), Units: units, ChargeCents: charge,
			ServiceDate: t.get("claim_line_start_date"), RevenueCode: t.get("revenue_center_code"),
		}
		for m := 1; m <= 5; m++ {
			if mod := t.get(fmt.Sprintf("hcpcs_modifier_%d", m)); mod != "" {
				l.Modifiers = append(l.Modifiers, mod)
			}
		}
		if c.PlaceOfService == "" {
			c.PlaceOfService = t.get("place_of_service_code")
		}
		c.Lines = append(c.Lines, l)
	}
	for i := range claims {
		if err := claims[i].Validate(); err != nil {
			return nil, fmt.Errorf("tuva claims: claim %s: %w", claims[i].ClaimID, err)
		}
	}
	return claims, nil
}

func firstOf(vals ...string) string {
	for _, v := range vals {
		if v != "" {
			return v
		}
	}
	return ""
}

// ReadEligibility returns each member's coverage spans, in file order.
func ReadEligibility(r io.Reader) (map[string][]adjudicator.Span, error) {
	t, err := newTable(r, "member_id", "enrollment_start_date", "enrollment_end_date", "plan")
	if err != nil {
		return nil, fmt.Errorf("tuva eligibility: %w", err)
	}
	out := map[string][]adjudicator.Span{}
	for {
		ok, err := t.next()
		if err != nil {
			return nil, fmt.Errorf("tuva eligibility: %w", err)
		}
		if !ok {
			return out, nil
		}
		s := adjudicator.Span{PlanID: t.get("plan"), Start: t.get("enrollment_start_date"), End: t.get("enrollment_end_date")}
		member := t.get("member_id")
		switch {
		case member == "":
			return nil, fmt.Errorf("tuva eligibility: %w", t.errorf("member_id", "empty"))
		case s.PlanID == "":
			return nil, fmt.Errorf("tuva eligibility: %w", t.errorf("plan", "empty"))
		case !isDate(s.Start):
			return nil, fmt.Errorf("tuva eligibility: %w", t.errorf("enrollment_start_date", "want YYYY-MM-DD, got %q", s.Start))
		case !isDate(s.End):
			return nil, fmt.Errorf("tuva eligibility: %w", t.errorf("enrollment_end_date", "want YYYY-MM-DD, got %q", s.End))
		case s.End < s.Start:
			return nil, fmt.Errorf("tuva eligibility: %w", t.errorf("enrollment_end_date", "%s is before the start %s", s.End, s.Start))
		}
		out[member] = append(out[member], s)
	}
}

func isDate(s string) bool {
	return len(s) == 10 && s[4] == '-' && s[7] == '-'
}
