package cms

import (
	"bufio"
	"compress/gzip"
	"crypto/sha256"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"
	"sync"
)

// RowError is a malformed row (or header) of a table file.
type RowError struct {
	// File is the path within the loaded file system.
	File string
	// Line is 1-based; the header of a file without title lines is line 1.
	Line int
	Err  error
}

func (e *RowError) Error() string { return fmt.Sprintf("%s line %d: %v", e.File, e.Line, e.Err) }

func (e *RowError) Unwrap() error { return e.Err }

func rowErr(line int, format string, args ...any) error {
	return &RowError{Line: line, Err: fmt.Errorf(format, args...)}
}

// readFile opens name (gunzipping a .gz) and hands it to load, and
// returns the SHA-256 of the file as stored. Errors name the file: a
// RowError gets its File filled in, anything else is wrapped.
func readFile(fsys fs.FS, name string, load func(io.Reader) error) ([sha256.Size]byte, error) {
	var sum [sha256.Size]byte
	f, err := fsys.Open(name)
	if err != nil {
		return sum, err // fs errors already carry the path
	}
	defer f.Close()
	h := sha256.New()
	raw := io.TeeReader(f, h)
	var r io.Reader = bufio.NewReaderSize(raw, 1<<16)
	if strings.HasSuffix(name, ".gz") {
		gz, err := gzip.NewReader(r)
		if err != nil {
			return sum, fmt.Errorf("%s: gunzip: %w", name, err)
		}
		ra := newReadAhead(gz)
		err = load(ra)
		ra.Close() // before raw is read here: the read-ahead goroutine reads it too
		if err == nil {
			err = gz.Close()
		}
		if err != nil {
			return sum, fileErr(name, err)
		}
	} else if err := load(r); err != nil {
		return sum, fileErr(name, err)
	}
	// The digest covers every byte, including any the parser had no
	// need to read (bufio's buffer holds only bytes already hashed).
	if _, err := io.Copy(io.Discard, raw); err != nil {
		return sum, fmt.Errorf("%s: %w", name, err)
	}
	h.Sum(sum[:0])
	return sum, nil
}

func fileErr(name string, err error) error {
	var re *RowError
	if errors.As(err, &re) && re.File == "" {
		re.File = name
		return err
	}
	return fmt.Errorf("%s: %w", name, err)
}

// columns maps header names to positions. want lists the columns a table
// needs; matching is on the trimmed, lower-cased name, or on a prefix for
// names that carry a year or a remark ("2025 PW GPCI (with 1.0 Floor)").
func columns(line int, header []string, want ...string) ([]int, error) {
	idx := make([]int, len(want))
	for i, w := range want {
		idx[i] = -1
		for j, h := range header {
			if headerMatches(h, w) {
				idx[i] = j
				break
			}
		}
		if idx[i] < 0 {
			return nil, rowErr(line, "header has no %q column (header: %s)", w, strings.Join(header, ","))
		}
	}
	return idx, nil
}

func headerMatches(h, want string) bool {
	h = strings.ToLower(strings.TrimSpace(h))
	if strings.HasSuffix(want, "*") {
		return strings.Contains(h, strings.TrimSuffix(want, "*"))
	}
	return h == want
}

// csvRows iterates the records of a small CSV file with their line
// numbers. Rows may differ in length: CMS files carry title and footnote
// lines with fewer cells.
func csvRows(r io.Reader, each func(line int, rec []string) error) error {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return rowErr(pe.Line, "%v", pe.Err)
			}
			return err
		}
		line, _ := cr.FieldPos(0)
		if err := each(line, rec); err != nil {
			return err
		}
	}
}

// field returns rec[i] trimmed, or "" past the end of a short row.
func field(rec []string, i int) string {
	if i < len(rec) {
		return strings.TrimSpace(rec[i])
	}
	return ""
}

// readAhead runs a reader (a gzip stream) in its own goroutine, a chunk
// ahead of the consumer, so decompressing the PTP file overlaps parsing
// it: about a quarter off its load time on two cores.
type readAhead struct {
	full  chan chunk
	free  chan []byte
	done  chan struct{}
	exit  chan struct{}
	cur   []byte
	held  []byte
	err   error
	close sync.Once
}

type chunk struct {
	b   []byte
	err error
}

const (
	readAheadChunk  = 1 << 20
	readAheadChunks = 4
)

func newReadAhead(r io.Reader) *readAhead {
	ra := &readAhead{
		full: make(chan chunk, readAheadChunks),
		free: make(chan []byte, readAheadChunks+1),
		done: make(chan struct{}),
		exit: make(chan struct{}),
	}
	for range readAheadChunks + 1 {
		ra.free <- make([]byte, readAheadChunk)
	}
	go func() {
		defer close(ra.exit)
		defer close(ra.full)
		for {
			var buf []byte
			select {
			case buf = <-ra.free:
			case <-ra.done:
				return
			}
			n, err := io.ReadFull(r, buf)
			if errors.Is(err, io.ErrUnexpectedEOF) {
				err = io.EOF
			}
			select {
			case ra.full <- chunk{buf[:n], err}:
			case <-ra.done:
				return
			}
			if err != nil {
				return
			}
		}
	}()
	return ra
}

func (ra *readAhead) Read(p []byte) (int, error) {
	for len(ra.cur) == 0 {
		if ra.err != nil {
			return 0, ra.err
		}
		if ra.held != nil {
			ra.free <- ra.held[:cap(ra.held)]
			ra.held = nil
		}
		c, ok := <-ra.full
		if !ok {
			return 0, io.EOF
		}
		ra.cur, ra.held, ra.err = c.b, c.b, c.err
	}
	n := copy(p, ra.cur)
	ra.cur = ra.cur[n:]
	return n, nil
}

// Close stops the goroutine and waits for it to finish its current read;
// the underlying reader is the caller's again.
func (ra *readAhead) Close() error {
	ra.close.Do(func() { close(ra.done) })
	<-ra.exit
	return nil
}
