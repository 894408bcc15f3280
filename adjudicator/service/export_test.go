package service

// APIPayer exposes apiPayer to the external tests.
var APIPayer = apiPayer
