package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// An operator's config: comments everywhere, two-space indentation, a nested block, a list,
// and one of the keys deploy writes already present (with a line comment).
const operatorYAML = `# Claims engine, production.
# Owned by ops; deploy writes the addresses below.

rpc_url: https://rpc.example:8545 # the payer's node
brokers:
  - kafka-1:9092
  - kafka-2:9092

# Contracts.
settlement_address: "" # filled in by claims deploy
deploy:
  # Keys held offline.
  guardian_address: "0x00000000000000000000000000000000000000aa"
  dev: false
batch_size: 200
# trailing notes stay at the end
`

func writeFile(t *testing.T, content string, mode os.FileMode) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "claims.yaml")
	if err := os.WriteFile(path, []byte(content), mode); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, mode); err != nil { // umask
		t.Fatal(err)
	}
	return path
}

func TestUpdateFileKeepsCommentsOrderAndMode(t *testing.T) {
	path := writeFile(t, operatorYAML, 0o640)
	err := UpdateFile(path, map[string]any{
		"settlement_address": "0x5FbDB2315678afecb367f032d93F642f64180aa3",
		"token_address":      "0x0000000000000000000000000000000000000001", // reads as an int unless quoted
		"from_block":         uint64(42),
		"providers_address":  "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512",
	})
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	got := string(b)
	t.Logf("updated file:\n%s", got)
	for _, want := range []string{
		"# Claims engine, production.", "# Owned by ops; deploy writes the addresses below.",
		"# the payer's node", "# Contracts.", "# filled in by claims deploy", "# Keys held offline.",
		"# trailing notes stay at the end",
		"\n  - kafka-1:9092\n", // two-space, indented sequence as in the file
		"\n  guardian_address:", "batch_size: 200",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("lost %q", want)
		}
	}
	// Existing keys keep their place; new keys go after the last one, sorted.
	order := []string{"rpc_url:", "brokers:", "settlement_address:", "deploy:", "batch_size:", "from_block:", "providers_address:", "token_address:"}
	last := -1
	for _, k := range order {
		i := strings.Index(got, k)
		if i < 0 || i < last {
			t.Fatalf("key %s at %d, after %d: order %v not kept", k, i, last, order)
		}
		last = i
	}
	if !strings.HasSuffix(strings.TrimSpace(got), "# trailing notes stay at the end") {
		t.Errorf("the closing comment is no longer at the end")
	}
	if n := strings.Count(got, "settlement_address:"); n != 1 {
		t.Errorf("settlement_address appears %d times", n)
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o640 {
		t.Errorf("mode = %o, want 640", info.Mode().Perm())
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 1 {
		t.Errorf("temporary files left behind: %v", entries)
	}

	// What the commands read back.
	c, err := Load(path, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if c.SettlementAddress != "0x5FbDB2315678afecb367f032d93F642f64180aa3" || c.TokenAddress != "0x0000000000000000000000000000000000000001" ||
		c.ProvidersAddress != "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512" || c.FromBlock != 42 {
		t.Errorf("read back settlement %q token %q providers %q from %d", c.SettlementAddress, c.TokenAddress, c.ProvidersAddress, c.FromBlock)
	}
	if c.RPCURL != "https://rpc.example:8545" || len(c.Brokers) != 2 || c.BatchSize != 200 ||
		c.Deploy.GuardianAddress != "0x00000000000000000000000000000000000000aa" {
		t.Errorf("other keys changed: %+v", c)
	}

	// A second update replaces in place: nothing is duplicated.
	if err := UpdateFile(path, map[string]any{"from_block": uint64(43)}); err != nil {
		t.Fatal(err)
	}
	b2, _ := os.ReadFile(path)
	if strings.Count(string(b2), "from_block:") != 1 || !strings.Contains(string(b2), "from_block: 43") {
		t.Errorf("second update:\n%s", b2)
	}
}

func TestUpdateFileLayouts(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     []string
	}{
		{"four spaces, as devnet writes", "brokers:\n    - a:1\ndeploy:\n    dev: true\n", []string{"\n    - a:1\n", "\n    dev: true\n", "\nfrom_block: 7\n"}},
		{"compact sequences", "brokers:\n- a:1\ndeploy:\n  dev: true\n", []string{"\n- a:1\n", "\n  dev: true\n"}},
		{"empty file", "", []string{"from_block: 7\n"}},
		{"comments only", "# nothing yet\n", []string{"# nothing yet", "from_block: 7\n"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := writeFile(t, tc.in, 0o600)
			if err := UpdateFile(path, map[string]any{"from_block": 7}); err != nil {
				t.Fatal(err)
			}
			b, _ := os.ReadFile(path)
			for _, w := range tc.want {
				if !strings.Contains(string(b), w) {
					t.Errorf("want %q in:\n%s", w, b)
				}
			}
		})
	}
}

func TestUpdateFileRefuses(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"a list", "- a\n- b\n", "not a mapping"},
		{"broken yaml", "a: [1,\n", "claims.yaml"},
		{"two documents", "a: 1\n---\nb: 2\n", "several YAML documents"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := writeFile(t, tc.in, 0o600)
			err := UpdateFile(path, map[string]any{"k": "v"})
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want it to mention %q", err, tc.want)
			}
			b, _ := os.ReadFile(path)
			if string(b) != tc.in {
				t.Errorf("file changed on error:\n%s", b)
			}
		})
	}
	if err := UpdateFile(filepath.Join(t.TempDir(), "missing.yaml"), map[string]any{"k": 1}); err == nil {
		t.Error("missing file: no error")
	}
}

func TestUpdateFileFollowsSymlink(t *testing.T) {
	target := writeFile(t, "a: 1\n", 0o600)
	link := filepath.Join(t.TempDir(), "link.yaml")
	if err := os.Symlink(target, link); err != nil {
		t.Skip(err)
	}
	if err := UpdateFile(link, map[string]any{"b": 2}); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("symlink replaced by a file: %v %v", fi, err)
	}
	b, _ := os.ReadFile(target)
	if string(b) != "a: 1\nb: 2\n" {
		t.Errorf("target = %q", b)
	}
}
