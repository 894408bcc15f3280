package chain

import (
	"fmt"
	"math"
	"time"
)

// dateLayout is the calendar date format the core and the rules use.
const dateLayout = "2006-01-02"

// DayFromDate converts a "YYYY-MM-DD" calendar date to whole days since 1970-01-01, the unit the
// CoverageRegistry stores. Dates are calendar dates, not instants, so no time zone applies.
func DayFromDate(date string) (uint32, error) {
	t, err := time.Parse(dateLayout, date)
	if err != nil {
		return 0, fmt.Errorf("parse date %q: %w", date, err)
	}
	days := t.Unix() / 86400
	if days < 0 || days > math.MaxUint32 {
		return 0, fmt.Errorf("date %q is outside the range the registry stores (1970-01-01 onwards)", date)
	}
	return uint32(days), nil
}

// DateFromDay converts days since 1970-01-01 back to "YYYY-MM-DD".
func DateFromDay(day uint32) string {
	return time.Unix(int64(day)*86400, 0).UTC().Format(dateLayout)
}
