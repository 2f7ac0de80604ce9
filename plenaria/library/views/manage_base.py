"""The library's back office: the document editors list, describe, version, publish and withdraw the congress's
documents, preview them as readers will see them, and see who changed what.

Only the editors of the congress (`library.edit_documents`) open these pages; a document is always looked up
among the congress's own, so another congress's document is a 404. Every change goes through the services, which
check the files by their content and write the audit log. Permissions are checked with `rules.has_perm`, never
`user.has_perm`: a platform administrator is not a document editor by being one.

This module holds what every page of the back office shares: the permission check, the loading of the document
and the showing of a refusal of the services on a form. The pages are in `manage_documents` (the list, creating
and describing a document), `manage_versions` (versions and files) and `manage_publication` (publishing,
withdrawing, previewing).
"""

import rules
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect

from plenaria.congresses.views.manage_base import CongressPermissionMixin

from .. import selectors


class LibraryMixin(CongressPermissionMixin):
    """A page of the library's back office, for the congress's document editors."""

    def dispatch(self, request, *args, **kwargs):
        if not rules.has_perm("library.edit_documents", request.user, request.congress):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def redirect_to(self, name: str, **kwargs):
        return redirect(f"library_manage:{name}", congress_slug=self.request.congress.slug, **kwargs)


class DocumentMixin(LibraryMixin):
    """A page of one document of the congress (`pk` in the URL)."""

    def dispatch(self, request, *args, **kwargs):
        self.document = None
        return super().dispatch(request, *args, **kwargs)

    def load_document(self):
        self.document = (
            selectors.editable_documents(congress=self.request.congress)
            .select_related("document_type", "related_event", "created_by")
            .filter(pk=self.kwargs["pk"])
            .first()
        )
        if self.document is None:
            raise Http404("No such document")
        return self.document

    def get_context_data(self, **kwargs):
        return super().get_context_data(document=self.document, **kwargs)


def _error_text(error: Exception) -> list[str]:
    if isinstance(error, ValidationError):
        return list(error.messages)
    return [str(getattr(error, "message", error))]


# The field of the form that a refusal of the services is about, by its code.
ERROR_FIELDS = {
    "title_required": "title",
    "type_of_another_congress": "document_type",
    "event_of_another_congress": "related_event",
    "invalid_access_level": "access_level",
    "invalid_theme": "theme",
    "invalid_region": "region",
    "symbol_taken": "symbol",
    "date_required": "document_date",
    "label_required": "label",
    "reason_required": "reason",
    "reason_too_long": "reason",
}


def show_error(form, error: Exception, field: str | None = None) -> None:
    """A refusal of the services on the form: next to the file of its language, or the field it is about."""
    language = getattr(error, "language", None)
    code = getattr(error, "code", None)
    if field is None and ERROR_FIELDS.get(code) in form.fields:
        field = ERROR_FIELDS[code]
    elif field is None and code == "label_required" and "version_label" in form.fields:
        field = "version_label"
    for text in _error_text(error):
        if language and hasattr(form, "add_file_error"):
            form.add_file_error(language, text)
        else:
            form.add_error(field, text)
