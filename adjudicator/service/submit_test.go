package service_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimsledger/claims/adjudicator"
	"github.com/claimsledger/claims/adjudicator/intake"
	"github.com/claimsledger/claims/adjudicator/privacy"
	"github.com/claimsledger/claims/adjudicator/service"
)

// claimDoc is a valid native claim whose ids are health data that must
// never appear in an error.
func claimDoc(id string) string {
	return `{"schema":"claims.v1","claim_id":"` + id + `","claim_type":"professional","member_id":"SECRET-MEMBER",` +
		`"billing_npi":"1234567893","service_from":"2017-03-01","service_to":"2017-03-01","diagnoses":["F329"],` +
		`"lines":[{"line":1,"code":"99213","units":1,"charge_cents":12000}]}`
}

func pretty(t *testing.T, doc string) string {
	t.Helper()
	var b bytes.Buffer
	if err := json.Indent(&b, []byte(doc), "", "  "); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func write(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// readErr reads the file and returns its error with the temporary
// directory removed, so that messages can be compared whole.
func readErr(t *testing.T, name, format, content string) string {
	t.Helper()
	p := write(t, name, content)
	_, err := service.ReadInputs(p, format)
	if err == nil {
		t.Fatalf("%s accepted:\n%s", name, content)
	}
	msg := strings.ReplaceAll(err.Error(), filepath.Dir(p)+string(filepath.Separator), "")
	for _, secret := range []string{"SECRET", "F329", "F32.9"} {
		if strings.Contains(msg, secret) {
			t.Errorf("error quotes %q: %s", secret, msg)
		}
	}
	return msg
}

func TestReadInputsJSONErrorsGiveLineAndColumn(t *testing.T) {
	doc := pretty(t, claimDoc("SECRET-C1"))
	cases := []struct {
		name, file, content, want string
	}{
		{"pretty syntax", "one.json", strings.Replace(doc, `"units": 1,`, `"units": 1,,`, 1),
			`one.json line 16, column 18: invalid JSON: invalid character ',' looking for beginning of object key string`},
		{"pretty type", "one.json", strings.Replace(doc, `"units": 1,`, `"units": "1",`, 1),
			`one.json line 16, column 16: $.lines[0].units: want a whole number, got a string`},
		{"pretty unknown field", "one.json", strings.Replace(doc, `"units": 1,`, `"units": 1, "unit": 1,`, 1),
			`one.json line 16, column 19: $.lines[0]: unknown field "unit"`},
		{"pretty truncated", "one.json", doc[:len(doc)-10],
			`one.json line 18, column 2: unexpected end of input: an object, array or string is not closed`},
		{"ndjson type and validation errors, all reported", "many.ndjson",
			claimDoc("SECRET-C1") + "\n" + strings.Replace(claimDoc("SECRET-C2"), `"units":1`, `"units":0`, 1) + "\n\n" +
				strings.Replace(claimDoc("SECRET-C3"), `"line":1`, `"line":1.5`, 1) + "\n",
			"many.ndjson line 2: invalid claim: $.lines[0].units: want units >= 1, got 0\n" +
				"many.ndjson line 4, column 221: $.lines[0].line: want a whole number, got a number with a fraction or an exponent, or out of range"},
		{"ndjson syntax error stops", "many.ndjson", claimDoc("SECRET-C1") + "\n" + claimDoc("SECRET-C2")[:40] + "\n" + claimDoc("SECRET-C3"),
			`many.ndjson line 2, column 41: invalid JSON: invalid character '\n' in string literal`},
		{"array", "array.json", "[\n" + claimDoc("SECRET-C1") + ",\n" + strings.Replace(claimDoc("SECRET-C2"), `"units":1`, `"units":true`, 1) + ",\n" +
			strings.Replace(claimDoc("SECRET-C3"), `"billing_npi":"1234567893"`, `"billing_npi":"SECRET"`, 1) + "\n]",
			"array.json line 3, column 246 (claim [1]): $.lines[0].units: want a whole number, got true or false\n" +
				"array.json [2] (line 4): invalid claim: $.billing_npi: want a 10-digit NPI, got 6 characters (uppercase letters)"},
		{"array syntax", "array.json", "[\n" + claimDoc("SECRET-C1") + "\n" + claimDoc("SECRET-C2") + "\n]",
			`array.json line 3, column 1: invalid JSON: invalid character '{' after array element`},
		{"empty", "empty.json", "", "empty.json: no claims: the file is empty"},
		{"blank", "blank.json", " \n\t\n", "blank.json: no claims: the file is empty"},
		{"empty array", "none.json", " [ ]\n", "none.json: no claims: the array is empty"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := readErr(t, tc.file, service.FormatNative, tc.content); got != tc.want {
				t.Fatalf("got:\n%s\nwant:\n%s", got, tc.want)
			}
		})
	}
}

func TestReadInputsFormatsAndPlaces(t *testing.T) {
	p := pretty(t, claimDoc("A"))
	cases := []struct {
		name, content string
		where         []string
	}{
		{"one pretty object", p, []string{"f line 1"}},
		{"pretty objects one after another", p + "\n" + p, []string{"f line 1", fmt.Sprintf("f line %d", strings.Count(p, "\n")+2)}},
		{"ndjson", "\n" + claimDoc("A") + "\n" + claimDoc("B") + "\n", []string{"f line 2", "f line 3"}},
		{"array", "[" + claimDoc("A") + ",\n" + p + "]", []string{"f [0] (line 1)", "f [1] (line 2)"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			path := write(t, "f", tc.content)
			in, err := service.ReadInputs(path, service.FormatNative)
			if err != nil {
				t.Fatal(err)
			}
			var where []string
			for _, x := range in {
				where = append(where, strings.TrimPrefix(x.Where, filepath.Dir(path)+string(filepath.Separator)))
			}
			if fmt.Sprint(where) != fmt.Sprint(tc.where) {
				t.Fatalf("where = %q, want %q", where, tc.where)
			}
		})
	}
}

func TestReadInputsTuva(t *testing.T) {
	header := "claim_id,claim_line_number,claim_type,member_id,claim_start_date,claim_end_date,hcpcs_code,charge_amount,billing_npi,service_unit_quantity\n"
	row := "SECRET-C1,%d,professional,SECRET-MEMBER,2017-01-01,2017-01-01,99213,12.00,1234567893,%s\n"
	csv := header + fmt.Sprintf(row, 1, "1") + fmt.Sprintf(row, 2, "-2") + fmt.Sprintf(row, 3, "0.5")
	want := "claims.csv row 3, column service_unit_quantity: want a whole number of units >= 1, got \"-2\"\n" +
		"claims.csv row 4, column service_unit_quantity: want a whole number of units >= 1, got \"0.5\""
	if got := readErr(t, "claims.csv", service.FormatTuvaCSV, csv); got != want {
		t.Fatalf("got:\n%s\nwant:\n%s", got, want)
	}
	if got := readErr(t, "header.csv", service.FormatTuvaCSV, header); got != "header.csv: no claims: the file has a header and no rows" {
		t.Fatal(got)
	}
	if got := readErr(t, "empty.csv", service.FormatTuvaCSV, ""); got != "empty.csv: no claims: the file is empty" {
		t.Fatal(got)
	}
	path := write(t, "ok.csv", header+fmt.Sprintf(row, 1, "1")+fmt.Sprintf(row, 2, ""))
	in, err := service.ReadInputs(path, service.FormatTuvaCSV)
	if err != nil || len(in) != 1 || in[0].Where != path+" rows 2-3" {
		t.Fatalf("%+v, %v", in, err)
	}
	_, err = service.ReadInputs(write(t, "e.json", ""), service.FormatNative)
	if !errors.Is(err, service.ErrNoClaims) {
		t.Fatalf("err = %v, want ErrNoClaims", err)
	}
}

// producer records what it is asked to produce.
type producer struct{ calls [][]intake.Submission }

func (p *producer) Submit(_ context.Context, subs ...intake.Submission) error {
	p.calls = append(p.calls, subs)
	return nil
}

func keyer(t *testing.T) *privacy.Keyer {
	t.Helper()
	k, err := privacy.NewKeyer(bytes.Repeat([]byte{5}, 32))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// bigClaim is a valid claim of n lines.
func bigClaim(id string, n int) adjudicator.Claim {
	c := adjudicator.Claim{Schema: adjudicator.ClaimSchemaV1, ClaimID: id, ClaimType: adjudicator.Professional,
		MemberID: "SECRET-MEMBER", BillingNPI: "1234567893", ServiceFrom: "2017-03-01", ServiceTo: "2017-03-01"}
	for i := 1; i <= n; i++ {
		c.Lines = append(c.Lines, adjudicator.Line{Number: i, Code: "99213", Units: 1, ChargeCents: 100})
	}
	return c
}

func TestOversizeClaimIsNamedAndNothingIsProduced(t *testing.T) {
	k := keyer(t)
	s, err := privacy.NewSealer(bytes.Repeat([]byte{6}, 32))
	if err != nil {
		t.Fatal(err)
	}
	claims := []adjudicator.Claim{bigClaim("SECRET-SMALL", 1), bigClaim("SECRET-HUGE", 20000), bigClaim("SECRET-SMALL-2", 2)}
	var p producer
	err = service.Submit(context.Background(), &p, k, s, claims, nil)
	if err == nil || len(p.calls) != 0 {
		t.Fatalf("err = %v, %d produce calls; want an error and none", err, len(p.calls))
	}
	want := fmt.Sprintf("nothing submitted: claim #1 (claim key %x): the sealed message is ", k.Claim("SECRET-HUGE"))
	if !strings.HasPrefix(err.Error(), want) || !strings.HasSuffix(err.Error(), fmt.Sprintf("over the limit of %d bytes per message; split the claim", service.MaxMessageBytes)) {
		t.Fatalf("err = %v", err)
	}
	if strings.Contains(err.Error(), "SECRET") {
		t.Fatalf("error names the claim: %v", err)
	}

	// The limit is inclusive, and counts the key and the sealed value.
	sub, err := service.Encode(k, s, claims[2])
	if err != nil {
		t.Fatal(err)
	}
	n := len(sub.Key) + len(sub.Value)
	in := []service.Input{{Claim: claims[2], Where: "f.json line 3"}}
	if _, err := service.Prepare(k, s, in, n); err != nil {
		t.Fatalf("a message of exactly the limit refused: %v", err)
	}
	_, err = service.Prepare(k, nil, in, n-sealOverhead-1)
	if err == nil || !strings.Contains(err.Error(), fmt.Sprintf("f.json line 3 (claim key %x): the encoded message is %d bytes, over the limit of %d bytes",
		k.Claim(claims[2].ClaimID), n-sealOverhead, n-sealOverhead-1)) {
		t.Fatalf("err = %v", err)
	}
	// kafka-go's Writer refuses a message whose key, value and about 22
	// bytes of framing exceed its default BatchBytes of 1 MiB.
	if service.MaxMessageBytes+22 > 1<<20 {
		t.Fatalf("MaxMessageBytes %d leaves no room for framing under 1 MiB", service.MaxMessageBytes)
	}
}

const sealOverhead = 5 + 12 + 16

func TestSubmitProducesInChunks(t *testing.T) {
	k := keyer(t)
	claims := make([]adjudicator.Claim, 1201)
	for i := range claims {
		claims[i] = bigClaim(fmt.Sprint(i), 1)
	}
	var p producer
	var progress []int
	if err := service.Submit(context.Background(), &p, k, nil, claims, func(n int) { progress = append(progress, n) }); err != nil {
		t.Fatal(err)
	}
	if len(p.calls) != 3 || len(p.calls[0]) != 500 || len(p.calls[2]) != 201 || fmt.Sprint(progress) != "[500 1000 1201]" {
		t.Fatalf("%d calls, progress %v", len(p.calls), progress)
	}
	back, err := adjudicator.DecodeClaim(p.calls[2][200].Value)
	if err != nil || back.ClaimID != "1200" {
		t.Fatalf("last claim %+v, %v", back, err)
	}
}
