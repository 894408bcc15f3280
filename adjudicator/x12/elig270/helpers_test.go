package elig270_test

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/claimsledger/claims/adjudicator/shareddata"
	"github.com/claimsledger/claims/adjudicator/x12"
)

// sampleDir holds the 270 samples; sample271Dir the 271s.
const (
	sampleDir    = "edi/linuxforhealth-x12/270_005010X279A1"
	sample271Dir = "edi/linuxforhealth-x12/271_005010X279A1"
)

// today is the date the tests decode on: far from the samples' 2006, so a defaulted date shows.
var today = time.Date(2024, 2, 29, 15, 0, 0, 0, time.UTC)

func readSample(t testing.TB, dir, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(shareddata.Path(t, dir+"/"+name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// subscriberSegs are the subscriber sample's segments between ST and SE, at positions 4 (BHT)
// to 14 (EQ) once built: ISA 1, GS 2, ST 3.
var subscriberSegs = []string{
	"BHT*0022*13*10001234*20060501*1319",
	"HL*1**20*1",
	"NM1*PR*2*ABC COMPANY*****PI*842610001",
	"HL*2*1*21*1",
	"NM1*1P*2*BONE AND JOINT CLINIC*****SV*2000035",
	"HL*3*2*22*0",
	"TRN*1*93175-012547*9877281234",
	"NM1*IL*1*SMITH*ROBERT****MI*11122333301",
	"DMG*D8*19430519",
	"DTP*291*D8*20060501",
	"EQ*30",
}

// build270 writes one 270 transaction set per segment list, with counts that close, so a test
// changes only what it means to. A # stands for the repetition separator, which x12.Build
// refuses inside an element.
func build270(t testing.TB, sets ...[]string) []byte {
	t.Helper()
	var xs []x12.Set
	for _, segs := range sets {
		s := x12.Set{Code: "270"}
		for _, seg := range segs {
			s.Segments = append(s.Segments, strings.Split(seg, "*"))
		}
		xs = append(xs, s)
	}
	env := x12.Envelope{SenderQualifier: "ZZ", SenderID: "CLINIC", ReceiverQualifier: "ZZ", ReceiverID: "CLAIMSLEDGER",
		Control: 7, Time: today, Test: true, FunctionalID: "HS", Version: "005010X279A1"}
	b, err := x12.Build(x12.DefaultDelimiters, env, xs)
	if err != nil {
		t.Fatal(err)
	}
	return bytes.ReplaceAll(b, []byte("#"), []byte{x12.DefaultDelimiters.Repetition})
}

// edit returns segs with the segment starting with prefix replaced by with (dropped when with
// is empty); the prefix must match exactly one segment.
func edit(t testing.TB, segs []string, prefix string, with ...string) []string {
	t.Helper()
	var out []string
	n := 0
	for _, s := range segs {
		if strings.HasPrefix(s, prefix) {
			n++
			out = append(out, with...)
			continue
		}
		out = append(out, s)
	}
	if n != 1 {
		t.Fatalf("edit: %d segments start with %q", n, prefix)
	}
	return out
}

func replyEnv() x12.Envelope {
	return x12.Envelope{SenderQualifier: "ZZ", SenderID: "CLAIMSLEDGER", ReceiverQualifier: "ZZ", ReceiverID: "CLINIC",
		Control: 42, Time: time.Date(2024, 3, 1, 9, 30, 0, 0, time.UTC)}
}
