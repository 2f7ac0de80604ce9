"""Reading multilingual content (django-i18nfield JSON values) in the reader's language, with a visible fallback."""

from dataclasses import dataclass

from django.conf import settings
from django.utils import translation
from i18nfield.strings import LazyI18nString


@dataclass(frozen=True)
class Localized:
    text: str
    language: str  # the language the text is actually in
    is_fallback: bool


def localize(value, language: str | None = None) -> Localized:
    """The text of `value` in `language` (default: the active one); English, then any language, if missing."""
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    if not isinstance(value, LazyI18nString):
        value = LazyI18nString(value)
    data = value.data
    if not isinstance(data, dict):
        return Localized(text=str(data or ""), language=language, is_fallback=False)
    if data.get(language):
        return Localized(text=data[language], language=language, is_fallback=False)
    for fallback in [settings.LANGUAGE_CODE, *data]:
        if data.get(fallback):
            return Localized(text=data[fallback], language=fallback, is_fallback=True)
    return Localized(text="", language=language, is_fallback=False)


def missing_languages(value) -> list[str]:
    """Codes of the site languages that `value` has no text for (for editors)."""
    data = value.data if isinstance(value, LazyI18nString) else value
    data = data if isinstance(data, dict) else {}
    return [code for code, _name in settings.LANGUAGES if not data.get(code)]
