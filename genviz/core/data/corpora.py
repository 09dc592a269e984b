"""Text corpora for the Text lab: a generated capitals corpus, Python source, and the user's own files.

The capitals corpus is written so that a small model has to learn a real mapping: every
country-capital fact appears in many phrasings, mixed with other true sentences about the same
countries (languages, cities, rivers, neighbours), so "The capital of France is" can only be
completed by remembering that the capital of France is Paris. The facts are data, one line each:
capitals.csv holds a row per country, borders.csv a row per pair of neighbours.
"""

from __future__ import annotations

import csv
import functools
import os
import random
import sysconfig
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from genviz.core.errors import DataError
from genviz.core.safe_files import read_limited
from genviz.core.translatable import translatable


@dataclass(frozen=True)
class Country:
    """One row of capitals.csv: what the capitals corpus says about a country (empty where it says nothing)."""

    name: str
    capital: str
    region: str  # "<name> is a country in <region>."
    language: str  # "People in <name> speak <language>."
    cities: tuple[str, ...]  # other cities, never the capital
    largest_city: str  # only where the largest city is not the capital
    rivers: tuple[str, ...]
    famous_for: tuple[str, ...]


def _rows(name: str) -> list[dict[str, str]]:
    """The rows of a CSV file shipped in this package, read wherever the package is installed (a wheel too)."""
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


def _entries(field: str) -> tuple[str, ...]:
    """A field that may hold several entries, separated by ';'."""
    return tuple(field.split(";")) if field else ()


@functools.cache
def countries() -> tuple[Country, ...]:
    """The countries of the capitals corpus, in the file's order (the corpus's shuffles depend on it)."""
    return tuple(
        Country(
            name=row["country"], capital=row["capital"], region=row["region"], language=row["language"],
            cities=_entries(row["cities"]), largest_city=row["largest_city"], rivers=_entries(row["rivers"]),
            famous_for=_entries(row["famous_for"]),
        )
        for row in _rows("capitals.csv")
    )


@functools.cache
def borders() -> tuple[tuple[str, str], ...]:
    """Pairs of countries that share a border, in the file's order."""
    return tuple((row["country"], row["neighbour"]) for row in _rows("borders.csv"))


_CAPITAL_TEMPLATES = (
    "The capital of {country} is {capital}.",
    "{capital} is the capital of {country}.",
    "{country} has {capital} as its capital.",
    "Q: What is the capital of {country}? A: {capital}.",
    "The capital city of {country} is {capital}.",
    "{capital} is the capital city of {country}.",
    "In {country}, the capital is {capital}.",
    "{country}'s capital is {capital}.",
    "The government of {country} meets in {capital}.",
    "If you visit {country}, you may start in {capital}, its capital.",
)

_GENERAL_FACTS = (
    "The sun rises in the east.",
    "The sun sets in the west.",
    "A week has seven days.",
    "A year has twelve months.",
    "Water freezes at zero degrees Celsius.",
    "Water boils at one hundred degrees Celsius.",
    "The Pacific is the largest ocean on Earth.",
    "The Atlantic Ocean lies between Europe and America.",
    "Mount Everest is the highest mountain on Earth.",
    "The Sahara is a large desert in Africa.",
    "The Alps are mountains in Europe.",
    "The Andes are mountains in South America.",
    "The Amazon is a great river in South America.",
    "The Nile is a long river in Africa.",
    "The Danube flows into the Black Sea.",
    "The Mediterranean Sea lies south of Europe.",
    "Asia is the largest continent.",
    "Africa is a large continent.",
    "Australia is both a country and a continent.",
    "Many countries have a river that flows through the capital.",
    "A capital is the city where the government meets.",
    "A map shows countries, cities and rivers.",
    "Every country has a flag.",
    "Some countries have more than one language.",
    "Rice is eaten in many countries.",
    "Bread is made from flour and water.",
    "Cheese is made from milk.",
    "Tea is made from leaves.",
    "Coffee grows in warm countries.",
    "The moon goes around the Earth.",
    "The Earth goes around the sun.",
    "Cats and dogs are common pets.",
    "Birds can fly.",
    "Fish live in water.",
)

_PARAGRAPH_SENTENCES = (1, 6)
# The facts are repeated in freshly shuffled passes until the corpus reaches this size: about 25 passes of
# some 80 KB. The sentences come in a new order in every pass, too many orders for a small model to memorise,
# so its loss on held-out passages keeps up with its training loss for minutes of training (at 1.2 MB it
# began to drift up after some 8,000 steps; at 120 KB, 1.5 passes, it rose after 700 steps, some 10 seconds).
CAPITALS_CHARS = 2_000_000
# Half of one pass: most held-out sentences never occur in training, and the model soon memorises its own.
CAPITALS_SMALL_CHARS = 40_000


def _capitals_sentences() -> list[str]:
    """Every sentence of the capitals corpus once, in a fixed order."""
    sentences = list(_GENERAL_FACTS)
    for country in countries():
        sentences += [t.format(country=country.name, capital=country.capital) for t in _CAPITAL_TEMPLATES]
        sentences += [
            f"{country.capital} is a city in {country.name}.",
            f"{country.capital} is in {country.name}.",
            f"{country.name} is a country in {country.region}.",
        ]
        if country.language:
            sentences += [
                f"People in {country.name} speak {country.language}.",
                f"In {country.capital}, many people speak {country.language}.",
            ]
        for city in country.cities:
            sentences += [
                f"{city} is a city in {country.name}.",
                f"{city} is in {country.name}, but it is not the capital.",
            ]
        if country.largest_city:
            sentences.append(f"The largest city of {country.name} is {country.largest_city}.")
        sentences += [f"The {river} flows through {country.name}." for river in country.rivers]
        sentences += [f"{country.name} is famous for {thing}." for thing in country.famous_for]
    for a, b in borders():
        sentences += [f"{a} shares a border with {b}.", f"{b} and {a} are neighbours."]
    return sentences


def capitals_corpus(seed: int = 0, chars: int = CAPITALS_CHARS) -> str:
    """The built-in corpus of country-capital facts in many phrasings, shuffled by ``seed``, about ``chars``
    characters long."""
    rng = random.Random(seed)
    unique = _capitals_sentences()
    sentences: list[str] = []
    size = 0
    while size < chars:
        batch = unique.copy()
        rng.shuffle(batch)
        for sentence in batch:
            sentences.append(sentence)
            size += len(sentence) + 1
            if size >= chars:
                break
    lines = []
    start = 0
    while start < len(sentences):
        stop = start + rng.randint(*_PARAGRAPH_SENTENCES)
        lines.append(" ".join(sentences[start:stop]))
        start = stop
    return "\n".join(lines) + "\n"


_SKIPPED_DIRS = frozenset({
    "test", "tests", "idle_test", "idlelib", "site-packages", "dist-packages", "__pycache__",
    "lib2to3", "ensurepip", "turtledemo", "encodings", "pydoc_data", "lib-dynload",
})


def _stdlib_sources(root: Path) -> Iterator[Path]:
    """Python files under ``root`` in a fixed order, without tests, bundled tools and data tables."""
    for directory, subdirs, files in os.walk(root):
        subdirs[:] = sorted(d for d in subdirs if d not in _SKIPPED_DIRS and not d.startswith("config-"))
        for name in sorted(files):
            # _sysconfigdata* is a generated dict, not code a model should learn from.
            if name.endswith(".py") and not name.startswith("_sysconfigdata"):
                yield Path(directory) / name


def python_corpus(max_chars: int = 1_000_000) -> str:
    """Python source from the running interpreter's standard library, for the code-generation demo.

    Works offline and gives the same text for the same interpreter. Files with non-ASCII characters
    are left out so that a character vocabulary stays small.
    """
    parts: list[str] = []
    size = 0
    for path in _stdlib_sources(Path(sysconfig.get_paths()["stdlib"])):
        try:
            source = path.read_text(encoding="ascii")
        except (OSError, UnicodeDecodeError):
            continue
        if not source.strip():
            continue
        room = max_chars - size
        if len(source) >= room:
            # End on a whole line so the corpus never stops in the middle of a token.
            cut = source.rfind("\n", 0, room)
            if cut > 0:
                parts.append(source[: cut + 1])
            break
        parts.append(source)
        size += len(source) + 1
    if not parts:
        raise DataError(translatable("No Python source could be read from the standard library on this computer."))
    return "\n".join(parts)


def load_text_file(path: str | os.PathLike[str], max_bytes: int = 5_000_000) -> str:
    """The text of a user's UTF-8 file, with line endings made ``\\n``; a clear DataError otherwise.

    Only a regular file is read, and never beyond max_bytes: /dev/zero or a pipe is refused, not waited on."""
    path = Path(path)
    name = path.name or str(path)
    data = read_limited(path, max_bytes)
    if b"\x00" in data:
        raise DataError(translatable("The file {name} looks like a binary file, not text."), name=name)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise DataError(translatable("The file {name} is not UTF-8 text."), name=name) from error
    if not text.strip():
        raise DataError(translatable("The file {name} is empty."), name=name)
    return text.replace("\r\n", "\n").replace("\r", "\n")


BUILTIN_CORPORA: dict[str, str] = {
    "capitals": translatable("Facts about countries and their capitals, in many phrasings (about 2 MB)."),
    "capitals-small": translatable("The same facts, but only 40 KB of them: a model soon memorises so short a "
                                   "text, and its held-out loss rises (overfitting)."),
    "python": translatable("Python source code from the standard library, for code generation (about 1 MB)."),
}

_BUILDERS: dict[str, Callable[[], str]] = {
    "capitals": capitals_corpus,
    "capitals-small": lambda: capitals_corpus(chars=CAPITALS_SMALL_CHARS),
    "python": python_corpus,
}


def load_corpus(name_or_path: str) -> str:
    """A built-in corpus by name (see ``BUILTIN_CORPORA``), or else the text file at that path."""
    if name_or_path in _BUILDERS:
        return _BUILDERS[name_or_path]()
    return load_text_file(name_or_path)
