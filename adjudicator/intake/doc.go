// Package intake is the Kafka adapter of the adjudicator: it implements
// adjudicator.Intake with a kafka-go consumer group, adjudicator.Publisher
// with a kafka-go writer, and the producer, topic and audit helpers the
// claims command needs.
//
// Topics:
//
//	claims.submitted   input; key = member key, value = the claim document
//	claims.decisions   one record per decided claim; key = hex of the member key
//	claims.deadletter  undecodable input, original key and bytes, plus a reason
//
// Every producer in this package uses the same key hash (see [Balancer]), so
// one member's claims land on one partition, in order, and so do that
// member's decisions.
//
// Offsets are committed only by the engine, after settlement and publication
// succeeded; nothing here commits on its own. Delivery is at least once; the
// chain's per-partition watermark turns that into exactly-once settlement.
//
// The devkafka subpackage runs a real Kafka protocol server (kfake) in
// process, for the embedded demo and devnet; kafkatest is its test helper.
package intake
