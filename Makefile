# timeline — the two set-up commands are `make serve` and `make test`.
GO       ?= go
BIN      := bin/timeline
CORPORA  ?= ../shared/corpora
T17SCORE ?= ../shared/tools/t17/score.py
FUZZTIME ?= 30s
# Minimizing a new input may take no longer than this: past FUZZTIME, go test fails with
# "context deadline exceeded" (whole-page targets such as FuzzHTMLPage run slowly under coverage).
FUZZMINTIME ?= 5s
PORT     ?= 8080
CHROMIUM ?= chromium

.PHONY: all build serve test test-beam test-go browser-deps lint fmt vet bench fuzz eval screenshot clean

all: build

build:
	$(GO) build -o $(BIN) ./cmd/timeline

# Builds the demo site from content/ and serves it at http://127.0.0.1:$(PORT)/,
# rebuilding and reloading the page when content/ or templates/ change.
serve:
	$(GO) run ./cmd/timeline serve --port $(PORT)

# Everything CI runs. Installs Debian's chromium (and axe-core from npm) for the
# browser tests when missing; without them those tests skip and say so.
test: browser-deps lint
	$(GO) test -count=1 ./...
	@$(MAKE) --no-print-directory test-beam

# The Beam pipeline (beam/, its own module) on Beam's local runner. Its
# modules come from the Go proxy: when they cannot be downloaded, the
# test is skipped and says so; once they are, it must build and pass.
# A cold download, build and test took 16 minutes on the 2-core machine
# (35 s download, 15 min compiling, 20 s testing; see the README).
test-beam:
	@if ! (cd beam && $(GO) mod download) >/dev/null 2>&1; then \
		echo "beam/: its modules cannot be downloaded (no network to the Go proxy?): skipping the Beam pipeline test"; \
	else cd beam && $(GO) vet ./... && $(GO) test -count=1 ./...; fi

browser-deps:
	@if [ ! -f .cache/npm/node_modules/axe-core/axe.min.js ] && command -v npm >/dev/null 2>&1; then \
		npm install --silent --no-audit --no-fund --prefix .cache/npm axe-core@4 >/dev/null 2>&1 \
			|| echo "axe-core could not be installed; the accessibility check will skip"; \
	fi
	@if ! command -v chromium >/dev/null 2>&1; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
			echo "installing chromium for the browser tests"; \
			(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
				|| echo "chromium could not be installed; browser tests will skip"; \
		else echo "chromium not found; browser tests will skip"; fi; \
	fi

lint: fmt vet

fmt:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet ./...

# Benchmarks, side by side in one run; results in bench/results.txt for benchstat.
bench:
	@command -v hugo >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hugo >/dev/null; } || echo "hugo not installed: the peer comparison will skip"
	@mkdir -p bench
	$(GO) test -run '^$$' -bench . -benchmem -count 1 ./... | tee bench/results.txt

# Each fuzz target for FUZZTIME (default 30s); the corpus grows under testdata/fuzz.
fuzz:
	@set -e; for pkg in $$($(GO) list ./...); do \
		for t in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz' || true); do \
			echo "== $$pkg $$t"; $(GO) test -run '^$$' -fuzz "^$$t$$" -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINTIME) $$pkg; \
		done; \
	done

# Scores the resolver on TempEval-3's TBAQ (strict/relaxed span F1, value F1)
# through the CLI, as an outside scorer would see it.
eval: build
	@if [ ! -d $(CORPORA)/tbaq ]; then echo "$(CORPORA)/tbaq not found: skipping the corpus scores"; exit 0; fi; \
	tmp=$$(mktemp -d); \
	for part in timebank aquaint; do \
		$(BIN) tag --timeml $(CORPORA)/tbaq/$$part $$tmp/$$part >/dev/null; \
		echo "== TBAQ $$part"; $(BIN) eval --gold $(CORPORA)/tbaq/$$part --system $$tmp/$$part; \
	done; rm -rf $$tmp
	$(GO) test -count=1 -run 'TestTBAQ' -v ./timeline/temporal/ | grep -E 'TBAQ|timexes|span|accuracy'
	@echo "== Timeline17 key dates: date F1, leave-one-topic-out cross-validated and in-sample (input = articles between the first and last gold date)"
	$(GO) test -count=1 -run 'TestFitKeyDates' -v ./timeline/event/ | grep -E 'held out|all topics|date F1|without|SKIP|skipping'
	@echo "== Timeline17 key dates and day summaries through the binary ($(T17SCORE); pubcount = the lead baseline)"
	@if [ ! -d $(CORPORA)/t17-dev ] || [ ! -f $(T17SCORE) ] || ! command -v python3 >/dev/null 2>&1; then \
		echo "$(CORPORA)/t17-dev, $(T17SCORE) or python3 not found: skipping the key-date summaries"; exit 0; fi; \
	out=$$(mktemp); trap 'rm -f "$$out"' EXIT; \
	python3 $(T17SCORE) --corpus $(CORPORA)/t17-dev $(BIN) >"$$out" || { cat "$$out"; exit 1; }; \
	cat "$$out"; tail -1 "$$out" | \
		awk '{ for (i = 1; i <= NF; i++) { split($$i, kv, "="); v[(seen[kv[1]]++ ? "base_" : "") kv[1]] = kv[2] } } \
		END { if (v["base_AR1"] > 0 && v["base_AR2"] > 0) printf "summaries against the lead baseline: ROUGE-1 %.2fx, ROUGE-2 %.2fx\n", v["AR1"] / v["base_AR1"], v["AR2"] / v["base_AR2"] }'

# Refreshes docs/screenshot.png, the README's picture, from the demo: the site is
# built into a temporary folder and photographed by headless chromium at the
# picture's size (a new profile each time, so the result does not depend on yours).
screenshot: build
	@command -v $(CHROMIUM) >/dev/null 2>&1 || { echo "$(CHROMIUM) not found: install chromium (make test does) or set CHROMIUM=/path/to/it"; exit 1; }
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	$(BIN) build -q --output "$$tmp/site" && \
	$(CHROMIUM) --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$$tmp/profile" \
		--window-size=1100,1500 --screenshot="$(CURDIR)/docs/screenshot.png" "file://$$tmp/site/index.html" >/dev/null 2>&1 && \
	echo "docs/screenshot.png refreshed from the demo"

clean:
	rm -rf bin public bench/results.txt
