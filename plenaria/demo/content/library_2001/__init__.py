"""The demo congress's document library (seeded by plenaria.demo.library). Every text here was written for the
demonstration: it follows the events of 2001 (DOMAIN 1.3–1.5) without quoting their documents.

A document is a dict: symbol (its key: the seeding finds it again by it), type (a DOCUMENT_TYPES slug), event
(an Event slug, optional), region, theme, country, organisation, date, access, title and summary by language,
and either body (paragraphs by language: one file per language) or versions (label, date, note, body).
`formats` gives a language's file format (pdf by default; txt, docx)."""

from .background import BACKGROUND_PAPERS
from .commitment import (
    EXPLANATORY_STATEMENTS,
    GLOBAL_COMMITMENT,
    GLOBAL_COMMITMENT_DRAFTS,
    RAPPORTEUR_REPORT,
)
from .consultations import REGIONAL_OUTCOMES
from .press import PRESS
from .statements import STATEMENTS
from .types import DOCUMENT_TYPES

DEMO_NOTE = {
    "en": "Demo text written for Plenaria's demonstration congress.",
    "fr": "Texte de démonstration rédigé pour le congrès de démonstration de Plenaria.",
    "es": "Texto de demostración redactado para el congreso de demostración de Plenaria.",
    "ar": "نص تجريبي كُتب للمؤتمر التجريبي لمنصة Plenaria.",
    "ru": "Демонстрационный текст, написанный для демонстрационного конгресса Plenaria.",
    "zh-hans": "为Plenaria演示大会编写的演示文本。",
    "ja": "Plenariaのデモ用会議のために作成したデモ用テキストです。",
}

DOCUMENTS = [
    *REGIONAL_OUTCOMES,
    *BACKGROUND_PAPERS,
    *STATEMENTS,
    GLOBAL_COMMITMENT_DRAFTS,
    GLOBAL_COMMITMENT,
    *EXPLANATORY_STATEMENTS,
    RAPPORTEUR_REPORT,
    *PRESS,
]

__all__ = ["DEMO_NOTE", "DOCUMENTS", "DOCUMENT_TYPES"]
