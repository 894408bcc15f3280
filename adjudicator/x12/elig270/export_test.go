package elig270

// Read271 reads back a 271's hierarchy, for tests that check what Write wrote and the shared
// 271 samples.
var Read271 = read271

type (
	Level271 = level271
	EB271    = eb271
)
