from genviz.qt.app import run_gui

raise SystemExit(run_gui())
