"""Numbers in the window's language: a decimal comma in German, French and Spanish, the language's thousands
separator where a template asks for grouping, Western digits and a point in Arabic and Chinese; core sentences,
the Compare lab's table and every plot axis write them so."""

import numpy as np
import pyqtgraph as pg
import pytest

from genviz.core.translatable import Sentence
from genviz.qt.number_format import LocalNumbers, local_format, local_number, separators, use_language
from genviz.qt.translation import ENGLISH, core_sentence, install_language


@pytest.fixture
def language():
    """Numbers are global to the window: a test that changes their language gives English back."""
    yield use_language
    use_language(ENGLISH)


def test_german_writes_a_decimal_comma_and_groups_with_a_point_where_the_template_asks():
    german = LocalNumbers(*separators("de"))
    assert german.format("{share:.2f}", share=0.93) == "0,93"
    assert german.format("{count:,}", count=1234) == "1.234"
    assert german.format("{count}", count=1234) == "1234"  # no grouping asked for: none
    assert german.format("{share:.1%} of {total:,.1f}", share=0.125, total=12345.67) == "12,5% of 12.345,7"
    assert german.format("{value}", value=np.float32(0.5)) == "0,5"  # numpy's numbers too
    assert german.format("{name} {flag} {code:x}", name="1.5", flag=True, code=255) == "1.5 True ff"  # no numbers


@pytest.mark.parametrize(("code", "share", "count"), [("en", "0.93", "1,234"), ("ar", "0.93", "1,234"),
                                                       ("zh_CN", "0.93", "1,234"), ("fr", "0,93", "1\u202f234"),
                                                       ("es", "0,93", "1.234"), ("pseudo", "0.93", "1,234")])
def test_each_language_writes_its_own_numbers(code, share, count):
    numbers = LocalNumbers(*separators(code))
    assert numbers.format("{share:.2f} {count:,}", share=0.93, count=1234) == f"{share} {count}"


def test_core_sentences_and_window_texts_take_the_language_chosen(language):
    sentence = Sentence("D rates them {mean:.2f} on average over {count:,} fakes.", {"mean": 0.41, "count": 2048})
    assert core_sentence(sentence) == "D rates them 0.41 on average over 2,048 fakes."
    language("de")
    assert core_sentence(sentence) == "D rates them 0,41 on average over 2.048 fakes."
    assert local_format("loss {loss:.3f}", loss=0.8904) == "loss 0,890"
    assert local_number(12345, ",") == "12.345"


def test_installing_a_language_sets_its_numbers(qapp):
    try:
        shown = install_language(qapp, "de")  # English where the German file is not built
        assert local_number(0.93, ".2f") == ("0,93" if shown == "de" else "0.93")
    finally:
        install_language(qapp, ENGLISH)
    assert local_number(0.93, ".2f") == "0.93"


def test_the_compare_table_and_the_axes_show_a_german_decimal_comma(qtbot, language):
    from genviz.qt.compare.results_table import ResultsTable
    from genviz.qt.plots import configure_plot

    language("de")
    table = ResultsTable()
    qtbot.addWidget(table)
    table.start({"gan": "GAN"})
    table.show_row("gan", "images", {"samples": 200, "quality": 0.37, "classes": 6, "evenness": 0.73,
                                     "copies": 0.125, "copies_real_baseline": 0.005, "ms_per_sample": 12.34,
                                     "parameters": 184_401, "steps": 1234})
    assert [table.text("gan", key) for key in ("quality", "copies", "ms_per_sample", "parameters")] == \
        ["0,37", "12,5%", "12,34", "184.401"]
    plot = configure_plot(pg.PlotWidget(), "Loss", "training step", "loss")
    qtbot.addWidget(plot)
    assert plot.getPlotItem().getAxis("left").tickStrings([0.5, 1.0, 1.5], 1.0, 0.5) == ["0,5", "1,0", "1,5"]


def test_the_text_labs_bars_strip_and_probe_write_a_german_decimal_comma(qtbot, language):
    from genviz.core.sampling import sampling_distribution
    from genviz.core.text.tokenizers import CharTokenizer
    from genviz.qt.text.probability_panel import DrawnToken, ProbabilityPanel, strip_title, value_text

    language("de")
    tokenizer = CharTokenizer.build("Paris is big")
    vocab = [tokenizer.token_text(i) for i in range(tokenizer.vocab_size)]
    logits = np.full(tokenizer.vocab_size, -30.0)
    logits[1:4] = [2.0, 1.0, 0.0]
    distribution = sampling_distribution(logits, 1.5)  # a temperature: each bar says its own and the model's share
    panel = ProbabilityPanel()
    qtbot.addWidget(panel)
    panel.show_distribution(distribution, vocab, 4)
    first = panel.bars.rows[0]
    assert value_text(first) == f"{first.filtered:.1%}  (model {first.raw:.1%})".replace(".", ",")
    assert value_text(panel.bars.rows[-1]) == "<0,1%"  # the tail: too small for 0,1%, never a false 0,0%
    drawn = DrawnToken(int(first.token), distribution, u=0.1234)
    panel.show_draw(drawn, vocab)
    assert strip_title(drawn, "P").startswith("Last draw: u = 0,123 ")
    tiny = DrawnToken(int(panel.bars.rows[-2].token), distribution, u=None, forced=True)
    panel.show_draw(tiny, vocab)
    panel.strip.resize(400, 120)
    _, callout = panel.strip.chosen_label()
    assert "," in callout and "." not in callout
    panel.probe.set_tokenizer(tokenizer, vocab)
    panel.probe.word.setText(vocab[1])
    panel.probe.word.returnPressed.emit()
    share = float(distribution.raw[1])
    assert panel.probe.result.text() == f"P('{vocab[1]}') = {share:.1%} · rank 1 of {len(vocab)}".replace(".", ",")


def test_a_single_class_shows_an_evenness_of_zero_never_minus_zero(qtbot, language):
    from genviz.core.compare.metrics import evenness
    from genviz.qt.compare.results_table import ResultsTable

    one_class = evenness(np.array([0, 0, 12, 0]))
    assert one_class == 0.0 and np.copysign(1.0, one_class) == 1.0  # -(1 * log 1) is -0.0
    for code, shown in (("en", "0.00"), ("de", "0,00")):
        language(code)
        table = ResultsTable()
        qtbot.addWidget(table)
        table.start({"gan": "GAN"})
        table.show_row("gan", "images", {"samples": 12, "quality": 0.5, "classes": 1, "evenness": one_class,
                                         "copies": 0.0, "copies_real_baseline": 0.0, "ms_per_sample": 1.0,
                                         "parameters": 10, "steps": 5})
        assert table.text("gan", "evenness") == shown


def test_a_spin_box_shows_and_reads_numbers_as_the_language_writes_them(qapp, language):
    from PySide6.QtWidgets import QDoubleSpinBox

    language("de")
    box = QDoubleSpinBox(decimals=3)
    box.setValue(0.25)
    assert box.text() == "0,250" and box.valueFromText("0,5") == 0.5
    language("ar")  # Western digits and a point, as everywhere in the window
    assert QDoubleSpinBox(decimals=3, value=0.25).text() == "0.250"
