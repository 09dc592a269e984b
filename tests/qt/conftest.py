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


@pytest.fixture(autouse=True)
def default_font_scale(qapp):
    """The application font is global: a test that scales it must not leak into the next."""
    yield
    from genviz.qt.style import apply_font_scale

    apply_font_scale(qapp, 1.0)
