# samplan — the two commands that matter: `make run` and `make test`.
SWIFT   ?= swift
PREFIX  ?= /usr/local
BIN     := .build/debug/samplan
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps build run test install bench clean

all: build

# libedit-dev (and pkg-config to find it) come from apt when missing.
deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libedit; then \
		echo "Installing libedit-dev and pkg-config with apt-get…"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq libedit-dev pkg-config >/dev/null; \
	fi

build: deps
	$(SWIFT) build

run: build
	@$(BIN) $(ARGS)

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

install: deps
	$(SWIFT) build -c release --product samplan
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 0755 .build/release/samplan $(DESTDIR)$(PREFIX)/bin/samplan

clean:
	rm -rf .build
