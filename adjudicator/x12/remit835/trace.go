package remit835

import (
	"encoding/hex"
	"errors"
	"math/big"
	"strings"
)

// traceLen is TRN02's maximum (data element 127), which the base-36 form of any 256-bit hash
// fills exactly: 36^49 < 2^256 <= 36^50.
const traceLen = 50

// TraceFromTxHash returns the TRN02 trace number for a settlement transaction hash given as
// 0x and 64 hex digits: the hash in base 36, upper case, zero-padded to 50 characters.
func TraceFromTxHash(txHash string) (string, error) {
	h, ok := strings.CutPrefix(txHash, "0x")
	if !ok {
		h, ok = strings.CutPrefix(txHash, "0X")
	}
	b, err := hex.DecodeString(h)
	if !ok || err != nil || len(b) != 32 {
		return "", errors.New("remit835: a transaction hash is 0x and 64 hex digits")
	}
	s := strings.ToUpper(new(big.Int).SetBytes(b).Text(36))
	return strings.Repeat("0", traceLen-len(s)) + s, nil
}

// TxHashFromTrace undoes TraceFromTxHash, giving the hash as 0x and 64 lower-case hex digits.
// ok is false for a trace that is not 50 base-36 characters of a 256-bit number (another
// payer's check or EFT number). Any 50-character upper-case alphanumeric trace under that
// bound decodes, so call it only on remittances from this engine.
func TxHashFromTrace(trace string) (txHash string, ok bool) {
	if len(trace) != traceLen || strings.Trim(trace, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" {
		return "", false
	}
	n, ok := new(big.Int).SetString(trace, 36)
	if !ok || n.BitLen() > 256 {
		return "", false
	}
	var b [32]byte
	n.FillBytes(b[:])
	return "0x" + hex.EncodeToString(b[:]), true
}
