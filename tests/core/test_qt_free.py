import subprocess
import sys
from pathlib import Path

import genviz


def test_the_core_never_imports_qt():
    """Import every core module in a fresh interpreter and check no Qt module came with it."""
    root = Path(genviz.__file__).parent
    modules = sorted(
        ".".join(path.relative_to(root.parent).with_suffix("").parts)
        for path in (root / "core").rglob("*.py")
    )
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'shiboken6')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
