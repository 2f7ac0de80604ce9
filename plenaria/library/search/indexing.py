"""Keeping a document's search entry up to date with its descriptions and the texts of its current version."""

import unicodedata

from django.conf import settings
from django.db import connection, transaction
from i18nfield.strings import LazyI18nString

from plenaria.library.models import Document, DocumentSearchEntry

from .text import fold, tokens

# Search reads this many characters of each file's text (for the index and for snippets).
FILE_TEXT_LIMIT = 200_000

# PostgreSQL limits: positions go up to 16383, at most 256 positions per word, at most 1 MB per tsvector.
_MAX_POSITION = 16383
_MAX_POSITIONS = 256
_VECTOR_BUDGET = 900_000


def by_language(value) -> dict[str, str]:
    """The non-empty texts of a multilingual value, by language code."""
    data = value.data if isinstance(value, LazyI18nString) else value
    if isinstance(data, dict):
        return {code: str(text) for code, text in data.items() if text}
    return {settings.LANGUAGE_CODE: str(data)} if data else {}


def _language_order(code: str) -> int:
    codes = [language for language, _name in settings.LANGUAGES]
    return codes.index(code) if code in codes else len(codes)


def _quote(token: str) -> str:
    return "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"


def _tsvector(sections: list[tuple[str, list[str]]], *, budget: int = _VECTOR_BUDGET) -> str:
    """A tsvector value of `sections` ((weight, tokens) in reading order) with the positions of each token, so
    that phrases can be matched (`<->`). Built here rather than by PostgreSQL's parser so that it holds exactly
    our tokens. Within PostgreSQL's limits: 256 positions a token, positions up to 16383 (later words share the
    last one), and tokens after `budget` bytes left out."""
    positions: dict[str, list[str]] = {}
    used = 0
    counter = 0
    for weight, section in sections:
        counter += 1  # a gap: no phrase runs from one section into the next
        for token in section:
            counter += 1
            entry = positions.get(token)
            cost = 2 if entry is not None else 10 + len(token.encode())
            if used + cost > budget or (entry is not None and len(entry) >= _MAX_POSITIONS):
                continue
            used += cost
            if entry is None:
                entry = positions[token] = []
            entry.append(f"{min(counter, _MAX_POSITION)}{weight}")
    return " ".join(f"{_quote(token)}:{','.join(entry)}" for token, entry in positions.items())


def weighted_tsvector(sections: list[tuple[str, list[str]]]) -> str:
    """The small tsvector search ranks by (titles): weights and positions, stored in the row."""
    return _tsvector(sections)


def matching_tsvector(sections: list[list[str]]) -> str:
    """The tsvector search matches on: every token of the document with its positions (for phrases). Its GIN
    index answers queries of words alone; the column itself is read only to check a phrase's positions, for
    the rows the index found."""
    return _tsvector([("", section) for section in sections])


def index_document(document: Document) -> None:
    """Refresh what search reads for `document`: its titles, summaries, symbol, organisation, and the texts of the
    files of its current version, in every language."""
    version = document.versions.order_by("-number").first()
    files = list(version.files.values_list("language", "extracted_text")) if version else []
    files.sort(key=lambda item: _language_order(item[0]))
    titles = by_language(document.title)
    summaries = by_language(document.summary)
    file_texts = {
        language: unicodedata.normalize("NFC", text[:FILE_TEXT_LIMIT]) for language, text in files if text
    }

    title_tokens = tokens(" ".join([document.symbol, *titles.values()]))
    head_tokens = tokens(" ".join([document.organisation, *summaries.values()]))
    body_sections = [tokens(text) for text in file_texts.values()]
    postgresql = connection.vendor == "postgresql"

    fields = {
        "languages": "".join(f"|{language}" for language, _text in files) + ("|" if files else ""),
        "title": "\n".join(fold(text) for text in [document.symbol, *titles.values()] if text),
        # PostgreSQL searches the tsvector columns; other databases search these words.
        "words": ""
        if postgresql
        else " "
        + " ".join(token for part in [title_tokens, head_tokens, *body_sections] for token in part)
        + " ",
        "texts": {"summary": summaries, "files": file_texts},
    }
    with transaction.atomic():
        DocumentSearchEntry.objects.update_or_create(document=document, defaults=fields)
        if postgresql:
            head = weighted_tsvector([("A", title_tokens)])
            vector = matching_tsvector([title_tokens, head_tokens, *body_sections])
            with connection.cursor() as cursor:
                cursor.execute(
                    f"UPDATE {DocumentSearchEntry._meta.db_table} "  # noqa: S608 -- the table name is ours
                    "SET head = %s::tsvector, vector = %s::tsvector WHERE document_id = %s",
                    [head, vector, document.pk],
                )
