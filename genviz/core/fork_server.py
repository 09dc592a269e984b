"""What the hosts' fork server (Linux, genviz/core/host.py) loads, so that the hosts it forks start with it loaded.

Before the first fork: torch (3-4 s of a core), which every host needs. Later, once no host was forked for QUIET_S
(the hosts a window starts together never wait for it: the Compare lab's four at launch), on a thread of the lowest
priority: torch's compiler, which every first optimizer imports (1.3-1.6 s), and the digit judge, scikit-learn with
it (1.2-2.7 s), which the Compare lab's table and the Diffusion, VAE and Pixels labs' tracked curves need. A fork
asked for meanwhile waits for it (never fork mid-import); every later host gets them for nothing, their pages shared
with the server's. The Compare lab's four families each imported and fitted them, all at once on 2 cores, while the
class waited for their first steps (3-4.5 s after Train) and table rows (9-12 s).
"""

from __future__ import annotations

import contextlib
import os
import threading
from importlib import import_module

import torch  # noqa: F401 (the preload itself)

QUIET_S = 2.0  # seconds with no fork before the server loads the rest
LOADING_NICENESS = 19  # the loading thread yields the cores to the window and the hosts

_server = os.getpid()
_forking = threading.Lock()  # held across each fork, and while the thread loads
_forked = threading.Event()  # a host was forked: the quiet time starts again
_loader: threading.Thread | None = None


def _load_when_quiet() -> None:
    os.nice(LOADING_NICENESS)  # on Linux this thread's own priority, not the server's
    while True:
        while _forked.wait(QUIET_S):
            _forked.clear()
        with _forking:
            if _forked.is_set():  # a fork came as the quiet time ended: wait for another
                continue
            with contextlib.suppress(Exception):  # else each host loads what it needs, as on macOS and Windows
                import_module("torch._dynamo")
                from threadpoolctl import threadpool_limits

                from genviz.core.data.evaluation import DigitJudge

                with threadpool_limits(1):  # no OpenMP threads in a process that forks: a child's would hang
                    DigitJudge()  # fitted once: the judge of every host
            return


def _before_fork() -> None:
    if os.getpid() == _server:
        _forking.acquire()  # waits for a load in progress; none starts until the fork is done


def _after_fork_in_server() -> None:
    global _loader
    if os.getpid() != _server:
        return
    _forked.set()
    if _loader is None:
        _loader = threading.Thread(target=_load_when_quiet, name="genviz-fork-server-loading", daemon=True)
        _loader.start()
    _forking.release()


os.register_at_fork(before=_before_fork, after_in_parent=_after_fork_in_server)
