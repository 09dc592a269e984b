"""The .ts files are complete and true to the code: lupdate finds nothing they lack, nothing is unfinished, every
translation keeps its placeholders, tags and shortcut marks, and the compiled file translates."""

import importlib.util
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("translations", REPO / "packaging" / "translations.py")
translations = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(translations)
TS_FILES = translations.ts_files()


def test_every_language_has_a_ts_file():
    assert TS_FILES and all(ts.is_file() for ts in TS_FILES)


def test_lupdate_finds_no_string_in_the_code_that_the_ts_files_lack(tmp_path):
    copies = [Path(shutil.copy(ts, tmp_path)) for ts in TS_FILES]
    translations.lupdate(copies)
    for ts, copy in zip(TS_FILES, copies, strict=True):
        kept = {(context, source) for context, source, _ in translations.messages(ts)}
        found = {(context, source) for context, source, _ in translations.messages(copy)}
        assert sorted(found - kept) == [], f"{ts.name} lacks these: run packaging/translations.py update"
        assert sorted(kept - found) == [], f"{ts.name} holds strings the code no longer has"


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda ts: ts.stem)
def test_no_entry_is_unfinished_and_each_keeps_its_placeholders(ts):
    entries = list(translations.messages(ts))
    assert len(entries) > 100  # the window's strings, not an empty file
    assert [source for _, source, text in entries if text is None] == []
    changed = [(source, text) for _, source, text in entries
               if translations.kept_marks(source) != translations.kept_marks(text)]
    assert changed == []


def test_a_compiled_translation_translates_the_window(qapp, tmp_path):
    import subprocess

    from PySide6.QtCore import QTranslator

    ts = translations.TRANSLATIONS / "genviz_de.ts"
    qm = tmp_path / "genviz_de.qm"
    subprocess.run([translations.tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("window", "&View") not in ("", "&View")
