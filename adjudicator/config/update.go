package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"

	goyaml "go.yaml.in/yaml/v3"
)

// UpdateFile sets top-level keys of the YAML file at path to values and leaves everything
// else as it was: comments, key order, the keys it does not name, and the file's mode. A key
// already in the file keeps its place and its comments; a new key is added at the end, new keys
// in sorted order. What `claims deploy` uses to record the addresses it deployed into the
// operator's own config.
//
// Keys are flat (the YAML spelling: "settlement_address"), not dotted paths. Values are encoded
// as YAML would encode them (strings quoted only when they would otherwise read back as another
// type). The file is rewritten through a temporary file in its directory and renamed into place,
// so a crash leaves the old file or the new one, never half of one; a symlink is followed and
// its target replaced. Indentation follows the file's own (detected from its first nested
// block); other whitespace, such as alignment of comments, is re-rendered.
func UpdateFile(path string, values map[string]any) error {
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		return fmt.Errorf("update config: %w", err)
	}
	info, err := os.Stat(real)
	if err != nil {
		return fmt.Errorf("update config: %w", err)
	}
	src, err := os.ReadFile(real)
	if err != nil {
		return fmt.Errorf("update config: %w", err)
	}
	out, err := updateYAML(src, values)
	if err != nil {
		return fmt.Errorf("update config %s: %w", path, err)
	}
	if err := replaceFile(real, out, info.Mode().Perm()); err != nil {
		return fmt.Errorf("update config: %w", err)
	}
	return nil
}

// updateYAML is UpdateFile on bytes.
func updateYAML(src []byte, values map[string]any) ([]byte, error) {
	var doc goyaml.Node
	dec := goyaml.NewDecoder(bytes.NewReader(src))
	if err := dec.Decode(&doc); err != nil && !errors.Is(err, io.EOF) {
		return nil, err
	}
	// Writing back only the first of several documents would drop the others.
	var more goyaml.Node
	if err := dec.Decode(&more); !errors.Is(err, io.EOF) {
		return nil, errors.New("holds several YAML documents; keep the config in one")
	}
	var prefix []byte
	switch {
	case doc.Kind == 0:
		// Empty, or comments only: the decoder drops those comments, so keep the text as it
		// is and add the keys after it.
		if prefix = bytes.TrimRight(src, " \t\r\n"); len(prefix) > 0 {
			prefix = append(prefix, '\n')
		}
		doc = goyaml.Node{Kind: goyaml.DocumentNode, Content: []*goyaml.Node{{Kind: goyaml.MappingNode, Tag: "!!map"}}}
	case doc.Kind != goyaml.DocumentNode || len(doc.Content) != 1:
		return nil, errors.New("not a single YAML document")
	}
	root := doc.Content[0]
	if root.Kind == goyaml.ScalarNode && root.Tag == "!!null" {
		*root = goyaml.Node{Kind: goyaml.MappingNode, Tag: "!!map", HeadComment: root.HeadComment, FootComment: root.FootComment}
	}
	if root.Kind != goyaml.MappingNode {
		return nil, fmt.Errorf("top level is not a mapping of keys to values (line %d)", root.Line)
	}
	indent, compactSeq := layoutOf(root)

	keys := make([]string, 0, len(values))
	for k := range values {
		if k == "" {
			return nil, errors.New("empty key")
		}
		keys = append(keys, k)
	}
	slices.Sort(keys)
	// A comment after the last key (notes at the end of the file) belongs at the end, after
	// any key added below.
	var tail string
	if n := len(root.Content); n >= 2 {
		last := root.Content[n-2]
		tail, last.FootComment = last.FootComment, ""
	}
	for _, k := range keys {
		var v goyaml.Node
		if err := v.Encode(values[k]); err != nil {
			return nil, fmt.Errorf("key %s: %w", k, err)
		}
		if i := findKey(root, k); i >= 0 {
			old := root.Content[i+1]
			v.HeadComment, v.LineComment, v.FootComment = old.HeadComment, old.LineComment, old.FootComment
			if old.Kind == goyaml.ScalarNode && v.Kind == goyaml.ScalarNode && v.Tag == "!!str" && old.Tag == "!!str" {
				// Keep the file's quoting of this value; the encoder still quotes when it must.
				v.Style = old.Style &^ goyaml.TaggedStyle
			}
			root.Content[i+1] = &v
			continue
		}
		root.Content = append(root.Content, &goyaml.Node{Kind: goyaml.ScalarNode, Tag: "!!str", Value: k}, &v)
	}
	if tail != "" {
		root.Content[len(root.Content)-2].FootComment = tail
	}

	buf := bytes.NewBuffer(prefix)
	enc := goyaml.NewEncoder(buf)
	enc.SetIndent(indent)
	if compactSeq {
		enc.CompactSeqIndent()
	}
	if err := enc.Encode(&doc); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// findKey returns the index of key k among the mapping's contents, or -1. A key written twice
// (which YAML forbids but some files have) is found at its last place, the one a reader keeps.
func findKey(m *goyaml.Node, k string) int {
	found := -1
	for i := 0; i+1 < len(m.Content); i += 2 {
		if c := m.Content[i]; c.Kind == goyaml.ScalarNode && c.Value == k {
			found = i
		}
	}
	return found
}

// layoutOf reads how the file indents: the columns between a key and its first nested key, and
// whether a block sequence's dashes sit at its key's column ("compact") or are indented. Four
// spaces (what yaml.Marshal writes, as `claims devnet` does) and indented sequences when the
// file has no nested block to tell.
func layoutOf(root *goyaml.Node) (indent int, compactSeq bool) {
	indent = -1
	seqKnown := false
	var walk func(m *goyaml.Node)
	walk = func(m *goyaml.Node) {
		for i := 0; i+1 < len(m.Content); i += 2 {
			k, v := m.Content[i], m.Content[i+1]
			if v.Style&goyaml.FlowStyle != 0 || len(v.Content) == 0 {
				continue
			}
			first := v.Content[0]
			switch v.Kind {
			case goyaml.MappingNode:
				if indent < 0 && first.Column > k.Column {
					indent = first.Column - k.Column
				}
				walk(v)
			case goyaml.SequenceNode:
				if !seqKnown {
					seqKnown, compactSeq = true, first.Column-2 <= k.Column
				}
			}
		}
	}
	walk(root)
	if indent < 2 || indent > 9 {
		indent = 4
	}
	return indent, compactSeq
}

// replaceFile writes data beside path and renames it over path with mode perm.
func replaceFile(path string, data []byte, perm os.FileMode) (err error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			_ = f.Close()
			_ = os.Remove(f.Name())
		}
	}()
	if err = f.Chmod(perm); err != nil {
		return err
	}
	if _, err = f.Write(data); err != nil {
		return err
	}
	if err = f.Sync(); err != nil {
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}
