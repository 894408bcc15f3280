# `make test` is the one command CI runs (.ci/run): it installs what the
# tests need when it is missing, then runs every test.
SHELL := /bin/bash
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)
GO ?= go

.PHONY: test deps redis-server contracts-deps generate vet demo bench fuzz clean

test: deps vet
	$(GO) test -count=1 -timeout 40m ./...

deps: redis-server contracts-deps

# Integration tests start their own redis-server on a free loopback port.
redis-server:
	@command -v redis-server >/dev/null 2>&1 || { \
	  echo "installing redis-server (Debian package)"; \
	  $(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server; }
	@redis-server --version

# solc (solcjs) and OpenZeppelin, pinned in contracts/package-lock.json; the
# bindings drift test compiles the contracts with them.
contracts-deps: contracts/node_modules/.package-lock.json

contracts/node_modules/.package-lock.json: contracts/package.json contracts/package-lock.json
	cd contracts && npm ci --no-audit --no-fund
	@touch $@

# Regenerates bindings/ from contracts/.
generate: contracts-deps
	$(GO) generate ./...

vet:
	$(GO) vet ./...

demo:
	$(GO) run ./cmd/claims demo

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

fuzz:
	$(GO) test -run '^$$' -fuzz FuzzDecodeClaim -fuzztime 30s ./adjudicator/

clean:
	rm -rf contracts/node_modules
