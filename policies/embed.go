// Package policies holds the claims policy bundle: Rego packages under
// claims/ (with their *_test.rego tests), plan documents under
// plans/<plan id>/data.json, the provider directory under providers/ and
// the fraud signal scores under fraud/,
// laid out as an OPA bundle so that `opa eval -b policies/` sees what the
// engine sees (with the cms.* built-ins of adjudicator/cms registered). A
// directory's data.json is the document at that path:
// plans/medicare/data.json is data.plans.medicare. The CMS tables under
// reference/cms are not part of the bundle: they reach the rules as
// built-in functions (adjudicator/cms). The typical minutes per code under
// reference/minutes are (data.reference.minutes): the engine reads them
// from the bundle for the IMPOSSIBLE_DAY counters, so the policy hash
// covers them.
package policies

import (
	"crypto/sha256"
	"embed"
	"encoding/binary"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
)

//go:embed claims plans providers fraud reference/minutes
var embedded embed.FS

// FS returns the embedded policy tree, tests included.
func FS() fs.FS { return embedded }

// File is one file of a policy bundle; Path is slash-separated and relative
// to the bundle root.
type File struct {
	Path string
	Data []byte
}

// IsModule reports whether the file is a Rego module of the bundle (tests
// are not).
func (f File) IsModule() bool { return isModule(f.Path) }

// IsData reports whether the file is a data document.
func (f File) IsData() bool { return path.Base(f.Path) == "data.json" }

func isModule(p string) bool {
	return strings.HasSuffix(p, ".rego") && !strings.HasSuffix(p, "_test.rego")
}

// Files returns the bundle files of fsys (nil means the embedded tree),
// sorted by path: every Rego module except *_test.rego, and every
// data.json. Anything else (tests, notices, READMEs) is not part of what
// the rules evaluate, so it is left out of the bundle and its hash.
func Files(fsys fs.FS) ([]File, error) {
	if fsys == nil {
		fsys = embedded
	}
	var files []File
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !(isModule(p) || path.Base(p) == "data.json") {
			return nil
		}
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		files = append(files, File{Path: p, Data: b})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("policies: read bundle: %w", err)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("policies: no .rego or data.json files in the bundle")
	}
	sort.Slice(files, func(i, j int) bool { return files[i].Path < files[j].Path })
	return files, nil
}

// Hash is the policy bundle hash: SHA-256 over the files sorted by path,
// each as length-prefixed path then length-prefixed content, so no two
// different bundles (a file renamed, content moved between files) can
// encode to the same bytes. Any change to a rule or a plan changes it.
func Hash(files []File) [32]byte {
	sorted := append([]File(nil), files...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Path < sorted[j].Path })
	h := sha256.New()
	var n [8]byte
	for _, f := range sorted {
		binary.BigEndian.PutUint64(n[:], uint64(len(f.Path)))
		h.Write(n[:])
		h.Write([]byte(f.Path))
		binary.BigEndian.PutUint64(n[:], uint64(len(f.Data)))
		h.Write(n[:])
		h.Write(f.Data)
	}
	var sum [32]byte
	h.Sum(sum[:0])
	return sum
}
