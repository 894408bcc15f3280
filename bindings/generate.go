// Package bindings holds the abigen v2 bindings of the contracts in contracts/, one package per
// contract family: settlement (ClaimSettlement), coverage (CoverageRegistry), providers
// (ProviderRegistry), stablecoin (TestStablecoin) and access (AccessLog). Everything below this
// directory except internal/ is generated: edit the Solidity and run `go generate ./bindings`
// (node and npm needed; it runs `npm ci` in contracts/ when node_modules is missing).
// drift_test.go fails when the committed bindings no longer match the sources.
package bindings

//go:generate go run ./internal/gen -contracts ../contracts -out . -npm-ci
