"""The one picture widget of the image labs: fixed levels and cheap updates, captions under and beside tiles,
a false-colour map that comes and goes, a picture placed over a plane, fonts for the projector."""

import numpy as np
import pytest
from PySide6.QtCore import QRectF

from genviz.core.mosaic import mosaic
from genviz.qt.style import scaled_font
from genviz.qt.widgets.picture import DIVERGING, SIGNED_LEVELS, PicturePanel


@pytest.fixture
def panel(qtbot):
    panel = PicturePanel("Samples", "What the model made.")
    qtbot.addWidget(panel)
    panel.resize(400, 300)
    panel.show()
    return panel


def digits(count: int, seed: int = 0) -> np.ndarray:
    return np.random.default_rng(seed).uniform(0, 1, size=(count, 8, 8))


def ticks(panel: PicturePanel, side: str) -> list[tuple[float, str]]:
    axis = panel.plot_item.getAxis(side)
    return list(axis._tickLevels[0]) if axis._tickLevels else []


def test_a_picture_is_float32_c_contiguous_row_0_on_top_with_the_levels_given(panel):
    picture = mosaic(digits(6), 3)  # float32 already: the flip must still give a C-contiguous copy
    panel.show_picture(picture.astype(np.float64), SIGNED_LEVELS)
    shown = panel.image.image
    assert shown.dtype == np.float32 and shown.flags.c_contiguous
    np.testing.assert_array_equal(shown, picture[::-1])  # the plot's y axis points up
    assert list(panel.image.levels) == list(SIGNED_LEVELS)  # never auto-levelled
    assert not panel.plot_item.getAxis("left").isVisible() and not panel.plot_item.getAxis("bottom").isVisible()


def test_a_change_the_screen_cannot_show_is_not_drawn_but_a_new_level_or_size_is(panel):
    picture = mosaic(digits(6), 3)
    panel.show_picture(picture)
    first = panel.image.image
    panel.show_picture(picture + 0.1 / 255)
    assert panel.image.image is first
    panel.show_picture(picture, SIGNED_LEVELS)
    assert panel.image.image is not first
    panel.show_picture(mosaic(digits(4), 2), SIGNED_LEVELS)
    assert panel.image.image.shape == (17, 17)


def test_the_view_fits_each_new_size_whole_with_a_little_room(panel):
    for count, columns in ((10, 10), (1, 1), (16, 4)):
        picture = mosaic(digits(count), columns)
        panel.show_picture(picture)
        (x0, x1), (y0, y1) = panel.plot_item.getViewBox().viewRange()
        height, width = picture.shape
        assert x0 < 0 and y0 < 0 and x1 > width and y1 > height
        assert min(x1 - x0 - width, y1 - y0 - height) < 0.1 * max(width, height)  # not lost in empty space


def test_captions_stand_under_columns_and_beside_rows_of_tiles_counted_from_the_top(panel):
    panel.show_picture(mosaic(digits(6), 3))  # 2 rows of 3 tiles, 17 x 26 pixels
    panel.caption_tiles((8, 8), under=[(0, "A"), (2, "B")], left=[(0, "real"), (1, "decoded")])
    assert ticks(panel, "bottom") == [(4.0, "A"), (22.0, "B")]
    assert ticks(panel, "left") == [(13.0, "real"), (4.0, "decoded")]  # the first row is the top one
    assert panel.captions() == (["A", "B"], ["real", "decoded"])
    assert panel.plot_item.getAxis("bottom").isVisible() and panel.plot_item.getAxis("left").isVisible()


def test_captions_follow_the_gap_between_tiles(panel):
    tiles = np.stack([mosaic(digits(4, seed), 2) for seed in range(3)])  # three 17 x 17 tiles
    panel.show_picture(mosaic(tiles, 3, gap=9))
    panel.caption_tiles(tiles.shape[1:3], under=[(i, f"step {i}") for i in range(3)], gap=9)
    assert [x for x, _ in ticks(panel, "bottom")] == [8.5, 34.5, 60.5]


def test_unchanged_captions_leave_the_axes_alone_and_clearing_removes_them(panel, monkeypatch):
    panel.show_picture(mosaic(digits(3), 3))
    panel.caption_tiles((8, 8), under=[(0, "t=0"), (2, "t=200")])
    calls = []
    monkeypatch.setattr(panel.plot_item.getAxis("bottom"), "setTicks", calls.append)
    panel.caption_tiles((8, 8), under=[(0, "t=0"), (2, "t=200")])
    assert not calls  # new ticks re-lay out the plot
    monkeypatch.undo()
    panel.clear_picture()
    assert panel.image.image is None and panel.captions() == ([], [])
    assert not panel.plot_item.getAxis("bottom").isVisible() and ticks(panel, "bottom") == []


def test_a_false_colour_map_is_used_while_asked_for_and_grey_comes_back(panel):
    signed = np.linspace(-1, 1, 36).reshape(6, 6)
    panel.show_picture(signed, SIGNED_LEVELS, colormap=DIVERGING)
    assert panel.image.lut is not None
    np.testing.assert_array_equal(panel.image.lut[0][:3], [213, 94, 0])  # vermillion below zero
    panel.clear_picture()  # the map stays with the item until a picture without one comes
    panel.show_picture(signed * 0.5 + 0.5)
    assert panel.image.lut is None


def test_a_picture_over_a_plane_keeps_its_axes_and_moves_them_only_when_it_outgrows_them(qtbot):
    empty = QRectF(-3, -3, 6, 6)
    panel = PicturePanel("Decoded manifold", "", axes=("z₁", "z₂"), empty_view=empty)
    qtbot.addWidget(panel)
    (x0, x1), (y0, y1) = panel.plot_item.getViewBox().viewRange()
    assert (x0, y0) <= (-3, -3) and (x1, y1) >= (3, 3)
    assert panel.plot_item.getAxis("left").isVisible() and panel.plot_item.getAxis("bottom").labelText == "z₁"
    picture = mosaic(digits(4), 2)
    panel.show_picture(picture, rect=QRectF(-2, -2, 4, 4))
    first = panel.plot_item.getViewBox().viewRange()
    panel.show_picture(picture, rect=QRectF(-2.1, -2, 4.1, 4))  # a little wider: the axes stay
    assert panel.plot_item.getViewBox().viewRange() == first
    panel.show_picture(picture, rect=QRectF(-4, -4, 8, 8))  # out of view: the axes follow
    (x0, x1), _ = panel.plot_item.getViewBox().viewRange()
    assert x0 < -4 and x1 > 4
    panel.clear_picture()
    assert panel.plot_item.getAxis("left").isVisible()  # the plane's axes stay, at the empty view
    assert panel.plot_item.getViewBox().viewRange()[0][1] < 4


def test_the_title_and_the_captions_grow_with_the_font_scale(panel):
    panel.show_picture(mosaic(digits(3), 3))
    panel.caption_tiles((8, 8), under=[(0, "A")])
    panel.set_font_scale(1.0)
    small = panel.plot_item.getAxis("bottom").style["tickFont"].pointSizeF()
    panel.set_font_scale(2.0)
    captions = panel.plot_item.getAxis("bottom").style["tickFont"].pointSizeF()
    assert captions >= 1.9 * small and captions == scaled_font(2.0).pointSizeF()  # words, not tick numbers
    assert "pt" in panel.plot_item.titleLabel.opts["size"]
    panel.setTitle("Samples (step 5)")
    assert panel.plot_item.titleLabel.text == "Samples (step 5)"
    assert float(panel.plot_item.titleLabel.opts["size"][:-2]) >= 2 * 11  # later titles keep the scale


def test_a_title_is_plain_text_and_shrinks_to_fit_a_narrow_panel_but_grows_back(panel, qtbot):
    panel.set_font_scale(2.5)  # the projector's largest
    panel.setTitle("Noise z: one row per fake (orange < 0 < blue)")
    label = panel.plot_item.titleLabel
    assert label.item.toPlainText() == "Noise z: one row per fake (orange < 0 < blue)"  # "< 0 <" is no tag
    qtbot.waitUntil(lambda: label.item.boundingRect().width() <= panel.width())  # smaller, not clipped
    assert float(label.opts["size"][:-2]) < scaled_font(2.5, 1.1).pointSizeF()
    panel.setTitle("Noise")
    assert float(label.opts["size"][:-2]) == pytest.approx(scaled_font(2.5, 1.1).pointSizeF(), abs=0.1)  # full size
