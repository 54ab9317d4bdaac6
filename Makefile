# Entry points: make run | make test | make lint | make bench
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# Qt's xcb platform plugin needs these on a real screen (or Xvfb); offscreen needs none.
GUI_DEBS := libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-cursor0 \
	libxkbcommon-x11-0 libxcb-xinerama0 libxcb-randr0 libxcb-shape0 libxcb-xkb1 libegl1 libgl1 \
	libfontconfig1 libdbus-1-3 fonts-dejavu-core
# pdftotext/pdftoppm check the PDF dossiers in the tests; dossiers embed DejaVu Sans; the
# reference `age` tool decrypts a bundle test vector (that test is skipped without it).
TEST_DEBS := poppler-utils fonts-dejavu-core age

.PHONY: run test lint format bench screenshots translations i18n-update clean system-gui system-test

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Install missing Debian packages, only when we are root (CI, fresh machines).
define apt_install
	@missing=""; for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			echo "installing:$$missing"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
		else echo "note: missing system packages:$$missing (see README)"; fi; \
	fi
endef

system-gui:
	$(call apt_install,$(GUI_DEBS))

system-test:
	$(call apt_install,$(TEST_DEBS))

# Translations: .ts sources are in git, compiled .qm files are not (built here, as needed).
TS_FILES := $(wildcard resources/i18n/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM_FILES)

# Refresh the .ts files from the GUI's tr() calls and the CLI's translate() calls (then
# translate new strings in Linguist).
i18n-update: $(STAMP)
	for lang in en_GB ru_RU uz_Latn_UZ; do \
		$(VENV)/bin/pyside6-lupdate -silent -no-obsolete -source-language en \
			-target-language $$lang $$(find desktop_app/ui -name '*.py' | sort) \
			$$(ls desktop_app/cli*.py) -ts resources/i18n/sandiq_$${lang%%_*}.ts; \
	done

run: $(STAMP) system-gui $(QM_FILES)
	$(PY) -m desktop_app $(ARGS)

# Renders the main screens of a synthetic demo vault, in English and Russian.
screenshots: $(STAMP) system-gui $(QM_FILES)
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py

test: $(STAMP) system-test $(QM_FILES)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q $(PYTEST_ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(STAMP)
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

bench: $(STAMP) system-test
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -s tests/benchmarks -p no:cacheprovider -o addopts="" $(if $(CHECK),--bench-check,)

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
