// Package analysts keeps the fraud analysts' identities: one go-ethereum keystore file per
// analyst, <name>.json, in one directory (the config's analysts_dir). The keystore's passphrase
// is the analyst's console password: decrypting the keystore is the password check, and what it
// yields is the key the analyst's decisions are signed with.
package analysts

import (
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"
)

// MinPassword is the shortest password Create accepts.
const MinPassword = 12

// ErrBadLogin is the one answer to an unknown name and a wrong password alike, so that a login
// form does not tell which analysts exist.
var ErrBadLogin = errors.New("unknown analyst or wrong password")

var namePattern = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]{0,62}$`)

// CheckName accepts lower-case names of letters, digits, dots, dashes and underscores, at
// most 63 long, starting with a letter or digit: a file name on every system, never a path.
func CheckName(name string) error {
	if !namePattern.MatchString(name) {
		return fmt.Errorf("analyst name %q: want 1 to 63 of a-z, 0-9, '.', '_', '-', starting with a letter or digit", name)
	}
	return nil
}

// Dir is a directory of analysts' keystores.
type Dir struct {
	path string
	// scryptN and scryptP are the keystore's KDF cost for new analysts.
	scryptN, scryptP int
}

// Option configures a Dir.
type Option func(*Dir)

// WithLightScrypt makes new keystores cheap to unlock: for tests and dev chains only.
func WithLightScrypt() Option {
	return func(d *Dir) { d.scryptN, d.scryptP = keystore.LightScryptN, keystore.LightScryptP }
}

// Open returns the directory at path; it must exist.
func Open(path string, opts ...Option) (*Dir, error) {
	if path == "" {
		return nil, errors.New("analysts_dir is not set: it names the directory of the analysts' keystores")
	}
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("analysts_dir: %w", err)
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("analysts_dir %s is not a directory", path)
	}
	d := &Dir{path: path, scryptN: keystore.StandardScryptN, scryptP: keystore.StandardScryptP}
	for _, o := range opts {
		o(d)
	}
	return d, nil
}

// Path is the directory.
func (d *Dir) Path() string { return d.path }

func (d *Dir) file(name string) string { return filepath.Join(d.path, name+".json") }

// Analyst is one analyst: a name and the address their decisions are signed by.
type Analyst struct {
	Name    string         `json:"name"`
	Address common.Address `json:"address"`
}

// Create makes a new key for name, encrypted under password, and writes it to <name>.json
// (mode 0600); it refuses a name that has one.
func (d *Dir) Create(name, password string) (Analyst, error) {
	if err := CheckName(name); err != nil {
		return Analyst{}, err
	}
	if len(password) < MinPassword {
		return Analyst{}, fmt.Errorf("the password must be at least %d characters long", MinPassword)
	}
	priv, err := crypto.GenerateKey()
	if err != nil {
		return Analyst{}, fmt.Errorf("generate key: %w", err)
	}
	id, err := uuid.NewRandom()
	if err != nil {
		return Analyst{}, err
	}
	key := &keystore.Key{Id: id, Address: crypto.PubkeyToAddress(priv.PublicKey), PrivateKey: priv}
	blob, err := keystore.EncryptKey(key, password, d.scryptN, d.scryptP)
	if err != nil {
		return Analyst{}, fmt.Errorf("encrypt keystore: %w", err)
	}
	f, err := os.OpenFile(d.file(name), os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, fs.ErrExist) {
		return Analyst{}, fmt.Errorf("analyst %s exists already (%s)", name, d.file(name))
	}
	if err != nil {
		return Analyst{}, err
	}
	if _, err := f.Write(blob); err != nil {
		_ = f.Close()
		return Analyst{}, fmt.Errorf("write %s: %w", d.file(name), err)
	}
	if err := f.Close(); err != nil {
		return Analyst{}, fmt.Errorf("write %s: %w", d.file(name), err)
	}
	return Analyst{Name: name, Address: key.Address}, nil
}

// List returns every analyst in the directory, by name; a file that is not a keystore is an
// error, so a stray file is noticed.
func (d *Dir) List() ([]Analyst, error) {
	ents, err := os.ReadDir(d.path)
	if err != nil {
		return nil, fmt.Errorf("analysts_dir: %w", err)
	}
	out := []Analyst{}
	for _, e := range ents {
		name, ok := strings.CutSuffix(e.Name(), ".json")
		if e.IsDir() || !ok || CheckName(name) != nil {
			continue
		}
		a, err := d.Lookup(name)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

// Retire moves name's keystore out of the directory's analysts, to NAME.json.retired-UNIXTIME
// beside it: the analyst can no longer log in, and the key is kept (it signed resolutions on
// chain, which name its address).
func (d *Dir) Retire(name string, now time.Time) (string, error) {
	if err := CheckName(name); err != nil {
		return "", err
	}
	to := fmt.Sprintf("%s.retired-%d", d.file(name), now.Unix())
	if err := os.Rename(d.file(name), to); err != nil {
		return "", fmt.Errorf("analyst %s: %w", name, err)
	}
	return to, nil
}

// Lookup reads name's address from the clear part of their keystore; no password needed.
func (d *Dir) Lookup(name string) (Analyst, error) {
	if err := CheckName(name); err != nil {
		return Analyst{}, err
	}
	blob, err := os.ReadFile(d.file(name))
	if err != nil {
		return Analyst{}, fmt.Errorf("analyst %s: %w", name, err)
	}
	var k struct {
		Address string `json:"address"`
	}
	if err := json.Unmarshal(blob, &k); err != nil || !common.IsHexAddress(k.Address) {
		return Analyst{}, fmt.Errorf("analyst %s: %s is not a keystore file", name, d.file(name))
	}
	return Analyst{Name: name, Address: common.HexToAddress(k.Address)}, nil
}

// Unlock decrypts name's keystore with password. An unknown name and a wrong password are both
// ErrBadLogin; other failures (an unreadable file) are returned as they are.
func (d *Dir) Unlock(name, password string) (Analyst, *ecdsa.PrivateKey, error) {
	if CheckName(name) != nil {
		return Analyst{}, nil, ErrBadLogin
	}
	blob, err := os.ReadFile(d.file(name))
	if errors.Is(err, fs.ErrNotExist) {
		return Analyst{}, nil, ErrBadLogin
	}
	if err != nil {
		return Analyst{}, nil, fmt.Errorf("analyst %s: %w", name, err)
	}
	key, err := keystore.DecryptKey(blob, password)
	if errors.Is(err, keystore.ErrDecrypt) {
		return Analyst{}, nil, ErrBadLogin
	}
	if err != nil {
		return Analyst{}, nil, fmt.Errorf("analyst %s: %w", name, err)
	}
	return Analyst{Name: name, Address: key.Address}, key.PrivateKey, nil
}
