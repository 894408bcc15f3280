package api

import (
	"errors"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

type metrics struct {
	requests *prometheus.CounterVec
	latency  *prometheus.HistogramVec
	intake   *prometheus.CounterVec
	// accessRefused counts requests whose claim details were refused because their look could
	// not be put on the audit trail.
	accessRefused *prometheus.CounterVec
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	m := &metrics{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "claims_api_requests_total", Help: "HTTP API requests by route pattern and status code.",
		}, []string{"route", "code"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "claims_api_request_seconds", Help: "HTTP API request latency by route pattern.",
			Buckets: prometheus.ExponentialBuckets(0.001, 2, 16),
		}, []string{"route"}),
		intake: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "claims_intake_total", Help: "Claims submitted over the API by format (native, fhir, x12) and result (accepted, rejected, resubmission, forbidden, body_rejected, unsupported, unavailable).",
		}, []string{"format", "result"}),
		accessRefused: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "claims_api_access_refused_total", Help: "Requests whose claim details were refused (503) because recording the look on the access topic failed, by route pattern.",
		}, []string{"route"}),
	}
	if reg != nil {
		for _, c := range []prometheus.Collector{m.requests, m.latency, m.intake, m.accessRefused} {
			if err := reg.Register(c); err != nil {
				var are prometheus.AlreadyRegisteredError
				if !errors.As(err, &are) {
					return nil, err
				}
			}
		}
	}
	return m, nil
}

type statusWriter struct {
	http.ResponseWriter
	code int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.code == 0 {
		w.code = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.code == 0 {
		w.code = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

// instrument counts requests and times them by route pattern: labels never hold an id.
func (s *Server) instrument(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		next.ServeHTTP(sw, r)
		route := routeOf(r)
		s.m.requests.WithLabelValues(route, strconv.Itoa(max(sw.code, 200))).Inc()
		s.m.latency.WithLabelValues(route).Observe(time.Since(start).Seconds())
	})
}

// routeOf is the route pattern a request falls under: a fixed set, so that a metric label or a
// log line never carries a claim id from a path.
func routeOf(r *http.Request) string {
	p := r.URL.Path
	switch {
	case p == "/v1/claims":
		return r.Method + " /v1/claims"
	case p == "/v1/remittance":
		return "GET /v1/remittance"
	case strings.HasPrefix(p, "/v1/acks/"):
		return "GET /v1/acks/{icn}"
	case p == "/v1/eligibility":
		return "POST /v1/eligibility"
	case strings.HasPrefix(p, "/v1/claims/"):
		return r.Method + " /v1/claims/{id}"
	case strings.HasPrefix(p, "/v1/openapi"):
		return "GET /v1/openapi"
	case p == "/healthz" || p == "/readyz":
		return "GET " + p
	}
	return "other"
}
