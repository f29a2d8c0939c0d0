# Two commands for a new user: `make run` and `make test` (see README.md).
SHELL := /bin/bash
PY := .venv/bin/python
PIP := .venv/bin/pip
WAREHOUSE ?= data/warehouse
PORT ?= 8501

.PHONY: run test etl eval venv dev-deps browser lint fuzz bench bench-quick clean

.venv/.installed: requirements.txt
	test -x $(PY) || python3 -m venv .venv
	$(PIP) install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

.venv/.installed-dev: .venv/.installed requirements-dev.txt
	$(PIP) install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

venv: .venv/.installed

dev-deps: .venv/.installed-dev

# Debian's Chromium (browser tests, chart images) and CJK fonts; `playwright install`
# cannot download browsers offline, so Playwright drives /usr/bin/chromium.
browser:
	@if [ ! -x /usr/bin/chromium ] || ! fc-list 2>/dev/null | grep -qi "noto.*cjk"; then \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium fonts-noto-cjk >/dev/null \
	    || echo "warning: could not install chromium (browser tests will be skipped)"; \
	fi

etl: venv
	$(PY) -m etl --input data/raw --output $(WAREHOUSE) --curation data/curation.yaml

# Extraction accuracy on real articles: ../shared/dev and the samples, per-document misses.
eval: venv
	$(PY) -m etl.evaluate dev
	$(PY) -m etl.evaluate seeds

run: etl browser
	WAREHOUSE_DIR=$(WAREHOUSE) RAW_DIR=data/raw CURATION_FILE=data/curation.yaml \
	  .venv/bin/streamlit run serve.py --server.port $(PORT)

# Property tests run derandomised here (reproducible); `make fuzz` explores at length.
test: dev-deps browser
	HYPOTHESIS_PROFILE=ci $(PY) -m pytest -q -p no:cacheprovider --durations=15

lint: dev-deps
	.venv/bin/ruff check .

# The long property-based run: >= 10,000 examples per extractor (make test runs a short one).
fuzz: dev-deps
	HYPOTHESIS_PROFILE=long $(PY) -m pytest -q -p no:cacheprovider tests -m fuzz

# Speed, memory and load figures (printed and appended to bench/RESULTS.md); never a test.
bench: dev-deps browser
	$(PY) bench/etl.py
	$(PY) bench/dashboard.py
	$(PY) bench/load.py

# A few minutes: 1k documents, 10k events, a short load run.
bench-quick: dev-deps browser
	$(PY) bench/etl.py --quick
	$(PY) bench/dashboard.py --quick
	$(PY) bench/load.py --sessions 5 --seconds 20

clean:
	rm -rf data/warehouse data/.warehouse.* tests/artifacts bench/out
