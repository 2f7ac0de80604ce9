"""Reading the document library. Every query starts from the congress, and every reader's query from the access
levels the reader holds (access.py), so that a document is never listed, shown or served to someone who may not
read it. Each function costs a fixed number of queries, whatever the number of documents.

What readers see of a document, by its status:

- draft: nothing (only the editors, through `editable_documents`);
- published: listed, its page, every version's files;
- withdrawn: not listed, and its files are no longer served; its page still answers, to those who could read it,
  saying when and why it was withdrawn (`get_visible_document` returns it, `versions_visible` returns nothing).
"""

from django.db.models import QuerySet

from .access import access_levels_for
from .enums import DocumentStatus
from .models import Document, DocumentFile, DocumentVersion


def editable_documents(*, congress) -> QuerySet[Document]:
    """Every document of the congress, drafts and withdrawn ones included: for its document editors only."""
    return Document.objects.filter(congress=congress)


def visible_documents(*, user, congress) -> QuerySet[Document]:
    """The published documents of the congress that `user` may read."""
    return Document.objects.filter(
        congress=congress,
        status=DocumentStatus.PUBLISHED,
        access_level__in=access_levels_for(user=user, congress=congress),
    )


def documents_of_type_press_release(*, user, congress) -> QuerySet[Document]:
    """The published press releases and press kits `user` may read, newest first (the news page's corner for
    the media)."""
    return (
        visible_documents(user=user, congress=congress)
        .filter(document_type__is_press_release=True)
        .select_related("document_type")
        .order_by("-document_date", "-published_at", "-pk")
    )


def get_visible_document(*, user, congress, pk) -> Document | None:
    """A published or withdrawn document of the congress that `user` may read, with its type and related event;
    None for a draft, another congress's document, or one of a level the user may not read (they are not told
    which). A withdrawn document is returned so that its page can say so: check `document.status`."""
    try:
        pk = int(pk)
    except (TypeError, ValueError):
        return None
    return (
        Document.objects.filter(
            congress=congress,
            pk=pk,
            status__in=[DocumentStatus.PUBLISHED, DocumentStatus.WITHDRAWN],
            access_level__in=access_levels_for(user=user, congress=congress),
        )
        .select_related("document_type", "related_event")
        .first()
    )


def current_version(document: Document) -> DocumentVersion | None:
    """The newest version of the document (whatever its status), or None before the first one."""
    prefetched = getattr(document, "_prefetched_objects_cache", {}).get("versions")
    if prefetched is not None:
        return max(prefetched, key=lambda version: version.number, default=None)
    return document.versions.order_by("-number").first()


def versions_visible(document: Document) -> list[DocumentVersion]:
    """The versions whose files readers may download, newest first, each with its files: every version of a
    published document, none of a draft or withdrawn one."""
    if document.status != DocumentStatus.PUBLISHED:
        return []
    return list(document.versions.order_by("-number").prefetch_related("files"))


def get_visible_file(*, user, congress, pk) -> DocumentFile | None:
    """A file of any version of a published document of the congress that `user` may read, with its version and
    document; None otherwise (files of drafts and withdrawn documents are not served to readers)."""
    try:
        pk = int(pk)
    except (TypeError, ValueError):
        return None
    return (
        DocumentFile.objects.filter(
            pk=pk,
            version__document__congress=congress,
            version__document__status=DocumentStatus.PUBLISHED,
            version__document__access_level__in=access_levels_for(user=user, congress=congress),
        )
        .select_related("version__document")
        .first()
    )
