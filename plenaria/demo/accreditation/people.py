"""Fictional people for the demo: names drawn from the common names of their country (in their own script where
it is not Latin), and e-mail addresses that are never given twice."""

import random
import unicodedata
from dataclasses import dataclass

from ..content import accreditation_2001 as data

DEMO_DOMAIN = "demo.plenaria.example"
# The language a person of each culture speaks besides English (keys: the cultures of data.NAMES).
LANGUAGE_NAMES = {
    "ja": "Japanese",
    "zh": "Chinese",
    "ko": "Korean",
    "th": "Thai",
    "vi": "Vietnamese",
    "km": "Khmer",
    "hi": "Hindi",
    "ne": "Nepali",
    "bn": "Bengali",
    "si": "Sinhala",
    "ur": "Urdu",
    "ar": "Arabic",
    "fa": "Persian",
    "ru": "Russian",
    "hu": "Hungarian",
    "sv": "Swedish",
    "no": "Norwegian",
    "fr": "French",
    "es": "Spanish",
    "pt": "Portuguese",
    "de": "German",
    "it": "Italian",
    "nl": "Dutch",
    "id": "Indonesian",
    "ph": "Filipino",
    "ke": "Swahili",
    "ng": "Yoruba",
    "gh": "Twi",
    "sn": "Wolof",
    "za": "Zulu",
}


@dataclass(frozen=True)
class Person:
    given_name: str
    family_name: str
    name_in_own_script: str
    nationality: str
    language: str
    culture: str

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}"


def rng_for(key: str) -> random.Random:
    """A generator of its own for each delegation and registration: the same data every run, whatever was skipped."""
    return random.Random(f"{data.RANDOM_SEED}/{key}")  # noqa: S311 -- reproducible demo data, not a secret


def ascii_slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in plain.lower().replace(" ", "-") if c.isalnum() or c == "-").strip("-")


def languages_spoken(person: Person) -> str:
    own = LANGUAGE_NAMES.get(person.culture)
    spoken = [own] if own else []
    return ", ".join([*spoken, "English"])


class People:
    """Draws people and gives them addresses, remembering the addresses already used in the congress."""

    def __init__(self, used_emails: set[str]):
        self.used_emails = used_emails

    def draw(self, rng: random.Random, country: str, taken: set | None = None) -> Person:
        """A fictional person of `country`. `taken`: the names already used in the same delegation; a new family
        name is preferred, and a full name is never repeated."""
        taken = set() if taken is None else taken
        for attempt in range(30):
            person = _draw_person(rng, country)
            if person.full_name not in taken and (attempt >= 10 or person.family_name not in taken):
                break
        taken |= {person.full_name, person.family_name}
        return person

    def email(self, person: Person, domain: str) -> str:
        base = f"{ascii_slug(person.given_name)}.{ascii_slug(person.family_name)}"
        email, n = f"{base}@{domain}", 2
        while email in self.used_emails:
            email, n = f"{base}{n}@{domain}", n + 1
        self.used_emails.add(email)
        return email


def _draw_person(rng: random.Random, country: str) -> Person:
    culture, language = data.COUNTRIES.get(country, ("en", "en"))
    names = data.NAMES[culture]
    female = rng.random() < 0.5
    given_pool = names.get("given_female", names["given"]) if female else names["given"]
    family_pool = names.get("family_female", names["family"]) if female else names["family"]
    given, family = rng.choice(given_pool), rng.choice(family_pool)
    if names.get("two_family_names") and rng.random() < 0.6:
        family = f"{family} {rng.choice([f for f in names['family'] if f != family])}"
    if isinstance(given, str):
        return Person(given, family, "", country, language, culture)
    (given_latin, given_own), (family_latin, family_own) = given, family
    own = (
        f"{family_own}{names['space']}{given_own}"
        if names["order"] == "family"
        else f"{given_own}{names['space']}{family_own}"
    )
    if own == f"{given_latin} {family_latin}":
        own = ""
    return Person(given_latin, family_latin, own, country, language, culture)
