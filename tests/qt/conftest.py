import pytest
from PySide6.QtCore import QSettings


@pytest.fixture
def settings(tmp_path):
    """Throw-away settings, so tests never read or write the user's."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, settings):
    from genviz.qt.app import create_window

    window = create_window(settings)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()
