package service

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"
)

// QueueFilter narrows and orders the review queue: what `claims review list` takes as flags
// and the analysts' console as form fields, so both keep the same claims in the same order.
type QueueFilter struct {
	// Signals keeps claims flagged with any of these fraud signal codes (any case); empty: all.
	Signals []string
	// NPI keeps one billing provider's claims; "": all.
	NPI string
	// MinHeldCents keeps claims holding at least this many cents.
	MinHeldCents int64
	// Resolvable keeps claims the contract would resolve now (chain time).
	Resolvable bool
	// MinAge keeps claims pended at least this long before the review's chain time, MaxAge
	// (when not 0) less than this long.
	MinAge, MaxAge time.Duration
	// Sort is one of QueueSorts; "" is "window".
	Sort string
}

// QueueSorts are the orders a QueueFilter takes: the challenge window (oldest first), the
// cents held or the fraud score (largest first), or the time pended (longest waiting first).
var QueueSorts = []string{"window", "held", "score", "age"}

// Check refuses a sort order it does not know.
func (f QueueFilter) Check() error {
	if f.Sort != "" && !slices.Contains(QueueSorts, f.Sort) {
		return fmt.Errorf("sort %q: want one of %s", f.Sort, strings.Join(QueueSorts, ", "))
	}
	if f.MinHeldCents < 0 || f.MinAge < 0 || f.MaxAge < 0 {
		return fmt.Errorf("minimum held cents and ages must not be negative")
	}
	return nil
}

// Keep reports whether it passes the filter at chain time now.
func (f QueueFilter) Keep(it ReviewItem, now time.Time) bool {
	d := it.Decided.Decision
	if f.NPI != "" && d.BillingNPI != f.NPI {
		return false
	}
	if d.HeldCents < f.MinHeldCents || (f.Resolvable && !it.Resolvable(now)) {
		return false
	}
	if f.MinAge > 0 && (it.PendedAt.IsZero() || it.Age(now) < f.MinAge) {
		return false
	}
	if f.MaxAge > 0 && (it.PendedAt.IsZero() || it.Age(now) >= f.MaxAge) {
		return false
	}
	if len(f.Signals) == 0 {
		return true
	}
	for _, s := range f.Signals {
		if slices.Contains(SignalsOf(it), strings.ToUpper(strings.TrimSpace(s))) {
			return true
		}
	}
	return false
}

// Apply returns the items that pass, in the filter's order; ties keep the input order (the
// queue's: oldest challenge window first).
func (f QueueFilter) Apply(items []ReviewItem, now time.Time) ([]ReviewItem, error) {
	if err := f.Check(); err != nil {
		return nil, err
	}
	out := make([]ReviewItem, 0, len(items))
	for _, it := range items {
		if f.Keep(it, now) {
			out = append(out, it)
		}
	}
	switch f.Sort {
	case "held":
		slices.SortStableFunc(out, func(a, b ReviewItem) int {
			return cmp.Compare(b.Decided.Decision.HeldCents, a.Decided.Decision.HeldCents)
		})
	case "score":
		slices.SortStableFunc(out, func(a, b ReviewItem) int { return cmp.Compare(ScoreOf(b), ScoreOf(a)) })
	case "age":
		slices.SortStableFunc(out, func(a, b ReviewItem) int { return a.PendedAt.Compare(b.PendedAt) })
	}
	return out, nil
}

// SignalsOf is the codes of the fraud signals that fired on it, in the flags' order.
func SignalsOf(it ReviewItem) []string {
	out := []string{}
	if it.Flags != nil {
		for _, f := range it.Flags.Flags {
			out = append(out, f.Code)
		}
	}
	return out
}

// ScoreOf is its fraud score; 0 when no signal fired.
func ScoreOf(it ReviewItem) int {
	if it.Flags == nil {
		return 0
	}
	return it.Flags.FraudScore
}
