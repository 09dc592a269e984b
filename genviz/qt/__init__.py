"""The desktop app: main window, one view per lab, and the worker thread that drives a session."""
