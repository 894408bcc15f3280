package service

import (
	"bufio"
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/intake"
	"github.com/claimsledger/claims/adjudicator/privacy"
	"github.com/claimsledger/claims/adjudicator/tuva"
)

// Input formats `claims submit` and `claims adjudicate` read.
const (
	FormatNative  = "native"
	FormatTuvaCSV = "tuva-csv"
)

// ReadClaims reads claims from a file: native JSON (one object, an array,
// or newline-delimited objects) or the Tuva CSV layout. Errors name the
// file and line.
func ReadClaims(path, format string) ([]adjudicator.Claim, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	switch format {
	case FormatTuvaCSV:
		c, err := tuva.ReadClaims(f)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		return c, nil
	case FormatNative, "":
		return readNative(path, f)
	default:
		return nil, fmt.Errorf("unknown format %q: want %s or %s", format, FormatNative, FormatTuvaCSV)
	}
}

func readNative(path string, r io.Reader) ([]adjudicator.Claim, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	trimmed := bytes.TrimSpace(data)
	if bytes.HasPrefix(trimmed, []byte("[")) {
		var docs []json.RawMessage
		if err := json.Unmarshal(trimmed, &docs); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		out := make([]adjudicator.Claim, 0, len(docs))
		for i, d := range docs {
			c, err := adjudicator.DecodeClaim(d)
			if err != nil {
				return nil, fmt.Errorf("%s: claim [%d]: %w", path, i, err)
			}
			out = append(out, c)
		}
		return out, nil
	}
	// Newline-delimited (a single pretty-printed object is one "line" too:
	// fall back to decoding the whole file when a line does not parse).
	var out []adjudicator.Claim
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		c, err := adjudicator.DecodeClaim(line)
		if err != nil {
			if n == 1 && json.Valid(trimmed) && !json.Valid(line) {
				c, err := adjudicator.DecodeClaim(trimmed)
				if err != nil {
					return nil, fmt.Errorf("%s: %w", path, err)
				}
				return []adjudicator.Claim{c}, nil
			}
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		out = append(out, c)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}

// Encode keys a claim by its member's keyed hash (so one member's claims
// stay on one partition, in order) and seals it when a sealer is given.
func Encode(k *privacy.Keyer, sealer *privacy.Sealer, c adjudicator.Claim) (intake.Submission, error) {
	b, err := json.Marshal(c)
	if err != nil {
		return intake.Submission{}, fmt.Errorf("encode claim %s: %w", c.ClaimID, err)
	}
	mk := k.Member(c.MemberID)
	key := []byte(hex.EncodeToString(mk[:]))
	if sealer != nil {
		if b, err = sealer.Seal(b, key); err != nil {
			return intake.Submission{}, fmt.Errorf("seal claim %s: %w", c.ClaimID, err)
		}
	}
	return intake.Submission{Key: key, Value: b}, nil
}

// Producer writes keyed claims to the input topic; *intake.Producer is one.
type Producer interface {
	Submit(ctx context.Context, subs ...intake.Submission) error
}

// Submit encodes and produces claims in chunks, reporting progress.
func Submit(ctx context.Context, p Producer, k *privacy.Keyer, sealer *privacy.Sealer, claims []adjudicator.Claim, progress func(done int)) error {
	const chunk = 500
	for i := 0; i < len(claims); i += chunk {
		end := min(i+chunk, len(claims))
		subs := make([]intake.Submission, 0, end-i)
		for _, c := range claims[i:end] {
			s, err := Encode(k, sealer, c)
			if err != nil {
				return err
			}
			subs = append(subs, s)
		}
		if err := p.Submit(ctx, subs...); err != nil {
			return fmt.Errorf("produce claims %d..%d: %w", i, end-1, err)
		}
		if progress != nil {
			progress(end)
		}
	}
	return nil
}
