package intake

import (
	"bytes"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"testing"

	"github.com/segmentio/kafka-go"
)

// kafka-go's messages are logged at a level that says what they mean: a rebalance at info, a
// fetch that timed out (retried by kafka-go) at warn, anything else at error.
func TestKafkaGoMessageLevels(t *testing.T) {
	var buf bytes.Buffer
	l := errorLogger(slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug})))
	timeout := &os.SyscallError{Syscall: "read", Err: os.ErrDeadlineExceeded}
	for _, tc := range []struct {
		err  error
		want string
	}{
		{fmt.Errorf("sync: %w", kafka.RebalanceInProgress), "level=INFO"},
		{timeout, "level=WARN"},
		{fmt.Errorf("unexpected EOF"), "level=ERROR"},
	} {
		buf.Reset()
		l.Printf("the kafka reader got an unknown error reading partition 2: %v", tc.err)
		if !strings.Contains(buf.String(), tc.want) {
			t.Errorf("%v logged as %q, want %s", tc.err, buf.String(), tc.want)
		}
	}
}
