package service

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/ethereum/go-ethereum/common"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/audit"
	"github.com/claimsledger/claims/adjudicator/chain"
	"github.com/claimsledger/claims/adjudicator/config"
	"github.com/claimsledger/claims/adjudicator/intake"
	"github.com/claimsledger/claims/adjudicator/privacy"
)

// Audit reads the three topics and the settlement contract's history and
// reconciles them. backend may be nil to dial cfg.RPCURL.
func Audit(ctx context.Context, cfg config.Config, backend chain.Backend) (audit.Report, error) {
	needs := []config.Need{config.NeedKafka, config.NeedChain, config.NeedSecret}
	if backend == nil {
		needs = append(needs, config.NeedRPC)
	}
	if err := cfg.Require(needs...); err != nil {
		return audit.Report{}, err
	}
	k, err := privacy.NewKeyer(cfg.HMACSecret)
	if err != nil {
		return audit.Report{}, err
	}
	b, closeChain, err := dialChain(ctx, cfg, backend)
	if err != nil {
		return audit.Report{}, err
	}
	defer closeChain()
	settlement, err := chain.NewSettlement(b, common.HexToAddress(cfg.SettlementAddress), nil, chain.WithFromBlock(cfg.FromBlock))
	if err != nil {
		return audit.Report{}, err
	}
	domain, err := settlement.Domain(ctx)
	if err != nil {
		return audit.Report{}, err
	}
	// Read the chain first: anything settled after this point has its input
	// on the topic already, so it cannot show up as settled-but-unknown.
	ledger, err := settlement.Ledger(ctx, cfg.FromBlock)
	if err != nil {
		return audit.Report{}, fmt.Errorf("read settlement history: %w", err)
	}
	inputs, err := readTopic(ctx, cfg, cfg.InputTopic)
	if err != nil {
		return audit.Report{}, err
	}
	decRecs, err := readTopic(ctx, cfg, cfg.DecisionsTopic)
	if err != nil {
		return audit.Report{}, err
	}
	deadRecs, err := readTopic(ctx, cfg, cfg.DeadLetterTopic)
	if err != nil {
		return audit.Report{}, err
	}

	var sealer *privacy.Sealer
	if len(cfg.PayloadKey) > 0 {
		if sealer, err = privacy.NewSealer(cfg.PayloadKey); err != nil {
			return audit.Report{}, err
		}
	}
	in := make([]audit.Input, 0, len(inputs))
	for _, r := range inputs {
		in = append(in, audit.Input{Position: adjudicator.Position{Partition: r.Partition, Offset: r.Offset}, Content: contentOf(k, sealer, r)})
	}
	var decisions []audit.DecisionMsg
	for _, r := range decRecs {
		src, err := headerPosition(r.Headers, "claims-source-partition", "claims-source-offset")
		if err != nil {
			return audit.Report{}, fmt.Errorf("%s %d/%d: %w", cfg.DecisionsTopic, r.Partition, r.Offset, err)
		}
		decisions = append(decisions, audit.DecisionMsg{Source: src, Record: r.Value})
	}
	var dead []adjudicator.Position
	for _, r := range deadRecs {
		src, err := headerPosition(r.Headers, "claims-source-partition", "claims-source-offset")
		if err != nil {
			return audit.Report{}, fmt.Errorf("%s %d/%d: %w", cfg.DeadLetterTopic, r.Partition, r.Offset, err)
		}
		dead = append(dead, src)
	}
	rc := audit.Reconciler{Keyer: k, Domain: domain}
	batches, resolved := ChainRecords(ledger)
	return rc.Reconcile(in, decisions, dead, batches, resolved), nil
}

// ChainRecords turns the settlement ledger into what the audit compares: the batches with
// their credits per provider, and the resolutions of pended claims.
func ChainRecords(l chain.Ledger) ([]audit.ChainBatch, []audit.Resolution) {
	frozen := map[uint64]bool{}
	for _, f := range l.Freezes { // freezes, then releases: a release has the last word
		frozen[f.BatchID] = !f.Released
	}
	out := make([]audit.ChainBatch, 0, len(l.Batches))
	for _, b := range l.Batches {
		cb := audit.ChainBatch{BatchID: b.BatchID, Partition: b.Partition, From: b.From, To: b.To,
			Root: b.Root, Claims: b.Claims, TotalCredited: b.TotalCredited, Credits: map[adjudicator.Hash]int64{}, Frozen: frozen[b.BatchID]}
		for _, c := range b.Credits {
			cb.Credits[c.Provider] += c.Cents
		}
		out = append(out, cb)
	}
	res := make([]audit.Resolution, 0, len(l.Resolved))
	for _, r := range l.Resolved {
		res = append(res, audit.Resolution{BatchID: r.BatchID, ClaimKey: r.ClaimKey, Approved: r.Approved, Provider: r.Provider, Cents: r.Cents})
	}
	return out, res
}

func headerPosition(h map[string]string, pk, ok string) (adjudicator.Position, error) {
	p, err := strconv.ParseInt(h[pk], 10, 32)
	if err != nil {
		return adjudicator.Position{}, fmt.Errorf("header %s: %q", pk, h[pk])
	}
	o, err := strconv.ParseInt(h[ok], 10, 64)
	if err != nil {
		return adjudicator.Position{}, fmt.Errorf("header %s: %q", ok, h[ok])
	}
	return adjudicator.Position{Partition: int32(p), Offset: o}, nil
}

// contentOf is the keyed hash of a claim on the input topic without its claim id, or zero when
// the message does not open or decode (it was dead-lettered, and pays nothing).
func contentOf(k *privacy.Keyer, sealer *privacy.Sealer, r intake.Record) adjudicator.Hash {
	payload := r.Value
	if sealer != nil && privacy.IsSealed(payload) {
		var err error
		if payload, err = sealer.Open(r.Value, r.Key); err != nil {
			return adjudicator.Hash{}
		}
	}
	c, err := adjudicator.DecodeClaim(payload)
	if err != nil {
		return adjudicator.Hash{}
	}
	c.ClaimID = ""
	b, err := json.Marshal(c)
	if err != nil {
		return adjudicator.Hash{}
	}
	return k.Content(b)
}
