import csv
import fnmatch
import hashlib
import re
import sysconfig
import tomllib
from importlib import resources
from pathlib import Path

import pytest

from genviz.core.data.corpora import (
    BUILTIN_CORPORA,
    CAPITALS_CHARS,
    CAPITALS_SMALL_CHARS,
    borders,
    capitals_corpus,
    countries,
    load_corpus,
    load_text_file,
    python_corpus,
)
from genviz.core.errors import DataError


@pytest.fixture(scope="module")
def capitals_text():
    return capitals_corpus()


def _csv_lines(name):
    return list(csv.reader(resources.files("genviz.core.data").joinpath(name).read_text(encoding="utf-8").splitlines()))


@pytest.mark.parametrize("name", ["capitals.csv", "borders.csv"])
def test_every_line_of_a_facts_file_has_every_field_in_plain_ascii(name):
    header, *rows = _csv_lines(name)
    assert rows
    for row in rows:
        assert len(row) == len(header), row
        assert all(field.isascii() and field == field.strip() for field in row), row
        assert all(entry for field in row if field for entry in field.split(";")), row


def test_capitals_are_many_distinct_one_row_per_country():
    capital_of = {country.name: country.capital for country in countries()}
    assert len(capital_of) == len(countries()) >= 70
    assert len(set(capital_of.values())) == len(capital_of)
    assert all(country.capital and country.region for country in countries())
    assert all(re.fullmatch(r"[A-Z][a-z]+", capital) for capital in capital_of.values())
    assert capital_of["France"] == "Paris"
    assert capital_of["Japan"] == "Tokyo"
    assert capital_of["Brazil"] == "Brasilia"


def test_a_country_row_holds_its_language_cities_rivers_and_food():
    france = next(country for country in countries() if country.name == "France")
    assert france.region == "Europe"
    assert france.language == "French"
    assert france.cities == ("Lyon", "Marseille", "Nice", "Bordeaux")
    assert france.largest_city == ""  # Paris is, so the row leaves it out
    assert france.rivers == ("Seine", "Loire", "Rhone")
    assert france.famous_for == ("cheese", "bread", "wine")
    switzerland = next(country for country in countries() if country.name == "Switzerland")
    assert switzerland.language == "German, French and Italian"  # a quoted field keeps its commas
    assert switzerland.largest_city == "Zurich"


def test_no_other_city_of_a_country_is_said_to_be_its_capital():
    for country in countries():
        assert country.capital not in country.cities, country.name
        assert country.largest_city != country.capital, country.name


def test_borders_join_two_known_countries_once():
    names = {country.name for country in countries()}
    pairs = [frozenset(pair) for pair in borders()]
    assert len(pairs) >= 50
    assert len(set(pairs)) == len(pairs)
    assert all(len(pair) == 2 and pair <= names for pair in pairs)
    assert ("France", "Spain") in borders()


def test_the_facts_files_ship_in_the_wheel():
    """An installed (not editable) genviz reads its facts from the package: pyproject.toml must list them."""
    pyproject = tomllib.loads((Path(__file__).parents[2] / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = pyproject["tool"]["setuptools"]["package-data"]["genviz.core.data"]
    shipped = [path.name for path in resources.files("genviz.core.data").iterdir() if path.name.endswith(".csv")]
    assert sorted(shipped) == ["borders.csv", "capitals.csv"]
    assert all(any(fnmatch.fnmatch(name, pattern) for pattern in patterns) for name in shipped)


def test_the_capitals_corpora_stay_the_text_the_text_labs_defaults_were_tuned_on():
    """Reordering or editing a facts file reshuffles the corpus: the defaults and benchmarks would need re-tuning."""
    assert hashlib.sha256(load_corpus("capitals").encode()).hexdigest() == (
        "aa70a70ec21ba2d9cbdd3764031bf4001627b81433bff59e82d1b7d2f6950949"
    )
    assert hashlib.sha256(load_corpus("capitals-small").encode()).hexdigest() == (
        "58f928a61c5dc2af3d52997756e389b7c3ffdac8303de73dd9dd24dfb29b4fb8"
    )


def test_capitals_corpus_is_plain_ascii_of_the_target_size(capitals_text):
    assert capitals_text.isascii()
    assert CAPITALS_CHARS <= len(capitals_text) <= CAPITALS_CHARS + 200
    assert "  " not in capitals_text
    assert " \n" not in capitals_text


def test_capitals_corpus_is_deterministic_per_seed(capitals_text):
    assert capitals_corpus(0) == capitals_text
    assert capitals_corpus(1) != capitals_text


def test_every_capital_appears_in_many_phrasings(capitals_text):
    for row in countries():
        country, capital = row.name, row.capital
        phrasings = {
            f"The capital of {country} is {capital}.",
            f"{capital} is the capital of {country}.",
            f"{country} has {capital} as its capital.",
            f"Q: What is the capital of {country}? A: {capital}.",
            f"{country}'s capital is {capital}.",
            f"In {country}, the capital is {capital}.",
        }
        assert all(p in capitals_text for p in phrasings), country


def test_after_the_capital_of_x_is_comes_only_its_capital(capitals_text):
    capital_of = {country.name: country.capital for country in countries()}
    found = re.findall(r"The capital of ([A-Z]\w*(?: [A-Z]\w*)?) is (\w+)", capitals_text)
    assert len(found) >= len(capital_of)
    assert all(capital_of[country] == capital for country, capital in found)


def test_capitals_corpus_mixes_in_other_facts(capitals_text):
    sentences = re.split(r"(?<=[.?!]) |\n", capitals_text)
    about_capitals = [s for s in sentences if "capital" in s]
    assert len(about_capitals) < 0.75 * len(sentences)
    assert "France is famous for cheese." in capitals_text
    assert "Lyon is a city in France." in capitals_text
    assert "People in France speak French." in capitals_text


def test_python_corpus_is_stdlib_source_up_to_the_limit():
    text = python_corpus(max_chars=50_000)
    assert 40_000 < len(text) <= 50_000
    assert text.endswith("\n")
    assert "def " in text and "import " in text
    assert python_corpus(max_chars=50_000) == text


def test_python_corpus_without_a_standard_library_is_a_data_error(monkeypatch, tmp_path):
    monkeypatch.setattr(sysconfig, "get_paths", lambda: {"stdlib": str(tmp_path)})
    (tmp_path / "test").mkdir()
    (tmp_path / "test" / "test_x.py").write_text("x = 1\n")
    with pytest.raises(DataError, match="No Python source"):
        python_corpus()


def test_load_text_file_reads_utf8_and_strips_a_bom(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_bytes("\ufeffCafé au lait.\r\nSecond line.\r\n".encode())
    assert load_text_file(path) == "Café au lait.\nSecond line.\n"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "The file notes.txt is empty."),
        (b" \n\t\n", "The file notes.txt is empty."),
        (b"abc\x00def", "The file notes.txt looks like a binary file, not text."),
        ("café".encode("latin-1"), "The file notes.txt is not UTF-8 text."),
    ],
)
def test_load_text_file_refuses_unusable_content_in_one_sentence(tmp_path, content, message):
    path = tmp_path / "notes.txt"
    path.write_bytes(content)
    with pytest.raises(DataError) as error:
        load_text_file(path)
    assert str(error.value) == message


def test_load_text_file_refuses_a_file_over_the_limit(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("a" * 2_500_000)
    with pytest.raises(DataError, match=r"big\.txt is 2\.5 MB, larger than the limit of 2 MB\."):
        load_text_file(path, max_bytes=2_000_000)


def test_load_text_file_refuses_missing_files_and_folders(tmp_path):
    with pytest.raises(DataError, match="does not exist"):
        load_text_file(tmp_path / "missing.txt")
    with pytest.raises(DataError, match="is a folder"):
        load_text_file(tmp_path)


def test_load_corpus_dispatches_to_builtins_and_files(tmp_path):
    assert set(BUILTIN_CORPORA) == {"capitals", "capitals-small", "python"}
    assert all(description.endswith(".") for description in BUILTIN_CORPORA.values())
    assert load_corpus("capitals") == capitals_corpus()
    assert load_corpus("capitals-small") == capitals_corpus(chars=CAPITALS_SMALL_CHARS)
    path = tmp_path / "mine.txt"
    path.write_text("My own words.\n")
    assert load_corpus(str(path)) == "My own words.\n"


def test_load_corpus_python_is_about_a_megabyte_of_source():
    text = load_corpus("python")
    assert 900_000 < len(text) <= 1_000_000
    assert text == python_corpus()


def test_the_capitals_corpus_repeats_its_facts_in_many_orders_and_the_small_one_does_not(capitals_text):
    """Held-out text then holds new passages of known facts; in the small corpus, sentences never trained on."""
    sentence = "The capital of France is Paris."
    assert capitals_text.count(sentence) >= 10
    assert load_corpus("capitals-small").count(sentence) <= 1
