"""What the memory figures count: every process the app started, however deep."""

import os
import subprocess
import sys
import time

import pytest

from genviz.core.memory import descendants, pss_mb

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")


def test_descendants_are_the_children_and_their_children_and_no_one_else():
    shell = subprocess.Popen(["sh", "-c", "sleep 30 & sleep 30 & wait"])
    try:
        deadline = time.monotonic() + 10
        while len(found := descendants(shell.pid)) < 2:
            assert time.monotonic() < deadline, found
            time.sleep(0.02)
        assert len(found) == 2 and shell.pid not in found
        assert shell.pid in descendants(os.getpid()) and set(found) <= set(descendants(os.getpid()))
        assert all(pss_mb(pid) > 0 for pid in found)
    finally:
        subprocess.run(["pkill", "-P", str(shell.pid)])
        shell.wait(5)
