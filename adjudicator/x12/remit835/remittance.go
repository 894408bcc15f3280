package remit835

import (
	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/x12"
)

// Version is the implementation guide this package writes (GS08, ST03).
const Version = "005010X221A1"

// FunctionalID is GS01 for an 835: health care claim payment/advice.
const FunctionalID = "HP"

// Payment methods (BPR04).
const (
	MethodACH   = "ACH" // automated clearing house: needs the EFT details
	MethodCheck = "CHK"
	MethodNone  = "NON" // no payment: BPR02 is zero
	MethodBOP   = "BOP" // financial institution option
	MethodWire  = "FWT" // federal reserve funds/wire transfer
)

// Claim status codes (CLP02) this engine writes; Read keeps whatever the payer sent.
const (
	StatusPrimary   = "1"  // processed as primary, paid in full, in part or nothing
	StatusSecondary = "2"  // processed as secondary
	StatusTertiary  = "3"  // processed as tertiary
	StatusDenied    = "4"  // denied: nothing payable
	StatusReversal  = "22" // reversal of a previous payment: every amount is the original's, negated
)

// Remittance is one 835 transaction set: one payment (or notice of none) to one payee, the
// claims it settles and the provider-level adjustments taken from it. Money is in cents and
// dates are "YYYY-MM-DD", as in adjudicator.Claim.
type Remittance struct {
	Payer   Payer
	Payee   Payee
	Payment Payment
	// ProductionDate is DTM*405, when the payer's system cut off the remittance; optional.
	ProductionDate string
	Claims         []Claim
	// ProviderAdjustments are the PLB amounts: positive ones reduce the payment (an
	// overpayment recovered, a balance forwarded earlier applied), negative ones add to it
	// (interest; FB, a negative balance forwarded, which is what brings a remittance whose
	// reversals exceed its payments up to a zero BPR02).
	ProviderAdjustments []ProviderAdjustment
	// Warnings are what Read tolerated in this transaction set (counts that do not close,
	// required elements left empty, dates that are not calendar dates). Write ignores them.
	Warnings x12.Errors
}

// Payer is loop 1000A.
type Payer struct {
	Name string // N102
	// CompanyID is TRN03 (and BPR10 with EFT details): "1" and the payer's EIN, 10 characters.
	CompanyID string
	// PlanID is N104 under qualifier XV, the CMS national plan id; optional.
	PlanID  string
	Address Address // N3/N4, required by the guide
	Contact Contact // PER*BL, the payer's technical contact, required by the guide
}

// Payee is loop 1000B: the provider paid.
type Payee struct {
	// Name is N102. The guide requires one; the engine knows providers by NPI only, so an empty
	// Name is written as the id, and read back as empty when N102 equals N104.
	Name string
	// Qualifier is N103: XX (NPI), FI (tax id) or XV (plan id).
	Qualifier string
	ID        string  // N104
	Address   Address // N3/N4, optional
}

// Address is an N3/N4 pair.
type Address struct {
	Line1, Line2            string // N301, N302
	City, State, PostalCode string // N401, N402, N403
}

// Contact is a PER segment's name and numbers (TE phone, EM email, UR web address).
type Contact struct {
	Name, Phone, Email, URL string
}

// Payment is BPR and TRN.
type Payment struct {
	// Cents is BPR02, negative when BPR03 is D (a debit to the provider).
	Cents  int64
	Method string // BPR04
	Date   string // BPR16: check issue or EFT effective date
	// Trace is TRN02, unique per payment; for the engine's settlements, TraceFromTxHash.
	Trace string
	// EFT is BPR05-15, required when Method is ACH.
	EFT EFT
}

// EFT are the bank details of an electronic payment (BPR05-09, BPR12-15).
type EFT struct {
	Format                   string // BPR05: CCP or CTX
	SenderDFIQualifier       string // BPR06: 01 (ABA routing) or 04 (Canadian)
	SenderDFI                string // BPR07
	SenderAccountQualifier   string // BPR08: DA
	SenderAccount            string // BPR09
	ReceiverDFIQualifier     string // BPR12
	ReceiverDFI              string // BPR13
	ReceiverAccountQualifier string // BPR14: DA or SG
	ReceiverAccount          string // BPR15
}

// Claim is loop 2100: one claim's payment.
type Claim struct {
	ID           string // CLP01: the provider's claim id (patient control number)
	Status       string // CLP02
	ChargeCents  int64  // CLP03
	PaidCents    int64  // CLP04
	PatientCents int64  // CLP05, written only when not zero (the guide says so)
	// FilingIndicator is CLP06: the kind of plan (MB Medicare Part B, 12 PPO, ...).
	FilingIndicator string
	// PayerControl is CLP07, the payer's claim control number.
	PayerControl string
	FacilityType string // CLP08: place of service, or the first two digits of a bill type
	Frequency    string // CLP09: the bill type's frequency digit
	Patient      Patient
	// RenderingNPI is NM1*82 under XX: the guide wants it when it is not the payee.
	RenderingNPI               string
	StatementFrom, StatementTo string // DTM*232 and DTM*233
	// Adjustments are the claim-level CAS; the engine puts here only what belongs to no
	// reportable line (a line billed without any code).
	Adjustments []adjudicator.Adjustment
	// Remarks are claim-level RARCs: MOA03-07 (MIA05 and MIA20-23 are read into it too).
	Remarks []string
	Lines   []Line
}

// Patient is NM1*QC.
type Patient struct {
	LastName, FirstName string // NM103, NM104
	Qualifier           string // NM108: MI member id, HN, II, MR, 34
	ID                  string // NM109
}

// Line is loop 2110: one service line's payment.
type Line struct {
	Qualifier   string   // SVC01-1: HC (HCPCS/CPT), NU (revenue code), ...
	Code        string   // SVC01-2
	Modifiers   []string // SVC01-3..6
	ChargeCents int64    // SVC02
	PaidCents   int64    // SVC03
	RevenueCode string   // SVC04
	// Units is SVC05, the units paid, as the decimal it is in X12 ("1", "1.5"): payers send
	// fractional units.
	Units string
	// OriginalUnits is SVC07, the units billed, when they differ from those paid.
	OriginalUnits        string
	ServiceDate          string // DTM*472
	PeriodFrom, PeriodTo string // DTM*150 and DTM*151, for a line that spans days
	// ControlNumber is REF*6R, the provider's line item control number: the engine echoes the
	// claim's line number.
	ControlNumber string
	AllowedCents  int64 // AMT*B6
	HasAllowed    bool  // whether AMT*B6 is present: an absent allowed amount is not zero
	Adjustments   []adjudicator.Adjustment
	Remarks       []string // LQ*HE
}

// ProviderAdjustment is one PLB adjustment: not tied to a claim of this remittance.
type ProviderAdjustment struct {
	ProviderID string // PLB01
	// FiscalPeriod is PLB02, by convention the last day of the provider's fiscal year.
	FiscalPeriod string
	Reason       string // PLB03-1: WO overpayment recovery, L6 interest, FB forward balance, ...
	Reference    string // PLB03-2: e.g. the claim whose void this recovers
	Cents        int64  // PLB04
}
