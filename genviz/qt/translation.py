"""The window's languages: Qt's translation system, with genviz's own .qm files and Qt's for its standard dialogs.

Every user-visible string goes through `translate(context, text)` with a literal context, so that
`pyside6-lupdate` finds it (packaging/translations.py extracts). Placeholders are named and filled after
translating: `translate("gan", "Step {step}").format(step=n)`; an f-string inside translate never matches.
Strings the core declares (settings, data sets, the GAN walkthrough, banners) are marked with
genviz.core.translatable, which lupdate reads as QT_TR_NOOP (context ""), and shown with core_text or
core_sentence: the core never imports Qt.
Numbers in a filled-in template follow the window's language ("0,93" in German): core_sentence and the window's
templates fill them with genviz.qt.number_format.local_format rather than str.format.
The command line and model files stay in English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTranslator

from genviz.core.translatable import Sentence
from genviz.qt.number_format import local_format, use_language
from genviz.resources import RESOURCES

TRANSLATIONS = RESOURCES / "translations"
ENGLISH = "en"
# code: the language's own name for itself, as the View > Language menu shows it
LANGUAGES = {ENGLISH: "English", "de": "Deutsch", "fr": "Français", "es": "Español", "zh_CN": "简体中文",
             "ar": "العربية"}
RIGHT_TO_LEFT = {"ar"}
LANGUAGE_KEY = "language"  # QSettings: the language chosen in View > Language; absent: the system's
PSEUDO = "pseudo"  # every string wrapped as [[...]]: shows any text that does not go through translate

translate = QCoreApplication.translate


def translation_file(language: str):
    return TRANSLATIONS / f"genviz_{language}.qm"


def system_language() -> str:
    """The system locale's language where genviz has it ("zh_CN" for Chinese), English otherwise."""
    locale = QLocale.system()
    for code in (locale.name(), QLocale.languageToCode(locale.language())):
        if code in LANGUAGES:
            return code
    return ENGLISH


def chosen_language(settings: QSettings) -> str:
    language = str(settings.value(LANGUAGE_KEY, "") or "")
    return language if language in LANGUAGES or language == PSEUDO else system_language()


class PseudoTranslator(QTranslator):
    """Wraps every translated string as [[...]], so a test can see any visible text that is not translated."""

    def translate(self, context, source_text, disambiguation=None, n=-1):
        return f"[[{source_text}]]" if source_text else source_text

    def isEmpty(self) -> bool:
        return False


def install_language(app, language: str) -> str:
    """Load `language` into `app` before any widget exists: genviz's strings, Qt's own (its dialogs' buttons) and
    the layout direction. Returns the language in use: English where its file is missing (not built yet)."""
    for old in getattr(app, "_genviz_translators", []):
        app.removeTranslator(old)
    translators: list[QTranslator] = []
    if language == PSEUDO:
        translators.append(PseudoTranslator(app))
    elif language != ENGLISH:
        own = QTranslator(app)
        if not own.load(str(translation_file(language))):
            language = ENGLISH
        else:
            translators.append(own)
            qt = QTranslator(app)
            if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                translators.append(qt)
    for translator in translators:
        app.installTranslator(translator)
    app._genviz_translators = translators
    use_language(language)  # the numbers of every template filled in from now on
    right_to_left = language in RIGHT_TO_LEFT
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight)
    return language


def core_text(text: str) -> str:
    """A string the core marked with `translatable`, in the window's language (lupdate files those under the
    empty context)."""
    return translate("", text)


def core_sentence(sentence: Sentence) -> str:
    """A sentence the core made, translated, then filled in with its numbers, as the window's language writes
    them, and its words (a value that is a Sentence: a setting's label, a reason) translated too."""
    values = {key: core_sentence(value) if isinstance(value, Sentence) else value
              for key, value in sentence.values.items()}
    return local_format(core_text(sentence.template), **values)


def core_sentences(sentences) -> str:
    return " ".join(map(core_sentence, sentences))
