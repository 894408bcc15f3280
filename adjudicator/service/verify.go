package service

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/chain"
	"github.com/claimsledger/claims/adjudicator/config"
	"github.com/claimsledger/claims/adjudicator/intake"
	"github.com/claimsledger/claims/adjudicator/privacy"
	"github.com/claimsledger/claims/adjudicator/proof"
)

// VerifyReport is what `claims verify --json` prints. Claims are named by position and keyed
// claim key, never by claim id: the report may be shared.
type VerifyReport struct {
	Checked  int             `json:"checked"`
	Verified int             `json:"verified"`
	Failed   []VerifyFailure `json:"failed"`
}

// VerifyFailure is one claim that did not verify, and every reason.
type VerifyFailure struct {
	ClaimKey  string   `json:"claim_key"`
	Partition int32    `json:"partition"`
	Offset    int64    `json:"offset"`
	BatchID   uint64   `json:"batch_id,omitempty"`
	Reasons   []string `json:"reasons"`
}

// OK reports whether every checked claim verified.
func (r *VerifyReport) OK() bool {
	return r.Checked > 0 && len(r.Failed) == 0 && r.Verified == r.Checked
}

// VerifyOptions choose what `claims verify` checks.
type VerifyOptions struct {
	// All checks every settled decision; otherwise ClaimIDs.
	All      bool
	ClaimIDs []string
	// ExportDir, when set, receives DIR/<claim id>.json (record and proof) for each claim.
	ExportDir string
	// Access records, before any file is written, one look (purpose audit) by Viewer at each
	// claim exported: a record written out is a look at its details. Required with ExportDir.
	Access AccessRecorder
	Viewer adjudicator.Hash
	// NoReplay skips replaying the decisions (the leaf and credit checks still run).
	NoReplay bool
	Backend  chain.Backend
	Rules    adjudicator.Rules
	Logger   *slog.Logger
}

// Verify checks settled decisions with no trust in the engine: each record's leaf is proven
// against the batch root on chain (and the root against the commitment the contract stored),
// each batch's credits per provider are recomputed from its records, and each decision is
// replayed from its claim on the input topic under the policy bundle whose hash is on chain and
// must come out byte-identical.
func Verify(ctx context.Context, cfg config.Config, o VerifyOptions) (VerifyReport, error) {
	if err := cfg.Require(config.NeedKafka, config.NeedSecret); err != nil {
		return VerifyReport{}, err
	}
	if o.ExportDir != "" && (o.Access == nil || o.Viewer == (adjudicator.Hash{})) {
		return VerifyReport{}, errors.New("verify: --export writes claims' records out, and every look at a claim's details is recorded first: no access recorder or viewer")
	}
	log := o.Logger
	if log == nil {
		log = slog.Default()
	}
	c, err := OpenChain(ctx, cfg, "", o.Backend)
	if err != nil {
		return VerifyReport{}, err
	}
	defer c.Close()
	ledger, err := c.Settlement.Ledger(ctx, cfg.FromBlock)
	if err != nil {
		return VerifyReport{}, fmt.Errorf("read settlement history: %w", err)
	}
	recs, err := readTopic(ctx, cfg, cfg.DecisionsTopic)
	if err != nil {
		return VerifyReport{}, err
	}
	records := make([]proof.Record, 0, len(recs))
	for _, r := range recs {
		src, err := headerPosition(r.Headers, intake.HeaderSourcePartition, intake.HeaderSourceOffset)
		if err != nil {
			return VerifyReport{}, fmt.Errorf("%s %d/%d: %w", cfg.DecisionsTopic, r.Partition, r.Offset, err)
		}
		records = append(records, proof.Record{Source: src, Bytes: r.Value})
	}
	ix := proof.NewIndex(c.Keyer, c.Domain, ledger.Batches, records)

	var targets []*proof.Decided
	var rep VerifyReport
	if o.All {
		targets = ix.All()
	} else {
		for _, id := range o.ClaimIDs {
			found := ix.Claim(id)
			if len(found) == 0 {
				k := c.Keyer.Claim(id)
				rep.Checked++
				rep.Failed = append(rep.Failed, VerifyFailure{ClaimKey: fmt.Sprintf("%x", k), Partition: -1, Offset: -1,
					Reasons: []string{"no published decision of this claim lies in a settled batch"}})
			}
			targets = append(targets, found...)
		}
	}

	// Batch-level checks, once per batch.
	batchProblems := map[uint64][]string{}
	for _, d := range targets {
		b := d.Batch
		if _, done := batchProblems[b.Event.BatchID]; done {
			continue
		}
		if batchProblems[b.Event.BatchID], err = checkBatch(ctx, c, ix, b); err != nil {
			return VerifyReport{}, err
		}
	}

	var replays map[adjudicator.Position]replayResult
	if !o.NoReplay && len(targets) > 0 {
		rp, err := newReplayer(ctx, cfg, c, o.Rules, log)
		if err != nil {
			return VerifyReport{}, err
		}
		inputs, err := readTopic(ctx, cfg, cfg.InputTopic)
		if err != nil {
			return VerifyReport{}, err
		}
		rp.add(inputs)
		if replays, err = rp.replay(ctx, ix, targets); err != nil {
			return VerifyReport{}, err
		}
	}

	var exports []export
	for _, d := range targets {
		rep.Checked++
		reasons := append([]string(nil), batchProblems[d.Batch.Event.BatchID]...)
		p, leaf, err := ix.Prove(d)
		if err == nil {
			err = p.Verify(leaf)
		}
		if err != nil {
			reasons = append(reasons, err.Error())
		}
		if replays != nil {
			if r := replays[d.Source]; r.err != "" {
				reasons = append(reasons, r.err)
			}
		}
		if len(reasons) > 0 {
			rep.Failed = append(rep.Failed, VerifyFailure{ClaimKey: fmt.Sprintf("%x", c.Keyer.Claim(d.Decision.ClaimID)),
				Partition: d.Source.Partition, Offset: d.Source.Offset, BatchID: d.Batch.Event.BatchID, Reasons: reasons})
			continue
		}
		rep.Verified++
		if o.ExportDir != "" {
			exports = append(exports, export{d, p})
		}
	}
	if len(exports) > 0 {
		// Every record written out is a look at its claim: all on the trail before any file is.
		seen := map[adjudicator.Hash]bool{}
		var looks []adjudicator.Access
		now := time.Now().UTC().Truncate(time.Second)
		for _, x := range exports {
			k := c.Keyer.Claim(x.d.Decision.ClaimID)
			if !seen[k] {
				seen[k] = true
				looks = append(looks, adjudicator.Access{ClaimKey: k, Viewer: o.Viewer, ViewerKind: adjudicator.ViewerAccount, Purpose: adjudicator.PurposeAudit, At: now})
			}
		}
		if err := o.Access.Record(ctx, looks...); err != nil {
			return VerifyReport{}, fmt.Errorf("export: nothing written: every look at a claim's details is recorded first, and recording %d looks failed: %w", len(looks), err)
		}
		for _, x := range exports {
			if err := writeExport(o.ExportDir, x.d, x.p); err != nil {
				return VerifyReport{}, err
			}
		}
	}
	return rep, nil
}

// export is a verified claim and its proof, to be written out.
type export struct {
	d *proof.Decided
	p proof.Proof
}

// checkBatch compares a batch's records with its event (root, claim count, credits) and the
// event with the commitment the contract stored; it returns every disagreement.
func checkBatch(ctx context.Context, c *Chain, ix *proof.Index, b *proof.Batch) ([]string, error) {
	problems := []string{}
	for _, p := range ix.CheckBatch(b) {
		problems = append(problems, p.What)
	}
	info, ok, err := c.Settlement.BatchInfo(ctx, b.Event.BatchID)
	switch {
	case err != nil:
		return nil, err
	case !ok:
		problems = append(problems, "the contract has no record of this batch")
	case info.Commitment != b.Event.Header().Commitment():
		problems = append(problems, "the BatchSettled event does not match the commitment the contract stored")
	}
	return problems, nil
}

func writeExport(dir string, d *proof.Decided, p proof.Proof) error {
	id := d.Decision.ClaimID
	if id == "" || id == "." || id == ".." || strings.ContainsAny(id, `/\`) {
		return fmt.Errorf("export: a claim id cannot name a file in %s (empty, dot or a path separator)", dir)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	b, err := proof.EncodeExport(d.Bytes, p)
	if err != nil {
		return err
	}
	// The record holds health data: only its owner may read the file.
	return os.WriteFile(filepath.Join(dir, id+".json"), append(b, '\n'), 0o600)
}

type replayResult struct {
	err string
	// lines are the replayed decision's lines, with the rules' explanations when they give
	// them (a trace); nil when nothing was decided.
	lines []adjudicator.LineDecision
}

// replayer re-decides published decisions from the claims on the input topic.
type replayer struct {
	rules    adjudicator.Rules
	sealer   *privacy.Sealer
	registry *chain.Registry
	keyer    *privacy.Keyer
	inputs   map[adjudicator.Position]intake.Record
}

func newReplayer(ctx context.Context, cfg config.Config, c *Chain, r adjudicator.Rules, log *slog.Logger) (*replayer, error) {
	rp := &replayer{rules: r, keyer: c.Keyer, inputs: map[adjudicator.Position]intake.Record{}}
	if rp.rules == nil {
		var err error
		if rp.rules, err = NewRules(ctx, cfg, log); err != nil {
			return nil, err
		}
	}
	if len(cfg.PayloadKey) > 0 {
		var err error
		if rp.sealer, err = privacy.NewSealer(cfg.PayloadKey); err != nil {
			return nil, err
		}
	}
	var err error
	if rp.registry, err = chain.NewRegistry(c.Backend, common.HexToAddress(cfg.RegistryAddress), nil); err != nil {
		return nil, err
	}
	return rp, nil
}

// add records input messages by position.
func (rp *replayer) add(inputs []intake.Record) {
	for _, m := range inputs {
		rp.inputs[adjudicator.Position{Partition: m.Partition, Offset: m.Offset}] = m
	}
}

// replay re-decides each target from its claim on the input topic, with the member's history
// rebuilt from the published decisions before it and coverage read from the chain now, and
// compares the bytes.
func (rp *replayer) replay(ctx context.Context, ix *proof.Index, targets []*proof.Decided) (map[adjudicator.Position]replayResult, error) {
	byPos, sealer, r, registry := rp.inputs, rp.sealer, rp.rules, rp.registry
	var err error
	decided := map[adjudicator.Position]*proof.Decided{}
	for _, d := range ix.All() {
		decided[d.Source] = d
	}
	want := map[adjudicator.Position]bool{}
	partitions := map[int32]bool{}
	for _, d := range targets {
		want[d.Source] = true
		partitions[d.Source.Partition] = true
	}
	// A claim's history and its provider's counters come from its own partition only, so the
	// other partitions' claims need no replaying.
	for pos := range decided {
		if !partitions[pos.Partition] {
			delete(decided, pos)
		}
	}
	// Every decided claim, grouped by member in offset order: each adds to the history the
	// later ones saw. A member's claims all share one partition.
	type item struct {
		pos   adjudicator.Position
		claim adjudicator.Claim
	}
	out := map[adjudicator.Position]replayResult{}
	perMember := map[adjudicator.Hash][]item{}
	for pos, d := range decided {
		m, ok := byPos[pos]
		if !ok {
			if want[pos] {
				out[pos] = replayResult{err: "replay: the claim is no longer on the input topic"}
			}
			continue
		}
		payload := m.Value
		if sealer != nil && privacy.IsSealed(payload) { // readTopic opened it already, or not
			if payload, err = sealer.Open(m.Value, m.Key); err != nil {
				if want[pos] {
					out[pos] = replayResult{err: "replay: cannot open the sealed claim with the configured payload key"}
				}
				continue
			}
		}
		cl, err := adjudicator.DecodeClaim(payload)
		if err != nil || cl.ClaimID != d.Decision.ClaimID {
			if want[pos] {
				out[pos] = replayResult{err: "replay: the claim on the input topic does not decode to the claim decided"}
			}
			continue
		}
		member := rp.keyer.Member(cl.MemberID)
		perMember[member] = append(perMember[member], item{pos: pos, claim: cl})
	}
	provider := rp.providerFacts(ctx, decided)
	for member, items := range perMember {
		sort.Slice(items, func(i, j int) bool { return items[i].pos.Offset < items[j].pos.Offset })
		spans, err := registry.Coverage(ctx, member)
		if err != nil {
			return nil, err
		}
		el := adjudicator.Eligibility{Spans: spans}
		hist := &adjudicator.MemoryHistory{}
		for _, it := range items {
			d := decided[it.pos]
			if want[it.pos] {
				entries, _ := hist.Entries(ctx, member)
				out[it.pos] = replayOne(ctx, r, rp.keyer, &it.claim, adjudicator.Facts{Eligibility: el,
					History: adjudicator.HistoryBefore(entries, it.pos), Provider: provider[it.pos]}, d)
			}
			// The history grows with what was published, as the engine's did.
			_ = hist.Put(ctx, member, []adjudicator.HistoryEntry{adjudicator.NewHistoryEntry(it.pos, &it.claim, &d.Decision, el)})
		}
	}
	for pos := range want {
		if _, ok := out[pos]; !ok {
			out[pos] = replayResult{err: "replay: the claim was not replayed"}
		}
	}
	return out, nil
}

// providerFacts recounts, per partition in offset order, what each decided claim's billing
// provider had billed before it (the engine's TallyStore), from the claims on the input topic
// and their published decisions, with the record times the topic kept.
func (rp *replayer) providerFacts(ctx context.Context, decided map[adjudicator.Position]*proof.Decided) map[adjudicator.Position]adjudicator.ProviderFacts {
	type item struct {
		pos   adjudicator.Position
		claim adjudicator.Claim
		at    time.Time
	}
	var items []item
	for pos, d := range decided {
		m, ok := rp.inputs[pos]
		if !ok {
			continue
		}
		payload := m.Value
		if rp.sealer != nil && privacy.IsSealed(payload) {
			var err error
			if payload, err = rp.sealer.Open(m.Value, m.Key); err != nil {
				continue
			}
		}
		cl, err := adjudicator.DecodeClaim(payload)
		if err != nil || cl.ClaimID != d.Decision.ClaimID {
			continue
		}
		items = append(items, item{pos: pos, claim: cl, at: m.Time})
	}
	sort.Slice(items, func(i, j int) bool {
		a, b := items[i].pos, items[j].pos
		return a.Partition < b.Partition || (a.Partition == b.Partition && a.Offset < b.Offset)
	})
	timer, _ := rp.rules.(adjudicator.ServiceTimer)
	tallies := &adjudicator.MemoryTallies{}
	out := make(map[adjudicator.Position]adjudicator.ProviderFacts, len(items))
	for _, it := range items {
		hour := adjudicator.IntakeHour(it.at)
		sums, _ := tallies.Before(ctx, it.pos.Partition, it.pos.Offset, adjudicator.TallyKeys(rp.keyer, &it.claim, hour))
		out[it.pos] = adjudicator.ProviderFactsOf(rp.keyer, &it.claim, hour, sums)
		h := adjudicator.NewHistoryEntry(it.pos, &it.claim, &decided[it.pos].Decision, adjudicator.Eligibility{})
		h.Timed(timer, it.at)
		_ = tallies.Put(ctx, adjudicator.TalliesOf(rp.keyer, h, nil))
	}
	return out
}

func replayOne(ctx context.Context, r adjudicator.Rules, k adjudicator.FlagsKeyer, cl *adjudicator.Claim, facts adjudicator.Facts, d *proof.Decided) replayResult {
	if have := r.PolicyHash(); have != d.Batch.Event.PolicyHash {
		return replayResult{err: fmt.Sprintf("replay: this policy bundle hashes to %x, the batch was settled under %x", have[:8], d.Batch.Event.PolicyHash[:8])}
	}
	dec, err := r.Decide(ctx, cl, facts)
	if err == nil {
		err = dec.Check()
	}
	if err != nil {
		// The error may quote the claim; the report must not.
		return replayResult{err: "replay: the rules refused the claim now (run claims adjudicate --explain on it)"}
	}
	// The trace is not part of the record: keep the lines with it aside, compare without it.
	lines := slices.Clone(dec.Lines)
	for i := range dec.Lines {
		dec.Lines[i].Explain = nil
	}
	// As the engine published it: the flags out of the record, their digest in it.
	if _, err := dec.SealFlags(k); err != nil {
		return replayResult{err: "replay: " + err.Error()}
	}
	b, err := dec.Encode()
	if err != nil {
		return replayResult{err: "replay: " + err.Error()}
	}
	if !bytes.Equal(b, d.Bytes) {
		return replayResult{err: "replay: the decision replayed from the claim differs from the published record", lines: lines}
	}
	return replayResult{lines: lines}
}

// VerifyRecordFile verifies an exported record (`claims verify --export`) from the chain alone:
// the record's leaf, recomputed with the HMAC secret, must be proven by the file's siblings
// against a root that the contract committed to for that batch.
func VerifyRecordFile(ctx context.Context, cfg config.Config, path string, backend chain.Backend) (VerifyReport, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return VerifyReport{}, err
	}
	var e proof.Export
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&e); err != nil {
		return VerifyReport{}, fmt.Errorf("%s: not an exported record: %w", path, err)
	}
	if err := cfg.Require(config.NeedSecret); err != nil {
		return VerifyReport{}, err
	}
	c, err := OpenChain(ctx, cfg, "", backend)
	if err != nil {
		return VerifyReport{}, err
	}
	defer c.Close()
	rep := VerifyReport{Checked: 1}
	fail := func(reasons ...string) (VerifyReport, error) {
		rep.Failed = append(rep.Failed, VerifyFailure{ClaimKey: e.Proof.Leaf.ClaimKey.Hex()[2:], Partition: e.Proof.Partition,
			Offset: e.Proof.Offset, BatchID: e.Proof.BatchID, Reasons: reasons})
		return rep, nil
	}
	if e.Proof.ChainID != c.Domain.ChainID || e.Proof.Settlement != c.Domain.Contract {
		return fail(fmt.Sprintf("the proof is for chain %d contract %s, this config is chain %d contract %s",
			e.Proof.ChainID, e.Proof.Settlement, c.Domain.ChainID, common.Address(c.Domain.Contract)))
	}
	var reasons []string
	leaf, err := proof.LeafOf(c.Keyer, e)
	if err != nil {
		reasons = append(reasons, err.Error())
	} else if err := e.Proof.Verify(leaf); err != nil {
		reasons = append(reasons, err.Error())
	}
	info, ok, err := c.Settlement.BatchInfo(ctx, e.Proof.BatchID)
	switch {
	case err != nil:
		return VerifyReport{}, err
	case !ok:
		reasons = append(reasons, fmt.Sprintf("the contract has no batch %d", e.Proof.BatchID))
	case info.Commitment != e.Proof.Header().Commitment():
		reasons = append(reasons, fmt.Sprintf("batch %d on chain committed to a different header (root, range, policy or credits)", e.Proof.BatchID))
	}
	if len(reasons) > 0 {
		return fail(reasons...)
	}
	rep.Verified = 1
	return rep, nil
}
