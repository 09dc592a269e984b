if __name__ == "__main__":  # a spawned training process imports this file too: it must not open a window
    from genviz.qt.app import run_gui

    raise SystemExit(run_gui())
