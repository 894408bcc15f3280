package service_test

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/claimsledger/claims/adjudicator/devstack"
	"github.com/claimsledger/claims/adjudicator/service"
)

// serve's access flusher signs with a key of its own: the adjudicator's is refused (the two
// sign at once and would race for nonces), and with access_log_address set a missing recorder
// key is an error naming recorder_keystore. Without access_log_address serve runs, and warns
// that looks only queue.
func TestServeWiresTheAccessFlusher(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	st, err := devstack.Start(ctx, devstack.Options{Partitions: 1, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	adj := st.Chain.Transactor(devstack.AdjudicatorKey)
	open := func(edit func(*service.Options), addr string) (string, error) {
		var logs bytes.Buffer
		o := service.Options{Logger: slog.New(slog.NewTextHandler(&logs, nil)), Backend: st.Chain.Client(), Signer: adj}
		edit(&o)
		cfg := st.Config
		cfg.AccessLogAddress = addr
		svc, err := service.Open(ctx, cfg, o)
		if err == nil {
			svc.Close()
		}
		return logs.String(), err
	}
	if _, err := open(func(o *service.Options) { o.RecorderSigner = adj }, st.Config.AccessLogAddress); err == nil ||
		!strings.Contains(err.Error(), "recorder_keystore holds the adjudicator's key") {
		t.Errorf("the adjudicator's key as the recorder's: %v, want refused", err)
	}
	if _, err := open(func(*service.Options) {}, st.Config.AccessLogAddress); err == nil || !strings.Contains(err.Error(), "recorder_keystore") {
		t.Errorf("no recorder key: %v, want an error naming recorder_keystore", err)
	}
	logs, err := open(func(*service.Options) {}, "")
	if err != nil || !strings.Contains(logs, "access_log_address not set") {
		t.Errorf("no access_log_address: %v, logged %q; want a warning", err, logs)
	}
	logs, err = open(func(o *service.Options) { o.RecorderSigner = st.Chain.Transactor(devstack.RecorderKey) }, st.Config.AccessLogAddress)
	if err != nil || !strings.Contains(logs, "access flusher on") {
		t.Errorf("with the recorder's key: %v, logged %q", err, logs)
	}
}
