"""A document's versions and their files: one file per language per version, checked by its content, stored
encrypted, its text read for search (a file whose text cannot be read is stored all the same)."""

import datetime
import hashlib
from collections.abc import Mapping

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction

from plenaria.common.uploads import DetectedType, UploadPolicy, validate_upload

from ..errors import LibraryError
from ..extraction import extract_text
from ..models import Document, DocumentFile, DocumentVersion
from .common import record

# The library's files: documents and scans of them. 50 MB holds a long report with pictures.
LIBRARY_FILE = UploadPolicy(
    kinds={"pdf", "docx", "odt", "rtf", "txt", "jpeg", "png"}, max_bytes=50 * 1024 * 1024, utf16_text=True
)
LANGUAGES = dict(settings.LANGUAGES)


def check_files(files: Mapping) -> dict[str, DetectedType]:
    """Each upload of {language: upload} checked by its content against LIBRARY_FILE; the first refusal is raised
    as a LibraryError naming the language. At least one file."""
    files = {language: upload for language, upload in (files or {}).items() if upload}
    if not files:
        raise LibraryError("files_required")
    return {language: check_file(language, upload) for language, upload in files.items()}


def check_file(language: str, upload) -> DetectedType:
    if language not in LANGUAGES:
        raise LibraryError("invalid_language")
    try:
        return validate_upload(upload, LIBRARY_FILE)
    except ValidationError as error:
        raise LibraryError("file_refused", " ".join(error.messages), language=language) from None


def store_file(*, version: DocumentVersion, language: str, upload, detected: DetectedType) -> DocumentFile:
    """Save the checked `upload` as the file of `language` in `version`, with its text read for search."""
    extracted = extract_text(upload, detected.mime)
    name = getattr(upload, "original_name", None) or upload.name or "document"
    document_file = DocumentFile(
        version=version,
        language=language,
        original_name=detected.rename(name)[:255],
        content_type=detected.mime,
        size=upload.size,
        sha256=_sha256(upload),
        extracted_text=extracted.text,
        extraction_status=extracted.status,
        extraction_error=extracted.error[:300],
    )
    upload.seek(0)
    document_file.file.save(detected.rename(name), upload, save=False)
    document_file.save()
    return document_file


def _sha256(upload) -> str:
    digest = hashlib.sha256()
    upload.seek(0)
    for chunk in upload.chunks():
        digest.update(chunk)
    upload.seek(0)
    return digest.hexdigest()


def _file_summary(document_file: DocumentFile) -> list:
    # The language, type and size: never the file's name, which can say more than the log's readers may know.
    return [document_file.language, document_file.content_type, document_file.size]


def create_version(
    *, document: Document, label: str, version_date: datetime.date, change_note: str, files: Mapping, actor
) -> DocumentVersion:
    """The next version of `document` (the caller holds the document's row lock) with its files."""
    label = (label or "").strip()
    if not label:
        raise LibraryError("label_required")
    if version_date is None:
        raise LibraryError("date_required")
    detected = check_files(files)
    last = document.versions.order_by("-number").values_list("number", flat=True).first() or 0
    version = DocumentVersion.objects.create(
        document=document,
        number=last + 1,
        label=label[:100],
        version_date=version_date,
        change_note=(change_note or "").strip(),
        created_by=actor if getattr(actor, "is_authenticated", False) else None,
    )
    for language, upload in files.items():
        if upload:
            store_file(version=version, language=language, upload=upload, detected=detected[language])
    return version


@transaction.atomic
def add_version(
    *,
    document: Document,
    label: str,
    version_date: datetime.date,
    change_note: str = "",
    files: Mapping,
    actor,
) -> DocumentVersion:
    """A new version of the document, numbered after the last one, with at least one file. It becomes the
    current version; earlier ones stay available to readers."""
    document = Document.objects.select_for_update().get(pk=document.pk)
    version = create_version(
        document=document,
        label=label,
        version_date=version_date,
        change_note=change_note,
        files=files,
        actor=actor,
    )
    record(
        document,
        "library.document.version_added",
        actor=actor,
        data={"version": version.number, "files": [_file_summary(file) for file in version.files.all()]},
    )
    return version


@transaction.atomic
def add_file(*, version: DocumentVersion, language: str, upload, actor) -> DocumentFile:
    """The file of `language` in `version`: added, or in place of the file it had (which is deleted)."""
    document = Document.objects.select_for_update().get(pk=version.document_id)
    if not upload:
        raise LibraryError("files_required")
    detected = check_file(language, upload)
    old = DocumentFile.objects.filter(version=version, language=language).first()
    replaced = None
    if old is not None:
        replaced = _file_summary(old)
        _delete_stored_file_on_commit(old)
        old.delete()
    document_file = store_file(version=version, language=language, upload=upload, detected=detected)
    data = {"version": version.number, "file": _file_summary(document_file)}
    if replaced is not None:
        data["replaced"] = replaced
    action = "library.document.file_replaced" if replaced else "library.document.file_added"
    record(document, action, actor=actor, data=data)
    return document_file


def _delete_stored_file_on_commit(document_file: DocumentFile) -> None:
    storage, name = document_file.file.storage, document_file.file.name
    if name:
        transaction.on_commit(lambda: storage.delete(name))
