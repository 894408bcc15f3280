package chain

import (
	"errors"
	"fmt"
	"reflect"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/bindings/access"
	"github.com/claimsledger/claims/bindings/coverage"
	"github.com/claimsledger/claims/bindings/providers"
	"github.com/claimsledger/claims/bindings/settlement"
	"github.com/claimsledger/claims/bindings/stablecoin"
)

// RevertError is a contract revert decoded from its ABI error data.
//
// It matches ErrReverted with errors.Is, adjudicator.ErrBatchConflict when the settlement
// contract refused a batch that does not start at its watermark (OffsetMismatch), and
// adjudicator.ErrBatchTooLarge when a batch credits more than the per-batch cap, and
// adjudicator.ErrRefused for every other revert.
type RevertError struct {
	// Name is the Solidity custom error ("OffsetMismatch", "ERC20InsufficientBalance"),
	// "Error" for a require message, "Panic" for an assertion, or "" when the data matched no
	// known error.
	Name string
	// Detail is the decoded error: the generated binding struct, e.g.
	// *settlement.ClaimSettlementOffsetMismatch, or the message string of "Error". Nil when
	// Name is "".
	Detail any
	// Data is the raw revert data.
	Data []byte
	// TxHash is the reverted transaction; zero when the preflight caught the revert and
	// nothing was sent.
	TxHash common.Hash
}

func (e *RevertError) Error() string {
	where := "preflight"
	if e.TxHash != (common.Hash{}) {
		where = "tx " + e.TxHash.Hex()
	}
	switch {
	case e.Name == "":
		return fmt.Sprintf("chain: %s reverted with unknown data %x", where, e.Data)
	case e.Detail == nil:
		return fmt.Sprintf("chain: %s reverted with %s", where, e.Name)
	default:
		d := reflect.ValueOf(e.Detail)
		if d.Kind() == reflect.Pointer && !d.IsNil() {
			d = d.Elem()
		}
		if s, ok := d.Interface().(string); ok {
			return fmt.Sprintf("chain: %s reverted with %s: %s", where, e.Name, s)
		}
		return fmt.Sprintf("chain: %s reverted with %s%+v", where, e.Name, d.Interface())
	}
}

// Unwrap exposes ErrReverted; for OffsetMismatch also adjudicator.ErrBatchConflict, for
// BatchCapExceeded adjudicator.ErrBatchTooLarge (so the engine splits the batch), and for
// anything else adjudicator.ErrRefused (so the engine halts the partition and waits). That
// includes AlreadyReversed, which Settlement.ReverseCredits answers itself by reading again
// which leaves are reversed before it gives up.
func (e *RevertError) Unwrap() []error {
	switch e.Name {
	case "OffsetMismatch":
		return []error{ErrReverted, adjudicator.ErrBatchConflict}
	case "BatchCapExceeded":
		return []error{ErrReverted, adjudicator.ErrBatchTooLarge}
	}
	// Every other revert holds until someone acts (a role, a cap, the escrow, a pause).
	return []error{ErrReverted, adjudicator.ErrRefused}
}

type errorDecoder struct {
	name   string
	unpack func([]byte) (any, error)
}

// revertDecoders maps 4-byte selectors to every custom error of the contracts, using the
// generated UnpackError of the contract that declares it. Token errors bubble up through
// SafeERC20 unchanged, so the stablecoin's are needed to explain a failed payment. An error two
// contracts share (OpenZeppelin's, and AccessLog's OffsetMismatch and EmptyBatch, declared with
// ClaimSettlement's signatures on purpose) has one selector and decodes to the same name and
// fields whichever declared it; the settlement's go last so that theirs is the Detail type.
// TestErrorSelectorsAreUnambiguous checks that no selector stands for two different errors.
var revertDecoders = func() map[[4]byte]errorDecoder {
	out := map[[4]byte]errorDecoder{}
	for _, c := range contractErrors() {
		for name, e := range c.abi.Errors {
			var sel [4]byte
			copy(sel[:], e.ID[:4])
			out[sel] = errorDecoder{name: name, unpack: c.unpack}
		}
	}
	return out
}()

type contractABI struct {
	name   string
	abi    abi.ABI
	unpack func([]byte) (any, error)
}

// contractErrors lists every contract whose errors a revert may carry, the settlement last.
func contractErrors() []contractABI {
	s, c, p, t, a := settlement.NewClaimSettlement(), coverage.NewCoverageRegistry(), providers.NewProviderRegistry(),
		stablecoin.NewTestStablecoin(), access.NewAccessLog()
	return []contractABI{
		{"TestStablecoin", t.GetABI(), t.UnpackError},
		{"CoverageRegistry", c.GetABI(), c.UnpackError},
		{"ProviderRegistry", p.GetABI(), p.UnpackError},
		{"AccessLog", a.GetABI(), a.UnpackError},
		{"ClaimSettlement", s.GetABI(), s.UnpackError},
	}
}

// decodeRevert turns an RPC error carrying revert data into a *RevertError, or returns nil when
// err is not a revert (a network failure, an underpriced transaction, ...).
func decodeRevert(err error, tx common.Hash) *RevertError {
	if err == nil {
		return nil
	}
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil
	}
	var data []byte
	switch d := de.ErrorData().(type) {
	case string:
		b, decErr := hexutil.Decode(d)
		if decErr != nil {
			return nil
		}
		data = b
	case []byte:
		data = d
	default:
		return nil
	}
	return decodeRevertData(data, tx)
}

func decodeRevertData(data []byte, tx common.Hash) *RevertError {
	rev := &RevertError{Data: data, TxHash: tx}
	if len(data) < 4 {
		return rev
	}
	if msg, err := abi.UnpackRevert(data); err == nil {
		rev.Name, rev.Detail = "Error", msg
		if len(data) >= 4 && [4]byte(data[:4]) != [4]byte{0x08, 0xc3, 0x79, 0xa0} {
			rev.Name = "Panic"
		}
		return rev
	}
	d, ok := revertDecoders[[4]byte(data[:4])]
	if !ok {
		return rev
	}
	rev.Name = d.name
	if detail, err := d.unpack(data); err == nil {
		rev.Detail = detail
	}
	return rev
}
