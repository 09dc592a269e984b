"""The desktop app: main window, one view per lab, and the listener thread of each lab's training process."""
