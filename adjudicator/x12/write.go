package x12

import (
	"bytes"
	"fmt"
	"strings"
	"time"
)

// Envelope is what an interchange this engine writes says about itself.
type Envelope struct {
	// SenderQualifier/SenderID and ReceiverQualifier/ReceiverID are ISA05-08 (and GS02-03);
	// IDs are at most 15 characters.
	SenderQualifier, SenderID     string
	ReceiverQualifier, ReceiverID string
	// Control is the interchange control number (ISA13, 9 digits) and the group's (GS06).
	Control uint32
	// Time is when the interchange was made (ISA09-10, GS04-05).
	Time time.Time
	// Test marks a test interchange (ISA15 T rather than P).
	Test bool
	// FunctionalID is GS01: FA for a 999, HP for an 835.
	FunctionalID string
	// Version is GS08 and ST03: the implementation guide, e.g. 005010X231A1 for a 999.
	Version string
}

// Set is one transaction set to write: its code (ST01) and the segments between ST and SE,
// each an id followed by its elements.
type Set struct {
	Code     string
	Segments [][]string
}

// Build writes one interchange with one functional group holding sets, numbered ST02 0001,
// 0002, ... and closed with correct counts. An element holding a delimiter, or an id that is not
// a segment id, is an error: what is written must read back the same.
func Build(d Delimiters, env Envelope, sets []Set) ([]byte, error) {
	if err := d.check(); err != nil {
		return nil, err
	}
	if len(env.SenderID) > 15 || len(env.ReceiverID) > 15 {
		return nil, fmt.Errorf("x12: sender and receiver ids are at most 15 characters")
	}
	if env.Control == 0 || env.Control > 999_999_999 {
		return nil, fmt.Errorf("x12: control number %d: want 1 to 999999999", env.Control)
	}
	usage := "P"
	if env.Test {
		usage = "T"
	}
	t := env.Time.UTC()
	var b bytes.Buffer
	seg := func(fields ...string) error {
		if !validID(fields[0]) {
			return fmt.Errorf("x12: %q is not a segment id", fields[0])
		}
		for i, f := range fields[1:] {
			if strings.IndexByte(f, d.Element) >= 0 || strings.IndexByte(f, d.Segment) >= 0 || strings.IndexByte(f, d.Repetition) >= 0 {
				return fmt.Errorf("x12: %s%02d holds a delimiter", fields[0], i+1)
			}
		}
		// Trailing empty elements are left off, as the implementation guides require.
		n := len(fields)
		for n > 1 && fields[n-1] == "" {
			n--
		}
		b.WriteString(strings.Join(fields[:n], string(d.Element)))
		b.WriteByte(d.Segment)
		b.WriteByte('\n')
		return nil
	}
	control := fmt.Sprintf("%09d", env.Control)
	// ISA elements have fixed widths; the component separator is ISA16 itself.
	isa := []string{"ISA", "00", pad("", 10), "00", pad("", 10), pad(env.SenderQualifier, 2), pad(env.SenderID, 15),
		pad(env.ReceiverQualifier, 2), pad(env.ReceiverID, 15), t.Format("060102"), t.Format("1504"),
		string(d.Repetition), "00501", control, "0", usage, string(d.Component)}
	b.WriteString(strings.Join(isa, string(d.Element)))
	b.WriteByte(d.Segment)
	b.WriteByte('\n')
	group := fmt.Sprint(env.Control)
	if err := seg("GS", env.FunctionalID, env.SenderID, env.ReceiverID, t.Format("20060102"), t.Format("1504"), group, "X", env.Version); err != nil {
		return nil, err
	}
	for i, s := range sets {
		st := fmt.Sprintf("%04d", i+1)
		if err := seg("ST", s.Code, st, env.Version); err != nil {
			return nil, err
		}
		for _, fields := range s.Segments {
			if len(fields) == 0 {
				return nil, fmt.Errorf("x12: an empty segment in transaction set %s", st)
			}
			if err := seg(fields...); err != nil {
				return nil, err
			}
		}
		if err := seg("SE", fmt.Sprint(len(s.Segments)+2), st); err != nil {
			return nil, err
		}
	}
	if err := seg("GE", fmt.Sprint(len(sets)), group); err != nil {
		return nil, err
	}
	if err := seg("IEA", "1", control); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func pad(s string, n int) string {
	if len(s) >= n {
		return s[:n]
	}
	return s + strings.Repeat(" ", n-len(s))
}

// ControlNumber is an interchange control number for one written at t: the Unix second folded
// into ISA13's nine digits, never 0. Answers (999, 271, 835) need one unique per sender for
// years, not a sequence.
func ControlNumber(t time.Time) uint32 {
	return uint32(t.Unix()%999_999_999) + 1
}
