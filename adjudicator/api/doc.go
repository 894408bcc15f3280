// Package api is the providers' HTTP API that `claims serve` offers at api_addr: claims in
// (native JSON, FHIR R4 and X12 837, each decoded by a Decoder for its media type), with API key
// authentication, per-provider authorization and rate limits, and an OpenAPI 3.1 document
// generated from the Go types by huma.
//
// Why huma: it derives the OpenAPI document and RFC 9457 problem+json errors from the handler
// types, on net/http's ServeMux, with nothing generated to keep in step. Rate limits are
// go-chi/httprate's sliding window, keyed by the authenticated provider.
//
// Nothing here logs or puts in a metric label a claim id, member id, code or any other field of
// a claim: logs name a request by route and provider NPI, metrics by route pattern, format and
// result.
package api
