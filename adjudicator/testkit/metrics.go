package testkit

import (
	"testing"

	"github.com/prometheus/client_golang/prometheus"
)

// Metric reads one series of metric name from g: the one whose labels match labels, given as
// name, value pairs (a label the series lacks counts as ""). It returns the counter's or gauge's
// value, and whether such a series exists.
func Metric(t testing.TB, g prometheus.Gatherer, name string, labels ...string) (float64, bool) {
	t.Helper()
	if len(labels)%2 != 0 {
		t.Fatalf("Metric %s: labels %q are not name, value pairs", name, labels)
	}
	mfs, err := g.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
	series:
		for _, m := range mf.GetMetric() {
			for i := 0; i < len(labels); i += 2 {
				v := ""
				for _, l := range m.GetLabel() {
					if l.GetName() == labels[i] {
						v = l.GetValue()
					}
				}
				if v != labels[i+1] {
					continue series
				}
			}
			if c := m.GetCounter(); c != nil {
				return c.GetValue(), true
			}
			return m.GetGauge().GetValue(), true
		}
	}
	return 0, false
}
