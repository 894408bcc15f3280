// Package cmsdata embeds the slice of the CMS reference tables that ships
// with the binary for `claims demo` (see NOTICE.md): the NCCI PTP and MUE
// rows and fee schedule rows for the codes the bundled Tuva sample claims
// bill, and every GPCI locality. It lives here, beside the files, because
// go:embed cannot reach into other directories; adjudicator/cms loads it
// (cms.Bundled) and generates it (go test ./adjudicator/cms -run
// TestBundled -update).
package cmsdata

import (
	"embed"
	"io/fs"
)

//go:embed NOTICE.md ncci mpfs
var files embed.FS

// FS returns the embedded files, laid out like the shared reference data:
// ncci/ and mpfs/ at the root.
func FS() fs.FS { return files }
