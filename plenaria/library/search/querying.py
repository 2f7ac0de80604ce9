"""Searching a set of documents: full-text search with trigram matching of titles as a fallback on PostgreSQL,
containment of folded words elsewhere; facet counts over the matching set; one page of results with snippets."""

import math
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.db import connections, transaction
from django.db.models import BooleanField, Case, FloatField, Q, QuerySet, Value, When
from django.db.models.expressions import RawSQL
from django.utils.safestring import SafeString

from plenaria.common.i18n_content import localize
from plenaria.library.models import Document, DocumentSearchEntry

from .facets import Counted, FacetValue, count_and_page, label_facets
from .snippets import highlight_pattern, make_snippet
from .text import ParsedQuery, parse_query

PAGE_SIZE = 20
# Below this many characters a query is too short for trigram matching to mean anything.
TRIGRAM_MIN_LENGTH = 4


@dataclass
class SearchFilters:
    document_type: str = ""  # slug of a DocumentType
    theme: str = ""
    region: str = ""
    language: str = ""  # a language of the current version's files
    year: int | None = None  # year of the document's date
    page: int = 1


@dataclass(frozen=True)
class SearchHit:
    document: Document
    snippet: SafeString


@dataclass
class SearchResults:
    items: list[SearchHit]
    total: int
    page: int
    pages: int
    facets: dict[str, list[FacetValue]] = field(default_factory=dict)
    # True when nothing matched the words as written and the results are titles that look like the query.
    approximate: bool = False

    @property
    def has_previous(self) -> bool:
        return self.page > 1

    @property
    def has_next(self) -> bool:
        return self.page < self.pages


def _filtered(documents: QuerySet, filters: SearchFilters) -> QuerySet:
    if filters.document_type:
        documents = documents.filter(document_type__slug=filters.document_type)
    if filters.theme:
        documents = documents.filter(theme=filters.theme)
    if filters.region:
        documents = documents.filter(region=filters.region)
    if filters.language:
        documents = documents.filter(search_entry__languages__contains=f"|{filters.language}|")
    if filters.year is not None:
        documents = documents.filter(document_date__year=filters.year)
    return documents


def _by_rank(documents: QuerySet, rank) -> QuerySet:
    return documents.annotate(search_rank=rank).order_by("-search_rank", "-document_date", "-pk")


# PostgreSQL ---------------------------------------------------------------------------------------------------------


def _lexeme(token: str, prefix: bool) -> str:
    return "'" + token.replace("\\", "\\\\").replace("'", "''") + "'" + (":*" if prefix else "")


def tsquery_literal(parsed: ParsedQuery) -> str:
    parts = []
    for clause in parsed.clauses:
        lexemes = [_lexeme(term.token, term.prefix) for term in clause.terms]
        # A phrase: the words one after the other (checked on the positions of the rows the index found).
        operator = " <-> " if clause.phrase else " & "
        parts.append(("!" if clause.excluded else "") + "(" + operator.join(lexemes) + ")")
    return " & ".join(parts)


@contextmanager
def _planner_settings(database: str, *, words: bool):
    """On PostgreSQL, plans that do not depend on statistics (a table just loaded has none): matches and documents
    are joined by hashing, never by looking for the matches again document by document (a nested loop over a
    GIN scan). With words, the search entries are read through their indexes only: the planner does not know
    that testing a row's tsvector means reading it from TOAST storage, and for a word found in most documents it
    would rather read them all than the index. Just-in-time compilation goes too: the costs that keep the
    planner off those plans would trigger it, for a second of compiling. All are restored on leaving, and undone
    with the savepoint on an error."""
    connection = connections[database]
    if connection.vendor != "postgresql":
        yield
        return
    names = ["enable_nestloop", "jit", *(["enable_seqscan"] if words else [])]
    with transaction.atomic(using=database):
        with connection.cursor() as cursor:
            # The settings as they were, then turned off (a select list is evaluated in order).
            cursor.execute(
                "SELECT "
                + ", ".join(
                    ["current_setting(%s)"] * len(names) + ["set_config(%s, 'off', true)"] * len(names)
                ),
                [*names, *names],
            )
            saved = cursor.fetchone()[: len(names)]
        yield
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT " + ", ".join(["set_config(%s, %s, true)"] * len(names)),
                [value for pair in zip(names, saved, strict=True) for value in pair],
            )


def _entries(condition, rank) -> QuerySet:
    """Search entries as (document_id, languages, rank): the rows `count_and_page` joins to the documents."""
    entries = (
        DocumentSearchEntry.objects.filter(condition)
        if condition is not None
        else DocumentSearchEntry.objects
    )
    return entries.annotate(search_rank=rank).values_list("document_id", "languages", "search_rank")


def _raw(sql: str, params: list, output_field):
    return RawSQL(sql, params, output_field=output_field)  # noqa: S611 -- `sql` is one of this module's constants


def _postgresql_hits(parsed: ParsedQuery) -> QuerySet:
    # Matched from the GIN index alone (the big tsvector is read only to check a phrase's positions), ranked by
    # the titles only (a small tsvector, stored in the row): documents found elsewhere follow, newest first.
    tsquery = tsquery_literal(parsed)
    return _entries(
        _raw("vector @@ %s::tsquery", [tsquery], BooleanField()),
        _raw("ts_rank_cd(head, %s::tsquery)", [tsquery], FloatField()),
    )


def _similar_titles(parsed: ParsedQuery) -> QuerySet | None:
    """Entries whose titles have words like the query's (a typo), when the query is plain words."""
    if any(clause.phrase or clause.excluded for clause in parsed.clauses):
        return None
    text = " ".join(dict.fromkeys(term.token for clause in parsed.clauses for term in clause.terms))
    if len(text) < TRIGRAM_MIN_LENGTH:
        return None
    return _entries(
        _raw("%s <%% title", [text], BooleanField()), _raw("word_similarity(%s, title)", [text], FloatField())
    )


# Other databases ----------------------------------------------------------------------------------------------------


def _words_hits(parsed: ParsedQuery) -> QuerySet:
    condition = Q()
    for clause in parsed.clauses:
        if clause.phrase:
            last = clause.terms[-1]
            needle = " " + " ".join(term.token for term in clause.terms) + ("" if last.prefix else " ")
            present = Q(words__contains=needle)
        else:
            present = Q()
            for term in clause.terms:
                present &= Q(words__contains=" " + term.token + ("" if term.prefix else " "))
        condition &= ~present if clause.excluded else present
    title_hits = [
        Case(When(title__contains=term.token, then=Value(1.0)), default=Value(0.0))
        for clause in parsed.positive
        for term in clause.terms
    ]
    return _entries(condition, sum(title_hits[1:], title_hits[0]))


# Search -------------------------------------------------------------------------------------------------------------


def search_documents(
    *, documents: QuerySet, query: str, filters: SearchFilters, language: str
) -> SearchResults:
    """The documents of `documents` (never more) matching `query` and `filters`, best first, one page of them
    with a snippet each, and the facet counts of all of them. An empty query lists them by date."""
    parsed = parse_query(query)
    documents = _filtered(documents, filters)
    postgresql = connections[documents.db].vendor == "postgresql"
    page = max(1, filters.page or 1)
    if not parsed:
        hits = _entries(None, Value(0.0))
    else:
        hits = _postgresql_hits(parsed) if postgresql else _words_hits(parsed)
    approximate = False
    with _planner_settings(documents.db, words=bool(parsed)):

        def run(hits: QuerySet, page: int) -> Counted:
            offset = (page - 1) * PAGE_SIZE
            return count_and_page(documents, hits, every_document=not parsed, offset=offset, limit=PAGE_SIZE)

        counted = run(hits, page)
        if not counted.total and parsed and postgresql and (similar := _similar_titles(parsed)) is not None:
            hits, approximate = similar, True
            counted = run(hits, page)
        pages = max(1, math.ceil(counted.total / PAGE_SIZE))
        if page > pages:
            page = pages
            counted = run(hits, page)
    ranks = counted.page_ranks
    found = documents.select_related("document_type").filter(pk__in=ranks).order_by()
    in_order = sorted(
        found, key=lambda document: (-ranks[document.pk], -document.document_date.toordinal(), -document.pk)
    )
    return SearchResults(
        items=_hits(in_order, parsed, language),
        total=counted.total,
        page=page,
        pages=pages,
        facets=label_facets(counted.counts, language),
        approximate=approximate,
    )


def _hits(documents: list[Document], parsed: ParsedQuery, language: str) -> list[SearchHit]:
    if parsed:
        entries = DocumentSearchEntry.objects.filter(document_id__in=[document.pk for document in documents])
        texts = dict(entries.values_list("document_id", "texts"))
    else:
        # A listing: the summaries say enough, the texts are not read.
        texts = {
            document.pk: {"summary": {language: localize(document.summary, language).text}}
            for document in documents
        }
    pattern = highlight_pattern(parsed.highlights)
    return [
        SearchHit(
            document=document,
            snippet=make_snippet(texts.get(document.pk) or {}, pattern=pattern, language=language),
        )
        for document in documents
    ]
