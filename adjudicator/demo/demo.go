// Package demo runs the bundled sample through the whole pipeline in one
// process (embedded Kafka, dev chain, Redis), then reconciles what was
// decided against what the chain paid.
package demo

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"slices"
	"sort"
	"sync"
	"time"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/audit"
	"github.com/claimsledger/claims/adjudicator/chain"
	"github.com/claimsledger/claims/adjudicator/devstack"
	"github.com/claimsledger/claims/adjudicator/privacy"
	"github.com/claimsledger/claims/adjudicator/rules"
	"github.com/claimsledger/claims/adjudicator/sample"
	"github.com/claimsledger/claims/adjudicator/service"
)

// Summary is the demo's reconciled result; `claims demo --json` prints it.
type Summary struct {
	ClaimsIn         int          `json:"claims_in"`
	Decisions        int          `json:"decisions"`
	Approved         int          `json:"approved"`
	Partial          int          `json:"partial"`
	Denied           int          `json:"denied"`
	Pended           int          `json:"pended"`
	DeadLettered     int          `json:"dead_lettered"`
	PaidTotalCents   int64        `json:"paid_total_cents"`
	PaidOnchainCents int64        `json:"paid_onchain_cents"`
	ChargeCents      int64        `json:"charge_cents"`
	AllowedCents     int64        `json:"allowed_cents"`
	PatientCents     int64        `json:"patient_cents"`
	Batches          int          `json:"batches"`
	GasTotal         uint64       `json:"gas_total"`
	GasPerClaim      uint64       `json:"gas_per_claim"`
	ClaimsPerSec     float64      `json:"claims_per_sec"`
	Seconds          float64      `json:"seconds"`
	TopCARCs         []CARCCount  `json:"top_carcs"`
	Audit            audit.Report `json:"audit"`
	// Withdrawal is one provider registering its payout address and withdrawing what the
	// sample credited it, once its challenge window has passed: the money reaching a provider.
	Withdrawal Withdrawal     `json:"withdrawal"`
	Redis      string         `json:"redis"`
	PolicyHash string         `json:"policy_hash"`
	Outcomes   map[string]int `json:"-"`
	// The fraud batch (Options.Fraud; omitted otherwise): how many claims
	// planted a pattern, how many of them were flagged with their own
	// signal's code, and the share of the other claims (the sample, the
	// peers' history, the batch's ordinary claims) with any flag, in basis
	// points. Plants lists each planted claim's outcome.
	Planted           int     `json:"planted,omitempty"`
	PlantedFlagged    int     `json:"planted_flagged,omitempty"`
	FlagRateUnplanted *int64  `json:"flag_rate_unplanted,omitempty"`
	Plants            []Plant `json:"plants,omitempty"`
	// FlagsUnplanted counts the other claims' flags by signal.
	FlagsUnplanted map[string]int `json:"flags_unplanted,omitempty"`
	// FraudPolicyHash is the policy hash of the fraud batch (baseline and
	// exclusion list loaded); PolicyHash is the sample's.
	FraudPolicyHash             string `json:"fraud_policy_hash,omitempty"`
	flaggedUnplanted, unplanted int64
}

// Withdrawal is the demo's one provider withdrawal.
type Withdrawal struct {
	ProviderNPI   string `json:"provider_npi"`
	CreditedCents int64  `json:"credited_cents"`
	Cents         int64  `json:"withdrawn_cents"`
	Payout        string `json:"payout"`
	// PayoutBalance is the payout address's token balance afterwards, read from the token.
	PayoutBalance int64 `json:"payout_token_balance_cents"`
}

// CARCCount is how often a reason code was applied and for how much.
type CARCCount struct {
	Group string `json:"group"`
	CARC  string `json:"carc"`
	Lines int    `json:"lines"`
	Cents int64  `json:"cents"`
}

// Reconciled reports whether the summary's identities hold.
func (s *Summary) Reconciled() error {
	var errs []error
	if s.Decisions != s.ClaimsIn-s.DeadLettered || s.ClaimsIn == 0 {
		errs = append(errs, fmt.Errorf("decisions %d != claims in %d - dead-lettered %d", s.Decisions, s.ClaimsIn, s.DeadLettered))
	}
	if s.Approved+s.Partial+s.Denied+s.Pended != s.Decisions {
		errs = append(errs, fmt.Errorf("outcomes %d+%d+%d+%d != decisions %d", s.Approved, s.Partial, s.Denied, s.Pended, s.Decisions))
	}
	if s.PaidTotalCents != s.PaidOnchainCents {
		errs = append(errs, fmt.Errorf("paid by decisions %d != paid on chain %d", s.PaidTotalCents, s.PaidOnchainCents))
	}
	if w := s.Withdrawal; w.Cents == 0 || w.Cents != w.CreditedCents || w.PayoutBalance != w.Cents {
		errs = append(errs, fmt.Errorf("withdrawal: credited %d, withdrew %d, payout holds %d", w.CreditedCents, w.Cents, w.PayoutBalance))
	}
	if a := s.Audit; a.Missing+a.Duplicates+a.Mismatched != 0 {
		errs = append(errs, fmt.Errorf("audit: missing %d, duplicates %d, mismatched %d", a.Missing, a.Duplicates, a.Mismatched))
	}
	return errors.Join(errs...)
}

// Plant is one planted claim of the fraud batch: the signal expected, the
// signals that fired, and the expected signal's sentence ("" when it did
// not fire).
type Plant struct {
	Expected string   `json:"expected"`
	Flagged  []string `json:"flagged"`
	Why      string   `json:"why"`
	Outcome  string   `json:"outcome"`
}

// Options configure Run.
type Options struct {
	Logger *slog.Logger
	// Progress receives a progress bar; nil for none.
	Progress io.Writer
	// Claims to run; default the bundled sample.
	Claims []adjudicator.Claim
	// Partitions of the input topic. Default 4.
	Partitions int
	// Inspect, when set, runs after the reconciliation and before the
	// stack stops, so tests can look at what was written where.
	Inspect func(ctx context.Context, st *devstack.Stack) error
	// Fraud adds the fraud batch after the sample (see fraud.go): the
	// peers' history, a fraud baseline built from the decisions topic, and
	// planted patterns decided with it and an exclusion list loaded.
	Fraud bool
	// Dir is where the fraud batch writes its baseline and exclusion list;
	// default a temporary directory, removed after.
	Dir string
}

// Run starts the stack, submits the claims, adjudicates and settles them
// all, and reconciles.
func Run(ctx context.Context, o Options) (*Summary, error) {
	if o.Logger == nil {
		o.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	claims := o.Claims
	if claims == nil {
		var err error
		if claims, err = sample.Claims(); err != nil {
			return nil, err
		}
	}
	st, err := devstack.Start(ctx, devstack.Options{Partitions: o.Partitions, Logger: o.Logger, BlockInterval: 50 * time.Millisecond})
	if err != nil {
		return nil, err
	}
	defer st.Close()
	cfg := st.Config
	backend := st.Chain.Client()

	// Providers' ledger balances before, so what the chain credited is measured as a change.
	settlement, err := chain.NewSettlement(backend, st.Deployment.Settlement, nil)
	if err != nil {
		return nil, err
	}
	var history, batch []adjudicator.Claim
	var plants map[string]string
	if o.Fraud {
		cov, err := sample.Eligibility()
		if err != nil {
			return nil, err
		}
		g := newGenerator(cov)
		history = historyClaims(g)
		batch, plants = plantedClaims(g)
	}
	providers := map[adjudicator.Hash]bool{}
	for _, c := range slices.Concat(claims, history, batch) {
		providers[st.Keyer.Provider(c.BillingNPI)] = true
	}
	before, err := credited(ctx, settlement, providers)
	if err != nil {
		return nil, err
	}
	sealer, err := privacy.NewSealer(cfg.PayloadKey)
	if err != nil {
		return nil, err
	}

	sum := &Summary{ClaimsIn: len(claims) + len(history) + len(batch), Redis: string(st.Redis.Backend), Outcomes: map[string]int{}}
	bar := newProgress(o.Progress, sum.ClaimsIn)
	var mu sync.Mutex
	carcs := map[[2]string]*CARCCount{}
	observe := func(r adjudicator.BatchReport) {
		mu.Lock()
		defer mu.Unlock()
		sum.Batches++
		sum.GasTotal += r.GasUsed
		sum.DeadLettered += r.DeadLetters
		for i, d := range r.Decisions {
			sum.Decisions++
			sum.Outcomes[string(d.Outcome)]++
			sum.PaidTotalCents += d.PaidCents
			for _, l := range d.Lines {
				sum.ChargeCents += l.ChargeCents
				sum.AllowedCents += l.AllowedCents
				sum.PatientCents += l.PatientCents
				for _, a := range l.Adjustments {
					k := [2]string{a.Group, a.CARC}
					if carcs[k] == nil {
						carcs[k] = &CARCCount{Group: a.Group, CARC: a.CARC}
					}
					carcs[k].Lines++
					carcs[k].Cents += a.Cents
				}
			}
			if o.Fraud && i < len(r.Published) {
				sum.countFlags(&d, r.Published[i], plants, sealer)
			}
		}
		bar.Add(r.Claims + r.DeadLetters)
	}

	// The bundled rules and CMS slice, which cover the sample: the demo is not a
	// deployment missing its cms_dir, so it loads them itself rather than have
	// service.Open warn.
	rs, err := rules.New(ctx)
	if err != nil {
		return nil, err
	}
	h := rs.PolicyHash()
	sum.PolicyHash = "0x" + hex.EncodeToString(h[:])
	start := time.Now()
	bar.Start(start)
	if err := runPhase(ctx, st, o, rs, claims, sealer, observe); err != nil {
		return nil, err
	}
	elapsed := time.Since(start)
	if o.Fraud {
		fh, err := runFraud(ctx, st, o, history, batch, sealer, observe)
		if err != nil {
			return nil, fmt.Errorf("fraud batch: %w", err)
		}
		sum.FraudPolicyHash = fh
	}
	bar.Finish()

	after, err := credited(ctx, settlement, providers)
	if err != nil {
		return nil, err
	}
	for p := range providers {
		sum.PaidOnchainCents += after[p] - before[p]
	}
	sum.Approved, sum.Partial = sum.Outcomes[string(adjudicator.Approve)], sum.Outcomes[string(adjudicator.Partial)]
	sum.Denied, sum.Pended = sum.Outcomes[string(adjudicator.Deny)], sum.Outcomes[string(adjudicator.Pend)]
	if sum.Decisions > 0 {
		sum.GasPerClaim = sum.GasTotal / uint64(sum.Decisions)
	}
	sum.Seconds = elapsed.Seconds()
	sum.ClaimsPerSec = float64(len(claims)) / elapsed.Seconds() // the sample's: the fraud batch is not timed
	for _, c := range carcs {
		sum.TopCARCs = append(sum.TopCARCs, *c)
	}
	sort.Slice(sum.TopCARCs, func(i, j int) bool {
		a, b := sum.TopCARCs[i], sum.TopCARCs[j]
		if a.Lines != b.Lines {
			return a.Lines > b.Lines
		}
		return a.Group+a.CARC < b.Group+b.CARC
	})
	if len(sum.TopCARCs) > 8 {
		sum.TopCARCs = sum.TopCARCs[:8]
	}

	if sum.Withdrawal, err = withdrawOnce(ctx, st, after, claims); err != nil {
		return nil, fmt.Errorf("withdrawal: %w", err)
	}
	rep, err := service.Audit(ctx, cfg, backend)
	if err != nil {
		return nil, fmt.Errorf("audit: %w", err)
	}
	sum.Audit = rep
	if o.Fraud {
		rate := int64(0)
		if sum.unplanted > 0 {
			rate = sum.flaggedUnplanted * 10000 / sum.unplanted
		}
		sum.FlagRateUnplanted = &rate
		sort.Slice(sum.Plants, func(i, j int) bool { return sum.Plants[i].Expected < sum.Plants[j].Expected })
	}
	if o.Inspect != nil {
		if err := o.Inspect(ctx, st); err != nil {
			return nil, err
		}
	}
	return sum, nil
}

// credited reads everything each provider was ever credited: pending, withdrawable and
// withdrawn.
func credited(ctx context.Context, s *chain.Settlement, providers map[adjudicator.Hash]bool) (map[adjudicator.Hash]int64, error) {
	out := make(map[adjudicator.Hash]int64, len(providers))
	for p := range providers {
		b, err := s.BalanceOf(ctx, p)
		if err != nil {
			return nil, err
		}
		out[p] = b.Pending + b.Withdrawable + b.Withdrawn
	}
	return out, nil
}

// withdrawOnce registers a payout address for the provider the sample credited most, lets its
// challenge window pass (dev chain time moves on demand) and withdraws with the provider's own
// key: everything it was credited must arrive at that address, and nowhere else.
func withdrawOnce(ctx context.Context, st *devstack.Stack, credits map[adjudicator.Hash]int64, claims []adjudicator.Claim) (Withdrawal, error) {
	var w Withdrawal
	var best adjudicator.Hash
	for _, c := range claims {
		k := st.Keyer.Provider(c.BillingNPI)
		if credits[k] > w.CreditedCents {
			best, w.CreditedCents, w.ProviderNPI = k, credits[k], c.BillingNPI
		}
	}
	if w.CreditedCents == 0 {
		return w, errors.New("no provider was credited")
	}
	backend := st.Chain.Client()
	signer := func(key int) (*chain.Transactor, error) {
		return chain.NewTransactor(backend, st.Chain.Transactor(key))
	}
	manager, err := signer(devstack.ProviderManagerKey)
	if err != nil {
		return w, err
	}
	registry, err := chain.NewProviderRegistry(backend, st.Deployment.Providers, manager)
	if err != nil {
		return w, err
	}
	payout := st.Chain.Address(devstack.ProviderKey)
	if _, err := registry.Register(ctx, best, payout); err != nil {
		return w, err
	}
	if err := st.Chain.AdjustTime(2*st.Settings.ChallengeWindow + time.Second); err != nil {
		return w, err
	}
	provider, err := signer(devstack.ProviderKey)
	if err != nil {
		return w, err
	}
	settlement, err := chain.NewSettlement(backend, st.Deployment.Settlement, provider)
	if err != nil {
		return w, err
	}
	got, err := settlement.Withdraw(ctx, best)
	if err != nil {
		return w, err
	}
	w.Cents, w.Payout = got.Cents, got.Payout.Hex()
	w.PayoutBalance, err = settlement.TokenBalance(ctx, adjudicator.Address(payout))
	return w, err
}
