"""Test set-up: Qt offscreen, and checks that no test leaves a listener thread or a training process running."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from tests.leftovers import end_running_threads


@pytest.fixture(autouse=True, scope="session")
def torch_threads_as_in_the_app():
    """Torch threads as the app sets them (all cores but one): on 2 cores, two torch threads that share
    them with the GUI thread make tiny training steps several times slower."""
    from genviz.core.device import configure_threads

    configure_threads()


@pytest.fixture(autouse=True, scope="session")
def spare_hosts_live_from_test_to_test():
    """The GUI's spare training processes live from one test to the next, as the app's spare does from one lab to
    the next: up to nine (every lab of a window, the Compare lab's four families among them), so that a test's labs
    take warm ones instead of each starting a process that imports torch (2-3 s of a core). They end with the last
    test."""
    from genviz.core.host import HOSTS

    HOSTS.size = 9
    yield
    HOSTS.close()


@pytest.fixture(autouse=True)
def no_process_left_running():
    """A test's own training processes end with it (a module's shared one, started before, may live on)."""
    import multiprocessing
    import threading

    from genviz.core.host import HOSTS, START_THREAD

    for thread in threading.enumerate():  # a host started before the test (a module's) may still be starting
        if thread.name == START_THREAD:
            thread.join()
    before = set(multiprocessing.active_children())
    yield
    left = [child for child in multiprocessing.active_children()
            if child not in before and child not in HOSTS.spare_processes]
    for child in left:  # clean up so one failure does not cascade
        child.kill()
        child.join(3)
    assert not left, "a test left a training process running"


@pytest.fixture(autouse=True)
def no_thread_left_running():
    """A test's own listener threads end with it (those of a module's shared window, started before, may live on)."""
    from genviz.qt.worker import live_threads

    before = {thread for thread in list(live_threads) if thread.isRunning()}
    yield
    assert not end_running_threads(before), "a test left a QThread running"
