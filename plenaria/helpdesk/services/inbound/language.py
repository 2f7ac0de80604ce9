"""A guess of the language a new inquiry by e-mail is written in: the desk answers in it."""

import re

from django.conf import settings

_SCRIPTS = {
    "kana": re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]"),
    "han": re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"),
    "ar": re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]"),
    "ru": re.compile(r"[\u0400-\u04ff]"),
    "latin": re.compile(r"[A-Za-z\u00c0-\u024f]"),
}


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Short words that are common in one language and rare in the two others.
_LATIN_WORDS = {
    "en": _words(
        "the and is are you we for to of with please thank thanks hello dear our my your would could can this "
        "that have will"
    ),
    "fr": _words(
        "bonjour merci je vous nous est les des une pour avec dans pas sur et du au mon ma votre notre sont être "
        "à où très madame monsieur également"
    ),
    "es": _words(
        "hola gracias yo usted ustedes es los las una para con por del y mi su nuestro está están muy también "
        "cómo qué buenos días señor señora estimado estimada"
    ),
}
_LATIN_LETTERS = {"fr": "çèêëàâùûœî", "es": "ñ¿¡áíóú"}


def guess_language(text: str) -> str:
    """A simple guess from the script: kana → Japanese, Han without kana → Chinese, Arabic, Cyrillic → Russian;
    Latin script → French or Spanish when their common words and letters clearly dominate, else the default."""
    counts = {script: len(pattern.findall(text)) for script, pattern in _SCRIPTS.items()}
    weights = {  # a Chinese character carries about as much as a word of three Latin letters
        "cjk": 3 * (counts["kana"] + counts["han"]),
        "ar": counts["ar"],
        "ru": counts["ru"],
        "latin": counts["latin"],
    }
    script = max(weights, key=weights.get)
    if weights[script] == 0:
        return settings.LANGUAGE_CODE
    if script == "cjk":
        return "ja" if counts["kana"] else "zh-hans"
    if script in ("ar", "ru"):
        return script
    return _latin_language(text)


def _latin_language(text: str) -> str:
    lowered = text.lower()
    words = re.findall(r"[^\W\d_]+", lowered)
    scores = {
        language: sum(word in vocabulary for word in words) for language, vocabulary in _LATIN_WORDS.items()
    }
    for language, letters in _LATIN_LETTERS.items():
        scores[language] += 2 * sum(lowered.count(letter) for letter in letters)
    best = max(scores, key=scores.get)
    others = [score for language, score in scores.items() if language != best]
    if best != "en" and scores[best] >= 2 and scores[best] > max(others):
        return best
    return settings.LANGUAGE_CODE
