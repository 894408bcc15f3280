# METADATA
# title: NCCI edits
# description: >-
#   CMS National Correct Coding Initiative edits for professional claims,
#   from the practitioner tables behind the cms.* built-ins.
#
#   Procedure-to-procedure (PTP): among the lines of one claim with the
#   same date of service (and so the same member and rendering provider:
#   both are claim-level here), a line whose code is column 2 of an edit in
#   force on that date (the date of service is before the edit's deletion
#   date) with another line's code as column 1 is denied, CARC 236.
#   Modifier indicator 0: the edit always applies; 1: it does not apply
#   when either line carries an NCCI-associated modifier; 9: it never
#   applies. The edit applies whatever else happens to the column-1 line
#   (denied as not covered, say): CMS edits are between billed codes, and
#   paying the column-2 code because the column-1 code was not paid would
#   pay for a service the edit says is part of another. When a pair is
#   edited both ways (the PTP file has no effective dates, so an edit and
#   the one that replaced it can both look in force), the line billed first
#   is taken as column 1 and kept.
#
#   Medically unlikely edits (MUE), Practitioner rows: adjudication
#   indicator 1 compares the units of each line with the code's maximum; 2
#   and 3 compare the units summed over the claim's lines with the same
#   code and date of service. Every line over the maximum is denied, CARC
#   151 with remark N362. Units are counted as billed, denied lines
#   included.
package claims.ncci

# METADATA
# description: >-
#   Modifiers that bypass an edit with modifier indicator 1: the NCCI PTP
#   associated modifiers (anatomic, global surgery, and 59 with its X{EPSU}
#   subsets, 25, 27, 91).
associated_modifiers := {
	"59", "XE", "XS", "XP", "XU", "25", "57", "58", "78", "79", "91", "27",
	"E1", "E2", "E3", "E4", "FA", "F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9",
	"LT", "RT", "LC", "LD", "LM", "RC", "RI",
	"TA", "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9",
}

# METADATA
# description: >-
#   {position of a denied line: {"column_1": position of the line it is
#   bundled into, "mi": modifier indicator}} for the claim's lines
#   (positions index input.claim.lines); the first column-1 line by
#   position when there are several.
ptp := {} if {
	count(input.claim.lines) == 1
} else := {j: {"column_1": i, "mi": mi} |
	some j in {j | some [_, j, _] in _applied}
	[i, mi] := min({[i, mi] |
		some [i, j2, mi] in _applied
		j2 == j
		not _kept(i, j)
	})
}

# METADATA
# description: >-
#   Every edit in force between two lines of the claim with the same date
#   of service, as [column-1 position, column-2 position, modifier
#   indicator]. Single-line claims and institutional claims have none, and
#   skip the built-in.
edits contains [ks[a], ks[b], mi] if {
	input.claim.claim_type == "professional"
	count(input.claim.lines) > 1
	some ks in _by_date
	count(ks) > 1
	codes := [input.claim.lines[k].code | some k in ks]
	some [a, b, mi] in cms.ptp_edits(codes, input.claim.lines[ks[0]].dos)
}

# Positions of the claim's lines grouped by date of service, each group in
# claim order.
_by_date contains [k | some k, l in input.claim.lines; l.dos == d] if {
	some line in input.claim.lines
	d := line.dos
}

# The edits that apply: indicator 0, or 1 without an NCCI modifier on
# either line.
_applied contains [i, j, mi] if {
	some [i, j, mi] in edits
	mi != 9
	not _bypassed(i, j, mi)
}

_bypassed(i, _, 1) if _modified(i)

_bypassed(_, j, 1) if _modified(j)

_modified(k) if {
	some m in input.claim.lines[k].modifiers
	m in associated_modifiers
}

# Line j is column 1 of an edit with i as well and was billed first: it
# stays, and i is the one denied.
_kept(i, j) if {
	some [j2, i2, _] in _applied
	j2 == j
	i2 == i
	input.claim.lines[j].line < input.claim.lines[i].line
}

# METADATA
# description: >-
#   The PTP denial of the line at position k, {"group", "carc", "remarks",
#   "why"}; undefined when no edit applies to it.
ptp_denial(k) := {
	"group": "CO", "carc": "236", "remarks": [],
	"why": [
		"claims.ncci: %s (line %d) is column 2 of an NCCI PTP edit with %s (line %d), modifier indicator %d%s",
		[line.code, line.line, col1.code, col1.line, e.mi, _mi_note(e.mi)],
	],
} if {
	e := ptp[k]
	line := input.claim.lines[k]
	col1 := input.claim.lines[e.column_1]
}

_mi_note(0) := ": no modifier bypasses it"

_mi_note(1) := ": neither line has an NCCI-associated modifier"

_mi_note(mi) := "" if not mi in {0, 1}

# METADATA
# description: >-
#   The MUE denial of the line at position k (CARC 151, N362); undefined
#   when the code has no Practitioner MUE or the units are within it.
mue_denial(k) := {
	"group": "CO", "carc": "151", "remarks": ["N362"],
	"why": [
		"claims.ncci: %s: %d units %s, over the MUE of %d (adjudication indicator %d)",
		[line.code, units, _mue_scope(m.mai), m.uos, m.mai],
	],
} if {
	input.claim.claim_type == "professional"
	line := input.claim.lines[k]
	m := cms.mue(line.code)
	units := _mue_units(k, m.mai)
	units > m.uos
}

# The units an MUE compares: the line's own for adjudication indicator 1,
# and also when no two lines of the claim bill the same code (the claim's
# units of the code on the date are then the line's); else the claim's
# units of the code on the line's date.
_mue_units(k, mai) := input.claim.lines[k].units if {
	mai == 1
} else := input.claim.lines[k].units if {
	_distinct_codes
} else := sum([l.units | some l in input.claim.lines; l.code == line.code; l.dos == line.dos]) if {
	line := input.claim.lines[k]
}

_distinct_codes if count(input.claim.lines) == 1

_distinct_codes if count({line.code | some line in input.claim.lines}) == count(input.claim.lines)

_mue_scope(1) := "on the line"

_mue_scope(mai) := "on the date of service, summed over the claim's lines" if mai != 1
