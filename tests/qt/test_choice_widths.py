"""Every list box of every lab shows each of its choices whole, in every language the window speaks, at the demo's
window size and at presenter mode's text size: a teacher at the projector reads the value, not "Ziffern (8 × 8,
eingebau…". No training: the views alone."""

import pytest
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox

from genviz.qt.translation import ENGLISH, install_language

LANGUAGES = ("de", "fr", "es", "zh_CN", "ar")
LAB_SIZE = (1592, 890)  # the lab's part of the demo's 1600 x 1000 window
PRESENTER_SCALE = 1.15**2  # presenter mode's text (main_window.PRESENTER_FONT)


@pytest.fixture(params=LANGUAGES)
def language(request, qapp):
    assert install_language(qapp, request.param) == request.param, "the translation is not built: make setup"
    yield request.param
    install_language(qapp, ENGLISH)


def cut_choices(view) -> list[str]:
    """The choices of the view's shown list boxes that are wider than the box's text field."""
    found = []
    for combo in view.findChildren(QComboBox):
        if not combo.isVisibleTo(view):
            continue
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                             QStyle.SubControl.SC_ComboBoxEditField, combo)
        metrics = combo.fontMetrics()
        found += [f"{combo.itemText(i)!r}: {metrics.horizontalAdvance(combo.itemText(i))} > {field.width()}"
                  for i in range(combo.count()) if metrics.horizontalAdvance(combo.itemText(i)) > field.width()]
    return found


@pytest.mark.parametrize("scale", [1.0, PRESENTER_SCALE])
def test_every_lab_shows_each_choice_whole_in_every_language(qtbot, qapp, language, scale):
    from genviz.qt.registry import LAB_VIEWS
    from genviz.qt.style import apply_font_scale

    apply_font_scale(qapp, scale)
    cut = {}
    for name, view_class in LAB_VIEWS.items():
        view = view_class()
        qtbot.addWidget(view)
        view.resize(*LAB_SIZE)
        view.show()
        qtbot.waitExposed(view)
        qtbot.wait(20)  # the columns are arranged once the first layout has settled
        if found := cut_choices(view):
            cut[name] = found
        view.close()
    assert cut == {}
