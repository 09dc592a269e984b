"""What a teacher meets in the first minutes, in every lab: settings that say when they wait, a new model that
keeps training."""

import re

from genviz.core.text.config import TextConfig

START_TIMEOUT = 60_000  # a training process imports torch first


def test_changed_settings_are_counted_until_a_new_model_applies_them(qtbot, window):
    controller = window.controllers["text"]
    settings = controller.view.settings
    qtbot.waitUntil(lambda: controller.last_snapshot is not None, timeout=START_TIMEOUT)
    assert settings.pending.isHidden()
    settings.learning_rate.setValue(0.5)
    settings.batch_size.setValue(settings.batch_size.value() + 4)
    assert not settings.pending.isHidden()
    assert settings.pending.text() == "2 changes: press New model to apply"
    settings.batch_size.setValue(TextConfig().batch_size)
    assert settings.pending.text().startswith("1 change:")
    settings.apply.click()
    assert settings.pending.isHidden()
    qtbot.waitUntil(lambda: controller.spec.args[0].learning_rate == 0.5)


def test_a_new_model_while_training_goes_on_training(qtbot, window):
    controller = window.controllers["text"]
    qtbot.waitUntil(lambda: controller.last_snapshot is not None, timeout=START_TIMEOUT)
    window.transport.train_button.click()
    qtbot.waitUntil(lambda: controller.last_snapshot["step"] >= 20, timeout=20_000)
    controller.view.settings.seed.setValue(7)
    controller.view.settings.apply.click()
    qtbot.waitUntil(lambda: controller.last_snapshot["step"] < 20, timeout=20_000)
    qtbot.waitUntil(lambda: controller.last_snapshot["step"] >= 5, timeout=20_000)
    assert controller.training
    assert window.transport.train_button.text() == "Pause"


def test_no_axis_writes_an_si_prefix_in_its_label(qtbot):
    import pyqtgraph as pg

    from genviz.qt.plots import configure_plot

    plot = configure_plot(pg.PlotWidget(), "Loss", "training step", "loss")
    qtbot.addWidget(plot)
    plot.plot([0, 1, 2], [0.0001, 0.0005, 0.0002])
    plot.setYRange(0, 0.001)
    plot.show()
    qtbot.waitExposed(plot)
    label = plot.getPlotItem().getAxis("left").labelString()
    assert re.sub("<[^>]*>", "", label).strip() == "loss"  # not "loss (x0.001)"


def _clipped(view) -> list[str]:
    """What a class could not read: a column that scrolls sideways, a control narrower than its text."""
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLabel, QScrollArea

    found = [f"{type(area.widget()).__name__} scrolls sideways" for area in view.findChildren(QScrollArea)
             if area.isVisibleTo(view) and area.horizontalScrollBar().isVisible()]
    for kind in (QAbstractButton, QComboBox, QAbstractSpinBox, QLabel):
        for widget in view.findChildren(kind):
            if kind is QLabel and (widget.wordWrap() or not widget.text()):
                continue
            if widget.isVisibleTo(view) and widget.width() + 1 < widget.minimumSizeHint().width():
                found.append(f"{type(widget).__name__} {getattr(widget, 'text', str)()!r} is cut off")
    return found


def _small_text(view) -> list[str]:
    """Labels that did not grow with the app's font (a style sheet once kept its old font)."""
    from PySide6.QtWidgets import QApplication, QLabel

    least = 0.8 * QApplication.font().pointSizeF()
    return [label.text()[:40] for label in view.findChildren(QLabel)
            if label.isVisibleTo(view) and label.text() and label.fontInfo().pointSizeF() < least]


def test_larger_text_never_resizes_the_window_cuts_nothing_off_and_ctrl_0_restores_it(qtbot, window):
    from PySide6.QtCore import Qt

    for width, height in ((1280, 720), (1600, 1000)):
        window.resize(width, height)
        qtbot.waitUntil(lambda: window.size().width() == width)  # noqa: B023
        for name in window.lab_names:  # every lab built, so every lab is scaled
            window.tabs.setCurrentIndex(window.lab_names.index(name))
        for _ in range(5):
            qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
            qtbot.wait(10)
            assert (window.width(), window.height()) == (width, height)
        assert window.font_scale > 2
        for name in window.lab_names:
            window.tabs.setCurrentIndex(window.lab_names.index(name))
            view = window.controllers[name].view
            # The columns are arranged once the resize and the font change have settled.
            qtbot.waitUntil(lambda: _clipped(view) == [], timeout=3000)  # noqa: B023
            assert _small_text(view) == [], name
            if not view.stacked:  # side by side, the pictures keep the larger part
                sizes = view.columns.sizes()
                assert sizes[0] <= sum(sizes[1:]), name
        qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
        assert window.font_scale == 1.0
        assert (window.width(), window.height()) == (width, height)
    for name in window.lab_names:  # at the normal size every lab is side by side again
        window.tabs.setCurrentIndex(window.lab_names.index(name))
        view = window.controllers[name].view
        qtbot.waitUntil(lambda: not view.stacked and _clipped(view) == [], timeout=3000)  # noqa: B023


def test_the_settings_column_hides_and_the_choice_is_remembered(qtbot, window, settings):
    from PySide6.QtCore import Qt

    from genviz.qt.app import create_window

    view = window.controllers["text"].view
    assert view.columns.widget(0).isVisible()
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert not view.columns.widget(0).isVisible()
    window.close()
    again = create_window(settings)
    qtbot.addWidget(again)
    again.show()
    assert not again.controllers["text"].view.columns.widget(0).isVisible()
    again.close()


def test_every_tooltip_is_wrapped_at_about_sixty_characters(window):
    from PySide6.QtWidgets import QWidget

    for name in window.lab_names:
        window.tabs.setCurrentIndex(window.lab_names.index(name))
    tips = [widget.toolTip() for widget in window.findChildren(QWidget) if widget.toolTip()]
    assert len(tips) > 50
    longest = max(len(line) for tip in tips if "<" not in tip for line in tip.split("\n"))
    assert longest <= 75  # textwrap breaks at 60 but never inside a word


def test_opening_a_model_file_shows_its_lab_and_a_bad_one_is_refused(qtbot, window, tmp_path):
    window.tabs.setCurrentIndex(window.lab_names.index("gan"))
    gan = window.controllers["gan"]
    qtbot.waitUntil(lambda: gan.last_snapshot is not None, timeout=START_TIMEOUT)
    saved = tmp_path / "ring.safetensors"
    window.save_model(saved)
    qtbot.waitUntil(saved.exists, timeout=20_000)
    window.tabs.setCurrentIndex(window.lab_names.index("text"))

    broken = tmp_path / "broken.safetensors"
    broken.write_bytes(b"not a model at all")
    window.open_file(broken)
    assert window.banner.isVisible() and "broken.safetensors" in window.banner.label.text()
    assert window.current_name == "text"

    window.open_file(saved)
    assert window.current_name == "gan"
    assert not window.banner.isVisible()  # the old refusal is gone; the GAN lab opens the file


def test_a_new_model_right_after_train_is_pressed_trains(qtbot, window):
    controller = window.controllers["text"]
    qtbot.waitUntil(lambda: controller.last_snapshot is not None, timeout=START_TIMEOUT)
    window.transport.train_button.click()
    controller.view.settings.apply.click()  # before the training process has said it trains
    qtbot.waitUntil(lambda: controller.training, timeout=20_000)
    qtbot.waitUntil(lambda: controller.last_snapshot["step"] >= 5, timeout=20_000)


def test_a_plot_title_too_wide_for_its_plot_shrinks_instead_of_being_cut(qtbot):
    import pyqtgraph as pg

    from genviz.qt.plots import configure_plot, scale_plot_fonts

    plot = configure_plot(pg.PlotWidget(), "Next token: the model's probabilities", "x", "y")
    qtbot.addWidget(plot)
    plot.resize(900, 300)
    plot.show()
    qtbot.waitExposed(plot)
    scale_plot_fonts(plot, 2.0)  # Ctrl+= five times
    label = plot.getPlotItem().titleLabel
    assert label.opts["size"] == f"{plot.getPlotItem().title_font.pointSizeF():.1f}pt"  # it fits: full size
    plot.resize(300, 300)
    qtbot.waitUntil(lambda: label.opts["size"] != f"{plot.getPlotItem().title_font.pointSizeF():.1f}pt")
    assert float(label.opts["size"].removesuffix("pt")) < plot.getPlotItem().title_font.pointSizeF()
