"""A document's life: created as a draft with its first version, described, published, withdrawn."""

import datetime
from collections.abc import Mapping

from django.db import IntegrityError, transaction
from django.utils import timezone

from plenaria.common.audit import changes_between, snapshot

from ..enums import AccessLevel, DocumentStatus, Region, Theme
from ..errors import LibraryError
from ..models import Document
from ..selectors import current_version
from .common import record
from .files import check_files, create_version

# What describes a document; `update_document` takes any of them.
METADATA_FIELDS = (
    "document_type",
    "symbol",
    "title",
    "summary",
    "theme",
    "region",
    "country",
    "organisation",
    "document_date",
    "related_event",
    "access_level",
)
# Long texts: the audit log says that they changed, not what they were.
_LONG_FIELDS = frozenset({"summary"})
_TEXT_FIELDS = ("symbol", "theme", "region", "country", "organisation")


def _texts(value) -> dict[str, str]:
    data = getattr(value, "data", value)
    if isinstance(data, dict):
        return {code: text.strip() for code, text in data.items() if isinstance(text, str) and text.strip()}
    return {"en": data.strip()} if isinstance(data, str) and data.strip() else {}


def _apply_metadata(document: Document, fields: Mapping) -> None:
    unknown = set(fields) - set(METADATA_FIELDS)
    if unknown:
        raise TypeError(f"Unknown document fields: {sorted(unknown)}")
    for name, value in fields.items():
        if name in ("title", "summary"):
            value = _texts(value)
        elif name in _TEXT_FIELDS:
            value = (str(value) if value else "").strip()
        setattr(document, name, value)
    _check_metadata(document)


def _check_metadata(document: Document) -> None:
    if not _texts(document.title):
        raise LibraryError("title_required")
    if document.document_type_id is None:
        raise LibraryError("type_required")
    if document.document_type.congress_id != document.congress_id:
        raise LibraryError("type_of_another_congress")
    if document.related_event_id is not None and document.related_event.congress_id != document.congress_id:
        raise LibraryError("event_of_another_congress")
    if document.access_level not in AccessLevel.values:
        raise LibraryError("invalid_access_level")
    if document.theme and document.theme not in Theme.values:
        raise LibraryError("invalid_theme")
    if document.region and document.region not in Region.values:
        raise LibraryError("invalid_region")
    if not isinstance(document.document_date, datetime.date):
        raise LibraryError("date_required")
    if document.symbol and (
        Document.objects.filter(congress_id=document.congress_id, symbol=document.symbol)
        .exclude(pk=document.pk)
        .exists()
    ):
        raise LibraryError("symbol_taken")


def _save(document: Document) -> None:
    try:
        with transaction.atomic():
            document.save()
    except IntegrityError:
        # Two editors gave the same symbol at the same moment: the database's constraint decided.
        raise LibraryError("symbol_taken") from None


def _described(document: Document) -> dict:
    values = snapshot(document, METADATA_FIELDS)
    # Related objects by their id: their names depend on the language and on how they were loaded.
    values["document_type"] = document.document_type_id
    values["related_event"] = document.related_event_id
    # An empty multilingual value reads as "" before its first save and {} after: both are "nothing".
    return {name: value or None for name, value in values.items()}


@transaction.atomic
def create_document(
    *,
    congress,
    version_label: str,
    files: Mapping,
    actor,
    version_date: datetime.date | None = None,
    change_note: str = "",
    **metadata,
) -> Document:
    """A new document, described by `metadata` (METADATA_FIELDS; multilingual ones as {language: text}), with its
    first version and that version's files (at least one). It is a draft until published."""
    document = Document(
        congress=congress,
        status=DocumentStatus.DRAFT,
        created_by=actor if getattr(actor, "is_authenticated", False) else None,
    )
    _apply_metadata(document, metadata)
    check_files(files)  # before anything is saved: a refused file leaves nothing behind
    _save(document)
    version = create_version(
        document=document,
        label=version_label,
        version_date=version_date or document.document_date,
        change_note=change_note,
        files=files,
        actor=actor,
    )
    record(
        document,
        "library.document.created",
        actor=actor,
        data={
            "access_level": document.access_level,
            "version": version.number,
            "languages": sorted(version.files.values_list("language", flat=True)),
        },
    )
    return document


@transaction.atomic
def update_document(*, document: Document, actor, **metadata) -> Document:
    """Change what describes the document (any of METADATA_FIELDS). The audit entry records which fields changed
    (with their values before and after, except long texts). Nothing is logged when nothing changed."""
    document = Document.objects.select_for_update().select_related("document_type").get(pk=document.pk)
    before = _described(document)
    _apply_metadata(document, metadata)
    after = _described(document)
    changes = changes_between(before, after)
    if not changes:
        return document
    _save(document)
    data = {
        "fields": sorted(changes),
        "changes": {name: change for name, change in changes.items() if name not in _LONG_FIELDS},
    }
    record(document, "library.document.changed", actor=actor, data=data)
    return document


@transaction.atomic
def publish_document(*, document: Document, actor) -> Document:
    """Publish a draft: readers of its access level see it from now on. It needs a version with a file."""
    document = Document.objects.select_for_update().get(pk=document.pk)
    if document.status == DocumentStatus.PUBLISHED:
        raise LibraryError("already_published")
    if document.status == DocumentStatus.WITHDRAWN:
        raise LibraryError("withdrawn_cannot_publish")
    version = current_version(document)
    if version is None or not version.files.exists():
        raise LibraryError("no_file_to_publish")
    document.status = DocumentStatus.PUBLISHED
    document.published_at = timezone.now()
    document.save(update_fields=["status", "published_at", "updated_at"])
    record(
        document,
        "library.document.published",
        actor=actor,
        data={"access_level": document.access_level, "version": version.number},
    )
    return document


@transaction.atomic
def withdraw_document(*, document: Document, reason: str, actor) -> Document:
    """Take a published document off the lists; its page says when and why, and its files are no longer
    served. The reason is required: readers see it."""
    document = Document.objects.select_for_update().get(pk=document.pk)
    if document.status != DocumentStatus.PUBLISHED:
        raise LibraryError("not_published")
    reason = " ".join((reason or "").split())
    if not reason:
        raise LibraryError("reason_required")
    if len(reason) > Document._meta.get_field("withdrawal_reason").max_length:
        raise LibraryError("reason_too_long")
    document.status = DocumentStatus.WITHDRAWN
    document.withdrawn_at = timezone.now()
    document.withdrawal_reason = reason
    document.save(update_fields=["status", "withdrawn_at", "withdrawal_reason", "updated_at"])
    record(document, "library.document.withdrawn", actor=actor, data={"reason": reason})
    return document
