"""A model opened only to be shown (a lesson's first step) is on screen before torch's compiler is imported: the
import takes about 2 s of the first step's 3 s, and only training needs it (an optimizer imports it when built)."""

import subprocess
import sys

import pytest

# lab -> (imports, a new session, the session that opens PATH): as the labs' views open a model file
LABS = {
    "text": ("from genviz.core.text.config import TextConfig as C; from genviz.core.text.session import TextSession",
             "TextSession(C())", "TextSession(C(), PATH)"),
    "diffusion": ("from genviz.core.diffusion.config import DiffusionConfig as C; "
                  "from genviz.core.diffusion.session import DiffusionSession, session_from_file",
                  "DiffusionSession(C())", "session_from_file(C(), PATH)"),
    "pixels": ("from genviz.core.pixels.config import PixelsConfig as C; "
               "from genviz.core.pixels.session import PixelsSession",
               "PixelsSession(C())", "PixelsSession(C(), None, None, PATH)"),
}

SHOW_THEN_TRAIN = """
import sys
{imports}
PATH = sys.argv[1]
session = {opened}
session.snapshot({{}})
print("shown", "torch._dynamo" in sys.modules)
session.step()
print("trained", "torch._dynamo" in sys.modules)
"""


@pytest.mark.parametrize("lab", sorted(LABS))
def test_an_opened_model_is_shown_without_torchs_compiler_and_then_trains(lab, tmp_path):
    imports, new, opened = LABS[lab]
    path = tmp_path / f"{lab}.safetensors"
    exec(f"{imports}\n{new}.save(PATH)", {"PATH": str(path)})  # here: only the process that opens it must be fresh
    script = SHOW_THEN_TRAIN.format(imports=imports, opened=opened)
    out = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split("\n")[:2] == ["shown False", "trained True"]
