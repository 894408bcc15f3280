// Package solgen compiles the Solidity sources in contracts/ with the pinned solcjs and turns
// them into abigen v2 bindings. The go:generate step and the drift test share it so that both
// produce byte-identical output.
package solgen

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/abigen"
)

// Target is one contract and the Go package its binding is written to.
type Target struct {
	Source   string // file in contracts/, also the solc source unit name
	Contract string // contract name inside Source, also the Go type name
	Package  string // Go package name
	File     string // output path relative to the bindings directory
}

// Targets lists every contract that gets a binding, one package per contract family.
var Targets = []Target{
	{Source: "ClaimSettlement.sol", Contract: "ClaimSettlement", Package: "settlement", File: "settlement/settlement.go"},
	{Source: "CoverageRegistry.sol", Contract: "CoverageRegistry", Package: "coverage", File: "coverage/coverage.go"},
	{Source: "ProviderRegistry.sol", Contract: "ProviderRegistry", Package: "providers", File: "providers/providers.go"},
	{Source: "TestStablecoin.sol", Contract: "TestStablecoin", Package: "stablecoin", File: "stablecoin/stablecoin.go"},
	{Source: "AccessLog.sol", Contract: "AccessLog", Package: "access", File: "access/access.go"},
}

// Compiler settings are fixed here rather than taken from solc defaults, because a default that
// moves with the compiler (evmVersion in particular) would silently change the bytecode.
const (
	// EVMVersion must be accepted by every chain we deploy to; go-ethereum's simulated backend
	// and geth --dev run Osaka, which executes Prague code.
	EVMVersion = "prague"
	// OptimizerRuns trades deployment size for call cost; settleBatch is called often.
	OptimizerRuns = 200
	// MaxCodeSize is EIP-170's limit on deployed code; a larger contract deploys nowhere.
	MaxCodeSize = 24576
)

// ErrToolchain reports that node or the npm packages in contracts/ are missing.
var ErrToolchain = errors.New("solidity toolchain unavailable: run npm ci in contracts/ (make test does this)")

// Artifact is the compiler output for one contract.
type Artifact struct {
	ABI json.RawMessage
	Bin string // hex, no 0x prefix
}

// compileScript runs inside contracts/ so that require() and the import callback resolve
// against contracts/node_modules, the pinned packages, and nothing global.
const compileScript = `
const fs = require('fs'), path = require('path');
const solc = require(path.resolve('node_modules/solc'));
const pkg = require(path.resolve('node_modules/solc/package.json'));
const input = fs.readFileSync(0, 'utf8');
function findImports(p) {
  for (const base of ['.', 'node_modules']) {
    const f = path.join(base, p);
    if (fs.existsSync(f)) return { contents: fs.readFileSync(f, 'utf8') };
  }
  return { error: 'import not found in contracts/ or contracts/node_modules: ' + p };
}
const output = solc.compile(input, { import: findImports });
process.stdout.write(JSON.stringify({ version: pkg.version, output: JSON.parse(output) }));
`

// CheckToolchain reports ErrToolchain (wrapped) when Compile cannot run.
func CheckToolchain(contractsDir string) error {
	if _, err := exec.LookPath("node"); err != nil {
		return fmt.Errorf("%w: node not on PATH", ErrToolchain)
	}
	if _, err := os.Stat(filepath.Join(contractsDir, "node_modules", "solc", "package.json")); err != nil {
		return fmt.Errorf("%w: %s/node_modules/solc missing", ErrToolchain, contractsDir)
	}
	if _, err := os.Stat(filepath.Join(contractsDir, "node_modules", "@openzeppelin", "contracts", "package.json")); err != nil {
		return fmt.Errorf("%w: %s/node_modules/@openzeppelin/contracts missing", ErrToolchain, contractsDir)
	}
	return nil
}

// pinnedSolc reads the exact solc version contracts/package.json pins.
func pinnedSolc(contractsDir string) (string, error) {
	raw, err := os.ReadFile(filepath.Join(contractsDir, "package.json"))
	if err != nil {
		return "", fmt.Errorf("read package.json: %w", err)
	}
	var pkg struct {
		Dependencies    map[string]string `json:"dependencies"`
		DevDependencies map[string]string `json:"devDependencies"`
	}
	if err := json.Unmarshal(raw, &pkg); err != nil {
		return "", fmt.Errorf("parse package.json: %w", err)
	}
	v := pkg.DevDependencies["solc"]
	if v == "" {
		v = pkg.Dependencies["solc"]
	}
	if v == "" || strings.ContainsAny(v, "^~<>=* ") {
		return "", fmt.Errorf("package.json must pin solc to an exact version, got %q", v)
	}
	return v, nil
}

type standardInput struct {
	Language string                       `json:"language"`
	Sources  map[string]map[string]string `json:"sources"`
	Settings map[string]any               `json:"settings"`
}

type standardOutput struct {
	Errors []struct {
		Severity         string `json:"severity"`
		FormattedMessage string `json:"formattedMessage"`
		SourceLocation   struct {
			File string `json:"file"`
		} `json:"sourceLocation"`
	} `json:"errors"`
	Contracts map[string]map[string]struct {
		ABI json.RawMessage `json:"abi"`
		EVM struct {
			Bytecode struct {
				Object string `json:"object"`
			} `json:"bytecode"`
			DeployedBytecode struct {
				Object string `json:"object"`
			} `json:"deployedBytecode"`
		} `json:"evm"`
	} `json:"contracts"`
}

// Compile compiles every target source in contractsDir and returns the artifacts keyed by
// contract name. Warnings fail the build too: they are cheap to fix now and easy to miss later.
func Compile(ctx context.Context, contractsDir string) (map[string]Artifact, error) {
	if err := CheckToolchain(contractsDir); err != nil {
		return nil, err
	}
	want, err := pinnedSolc(contractsDir)
	if err != nil {
		return nil, err
	}
	in := standardInput{
		Language: "Solidity",
		Sources:  map[string]map[string]string{},
		Settings: map[string]any{
			// Stack-too-deep in settleBatch (nine arguments, three calldata arrays) rules out
			// the legacy pipeline; via-IR also produces the cheaper loop code.
			"viaIR":      true,
			"optimizer":  map[string]any{"enabled": true, "runs": OptimizerRuns},
			"evmVersion": EVMVersion,
			// The metadata hash appended to the bytecode covers sources and settings only
			// (source unit names are the relative names below, never absolute paths), so the
			// output is the same on every machine.
			"metadata":        map[string]any{"bytecodeHash": "ipfs"},
			"outputSelection": map[string]any{"*": map[string]any{"*": []string{"abi", "evm.bytecode.object", "evm.deployedBytecode.object"}}},
		},
	}
	for _, t := range Targets {
		src, err := os.ReadFile(filepath.Join(contractsDir, t.Source))
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", t.Source, err)
		}
		in.Sources[t.Source] = map[string]string{"content": string(src)}
	}
	input, err := json.Marshal(in)
	if err != nil {
		return nil, fmt.Errorf("encode compiler input: %w", err)
	}

	cmd := exec.CommandContext(ctx, "node", "-e", compileScript)
	cmd.Dir = contractsDir
	cmd.Stdin = bytes.NewReader(input)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("run solcjs: %w: %s", err, stderr.String())
	}
	var res struct {
		Version string         `json:"version"`
		Output  standardOutput `json:"output"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &res); err != nil {
		return nil, fmt.Errorf("decode solcjs output: %w", err)
	}
	if res.Version != want {
		return nil, fmt.Errorf("%w: node_modules has solc %s but package.json pins %s", ErrToolchain, res.Version, want)
	}
	var problems []string
	for _, e := range res.Output.Errors {
		// Warnings inside the pinned OpenZeppelin release are not ours to fix (solc 0.8.37
		// warns about identifiers named "at" in Checkpoints.sol); errors there still fail.
		if e.Severity == "warning" && strings.HasPrefix(e.SourceLocation.File, "@openzeppelin/") {
			continue
		}
		problems = append(problems, e.FormattedMessage)
	}
	if len(problems) > 0 {
		return nil, fmt.Errorf("solc %s reported problems:\n%s", res.Version, strings.Join(problems, "\n"))
	}

	out := make(map[string]Artifact, len(Targets))
	for _, t := range Targets {
		c, ok := res.Output.Contracts[t.Source][t.Contract]
		if !ok {
			return nil, fmt.Errorf("solc output has no contract %s in %s", t.Contract, t.Source)
		}
		if c.EVM.Bytecode.Object == "" {
			return nil, fmt.Errorf("contract %s compiled to empty bytecode (abstract?)", t.Contract)
		}
		if size := len(c.EVM.DeployedBytecode.Object) / 2; size > MaxCodeSize {
			return nil, fmt.Errorf("contract %s is %d bytes of runtime code, over the %d-byte limit of EIP-170 that every node enforces", t.Contract, size, MaxCodeSize)
		}
		if strings.Contains(c.EVM.Bytecode.Object, "__$") {
			return nil, fmt.Errorf("contract %s needs library linking, which the bindings do not support", t.Contract)
		}
		out[t.Contract] = Artifact{ABI: c.ABI, Bin: c.EVM.Bytecode.Object}
	}
	return out, nil
}

// Bind renders the abigen v2 binding of one target. It calls abigen.BindV2, the function behind
// `abigen --v2 --abi --bin --pkg --type`, at the go-ethereum version in go.mod.
func Bind(t Target, a Artifact) ([]byte, error) {
	code, err := abigen.BindV2([]string{t.Contract}, []string{string(a.ABI)}, []string{a.Bin}, t.Package, map[string]string{}, map[string]string{})
	if err != nil {
		return nil, fmt.Errorf("abigen %s: %w", t.Contract, err)
	}
	return []byte(code), nil
}

// Generate compiles the contracts in contractsDir and writes every binding under outDir,
// returning the written paths.
func Generate(ctx context.Context, contractsDir, outDir string) ([]string, error) {
	arts, err := Compile(ctx, contractsDir)
	if err != nil {
		return nil, err
	}
	var written []string
	for _, t := range Targets {
		code, err := Bind(t, arts[t.Contract])
		if err != nil {
			return nil, err
		}
		path := filepath.Join(outDir, filepath.FromSlash(t.File))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return nil, fmt.Errorf("create %s: %w", filepath.Dir(path), err)
		}
		if err := os.WriteFile(path, code, 0o644); err != nil {
			return nil, fmt.Errorf("write %s: %w", path, err)
		}
		written = append(written, path)
	}
	sort.Strings(written)
	return written, nil
}
