# Two commands for a fresh machine: `make run` sets everything up and opens the app; `make test` sets
# everything up and runs the linters and the whole test suite.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint setup demo benchmarks clean

run: $(STAMP)
	$(BIN)/genviz

test: $(STAMP) lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check genviz tests benchmarks main.py
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
	$(BIN)/python benchmarks/gan_ring.py
	$(BIN)/python benchmarks/gan_digits.py
	$(BIN)/python benchmarks/diffusion_ring.py
	$(BIN)/python benchmarks/diffusion_digits.py
	$(BIN)/python benchmarks/diffusion_sampling_speed.py
	$(BIN)/python benchmarks/vae_digits.py
	$(BIN)/python benchmarks/vae_decode_speed.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis
