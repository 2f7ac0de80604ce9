"""One query for a search: the matching documents are found once (PostgreSQL keeps them as a materialised
common table expression), then counted by type, theme, region, language and year, and one page of them picked."""

from dataclasses import dataclass
from typing import NamedTuple

from django.conf import settings
from django.db import connections
from django.db.models import QuerySet
from django.db.models.functions import ExtractYear

from plenaria.common.i18n_content import localize
from plenaria.library.enums import Region, Theme
from plenaria.library.models import DocumentType


class FacetValue(NamedTuple):
    value: str
    label: str
    count: int


FACETS = ("document_type", "theme", "region", "language", "year")


@dataclass
class Counted:
    total: int
    counts: dict[str, dict[str, int]]
    page_ranks: dict[int, float]  # document id: rank


def _sql(queryset: QuerySet) -> tuple[str, list]:
    sql, params = queryset.query.get_compiler(using=queryset.db).as_sql()
    return sql, list(params)


def count_and_page(
    documents: QuerySet, hits: QuerySet, *, every_document: bool, offset: int, limit: int
) -> Counted:
    """Count `documents` joined to `hits` (search entries as (document_id, languages, rank)) and pick a page of
    them by rank, then date. `every_document`: documents without a hit are kept (a listing)."""
    docs_sql, docs_params = _sql(
        documents.order_by()
        .annotate(search_year=ExtractYear("document_date"))
        .values_list("pk", "document_type_id", "theme", "region", "document_date", "search_year")
    )
    # Django puts annotations after fields: `hits` and the documents list their annotation last.
    hits_sql, hits_params = _sql(hits.order_by())
    # PostgreSQL reads the matching entries from the GIN index once and keeps them (whatever its statistics say,
    # they are never looked for again document by document).
    materialized = "MATERIALIZED " if connections[documents.db].vendor == "postgresql" else ""
    join = "LEFT JOIN" if every_document else "JOIN"
    parts = [
        f"SELECT '{column}', CAST({column} AS TEXT), COUNT(*), CAST(NULL AS REAL) FROM m GROUP BY {column}"  # noqa: S608 -- constants
        for column in ("document_type", "theme", "region", "year")
    ]
    parts += [
        f"SELECT 'language', '{code}', COUNT(*), CAST(NULL AS REAL) FROM m WHERE languages LIKE '%%|{code}|%%'"  # noqa: S608
        for code, _name in settings.LANGUAGES
    ]
    parts.append("SELECT 'total', '', COUNT(*), CAST(NULL AS REAL) FROM m")
    # The page: a top-N sort; its rows come back with their rank, to be put in order again (with their dates).
    parts.append(
        "SELECT 'page', CAST(id AS TEXT), 0, CAST(rank AS REAL) FROM "
        "(SELECT id, rank FROM m ORDER BY rank DESC, document_date DESC, id DESC LIMIT %s OFFSET %s) page"
    )
    # Everything put together here is either compiled by Django (with its parameters) or a constant.
    ctes = [
        f"h (document_id, languages, rank) AS {materialized}({hits_sql})",
        f"d (id, document_type, theme, region, document_date, year) AS ({docs_sql})",
        f"m AS {materialized}(SELECT d.*, h.languages, COALESCE(h.rank, 0) AS rank FROM d {join} h ON h.document_id = d.id)",  # noqa: S608
    ]
    sql = "WITH " + ", ".join(ctes) + " " + " UNION ALL ".join(parts)
    counts: dict[str, dict[str, int]] = {name: {} for name in FACETS}
    total = 0
    page: dict[int, float] = {}
    with connections[documents.db].cursor() as cursor:
        cursor.execute(sql, [*hits_params, *docs_params, limit, offset])
        for facet, value, count, rank in cursor.fetchall():
            if facet == "total":
                total = count
            elif facet == "page":
                page[int(value)] = rank
            elif value:
                if facet == "year":
                    value = str(int(float(value)))  # PostgreSQL counts years as numbers ("2001" or "2001.0")
                counts[facet][value] = count
    return Counted(total=total, counts=counts, page_ranks=page)


def label_facets(counts: dict[str, dict[str, int]], language: str) -> dict[str, list[FacetValue]]:
    """(value, label, count) of each facet, in the order a reader expects; values with no document left out."""
    types = DocumentType.objects.filter(pk__in=[int(pk) for pk in counts["document_type"]])
    return {
        "document_type": [
            FacetValue(kind.slug, localize(kind.name, language).text, counts["document_type"][str(kind.pk)])
            for kind in types
        ],
        "theme": [
            FacetValue(theme.value, str(theme.label), counts["theme"][theme.value])
            for theme in Theme
            if theme.value in counts["theme"]
        ],
        "region": [
            FacetValue(region.value, str(region.label), counts["region"][region.value])
            for region in Region
            if region.value in counts["region"]
        ],
        "language": [
            FacetValue(code, name, counts["language"][code])
            for code, name in settings.LANGUAGES
            if counts["language"].get(code)
        ],
        "year": [
            FacetValue(year, year, count)
            for year, count in sorted(counts["year"].items(), key=lambda i: -int(i[0]))
        ],
    }
