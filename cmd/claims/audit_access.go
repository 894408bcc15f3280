package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/config"
	"github.com/claimsledger/claims/adjudicator/service"
)

// accessLook is one look at a claim as audit access prints it. Times are RFC 3339 in UTC.
type accessLook struct {
	// At is when the details were served, as the service that served them saw it.
	At string `json:"at"`
	// Who: viewer_kind "account" with its address, or "provider" with its provider key and,
	// when it can be matched, its NPI.
	ViewerKind  string `json:"viewer_kind"`
	Address     string `json:"address,omitempty"`
	ProviderKey string `json:"provider_key,omitempty"`
	NPI         string `json:"npi,omitempty"`
	// Why: the purpose's name and its code in the AccessLog contract.
	Purpose     string `json:"purpose"`
	PurposeCode uint8  `json:"purpose_code"`
	// Recorded is false for a look still queued on the access topic; the rest is set once it
	// is on chain.
	Recorded  bool   `json:"recorded"`
	BlockTime string `json:"block_time,omitempty"`
	Block     uint64 `json:"block,omitempty"`
	Tx        string `json:"tx,omitempty"`
	Partition int32  `json:"partition"`
	Offset    int64  `json:"offset"`
}

// accessTrail is what audit access --json prints.
type accessTrail struct {
	ClaimID  string       `json:"claim_id"`
	ClaimKey string       `json:"claim_key"`
	Recorded int          `json:"recorded"`
	Queued   int          `json:"queued"`
	Looks    []accessLook `json:"looks"`
}

func newAuditAccess(g *globals) *cobra.Command {
	var (
		claimID string
		npis    []string
		asJSON  bool
	)
	cmd := &cobra.Command{
		Use:   "access --config FILE --claim CLAIM_ID [--npi NPI]... [--json]",
		Short: "List who looked at a claim's details, when and why, from the AccessLog on chain",
		Long: `access lists every look at the claim CLAIM_ID: the AccessLog contract's
ClaimAccessed events with the claim's keyed hash (computed with the config's HMAC
secret) since from_block, oldest first, then the looks still queued on
access_topic, which serve writes to the chain every access_flush_interval
(brokers needed for those; without brokers only what is on chain is listed).

Each look says when (the time the details were served, and the time of the block
that recorded it), who (an analyst's or operator's address, or a provider: by
its NPI when it can be matched, else "provider" and its key: the chain holds
only the keyed hash, so the NPIs of the bundled provider directory and any
given with --npi are hashed and matched) and why:
` + purposeNames() + `.

--json prints one object: claim_id, claim_key, recorded, queued and looks, each
with at, viewer_kind (account or provider), address or provider_key and npi,
purpose, purpose_code, recorded, block_time, block, tx, partition and offset.

This command reads only: it is no look at the claim's details, and records
nothing. Exit status 0 (a claim nobody looked at lists no looks); 2 for bad
flags, configuration or a connection failure.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if strings.TrimSpace(claimID) == "" {
				return errors.New("--claim CLAIM_ID is required: the claim whose looks to list")
			}
			for _, n := range npis {
				if err := checkNPI(n); err != nil {
					return err
				}
			}
			c, cfg, err := g.openChain(cmd, "", config.NeedAccessLog, config.NeedSecret)
			if err != nil {
				return err
			}
			defer c.Close()
			key := c.Keyer.Claim(claimID)
			looks, err := service.ClaimLooks(cmd.Context(), cfg, c, key)
			if err != nil {
				return err
			}
			known, err := bundledNPIs()
			if err != nil {
				return err
			}
			names := map[adjudicator.Hash]string{}
			for _, n := range append(known, npis...) {
				names[c.Keyer.Provider(n)] = n
			}
			trail := accessTrail{ClaimID: claimID, ClaimKey: keyHex(key), Looks: make([]accessLook, 0, len(looks))}
			for _, l := range looks {
				trail.Looks = append(trail.Looks, lookOf(l, names))
				if l.Recorded {
					trail.Recorded++
				} else {
					trail.Queued++
				}
			}
			out := cmd.OutOrStdout()
			if asJSON {
				return writeJSON(out, trail)
			}
			return printTrail(out, trail, cfg.AccessFlushInterval)
		},
	}
	cmd.Flags().StringVar(&claimID, "claim", "", "the claim id whose looks to list (required)")
	cmd.Flags().StringSliceVar(&npis, "npi", nil, "NPIs to recognize providers by, besides the bundled directory's (repeatable)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON object")
	config.AddFlags(cmd.Flags(), config.Kafka, config.AccessTopic, config.RPC, config.Contracts, config.HMAC)
	return cmd
}

func lookOf(l service.Look, names map[adjudicator.Hash]string) accessLook {
	out := accessLook{At: l.At.UTC().Format(time.RFC3339), ViewerKind: l.ViewerKind.String(), Purpose: l.Purpose.String(),
		PurposeCode: uint8(l.Purpose), Recorded: l.Recorded, Partition: l.Partition, Offset: l.Offset}
	switch l.ViewerKind {
	case adjudicator.ViewerAccount:
		a, _ := adjudicator.ViewerAddress(l.Viewer)
		out.Address = common.Address(a).Hex()
	default:
		out.ProviderKey, out.NPI = keyHex(l.Viewer), names[l.Viewer]
	}
	if l.Recorded {
		out.BlockTime, out.Block, out.Tx = l.BlockTime.UTC().Format(time.RFC3339), l.Block, l.TxHash.Hex()
	}
	return out
}

func printTrail(w io.Writer, t accessTrail, interval time.Duration) error {
	fmt.Fprintf(w, "claim %s (claim key %s): %d %s on chain, %d queued\n", t.ClaimID, t.ClaimKey,
		t.Recorded, plural(t.Recorded, "look", "looks"), t.Queued)
	if len(t.Looks) == 0 {
		fmt.Fprintln(w, "nobody has looked at this claim's details")
		return nil
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "WHEN\tRECORDED\tWHO\tWHY")
	for _, l := range t.Looks {
		who := "account " + l.Address
		if l.ViewerKind != adjudicator.ViewerAccount.String() {
			who = "provider " + l.ProviderKey[:10] + "…"
			if l.NPI != "" {
				who = "provider NPI " + l.NPI
			}
		}
		rec := "queued"
		if l.Recorded {
			rec = fmt.Sprintf("%s block %d", l.BlockTime, l.Block)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", l.At, rec, who, l.Purpose)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if t.Queued > 0 {
		fmt.Fprintf(w, "queued looks are on the access topic; serve writes them to the chain every %s\n", interval)
	}
	return nil
}
