package console

import (
	"bytes"
	"fmt"
	"html/template"
	"net/http"
	"strconv"
	"strings"

	"github.com/claimsledger/claims/adjudicator"
)

var pageNames = []string{"login", "queue", "claim", "trace", "dashboard", "error"}

func parsePages() (map[string]*template.Template, error) {
	funcs := template.FuncMap{"dollars": dollars, "pos": posString, "add": func(a, b int) int { return a + b }}
	out := map[string]*template.Template{}
	for _, p := range pageNames {
		t, err := template.New("layout.html").Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/"+p+".html")
		if err != nil {
			return nil, fmt.Errorf("console: template %s: %w", p, err)
		}
		out[p] = t
	}
	return out, nil
}

// view is what the layout renders around a page.
type view struct {
	Title  string
	Who    who
	Flash  string
	Prefix string
	Page   string
	Data   any
}

// render writes page with the layout; a template error is a 500 with nothing half-written.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, page string, u who, title string, data any) {
	v := view{Title: title, Who: u, Prefix: Prefix, Page: page, Data: data}
	if u.Name != "" {
		v.Flash = s.sessions.PopString(r.Context(), keyFlash)
	}
	var buf bytes.Buffer
	if err := s.pages[page].ExecuteTemplate(&buf, "layout.html", v); err != nil {
		s.log.Error("render page", "page", page, "err", err)
		http.Error(w, "the page could not be rendered", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	_, _ = buf.WriteTo(w)
}

// fail renders a page that says what went wrong, with status.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, status int, u who, msg string) {
	s.render(w, r, status, "error", u, http.StatusText(status), msg)
}

// dollars formats integer cents as $1,234.56, without floats.
func dollars(cents int64) string {
	sign := ""
	if cents < 0 {
		sign, cents = "-", -cents
	}
	whole := strconv.FormatInt(cents/100, 10)
	var b strings.Builder
	for i, c := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return fmt.Sprintf("%s$%s.%02d", sign, b.String(), cents%100)
}

// posString names a claim in the console's URLs by its input position, P-O: it leads to the
// decision record without saying anything about the member.
func posString(p adjudicator.Position) string { return fmt.Sprintf("%d-%d", p.Partition, p.Offset) }

func parsePos(s string) (adjudicator.Position, bool) {
	ps, os, ok := strings.Cut(s, "-")
	p, perr := strconv.ParseInt(ps, 10, 32)
	o, oerr := strconv.ParseInt(os, 10, 64)
	if !ok || perr != nil || oerr != nil || p < 0 || o < 0 {
		return adjudicator.Position{}, false
	}
	return adjudicator.Position{Partition: int32(p), Offset: o}, true
}

// parseCents reads a dollar amount such as 1200, 1,200.5 or 1200.50 into cents, without floats.
func parseCents(s string) (int64, error) {
	s = strings.TrimPrefix(strings.ReplaceAll(strings.TrimSpace(s), ",", ""), "$")
	if s == "" {
		return 0, nil
	}
	whole, frac, _ := strings.Cut(s, ".")
	if len(frac) > 2 || whole == "" && frac == "" {
		return 0, fmt.Errorf("%q is not an amount in dollars and cents", s)
	}
	w, err := strconv.ParseInt(orZero(whole), 10, 64)
	if err != nil || w < 0 || w > 1<<40 {
		return 0, fmt.Errorf("%q is not an amount in dollars and cents", s)
	}
	f, err := strconv.ParseInt((frac + "00")[:2], 10, 64)
	if err != nil || f < 0 {
		return 0, fmt.Errorf("%q is not an amount in dollars and cents", s)
	}
	return w*100 + f, nil
}

func orZero(s string) string {
	if s == "" {
		return "0"
	}
	return s
}
