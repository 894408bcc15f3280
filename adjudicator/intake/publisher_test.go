package intake_test

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"maps"
	"strconv"
	"testing"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/intake"
	"github.com/claimsledger/claims/adjudicator/intake/kafkatest"
	"github.com/segmentio/kafka-go"
)

// TestPublisherRoundTrip: decisions and dead letters read back with ReadAll
// carry the documented keys, values and headers; one member's decisions
// share a partition and keep their order; dead letters keep their original
// bytes, invalid UTF-8 included.
func TestPublisherRoundTrip(t *testing.T) {
	b := kafkatest.New(t, 4)
	ctx, cancel := context.WithTimeout(context.Background(), hung)
	defer cancel()
	pub, err := intake.NewPublisher(b.Addrs(), intake.WithLogger(testLogger(t)))
	if err != nil {
		t.Fatal(err)
	}
	defer pub.Close()

	members := []adjudicator.Hash{{1, 2, 3}, {0xff, 0xee}}
	batch := adjudicator.BatchRef{Partition: 3, From: 40, To: 52}
	var recs []adjudicator.Published
	for i := range 12 {
		recs = append(recs, adjudicator.Published{
			Source:    adjudicator.Position{Partition: 3, Offset: 40 + int64(i)},
			Batch:     batch,
			MemberKey: members[i%2],
			Record:    fmt.Appendf(nil, `{"claim":%d}`, i),
		})
	}
	if err := pub.PublishDecisions(ctx, recs); err != nil {
		t.Fatal(err)
	}
	dls := []adjudicator.DeadLetter{
		{Source: adjudicator.Position{Partition: 1, Offset: 7}, Key: []byte("member-x"), Value: []byte{0xff, 0x00, 0xfe, '{'}, Reason: "decode: invalid character"},
		{Source: adjudicator.Position{Partition: 2, Offset: 9}, Key: []byte("member-y"), Value: []byte("not json"), Reason: "rules: no plan"},
	}
	if err := pub.PublishDeadLetters(ctx, dls); err != nil {
		t.Fatal(err)
	}
	if err := pub.PublishDecisions(ctx, nil); err != nil {
		t.Fatalf("empty publish: %v", err)
	}

	got, err := intake.ReadAll(ctx, b.Addrs(), intake.DefaultDecisionsTopic)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(recs) {
		t.Fatalf("read %d decisions, want %d", len(got), len(recs))
	}
	partitionOf := map[string]int32{}
	next := map[string]int64{}
	for _, g := range got {
		i, err := strconv.Atoi(g.Headers[intake.HeaderSourceOffset])
		if err != nil {
			t.Fatalf("decision %d/%d: source offset header %q", g.Partition, g.Offset, g.Headers[intake.HeaderSourceOffset])
		}
		want := recs[i-40]
		wantHeaders := map[string]string{
			intake.HeaderSourcePartition: "3",
			intake.HeaderSourceOffset:    strconv.Itoa(i),
			intake.HeaderBatchPartition:  "3",
			intake.HeaderBatchFrom:       "40",
			intake.HeaderBatchTo:         "52",
		}
		if !maps.Equal(g.Headers, wantHeaders) {
			t.Errorf("decision for offset %d: headers %v, want %v", i, g.Headers, wantHeaders)
		}
		key := hex.EncodeToString(want.MemberKey[:])
		if string(g.Key) != key || !bytes.Equal(g.Value, want.Record) {
			t.Errorf("decision for offset %d: %q=%q, want %q=%q", i, g.Key, g.Value, key, want.Record)
		}
		if p, ok := partitionOf[key]; ok && p != g.Partition {
			t.Errorf("member %s decisions on partitions %d and %d", key, p, g.Partition)
		}
		partitionOf[key] = g.Partition
		// ReadAll returns a partition in offset order: a member's source
		// offsets must come out increasing.
		if int64(i) < next[key] {
			t.Errorf("member %s: decision for offset %d after %d", key, i, next[key]-1)
		}
		next[key] = int64(i) + 1
	}

	dead, err := intake.ReadAll(ctx, b.Addrs(), intake.DefaultDeadLetterTopic)
	if err != nil {
		t.Fatal(err)
	}
	if len(dead) != len(dls) {
		t.Fatalf("read %d dead letters, want %d", len(dead), len(dls))
	}
	for _, d := range dead {
		var want adjudicator.DeadLetter
		for _, w := range dls {
			if string(w.Key) == string(d.Key) {
				want = w
			}
		}
		wantHeaders := map[string]string{
			intake.HeaderSourcePartition:  strconv.Itoa(int(want.Source.Partition)),
			intake.HeaderSourceOffset:     strconv.FormatInt(want.Source.Offset, 10),
			intake.HeaderDeadLetterReason: want.Reason,
		}
		if !bytes.Equal(d.Value, want.Value) || !maps.Equal(d.Headers, wantHeaders) {
			t.Errorf("dead letter %q: value %x headers %v, want %x %v", d.Key, d.Value, d.Headers, want.Value, wantHeaders)
		}
	}
}

// TestReadAllEmptyAndGrowing: ReadAll of an empty topic returns nothing
// (without waiting for messages), and of a topic with some partitions empty
// returns exactly what was produced.
func TestReadAllEmptyAndGrowing(t *testing.T) {
	b := kafkatest.New(t, 8)
	ctx, cancel := context.WithTimeout(context.Background(), hung)
	defer cancel()
	recs, err := intake.ReadAll(ctx, b.Addrs(), intake.DefaultInputTopic)
	if err != nil || len(recs) != 0 {
		t.Fatalf("empty topic: %d records, err %v", len(recs), err)
	}
	produce(t, b.Addrs(), 5, 1) // one member: one partition, seven empty
	recs, err = intake.ReadAll(ctx, b.Addrs(), intake.DefaultInputTopic)
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 5 {
		t.Fatalf("read %d records, want 5", len(recs))
	}
	for i, r := range recs {
		c, err := parseClaim(r.Value)
		if err != nil || c.seq != i || r.Offset != int64(i) || r.Partition != recs[0].Partition {
			t.Errorf("record %d: %d/%d %q (err %v)", i, r.Partition, r.Offset, r.Value, err)
		}
	}
	if _, err := intake.ReadAll(ctx, b.Addrs(), "no.such.topic"); !errors.Is(err, kafka.UnknownTopicOrPartition) {
		t.Errorf("ReadAll of a missing topic: err %v, want UnknownTopicOrPartition", err)
	}
}

// TestCreateTopics: on a three-broker cluster (the controller is not
// necessarily the bootstrap broker), topics are created with the asked
// partition count, a second call is a no-op, and the topics are usable.
func TestCreateTopics(t *testing.T) {
	b, err := kafkatest.Start(kafkatest.Options{Brokers: 3, Topics: []string{}})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	ctx, cancel := context.WithTimeout(context.Background(), hung)
	defer cancel()
	for range 2 {
		if err := intake.CreateTopics(ctx, b.Addrs(), 3, "t.one", "t.two"); err != nil {
			t.Fatal(err)
		}
	}
	if err := intake.CreateTopics(ctx, b.Addrs(), 0, "t.three"); err == nil {
		t.Error("CreateTopics accepted 0 partitions")
	}

	p, err := intake.NewProducer(b.Addrs(), intake.WithInputTopic("t.two"), intake.WithLogger(testLogger(t)))
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	var subs []intake.Submission
	for i := range 30 {
		subs = append(subs, intake.Submission{Key: fmt.Appendf(nil, "m%d", i), Value: []byte("v")})
	}
	if err := p.Submit(ctx, subs...); err != nil {
		t.Fatal(err)
	}
	if err := p.Submit(ctx, intake.Submission{Value: []byte("no key")}); err == nil {
		t.Error("Submit accepted a claim without a member key")
	}
	counts := perPartition(t, b.Addrs(), "t.two")
	total := 0
	for part, n := range counts {
		if part < 0 || part > 2 {
			t.Errorf("record on partition %d of a 3-partition topic", part)
		}
		total += n
	}
	if total != 30 || len(counts) != 3 {
		t.Errorf("read %d records over partitions %v, want 30 over 3", total, counts)
	}
}
