"""Every UI string is translated into the seven site languages, with the placeholders of its source text.

The first test extracts the strings afresh from a temporary copy of the source (so the repository is not touched)
and merges them into a copy of the catalogues, as `make messages` would: a string added to the code without a
translation shows up there as empty, a changed one as fuzzy.
"""

import re
import shutil
from contextlib import chdir
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings

pytestmark = [pytest.mark.unit]

LANGUAGES = ["en", "fr", "es", "ar", "ru", "zh_Hans", "ja"]
LOCALE_DIR = Path(settings.LOCALE_PATHS[0])
SOURCE_DIR = LOCALE_DIR.parent
GETTEXT_TOOLS = ["xgettext", "msguniq", "msgmerge"]
PERCENT_PLACEHOLDER = re.compile(r"%(?:\(\w+\))?[#0 +-]*(?:\d+|\*)?(?:\.(?:\d+|\*))?[diouxXeEfFgGcrsa%]")
BRACE_PLACEHOLDER = re.compile(r"\{[^{}]*\}")
UNTRANSLATED_ADVICE = (
    "UI strings without a usable translation. Run `make messages`, translate the strings listed below in "
    "plenaria/locale/<language>/LC_MESSAGES/django.po (English: copy the source text), remove the fuzzy flags, "
    "then run `manage.py compile_catalogues`."
)
PLACEHOLDER_ADVICE = "Translations whose placeholders differ from their source text's:"


@pytest.fixture(scope="module")
def extracted_catalogues(tmp_path_factory) -> dict[str, polib.POFile]:
    """The catalogues merged with the strings found in the source now (makemessages on temporary copies)."""
    missing_tools = [tool for tool in GETTEXT_TOOLS if shutil.which(tool) is None]
    if missing_tools:
        pytest.skip(
            f"GNU gettext is not installed ({', '.join(missing_tools)} not found), so the UI strings cannot be "
            "extracted; install it (apt-get install gettext) to run this check. CI installs it."
        )
    work_dir = tmp_path_factory.mktemp("i18n") / SOURCE_DIR.name
    shutil.copytree(SOURCE_DIR, work_dir, ignore=shutil.ignore_patterns("static", "__pycache__", "*.mo"))
    with override_settings(LOCALE_PATHS=[work_dir / "locale"]), chdir(work_dir):
        call_command(
            "makemessages",
            locale=LANGUAGES,
            no_obsolete=True,
            add_location="never",
            ignore_patterns=["static/*"],
            verbosity=0,
        )
    return {language: _catalogue(work_dir / "locale", language) for language in LANGUAGES}


def _catalogue(locale_dir: Path, language: str) -> polib.POFile:
    return polib.pofile(str(locale_dir / language / "LC_MESSAGES" / "django.po"))


def _label(entry: polib.POEntry) -> str:
    return f"[{entry.msgctxt}] {entry.msgid!r}" if entry.msgctxt else repr(entry.msgid)


def _translations(entry: polib.POEntry) -> list[str]:
    return list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]


def _untranslated(catalogue: polib.POFile) -> list[str]:
    nplurals = int(re.search(r"nplurals\s*=\s*(\d+)", catalogue.metadata["Plural-Forms"]).group(1))
    problems = []
    for entry in catalogue:
        if entry.obsolete:
            continue
        forms = _translations(entry)
        if entry.msgid_plural and sorted(entry.msgstr_plural) != list(range(nplurals)):
            problems.append(f"{_label(entry)}: needs {nplurals} plural forms, has {len(forms)}")
        elif not all(form.strip() for form in forms):
            problems.append(f"{_label(entry)}: not translated")
        elif entry.fuzzy:
            problems.append(f"{_label(entry)}: fuzzy (the source text changed; check the translation)")
    return problems


def _placeholders(text: str, entry: polib.POEntry) -> set[str]:
    found = set()
    if "python-format" in entry.flags:
        found |= {match for match in PERCENT_PLACEHOLDER.findall(text) if match != "%%"}
    if "python-brace-format" in entry.flags:
        found |= set(BRACE_PLACEHOLDER.findall(text))
    return found


def _placeholder_mismatches(catalogue: polib.POFile) -> list[str]:
    problems = []
    for entry in catalogue.translated_entries():
        # A plural form may leave out a placeholder only if one of the English forms does (e.g. the count in "one").
        sources = [_placeholders(entry.msgid, entry)]
        if entry.msgid_plural:
            sources.append(_placeholders(entry.msgid_plural, entry))
        required, allowed = set.intersection(*sources), set.union(*sources)
        for form in _translations(entry):
            found = _placeholders(form, entry)
            if not required <= found <= allowed:
                problems.append(f"{_label(entry)}: {sorted(found)} in {form!r}, expected {sorted(allowed)}")
    return problems


def _report(problems_by_language: dict[str, list[str]], advice: str) -> str:
    lines = [advice]
    for language, problems in problems_by_language.items():
        lines.append(f"{language}: {len(problems)} string(s)")
        lines.extend(f"    {problem}" for problem in problems)
    return "\n".join(lines)


def test_catalogues_after_fresh_extraction_translate_every_ui_string(extracted_catalogues):
    problems = {
        language: found
        for language, catalogue in extracted_catalogues.items()
        if (found := _untranslated(catalogue))
    }

    assert problems == {}, _report(problems, UNTRANSLATED_ADVICE)


def test_catalogue_translations_keep_the_placeholders_of_their_source_text():
    catalogues = {language: _catalogue(LOCALE_DIR, language) for language in LANGUAGES}

    problems = {
        language: found
        for language, catalogue in catalogues.items()
        if (found := _placeholder_mismatches(catalogue))
    }

    assert problems == {}, _report(problems, PLACEHOLDER_ADVICE)
