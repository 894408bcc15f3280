package main

import (
	"os/exec"
	"strings"
	"testing"
)

// TestBinaryDoesNotLinkTesting: the claims binary must not link the
// testing package (its flags, its framework, and a sign that test-only
// code ships). Test kits that the demo or devnet need are split into a
// package without it (intake/devkafka beside intake/kafkatest, say).
func TestBinaryDoesNotLinkTesting(t *testing.T) {
	// -deps lists every package the binary links; .Imports shows who
	// brings testing in, for the failure message.
	out, err := exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}} {{join .Imports \" \"}}", ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go list -deps: %v\n%s", err, out)
	}
	var linked bool
	var importers []string
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		pkg, imports, _ := strings.Cut(line, " ")
		if pkg == "testing" {
			linked = true
		}
		for _, imp := range strings.Fields(imports) {
			if imp == "testing" {
				importers = append(importers, pkg)
			}
		}
	}
	if linked {
		t.Errorf("cmd/claims links the testing package, imported by %s", strings.Join(importers, ", "))
	}
}
