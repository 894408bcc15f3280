package chain

import "testing"

func TestDayFromDate(t *testing.T) {
	tests := []struct {
		date    string
		day     uint32
		wantErr bool
	}{
		{date: "1970-01-01", day: 0},
		{date: "1970-01-02", day: 1},
		{date: "2000-02-29", day: 11016},
		{date: "2018-01-01", day: 17532},
		{date: "2018-12-31", day: 17896},
		{date: "1969-12-31", wantErr: true},
		{date: "2018-02-30", wantErr: true},
		{date: "2018/01/01", wantErr: true},
		{date: "", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.date, func(t *testing.T) {
			got, err := DayFromDate(tt.date)
			if tt.wantErr {
				if err == nil {
					t.Fatalf("DayFromDate(%q) = %d, want error", tt.date, got)
				}
				return
			}
			if err != nil {
				t.Fatalf("DayFromDate(%q): %v", tt.date, err)
			}
			if got != tt.day {
				t.Fatalf("DayFromDate(%q) = %d, want %d", tt.date, got, tt.day)
			}
			if back := DateFromDay(got); back != tt.date {
				t.Fatalf("DateFromDay(%d) = %q, want %q", got, back, tt.date)
			}
		})
	}
}

func FuzzDateRoundTrip(f *testing.F) {
	f.Add(uint32(0))
	f.Add(uint32(17532))
	f.Add(uint32(2932896)) // 9999-12-31, the last date the layout can print
	f.Fuzz(func(t *testing.T, day uint32) {
		if day > 2932896 {
			t.Skip("beyond four-digit years")
		}
		got, err := DayFromDate(DateFromDay(day))
		if err != nil {
			t.Fatalf("DayFromDate(DateFromDay(%d)): %v", day, err)
		}
		if got != day {
			t.Fatalf("round trip of %d gave %d", day, got)
		}
	})
}
