"""Keeping a document's search entry up to date with its descriptions and the texts of its current version."""

import itertools
import unicodedata

from django.conf import settings
from django.db import connection, transaction
from i18nfield.strings import LazyI18nString

from plenaria.library.models import Document, DocumentSearchEntry

from .text import fold, is_cjk, pair_token, tokens

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


def weighted_tsvector(sections: list[tuple[str, list[str]]]) -> str:
    """A tsvector value with positions and weights, for ranking: `sections` are (weight, tokens) in reading
    order; pairs of adjacent words are there too (see `matching_tsvector`), at the place of their first word.
    Built here rather than by PostgreSQL's parser so that it holds exactly our tokens."""
    positions: dict[str, list[str]] = {}

    def add(token: str, position: int, weight: str) -> None:
        entry = positions.setdefault(token, [])
        if len(entry) < _MAX_POSITIONS:
            entry.append(f"{min(position, _MAX_POSITION)}{weight}")

    counter = 0
    for weight, section in sections:
        for index, token in enumerate(section):
            counter += 1
            add(token, counter, weight)
            if index and not is_cjk(token) and not is_cjk(section[index - 1]):
                add(pair_token(section[index - 1], token), counter - 1, weight)
    return " ".join(f"{_quote(token)}:{','.join(entry)}" for token, entry in positions.items())


def matching_tsvector(sections: list[list[str]]) -> str:
    """A tsvector value for matching only: each token once, without positions, and each pair of adjacent words
    ("sexual exploitation") as one more token, so that phrases are found from the index alone, however long
    the text. Within PostgreSQL's size limit: pairs go first, then the tokens seen last."""
    words = dict.fromkeys(token for section in sections for token in section)
    pairs = dict.fromkeys(
        pair_token(first, second)
        for section in sections
        for first, second in itertools.pairwise(section)
        if not is_cjk(first) and not is_cjk(second)
    )
    kept = []
    used = 0
    for token in [*words, *pairs]:
        used += 6 + len(token.encode())
        if used > _VECTOR_BUDGET:
            break
        kept.append(_quote(token))
    return " ".join(kept)


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
            head = weighted_tsvector([("A", title_tokens), ("B", head_tokens)])
            vector = matching_tsvector([title_tokens, head_tokens, *body_sections])
            with connection.cursor() as cursor:
                cursor.execute(
                    f"UPDATE {DocumentSearchEntry._meta.db_table} "  # noqa: S608 -- the table name is ours
                    "SET head = %s::tsvector, vector = %s::tsvector WHERE document_id = %s",
                    [head, vector, document.pk],
                )
