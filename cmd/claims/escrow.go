package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"math/big"
	"strconv"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/chain"
	"github.com/claimsledger/claims/adjudicator/config"
	"github.com/claimsledger/claims/adjudicator/service"
	"github.com/claimsledger/claims/bindings/settlement"
	"github.com/claimsledger/claims/bindings/stablecoin"
)

// The escrow commands print amounts, addresses and settings the chain already shows; nothing
// about members, claims or providers.

const escrowExit = `Exit status: 0 done; 1 the contracts refused (the message says why and what to
do instead); 2 bad flags, configuration or connection.`

func newEscrow(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "escrow",
		Short: "The insurer's escrow: status, fund, payout caps, and taking back what nobody is owed",
		Long: `escrow is the insurer's tool for the settlement escrow in ClaimSettlement.

The escrow holds what the insurer funded and providers have not withdrawn. Part
of it is owed: credited to providers (pending or withdrawable), frozen credits
excluded. The rest is unallocated: what new credits, releases of frozen batches
and escrow withdrawals can draw on. The insurer takes unallocated escrow back in
two steps: a request, executable after the escrow withdrawal delay (72 hours in
production, 1 minute on devnet), then execute. Credits are never touched.

status only reads (no keystore needed). fund, caps and withdraw sign as the
insurer (insurer_keystore, else keystore).

` + escrowExit,
		Args: cobra.NoArgs,
	}
	withdraw := &cobra.Command{
		Use:   "withdraw",
		Short: "Take back unallocated escrow: request, then execute after the delay, or cancel",
		Long: `withdraw takes back escrow that no provider is owed, in two steps: request asks
for an amount and says when it becomes executable (after the escrow withdrawal
delay, chain time); execute pays it to the insurer once it is, provided the
unallocated escrow still covers it; cancel drops the request. One request is
pending at most: a new one replaces it. They sign as the insurer
(insurer_keystore, else keystore).

` + escrowExit,
		Args: cobra.NoArgs,
	}
	withdraw.AddCommand(newEscrowRequest(g), newEscrowExecute(g), newEscrowCancel(g))
	cmd.AddCommand(newEscrowStatus(g), newEscrowFund(g), withdraw, newEscrowCaps(g))
	return cmd
}

// escrowStatus is what status prints. Money is integer cents; durations are whole seconds;
// times are RFC 3339 in UTC, of chain time.
type escrowStatus struct {
	Settlement string `json:"settlement"`
	Block      uint64 `json:"block"`
	ChainTime  string `json:"chain_time"`
	// HeldCents = OwedCents + UnallocatedCents whenever the escrow covers what is owed.
	HeldCents        int64 `json:"held_cents"`
	OwedCents        int64 `json:"owed_cents"`
	UnallocatedCents int64 `json:"unallocated_cents"`
	// FrozenCents are the credits of FrozenBatches frozen batches: not owed, so counted as
	// unallocated, but releasing those batches needs them back.
	FrozenCents   int64 `json:"frozen_cents"`
	FrozenBatches int   `json:"frozen_batches"`

	MaxBatchCents           int64  `json:"max_batch_cents"`
	WindowCapCents          int64  `json:"window_cap_cents"`
	CapWindowSeconds        uint64 `json:"cap_window_seconds"`
	WindowCapAvailableCents int64  `json:"window_cap_available_cents"`

	ChallengeWindowSeconds       uint64 `json:"challenge_window_seconds"`
	MaxBatchOffsets              uint64 `json:"max_batch_offsets"`
	EscrowWithdrawalDelaySeconds uint64 `json:"escrow_withdrawal_delay_seconds"`

	Paused bool `json:"paused"`
	// Withdrawal is the pending request to take back escrow; null when there is none.
	Withdrawal *escrowRequestStatus `json:"withdrawal"`
}

type escrowRequestStatus struct {
	To          string `json:"to"`
	AmountCents int64  `json:"amount_cents"`
	ReadyAt     string `json:"ready_at"`
	// Ready is true once ReadyAt has passed at the block read.
	Ready bool `json:"ready"`
}

func newEscrowStatus(g *globals) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "status --config FILE [--json]",
		Short: "Show the escrow (held, owed, unallocated), the payout caps, the limits, the pause and any withdrawal request",
		Long: `status reads, all at the head block: the escrow held (funded, not yet paid out),
what is owed to providers (credited, not withdrawn; frozen credits excluded) and
what is unallocated (the rest); the credits of frozen batches (counted as
unallocated, but releasing those batches needs them); the payout caps the
insurer sets (per batch; the window cap, its window and what is left under it
now); the limits the admin sets (challenge window, offsets per batch, escrow
withdrawal delay); whether settlement is paused; and the pending request to take
back escrow, if any, with when it becomes executable. It needs no keystore.

--json prints one object: settlement, block, chain_time, held_cents, owed_cents,
unallocated_cents, frozen_cents, frozen_batches, max_batch_cents,
window_cap_cents, cap_window_seconds, window_cap_available_cents,
challenge_window_seconds, max_batch_offsets, escrow_withdrawal_delay_seconds,
paused, and withdrawal (null, or to, amount_cents, ready_at, ready). Times are
RFC 3339, chain time.

` + escrowExit,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, cfg, err := g.openChain(cmd, "")
			if err != nil {
				return err
			}
			defer c.Close()
			ctx := cmd.Context()
			e, err := c.Settlement.Escrow(ctx)
			if err != nil {
				return err
			}
			freezes, err := c.Settlement.Freezes(ctx, cfg.FromBlock)
			if err != nil {
				return err
			}
			st := escrowStatus{
				Settlement: c.Settlement.Address().Hex(), Block: e.Block, ChainTime: chainTime(e.Time),
				HeldCents: e.HeldCents, OwedCents: e.OwedCents, UnallocatedCents: e.UnallocatedCents,
				MaxBatchCents: e.Limits.MaxBatchCents, WindowCapCents: e.Limits.WindowCapCents,
				CapWindowSeconds: e.Limits.CapWindowSeconds, WindowCapAvailableCents: e.Limits.WindowCapAvailableCents,
				ChallengeWindowSeconds: e.Limits.ChallengeWindowSeconds, MaxBatchOffsets: e.Limits.MaxBatchOffsets,
				EscrowWithdrawalDelaySeconds: e.Withdrawal.DelaySeconds, Paused: e.Paused,
			}
			st.FrozenCents, st.FrozenBatches = frozenTotals(freezes)
			if w := e.Withdrawal; w.Cents > 0 {
				st.Withdrawal = &escrowRequestStatus{To: w.To.Hex(), AmountCents: w.Cents, ReadyAt: chainTime(w.ReadyAt), Ready: e.Time >= w.ReadyAt}
			}
			out := cmd.OutOrStdout()
			if asJSON {
				return writeJSON(out, st)
			}
			return printEscrowStatus(out, st, e)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON object")
	config.AddFlags(cmd.Flags(), config.RPC, config.Contracts)
	return cmd
}

func printEscrowStatus(out io.Writer, st escrowStatus, e chain.Escrow) error {
	fmt.Fprintf(out, "escrow of ClaimSettlement %s at block %d (chain time %s)\n", st.Settlement, st.Block, st.ChainTime)
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "  held\t%s\t(%d cents: funded, not yet paid out)\n", dollars(st.HeldCents), st.HeldCents)
	fmt.Fprintf(tw, "  owed to providers\t%s\t(%d cents: credited, not yet withdrawn)\n", dollars(st.OwedCents), st.OwedCents)
	fmt.Fprintf(tw, "  unallocated\t%s\t(%d cents: what new credits and escrow withdrawals can draw on)\n", dollars(st.UnallocatedCents), st.UnallocatedCents)
	if st.FrozenBatches > 0 {
		fmt.Fprintf(tw, "  frozen\t%s\t(%d cents in %d %s: counted as unallocated, but releasing them needs it; see claims admin batches --frozen)\n",
			dollars(st.FrozenCents), st.FrozenCents, st.FrozenBatches, plural(st.FrozenBatches, "batch", "batches"))
	}
	if st.OwedCents > st.HeldCents {
		fmt.Fprintf(tw, "  SHORTFALL\t%s\t(the escrow holds less than providers are owed)\n", dollars(st.OwedCents-st.HeldCents))
	}
	fmt.Fprintln(tw, "payout caps (the insurer's: claims escrow caps)")
	fmt.Fprintf(tw, "  per batch\t%s\t(%d cents)\n", dollars(st.MaxBatchCents), st.MaxBatchCents)
	fmt.Fprintf(tw, "  window cap\t%s\t(%d cents per %s; %s left now)\n", dollars(st.WindowCapCents), st.WindowCapCents,
		secondsText(st.CapWindowSeconds), dollars(st.WindowCapAvailableCents))
	fmt.Fprintln(tw, "limits (the admin's)")
	fmt.Fprintf(tw, "  challenge window\t%s\n", secondsText(st.ChallengeWindowSeconds))
	fmt.Fprintf(tw, "  offsets per batch\t%d\n", st.MaxBatchOffsets)
	fmt.Fprintf(tw, "  escrow withdrawal delay\t%s\n", secondsText(st.EscrowWithdrawalDelaySeconds))
	if st.Paused {
		fmt.Fprintln(tw, "settlement PAUSED by the guardian: no settling, withdrawals, claim resolution or escrow withdrawals until the admin runs claims admin unpause")
	} else {
		fmt.Fprintln(tw, "settlement running")
	}
	if w := st.Withdrawal; w == nil {
		fmt.Fprintln(tw, "escrow withdrawal: none requested")
	} else {
		when := "executable now: claims escrow withdraw execute"
		if !w.Ready {
			when = fmt.Sprintf("executable from %s (%s from now)", w.ReadyAt, secondsText(e.Withdrawal.ReadyAt-e.Time))
		}
		fmt.Fprintf(tw, "escrow withdrawal requested: %s (%d cents) to %s; %s\n", dollars(w.AmountCents), w.AmountCents, w.To, when)
		if w.AmountCents > st.UnallocatedCents {
			fmt.Fprintln(tw, "  the request is for more than is unallocated now: executing it would be refused")
		}
	}
	return tw.Flush()
}

// frozenTotals adds up the credits of the batches still frozen after freezes (in the order
// Freezes returns them: a release has the last word).
func frozenTotals(freezes []chain.BatchFrozenEvent) (cents int64, batches int) {
	frozen := map[uint64]int64{}
	for _, f := range freezes {
		if f.Released {
			delete(frozen, f.BatchID)
		} else {
			frozen[f.BatchID] = f.Cents
		}
	}
	for _, c := range frozen {
		cents += c
	}
	return cents, len(frozen)
}

// escrowFunded is what fund prints with --json.
type escrowFunded struct {
	FundedCents      int64  `json:"funded_cents"`
	From             string `json:"from"`
	HeldCents        int64  `json:"held_cents"`
	UnallocatedCents int64  `json:"unallocated_cents"`
	Tx               string `json:"tx"`
	Block            uint64 `json:"block"`
}

func newEscrowFund(g *globals) *cobra.Command {
	var cents int64
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "fund --cents N [--json]",
		Short: "Move N cents of the settlement token from the insurer into the escrow",
		Long: `fund moves N cents of the settlement token from the insurer's account into the
escrow: an ERC-20 approve of the settlement contract for N, then fund(N). It signs
as the insurer (insurer_keystore, else keystore), checks first that the account
holds the tokens, and prints the escrow held and unallocated afterwards.

--json prints one object: funded_cents, from, held_cents, unallocated_cents, tx,
block.

` + escrowExit,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := positiveCents(cmd, "cents", cents); err != nil {
				return err
			}
			c, cfg, err := g.openChain(cmd, config.RoleInsurer)
			if err != nil {
				return err
			}
			defer c.Close()
			ctx := cmd.Context()
			have, err := c.Settlement.TokenBalance(ctx, adjudicator.Address(c.From))
			if err != nil {
				return err
			}
			if have < cents {
				return &exitError{code: 1, err: fmt.Errorf("the insurer's account %s holds %s (%d cents) of the settlement token, less than the %s (%d cents) to fund",
					c.From.Hex(), dollars(have), have, dollars(cents), cents)}
			}
			rcpt, err := c.Settlement.Fund(ctx, cents)
			if err != nil {
				return refusal(err, c, cfg, config.RoleInsurer, func(name string) string {
					return tokenRefusal(name, err, c.From)
				})
			}
			e, err := c.Settlement.Escrow(ctx)
			if err != nil {
				return err
			}
			res := escrowFunded{FundedCents: cents, From: c.From.Hex(), HeldCents: e.HeldCents, UnallocatedCents: e.UnallocatedCents,
				Tx: common.Hash(rcpt.TxHash).Hex(), Block: rcpt.Block}
			out := cmd.OutOrStdout()
			if asJSON {
				return writeJSON(out, res)
			}
			fmt.Fprintf(out, "funded the escrow with %s (%d cents) from %s\n", dollars(cents), cents, res.From)
			fmt.Fprintf(out, "the escrow now holds %s, %s of it unallocated\n", dollars(e.HeldCents), dollars(e.UnallocatedCents))
			fmt.Fprintf(out, "tx %s (block %d)\n", res.Tx, res.Block)
			return nil
		},
	}
	cmd.Flags().Int64Var(&cents, "cents", 0, "how much to fund, in cents of the settlement token (required, positive)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the result as one JSON object")
	config.AddFlags(cmd.Flags(), config.RPC, config.Contracts, config.Signer)
	return cmd
}

// tokenRefusal explains the settlement token's own errors, which reach fund unchanged through
// SafeERC20.
func tokenRefusal(name string, err error, from common.Address) string {
	rev := revertOf(err)
	switch name {
	case "ERC20InsufficientBalance":
		if d, ok := rev.Detail.(*stablecoin.TestStablecoinERC20InsufficientBalance); ok {
			return fmt.Sprintf("the insurer's account %s holds %s of the settlement token, less than the %s to fund", from.Hex(), bigDollars(d.Balance), bigDollars(d.Needed))
		}
		return fmt.Sprintf("the insurer's account %s holds too little of the settlement token", from.Hex())
	case "ERC20InsufficientAllowance":
		return "the settlement contract's allowance was changed between approve and fund; run fund again"
	}
	return ""
}

// escrowRequested is what withdraw request prints with --json.
type escrowRequested struct {
	AmountCents      int64  `json:"amount_cents"`
	To               string `json:"to"`
	RequestedAt      string `json:"requested_at"`
	ReadyAt          string `json:"ready_at"`
	UnallocatedCents int64  `json:"unallocated_cents"`
	// ReplacedCents is the amount of the earlier request this one replaced; 0 when none.
	ReplacedCents int64  `json:"replaced_cents"`
	Tx            string `json:"tx"`
	Block         uint64 `json:"block"`
}

func newEscrowRequest(g *globals) *cobra.Command {
	var cents int64
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "request --cents N [--json]",
		Short: "Ask to take back N cents of unallocated escrow, executable after the escrow withdrawal delay",
		Long: `request asks the settlement contract to pay N cents of escrow back to the insurer
(the signing account) once the escrow withdrawal delay has passed, and prints
when that is (chain time). It replaces any earlier request. The contract checks
the amount against the unallocated escrow only when the request is executed:
request warns when N is more than is unallocated now, and execute will be
refused unless the insurer funds more meanwhile (new credits shrink what is
unallocated; providers' withdrawals leave it unchanged).

--json prints one object: amount_cents, to, requested_at, ready_at,
unallocated_cents, replaced_cents, tx, block.

` + escrowExit,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := positiveCents(cmd, "cents", cents); err != nil {
				return err
			}
			c, cfg, err := g.openChain(cmd, config.RoleInsurer)
			if err != nil {
				return err
			}
			defer c.Close()
			ctx := cmd.Context()
			before, err := c.Settlement.EscrowWithdrawal(ctx)
			if err != nil {
				return err
			}
			r, err := c.Settlement.RequestEscrowWithdrawal(ctx, cents)
			if err != nil {
				return refusal(err, c, cfg, config.RoleInsurer, func(string) string { return "" })
			}
			free, err := c.Settlement.UnallocatedEscrow(ctx)
			if err != nil {
				return err
			}
			res := escrowRequested{AmountCents: r.Cents, To: r.To.Hex(), RequestedAt: chainTime(r.RequestedAt), ReadyAt: chainTime(r.ReadyAt),
				UnallocatedCents: free, ReplacedCents: before.Cents, Tx: common.Hash(r.Receipt.TxHash).Hex(), Block: r.Receipt.Block}
			out := cmd.OutOrStdout()
			if asJSON {
				return writeJSON(out, res)
			}
			fmt.Fprintf(out, "requested to take back %s (%d cents) of unallocated escrow to %s\n", dollars(r.Cents), r.Cents, res.To)
			wait := uint64(0)
			if r.ReadyAt > r.RequestedAt {
				wait = r.ReadyAt - r.RequestedAt
			}
			fmt.Fprintf(out, "executable from %s (chain time; escrow withdrawal delay %s): then run claims escrow withdraw execute\n", res.ReadyAt, secondsText(wait))
			if before.Cents > 0 {
				fmt.Fprintf(out, "this replaces the request for %s (%d cents) that was executable from %s\n", dollars(before.Cents), before.Cents, chainTime(before.ReadyAt))
			}
			if r.Cents > free {
				fmt.Fprintf(out, "warning: only %s (%d cents) of the escrow is unallocated now; unless the insurer funds more, execute will be refused\n", dollars(free), free)
			}
			fmt.Fprintf(out, "tx %s (block %d)\n", res.Tx, res.Block)
			return nil
		},
	}
	cmd.Flags().Int64Var(&cents, "cents", 0, "how much to take back, in cents (required, positive)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the result as one JSON object")
	config.AddFlags(cmd.Flags(), config.RPC, config.Contracts, config.Signer)
	return cmd
}

// escrowExecuted is what withdraw execute prints with --json.
type escrowExecuted struct {
	WithdrawnCents   int64  `json:"withdrawn_cents"`
	To               string `json:"to"`
	HeldCents        int64  `json:"held_cents"`
	OwedCents        int64  `json:"owed_cents"`
	UnallocatedCents int64  `json:"unallocated_cents"`
	Tx               string `json:"tx"`
	Block            uint64 `json:"block"`
}

func newEscrowExecute(g *globals) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "execute [--json]",
		Short: "Pay the pending escrow withdrawal request to the insurer, once its delay has passed",
		Long: `execute pays the pending request to take back escrow to the insurer that made it.
It is refused while the request's delay has not passed (the message says when it
will have, in chain time), when the unallocated escrow no longer covers it (the
message says how much does), when there is no request, and while settlement is
paused. Credits owed to providers are never touched.

--json prints one object: withdrawn_cents, to, held_cents, owed_cents,
unallocated_cents, tx, block.

` + escrowExit,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, cfg, err := g.openChain(cmd, config.RoleInsurer)
			if err != nil {
				return err
			}
			defer c.Close()
			ctx := cmd.Context()
			w, err := c.Settlement.ExecuteEscrowWithdrawal(ctx)
			if err != nil {
				return refusal(err, c, cfg, config.RoleInsurer, func(name string) string {
					return escrowRefusal(ctx, c, name, err)
				})
			}
			e, err := c.Settlement.Escrow(ctx)
			if err != nil {
				return err
			}
			res := escrowExecuted{WithdrawnCents: w.Cents, To: w.To.Hex(), HeldCents: e.HeldCents, OwedCents: e.OwedCents,
				UnallocatedCents: e.UnallocatedCents, Tx: common.Hash(w.Receipt.TxHash).Hex(), Block: w.Receipt.Block}
			out := cmd.OutOrStdout()
			if asJSON {
				return writeJSON(out, res)
			}
			fmt.Fprintf(out, "took back %s (%d cents) of escrow to %s\n", dollars(w.Cents), w.Cents, res.To)
			fmt.Fprintf(out, "the escrow now holds %s: %s owed to providers, %s unallocated\n", dollars(e.HeldCents), dollars(e.OwedCents), dollars(e.UnallocatedCents))
			fmt.Fprintf(out, "tx %s (block %d)\n", res.Tx, res.Block)
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the result as one JSON object")
	config.AddFlags(cmd.Flags(), config.RPC, config.Contracts, config.Signer)
	return cmd
}

// escrowRefusal explains the contract's refusals of an escrow withdrawal.
func escrowRefusal(ctx context.Context, c *service.Chain, name string, err error) string {
	rev := revertOf(err)
	switch name {
	case "NoEscrowWithdrawal":
		return "there is no request to take back escrow; make one with: claims escrow withdraw request --cents N"
	case "EscrowWithdrawalNotReady":
		d, ok := rev.Detail.(*settlement.ClaimSettlementEscrowWithdrawalNotReady)
		if !ok || d.ReadyAt == nil || !d.ReadyAt.IsUint64() {
			return "the request to take back escrow is not executable yet (claims escrow status says when it is)"
		}
		ready := d.ReadyAt.Uint64()
		msg := "the request to take back escrow"
		if w, err := c.Settlement.EscrowWithdrawal(ctx); err == nil && w.Cents > 0 {
			msg += fmt.Sprintf(" (%s, %d cents)", dollars(w.Cents), w.Cents)
		}
		msg += fmt.Sprintf(" is not executable yet: it becomes executable at %s (chain time", chainTime(ready))
		if h, err := c.Backend.HeaderByNumber(ctx, nil); err == nil && h.Time < ready {
			msg += fmt.Sprintf("; now %s, %s to go", chainTime(h.Time), secondsText(ready-h.Time))
		}
		return msg + ")"
	case "InsufficientEscrow":
		d, ok := rev.Detail.(*settlement.ClaimSettlementInsufficientEscrow)
		if !ok {
			return "the unallocated escrow does not cover the request; claims escrow status shows how much does"
		}
		return fmt.Sprintf("the request is for %s but only %s of the escrow is unallocated now (the rest is owed to providers); cancel it (claims escrow withdraw cancel) and request at most %s cents, or fund the escrow first",
			centsText(d.Needed), centsText(d.Available), d.Available)
	case "EnforcedPause":
		return "settlement is paused (the guardian paused it): escrow cannot be taken back until the admin runs claims admin unpause"
	}
	return ""
}

// escrowCancelled is what withdraw cancel prints with --json.
type escrowCancelled struct {
	CancelledCents int64  `json:"cancelled_cents"`
	Tx             string `json:"tx"`
	Block          uint64 `json:"block"`
}

func newEscrowCancel(g *globals) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "cancel [--json]",
		Short: "Cancel the pending request to take back escrow",
		Long: `cancel drops the pending request to take back escrow; nothing moves. It is
refused when there is no request.

--json prints one object: cancelled_cents, tx, block.

` + escrowExit,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, cfg, err := g.openChain(cmd, config.RoleInsurer)
			if err != nil {
				return err
			}
			defer c.Close()
			ctx := cmd.Context()
			cents, rcpt, err := c.Settlement.CancelEscrowWithdrawal(ctx)
			if err != nil {
				return refusal(err, c, cfg, config.RoleInsurer, func(name string) string {
					if name == "NoEscrowWithdrawal" {
						return "there is no request to take back escrow, so nothing to cancel"
					}
					return ""
				})
			}
			res := escrowCancelled{CancelledCents: cents, Tx: common.Hash(rcpt.TxHash).Hex(), Block: rcpt.Block}
			out := cmd.OutOrStdout()
			if asJSON {
				return writeJSON(out, res)
			}
			fmt.Fprintf(out, "cancelled the request to take back %s (%d cents) of escrow\n", dollars(cents), cents)
			fmt.Fprintf(out, "tx %s (block %d)\n", res.Tx, res.Block)
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the result as one JSON object")
	config.AddFlags(cmd.Flags(), config.RPC, config.Contracts, config.Signer)
	return cmd
}

// escrowCaps is what caps prints with --json.
type escrowCaps struct {
	MaxBatchCents    int64  `json:"max_batch_cents"`
	WindowCapCents   int64  `json:"window_cap_cents"`
	CapWindowSeconds uint64 `json:"cap_window_seconds"`
	// Previous are the caps replaced.
	PreviousMaxBatchCents    int64  `json:"previous_max_batch_cents"`
	PreviousWindowCapCents   int64  `json:"previous_window_cap_cents"`
	PreviousCapWindowSeconds uint64 `json:"previous_cap_window_seconds"`
	Tx                       string `json:"tx"`
	Block                    uint64 `json:"block"`
}

func newEscrowCaps(g *globals) *cobra.Command {
	var maxBatch, windowCap int64
	var capWindow time.Duration
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "caps --max-batch-cents N --window-cap-cents N --cap-window DURATION [--json]",
		Short: "Set the payout caps: most cents per batch, and per window (a bucket refilling over the window)",
		Long: `caps sets the payout caps the settlement contract enforces on every batch: a batch
credits at most --max-batch-cents, and all batches together at most
--window-cap-cents in a burst, a bucket that refills linearly over --cap-window
(e.g. 24h). All three are required and positive; the window is whole seconds.
The engine splits a batch over the per-batch cap; a batch over what is left
under the window cap is refused until the bucket refills. It signs as the
insurer (insurer_keystore, else keystore) and prints the caps before and after.

--json prints one object: max_batch_cents, window_cap_cents,
cap_window_seconds, the previous_ of each, tx, block.

` + escrowExit,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := positiveCents(cmd, "max-batch-cents", maxBatch); err != nil {
				return err
			}
			if err := positiveCents(cmd, "window-cap-cents", windowCap); err != nil {
				return err
			}
			switch {
			case !cmd.Flags().Changed("cap-window"):
				return fmt.Errorf("--cap-window DURATION is required: how long the window cap takes to refill, e.g. 24h")
			case capWindow < time.Second:
				return fmt.Errorf("--cap-window %s: must be at least 1s", capWindow)
			case capWindow%time.Second != 0:
				return fmt.Errorf("--cap-window %s: must be whole seconds (the contract keeps seconds)", capWindow)
			}
			c, cfg, err := g.openChain(cmd, config.RoleInsurer)
			if err != nil {
				return err
			}
			defer c.Close()
			ctx := cmd.Context()
			before, err := c.Settlement.Limits(ctx)
			if err != nil {
				return err
			}
			rcpt, err := c.Settlement.SetPayoutCaps(ctx, maxBatch, windowCap, capWindow)
			if err != nil {
				return refusal(err, c, cfg, config.RoleInsurer, func(name string) string {
					if name == "InvalidSetting" {
						return "the contract refused the caps as out of range"
					}
					return ""
				})
			}
			res := escrowCaps{MaxBatchCents: maxBatch, WindowCapCents: windowCap, CapWindowSeconds: uint64(capWindow / time.Second),
				PreviousMaxBatchCents: before.MaxBatchCents, PreviousWindowCapCents: before.WindowCapCents, PreviousCapWindowSeconds: before.CapWindowSeconds,
				Tx: common.Hash(rcpt.TxHash).Hex(), Block: rcpt.Block}
			out := cmd.OutOrStdout()
			if asJSON {
				return writeJSON(out, res)
			}
			tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
			fmt.Fprintf(tw, "payout caps set\tbefore\tnow\n")
			fmt.Fprintf(tw, "  per batch\t%s\t%s\n", dollars(before.MaxBatchCents), dollars(maxBatch))
			fmt.Fprintf(tw, "  window cap\t%s per %s\t%s per %s\n", dollars(before.WindowCapCents), secondsText(before.CapWindowSeconds),
				dollars(windowCap), secondsText(res.CapWindowSeconds))
			if err := tw.Flush(); err != nil {
				return err
			}
			if maxBatch > windowCap {
				fmt.Fprintf(out, "note: the per-batch cap is above the window cap, so no batch can credit more than %s\n", dollars(windowCap))
			}
			fmt.Fprintf(out, "tx %s (block %d)\n", res.Tx, res.Block)
			return nil
		},
	}
	cmd.Flags().Int64Var(&maxBatch, "max-batch-cents", 0, "most cents one batch may credit (required, positive)")
	cmd.Flags().Int64Var(&windowCap, "window-cap-cents", 0, "most cents credited in a burst, refilled over --cap-window (required, positive)")
	cmd.Flags().DurationVar(&capWindow, "cap-window", 0, "how long the window cap takes to refill, whole seconds, e.g. 24h (required)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the result as one JSON object")
	config.AddFlags(cmd.Flags(), config.RPC, config.Contracts, config.Signer)
	return cmd
}

// positiveCents checks a required cents flag.
func positiveCents(cmd *cobra.Command, flag string, v int64) error {
	if !cmd.Flags().Changed(flag) {
		return fmt.Errorf("--%s N is required: an amount in cents (100 = $1.00)", flag)
	}
	if v <= 0 {
		return fmt.Errorf("--%s %d: must be a positive number of cents (100 = $1.00)", flag, v)
	}
	return nil
}

// revertOf is the *chain.RevertError in err (an empty one when there is none; refusal only asks
// explain about reverts).
func revertOf(err error) *chain.RevertError {
	var rev *chain.RevertError
	if !errors.As(err, &rev) {
		return &chain.RevertError{}
	}
	return rev
}

// centsText formats a contract amount as dollars and cents, e.g. "$123.45 (12345 cents)".
func centsText(v *big.Int) string {
	if v == nil {
		return "?"
	}
	if !v.IsInt64() {
		return v.String() + " cents"
	}
	return fmt.Sprintf("%s (%d cents)", dollars(v.Int64()), v.Int64())
}

// bigDollars formats a contract amount as dollars.
func bigDollars(v *big.Int) string {
	if v == nil || !v.IsInt64() {
		return fmt.Sprint(v) + " cents"
	}
	return dollars(v.Int64())
}

// secondsText formats whole seconds as a Go duration ("1h0m0s"), or as seconds when too long for
// one.
func secondsText(s uint64) string {
	if s > math.MaxInt64/uint64(time.Second) {
		return strconv.FormatUint(s, 10) + "s"
	}
	return (time.Duration(s) * time.Second).String()
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
