"""The window and its training processes: torch stays out of the GUI, a dead trainer costs nothing but a Reset."""

import os
import signal
import subprocess
import sys
import textwrap

START_TIMEOUT = 60_000  # a training process imports torch first


def test_the_gui_process_never_imports_torch(tmp_path):
    """A lab trains and answers a new prompt; the GUI's own interpreter has still not loaded torch. A fresh
    interpreter, since this test run's own has imported torch for the core's tests."""
    script = tmp_path / "gui.py"
    script.write_text(textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {os.getcwd()!r})
        from PySide6.QtCore import QSettings, QTimer

        def main():
            from genviz.qt.app import application, create_window
            app = application()
            window = create_window(QSettings({str(tmp_path / "s.ini")!r}, QSettings.Format.IniFormat))
            window.show()
            controller, view = window.current, window.current.view
            state = {{"asked": False}}

            def check():
                snapshot = controller.last_snapshot
                if snapshot is None:
                    return
                if not state["asked"] and snapshot["step"] >= 20:
                    window.transport.train_button.setChecked(False)
                    view.prompt.setText("The capital of Peru is")
                    view.prompt.textEdited.emit(view.prompt.text())
                    state["asked"] = True
                elif state["asked"] and snapshot["probe"]["prompt"] == "The capital of Peru is" and view.prediction:
                    print("torch" in sys.modules, flush=True)
                    window.close()
                    app.quit()
                elif not snapshot["training"] and not state["asked"]:
                    window.transport.train_button.setChecked(True)

            timer = QTimer()
            timer.timeout.connect(check)
            timer.start(50)
            QTimer.singleShot(90_000, app.quit)
            app.exec()

        if __name__ == "__main__":
            main()
    """))
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.stdout.strip() == "False", result.stderr[-2000:]


def test_a_killed_training_process_is_reported_and_reset_starts_a_new_one(qtbot, window):
    controller = window.current
    qtbot.waitUntil(lambda: controller.last_snapshot is not None, timeout=START_TIMEOUT)
    window.transport.train_button.setChecked(True)
    qtbot.waitUntil(lambda: controller.last_snapshot["step"] > 0, timeout=20_000)
    os.kill(controller.handle.host.pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=10_000)
    assert window.banner.label.text() == ("The training process stopped unexpectedly (killed by signal 9). "
                                          "Press Reset to start again.")
    assert not controller.training and not window.transport.train_button.isChecked()
    assert controller.handle is None

    window.transport.reset_button.click()
    qtbot.waitUntil(lambda: controller.handle is not None and controller.last_snapshot["step"] == 0
                    and controller.run_id > 0, timeout=START_TIMEOUT)
    window.transport.step_button.click()
    qtbot.waitUntil(lambda: controller.last_snapshot["step"] == 1, timeout=10_000)


def test_a_failed_request_comes_back_to_the_view_that_asked(qtbot, window):
    window.tabs.setCurrentIndex(window.lab_names.index("vae"))
    controller, view = window.current, window.current.view
    qtbot.waitUntil(lambda: controller.last_snapshot is not None, timeout=START_TIMEOUT)
    failures = []
    view.request_failed = lambda name, message: failures.append((name, message))
    view.request("interpolate", 10**9, 0)
    view.request("no_such_request")
    qtbot.waitUntil(lambda: len(failures) == 2, timeout=10_000)
    assert failures[0][0] == "interpolate" and failures[0][1].endswith(".")
    assert failures[1] == ("no_such_request", "The vae lab has no request called no_such_request.")
    window.transport.step_button.click()  # the training process lives on
    qtbot.waitUntil(lambda: controller.last_snapshot["step"] == 1, timeout=10_000)


def test_a_reset_replaces_the_old_pictures_by_the_new_in_one_paint_not_through_empty_panels(qtbot, window):
    controller = window.current
    qtbot.waitUntil(lambda: controller.last_snapshot is not None, timeout=START_TIMEOUT)
    run, painted_at_start, painted_when_drawn = controller.run_id, [], []
    controller.session_started.connect(lambda device: painted_at_start.append(controller.view.updatesEnabled()))
    controller.snapshot_drawn.connect(lambda snapshot: controller.run_id > run
                                      and painted_when_drawn.append(controller.view.updatesEnabled()))
    window.transport.reset_button.click()
    qtbot.waitUntil(lambda: controller.run_id > run and bool(painted_when_drawn), timeout=10_000)
    assert painted_at_start == [False] and painted_when_drawn[0] is True
