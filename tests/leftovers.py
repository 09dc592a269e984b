"""Ending what a test (or a module's shared window) left running, so that one failure does not cascade."""


def end_running_threads(before=frozenset()) -> list:
    """Quit every listener thread still running but those in `before`, waiting up to 3 s for each; the ones found."""
    from genviz.qt.worker import live_threads

    running = [thread for thread in list(live_threads) if thread.isRunning() and thread not in before]
    for thread in running:
        thread.quit()
        thread.wait(3000)
    return running
