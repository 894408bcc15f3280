package adjudicator

import "testing"

// Real NPIs from CMS's examples and the bundled sample pass; one digit off fails.
func TestNPICheckDigit(t *testing.T) {
	for _, npi := range []string{"1234567893", "1003811290", "1528056066"} {
		if !NPICheckDigitOK(npi) {
			t.Errorf("%s fails its check digit", npi)
		}
		bad := npi[:9] + string('0'+(npi[9]-'0'+1)%10)
		if NPICheckDigitOK(bad) {
			t.Errorf("%s passes", bad)
		}
	}
}
