# METADATA
# title: HCPCS procedure codes
# description: >-
#   Helpers over procedure codes that both claims.benefits and its lookup
#   index (claims.benefits.index) need, kept here so that neither package
#   imports the other back.
package claims.hcpcs

# METADATA
# description: >-
#   The code with every digit replaced by 9: 99213 -> 99999, 1036F -> 9999F,
#   G0463 -> G9999. Codes in one range must share a shape: ranges compare
#   as strings, which orders codes of one shape only.
shape(code) := regex.replace(code, "[0-9]", "9")
