package devkafka_test

import (
	"net"
	"strings"
	"testing"

	"github.com/claimsledger/claims/adjudicator/intake/devkafka"
)

func TestStartRefusesBadOptions(t *testing.T) {
	for _, tc := range []struct {
		opts devkafka.Options
		want string
	}{
		{devkafka.Options{Partitions: -1}, "-1 partitions"},
		{devkafka.Options{Brokers: -2}, "-2 brokers"},
		{devkafka.Options{Topics: []string{"a", ""}}, "empty name"},
	} {
		b, err := devkafka.Start(tc.opts)
		if err == nil {
			b.Close()
			t.Errorf("Start(%+v) succeeded", tc.opts)
			continue
		}
		if !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Start(%+v): %v, want %q", tc.opts, err, tc.want)
		}
	}
}

// TestStartListens: each broker of the cluster accepts connections on its
// loopback address until Close.
func TestStartListens(t *testing.T) {
	b, err := devkafka.Start(devkafka.Options{Brokers: 2})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	addrs := b.Addrs()
	if len(addrs) != 2 {
		t.Fatalf("Addrs() = %v, want 2 brokers", addrs)
	}
	for _, a := range addrs {
		if !strings.HasPrefix(a, "127.0.0.1:") {
			t.Errorf("broker address %s is not on 127.0.0.1", a)
		}
		c, err := net.Dial("tcp", a)
		if err != nil {
			t.Fatal(err)
		}
		c.Close()
	}
	if b.Cluster() == nil {
		t.Error("Cluster() is nil")
	}
}
