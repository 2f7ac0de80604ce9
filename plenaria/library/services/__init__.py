"""Writes of the document library. Each runs in a transaction, writes the audit log (subject: the document, so
that its history is in one place), refreshes the document's search entry and the cached public pages.

The services trust their caller for permissions: the views and the API check `library.edit_documents` first."""

from .documents import (
    METADATA_FIELDS,
    create_document,
    publish_document,
    update_document,
    withdraw_document,
)
from .files import LIBRARY_FILE, add_file, add_version

__all__ = [
    "LIBRARY_FILE",
    "METADATA_FIELDS",
    "add_file",
    "add_version",
    "create_document",
    "publish_document",
    "update_document",
    "withdraw_document",
]
