"""The window's translations: resources/translations/genviz_<language>.ts, one per language.

    python packaging/translations.py update          # lupdate: new strings from the code into every .ts
    python packaging/translations.py todo de          # the unfinished entries of one language, as JSON
    python packaging/translations.py fill de de.json  # write translations from {"context\\u0004source": text}
    python packaging/translations.py release          # lrelease: the .qm files the app loads (make does this)

Adding a language: add it to LANGUAGES in genviz/qt/translation.py, run `update`, then `todo` and `fill`.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from genviz.qt.translation import ENGLISH, LANGUAGES, TRANSLATIONS  # noqa: E402

SOURCES = [REPO / "genviz", REPO / "main.py"]
# The core marks what it declares for the window with `translatable` (genviz/core/translatable.py)
ALIASES = "QT_TR_NOOP+=translatable"
KEY_SEPARATOR = "\u0004"  # context and source in one JSON key, as Qt's own .qm hashing joins them
PLACEHOLDER = re.compile(r"\{[a-z_]*(?::[^}]*)?\}|<[^>]+>|&(?=\w)")  # what a translation must keep


def ts_files() -> list[Path]:
    return [TRANSLATIONS / f"genviz_{language}.ts" for language in LANGUAGES if language != ENGLISH]


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def lupdate(targets: list[Path]) -> None:
    """Every translatable string of the code into `targets`: new ones unfinished, vanished ones dropped."""
    subprocess.run([tool("pyside6-lupdate"), "-silent", "-extensions", "py", "-no-obsolete", "-locations", "none",
                    "-tr-function-alias", ALIASES, *map(str, SOURCES), "-ts", *map(str, targets)], check=True)


def messages(ts: Path):
    """(context, source, translation or None when unfinished) of every entry in `ts`."""
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            finished = translation is not None and translation.get("type") not in ("unfinished", "vanished")
            yield name, message.findtext("source") or "", translation.text if finished else None


def kept_marks(text: str) -> list[str]:
    """The placeholders, tags and & accelerators of a string, sorted: a translation must have the same."""
    return sorted(PLACEHOLDER.findall(text))


def fill(ts: Path, translations: dict[str, str]) -> int:
    """Write translations keyed by "context\\u0004source" into `ts`; the number written."""
    tree = ET.parse(ts)
    written = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            text = translations.get(f"{name}{KEY_SEPARATOR}{message.findtext('source')}")
            if text:
                translation = message.find("translation")
                translation.text = text
                translation.attrib.pop("type", None)
                written += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return written


def main(argv: list[str]) -> int:
    command = argv[0] if argv else ""
    if command == "update":
        TRANSLATIONS.mkdir(parents=True, exist_ok=True)
        lupdate(ts_files())
    elif command == "todo":
        ts = TRANSLATIONS / f"genviz_{argv[1]}.ts"
        todo = [f"{context}{KEY_SEPARATOR}{source}" for context, source, done in messages(ts) if done is None]
        print(json.dumps(todo, ensure_ascii=False, indent=1))
    elif command == "fill":
        ts = TRANSLATIONS / f"genviz_{argv[1]}.ts"
        print(fill(ts, json.loads(Path(argv[2]).read_text(encoding="utf-8"))), "written")
    elif command == "release":
        for ts in ts_files():
            subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                           check=True)
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
