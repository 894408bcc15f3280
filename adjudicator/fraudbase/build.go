package fraudbase

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/claimsledger/claims/adjudicator"
)

// bypassModifiers are the NCCI PTP-bypass modifiers BYPASS_RATE counts: 59
// and its X{EPSU} subsets (the anatomic modifiers also bypass edits, but
// they describe where, not that a service was distinct).
var bypassModifiers = []string{"59", "XE", "XS", "XP", "XU"}

// mueCARC is how an MUE denial shows on a decision line (claims.ncci:
// CO-151 with remark N362).
const mueCARC = "151"

// Builder accumulates decisions read from the decisions topic, in any
// order, and builds the baseline. A decision is identified by its source
// (input) position: one republished after a crash counts once, as the copy
// at the lowest decisions-topic position, so the result does not depend
// on the order the records were read in. The zero value is not ready: use
// NewBuilder.
type Builder struct {
	minPeerLines int64
	next         map[int32]int64
	seen         map[adjudicator.Position]adjudicator.Position
	obs          map[adjudicator.Position]observed
	// corrected are the source positions a replacement or void took the
	// place of: their lines no longer count, as in member history.
	corrected map[adjudicator.Position]bool
	skipped   map[adjudicator.Position]bool
}

type observed struct {
	npi   string
	lines []line
}

type line struct {
	code        string
	units       int64
	chargeCents int64
	bypass      bool
	mue         bool
}

// NewBuilder returns a Builder whose peer distributions count providers
// with at least minPeerLines lines (DefaultMinPeerLines when 0).
func NewBuilder(minPeerLines int64) (*Builder, error) {
	if minPeerLines < 0 {
		return nil, fmt.Errorf("fraud baseline: minimum peer lines %d is negative", minPeerLines)
	}
	if minPeerLines == 0 {
		minPeerLines = DefaultMinPeerLines
	}
	return &Builder{
		minPeerLines: minPeerLines, next: map[int32]int64{},
		seen: map[adjudicator.Position]adjudicator.Position{}, obs: map[adjudicator.Position]observed{},
		corrected: map[adjudicator.Position]bool{}, skipped: map[adjudicator.Position]bool{},
	}, nil
}

// Read records that every record of the decisions-topic partition below
// next was read (a watermark), whether or not it was a decision Add took.
func (b *Builder) Read(partition int32, next int64) {
	b.next[partition] = max(b.next[partition], next)
}

// Add counts the decision d, published at decisions-topic position at,
// with its member-history entry h (whose services are d's lines, in
// order: adjudicator.NewHistoryEntry). Only professional claims count:
// an institutional line's charge is a revenue-center charge and its units
// are counted otherwise, so neither compares with a professional line of
// the same code; entries recorded before history entries carried the
// claim type are skipped for the same reason. Voids bill nothing, and a
// claim a replacement or void corrected no longer counts. The caller also
// calls Read for the partition.
func (b *Builder) Add(at adjudicator.Position, d *adjudicator.Decision, h *adjudicator.HistoryEntry) error {
	src := h.Source
	if prev, ok := b.seen[src]; ok && comparePos(prev, at) <= 0 {
		return nil
	}
	b.seen[src] = at
	delete(b.obs, src)
	delete(b.skipped, src)
	if h.Corrects != nil {
		b.corrected[*h.Corrects] = true
	}
	if d.Outcome == adjudicator.Void {
		return nil
	}
	if h.ClaimType != adjudicator.Professional {
		b.skipped[src] = true
		return nil
	}
	if len(h.Services) != len(d.Lines) {
		return fmt.Errorf("decision at %d/%d: %d lines but its history entry has %d services", at.Partition, at.Offset, len(d.Lines), len(h.Services))
	}
	o := observed{npi: d.BillingNPI}
	for i, ld := range d.Lines {
		s := &h.Services[i]
		if s.Code != ld.Code || int64(s.Units) != int64(ld.Units) {
			return fmt.Errorf("decision at %d/%d: line %d does not match its history entry's service %d", at.Partition, at.Offset, ld.Line, i)
		}
		if ld.Code == "" {
			continue // billed by revenue code alone: no procedure to compare
		}
		l := line{code: ld.Code, units: int64(ld.Units), chargeCents: ld.ChargeCents}
		for _, m := range s.Modifiers {
			if slices.Contains(bypassModifiers, m) {
				l.bypass = true
			}
		}
		for _, a := range ld.Adjustments {
			if a.CARC == mueCARC {
				l.mue = true
			}
		}
		o.lines = append(o.lines, l)
	}
	b.obs[src] = o
	return nil
}

func comparePos(a, b adjudicator.Position) int {
	return cmp.Or(cmp.Compare(a.Partition, b.Partition), cmp.Compare(a.Offset, b.Offset))
}

// Build computes the baseline from what was added.
func (b *Builder) Build() *Baseline {
	out := &Baseline{
		Version: Version, MinPeerLines: b.minPeerLines,
		Codes: map[string]CodeStats{}, Providers: map[string]ProviderCounts{},
		Watermarks: []Watermark{},
	}
	for p, n := range b.next {
		out.Watermarks = append(out.Watermarks, Watermark{Partition: p, Next: n})
	}
	slices.SortFunc(out.Watermarks, func(a, b Watermark) int { return cmp.Compare(a.Partition, b.Partition) })
	units := map[string][]int64{}
	charges := map[string][]int64{}
	out.Skipped = int64(len(b.skipped))
	for src, o := range b.obs {
		if b.corrected[src] {
			out.Skipped++
			continue
		}
		out.Decisions++
		p := out.Providers[o.npi]
		for _, l := range o.lines {
			out.Lines++
			units[l.code] = append(units[l.code], l.units)
			if l.units > 0 && l.chargeCents > 0 {
				charges[l.code] = append(charges[l.code], l.chargeCents/l.units)
			}
			if o.npi == "" {
				continue
			}
			p.Lines++
			if l.bypass {
				p.Bypass++
			}
			if l.mue {
				p.MUE++
			}
			if i, ok := emLevel(l.code, "9920"); ok {
				p.EMNew[i]++
			}
			if i, ok := emLevel(l.code, "9921"); ok {
				p.EMEstablished[i]++
			}
		}
		if o.npi != "" && p.Lines > 0 {
			out.Providers[o.npi] = p
		}
	}
	// Values are summarized as multisets (Summarize sorts them), so the
	// order the map iteration added them in does not matter.
	for code, u := range units {
		out.Codes[code] = CodeStats{Units: Summarize(u), ChargePerUnitCents: Summarize(charges[code])}
	}
	out.Peers = peerRates(out.Providers, out.MinPeerLines)
	return out
}

// emLevel maps 99202..99205 (prefix 9920) and 99212..99215 (prefix 9921)
// to levels 0..3.
func emLevel(code, prefix string) (int, bool) {
	if len(code) != 5 || code[:4] != prefix || code[4] < '2' || code[4] > '5' {
		return 0, false
	}
	return int(code[4] - '2'), true
}
