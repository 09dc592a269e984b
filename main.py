import multiprocessing

if __name__ == "__main__":  # a spawned training process imports this file too: it must not open a window
    multiprocessing.freeze_support()  # in the bundle a training process is this executable again: run it, then exit
    from genviz.cli import main  # no arguments: the app; `main.py demo ...` and the rest, as `genviz` takes them

    raise SystemExit(main())
