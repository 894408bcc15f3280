// Package fraudbase computes the fraud baseline: the peer statistics the
// peer fraud signals (policies/claims/fraud/peers.rego: BYPASS_RATE,
// MUE_RATE, UNITS_OUTLIER, CHARGE_OUTLIER, EM_UPCODING) compare a claim
// and its billing provider with. It is computed from the decisions topic
// alone (each decision record with its member-history entry), up to a
// recorded offset per partition, so anyone holding the topic rebuilds the
// same bytes and a replay under the same baseline gives the same flags.
//
// The baseline holds aggregates only: per procedure code the distribution
// of billed units and of charge per unit (median, MAD, n), per billing NPI
// the counts the provider rates are made of, and the peer distributions of
// those rates in basis points. No member, claim or date goes into it.
//
// Medians are low medians (the element at (n-1)/2 of the sorted values)
// and MADs the low median of the absolute deviations from it: integers,
// so the document and every z-score the rules derive from it are exact.
package fraudbase

import (
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"slices"
)

// Version is the document version Build writes and Read accepts.
const Version = 1

// DefaultMinPeerLines is how many lines (E/M visits for the E/M shares) a
// provider needs for its rate to count among its peers: a provider with
// three lines has rates of 0% or 33%, which say nothing about billing
// habits and would widen the peer distributions with noise.
const DefaultMinPeerLines = 20

// Baseline is the document. Encode gives its canonical bytes and ID their
// SHA-256.
type Baseline struct {
	Version int `json:"version"`
	// Watermarks is, per decisions-topic partition (ascending), the offset
	// below which every record was read.
	Watermarks []Watermark `json:"watermarks"`
	// Decisions is how many distinct decisions (by source position) were
	// counted, Lines how many of their lines; Skipped how many were not
	// (institutional, of unknown type, or corrected by a later claim).
	Decisions int64 `json:"decisions"`
	Lines     int64 `json:"lines"`
	Skipped   int64 `json:"skipped"`
	// MinPeerLines is the denominator a provider's rate needs to count in
	// Peers.
	MinPeerLines int64                     `json:"min_peer_lines"`
	Codes        map[string]CodeStats      `json:"codes"`
	Providers    map[string]ProviderCounts `json:"providers"`
	Peers        PeerRates                 `json:"peers"`
}

// Watermark is the next offset to read of one decisions-topic partition.
type Watermark struct {
	Partition int32 `json:"partition"`
	Next      int64 `json:"next"`
}

// Dist is a distribution summarized robustly.
type Dist struct {
	Median int64 `json:"median"`
	MAD    int64 `json:"mad"`
	N      int64 `json:"n"`
}

// CodeStats are one procedure code's distributions over every line billing
// it: units, and charge per unit in cents (charge / units, rounded down;
// lines that charge nothing are left out).
type CodeStats struct {
	Units              Dist `json:"units"`
	ChargePerUnitCents Dist `json:"charge_per_unit_cents"`
}

// ProviderCounts are one billing provider's line counts.
type ProviderCounts struct {
	// Lines billing a procedure code.
	Lines int64 `json:"lines"`
	// Bypass lines carry a PTP-bypass modifier (59, XE, XS, XP, XU).
	Bypass int64 `json:"bypass"`
	// MUE lines were denied for exceeding their medically unlikely edit
	// (CARC 151).
	MUE int64 `json:"mue"`
	// EMNew counts 99202..99205 and EMEstablished 99212..99215, by level.
	EMNew         [4]int64 `json:"em_new"`
	EMEstablished [4]int64 `json:"em_established"`
}

// PeerRates are the distributions, over providers with at least
// MinPeerLines in the rate's denominator, of the provider rates in basis
// points (rounded down).
type PeerRates struct {
	// BypassBP is Bypass/Lines, MUEBP MUE/Lines.
	BypassBP Dist `json:"bypass_bp"`
	MUEBP    Dist `json:"mue_bp"`
	// EMNewTopBP is the share of 99205 among 99202..99205,
	// EMEstablishedTopBP that of 99215 among 99212..99215.
	EMNewTopBP         Dist `json:"em_new_top_bp"`
	EMEstablishedTopBP Dist `json:"em_established_top_bp"`
}

// Encode returns the canonical bytes: compact JSON, object keys sorted
// (encoding/json sorts map keys; struct fields are in declaration order),
// ending in a newline.
func (b *Baseline) Encode() ([]byte, error) {
	out, err := json.Marshal(b)
	if err != nil {
		return nil, fmt.Errorf("fraud baseline: encode: %w", err)
	}
	return append(out, '\n'), nil
}

// ID is the SHA-256 of the canonical bytes: what the policy hash commits
// to and `claims fraud baseline --check` compares.
func (b *Baseline) ID() ([32]byte, error) {
	out, err := b.Encode()
	if err != nil {
		return [32]byte{}, err
	}
	return sha256.Sum256(out), nil
}

// Data is the document as the rules read it (data.fraud_baseline): the
// canonical JSON decoded with numbers kept exact.
func (b *Baseline) Data() (map[string]any, error) {
	out, err := b.Encode()
	if err != nil {
		return nil, err
	}
	return decodeData(out)
}

// peerRates derives the peer distributions from the provider counts.
func peerRates(providers map[string]ProviderCounts, minLines int64) PeerRates {
	var bypass, mue, emNew, emEst []int64
	for _, p := range providers {
		if p.Lines >= minLines && p.Lines > 0 {
			bypass = append(bypass, RateBP(p.Bypass, p.Lines))
			mue = append(mue, RateBP(p.MUE, p.Lines))
		}
		if n := sum(p.EMNew); n >= minLines && n > 0 {
			emNew = append(emNew, RateBP(p.EMNew[3], n))
		}
		if n := sum(p.EMEstablished); n >= minLines && n > 0 {
			emEst = append(emEst, RateBP(p.EMEstablished[3], n))
		}
	}
	return PeerRates{BypassBP: Summarize(bypass), MUEBP: Summarize(mue), EMNewTopBP: Summarize(emNew), EMEstablishedTopBP: Summarize(emEst)}
}

// RateBP is k/n in basis points, rounded down; 0 when n is 0.
func RateBP(k, n int64) int64 {
	if n <= 0 {
		return 0
	}
	return k * 10000 / n
}

func sum(a [4]int64) int64 { return a[0] + a[1] + a[2] + a[3] }

// Summarize returns the low median, the MAD around it and the count of
// values (which it sorts in place).
func Summarize(values []int64) Dist {
	if len(values) == 0 {
		return Dist{}
	}
	slices.Sort(values)
	med := values[(len(values)-1)/2]
	dev := make([]int64, len(values))
	for i, v := range values {
		dev[i] = max(v-med, med-v)
	}
	slices.Sort(dev)
	return Dist{Median: med, MAD: dev[(len(dev)-1)/2], N: int64(len(values))}
}
