# Two commands for a fresh machine: `make run` sets everything up and opens the app; `make test` sets
# everything up and runs the linters and the whole test suite. `make app` builds the bundled app into
# dist/genviz/ and `make app-test` builds it and checks the built executable.
VENV ?= .venv
ifeq ($(OS),Windows_NT)  # Git Bash or MSYS2: a venv keeps its programs in Scripts, and programs end in .exe
PYTHON ?= python
BIN := $(VENV)/Scripts
EXE := .exe
else
PYTHON ?= python3
BIN := $(VENV)/bin
EXE :=
endif
STAMP := $(VENV)/.installed
APP_TOOLS := $(VENV)/.app-tools
APP := dist/genviz/genviz$(EXE)
# The window's translations, compiled from the .ts files that are kept in git (packaging/translations.py)
QM := $(patsubst %.ts,%.qm,$(wildcard resources/translations/*.ts))

.PHONY: run test lint setup demo benchmarks clean app app-test app-archive

run: $(STAMP) $(QM)
	$(BIN)/genviz

test: $(STAMP) $(QM) lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check genviz tests benchmarks packaging main.py
	$(BIN)/lint-imports

setup: $(STAMP)

# requirements.lock pins every package; torch==2.13.0 there is the CPU build where pip can see one
# (see the README for a GPU build).
$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --editable .
	touch $(STAMP)

resources/translations/%.qm: resources/translations/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# The bundle's build tools: only the app targets install them.
$(APP_TOOLS): $(STAMP) packaging/requirements.txt
	$(BIN)/python -m pip install --quiet -r packaging/requirements.txt
	touch $(APP_TOOLS)

# One folder with its own Python, Qt and the CPU torch of the venv (packaging/genviz.spec says what is left out).
# build/pyinstaller keeps PyInstaller's cache between builds on one machine; CI starts without it.
app: $(APP_TOOLS) $(QM)
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/genviz.spec

app-test: app
	$(BIN)/python packaging/app_test.py $(APP)

# The folder as one file to hand out: dist/genviz-VERSION-SYSTEM-MACHINE.tar.gz
app-archive: app
	tar -C dist -czf dist/genviz-$$($(APP) --version | cut -d' ' -f2)-$$(uname -s | tr A-Z a-z)-$$(uname -m).tar.gz genviz

demo: $(STAMP)
	$(BIN)/genviz demo --lab text --train-seconds 15 --screenshot docs/screenshot-text.png

benchmarks: $(STAMP)
	$(BIN)/python benchmarks/launch_time.py
	$(BIN)/python benchmarks/capitals_speed.py
	for seed in 0 1 2; do $(BIN)/python benchmarks/text_overfitting.py --steps 20000 --seed $$seed; done
	for lab in text gan diffusion vae; do $(BIN)/python benchmarks/gui_responsiveness.py --lab $$lab; done
	$(BIN)/python benchmarks/gui_responsiveness.py --lab diffusion --animate
	for lab in text vae; do $(BIN)/python benchmarks/latency.py --lab $$lab; done
	$(BIN)/python benchmarks/two_labs.py
	$(BIN)/python benchmarks/memory.py
	for seed in 0 1 2 3 4; do $(BIN)/python benchmarks/gan_ring.py --seed $$seed; done
	$(BIN)/python benchmarks/gan_digits.py
	$(BIN)/python benchmarks/diffusion_ring.py
	$(BIN)/python benchmarks/diffusion_digits.py
	$(BIN)/python benchmarks/diffusion_sampling_speed.py
	$(BIN)/python benchmarks/vae_digits.py
	$(BIN)/python benchmarks/vae_decode_speed.py
	for seed in 0 1 2; do $(BIN)/python benchmarks/pixels_digits.py --seed $$seed --steps 1500; done
	for seed in 0 1 2 3 4; do $(BIN)/python benchmarks/compare_digits.py --seed $$seed; done
	$(BIN)/python benchmarks/memorisation.py --seed 0
	$(BIN)/python benchmarks/timeline_text.py
	$(BIN)/python benchmarks/replay_speed.py
	$(BIN)/python benchmarks/timeline_diffusion.py
	for lab in text gan diffusion vae pixels; do $(BIN)/python benchmarks/scrub_latency.py --lab $$lab; done
	$(BIN)/python benchmarks/lesson_size_and_open.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis build dist
