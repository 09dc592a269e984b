"""A plot's legend and title fit the plot in a long language: a legend over a narrow plot gets smaller instead of
running under the axis, and a title over a plot with a legend beside it leaves the legend its column."""

import pytest

from genviz.qt.translation import ENGLISH, install_language

GERMAN_VAE_LOSSES = {"reconstruction": ("Rekonstruktion", "#0072B2"), "kl": ("KL-Divergenz", "#E69F00"),
                     "total": ("gesamt = Rekonstruktion + β · KL", "#000000")}


def legend_box(plot):
    """The legend's left and right edges in the view box's coordinates, and the view box's width."""
    item = plot.getPlotItem()
    legend = item.legend
    left = legend.mapToItem(item.vb, legend.boundingRect().topLeft()).x()
    right = legend.mapToItem(item.vb, legend.boundingRect().topRight()).x()
    return left, right, item.vb.width()


def test_a_legend_too_wide_for_its_plot_shrinks_inside_it_and_grows_back(qtbot):
    from genviz.qt.plots import scale_plot_fonts
    from genviz.qt.widgets.loss_plot import LossPlot

    plot = LossPlot(GERMAN_VAE_LOSSES, title="Verlust", y_label="Nat pro Beispiel", smooth=None)
    qtbot.addWidget(plot)
    plot.resize(700, 300)
    plot.show()
    qtbot.waitExposed(plot)
    scale_plot_fonts(plot, 1.0)
    full = f"{plot.getPlotItem().legend_font.pointSizeF():.1f}pt"
    labels = [label for _, label in plot.getPlotItem().legend.items]
    assert {label.opts["size"] for label in labels} == {full}
    plot.resize(330, 300)  # the VAE's loss plot beside its prior samples, in German
    qtbot.waitUntil(lambda: labels[0].opts["size"] != full)
    qtbot.waitUntil(lambda: legend_box(plot)[0] >= 0)
    left, right, width = legend_box(plot)
    assert left >= 0 and right <= width
    plot.resize(700, 300)
    qtbot.waitUntil(lambda: labels[0].opts["size"] == full)


@pytest.fixture
def german(qapp):
    assert install_language(qapp, "de") == "de", "the German translation is not built: make setup"
    yield
    install_language(qapp, ENGLISH)


def test_the_latent_maps_title_leaves_its_legend_room_in_german(qtbot, german):
    import numpy as np

    from genviz.qt.vae.latent_map_panel import LatentMapPanel

    panel = LatentMapPanel()
    qtbot.addWidget(panel)
    panel.resize(550, 600)
    panel.show()
    qtbot.waitExposed(panel)
    panel._build_classes(tuple(map(str, range(10))), np.arange(100) % 10)
    panel.set_font_scale(1.0)
    item = panel.plot_item
    qtbot.wait(100)  # the plot's layout settles at the new font size
    # The plot item no wider than its widget: the legend's last column, "Prior-Stichproben", is not cut off.
    assert item.geometry().width() <= panel.width()
    legend = panel.legend
    assert legend.mapToItem(item, legend.boundingRect().topRight()).x() <= panel.width()
