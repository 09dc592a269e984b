"""The user's files, read and written without surprises: nothing hangs, nothing grows without bound, and nothing
the user meant to keep is overwritten.

Inputs must be regular files: a device (/dev/zero), a pipe or the kernel's files under /proc and /sys can be
endless or block forever, so they are refused by name before a byte is read, and a file is never read beyond its
limit. Outputs are checked before any work starts and written through a temporary file in the same folder, so a
failure or Ctrl+C leaves the old file as it was.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from genviz.core.errors import DataError, GenvizError, OutputError

KERNEL_FOLDERS = ("/proc", "/sys")  # their files claim to be regular but may be endless, or block on reading


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a device"


def in_kernel_folder(path: str | os.PathLike[str]) -> bool:
    real = os.path.realpath(path)
    return any(real == folder or real.startswith(folder + "/") for folder in KERNEL_FOLDERS)


def read_limited(path: str | os.PathLike[str], limit: int, error: type[GenvizError] = DataError) -> bytes:
    """The bytes of the regular file at path, never reading more than limit + 1 of them; `error` otherwise."""
    path = Path(path)
    if in_kernel_folder(path):
        raise error(f"{path} is one of the system's files under /proc or /sys, not a file genviz can read.")
    try:
        # O_NONBLOCK: opening a pipe that has no writer would otherwise wait forever
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise error(f"The file {path} does not exist.") from None
    except OSError as failure:
        raise error(f"The file {path} cannot be read ({failure.strerror or failure}).") from None
    status = os.fstat(fd)  # of what was opened, so a swapped or linked path cannot slip through
    if not stat.S_ISREG(status.st_mode):
        os.close(fd)
        raise error(f"{path} is {_kind(status.st_mode)}, not a file.")
    with os.fdopen(fd, "rb") as stream:
        if status.st_size > limit:
            raise error(f"The file {path} is {status.st_size / 1e6:.1f} MB, larger than the limit of "
                        f"{limit / 1e6:g} MB.")
        try:
            data = stream.read(min(status.st_size, limit) + 1)  # read(n) reserves n bytes: never the whole limit
        except OSError as failure:
            raise error(f"The file {path} cannot be read ({failure.strerror or failure}).") from None
    if len(data) > limit:  # it grew after it was measured
        raise error(f"The file {path} is larger than the limit of {limit / 1e6:g} MB.")
    return data


def check_output(path: str | os.PathLike[str], inputs: Iterable[str | os.PathLike[str] | None] = ()) -> Path:
    """Refuse, before any work starts, an output that cannot be written or whose writing would destroy something:
    a folder, a device or pipe, one of the inputs, a file in a missing or unwritable folder."""
    path = Path(path)
    if in_kernel_folder(path):
        raise OutputError(f"{path} is under /proc or /sys, where genviz never writes.")
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        mode = None
    except NotADirectoryError:
        raise OutputError(f"{path} cannot be written: {path.parent} is a file, not a folder.") from None
    except OSError as failure:
        raise OutputError(f"{path} cannot be written ({failure.strerror or failure}).") from None
    if mode is not None and not stat.S_ISREG(mode):
        if stat.S_ISDIR(mode):
            raise OutputError(f"{path} is a folder: give the name of a file to write.")
        raise OutputError(f"{path} is {_kind(mode)}, which genviz never writes over: give the name of a file.")
    if mode is not None:
        for given in inputs:
            if given is not None and Path(given).exists() and os.path.samefile(path, given):
                raise OutputError(f"{path} is also an input of this command: choose another output file so it "
                                  "is not overwritten.")
    folder = path.absolute().parent
    if not folder.is_dir():
        raise OutputError(f"The folder {folder} does not exist: create it first, or choose another output file.")
    try:  # the one sure test of writing is to write: permissions, read-only disks, root and ACLs all agree with it
        fd, probe = tempfile.mkstemp(dir=folder, prefix=".genviz-", suffix=".probe")
        os.close(fd)
        os.unlink(probe)
    except OSError as failure:
        raise OutputError(f"genviz cannot write in the folder {folder} "
                          f"({(failure.strerror or str(failure)).lower()}).") from None
    return path


def _new_file_mode(path: Path) -> int:
    """A replaced file keeps its permissions; a new one gets the usual ones (mkstemp's are owner-only)."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_atomically(path: str | os.PathLike[str], write: Callable[[Path], None],
                     verify: Callable[[Path], None] | None = None) -> Path:
    """Write through write(temporary path) in the same folder, check it with verify, then rename it over path.

    Until the rename the old file is untouched, so an error, a full disk or Ctrl+C loses nothing; the temporary file
    is removed. A device or folder at path is refused, never replaced.
    """
    path = check_output(path)
    fd, name = tempfile.mkstemp(dir=path.absolute().parent, prefix=f".{path.name}.", suffix=".part")
    os.close(fd)
    temporary = Path(name)
    try:
        write(temporary)
        with open(temporary, "rb") as written:
            os.fsync(written.fileno())  # on disk before the rename, so a crash cannot leave an empty file
        if verify is not None:
            verify(temporary)
        os.chmod(temporary, _new_file_mode(path))
        os.replace(temporary, path)
    except OSError as failure:
        temporary.unlink(missing_ok=True)
        raise OutputError(f"{path} could not be written ({failure.strerror or failure}); nothing there was "
                          "changed.") from None
    except BaseException:  # Ctrl+C included: the temporary file never outlives the attempt
        temporary.unlink(missing_ok=True)
        raise
    return path
