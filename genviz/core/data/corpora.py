"""Text corpora for the Text lab: a generated capitals corpus, Python source, and the user's own files.

The capitals corpus is written so that a small model has to learn a real mapping: every
country-capital fact appears in many phrasings, mixed with other true sentences about the same
countries (languages, cities, rivers, neighbours), so "The capital of France is" can only be
completed by remembering that the capital of France is Paris.
"""

from __future__ import annotations

import os
import random
import sysconfig
from collections.abc import Callable, Iterator
from pathlib import Path

from genviz.core.errors import DataError
from genviz.core.safe_files import read_limited

CAPITALS: tuple[tuple[str, str], ...] = (
    # Europe
    ("France", "Paris"),
    ("Germany", "Berlin"),
    ("Italy", "Rome"),
    ("Spain", "Madrid"),
    ("Portugal", "Lisbon"),
    ("Greece", "Athens"),
    ("Ireland", "Dublin"),
    ("Norway", "Oslo"),
    ("Sweden", "Stockholm"),
    ("Finland", "Helsinki"),
    ("Denmark", "Copenhagen"),
    ("Iceland", "Reykjavik"),
    ("Poland", "Warsaw"),
    ("Austria", "Vienna"),
    ("Hungary", "Budapest"),
    ("Switzerland", "Bern"),
    ("Belgium", "Brussels"),
    ("Czechia", "Prague"),
    ("Slovakia", "Bratislava"),
    ("Slovenia", "Ljubljana"),
    ("Croatia", "Zagreb"),
    ("Serbia", "Belgrade"),
    ("Romania", "Bucharest"),
    ("Bulgaria", "Sofia"),
    ("Ukraine", "Kyiv"),
    ("Belarus", "Minsk"),
    ("Lithuania", "Vilnius"),
    ("Latvia", "Riga"),
    ("Estonia", "Tallinn"),
    ("Albania", "Tirana"),
    ("Russia", "Moscow"),
    ("Cyprus", "Nicosia"),
    ("Malta", "Valletta"),
    # Asia
    ("Turkey", "Ankara"),
    ("Georgia", "Tbilisi"),
    ("Armenia", "Yerevan"),
    ("Azerbaijan", "Baku"),
    ("Iran", "Tehran"),
    ("Iraq", "Baghdad"),
    ("Syria", "Damascus"),
    ("Lebanon", "Beirut"),
    ("Jordan", "Amman"),
    ("Saudi Arabia", "Riyadh"),
    ("Qatar", "Doha"),
    ("Oman", "Muscat"),
    ("Afghanistan", "Kabul"),
    ("Pakistan", "Islamabad"),
    ("Bangladesh", "Dhaka"),
    ("Nepal", "Kathmandu"),
    ("Bhutan", "Thimphu"),
    ("China", "Beijing"),
    ("Japan", "Tokyo"),
    ("South Korea", "Seoul"),
    ("North Korea", "Pyongyang"),
    ("Mongolia", "Ulaanbaatar"),
    ("Thailand", "Bangkok"),
    ("Vietnam", "Hanoi"),
    ("Laos", "Vientiane"),
    ("Kazakhstan", "Astana"),
    ("Uzbekistan", "Tashkent"),
    ("Kyrgyzstan", "Bishkek"),
    ("Tajikistan", "Dushanbe"),
    ("Turkmenistan", "Ashgabat"),
    # Africa
    ("Egypt", "Cairo"),
    ("Morocco", "Rabat"),
    ("Algeria", "Algiers"),
    ("Tunisia", "Tunis"),
    ("Libya", "Tripoli"),
    ("Sudan", "Khartoum"),
    ("Eritrea", "Asmara"),
    ("Somalia", "Mogadishu"),
    ("Kenya", "Nairobi"),
    ("Uganda", "Kampala"),
    ("Tanzania", "Dodoma"),
    ("Rwanda", "Kigali"),
    ("Nigeria", "Abuja"),
    ("Ghana", "Accra"),
    ("Senegal", "Dakar"),
    ("Mali", "Bamako"),
    ("Niger", "Niamey"),
    ("Cameroon", "Yaounde"),
    ("Angola", "Luanda"),
    ("Zambia", "Lusaka"),
    ("Malawi", "Lilongwe"),
    ("Zimbabwe", "Harare"),
    ("Mozambique", "Maputo"),
    ("Namibia", "Windhoek"),
    ("Botswana", "Gaborone"),
    ("Madagascar", "Antananarivo"),
    # The Americas
    ("Canada", "Ottawa"),
    ("Cuba", "Havana"),
    ("Jamaica", "Kingston"),
    ("Honduras", "Tegucigalpa"),
    ("Nicaragua", "Managua"),
    ("Colombia", "Bogota"),
    ("Venezuela", "Caracas"),
    ("Ecuador", "Quito"),
    ("Peru", "Lima"),
    ("Chile", "Santiago"),
    ("Brazil", "Brasilia"),
    ("Paraguay", "Asuncion"),
    ("Uruguay", "Montevideo"),
    # Oceania
    ("Australia", "Canberra"),
    ("New Zealand", "Wellington"),
    ("Fiji", "Suva"),
    ("Samoa", "Apia"),
)

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

_REGIONS: dict[str, tuple[str, ...]] = {
    "Europe": (
        "France", "Germany", "Italy", "Spain", "Portugal", "Greece", "Ireland", "Norway", "Sweden",
        "Finland", "Denmark", "Iceland", "Poland", "Austria", "Hungary", "Switzerland", "Belgium",
        "Czechia", "Slovakia", "Slovenia", "Croatia", "Serbia", "Romania", "Bulgaria", "Ukraine",
        "Belarus", "Lithuania", "Latvia", "Estonia", "Albania", "Malta",
    ),
    "Europe and Asia": ("Russia", "Turkey", "Kazakhstan", "Georgia", "Azerbaijan"),
    "the eastern Mediterranean": ("Cyprus",),
    "Asia": (
        "Armenia", "Iran", "Iraq", "Syria", "Lebanon", "Jordan", "Saudi Arabia", "Qatar", "Oman",
        "Afghanistan", "Pakistan", "Bangladesh", "Nepal", "Bhutan", "China", "Japan", "South Korea",
        "North Korea", "Mongolia", "Thailand", "Vietnam", "Laos", "Uzbekistan", "Kyrgyzstan",
        "Tajikistan", "Turkmenistan",
    ),
    "Africa": (
        "Egypt", "Morocco", "Algeria", "Tunisia", "Libya", "Sudan", "Eritrea", "Somalia", "Kenya",
        "Uganda", "Tanzania", "Rwanda", "Nigeria", "Ghana", "Senegal", "Mali", "Niger", "Cameroon",
        "Angola", "Zambia", "Malawi", "Zimbabwe", "Mozambique", "Namibia", "Botswana", "Madagascar",
    ),
    "North America": ("Canada",),
    "the Caribbean": ("Cuba", "Jamaica"),
    "Central America": ("Honduras", "Nicaragua"),
    "South America": (
        "Colombia", "Venezuela", "Ecuador", "Peru", "Chile", "Brazil", "Paraguay", "Uruguay",
    ),
    "Oceania": ("Australia", "New Zealand", "Fiji", "Samoa"),
}

_LANGUAGES: dict[str, str] = {
    "France": "French", "Germany": "German", "Italy": "Italian", "Spain": "Spanish",
    "Portugal": "Portuguese", "Greece": "Greek", "Ireland": "English and Irish", "Norway": "Norwegian",
    "Sweden": "Swedish", "Finland": "Finnish and Swedish", "Denmark": "Danish", "Iceland": "Icelandic",
    "Poland": "Polish", "Austria": "German", "Hungary": "Hungarian",
    "Switzerland": "German, French and Italian", "Belgium": "Dutch and French", "Czechia": "Czech",
    "Slovakia": "Slovak", "Slovenia": "Slovene", "Croatia": "Croatian", "Serbia": "Serbian",
    "Romania": "Romanian", "Bulgaria": "Bulgarian", "Ukraine": "Ukrainian",
    "Belarus": "Belarusian and Russian", "Lithuania": "Lithuanian", "Latvia": "Latvian",
    "Estonia": "Estonian", "Albania": "Albanian", "Russia": "Russian", "Cyprus": "Greek and Turkish",
    "Malta": "Maltese and English", "Turkey": "Turkish", "Georgia": "Georgian", "Armenia": "Armenian",
    "Azerbaijan": "Azerbaijani", "Iran": "Persian", "Iraq": "Arabic and Kurdish", "Syria": "Arabic",
    "Lebanon": "Arabic", "Jordan": "Arabic", "Saudi Arabia": "Arabic", "Qatar": "Arabic",
    "Oman": "Arabic", "Afghanistan": "Pashto and Dari", "Pakistan": "Urdu and English",
    "Bangladesh": "Bengali", "Nepal": "Nepali", "Bhutan": "Dzongkha", "China": "Chinese",
    "Japan": "Japanese", "South Korea": "Korean", "North Korea": "Korean", "Mongolia": "Mongolian",
    "Thailand": "Thai", "Vietnam": "Vietnamese", "Laos": "Lao", "Kazakhstan": "Kazakh and Russian",
    "Uzbekistan": "Uzbek", "Kyrgyzstan": "Kyrgyz and Russian", "Tajikistan": "Tajik",
    "Turkmenistan": "Turkmen", "Egypt": "Arabic", "Morocco": "Arabic and Berber",
    "Algeria": "Arabic and Berber", "Tunisia": "Arabic", "Libya": "Arabic", "Sudan": "Arabic and English",
    "Somalia": "Somali and Arabic", "Kenya": "Swahili and English", "Uganda": "English and Swahili",
    "Tanzania": "Swahili and English", "Rwanda": "Kinyarwanda, French and English", "Nigeria": "English",
    "Ghana": "English", "Senegal": "French and Wolof", "Cameroon": "French and English",
    "Angola": "Portuguese", "Zambia": "English", "Malawi": "English and Chichewa",
    "Mozambique": "Portuguese", "Namibia": "English", "Botswana": "English and Setswana",
    "Madagascar": "Malagasy and French", "Canada": "English and French", "Cuba": "Spanish",
    "Jamaica": "English", "Honduras": "Spanish", "Nicaragua": "Spanish", "Colombia": "Spanish",
    "Venezuela": "Spanish", "Ecuador": "Spanish", "Peru": "Spanish and Quechua", "Chile": "Spanish",
    "Brazil": "Portuguese", "Paraguay": "Spanish and Guarani", "Uruguay": "Spanish",
    "Australia": "English", "New Zealand": "English and Maori", "Fiji": "English and Fijian",
    "Samoa": "Samoan and English",
}

# Cities that are not the capital: sentences about them keep "<city> is ..." from meaning "capital".
_CITIES: dict[str, tuple[str, ...]] = {
    "France": ("Lyon", "Marseille", "Nice", "Bordeaux"), "Germany": ("Munich", "Hamburg", "Cologne"),
    "Italy": ("Milan", "Naples", "Venice", "Florence"), "Spain": ("Barcelona", "Seville", "Valencia"),
    "Portugal": ("Porto", "Faro"), "Greece": ("Thessaloniki", "Patras"), "Ireland": ("Cork", "Galway"),
    "Norway": ("Bergen", "Trondheim"), "Sweden": ("Gothenburg", "Malmo"), "Finland": ("Tampere", "Turku"),
    "Denmark": ("Aarhus", "Odense"), "Poland": ("Krakow", "Gdansk", "Wroclaw"),
    "Austria": ("Salzburg", "Graz", "Innsbruck"), "Hungary": ("Debrecen", "Szeged"),
    "Switzerland": ("Zurich", "Geneva", "Basel"), "Belgium": ("Antwerp", "Ghent", "Bruges"),
    "Czechia": ("Brno", "Ostrava"), "Croatia": ("Split", "Dubrovnik"), "Bulgaria": ("Plovdiv", "Varna"),
    "Romania": ("Timisoara", "Constanta"), "Ukraine": ("Odesa", "Lviv", "Kharkiv"),
    "Russia": ("Kazan", "Novosibirsk"), "Turkey": ("Istanbul", "Izmir", "Antalya"),
    "Georgia": ("Batumi", "Kutaisi"), "Iran": ("Isfahan", "Shiraz", "Tabriz"), "Iraq": ("Basra", "Mosul"),
    "Syria": ("Aleppo", "Homs"), "Saudi Arabia": ("Jeddah", "Mecca"), "Pakistan": ("Karachi", "Lahore"),
    "Bangladesh": ("Chittagong",), "Nepal": ("Pokhara",), "China": ("Shanghai", "Shenzhen", "Wuhan"),
    "Japan": ("Osaka", "Kyoto", "Sapporo"), "South Korea": ("Busan", "Incheon"),
    "Thailand": ("Phuket",), "Vietnam": ("Hue", "Haiphong"), "Kazakhstan": ("Almaty", "Shymkent"),
    "Uzbekistan": ("Samarkand", "Bukhara"), "Egypt": ("Alexandria", "Luxor", "Aswan"),
    "Morocco": ("Casablanca", "Marrakesh", "Fez"), "Algeria": ("Oran", "Constantine"),
    "Tunisia": ("Sfax", "Sousse"), "Libya": ("Benghazi",), "Kenya": ("Mombasa", "Kisumu"),
    "Tanzania": ("Arusha", "Zanzibar"), "Nigeria": ("Lagos", "Kano", "Ibadan"), "Ghana": ("Kumasi",),
    "Senegal": ("Touba",), "Mali": ("Timbuktu",), "Cameroon": ("Douala",), "Zimbabwe": ("Bulawayo",),
    "Mozambique": ("Beira",), "Canada": ("Toronto", "Vancouver", "Montreal", "Calgary"),
    "Colombia": ("Medellin", "Cartagena"), "Venezuela": ("Maracaibo", "Valencia"),
    "Ecuador": ("Guayaquil", "Cuenca"), "Peru": ("Cusco", "Arequipa"), "Chile": ("Valparaiso",),
    "Brazil": ("Salvador", "Recife", "Manaus"), "Australia": ("Sydney", "Melbourne", "Perth", "Brisbane"),
    "New Zealand": ("Auckland", "Christchurch"),
}

# Only where the largest city is not the capital.
_LARGEST_CITY: dict[str, str] = {
    "Turkey": "Istanbul", "Switzerland": "Zurich", "Kazakhstan": "Almaty", "Pakistan": "Karachi",
    "China": "Shanghai", "Morocco": "Casablanca", "Nigeria": "Lagos",
    "Tanzania": "Dar es Salaam", "Canada": "Toronto", "Brazil": "Sao Paulo",
    "New Zealand": "Auckland", "Vietnam": "Ho Chi Minh City",
}

_RIVERS: dict[str, tuple[str, ...]] = {
    "France": ("Seine", "Loire", "Rhone"), "Germany": ("Rhine", "Elbe", "Danube"), "Italy": ("Po", "Tiber"),
    "Spain": ("Ebro", "Tagus"), "Portugal": ("Tagus", "Douro"), "Ireland": ("Shannon",),
    "Poland": ("Vistula", "Oder"), "Austria": ("Danube",), "Hungary": ("Danube", "Tisza"),
    "Switzerland": ("Rhine",), "Czechia": ("Vltava", "Elbe"), "Slovakia": ("Danube",),
    "Croatia": ("Sava", "Drava"), "Serbia": ("Danube", "Sava"), "Romania": ("Danube",),
    "Ukraine": ("Dnieper",), "Belarus": ("Dnieper",), "Russia": ("Volga", "Ob", "Lena"),
    "Turkey": ("Euphrates", "Tigris"), "Iraq": ("Tigris", "Euphrates"), "Syria": ("Euphrates",),
    "Pakistan": ("Indus",), "Bangladesh": ("Ganges", "Brahmaputra"), "China": ("Yangtze",),
    "Vietnam": ("Mekong",), "Laos": ("Mekong",), "Egypt": ("Nile",),
    "Sudan": ("Nile",), "Uganda": ("Nile",), "Nigeria": ("Niger", "Benue"), "Mali": ("Niger",),
    "Niger": ("Niger",), "Ghana": ("Volta",), "Senegal": ("Gambia",),
    "Zambia": ("Zambezi",), "Mozambique": ("Zambezi", "Limpopo"),
    "Canada": ("Yukon", "Fraser"), "Colombia": ("Magdalena",), "Venezuela": ("Orinoco",),
    "Peru": ("Amazon",), "Brazil": ("Amazon",), "Paraguay": ("Paraguay",),
    "Uruguay": ("Negro",), "Australia": ("Murray",),
}

_FAMOUS_FOR: dict[str, tuple[str, ...]] = {
    "France": ("cheese", "bread", "wine"), "Germany": ("sausages", "beer"), "Italy": ("pasta", "pizza"),
    "Spain": ("paella", "olive oil"), "Portugal": ("cork", "port wine"), "Greece": ("olives", "feta"),
    "Ireland": ("green hills",), "Norway": ("salmon", "fjords"), "Finland": ("lakes", "saunas"),
    "Iceland": ("volcanoes", "geysers"), "Poland": ("pierogi",), "Austria": ("coffee houses", "music"),
    "Hungary": ("paprika", "goulash"), "Switzerland": ("chocolate", "cheese", "watches"),
    "Belgium": ("chocolate", "waffles"), "Czechia": ("beer",), "Russia": ("caviar",),
    "Turkey": ("kebab", "tea"), "Georgia": ("wine",), "Iran": ("carpets", "saffron"),
    "Lebanon": ("hummus",), "Nepal": ("mountains",), "China": ("tea", "pandas"), "Japan": ("sushi",),
    "South Korea": ("kimchi",), "Thailand": ("rice", "curry"), "Vietnam": ("pho",),
    "Egypt": ("pyramids",), "Morocco": ("couscous", "tagine"), "Kenya": ("tea", "safaris"),
    "Ghana": ("cocoa",), "Madagascar": ("vanilla", "lemurs"), "Canada": ("maple syrup",),
    "Cuba": ("sugar", "music"), "Jamaica": ("coffee", "reggae"), "Colombia": ("coffee",),
    "Peru": ("potatoes", "llamas"), "Brazil": ("coffee", "football"), "Australia": ("kangaroos",),
    "New Zealand": ("sheep", "kiwis"),
}

_BORDERS: tuple[tuple[str, str], ...] = (
    ("France", "Spain"), ("France", "Germany"), ("France", "Italy"), ("France", "Belgium"),
    ("France", "Switzerland"), ("Germany", "Poland"), ("Germany", "Austria"), ("Germany", "Denmark"),
    ("Germany", "Czechia"), ("Spain", "Portugal"), ("Italy", "Austria"), ("Italy", "Switzerland"),
    ("Austria", "Hungary"), ("Hungary", "Romania"), ("Romania", "Bulgaria"), ("Serbia", "Croatia"),
    ("Greece", "Albania"), ("Greece", "Turkey"), ("Bulgaria", "Turkey"), ("Poland", "Ukraine"),
    ("Ukraine", "Russia"), ("Russia", "China"), ("China", "Mongolia"), ("China", "Nepal"),
    ("Norway", "Sweden"), ("Sweden", "Finland"), ("Finland", "Russia"), ("Estonia", "Latvia"),
    ("Latvia", "Lithuania"), ("Lithuania", "Poland"), ("Belarus", "Poland"), ("Iran", "Iraq"),
    ("Iraq", "Syria"), ("Syria", "Lebanon"), ("Jordan", "Syria"), ("Egypt", "Libya"), ("Egypt", "Sudan"),
    ("Libya", "Tunisia"), ("Tunisia", "Algeria"), ("Algeria", "Morocco"), ("Kenya", "Uganda"),
    ("Kenya", "Tanzania"), ("Uganda", "Rwanda"), ("Zambia", "Zimbabwe"), ("Namibia", "Botswana"),
    ("Mozambique", "Tanzania"), ("Nigeria", "Niger"), ("Nigeria", "Cameroon"), ("Mali", "Senegal"),
    ("Mali", "Niger"), ("Peru", "Chile"), ("Peru", "Ecuador"), ("Colombia", "Venezuela"),
    ("Brazil", "Uruguay"), ("Brazil", "Paraguay"), ("Pakistan", "Afghanistan"), ("Pakistan", "Iran"),
    ("Afghanistan", "Iran"), ("Kazakhstan", "Uzbekistan"), ("Thailand", "Laos"), ("Vietnam", "Laos"),
    ("Vietnam", "China"), ("Georgia", "Armenia"), ("Armenia", "Azerbaijan"), ("Saudi Arabia", "Jordan"),
    ("Saudi Arabia", "Qatar"), ("Saudi Arabia", "Oman"), ("South Korea", "North Korea"),
    ("North Korea", "China"), ("Honduras", "Nicaragua"),
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
    region_of = {country: region for region, countries in _REGIONS.items() for country in countries}
    sentences = list(_GENERAL_FACTS)
    for country, capital in CAPITALS:
        sentences += [t.format(country=country, capital=capital) for t in _CAPITAL_TEMPLATES]
        sentences += [
            f"{capital} is a city in {country}.",
            f"{capital} is in {country}.",
            f"{country} is a country in {region_of[country]}.",
        ]
        if country in _LANGUAGES:
            sentences += [
                f"People in {country} speak {_LANGUAGES[country]}.",
                f"In {capital}, many people speak {_LANGUAGES[country]}.",
            ]
        for city in _CITIES.get(country, ()):
            sentences += [
                f"{city} is a city in {country}.",
                f"{city} is in {country}, but it is not the capital.",
            ]
        if country in _LARGEST_CITY:
            sentences.append(f"The largest city of {country} is {_LARGEST_CITY[country]}.")
        for river in _RIVERS.get(country, ()):
            sentences.append(f"The {river} flows through {country}.")
        for thing in _FAMOUS_FOR.get(country, ()):
            sentences.append(f"{country} is famous for {thing}.")
    for a, b in _BORDERS:
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
        raise DataError("No Python source could be read from the standard library on this computer.")
    return "\n".join(parts)


def load_text_file(path: str | os.PathLike[str], max_bytes: int = 5_000_000) -> str:
    """The text of a user's UTF-8 file, with line endings made ``\\n``; a clear DataError otherwise.

    Only a regular file is read, and never beyond max_bytes: /dev/zero or a pipe is refused, not waited on."""
    path = Path(path)
    name = path.name or str(path)
    data = read_limited(path, max_bytes)
    if b"\x00" in data:
        raise DataError(f"The file {name} looks like a binary file, not text.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise DataError(f"The file {name} is not UTF-8 text.") from error
    if not text.strip():
        raise DataError(f"The file {name} is empty.")
    return text.replace("\r\n", "\n").replace("\r", "\n")


BUILTIN_CORPORA: dict[str, str] = {
    "capitals": "Facts about countries and their capitals, in many phrasings (about 2 MB).",
    "capitals-small": "The same facts, but only 40 KB of them: a model soon memorises so short a text, and its "
                      "held-out loss rises (overfitting).",
    "python": "Python source code from the standard library, for code generation (about 1 MB).",
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
