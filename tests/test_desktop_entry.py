"""`genviz --version` and `genviz install-desktop [--remove]`, in a temporary $XDG_DATA_HOME."""

import configparser
import re
import subprocess
import xml.etree.ElementTree as ET

import pytest

import genviz
from genviz.cli import main
from genviz.commands.desktop import desktop_entry
from genviz.resources import ICON

ENTRY = "applications/genviz.desktop"
APP_ICON = "icons/hicolor/scalable/apps/genviz.svg"
LESSON_ICON = "icons/hicolor/scalable/mimetypes/application-x-genviz-lesson.svg"
MIME = "mime/packages/genviz.xml"


@pytest.fixture
def data_home(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))  # nothing may land in the real home either
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    return tmp_path / "share"


def read_entry(path):
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(path, encoding="utf-8")
    return entry["Desktop Entry"]


def exec_arguments(value: str) -> list[str]:
    """The Exec key as a desktop reads it: the string's escapes, then the Desktop Entry spec's quoting (inside
    double quotes a backslash escapes " ` $ and itself), then %% for a literal %."""
    words = re.findall(r'"((?:\\.|[^"\\])*)"|(\S+)', value.replace("\\\\", "\\"))
    return [(re.sub(r'\\([`"$\\])', r"\1", quoted) + plain).replace("%%", "%") for quoted, plain in words]


def test_version_prints_the_package_version(capsys):
    with pytest.raises(SystemExit) as exit:
        main(["--version"])
    assert exit.value.code == 0
    assert capsys.readouterr().out == f"genviz {genviz.__version__}\n"


def test_install_writes_an_entry_that_starts_this_genviz(data_home, capsys):
    assert main(["install-desktop"]) == 0
    assert str(data_home) in capsys.readouterr().out
    entry = read_entry(data_home / ENTRY)
    assert entry["Type"] == "Application"
    assert entry["Icon"] == "genviz"
    assert "application/x-genviz-lesson" in entry["MimeType"].split(";")
    *command, file = exec_arguments(entry["Exec"])
    assert file == "%f"  # a double-clicked lesson file comes as the one argument; none from the menu
    started = subprocess.run([*command, "--version"], capture_output=True, text=True, timeout=120)
    assert started.stdout.strip() == f"genviz {genviz.__version__}"


def test_install_writes_the_icon_and_the_lesson_file_type(data_home):
    assert main(["install-desktop"]) == 0
    assert (data_home / APP_ICON).read_bytes() == ICON.read_bytes()
    assert (data_home / LESSON_ICON).read_bytes() == ICON.read_bytes()
    ET.parse(ICON)  # the icon is well-formed SVG
    namespace = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime_type = ET.parse(data_home / MIME).getroot().find("m:mime-type", namespace)
    assert mime_type.get("type") == "application/x-genviz-lesson"
    assert [glob.get("pattern") for glob in mime_type.findall("m:glob", namespace)] == ["*.genviz"]


def test_install_twice_then_remove_leaves_only_what_was_there(data_home, capsys):
    other = data_home / "applications" / "other.desktop"
    other.parent.mkdir(parents=True)
    other.write_text("[Desktop Entry]\nName=other\n", encoding="utf-8")
    assert main(["install-desktop"]) == 0
    assert main(["install-desktop"]) == 0  # installing again replaces, never fails
    assert main(["install-desktop", "--remove"]) == 0
    assert "removed 4 files" in capsys.readouterr().out
    for path in (ENTRY, APP_ICON, LESSON_ICON, MIME):
        assert not (data_home / path).exists()
    assert other.read_text(encoding="utf-8") == "[Desktop Entry]\nName=other\n"
    globs = data_home / "mime" / "globs2"  # the MIME cache, where update-mime-database made one
    assert not globs.exists() or "genviz" not in globs.read_text(encoding="utf-8")


def test_remove_when_nothing_was_installed_says_so(data_home, capsys):
    assert main(["install-desktop", "--remove"]) == 0
    assert "was not installed" in capsys.readouterr().out


def test_a_relative_xdg_data_home_is_ignored_as_the_spec_says(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", "relative/share")
    monkeypatch.chdir(tmp_path)
    assert main(["install-desktop"]) == 0
    assert (tmp_path / "home" / ".local" / "share" / ENTRY).is_file()
    assert not (tmp_path / "relative").exists()


@pytest.mark.parametrize("path", ["/opt/my apps/genviz", '/tmp/a"b`c$d\\e/genviz', "/tmp/100%/genviz"])
def test_exec_quoting_survives_spaces_and_reserved_characters(path):
    exec_line = read_exec(desktop_entry([path, "-m", "genviz.cli"]))
    assert exec_arguments(exec_line) == [path, "-m", "genviz.cli", "%f"]


def read_exec(text: str) -> str:
    return next(line.removeprefix("Exec=") for line in text.splitlines() if line.startswith("Exec="))
