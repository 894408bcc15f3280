package main

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"strconv"
	"text/tabwriter"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"
	"golang.org/x/sync/errgroup"

	"github.com/claimsledger/claims/adjudicator/chain"
	"github.com/claimsledger/claims/adjudicator/config"
	"github.com/claimsledger/claims/bindings/settlement"
)

// The admin commands print batch ids, offsets, amounts and addresses the chain already shows;
// never a member, claim or provider identity.

const adminExit = `Exit status: 0 done; 1 the contracts refused (the message says why and what to
do instead); 2 bad arguments, configuration or connection.`

func newAdmin(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "admin",
		Short: "The admin's tool: list settled and frozen batches, release a frozen batch, unpause",
		Long: `admin is the DEFAULT_ADMIN's tool for ClaimSettlement.

The guardian (claims guard) freezes a batch that fails verification inside its
challenge window: its credits never become withdrawable unless the admin
releases it. After repeated failures the guardian pauses settlement, and only
the admin can unpause. batches shows every batch with its status, so frozen
batches are visible; release and unpause act on them.

There is no admin pause: pausing is the guardian's (GUARDIAN_ROLE, claims guard
--pause-after), so the key that pauses is not the one that unpauses.

batches only reads (no keystore needed). release and unpause sign as the admin
(admin_keystore, else keystore).

` + adminExit,
		Args: cobra.NoArgs,
	}
	cmd.AddCommand(newAdminBatches(g), newAdminRelease(g), newAdminUnpause(g))
	return cmd
}

// adminBatch is one settled batch as batches prints it. Money is integer cents; times are RFC
// 3339 in UTC, of chain time. Offsets are [from_offset, to_offset).
type adminBatch struct {
	BatchID       uint64 `json:"batch_id"`
	Partition     int32  `json:"partition"`
	FromOffset    int64  `json:"from_offset"`
	ToOffset      int64  `json:"to_offset"`
	Claims        uint32 `json:"claims"`
	Providers     int    `json:"providers"`
	CreditedCents int64  `json:"credited_cents"`
	// Status is settled, frozen or released, as the contract reports it now.
	Status         string `json:"status"`
	WindowClosesAt string `json:"window_closes_at"`
	WindowOpen     bool   `json:"window_open"`
	Tx             string `json:"tx"`
	Block          uint64 `json:"block"`
	FrozenBy       string `json:"frozen_by,omitempty"`
	FrozenTx       string `json:"frozen_tx,omitempty"`
	ReleasedBy     string `json:"released_by,omitempty"`
	ReleasedTx     string `json:"released_tx,omitempty"`
}

func newAdminBatches(g *globals) *cobra.Command {
	var frozenOnly, asJSON bool
	cmd := &cobra.Command{
		Use:   "batches --config FILE [--frozen] [--json]",
		Short: "List every settled batch with its status (settled, frozen, released), or only the frozen ones",
		Long: `batches lists every batch settled since from_block (the BatchSettled events): its
id, input partition and offsets [from, to), claims, providers credited, cents
credited, its status as the contract reports it now (settled; frozen by the
guardian, its credits withheld; released by the admin), when its challenge
window closes (chain time), and the transaction that settled it. --frozen lists
only the batches frozen now: those waiting for the admin's decision. It needs no
keystore.

--json prints a JSON array (empty: []) of objects with batch_id, partition,
from_offset, to_offset, claims, providers, credited_cents, status,
window_closes_at (RFC 3339, chain time), window_open, tx, block, and when
frozen or released frozen_by, frozen_tx, released_by, released_tx.

` + adminExit,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, cfg, err := g.openChain(cmd, "")
			if err != nil {
				return err
			}
			defer c.Close()
			ctx := cmd.Context()
			l, err := c.Settlement.Ledger(ctx, cfg.FromBlock)
			if err != nil {
				return err
			}
			head, err := c.Backend.HeaderByNumber(ctx, new(big.Int).SetUint64(l.Head))
			if err != nil {
				return fmt.Errorf("read block %d: %w", l.Head, err)
			}
			now := head.Time
			frozen := map[uint64]chain.BatchFrozenEvent{}
			released := map[uint64]chain.BatchFrozenEvent{}
			for _, f := range l.Freezes {
				if f.Released {
					released[f.BatchID] = f
				} else {
					frozen[f.BatchID] = f
				}
			}
			var picked []chain.BatchSettledEvent
			for _, b := range l.Batches {
				_, wasFrozen := frozen[b.BatchID]
				_, wasReleased := released[b.BatchID]
				if !frozenOnly || wasFrozen && !wasReleased {
					picked = append(picked, b)
				}
			}
			infos, err := batchInfos(ctx, c.Settlement, picked)
			if err != nil {
				return err
			}
			entries := make([]adminBatch, 0, len(picked))
			for i, b := range picked {
				info := infos[i]
				if frozenOnly && info.Status != chain.BatchFrozenStatus {
					continue
				}
				e := adminBatch{
					BatchID: b.BatchID, Partition: b.Partition, FromOffset: b.From, ToOffset: b.To, Claims: b.Claims,
					Providers: len(b.Credits), CreditedCents: b.TotalCredited, Status: info.Status.String(),
					WindowClosesAt: chainTime(info.WindowClosesAt), WindowOpen: now < info.WindowClosesAt,
					Tx: common.Hash(b.TxHash).Hex(), Block: b.Block,
				}
				if f, ok := frozen[b.BatchID]; ok {
					e.FrozenBy, e.FrozenTx = f.By.Hex(), common.Hash(f.TxHash).Hex()
				}
				if r, ok := released[b.BatchID]; ok {
					e.ReleasedBy, e.ReleasedTx = r.By.Hex(), common.Hash(r.TxHash).Hex()
				}
				entries = append(entries, e)
			}
			out := cmd.OutOrStdout()
			if asJSON {
				return writeJSON(out, entries)
			}
			return printBatches(out, entries, frozenOnly, now)
		},
	}
	cmd.Flags().BoolVar(&frozenOnly, "frozen", false, "list only the batches frozen now")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print a JSON array")
	config.AddFlags(cmd.Flags(), config.RPC, config.Contracts)
	return cmd
}

// batchInfos reads what the contract stores of each batch, a few at a time.
func batchInfos(ctx context.Context, s *chain.Settlement, batches []chain.BatchSettledEvent) ([]chain.BatchInfo, error) {
	out := make([]chain.BatchInfo, len(batches))
	eg, ctx := errgroup.WithContext(ctx)
	eg.SetLimit(8)
	for i, b := range batches {
		eg.Go(func() error {
			info, ok, err := s.BatchInfo(ctx, b.BatchID)
			if err != nil {
				return err
			}
			if !ok {
				return fmt.Errorf("batch %d has a BatchSettled event but the contract does not know it", b.BatchID)
			}
			out[i] = info
			return nil
		})
	}
	return out, eg.Wait()
}

func printBatches(out io.Writer, entries []adminBatch, frozenOnly bool, now uint64) error {
	if len(entries) == 0 {
		if frozenOnly {
			fmt.Fprintf(out, "no frozen batches (chain time %s)\n", chainTime(now))
		} else {
			fmt.Fprintf(out, "no batches settled (chain time %s)\n", chainTime(now))
		}
		return nil
	}
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "BATCH\tINPUT\tCLAIMS\tPROVIDERS\tCREDITED\tSTATUS\tWINDOW CLOSES (chain time)\tTX")
	var frozen, released int
	var frozenCents int64
	for _, e := range entries {
		window := e.WindowClosesAt
		if e.WindowOpen {
			window += " (open)"
		}
		fmt.Fprintf(tw, "%d\t%d/[%d,%d)\t%d\t%d\t%s\t%s\t%s\t%s\n", e.BatchID, e.Partition, e.FromOffset, e.ToOffset, e.Claims, e.Providers,
			dollars(e.CreditedCents), e.Status, window, e.Tx)
		switch e.Status {
		case chain.BatchFrozenStatus.String():
			frozen++
			frozenCents += e.CreditedCents
		case chain.BatchReleasedStatus.String():
			released++
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(out, "%d %s; %d frozen holding %s, %d released (chain time %s)\n", len(entries), plural(len(entries), "batch", "batches"),
		frozen, dollars(frozenCents), released, chainTime(now))
	if frozen > 0 {
		fmt.Fprintln(out, "a frozen batch's credits stay withheld until released: check it (claims verify) and release it with claims admin release BATCH_ID")
	}
	return nil
}

// adminReleased is what release prints with --json.
type adminReleased struct {
	BatchID       uint64 `json:"batch_id"`
	Partition     int32  `json:"partition"`
	FromOffset    int64  `json:"from_offset"`
	ToOffset      int64  `json:"to_offset"`
	Providers     int    `json:"providers"`
	ReleasedCents int64  `json:"released_cents"`
	Status        string `json:"status"`
	Tx            string `json:"tx"`
	Block         uint64 `json:"block"`
}

func newAdminRelease(g *globals) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "release --config FILE BATCH_ID [--json]",
		Short: "Release a frozen batch: its credits become withdrawable at once",
		Long: `release releases the frozen batch BATCH_ID (ClaimSettlement.releaseBatch): its
credits, withheld since the guardian froze it, become withdrawable at once. Only
release a batch you have established is right (claims verify; the guardian's
logs say why it froze it). It signs as the admin (admin_keystore, else keystore).

It reads the batch's header and credits from its BatchSettled event and checks
them against what the contract stores. It is refused when the batch is unknown
or not frozen (never frozen, or released already), and when the unallocated
escrow no longer covers the credits (frozen credits are not owed, so the insurer
may have taken that escrow back or it may have been credited since: the insurer
funds it again with claims escrow fund).

--json prints one object: batch_id, partition, from_offset, to_offset,
providers, released_cents, status, tx, block.

` + adminExit,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := strconv.ParseUint(args[0], 10, 64)
			if err != nil || id == 0 {
				return fmt.Errorf("BATCH_ID %q: want a batch id, a positive integer as claims admin batches shows", args[0])
			}
			c, cfg, err := g.openChain(cmd, config.RoleAdmin)
			if err != nil {
				return err
			}
			defer c.Close()
			ctx := cmd.Context()
			info, ok, err := c.Settlement.BatchInfo(ctx, id)
			if err != nil {
				return err
			}
			if !ok {
				msg := fmt.Sprintf("batch %d was never settled on this contract", id)
				if n, err := c.Settlement.BatchCount(ctx); err == nil && n > 0 {
					msg += fmt.Sprintf(" (batches 1 to %d were)", n)
				} else if err == nil {
					msg += " (no batch has been settled yet)"
				}
				return &exitError{code: 1, err: fmt.Errorf("%s; claims admin batches --frozen lists the frozen ones", msg)}
			}
			switch info.Status {
			case chain.BatchReleasedStatus:
				return &exitError{code: 1, err: fmt.Errorf("batch %d was released already: its credits are withdrawable; nothing to release", id)}
			case chain.BatchSettledStatus:
				return &exitError{code: 1, err: fmt.Errorf("batch %d is not frozen (status settled): only a batch the guardian froze can be released; its credits become withdrawable without a release once its challenge window closes (%s, chain time)",
					id, chainTime(info.WindowClosesAt))}
			case chain.BatchFrozenStatus:
			default:
				return &exitError{code: 1, err: fmt.Errorf("batch %d has status %s, not frozen", id, info.Status)}
			}
			ev, ok, err := c.Settlement.BatchSettled(ctx, id)
			if err != nil {
				return err
			}
			if !ok {
				return fmt.Errorf("batch %d: no BatchSettled event from block %d on; is from_block later than the block that settled it?", id, cfg.FromBlock)
			}
			h := ev.Header()
			if h.Commitment() != info.Commitment {
				return fmt.Errorf("batch %d: the header in its BatchSettled event (tx %s) does not hash to the commitment the contract stores", id, common.Hash(ev.TxHash).Hex())
			}
			rcpt, err := c.Settlement.Release(ctx, id, h, ev.Credits)
			if err != nil {
				return refusal(err, c, cfg, config.RoleAdmin, func(name string) string {
					switch name {
					case "BatchNotFrozen":
						return fmt.Sprintf("batch %d is not frozen (anymore): it was released meanwhile, or never frozen", id)
					case "InsufficientEscrow":
						d, ok := revertOf(err).Detail.(*settlement.ClaimSettlementInsufficientEscrow)
						if !ok {
							return fmt.Sprintf("the unallocated escrow does not cover the credits of batch %d; the insurer funds it with claims escrow fund", id)
						}
						short := new(big.Int).Sub(d.Needed, d.Available)
						return fmt.Sprintf("releasing batch %d needs %s of unallocated escrow but only %s is unallocated (frozen credits are not owed, so that escrow was taken back or credited since the freeze); the insurer funds the rest with: claims escrow fund --cents %s",
							id, centsText(d.Needed), centsText(d.Available), short)
					}
					return ""
				})
			}
			res := adminReleased{BatchID: id, Partition: ev.Partition, FromOffset: ev.From, ToOffset: ev.To, Providers: len(ev.Credits),
				ReleasedCents: ev.TotalCredited, Status: chain.BatchReleasedStatus.String(), Tx: common.Hash(rcpt.TxHash).Hex(), Block: rcpt.Block}
			out := cmd.OutOrStdout()
			if asJSON {
				return writeJSON(out, res)
			}
			fmt.Fprintf(out, "released batch %d (input %d/[%d,%d)): %s (%d cents) to %d %s, withdrawable now\n", id, ev.Partition, ev.From, ev.To,
				dollars(ev.TotalCredited), ev.TotalCredited, len(ev.Credits), plural(len(ev.Credits), "provider", "providers"))
			fmt.Fprintf(out, "tx %s (block %d)\n", res.Tx, res.Block)
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the result as one JSON object")
	config.AddFlags(cmd.Flags(), config.RPC, config.Contracts, config.Signer)
	return cmd
}

// adminUnpaused is what unpause prints with --json.
type adminUnpaused struct {
	Paused bool `json:"paused"`
	// FrozenBatches stay frozen: unpausing releases nothing.
	FrozenBatches int    `json:"frozen_batches"`
	Tx            string `json:"tx"`
	Block         uint64 `json:"block"`
}

func newAdminUnpause(g *globals) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "unpause --config FILE [--json]",
		Short: "Resume settlement after the guardian paused it (pausing is the guardian's, not here)",
		Long: `unpause resumes what the guardian's pause stopped: settling batches, provider
withdrawals, claim resolution and escrow withdrawals. It signs as the admin
(admin_keystore, else keystore) and is refused when settlement is not paused.

The guardian pauses after repeated failed batches: look at claims admin batches
--frozen and the guardian's logs first. Unpausing releases nothing: frozen
batches stay frozen. There is no admin pause; the guardian pauses (claims guard).

--json prints one object: paused (false), frozen_batches, tx, block.

` + adminExit,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, cfg, err := g.openChain(cmd, config.RoleAdmin)
			if err != nil {
				return err
			}
			defer c.Close()
			ctx := cmd.Context()
			rcpt, err := c.Settlement.Unpause(ctx)
			if err != nil {
				return refusal(err, c, cfg, config.RoleAdmin, func(name string) string {
					if name == "ExpectedPause" {
						return "settlement is not paused, so there is nothing to unpause (only the guardian pauses)"
					}
					return ""
				})
			}
			freezes, err := c.Settlement.Freezes(ctx, cfg.FromBlock)
			if err != nil {
				return err
			}
			_, frozen := frozenTotals(freezes)
			res := adminUnpaused{FrozenBatches: frozen, Tx: common.Hash(rcpt.TxHash).Hex(), Block: rcpt.Block}
			out := cmd.OutOrStdout()
			if asJSON {
				return writeJSON(out, res)
			}
			fmt.Fprintln(out, "settlement unpaused: settling, withdrawals, claim resolution and escrow withdrawals resume")
			if frozen > 0 {
				fmt.Fprintf(out, "%d frozen %s stay frozen: see claims admin batches --frozen\n", frozen, plural(frozen, "batch", "batches"))
			}
			fmt.Fprintf(out, "tx %s (block %d)\n", res.Tx, res.Block)
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the result as one JSON object")
	config.AddFlags(cmd.Flags(), config.RPC, config.Contracts, config.Signer)
	return cmd
}
