// Package accesslog puts every look at a claim's details on the audit trail: who looked (an
// analyst's or operator's address, or a provider's keyed hash), at which claim (its keyed claim
// key), when and why (a purpose code), on chain in the AccessLog contract.
//
// A look is durable before the details are shown: Recorder writes it to the access topic
// (config access_topic, "claims.access") synchronously, and a caller that cannot record a look
// refuses to show the details (the API answers 503, a command fails). Flusher, run by
// `claims serve`, reads the topic and writes what accumulated to the AccessLog every
// interval, one transaction per partition. The contract keeps a watermark per partition and
// accepts a batch only if it starts there, so a look is recorded on chain exactly once whatever
// crashes, restarts or second flusher come between: the flusher always resumes from the chain's
// watermark, never from a Kafka offset.
//
// The topic is plaintext JSON: a look holds nothing that is not public once it is on chain
// (keyed hashes, codes and a time; no claim id, member id, NPI, name, code or free text).
package accesslog
