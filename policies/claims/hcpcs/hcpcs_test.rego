# METADATA
# title: Tests for claims.hcpcs
package claims.hcpcs_test

import data.claims.hcpcs

test_shape if {
	hcpcs.shape("99213") == "99999"
	hcpcs.shape("1036F") == "9999F"
	hcpcs.shape("G0463") == "G9999"
}
