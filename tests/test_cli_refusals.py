"""Every bad input to the command line, as a user would type it, in a real process with a time and memory limit:
exit status 2, one sentence on stderr, no traceback, within 2 s, and no file changed (or created).

Refusals must come before torch is imported, so each case runs under an address-space limit of 500 MB, which
torch alone (about 640 MB of address space) does not fit in: a check that slips behind the import fails here.
The cases run two at a time (one per core of a small machine), so the files are compared once, before and after
all of them.
"""

import hashlib
import os
import pty
import resource
import select
import signal
import stat
import struct
import subprocess
import sys
import tempfile
import threading
import time
import zlib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

from tests.core.model_file_bytes import with_config_text, with_first_weight, with_settings

REFUSAL_MEMORY = 500 * 2**20  # address space, which is never less than the memory actually used
TORCH_MEMORY = 2 * 2**30  # for the commands that start real work, torch included
TIMEOUT_S = 20  # a hang fails the test instead of hanging the suite
REFUSAL_S = 2.0
CORPUS = "the red fox runs . the blue bird sings . the red bird runs . " * 50


@dataclass
class Run:
    status: int
    out: str
    err: str
    seconds: float


def genviz(folder: Path, *argv: str, memory: int = REFUSAL_MEMORY, interrupt_on: str | None = None,
           tty: bool = False) -> Run:
    """Run `genviz argv` in folder under a memory limit and a timeout; with interrupt_on, press Ctrl+C (SIGINT) once
    that text appears on stderr (a terminal when tty, so progress is drawn)."""

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
        # Ctrl+C as a terminal user's: a shell's background job (pytest started with &) ignores it, and its
        # children would inherit that
        signal.signal(signal.SIGINT, signal.SIG_DFL)

    env = {k: v for k, v in os.environ.items() if k != "GENVIZ_DEBUG"}
    reader, writer = pty.openpty() if tty else os.pipe()
    with tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        process = subprocess.Popen([sys.executable, "-m", "genviz.cli", *argv], cwd=folder, env=env, stdout=out,
                                   stderr=writer, stdin=subprocess.DEVNULL, preexec_fn=limit)
        os.close(writer)
        timer = threading.Timer(TIMEOUT_S, process.kill)
        timer.start()
        err = b""
        interrupted = False
        try:
            while True:
                select.select([reader], [], [])
                try:
                    chunk = os.read(reader, 65536)
                except OSError:  # a terminal reports its end as an error
                    chunk = b""
                if not chunk:
                    break
                err += chunk
                if interrupt_on and not interrupted and interrupt_on.encode() in err:
                    process.send_signal(signal.SIGINT)
                    interrupted = True
            _, wait_status = os.waitpid(process.pid, 0)
        finally:
            timer.cancel()
            os.close(reader)
        process.returncode = os.waitstatus_to_exitcode(wait_status)
        seconds = time.perf_counter() - start
        out.seek(0)
        return Run(process.returncode, out.read().decode(), err.decode(errors="replace"), seconds)


def png_header(width: int, height: int) -> bytes:
    """A PNG that claims width x height gray pixels: enough for an image reader to learn its size."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\0" * 16)) + chunk(b"IEND", b""))


@pytest.fixture(scope="module")
def work(tmp_path_factory):
    """A folder of inputs: a corpus, real and damaged model files, special files, and image folders."""
    from PIL import Image

    from genviz.core.gan.config import default_config
    from genviz.core.gan.session import GanSession
    from genviz.core.text.config import TextConfig
    from genviz.core.text.session import TextSession

    folder = tmp_path_factory.mktemp("refusals")
    (folder / "corpus.txt").write_text(CORPUS)
    (folder / "big.txt").write_text("word " * 1_100_000)  # 5.5 MB, over the 5 MB limit
    (folder / "models").mkdir()
    os.mkfifo(folder / "fifo")
    locked = folder / "locked"
    locked.mkdir(mode=0o500)
    text = TextSession(TextConfig(n_embd=16, n_head=2, block_size=8, batch_size=8), text=CORPUS)
    text.step()
    text.save(folder / "text.safetensors")
    gan = GanSession(default_config("ring", width=16, batch_size=32))
    gan.step()
    gan.save(folder / "gan.safetensors")
    data = (folder / "text.safetensors").read_bytes()
    for name, changed in {
        "layers": with_settings(data, n_layer=1_000_000),
        "wide": with_settings(data, n_embd=100_000),
        "long": with_settings(data, block_size=1e9),
        "words": with_settings(data, n_embd="sixty-four"),
        "list": with_config_text(data, "[1, 2, 3]"),
        "nan": with_first_weight(data, float("nan")),
    }.items():
        (folder / f"{name}.safetensors").write_bytes(changed)
    gan_data = (folder / "gan.safetensors").read_bytes()
    (folder / "gan_inf.safetensors").write_bytes(with_first_weight(gan_data, float("inf")))
    (folder / "gan_wide.safetensors").write_bytes(with_settings(gan_data, width=10**9))
    for name in ("huge", "mixed"):
        (folder / name).mkdir()
        (folder / name / "huge.png").write_bytes(png_header(12_000, 12_000))  # 144 megapixels
    Image.new("L", (20, 20), 128).save(folder / "mixed" / "small.png")
    yield folder
    locked.chmod(0o700)


def snapshot(folder: Path) -> dict:
    """Every entry under folder with its kind and, for files, a hash of the contents; and the state of /dev/null
    and /dev/full, which a careless save would replace by a file."""
    state = {}
    for path in sorted(folder.rglob("*")):
        mode = path.lstat().st_mode
        state[str(path.relative_to(folder))] = (
            hashlib.sha1(path.read_bytes()).hexdigest() if stat.S_ISREG(mode) else stat.S_IFMT(mode))
    for device in ("/dev/null", "/dev/full"):
        state[device] = stat.S_ISCHR(os.stat(device).st_mode)
    return state


TRAIN_TEXT = ["train", "text", "--data", "corpus.txt", "--steps", "1", "--out"]
LAB_DATA = {"text": "corpus.txt", "gan": "ring", "diffusion": "ring", "vae": "ring"}
NOT_ROOT = pytest.mark.skipif(os.geteuid() == 0, reason="root writes in read-only folders")

CASES = [
    # outputs that cannot or must not be written, all refused before training
    ("out is /dev/full", [*TRAIN_TEXT, "/dev/full"], "/dev/full is a device"),
    ("out is /dev/null", [*TRAIN_TEXT, "/dev/null"], "/dev/null is a device"),
    ("out is a folder", [*TRAIN_TEXT, "models"], "models is a folder"),
    ("out under /proc", [*TRAIN_TEXT, "/proc/x"], "under /proc or /sys"),
    ("out in a missing folder", [*TRAIN_TEXT, "nowhere/m.safetensors"], "does not exist"),
    ("out inside a file", [*TRAIN_TEXT, "corpus.txt/m.safetensors"], "corpus.txt is a file, not a folder"),
    ("out is the corpus", [*TRAIN_TEXT, "corpus.txt"], "also an input"),
    ("out in a read-only folder", [*TRAIN_TEXT, "locked/m.safetensors"], "cannot write in the folder", NOT_ROOT),
    ("sample out is the model", ["sample", "gan.safetensors", "--out", "gan.safetensors"], "also an input"),
    ("sample out is /dev/full", ["sample", "gan.safetensors", "--out", "/dev/full"], "is a device"),
    ("data out in a missing folder", ["data", "ring", "--out", "nowhere/s.npy"], "does not exist"),
    # inputs that are not regular files, or too large: refused by name, never read or waited on
    ("data is /dev/zero", ["train", "text", "--data", "/dev/zero", "--steps", "1", "--out", "m.safetensors"],
     "/dev/zero is a device"),
    ("data is /dev/urandom", ["train", "text", "--data", "/dev/urandom", "--steps", "1", "--out", "m.safetensors"],
     "/dev/urandom is a device"),
    ("data is a FIFO", ["train", "text", "--data", "fifo", "--steps", "1", "--out", "m.safetensors"], "pipe (FIFO)"),
    ("data under /proc", ["train", "text", "--data", "/proc/self/status", "--steps", "1", "--out", "m.safetensors"],
     "under /proc or /sys"),
    ("data is a folder", ["train", "text", "--data", "models", "--steps", "1", "--out", "m.safetensors"],
     "is a folder"),
    ("data over 5 MB", ["train", "text", "--data", "big.txt", "--steps", "1", "--out", "m.safetensors"],
     "larger than the limit of 5 MB"),
    ("image folder /proc", ["train", "gan", "--data", "/proc", "--steps", "1", "--out", "m.safetensors"],
     "under /proc or /sys"),
    ("only images over the pixel limit", ["data", "huge", "--out", "s.npy"], "over 50 megapixels"),
    ("model is /dev/zero", ["next-token", "/dev/zero", "--prompt", "the"], "/dev/zero is a device"),
    ("model is a FIFO", ["generate", "fifo", "--prompt", "the", "--tokens", "3"], "pipe (FIFO)"),
    ("model under /proc", ["sample", "/proc/self/status", "--out", "s.npy"], "under /proc or /sys"),
    # model files whose settings are absurd or of the wrong type, or whose weights are not numbers
    ("n_layer 1000000", ["next-token", "layers.safetensors", "--prompt", "the"], "Layers must be from 1 to 12"),
    ("n_embd 100000", ["generate", "wide.safetensors", "--prompt", "the", "--tokens", "3"],
     "Width must be from 8 to 512"),
    ("block_size 1e9", ["next-token", "long.safetensors", "--prompt", "the"], "block_size is 1000000000.0"),
    ("n_embd sixty-four", ["next-token", "words.safetensors", "--prompt", "the"], "not a whole number"),
    ("config a list", ["next-token", "list.safetensors", "--prompt", "the"], "damaged genviz metadata"),
    ("NaN weights", ["next-token", "nan.safetensors", "--prompt", "the"], "the model's weights are damaged"),
    ("infinite weights", ["sample", "gan_inf.safetensors", "--out", "s.npy"], "the model's weights are damaged"),
    ("GAN width 1e9", ["sample", "gan_wide.safetensors", "--out", "s.npy"], "Width must be from 4 to 2,048"),
    # numbers out of range, in every lab
    *[(f"{lab} {option} {value}", ["train", lab, "--data", LAB_DATA[lab], *budget, option, value, "--out",
                                   "m.safetensors"], words)
      for lab in LAB_DATA
      for option, value, budget, words in [
          ("--steps", "0", [], "at least 1"), ("--steps", "-1", [], "at least 1"),
          ("--seconds", "0", [], "above 0"), ("--seconds", "-5", [], "above 0"), ("--seconds", "nan", [], "above 0"),
          ("--seconds", "inf", [], "above 0"), ("--seed", str(2**70), ["--steps", "1"], "at most ")]],
    ("text layers 1000000", [*TRAIN_TEXT[:-1], "--layers", "1000000", "--out", "m.safetensors"],
     "--layers: must be at most 12"),
    ("gan width 0", ["train", "gan", "--steps", "1", "--width", "0", "--out", "m.safetensors"],
     "--width: must be at least 4, not 0"),
    ("diffusion timesteps 5", ["train", "diffusion", "--steps", "1", "--timesteps", "5", "--out", "m.safetensors"],
     "--timesteps: must be at least 10, not 5"),
    ("vae beta nan", ["train", "vae", "--steps", "1", "--beta", "nan", "--out", "m.safetensors"],
     "--beta: must be a finite number"),
    ("top 0", ["next-token", "text.safetensors", "--prompt", "the", "--top", "0"], "at least 1"),
    ("top -1", ["next-token", "text.safetensors", "--prompt", "the", "--top", "-1"], "at least 1"),
    ("temperature nan", ["next-token", "text.safetensors", "--prompt", "the", "--temperature", "nan"],
     "--temperature: must be a finite number"),
    ("tokens -1", ["generate", "text.safetensors", "--prompt", "the", "--tokens", "-1"], "at least 0 tokens"),
    ("tokens 100000", ["generate", "text.safetensors", "--prompt", "the", "--tokens", "100000"],
     "at most 10,000 tokens"),
    ("sample -n 10000000", ["sample", "gan.safetensors", "-n", "10000000", "--out", "s.npy"],
     "at most 10,000 samples"),
    ("sample -n 0", ["sample", "gan.safetensors", "-n", "0", "--out", "s.npy"], "at least 1 sample"),
    ("sample seed 2**70", ["sample", "gan.safetensors", "--seed", str(2**70), "--out", "s.npy"], "at most"),
    ("data -n 10000000", ["data", "ring", "-n", "10000000", "--out", "s.npy"], "at most 100,000 samples"),
    # the demo: its numbers and its screenshot are checked before a window opens
    ("demo seconds nan", ["demo", "--train-seconds", "nan", "--screenshot", "s.png"], "above 0"),
    ("demo seconds inf", ["demo", "--train-seconds", "inf", "--screenshot", "s.png"], "above 0"),
    ("demo seconds -1", ["demo", "--train-seconds", "-1", "--screenshot", "s.png"], "above 0"),
    ("demo screenshot under /proc", ["demo", "--train-seconds", "1", "--screenshot", "/proc/x.png"], "/proc"),
    ("demo screenshot in a missing folder", ["demo", "--train-seconds", "1", "--screenshot", "nowhere/s.png"],
     "does not exist"),
    ("demo screenshot is a folder", ["demo", "--train-seconds", "1", "--screenshot", "models"], "is a folder"),
]


SKIPPED = {case[0] for case in CASES if any(mark.args[0] for mark in case[3:])}


@pytest.fixture(scope="module")
def refusals(work):
    """Every case's run, and the folder's state before and after them all."""
    before = snapshot(work)
    wanted = [case for case in CASES if case[0] not in SKIPPED]
    with ThreadPoolExecutor(max_workers=2) as pool:
        runs = dict(zip([case[0] for case in wanted], pool.map(lambda case: genviz(work, *case[1]), wanted),
                        strict=True))
    for case, run in runs.items():  # the table the README's reliability section reports
        print(f"{case}: exit {run.status}, {run.seconds:.2f} s: {run.err.strip()}")
    return runs, before, snapshot(work)


@pytest.mark.parametrize(("case", "words"), [pytest.param(case[0], case[2], id=case[0], marks=case[3:])
                                             for case in CASES])
def test_a_bad_input_is_refused_at_once_in_one_sentence(refusals, case, words):
    run = refusals[0][case]
    lines = run.err.strip().splitlines()
    assert run.status == 2, run.err
    assert len(lines) == 1 and lines[0].startswith("genviz: ") and words in lines[0], run.err
    assert "Traceback" not in run.err and "Warning" not in run.err
    assert run.out == ""
    assert run.seconds < REFUSAL_S


def test_no_refusal_changed_or_created_a_file(refusals):
    _, before, after = refusals
    assert after == before


def test_images_over_the_pixel_limit_are_skipped_and_counted_without_a_raw_warning(work):
    run = genviz(work, "data", "mixed", "--out", "mixed.npy")
    assert run.status == 0, run.err
    assert run.err.strip() == "1 image over 50 megapixels was skipped."
    assert np.load(work / "mixed.npy").shape == (1, 16, 16)


def test_sample_says_the_file_it_wrote(work):
    run = genviz(work, "sample", "gan.safetensors", "-n", "4", "--out", "adir", memory=TORCH_MEMORY)
    assert run.status == 0, run.err
    assert run.out.strip() == "saved (4, 2) to adir"
    assert np.load(work / "adir").shape == (4, 2)


def test_ctrl_c_while_training_saves_nothing_and_says_so(work):
    before = snapshot(work)
    run = genviz(work, "train", "text", "--data", "corpus.txt", "--seconds", "60", "--out", "m.safetensors",
                 memory=TORCH_MEMORY, interrupt_on=" loss ")  # a progress line: training has begun
    assert run.status == 130, run.err
    last = run.err.strip().splitlines()[-1]
    assert last.startswith("genviz: interrupted at step ") and last.endswith("; nothing was saved."), run.err
    assert "Traceback" not in run.err
    assert snapshot(work) == before


def test_generation_shows_progress_on_a_terminal_and_ctrl_c_prints_nothing(work):
    run = genviz(work, "generate", "text.safetensors", "--prompt", "the", "--tokens", "10000", memory=TORCH_MEMORY,
                 interrupt_on="of 10,000 tokens", tty=True)
    assert run.status == 130, run.err
    assert run.err.strip().splitlines()[-1] == "genviz: interrupted; nothing was printed."
    assert "Traceback" not in run.err
    assert run.out == ""
