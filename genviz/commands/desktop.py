"""`genviz install-desktop [--remove]`: put genviz in the Linux desktop's menu, for this user only.

Writes, under $XDG_DATA_HOME (by default ~/.local/share), the freedesktop.org files a desktop reads: a
desktop entry (applications/genviz.desktop) that starts this genviz, its icon (icons/hicolor/scalable/apps),
and a MIME type for lesson files, `*.genviz` (mime/packages/genviz.xml), with the same icon. The entry starts
whichever genviz ran the command: the bundled executable, or this Python with `-m genviz.cli`.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

from genviz.core.safe_files import write_atomically
from genviz.resources import ICON

LESSON_TYPE = "application/x-genviz-lesson"
LESSON_ICON = LESSON_TYPE.replace("/", "-")  # the icon name the freedesktop spec derives from a MIME type


def register(commands, train_labs) -> None:
    desktop = commands.add_parser(
        "install-desktop",
        help="add genviz to this user's desktop menu, with its icon and the .genviz lesson file type (Linux)")
    desktop.add_argument("--remove", action="store_true", help="take out what install-desktop put in")
    desktop.set_defaults(func=_install_desktop)


def data_home() -> Path:
    """$XDG_DATA_HOME when set to an absolute path, as the XDG Base Directory spec says, else ~/.local/share."""
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if os.path.isabs(value) else Path.home() / ".local" / "share"


def installed_files(home: Path) -> dict[Path, bytes]:
    """Every file install-desktop writes, with its content."""
    icon = ICON.read_bytes()
    return {
        home / "applications" / "genviz.desktop": desktop_entry(launch_command()).encode(),
        home / "icons" / "hicolor" / "scalable" / "apps" / "genviz.svg": icon,
        home / "icons" / "hicolor" / "scalable" / "mimetypes" / f"{LESSON_ICON}.svg": icon,
        home / "mime" / "packages" / "genviz.xml": mime_type().encode(),
    }


def launch_command() -> list[str]:
    """How to start this very genviz: the bundle's executable, or this interpreter running the command line."""
    if getattr(sys, "frozen", False):
        return [str(Path(sys.executable).resolve())]
    return [str(Path(sys.executable).absolute()), "-m", "genviz.cli"]  # not resolved: a venv's python is a link


def exec_argument(argument: str) -> str:
    """One argument of a desktop entry's Exec key, quoted as the Desktop Entry spec asks; the key's value is a
    string too, so its backslashes are doubled once more."""
    quoted = "".join("\\" + c if c in '"`$\\' else c for c in argument).replace("%", "%%")
    return ('"' + quoted + '"').replace("\\", "\\\\")


def desktop_entry(command: list[str]) -> str:
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.5",
        "Name=genviz",
        "GenericName=Generative AI lab",
        "Comment=Watch small generative models learn, live, on your own laptop",
        f"Exec={' '.join(exec_argument(a) for a in command)} %f",  # %f: the lesson file double-clicked, if any
        "Icon=genviz",
        "Terminal=false",
        "StartupNotify=true",
        "StartupWMClass=genviz",
        "Categories=Education;Science;ArtificialIntelligence;",
        f"MimeType={LESSON_TYPE};",
        "Keywords=machine learning;neural network;GAN;diffusion;VAE;transformer;",
        "",
    ])


def mime_type() -> str:
    return "\n".join([
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">',
        f'  <mime-type type="{LESSON_TYPE}">',
        "    <comment>genviz lesson</comment>",
        f'    <icon name="{LESSON_ICON}"/>',
        '    <glob pattern="*.genviz"/>',
        "  </mime-type>",
        "</mime-info>",
        "",
    ])


def _install_desktop(args: argparse.Namespace) -> int:
    home = data_home()
    files = installed_files(home)
    if args.remove:
        removed = [path for path in files if path.is_file()]
        for path in removed:
            path.unlink()
        _refresh_caches(home)
        print(f"removed {len(removed)} files from {home}" if removed else f"genviz was not installed in {home}")
        return 0
    for path, content in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, lambda temporary, content=content: temporary.write_bytes(content))
    _refresh_caches(home)
    print(f"installed the genviz desktop entry, icon and .genviz file type in {home}")
    return 0


def _refresh_caches(home: Path) -> None:
    """Let the desktop see the change now: the caches of MIME types and desktop entries, where their tools are
    installed (without them a desktop rescans the folders itself, later)."""
    for tool, folder in (("update-mime-database", home / "mime"), ("update-desktop-database", home / "applications")):
        if shutil.which(tool) and folder.is_dir():
            subprocess.run([tool, str(folder)], check=False, capture_output=True)
