// Package adjudicator is the claims engine core: the claim and decision
// records, the interfaces the engine consumes (intake, eligibility, rules,
// settlement, publication), and the Engine that ties them together.
//
// The core imports none of kafka-go, go-redis, go-ethereum or OPA; each of
// those lives in its own adapter package below this one, and the in-memory
// testkit package provides doubles for core tests.
package adjudicator
