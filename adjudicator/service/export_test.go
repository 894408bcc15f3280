package service

// APIPayer exposes apiPayer to the external tests.
var APIPayer = apiPayer

// ReadTopic exposes readTopic to the external tests.
var ReadTopic = readTopic
