"""The document library's public pages: the library (search, facets, results), a document's page, and the
download of its files.

Every page starts from the documents the reader may read (selectors.visible_documents and friends): a document
of a level the reader may not read is never listed, and its page and files answer 404, as for one that does not
exist. The library and document pages are cached for anonymous visitors only (public_cache): they see public
documents only, and a signed-in reader, who may see more, is never served a cached page. Downloads are never
cached: a withdrawal or a change of level must take effect at once.
"""

from django.contrib.auth.decorators import login_not_required
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from django.views.decorators.http import require_GET

from plenaria.common.private_storage import private_file_response
from plenaria.congresses.enums import EventKind
from plenaria.congresses.public_cache import cached_public_page

from ..enums import ExtractionStatus
from ..forms_search import LibrarySearchForm
from ..search import search_documents
from ..selectors import get_visible_document, get_visible_file, versions_visible, visible_documents

# Files whose text search could not read: the reader is told that search does not find them by their text.
UNREAD_STATUSES = frozenset({ExtractionStatus.NO_TEXT, ExtractionStatus.FAILED})
FILE_TYPES = {
    "application/pdf": "PDF",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "DOCX",
    "application/msword": "DOC",
    "application/vnd.oasis.opendocument.text": "ODT",
    "application/rtf": "RTF",
    "text/rtf": "RTF",
    "text/plain": "TXT",
}


def file_type(document_file) -> str:
    """A short name of the file's format ("PDF", "DOCX", …)."""
    known = FILE_TYPES.get(document_file.content_type)
    if known:
        return known
    _stem, dot, extension = document_file.original_name.rpartition(".")
    return extension.upper() if dot and extension else document_file.content_type


def event_url(event, *, congress_slug: str | None = None) -> str:
    """The public page that presents an event, or "" when it has none (side events). Give the congress's slug
    when it is at hand: it saves loading the event's congress."""
    if event is None:
        return ""
    congress_slug = congress_slug or event.congress.slug
    if event.kind == EventKind.MAIN:
        return reverse("congresses:home", kwargs={"congress_slug": congress_slug})
    if event.kind == EventKind.YOUTH:
        return reverse("congresses:youth", kwargs={"congress_slug": congress_slug}) + f"#event-{event.pk}"
    if event.kind == EventKind.REGIONAL_CONSULTATION:
        return (
            reverse("congresses:consultations", kwargs={"congress_slug": congress_slug})
            + f"#event-{event.pk}"
        )
    return ""


def _private_for_signed_in(request, response):
    # What a signed-in reader sees may be theirs only: no shared cache keeps it.
    if request.user.is_authenticated:
        patch_cache_control(response, private=True)
    return response


def _facet_groups(request, form: LibrarySearchForm, facets: dict) -> list[dict]:
    """Each facet with, for each of its values, the address that applies it (page 1), and the address that
    removes it."""

    def url_with(name: str, value: str | None) -> str:
        query = request.GET.copy()
        query.pop("page", None)
        if value is None:
            query.pop(name, None)
        else:
            query[name] = value
        return f"?{query.urlencode()}" if query else request.path

    groups = []
    for parameter, facet in form.FACET_PARAMETERS.items():
        selected = form.value(parameter)
        values = [
            {
                "label": value.label,
                "count": value.count,
                "url": url_with(parameter, value.value),
                "is_selected": value.value == selected,
            }
            for value in facets.get(facet, [])
        ]
        if values or selected:
            groups.append(
                {
                    "parameter": parameter,
                    "label": form.fields[parameter].label,
                    "values": values,
                    "selected": selected,
                    "clear_url": url_with(parameter, None),
                }
            )
    return groups


def _page_url(request, page: int) -> str:
    query = request.GET.copy()
    query["page"] = str(page)
    return f"?{query.urlencode()}"


@require_GET
@login_not_required
@cached_public_page
def library(request, congress_slug):
    """The library: search across the documents the reader may read, refined by facets, one page of results."""
    form = LibrarySearchForm(request.GET)
    form.is_valid()
    results = search_documents(
        documents=visible_documents(user=request.user, congress=request.congress),
        query=form.query,
        filters=form.filters(),
        language=get_language(),
    )
    context = {
        "form": form,
        "query": form.query,
        "errors": form.error_messages(),
        "results": results,
        "facet_groups": _facet_groups(request, form, results.facets),
        "previous_url": _page_url(request, results.page - 1) if results.has_previous else "",
        "next_url": _page_url(request, results.page + 1) if results.has_next else "",
        "kept_filters": [(name, form.value(name)) for name in form.FACET_PARAMETERS if form.value(name)],
        "is_filtered": bool(form.query or any(form.value(name) for name in form.FACET_PARAMETERS)),
    }
    return _private_for_signed_in(request, render(request, "library/public/library.html", context))


def _with_file_details(versions: list) -> list:
    """The versions, each file told its short type (`type_name`) and whether search could read its text."""
    for version in versions:
        for document_file in version.files.all():
            document_file.type_name = file_type(document_file)
            document_file.is_unread = document_file.extraction_status in UNREAD_STATUSES
    return versions


@require_GET
@login_not_required
@cached_public_page
def document(request, congress_slug, pk):
    """A document: what describes it, its current version's files, then the earlier versions. A withdrawn
    document says when and why, without files.

    The template takes `versions` newest first (the back office's preview renders it with the same names)."""
    found = get_visible_document(user=request.user, congress=request.congress, pk=pk)
    if found is None:
        raise Http404("No such document")
    context = {
        "document": found,
        "versions": _with_file_details(versions_visible(found)),
        "event_url": event_url(found.related_event, congress_slug=request.congress.slug),
    }
    return _private_for_signed_in(request, render(request, "library/public/document.html", context))


@require_GET
@login_not_required
def download(request, congress_slug, pk):
    """A file of a document the reader may read, under its original name; 404 for anything else."""
    document_file = get_visible_file(user=request.user, congress=request.congress, pk=pk)
    if document_file is None:
        raise Http404("No such file")
    try:
        return private_file_response(
            document_file.file,
            download_name=document_file.original_name,
            content_type=document_file.content_type,
        )
    except FileNotFoundError as missing:
        raise Http404("No such file") from missing
