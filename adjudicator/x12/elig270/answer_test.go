package elig270_test

import (
	"bytes"
	"context"
	"errors"
	"reflect"
	"testing"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/privacy"
	"github.com/claimsledger/claims/adjudicator/x12/elig270"
)

func spans(ss ...adjudicator.Span) adjudicator.Eligibility { return adjudicator.Eligibility{Spans: ss} }

func inquiry(from, to string) elig270.Inquiry {
	return elig270.Inquiry{MemberID: "11122333301", From: from, To: to, ServiceTypes: []string{"30"}}
}

// Coverage on the date asked is EB*1 with the span's plan and dates; none is EB*6 for the days
// asked; an unknown member or a missing id is AAA 72; a range is split into what is covered
// and what is not.
func TestAnswer(t *testing.T) {
	medicare := adjudicator.Span{PlanID: "medicare", Start: "2006-01-01", End: "2006-12-31"}
	gold := adjudicator.Span{PlanID: "gold", Start: "2005-01-01", End: "2005-12-31"}
	cases := []struct {
		name       string
		inq        elig270.Inquiry
		el         adjudicator.Eligibility
		plans      []elig270.Plan
		want       []elig270.Benefit
		reject     *elig270.Rejection
		begin, end string
	}{
		{name: "active", inq: inquiry("2006-05-01", "2006-05-01"), el: spans(gold, medicare),
			want:  []elig270.Benefit{{Status: "1", ServiceType: "30", InsuranceType: "MB", Plan: "medicare", From: "2006-01-01", To: "2006-12-31"}},
			begin: "2006-01-01", end: "2006-12-31"},
		{name: "first and last day", inq: inquiry("2006-12-31", "2006-12-31"), el: spans(medicare),
			want:  []elig270.Benefit{{Status: "1", ServiceType: "30", InsuranceType: "MB", Plan: "medicare", From: "2006-01-01", To: "2006-12-31"}},
			begin: "2006-01-01", end: "2006-12-31"},
		{name: "inactive", inq: inquiry("2007-01-01", "2007-01-01"), el: spans(gold, medicare),
			want: []elig270.Benefit{{Status: "6", ServiceType: "30", From: "2007-01-01", To: "2007-01-01"}}},
		{name: "unknown member", inq: inquiry("2006-05-01", "2006-05-01"), el: spans(),
			reject: &elig270.Rejection{Reason: "72", FollowUp: "C"}},
		{name: "no member id", inq: elig270.Inquiry{From: "2006-05-01", To: "2006-05-01"}, el: spans(medicare),
			reject: &elig270.Rejection{Reason: "72", FollowUp: "N"}},
		{name: "range across a gap", inq: inquiry("2005-12-01", "2007-01-31"),
			el:    spans(medicare, adjudicator.Span{PlanID: "gold", Start: "2005-01-01", End: "2005-11-30"}, adjudicator.Span{PlanID: "gold", Start: "2005-12-15", End: "2005-12-31"}),
			plans: []elig270.Plan{{ID: "gold", InsuranceType: "HM", Description: "GOLD 123 PLAN"}},
			want: []elig270.Benefit{
				{Status: "6", ServiceType: "30", From: "2005-12-01", To: "2005-12-14"},
				{Status: "1", ServiceType: "30", InsuranceType: "HM", Plan: "GOLD 123 PLAN", From: "2005-12-15", To: "2005-12-31"},
				{Status: "1", ServiceType: "30", InsuranceType: "MB", Plan: "medicare", From: "2006-01-01", To: "2006-12-31"},
				{Status: "6", ServiceType: "30", From: "2007-01-01", To: "2007-01-31"},
			}},
		{name: "overlapping spans", inq: inquiry("2006-03-01", "2006-03-01"),
			el: spans(medicare, adjudicator.Span{PlanID: "dental", Start: "2006-02-01", End: "2006-04-30"}),
			want: []elig270.Benefit{
				{Status: "1", ServiceType: "30", InsuranceType: "MB", Plan: "medicare", From: "2006-01-01", To: "2006-12-31"},
				{Status: "1", ServiceType: "30", InsuranceType: "C1", Plan: "dental", From: "2006-02-01", To: "2006-04-30"},
			},
			begin: "2006-01-01", end: "2006-12-31"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r, err := elig270.Answer(c.inq, c.el, c.plans...)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(r.Benefits, c.want) || !reflect.DeepEqual(r.Reject, c.reject) || r.PlanBegin != c.begin || r.PlanEnd != c.end {
				t.Errorf("benefits %+v, reject %+v, plan %s to %s\nwant %+v, %+v, %s to %s",
					r.Benefits, r.Reject, r.PlanBegin, r.PlanEnd, c.want, c.reject, c.begin, c.end)
			}
			if !reflect.DeepEqual(r.Inquiry, c.inq) {
				t.Errorf("the response does not carry its inquiry")
			}
		})
	}
}

// Spans and plans the 271 cannot say are the caller's fault, an error, not an answer.
func TestAnswerRefusesBadData(t *testing.T) {
	q := inquiry("2006-05-01", "2006-05-01")
	for name, f := range map[string]func() error{
		"span date": func() error {
			_, err := elig270.Answer(q, spans(adjudicator.Span{PlanID: "p", Start: "2006-5-1", End: "2006-12-31"}))
			return err
		},
		"span backwards": func() error {
			_, err := elig270.Answer(q, spans(adjudicator.Span{PlanID: "p", Start: "2006-12-31", End: "2006-01-01"}))
			return err
		},
		"inquiry dates": func() error {
			_, err := elig270.Answer(inquiry("", ""), spans(adjudicator.Span{PlanID: "p", Start: "2006-01-01", End: "2006-12-31"}))
			return err
		},
		"insurance type": func() error {
			_, err := elig270.Answer(q, spans(adjudicator.Span{PlanID: "p", Start: "2006-01-01", End: "2006-12-31"}), elig270.Plan{ID: "p", InsuranceType: "m*b"})
			return err
		},
	} {
		if err := f(); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

type store struct {
	el    map[adjudicator.Hash]adjudicator.Eligibility
	asked []adjudicator.Hash
	err   error
}

func (s *store) Eligibility(_ context.Context, member adjudicator.Hash) (adjudicator.Eligibility, error) {
	s.asked = append(s.asked, member)
	return s.el[member], s.err
}

// AnswerAll asks the store by keyed member hash, once per member, never for an inquiry without
// a member id, and fails whole when the store fails.
func TestAnswerAll(t *testing.T) {
	keyer, err := privacy.NewKeyer(bytes.Repeat([]byte("k"), 32))
	if err != nil {
		t.Fatal(err)
	}
	medicare := adjudicator.Span{PlanID: "medicare", Start: "2006-01-01", End: "2006-12-31"}
	s := &store{el: map[adjudicator.Hash]adjudicator.Eligibility{keyer.Member("11122333301"): spans(medicare)}}
	other := inquiry("2006-05-01", "2006-05-01")
	other.MemberID = "99999"
	inqs := []elig270.Inquiry{inquiry("2006-05-01", "2006-05-01"), inquiry("2007-05-01", "2007-05-01"), {From: "2006-05-01", To: "2006-05-01"}, other}
	rs, err := elig270.AnswerAll(context.Background(), s, keyer.Member, inqs)
	if err != nil {
		t.Fatal(err)
	}
	if want := []adjudicator.Hash{keyer.Member("11122333301"), keyer.Member("99999")}; !reflect.DeepEqual(s.asked, want) {
		t.Errorf("asked the store %d times for %x, want once per member by keyed hash", len(s.asked), s.asked)
	}
	var got []string
	for _, r := range rs {
		switch {
		case r.Reject != nil:
			got = append(got, "AAA "+r.Reject.Reason+" "+r.Reject.FollowUp)
		default:
			got = append(got, "EB "+r.Benefits[0].Status)
		}
	}
	if want := []string{"EB 1", "EB 6", "AAA 72 N", "AAA 72 C"}; !reflect.DeepEqual(got, want) {
		t.Errorf("answers %q, want %q", got, want)
	}
	s.err = errors.New("chain down")
	if _, err := elig270.AnswerAll(context.Background(), s, keyer.Member, inqs); !errors.Is(err, s.err) {
		t.Errorf("a store failure gives %v, want it wrapped", err)
	}
}
