package adjudicator

// NPICheckDigit is the check digit CMS specifies for an NPI whose first nine digits are first9:
// the Luhn formula over "80840" (health applications, United States) and those nine digits.
// The prefix's doubled-and-summed digits always add 24, so they are counted as that constant.
// first9 must be nine ASCII digits.
func NPICheckDigit(first9 string) byte {
	sum := 24
	for i := range len(first9) {
		d := int(first9[len(first9)-1-i] - '0')
		if i%2 == 0 { // doubled: every other digit, starting from the rightmost of the nine
			if d *= 2; d > 9 {
				d -= 9
			}
		}
		sum += d
	}
	return byte((10 - sum%10) % 10)
}

// NPICheckDigitOK reports whether npi, ten ASCII digits, ends in its check digit.
func NPICheckDigitOK(npi string) bool {
	return len(npi) == 10 && npi[9]-'0' == NPICheckDigit(npi[:9])
}
