"""Lessons in the window: the caption strip, the script of steps, the blank screen and saving a lesson."""
