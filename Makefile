# Samen Weerbaar — one entry point for editors, developers and CI.
#   make serve   build strictly and serve on http://127.0.0.1:8000 (PORT=, HOST=; creates .venv
#                if missing); rebuilds on changes in docs/, data/, macros/, overrides/
#   make test    every test: unit, built site, real Chromium, LibreOffice, nginx (apt-get installs
#                chromium, poppler-utils, Java, LibreOffice, nginx and npm when missing)
#   make test-fast  every test except the real-browser ones (pytest -m "not browser")
#   make site    the deployable site in site/ (replaced only when the build succeeds)
#   make check   validate data/ only, Dutch messages "bestand:regel: veld: melding"
#   make lock    re-pin requirements.txt (with hashes) for the interpreter CI uses
#   make bench   build times (real data and data x10), Lighthouse (mobile) against the
#                budgets and the search bench (ours vs Pagefind); not part of `make test`
#                (installs nginx and lighthouse if missing)
#   make bench-zoeken  only the search bench (no Lighthouse needed)
#   make mutants  mutation testing (mutmut 3, pinned in requirements-mutanten.txt) of the modules
#                in scripts/mutanten.py, one at a time, fast unit tests only, and StrykerJS
#                (package.json devDependencies, stryker.config.json) on docs/javascripts/opslag.js;
#                prints the score per module (MODULES="verkleinen index" for a few, MODULES=opslag
#                for the JavaScript only); not part of `make test`

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
export NO_MKDOCS_2_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: serve site check test test-fast mutants lock-mutanten chromium java libreoffice lettertypen node nginx bench bench-zoeken bench-offline lock clean

# npm tools, pinned exactly in package.json + package-lock.json, installed without running
# package scripts. `dependencies` (axe-core, vnu-jar) are what `make test` needs;
# `devDependencies` (lighthouse) only `make bench`, (@stryker-mutator/core) only `make mutants`.
VNU_JAR := node_modules/vnu-jar/build/dist/vnu.jar
AXE_JS := node_modules/axe-core/axe.min.js
LIGHTHOUSE := node_modules/lighthouse/cli/index.js
STRYKER := node_modules/@stryker-mutator/core/bin/stryker.js
NPM_CI := npm ci --ignore-scripts --no-audit --no-fund
BENCH_ARGS ?=

$(STAMP): requirements.txt
	@$(PYTHON) -c 'import sys; v = sys.version_info; sys.exit(0 if v[:2] == (3, 11) and v >= (3, 11, 5) else "Python 3.11 nodig (3.11.5 of een latere 3.11.x; geef een andere op met PYTHON=), gevonden: " + sys.version.split()[0])'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements.txt
	touch $(STAMP)

serve: $(STAMP)
	$(PY) -m mkdocs serve --strict --dev-addr $(HOST):$(PORT)

# Build into a fresh folder first; only a complete, strict build replaces site/.
site: $(STAMP) lettertypen
	rm -rf .build/site-nieuw
	mkdir -p .build
	$(PY) -m mkdocs build --strict --site-dir .build/site-nieuw
	rm -rf site
	mv .build/site-nieuw site
	@echo "Site gebouwd in site/"

check: $(STAMP)
	$(PY) -m macros.koppeling.controleer

# The fonts the PDFs are set in (macros/uitvoer/pdf/lettertypen.py): without them WeasyPrint falls
# back to another font, and the PDF build stops with a message naming the package.
lettertypen:
	@dpkg -s fonts-liberation2 fonts-dejavu-core >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-liberation2 fonts-dejavu-core; }

chromium:
	@command -v chromium >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }
	@command -v pdftotext >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils; }

# LibreOffice (Writer and Calc, no GUI): tests open every DOCX, ODT and CSV download with it.
libreoffice:
	@command -v soffice >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libreoffice-writer-nogui libreoffice-calc-nogui; }

java:
	@command -v java >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jre-headless; }

node:
	@command -v npm >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm; }

# RUNLEVEL=1: installing the package must not start a system nginx; bench runs its own.
nginx:
	@command -v nginx >/dev/null || test -x /usr/sbin/nginx || { apt-get update -qq && RUNLEVEL=1 DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx; }

$(VNU_JAR) $(AXE_JS) &: package.json package-lock.json | node
	$(NPM_CI) --omit=dev
	touch $(VNU_JAR) $(AXE_JS)

$(LIGHTHOUSE) $(STRYKER) &: package.json package-lock.json | node
	$(NPM_CI)
	touch $(LIGHTHOUSE) $(STRYKER) $(VNU_JAR) $(AXE_JS)

test: $(STAMP) lettertypen chromium java libreoffice nginx $(VNU_JAR) $(AXE_JS)
	$(PY) -m pytest

bench: $(STAMP) lettertypen chromium nginx $(LIGHTHOUSE)
	CHROME_PATH=$$(command -v chromium) $(PY) scripts/bench.py $(BENCH_ARGS)

bench-zoeken: $(STAMP) chromium nginx
	$(PY) scripts/bench.py --alleen zoeken $(BENCH_ARGS)

# Offline (issue 26): bytes precached and time to "offline ready" on a slow phone.
bench-offline: $(STAMP) chromium
	$(PY) scripts/bench.py --alleen offline $(BENCH_ARGS)

test-fast: $(STAMP)
	$(PY) -m pytest -m "not browser"

MUTMUT_STAMP := .build/mutanten/.installed
MODULES ?=

$(MUTMUT_STAMP): requirements-mutanten.txt | $(STAMP)
	rm -rf .build/mutanten
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps --target .build/mutanten -r requirements-mutanten.txt
	touch $(MUTMUT_STAMP)

mutants: $(STAMP) $(MUTMUT_STAMP) $(STRYKER)
	$(PY) scripts/mutanten.py $(MODULES)

lock-mutanten:
	rm -rf .build/piptools && $(PYTHON) -m venv .build/piptools
	.build/piptools/bin/pip install --quiet pip-tools
	.build/piptools/bin/pip-compile --quiet --generate-hashes --strip-extras --allow-unsafe -c requirements.txt -o requirements-mutanten.txt requirements-mutanten.in

lock:
	rm -rf .build/piptools && $(PYTHON) -m venv .build/piptools
	.build/piptools/bin/pip install --quiet pip-tools
	.build/piptools/bin/pip-compile --quiet --generate-hashes --strip-extras --allow-unsafe -o requirements.txt requirements.in

clean:
	rm -rf site .build
