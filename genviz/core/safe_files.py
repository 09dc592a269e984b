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
from genviz.core.translatable import Sentence, translatable

KERNEL_FOLDERS = ("/proc", "/sys")  # their files claim to be regular but may be endless, or block on reading


def _kind(mode: int) -> Sentence:
    if stat.S_ISDIR(mode):
        return Sentence(translatable("a folder"))
    if stat.S_ISFIFO(mode):
        return Sentence(translatable("a pipe (FIFO)"))
    if stat.S_ISSOCK(mode):
        return Sentence(translatable("a socket"))
    return Sentence(translatable("a device"))


def in_kernel_folder(path: str | os.PathLike[str]) -> bool:
    real = os.path.realpath(path)
    return any(real == folder or real.startswith(folder + "/") for folder in KERNEL_FOLDERS)


def read_limited(path: str | os.PathLike[str], limit: int, error: type[GenvizError] = DataError) -> bytes:
    """The bytes of the regular file at path, never reading more than limit + 1 of them; `error` otherwise."""
    path = Path(path)
    if in_kernel_folder(path):
        raise error(translatable("{path} is one of the system's files under /proc or /sys, not a file genviz can "
                                 "read."), path=path)
    try:
        # O_NONBLOCK: opening a pipe that has no writer would otherwise wait forever
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise error(translatable("The file {path} does not exist."), path=path) from None
    except OSError as failure:
        raise error(translatable("The file {path} cannot be read ({reason})."), path=path,
                    reason=failure.strerror or str(failure)) from None
    status = os.fstat(fd)  # of what was opened, so a swapped or linked path cannot slip through
    if not stat.S_ISREG(status.st_mode):
        os.close(fd)
        raise error(translatable("{path} is {kind}, not a file."), path=path, kind=_kind(status.st_mode))
    with os.fdopen(fd, "rb") as stream:
        if status.st_size > limit:
            raise error(translatable("The file {path} is {size:.1f} MB, larger than the limit of {limit:g} MB."),
                        path=path, size=status.st_size / 1e6, limit=limit / 1e6)
        try:
            data = stream.read(min(status.st_size, limit) + 1)  # read(n) reserves n bytes: never the whole limit
        except OSError as failure:
            raise error(translatable("The file {path} cannot be read ({reason})."), path=path,
                        reason=failure.strerror or str(failure)) from None
    if len(data) > limit:  # it grew after it was measured
        raise error(translatable("The file {path} is larger than the limit of {limit:g} MB."), path=path,
                    limit=limit / 1e6)
    return data


def check_output(path: str | os.PathLike[str], inputs: Iterable[str | os.PathLike[str] | None] = ()) -> Path:
    """Refuse, before any work starts, an output that cannot be written or whose writing would destroy something:
    a folder, a device or pipe, one of the inputs, a file in a missing or unwritable folder."""
    path = Path(path)
    if in_kernel_folder(path):
        raise OutputError(translatable("{path} is under /proc or /sys, where genviz never writes."), path=path)
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        mode = None
    except NotADirectoryError:
        raise OutputError(translatable("{path} cannot be written: {folder} is a file, not a folder."), path=path,
                          folder=path.parent) from None
    except OSError as failure:
        raise OutputError(translatable("{path} cannot be written ({reason})."), path=path,
                          reason=failure.strerror or str(failure)) from None
    if mode is not None and not stat.S_ISREG(mode):
        if stat.S_ISDIR(mode):
            raise OutputError(translatable("{path} is a folder: give the name of a file to write."), path=path)
        raise OutputError(translatable("{path} is {kind}, which genviz never writes over: give the name of a file."),
                          path=path, kind=_kind(mode))
    if mode is not None:
        for given in inputs:
            if given is not None and Path(given).exists() and os.path.samefile(path, given):
                raise OutputError(translatable("{path} is also an input of this command: choose another output file "
                                               "so it is not overwritten."), path=path)
    folder = path.absolute().parent
    if not folder.is_dir():
        raise OutputError(translatable("The folder {folder} does not exist: create it first, or choose another "
                                       "output file."), folder=folder)
    try:  # the one sure test of writing is to write: permissions, read-only disks, root and ACLs all agree with it
        fd, probe = tempfile.mkstemp(dir=folder, prefix=".genviz-", suffix=".probe")
        os.close(fd)
        os.unlink(probe)
    except OSError as failure:
        raise OutputError(translatable("genviz cannot write in the folder {folder} ({reason})."), folder=folder,
                          reason=(failure.strerror or str(failure)).lower()) from None
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
        raise OutputError(translatable("{path} could not be written ({reason}); nothing there was changed."),
                          path=path, reason=failure.strerror or str(failure)) from None
    except BaseException:  # Ctrl+C included: the temporary file never outlives the attempt
        temporary.unlink(missing_ok=True)
        raise
    return path
