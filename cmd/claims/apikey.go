package main

import (
	"crypto/x509"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"os"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/claimsledger/claims/adjudicator/apikeys"
	"github.com/claimsledger/claims/adjudicator/config"
	"github.com/claimsledger/claims/adjudicator/service"
)

// The API keys providers authenticate with to claims serve's HTTP API. They live in Redis
// (hashed): these commands need redis_addrs, not the chain.

func newProviderKey(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "key",
		Short: "A provider's API keys: rotate, revoke, list",
		Long: `key manages the API keys a provider authenticates with (Authorization: Bearer
KEY). claims provider add issues the first one. A key is printed once, when it is
issued; the store (Redis, beside the engine's state) keeps only its SHA-256, so a
lost key cannot be shown again: rotate it. Keys are named by their id, the first
12 hex digits of that hash.`,
		Args: cobra.NoArgs,
	}
	cmd.AddCommand(newProviderKeyRotate(g), newProviderKeyRevoke(g), newProviderKeyList(g))
	return cmd
}

// issuedKey is what add and rotate print with --json: the key, once.
type issuedKey struct {
	NPI     string `json:"npi"`
	APIKey  string `json:"api_key,omitempty"`
	KeyID   string `json:"key_id,omitempty"`
	Revoked int    `json:"revoked,omitempty"`
}

func printIssued(w io.Writer, k issuedKey) {
	fmt.Fprintf(w, "API key for NPI %s (id %s), shown this once:\n  %s\n", k.NPI, k.KeyID, k.APIKey)
}

func newProviderKeyRotate(g *globals) *cobra.Command {
	var npi string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "rotate --npi NPI [--json]",
		Short: "Issue a new API key for a provider and revoke every key it had",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			store, done, err := openKeys(cmd, g, npi)
			if err != nil {
				return err
			}
			defer done()
			key, k, n, err := store.Rotate(cmd.Context(), npi)
			if err != nil {
				return err
			}
			out := issuedKey{NPI: npi, APIKey: key, KeyID: k.ID, Revoked: n}
			if asJSON {
				return writeJSON(cmd.OutOrStdout(), out)
			}
			printIssued(cmd.OutOrStdout(), out)
			fmt.Fprintf(cmd.OutOrStdout(), "revoked %d earlier %s\n", n, plural(n, "key", "keys"))
			return nil
		},
	}
	cmd.Flags().StringVar(&npi, "npi", "", "the provider's billing NPI")
	cmd.Flags().BoolVar(&asJSON, "json", false, `print {"npi", "api_key", "key_id", "revoked"}`)
	config.AddFlags(cmd.Flags(), config.Redis)
	return cmd
}

func newProviderKeyRevoke(g *globals) *cobra.Command {
	var npi, id string
	cmd := &cobra.Command{
		Use:   "revoke --npi NPI [--id KEY_ID]",
		Short: "Revoke a provider's API keys and certificates (all of them, or the one with --id)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			store, done, err := openKeys(cmd, g, npi)
			if err != nil {
				return err
			}
			defer done()
			n, err := store.Revoke(cmd.Context(), npi, id)
			if err != nil {
				return &exitError{code: 1, err: err}
			}
			fmt.Fprintf(cmd.OutOrStdout(), "revoked %d %s of NPI %s\n", n, plural(n, "key", "keys"), npi)
			return nil
		},
	}
	cmd.Flags().StringVar(&npi, "npi", "", "the provider's billing NPI")
	cmd.Flags().StringVar(&id, "id", "", "revoke only this key, by its id from key list (default: every key of the NPI)")
	config.AddFlags(cmd.Flags(), config.Redis)
	return cmd
}

func newProviderKeyList(g *globals) *cobra.Command {
	var npi string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "list --npi NPI [--json]",
		Short: "List a provider's API keys and client certificates by id, with when each was issued and revoked",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			store, done, err := openKeys(cmd, g, npi)
			if err != nil {
				return err
			}
			defer done()
			keys, err := store.List(cmd.Context(), npi)
			if err != nil {
				return err
			}
			if asJSON {
				if keys == nil {
					keys = []apikeys.Key{}
				}
				return writeJSON(cmd.OutOrStdout(), keys)
			}
			if len(keys) == 0 {
				fmt.Fprintf(cmd.OutOrStdout(), "NPI %s has no API keys\n", npi)
				return nil
			}
			tw := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "KEY ID\tKIND\tISSUED\tREVOKED")
			for _, k := range keys {
				revoked := "-"
				if k.Revoked() {
					revoked = k.RevokedAt.Format("2006-01-02T15:04:05Z")
				}
				kind := "api key"
				if k.Kind != "" {
					kind = k.Kind
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", k.ID, kind, k.IssuedAt.Format("2006-01-02T15:04:05Z"), revoked)
			}
			return tw.Flush()
		},
	}
	cmd.Flags().StringVar(&npi, "npi", "", "the provider's billing NPI")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print a JSON array")
	config.AddFlags(cmd.Flags(), config.Redis)
	return cmd
}

// openKeys checks --npi, loads the command's configuration and opens the key store.
func openKeys(cmd *cobra.Command, g *globals, npi string) (*apikeys.Store, func(), error) {
	if err := checkNPI(npi); err != nil {
		return nil, nil, err
	}
	cfg, err := g.load(cmd.Flags())
	if err != nil {
		return nil, nil, err
	}
	return service.OpenAPIKeys(cmd.Context(), cfg)
}

func newProviderCert(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "cert",
		Short: "A provider's client certificates (mutual TLS) in place of API keys",
		Long: `cert registers the client certificates a provider may authenticate with instead of
an API key, when serve offers the API over TLS with api_client_ca_file: the
certificate must chain to one of those CAs and be registered here for the NPI it
speaks for. claims provider key list shows them (kind certificate) and claims
provider key revoke --id revokes one.`,
		Args: cobra.NoArgs,
	}
	cmd.AddCommand(newProviderCertAdd(g))
	return cmd
}

func newProviderCertAdd(g *globals) *cobra.Command {
	var npi, certFile string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "add --npi NPI --cert FILE [--json]",
		Short: "Register a PEM client certificate for a provider",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			der, err := readCertificate(certFile)
			if err != nil {
				return err
			}
			store, done, err := openKeys(cmd, g, npi)
			if err != nil {
				return err
			}
			defer done()
			k, err := store.RegisterCert(cmd.Context(), npi, der)
			if err != nil {
				return &exitError{code: 1, err: err}
			}
			if asJSON {
				return writeJSON(cmd.OutOrStdout(), k)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "certificate %s registered for NPI %s\n", k.ID, npi)
			return nil
		},
	}
	cmd.Flags().StringVar(&npi, "npi", "", "the provider's billing NPI")
	cmd.Flags().StringVar(&certFile, "cert", "", "PEM file of the client certificate (the first CERTIFICATE block)")
	cmd.Flags().BoolVar(&asJSON, "json", false, `print {"id", "npi", "kind", "issued_at"}`)
	config.AddFlags(cmd.Flags(), config.Redis)
	return cmd
}

// readCertificate returns the DER bytes of the first certificate in a PEM file: what a TLS
// handshake presents, so what the API looks it up by.
func readCertificate(path string) ([]byte, error) {
	if path == "" {
		return nil, errors.New("--cert FILE is required: the provider's PEM client certificate")
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	for {
		var blk *pem.Block
		blk, b = pem.Decode(b)
		if blk == nil {
			return nil, fmt.Errorf("%s: no PEM CERTIFICATE block", path)
		}
		if blk.Type != "CERTIFICATE" {
			continue
		}
		if _, err := x509.ParseCertificate(blk.Bytes); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		return blk.Bytes, nil
	}
}
