"""The Yokohama 2001 demo congress, from the announcement and the public record (see shared domain notes).

Every multilingual value is a dict {language: text}. English texts are the announcement's where it has them;
the rest was written for the demo. The French, Spanish, Arabic, Russian, Chinese (zh-hans) and Japanese texts
are translations written for the demo, not texts published by the organisers. They use official names where
these exist (the Congress, UN bodies and instruments, organisations); the "Compromiso de Montevideo" keeps its
Spanish name in every language. A language left out falls back to English on the site, visibly marked.
"""

from .congress import CONGRESS, SLUG
from .contacts import CONTACTS
from .events import EVENTS
from .figures import KEY_FIGURES
from .pages import PAGES
from .participation import PARTICIPATION
from .teams import DEMO_PASSWORD, TEAMS, USERS

__all__ = [
    "CONGRESS",
    "CONTACTS",
    "DEMO_PASSWORD",
    "EVENTS",
    "KEY_FIGURES",
    "PAGES",
    "PARTICIPATION",
    "SLUG",
    "TEAMS",
    "USERS",
]
