package fhir

import (
	"cmp"
	"errors"
	"fmt"
	"math/big"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/claimsledger/claims/adjudicator"
)

// MediaType is the content type of the documents Decode reads and the
// encoders write.
const MediaType = "application/fhir+json"

// Result is what became of one Claim of a document.
type Result struct {
	// Path is where the Claim is in the document: "Claim" for a Claim
	// sent alone, "Bundle.entry[2].resource" for one in a Bundle. Issue
	// paths start with it.
	Path string
	// Claim is the claims.v1 claim, valid (Claim.Validate passes), when
	// Issues is empty.
	Claim adjudicator.Claim
	// Issues is every reason the Claim was rejected; empty when accepted.
	Issues []Issue
}

// Err is nil for an accepted Claim, else an *Error with its issues.
func (r Result) Err() error {
	if len(r.Issues) == 0 {
		return nil
	}
	return &Error{Issues: r.Issues}
}

// DecodeClaim reads a document that must be one Claim resource. Its error
// is an *Error.
func DecodeClaim(data []byte) (adjudicator.Claim, error) {
	res, err := Decode(data)
	if err != nil {
		return adjudicator.Claim{}, err
	}
	if res[0].Path != "Claim" {
		return adjudicator.Claim{}, docError("", CodeInvalid, "want a Claim resource, got a Bundle")
	}
	if err := res[0].Err(); err != nil {
		return adjudicator.Claim{}, err
	}
	return res[0].Claim, nil
}

// Decode reads an application/fhir+json document holding a FHIR R4 Claim
// or a Bundle of Claims and converts each Claim to a claims.v1 claim (see
// the package documentation for the mapping). Each Claim is accepted or
// rejected on its own, with every reason: one Result per Claim, or per
// Bundle entry, in document order.
//
// The error, an *Error, is for a document that holds no Claim to judge:
// not JSON, not a Claim or a Bundle, a Bundle that breaks the R4 schema
// outside its entries' resources, or one without entries.
func Decode(data []byte) ([]Result, error) {
	tree, err := parseTree(data)
	if err != nil {
		return nil, err
	}
	root, ok := tree.(map[string]any)
	if !ok {
		return nil, docError("", CodeInvalid, "want a FHIR resource (a JSON object), got %s", jsonKindOf(tree))
	}
	rt, isString := root["resourceType"].(string)
	switch {
	case rt == "Claim":
		return []Result{convertClaim(root, "Claim")}, nil
	case rt == "Bundle":
		return decodeBundle(root)
	case root["resourceType"] == nil:
		return nil, docError("", CodeRequired, "resourceType: required: want \"Claim\" or \"Bundle\"")
	case !isString:
		return nil, docError("", CodeInvalid, "resourceType: want a string, got %s", jsonKindOf(root["resourceType"]))
	}
	return nil, docError("", CodeValue, "resourceType: want \"Claim\" or \"Bundle\" (of Claims), got %s", nameResourceType(rt))
}

func jsonKindOf(v any) string {
	switch v.(type) {
	case map[string]any:
		return "an object"
	case []any:
		return "an array"
	case string:
		return "a string"
	case bool:
		return "true or false"
	case nil:
		return "null"
	}
	return "a number"
}

var entryPath = regexp.MustCompile(`^Bundle\.entry\[([0-9]+)\]`)

func decodeBundle(root map[string]any) ([]Result, error) {
	found, err := validateSchema(root, "Bundle", "Bundle")
	if err != nil {
		return nil, err
	}
	// An entry's own problems reject that entry; any other rejects the
	// Bundle, since which Claims it holds is then unclear.
	byEntry := map[int][]Issue{}
	var doc []Issue
	for _, is := range found {
		if m := entryPath.FindStringSubmatch(is.Path); m != nil {
			i, _ := strconv.Atoi(m[1])
			byEntry[i] = append(byEntry[i], is)
			continue
		}
		doc = append(doc, is)
	}
	if len(doc) > 0 {
		return nil, &Error{Issues: doc}
	}
	entries := node{v: root, path: "Bundle"}.get("entry").list()
	if len(entries) == 0 {
		return nil, docError("Bundle.entry", CodeRequired, "required: want at least one entry with a Claim")
	}
	out := make([]Result, len(entries))
	for i, e := range entries {
		path := e.path + ".resource"
		if is := byEntry[i]; len(is) > 0 {
			out[i] = Result{Path: path, Issues: is}
			continue
		}
		res := e.get("resource")
		m, ok := res.obj()
		if !ok {
			out[i] = Result{Path: path, Issues: []Issue{{Path: path, Code: CodeRequired, Msg: "required: want a Claim"}}}
			continue
		}
		if rt, _ := m["resourceType"].(string); rt != "Claim" {
			out[i] = Result{Path: path, Issues: []Issue{{Path: path + ".resourceType", Code: CodeValue,
				Msg: fmt.Sprintf("want \"Claim\": a Bundle sent here holds Claims only, got %s", nameResourceType(rt))}}}
			continue
		}
		out[i] = convertClaim(m, path)
	}
	return out, nil
}

// resolvedTypes are the contained resources a Claim's references are
// resolved to, and validated as such.
var resolvedTypes = []string{"Practitioner", "PractitionerRole", "Organization", "Patient"}

// convertClaim checks one Claim resource against the R4 schema, then
// converts it and validates the result as a claims.v1 claim. A resource
// that is not R4 is not read further, since its elements cannot be relied
// on: its schema problems are all it is told.
func convertClaim(res map[string]any, path string) Result {
	out := Result{Path: path}
	found, err := validateSchema(res, "Claim", path)
	if err != nil {
		out.Issues = []Issue{{Path: path, Code: CodeInvalid, Msg: err.Error()}}
		return out
	}
	claim := node{v: res, path: path}
	contained, more := containedOf(claim)
	if found = append(found, more...); len(found) > 0 {
		out.Issues = found
		return out
	}
	var is issues
	modifierExtensions(claim, &is, "the Claim is not adjudicated")
	if len(is) > 0 {
		out.Issues = is
		return out
	}
	cv := converter{claim: claim, resource: "Claim", contained: contained, src: map[string]string{}}
	c, supported := cv.convert()
	out.Issues = cv.is
	if !supported {
		return out
	}
	// claims.v1's rules are checked too, so a sender learns of every
	// problem at once, except where they only echo a conversion problem:
	// a field that was not read, or an element already reported.
	if err := c.Validate(); err != nil {
		var ve *adjudicator.ValidationError
		if !errors.As(err, &ve) {
			out.Issues = append(out.Issues, Issue{Path: path, Code: CodeValue, Msg: err.Error()})
			return out
		}
		converted := len(cv.is) == 0
		for _, f := range ve.Fields {
			is, placed := cv.locate(f)
			if !placed && !converted || slices.ContainsFunc(out.Issues, func(o Issue) bool { return o.Path == is.Path }) {
				continue
			}
			out.Issues = append(out.Issues, is)
		}
	}
	if len(out.Issues) > 0 {
		return out
	}
	out.Claim = c
	return out
}

// containedOf indexes a resource's contained resources by the "#id" that
// references them, and checks those of resolvedTypes against their own R4
// schema: a reference is only followed into a resource that is valid R4.
func containedOf(res node) (map[string]node, []Issue) {
	contained := map[string]node{}
	var found []Issue
	for _, c := range res.get("contained").list() {
		m, _ := c.obj()
		rt, _ := m["resourceType"].(string)
		if slices.Contains(resolvedTypes, rt) {
			more, err := validateSchema(m, rt, c.path)
			if err != nil {
				more = []Issue{{Path: c.path, Code: CodeInvalid, Msg: err.Error()}}
			}
			found = append(found, more...)
		}
		if id := c.get("id").str(); id != "" {
			contained["#"+id] = c
		}
	}
	return contained, found
}

// modifierExtensions rejects every modifierExtension: FHIR says one that
// is not understood changes the meaning of the element it is on, so a
// receiver that does not know it must not process the resource. This
// engine knows none. consequence says what is then not done.
func modifierExtensions(n node, is *issues, consequence string) {
	switch v := n.v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			if k == "modifierExtension" {
				is.value(n.path+".modifierExtension", "a modifier extension changes the meaning of its element, and this engine understands none: %s", consequence)
				continue
			}
			modifierExtensions(n.get(k), is, consequence)
		}
	case []any:
		for _, x := range n.list() {
			modifierExtensions(x, is, consequence)
		}
	}
}

// converter turns one schema-valid Claim into a claims.v1 claim,
// remembering which FHIR element each claims.v1 field came from (src, by
// claims.v1 JSON path) to place the claims.v1 validation errors. Its
// member id and NPI readers also serve a CoverageEligibilityRequest, whose
// patient and provider follow the same conventions; claim is then that
// resource.
type converter struct {
	claim node
	// resource is the type of the resource read ("Claim"), for messages.
	resource  string
	contained map[string]node
	src       map[string]string
	is        issues
}

// Claim types the engine adjudicates, and the others of R4's claim-type
// code system, which are named in a rejection.
var otherClaimTypes = []string{"pharmacy", "oral", "vision"}

func (cv *converter) convert() (adjudicator.Claim, bool) {
	c := adjudicator.Claim{Schema: adjudicator.ClaimSchemaV1}
	cl := cv.claim
	cv.src["$.claim_type"] = cl.path + ".type"

	// The claim type decides everything else: a claim of another type is
	// rejected for that alone.
	typ := cv.codeOf(cl.get("type"), SystemClaimType)
	switch {
	case typ.code == adjudicator.Professional || typ.code == adjudicator.Institutional:
		c.ClaimType = typ.code
	case typ.path == "":
		cv.is.value(cl.path+".type", "want a coding of %s (professional or institutional)", SystemClaimType)
		return c, false
	case slices.Contains(otherClaimTypes, typ.code):
		cv.is.value(typ.path, "%s claims are not adjudicated by this engine: want professional or institutional", typ.code)
		return c, false
	default:
		cv.is.value(typ.path, "want professional or institutional, got %s", adjudicator.Describe(typ.code))
		return c, false
	}

	prior, priorPath := cv.priorClaim()
	switch s := cl.get("status"); {
	case !s.present():
		cv.is.required(s.path, "required by FHIR R4: want active")
	case s.str() == "cancelled" && priorPath != "":
		// A void: it cancels the prior claim it names.
		c.Frequency = adjudicator.FrequencyVoid
	case s.str() == "cancelled":
		cv.is.value(s.path, "a cancelled claim voids an earlier one: name it in related with relationship prior and its claim number in reference")
	case s.str() != "active":
		cv.is.value(s.path, "want active (or cancelled, to void a claim): a claim %s is not adjudicated", knownCode(s.str(), "draft", "entered-in-error"))
	case priorPath != "":
		c.Frequency = adjudicator.FrequencyReplacement
	}
	switch u := cl.get("use"); {
	case !u.present():
		cv.is.required(u.path, "required by FHIR R4: want claim")
	case u.str() != "claim":
		cv.is.value(u.path, "want claim: a %s is not adjudicated", knownCode(u.str(), "preauthorization", "predetermination"))
	}
	if cr := cl.get("created"); !cr.present() {
		cv.is.required(cr.path, "required by FHIR R4")
	}

	c.ClaimID = cv.claimID()
	if c.Frequency != "" && prior != c.ClaimID {
		c.OriginalClaimID = prior
		cv.src["$.original_claim_id"] = priorPath
	}
	c.MemberID = cv.memberID()
	if npi, path, ok := cv.npi(cl.get("provider"), "provider"); ok {
		c.BillingNPI = npi
		cv.src["$.billing_npi"] = path
	}
	c.RenderingNPI = cv.renderingNPI()
	c.PlaceOfService = cv.claimPlaceOfService()
	c.BillType = cv.billType()
	c.Diagnoses = cv.diagnoses()
	c.Lines = cv.lines(&c)
	cv.serviceDates(&c)
	cv.total(&c)
	return c, true
}

// knownCode names a code of a small fixed value set of the specification,
// else describes it.
func knownCode(s string, known ...string) string {
	if slices.Contains(known, s) {
		return strconv.Quote(s)
	}
	return "of " + adjudicator.Describe(s)
}

// coded is the code of the chosen coding of a CodeableConcept and the
// coding's path ("" when no coding was chosen).
type coded struct {
	code string
	path string
}

// codeOf is the code of the first coding of cc whose system is one of
// systems.
func (cv *converter) codeOf(cc node, systems ...string) coded {
	for _, cd := range cc.get("coding").list() {
		sys := cd.get("system").str()
		if slices.ContainsFunc(systems, func(s string) bool { return sameSystem(sys, s) }) {
			return coded{code: cd.get("code").str(), path: cd.path + ".code"}
		}
	}
	return coded{}
}

// systemsOf lists the distinct code systems of cc's codings, for a
// rejection that says which ones were sent instead.
func systemsOf(cc node) string {
	var out []string
	for _, cd := range cc.get("coding").list() {
		s := cd.get("system").str()
		name := "a coding without a system"
		if s != "" {
			name = nameSystem(s)
		}
		if !slices.Contains(out, name) {
			out = append(out, name)
		}
	}
	if len(out) == 0 {
		return "it has no coding"
	}
	return "it has " + strings.Join(out, ", ")
}

// claimID: the first Claim.identifier with both a system and a value
// (the sender's claim number in its own namespace), else Claim.id.
func (cv *converter) claimID() string {
	for _, id := range cv.claim.get("identifier").list() {
		if id.get("system").str() != "" && id.get("value").str() != "" {
			cv.src["$.claim_id"] = id.path + ".value"
			return id.get("value").str()
		}
	}
	if id := cv.claim.get("id"); id.str() != "" {
		cv.src["$.claim_id"] = id.path
		return id.str()
	}
	cv.is.required(cv.claim.path+".identifier", "want an identifier with a system and a value (the claim number), or an id")
	return ""
}

var (
	patientRef     = regexp.MustCompile(`(?:^|/)Patient/([A-Za-z0-9\-.]{1,64})(?:/_history/[A-Za-z0-9\-.]{1,64})?$`)
	conditionalRef = regexp.MustCompile(`^([A-Za-z]+)\?identifier=([^&]*)$`)
)

// conditional splits a conditional reference "Type?identifier=system|value"
// into its type, system and value.
func conditional(ref string) (typ, system, value string, ok bool) {
	m := conditionalRef.FindStringSubmatch(ref)
	if m == nil {
		return "", "", "", false
	}
	token, err := url.QueryUnescape(m[2])
	if err != nil {
		return "", "", "", false
	}
	system, value, found := strings.Cut(token, "|")
	if !found {
		system, value = "", token
	}
	return m[1], system, value, value != ""
}

// memberID: the plan's member id is, in order,
//  1. Claim.patient.identifier.value (a logical reference: the member id
//     as the plan knows it);
//  2. for a reference to a contained Patient ("#id"), that Patient's
//     identifier typed MB (member number, v2-0203);
//  3. for a conditional reference "Patient?identifier=system|value", the
//     value;
//  4. for a literal reference "Patient/{id}" (relative, absolute or
//     versioned), the id: the Patient resource of a payer's FHIR server is
//     its member.
func (cv *converter) memberID() string {
	p := cv.claim.get("patient")
	if v := p.get("identifier").get("value"); v.str() != "" {
		cv.src["$.member_id"] = v.path
		return v.str()
	}
	ref := p.get("reference")
	r := ref.str()
	if strings.HasPrefix(r, "#") {
		res, ok := cv.resolve(ref, "Patient")
		if !ok {
			return ""
		}
		for _, id := range res.get("identifier").list() {
			if cv.codeOf(id.get("type"), SystemIdentifierType).code == "MB" && id.get("value").str() != "" {
				cv.src["$.member_id"] = id.path + ".value"
				return id.get("value").str()
			}
		}
		cv.is.value(res.path+".identifier", "want an identifier typed MB (member number, %s): the plan's member id", SystemIdentifierType)
		return ""
	}
	if typ, _, value, ok := conditional(r); ok && typ == "Patient" {
		cv.src["$.member_id"] = ref.path
		return value
	}
	if m := patientRef.FindStringSubmatch(r); m != nil {
		cv.src["$.member_id"] = ref.path
		return m[1]
	}
	cv.is.required(p.path, "want the member id: an identifier, a reference to a contained Patient with a member-number (MB) identifier, a conditional reference Patient?identifier=system|id, or a reference Patient/{id}")
	return ""
}

// resolve finds the contained resource a "#id" reference names, which
// must be of one of types.
func (cv *converter) resolve(ref node, types ...string) (node, bool) {
	res, ok := cv.contained[ref.str()]
	if !ok {
		cv.is.value(ref.path, "refers to a contained resource that the %s does not contain", cv.resource)
		return node{}, false
	}
	if rt := res.get("resourceType").str(); !slices.Contains(types, rt) {
		cv.is.value(ref.path, "refers to a contained %s, want %s", nameResourceType(rt), strings.Join(types, " or "))
		return node{}, false
	}
	return res, true
}

// npi finds the NPI of a provider reference: its identifier with the
// us-npi system, else the identifier with that system of the contained
// Practitioner, PractitionerRole or Organization it refers to, else the
// value of a conditional reference on that system. It reports a reference
// that has none. It returns the NPI and the element it was read from.
func (cv *converter) npi(ref node, what string) (string, string, bool) {
	if id := ref.get("identifier"); sameSystem(id.get("system").str(), SystemNPI) && id.get("value").str() != "" {
		return id.get("value").str(), id.path + ".value", true
	}
	r := ref.get("reference")
	if strings.HasPrefix(r.str(), "#") {
		res, ok := cv.resolve(r, "Practitioner", "PractitionerRole", "Organization")
		if !ok {
			return "", "", false
		}
		for _, id := range res.get("identifier").list() {
			if sameSystem(id.get("system").str(), SystemNPI) && id.get("value").str() != "" {
				return id.get("value").str(), id.path + ".value", true
			}
		}
		cv.is.value(res.path+".identifier", "the %s has no identifier with system %s", what, SystemNPI)
		return "", "", false
	}
	if _, system, value, ok := conditional(r.str()); ok && sameSystem(system, SystemNPI) {
		return value, r.path, true
	}
	cv.is.required(ref.path, "want the %s's NPI: an identifier with system %s, a reference to a contained Practitioner or Organization that has one, or a conditional reference Practitioner?identifier=%s|NPI", what, SystemNPI, SystemNPI)
	return "", "", false
}

// bySequence orders the members of a list by their sequence element,
// keeping document order for equal ones.
func bySequence(ns []node) []node {
	out := slices.Clone(ns)
	slices.SortStableFunc(out, func(a, b node) int {
		x, _ := a.get("sequence").integer()
		y, _ := b.get("sequence").integer()
		return cmp.Compare(x, y)
	})
	return out
}

// renderingNPI: the careTeam member whose role is primary (R4's
// claimcareteamrole) or rendering (CARIN's), the lowest sequence first;
// when no member has a role at all, the member with the lowest sequence.
// Members with other roles (assist, supervisor, referring...) are never
// the rendering provider. No careTeam: no rendering NPI (it is optional).
func (cv *converter) renderingNPI() string {
	team := bySequence(cv.claim.get("careTeam").list())
	var chosen *node
	anyRole := false
	for i, m := range team {
		role := m.get("role")
		anyRole = anyRole || role.present()
		if cv.codeOf(role, SystemCareTeamRole).code == "primary" || cv.codeOf(role, SystemCARINCareTeamRole).code == "rendering" {
			chosen = &team[i]
			break
		}
	}
	if chosen == nil && !anyRole && len(team) > 0 {
		chosen = &team[0]
	}
	if chosen == nil {
		return ""
	}
	npi, path, ok := cv.npi(chosen.get("provider"), "rendering provider")
	if !ok {
		return ""
	}
	cv.src["$.rendering_npi"] = path
	return npi
}

// placeOfService reads a CMS place of service coding; a CodeableConcept
// present without one is rejected.
func (cv *converter) placeOfService(cc node) coded {
	if !cc.present() {
		return coded{}
	}
	pos := cv.codeOf(cc, SystemPlaceOfService)
	if pos.path == "" {
		cv.is.value(cc.path, "want a coding of %s: %s", SystemPlaceOfService, systemsOf(cc))
	}
	return pos
}

// claimPlaceOfService is the claim-level place of service, from the
// ExtensionPlaceOfService extension on the Claim.
func (cv *converter) claimPlaceOfService() string {
	for _, e := range cv.claim.get("extension").list() {
		if e.get("url").str() != ExtensionPlaceOfService {
			continue
		}
		v := e.get("valueCodeableConcept")
		if !v.present() {
			cv.is.value(e.path, "want valueCodeableConcept with a coding of %s", SystemPlaceOfService)
			return ""
		}
		pos := cv.placeOfService(v)
		cv.src["$.place_of_service"] = pos.path
		return pos.code
	}
	return ""
}

// billType is the type of bill of the supportingInfo whose category is
// CARIN's typeofbill, coded in NUBC's type of bill system.
func (cv *converter) billType() string {
	for _, si := range cv.claim.get("supportingInfo").list() {
		if cv.codeOf(si.get("category"), SystemSupportingInfoType).code != "typeofbill" {
			continue
		}
		tob := cv.codeOf(si.get("code"), SystemTypeOfBill)
		if tob.path == "" {
			cv.is.value(si.path+".code", "want a coding of %s: %s", SystemTypeOfBill, systemsOf(si.get("code")))
			return ""
		}
		cv.src["$.bill_type"] = tob.path
		return tob.code
	}
	return ""
}

// diagnoses are the ICD-10-CM codes of Claim.diagnosis in sequence order,
// without the dot (H25.11 -> H2511), as claims.v1 carries them.
func (cv *converter) diagnoses() []string {
	var out []string
	seen := map[int]bool{}
	for _, d := range bySequence(cv.claim.get("diagnosis").list()) {
		seq, _ := d.get("sequence").integer()
		if seen[seq] {
			cv.is.value(d.path+".sequence", "sequence %d given to two diagnoses", seq)
		}
		seen[seq] = true
		cc := d.get("diagnosisCodeableConcept")
		if !cc.present() {
			if d.get("diagnosisReference").present() {
				cv.is.value(d.path+".diagnosisReference", "a reference to a Condition is not resolved: want diagnosisCodeableConcept with a coding of %s", SystemICD10CM)
			} else {
				cv.is.required(d.path+".diagnosisCodeableConcept", "want a coding of %s", SystemICD10CM)
			}
			continue
		}
		icd := cv.codeOf(cc, SystemICD10CM)
		if icd.path == "" {
			cv.is.value(cc.path, "want a coding of %s: %s", SystemICD10CM, systemsOf(cc))
			continue
		}
		cv.src[fmt.Sprintf("$.diagnoses[%d]", len(out))] = icd.path
		out = append(out, strings.ReplaceAll(icd.code, ".", ""))
	}
	return out
}

// lineDates are the earliest and latest item dates and where they are.
type lineDates struct {
	from, to         string
	fromPath, toPath string
}

func (cv *converter) lines(c *adjudicator.Claim) []adjudicator.Line {
	items := cv.claim.get("item").list()
	if len(items) == 0 {
		cv.is.required(cv.claim.path+".item", "want at least one item: the claim's service lines")
		return nil
	}
	auths := cv.insuranceAuth(items)
	var out []adjudicator.Line
	for i, it := range items {
		p := fmt.Sprintf("$.lines[%d]", i)
		l := adjudicator.Line{}
		seq := it.get("sequence")
		l.Number, _ = seq.integer()
		cv.src[p+".line"] = seq.path
		if it.get("detail").present() {
			cv.is.value(it.path+".detail", "sub-lines are not adjudicated: send each service as its own item")
		}
		l.Code = cv.procedure(it, c.ClaimType, p)
		for j, m := range it.get("modifier").list() {
			mod := cv.codeOf(m, SystemCPT, SystemHCPCS)
			if mod.path == "" {
				cv.is.value(m.path, "want a modifier coding of %s or %s: %s", SystemCPT, SystemHCPCS, systemsOf(m))
				continue
			}
			cv.src[fmt.Sprintf("%s.modifiers[%d]", p, j)] = mod.path
			l.Modifiers = append(l.Modifiers, mod.code)
		}
		if rev := it.get("revenue"); rev.present() {
			rc := cv.codeOf(rev, SystemRevenueCode)
			if rc.path == "" {
				cv.is.value(rev.path, "want a coding of %s: %s", SystemRevenueCode, systemsOf(rev))
			}
			l.RevenueCode = rc.code
			cv.src[p+".revenue_code"] = rc.path
		}
		pos := cv.placeOfService(it.get("locationCodeableConcept"))
		l.PlaceOfService = pos.code
		cv.src[p+".place_of_service"] = pos.path
		l.ServiceDate = cv.lineDate(it, p)
		var q *big.Rat
		l.Units, q = cv.units(it, p)
		l.ChargeCents = cv.charge(it, q, p)
		l.PriorAuth = cv.priorAuth(it, auths, p)
		out = append(out, l)
	}
	// A line's place of service equal to the claim's is the claim's,
	// inherited: the encoder writes every item's effective place, so that
	// FHIR readers unaware of ExtensionPlaceOfService still see it.
	if c.PlaceOfService != "" {
		for i := range out {
			if out[i].PlaceOfService == c.PlaceOfService {
				out[i].PlaceOfService = ""
			}
		}
	}
	return out
}

// procedure is the line's CPT or HCPCS code. An institutional line billed
// by revenue code alone sends productOrService (required by R4) as a
// data-absent-reason coding and gets no code.
func (cv *converter) procedure(it node, claimType, p string) string {
	ps := it.get("productOrService")
	var found []coded
	for _, cd := range ps.get("coding").list() {
		sys := cd.get("system").str()
		if sameSystem(sys, SystemCPT) || sameSystem(sys, SystemHCPCS) {
			found = append(found, coded{code: cd.get("code").str(), path: cd.path + ".code"})
		}
	}
	switch {
	case len(found) > 1 && slices.ContainsFunc(found[1:], func(c coded) bool { return c.code != found[0].code }):
		cv.is.value(ps.path, "%d CPT/HCPCS codings with different codes: want one", len(found))
		return ""
	case len(found) > 0:
		cv.src[p+".code"] = found[0].path
		return found[0].code
	case claimType == adjudicator.Institutional && cv.codeOf(ps, SystemDataAbsentReason).path != "":
		cv.src[p+".code"] = ps.path
		return ""
	}
	cv.is.value(ps.path, "want a CPT (%s) or HCPCS (%s) coding: %s", SystemCPT, SystemHCPCS, systemsOf(ps))
	return ""
}

// date reads a FHIR date or dateTime as a claims.v1 date: the date as
// written, in the sender's own time zone, which is how a date of service
// is meant. A partial date (a year, a month) is rejected.
func (cv *converter) date(n node) (string, bool) {
	s := n.str()
	if len(s) < len("2006-01-02") {
		cv.is.value(n.path, "want a full date (YYYY-MM-DD), got a partial date")
		return "", false
	}
	return s[:len("2006-01-02")], true
}

// lineDate: claims.v1 lines have one date of service: servicedDate, else
// servicedPeriod.start (else its end).
func (cv *converter) lineDate(it node, p string) string {
	n := it.get("servicedDate")
	if !n.present() {
		sp := it.get("servicedPeriod")
		if n = sp.get("start"); !n.present() {
			n = sp.get("end")
		}
	}
	if !n.present() {
		return ""
	}
	d, _ := cv.date(n)
	cv.src[p+".service_date"] = n.path
	return d
}

// units is quantity.value, a whole number; 1 when quantity is absent, as
// a claim form counts a service line once. It also returns the quantity
// as a rational for the charge.
func (cv *converter) units(it node, p string) (int, *big.Rat) {
	q := it.get("quantity")
	if !q.present() {
		return 1, big.NewRat(1, 1)
	}
	v := q.get("value")
	cv.src[p+".units"] = v.path
	n, ok := v.number()
	if !ok {
		cv.is.required(v.path, "want the number of units")
		return 0, nil
	}
	r, ok := decimal(n)
	if !ok {
		cv.is.value(v.path, "want a decimal number of units")
		return 0, nil
	}
	u, ok := whole(r)
	if !ok {
		cv.is.value(v.path, "want a whole number of units (up to 2147483647)")
		return 0, nil
	}
	return u, r
}

// amount reads a Money as dollars: value required, currency USD when
// given (the engine's amounts are US cents).
func (cv *converter) amount(m node) (*big.Rat, bool) {
	if cur := m.get("currency"); cur.present() && cur.str() != "USD" {
		cv.is.value(cur.path, "want USD")
		return nil, false
	}
	v := m.get("value")
	n, ok := v.number()
	if !ok {
		cv.is.required(v.path, "want the amount in US dollars")
		return nil, false
	}
	r, ok := decimal(n)
	if !ok {
		cv.is.value(v.path, "want a decimal amount")
		return nil, false
	}
	return r, true
}

// charge is the line's charge in cents: net, else unitPrice × quantity ×
// factor. When both are sent they must agree, since which one is billed
// would otherwise be a guess. Amounts are exact rationals until they
// become cents, and a fraction of a cent is rejected, never rounded.
func (cv *converter) charge(it node, qty *big.Rat, p string) int64 {
	net, up := it.get("net"), it.get("unitPrice")
	if !net.present() && !up.present() {
		cv.is.required(it.path+".net", "want net or unitPrice: the line's charge")
		return 0
	}
	var computed *big.Rat
	if up.present() && qty != nil {
		price, ok := cv.amount(up)
		if !ok {
			return 0
		}
		computed = new(big.Rat).Mul(price, qty)
		if f := it.get("factor"); f.present() {
			n, _ := f.number()
			factor, ok := decimal(n)
			if !ok {
				cv.is.value(f.path, "want a decimal factor")
				return 0
			}
			computed.Mul(computed, factor)
		}
	}
	if net.present() {
		total, ok := cv.amount(net)
		if !ok {
			return 0
		}
		cv.src[p+".charge_cents"] = net.path + ".value"
		if computed != nil && computed.Cmp(total) != 0 {
			cv.is.value(net.path+".value", "is not unitPrice × quantity × factor")
			return 0
		}
		c, ok := cents(total)
		if !ok {
			cv.is.value(net.path+".value", "want whole cents: at most 2 decimal places that are not zero")
		}
		return c
	}
	if computed == nil {
		return 0 // the quantity was rejected
	}
	cv.src[p+".charge_cents"] = up.path + ".value"
	c, ok := cents(computed)
	if !ok {
		cv.is.value(up.path+".value", "unitPrice × quantity × factor is not a whole number of cents: send net")
	}
	return c
}

// insuranceAuth is the authorization that applies to every line when no
// item carries ExtensionPriorAuth: the one preAuthRef of the focal
// insurance. Several, with no item saying which is its own, are rejected.
func (cv *converter) insuranceAuth(items []node) coded {
	for _, it := range items {
		if priorAuthExtension(it).present() {
			return coded{} // the items say which is whose
		}
	}
	var refs []coded
	for _, ins := range cv.claim.get("insurance").list() {
		if focal, _ := ins.get("focal").boolean(); !focal {
			continue
		}
		for _, r := range ins.get("preAuthRef").list() {
			if !slices.ContainsFunc(refs, func(c coded) bool { return c.code == r.str() }) {
				refs = append(refs, coded{code: r.str(), path: r.path})
			}
		}
	}
	switch len(refs) {
	case 0:
		return coded{}
	case 1:
		return refs[0]
	}
	cv.is.value(refs[1].path, "%d authorization numbers and no item says which is its own: put each on its item (extension %s)", len(refs), ExtensionPriorAuth)
	return coded{}
}

func priorAuthExtension(it node) node {
	for _, e := range it.get("extension").list() {
		if e.get("url").str() == ExtensionPriorAuth {
			return e
		}
	}
	return node{}
}

// priorAuth is the line's authorization number: its ExtensionPriorAuth,
// else the claim's single focal preAuthRef.
func (cv *converter) priorAuth(it node, claimAuth coded, p string) string {
	e := priorAuthExtension(it)
	if !e.present() {
		if claimAuth.path != "" {
			cv.src[p+".prior_auth"] = claimAuth.path
		}
		return claimAuth.code
	}
	v := e.get("valueString")
	if !v.present() {
		cv.is.value(e.path, "want valueString: the authorization number")
		return ""
	}
	cv.src[p+".prior_auth"] = v.path
	return v.str()
}

// serviceDates are billablePeriod's start and end; a bound it lacks is
// the earliest (latest) date of the items.
func (cv *converter) serviceDates(c *adjudicator.Claim) {
	bp := cv.claim.get("billablePeriod")
	if s := bp.get("start"); s.present() {
		c.ServiceFrom, _ = cv.date(s)
		cv.src["$.service_from"] = s.path
	}
	if e := bp.get("end"); e.present() {
		c.ServiceTo, _ = cv.date(e)
		cv.src["$.service_to"] = e.path
	}
	if c.ServiceFrom != "" && c.ServiceTo != "" {
		return
	}
	var d lineDates
	for _, it := range cv.claim.get("item").list() {
		for _, n := range []node{it.get("servicedDate"), it.get("servicedPeriod").get("start"), it.get("servicedPeriod").get("end")} {
			if !n.present() || len(n.str()) < len("2006-01-02") {
				continue
			}
			v := n.str()[:len("2006-01-02")]
			if d.from == "" || v < d.from {
				d.from, d.fromPath = v, n.path
			}
			if d.to == "" || v > d.to {
				d.to, d.toPath = v, n.path
			}
		}
	}
	if c.ServiceFrom == "" && !bp.get("start").present() {
		if d.from == "" {
			cv.is.required(bp.path+".start", "want the first date of service (or a servicedDate on the items)")
		}
		c.ServiceFrom = d.from
		cv.src["$.service_from"] = d.fromPath
	}
	if c.ServiceTo == "" && !bp.get("end").present() {
		if d.to == "" {
			cv.is.required(bp.path+".end", "want the last date of service (or a servicedDate on the items)")
		}
		c.ServiceTo = d.to
		cv.src["$.service_to"] = d.toPath
	}
}

// total, when sent, must be the sum of the line charges: a claim whose
// total and lines disagree has lost or gained a line on the way.
func (cv *converter) total(c *adjudicator.Claim) {
	t := cv.claim.get("total")
	if !t.present() || len(cv.is) > 0 {
		return
	}
	r, ok := cv.amount(t)
	if !ok {
		return
	}
	if new(big.Rat).Mul(r, hundred).Cmp(new(big.Rat).SetInt(totalCents(c))) != 0 {
		cv.is.value(t.path+".value", "is not the sum of the items' charges")
	}
}

// locate places a claims.v1 validation error on the FHIR element its field
// came from, in FHIR's words; placed is false when the field was not read
// from any element and the issue is put on the Claim.
func (cv *converter) locate(f adjudicator.FieldError) (is Issue, placed bool) {
	path, placed := cv.src[f.Path]
	placed = placed && path != ""
	if !placed {
		path = cv.claim.path
		if f.Path == "$.lines" {
			path += ".item"
		}
	}
	msg := strings.NewReplacer(
		"service_from to service_to", "billablePeriod",
		"service_from", "billablePeriod.start",
	).Replace(f.Msg)
	code := CodeValue
	if msg == "required" {
		code = CodeRequired
	}
	return Issue{Path: path, Code: code, Msg: msg}, placed
}

// priorClaim is the claim number of the claim this one corrects: Claim.related with
// relationship "prior" and the claim number in reference (an Identifier) or in claim's
// identifier. Empty when the claim corrects nothing.
func (cv *converter) priorClaim() (string, string) {
	for _, r := range cv.claim.get("related").list() {
		if cv.codeOf(r.get("relationship"), SystemRelatedClaim).code != "prior" {
			continue
		}
		for _, id := range []node{r.get("reference"), r.get("claim").get("identifier")} {
			if v := id.get("value"); v.str() != "" {
				return v.str(), v.path
			}
		}
		cv.is.required(r.path+".reference", "a prior claim is named by its claim number: want reference.value")
		return "", ""
	}
	return "", ""
}
