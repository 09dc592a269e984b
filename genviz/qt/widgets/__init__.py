"""Widgets shared by several labs."""
