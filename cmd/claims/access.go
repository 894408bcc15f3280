package main

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/config"
	"github.com/claimsledger/claims/adjudicator/service"
)

// Every command that shows or writes out a claim's details records the look first (who, which
// claim, when, why) on the access topic, from where serve's flusher puts it on chain; a look
// it cannot record is not taken: the command fails and shows nothing.

// viewerOf is who a command's looks are recorded as: the address of the keystore that signs for
// role (config.KeystoreFor; "" is the operator's own keystore). Only the address is read, from
// the keystore file's clear part: no password is needed, and nothing is signed.
func viewerOf(cfg config.Config, role config.Role) (adjudicator.Hash, error) {
	path := cfg.KeystoreFor(role)
	if path == "" {
		key := "keystore"
		if role != "" {
			key = string(role) + "_keystore (or keystore)"
		}
		return adjudicator.Hash{}, fmt.Errorf("every look at a claim's details is recorded with who looked: set %s to your key; only its address is read", key)
	}
	a, err := keystoreAddress(path)
	if err != nil {
		return adjudicator.Hash{}, fmt.Errorf("who is looking: %w", err)
	}
	return adjudicator.AccountViewer(a), nil
}

// recordLooks records viewer's looks at the claims claimKeys, for purpose, and returns once the
// brokers have them; an error means nothing may be shown.
func recordLooks(ctx context.Context, cfg config.Config, viewer adjudicator.Hash, purpose adjudicator.Purpose, claimKeys ...adjudicator.Hash) error {
	rec, err := service.OpenAccessRecorder(cfg)
	if err != nil {
		return err
	}
	defer rec.Close()
	now := time.Now().UTC().Truncate(time.Second)
	looks := make([]adjudicator.Access, len(claimKeys))
	for i, k := range claimKeys {
		looks[i] = adjudicator.Access{ClaimKey: k, Viewer: viewer, ViewerKind: adjudicator.ViewerAccount, Purpose: purpose, At: now}
	}
	if err := rec.Record(ctx, looks...); err != nil {
		return fmt.Errorf("not shown: every look at a claim's details is recorded first, and recording failed: %w", err)
	}
	return nil
}

// purposeNames lists the purposes as audit access prints them.
func purposeNames() string {
	var out []string
	for _, p := range adjudicator.Purposes {
		out = append(out, fmt.Sprintf("%d %s", p, p))
	}
	return strings.Join(out, ", ")
}
