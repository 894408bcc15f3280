package elig270

import (
	"strings"
	"time"

	"github.com/claimsledger/claims/adjudicator/x12"
)

// Version is the implementation guide this package reads (270) and writes (271): GS08 and ST03.
const Version = "005010X279A1"

// Inquiry is one patient's eligibility question: a subscriber level (HL 22) that asks for
// itself, or a dependent level (HL 23) under one. It holds health data (member id, names, birth
// date): it must not be logged.
type Inquiry struct {
	// Set is the ordinal position of the 270's ST segment in its interchange, Control its ST02:
	// together they say which transaction set asked, so Write answers each in its own 271 set.
	Set     int
	Control string
	// Reference is BHT03, which the 271 returns in its own BHT03.
	Reference string
	// Interchange is the 270's ISA, for the reply's envelope (ReplyEnvelope).
	Interchange Interchange
	// Delimiters are the 270's; Write answers with them, so that every value echoed reads back
	// as it was sent (a name may hold a character that is a delimiter elsewhere).
	Delimiters x12.Delimiters

	Source     Party  // 2000A/2100A: the information source (payer) the 270 addresses
	Receiver   Party  // 2000B/2100B: the information receiver (provider) asking
	Subscriber Party  // 2000C/2100C
	Dependent  *Party // 2000D/2100D when the patient is a dependent; nil when it is the subscriber

	// MemberID is the subscriber's member id (2100C NM109 with NM108 MI), also when the patient
	// is a dependent: claims.v1 identifies members by the subscriber's id. Empty when the 270
	// sent none (a search by name and birth date, which is not supported) or an id of another
	// kind (NM108 II); Answer then rejects the inquiry with AAA 72.
	MemberID string
	// ReceiverNPI is 2100B NM109 when NM108 is XX, else empty (the receiver used another id).
	ReceiverNPI string
	// From and To (YYYY-MM-DD, inclusive) are the dates asked about: the patient's DTP*291 (D8
	// or RD8), a dependent without one taking the subscriber's, else the day Decode ran.
	From, To string
	// ServiceTypes are the EQ01 codes asked (30 health benefit plan coverage, ...), in order,
	// without repeats; empty when every EQ asked by procedure code (EQ02) alone.
	ServiceTypes []string
}

// Patient is the party the inquiry is about: the dependent, else the subscriber.
func (q *Inquiry) Patient() *Party {
	if q.Dependent != nil {
		return q.Dependent
	}
	return &q.Subscriber
}

// Party is one level of the hierarchy as the 270 sent it; the 271 echoes it.
type Party struct {
	// HL is the level's HL01 in the 270: with Set it tells levels apart, so that several
	// inquiries under one subscriber are answered under one subscriber level.
	HL     string
	Name   Name
	Traces []Trace // TRN of 2000C or 2000D; none for the payer and the receiver
	// Demographics is DMG of 2100C or 2100D when sent: echoed, as the guide asks, not checked
	// (the engine keeps no birth dates).
	Demographics *Demographics
}

// Name is an NM1 segment's entity and identification.
type Name struct {
	Entity      string // NM101: PR, 1P, IL, 03, ...
	EntityType  string // NM102: 1 person, 2 non-person entity
	Last        string // NM103 (an organisation's name)
	First       string // NM104
	Middle      string // NM105
	Suffix      string // NM107
	IDQualifier string // NM108
	ID          string // NM109
}

// Trace is a TRN: the receiver's (or a clearinghouse's) trace number for one patient's inquiry.
type Trace struct {
	Number       string // TRN02
	Originator   string // TRN03: the company that assigned it
	Supplemental string // TRN04
}

// Demographics is a DMG: birth date (YYYY-MM-DD) and gender code (F, M), either may be empty.
type Demographics struct {
	BirthDate string
	Gender    string
}

// Interchange is what a 270's ISA says of its sender and receiver.
type Interchange struct {
	SenderQualifier, SenderID     string // ISA05, ISA06 (trailing spaces trimmed)
	ReceiverQualifier, ReceiverID string // ISA07, ISA08
	Control                       string // ISA13
	Test                          bool   // ISA15 T
}

// ReplyEnvelope is the envelope of the 271 answering q: sender and receiver swapped, the 270's
// test indicator, functional group HB and this guide.
func (q *Inquiry) ReplyEnvelope(control uint32, now time.Time) x12.Envelope {
	ic := q.Interchange
	return x12.Envelope{
		SenderQualifier: ic.ReceiverQualifier, SenderID: ic.ReceiverID,
		ReceiverQualifier: ic.SenderQualifier, ReceiverID: ic.SenderID,
		Control: control, Time: now, Test: ic.Test,
		FunctionalID: FunctionalID, Version: Version,
	}
}

// FunctionalID is GS01 of a 271 (eligibility, coverage or benefit information).
const FunctionalID = "HB"

func interchangeOf(ic *x12.Interchange) Interchange {
	return Interchange{
		SenderQualifier: ic.ISA.Element(5), SenderID: strings.TrimRight(ic.ISA.Element(6), " "),
		ReceiverQualifier: ic.ISA.Element(7), ReceiverID: strings.TrimRight(ic.ISA.Element(8), " "),
		Control: ic.ISA.Element(13), Test: ic.ISA.Element(15) == "T",
	}
}
