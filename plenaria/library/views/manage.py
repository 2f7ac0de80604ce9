"""The library's back office: the document editors list, describe, version, publish and withdraw the congress's
documents, preview them as readers will see them, and see who changed what.

Only the editors of the congress (`library.edit_documents`) open these pages; a document is always looked up
among the congress's own, so another congress's document is a 404. Every change goes through the services, which
check the files by their content and write the audit log. Permissions are checked with `rules.has_perm`, never
`user.has_perm`: a platform administrator is not a document editor by being one.
"""

import json
import re
from copy import copy
from dataclasses import dataclass

import rules
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.loader import render_to_string, select_template
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.generic import FormView, TemplateView, View

from plenaria.common.audit import actions_for
from plenaria.common.htmx import is_htmx
from plenaria.common.private_storage import private_file_response
from plenaria.congresses.views.manage_base import CongressPermissionMixin

from .. import selectors, services
from ..enums import DocumentStatus
from ..errors import LibraryError
from ..forms_manage import (
    DocumentCreateForm,
    DocumentFilterForm,
    DocumentForm,
    FileForm,
    VersionForm,
    WithdrawForm,
)
from ..models import DocumentFile
from . import public

PREVIEW_TEMPLATES = ["library/public/document.html", "library/manage/preview.html"]
LANGUAGE_NAMES = dict(settings.LANGUAGES)


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


def _show_error(form, error: Exception, field: str | None = None) -> None:
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


# --- The list of documents ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DocumentRow:
    document: object
    current: object  # its newest version, or None
    languages: list[str]  # the names of the languages of the current version's files


@method_decorator(never_cache, name="dispatch")
class DocumentListView(LibraryMixin, TemplateView):
    """Every document of the congress, drafts and withdrawn ones included; filters and a title search."""

    template_name = "library/manage/document_list.html"
    paginate_by = 50

    def get(self, request, *args, **kwargs):
        congress = request.congress
        filter_form = DocumentFilterForm(request.GET or None, congress=congress)
        documents = (
            selectors.editable_documents(congress=congress)
            .select_related("document_type")
            .prefetch_related("versions__files")
            .order_by("-updated_at", "-pk")
        )
        is_filtered = False
        if filter_form.is_bound and filter_form.is_valid():
            data = filter_form.cleaned_data
            if data["status"]:
                documents = documents.filter(status=data["status"])
            if data["document_type"]:
                documents = documents.filter(document_type=data["document_type"])
            if data["q"]:
                documents = documents.filter(_title_matches(data["q"]))
            is_filtered = any(data.values())
        page_obj = Paginator(documents, self.paginate_by).get_page(request.GET.get("page"))
        rows = [_row(document) for document in page_obj]
        context = self.get_context_data(
            filter_form=filter_form, page_obj=page_obj, rows=rows, is_filtered=is_filtered
        )
        if is_htmx(request):
            return self.response_class(
                request=request, template=f"{self.template_name}#documents", context=context
            )
        return self.render_to_response(context)


def _title_matches(query: str) -> Q:
    """The title (stored as JSON, where letters beyond ASCII are escaped) or the symbol contains `query`."""
    escaped = json.dumps(query)[1:-1]
    return Q(title__icontains=query) | Q(title__icontains=escaped) | Q(symbol__icontains=query)


def _row(document) -> DocumentRow:
    versions = list(document.versions.all())  # prefetched, newest first
    current = versions[0] if versions else None
    languages = (
        [LANGUAGE_NAMES.get(file.language, file.language) for file in current.files.all()] if current else []
    )
    return DocumentRow(document, current, languages)


# --- Creating and describing a document --------------------------------------------------------------------------


@method_decorator(never_cache, name="dispatch")
class DocumentCreateView(LibraryMixin, FormView):
    """A new document, described, with its first version and at least one file. It starts as a draft."""

    template_name = "library/manage/document_create.html"
    form_class = DocumentCreateForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "congress": self.request.congress}

    def get_context_data(self, **kwargs):
        # Browsers never keep chosen files in a form shown again: say so, rather than let them vanish.
        return super().get_context_data(files_to_choose_again=bool(self.request.FILES), **kwargs)

    def form_valid(self, form):
        try:
            document = services.create_document(
                congress=self.request.congress,
                **form.metadata(),
                version_label=form.cleaned_data["version_label"],
                files=form.chosen_files(),
                actor=self.request.user,
            )
        except (LibraryError, ValidationError) as error:
            _show_error(form, error)
            return self.form_invalid(form)
        messages.success(self.request, _("Saved."))
        return self.redirect_to("document-edit", pk=document.pk)


@method_decorator(never_cache, name="dispatch")
class DocumentEditView(DocumentMixin, FormView):
    """The document's page: what describes it (the form), its versions and files with whether their text could be
    read, the actions (new version, file, preview, publish, withdraw) and its history."""

    template_name = "library/manage/document_edit.html"
    form_class = DocumentForm

    def get(self, request, *args, **kwargs):
        self.load_document()
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        self.load_document()
        return super().post(request, *args, **kwargs)

    def get_form_kwargs(self):
        # A copy: a refused form must not change the document that the rest of the page shows.
        return {
            **super().get_form_kwargs(),
            "congress": self.request.congress,
            "instance": copy(self.document),
        }

    def get_context_data(self, **kwargs):
        document = self.document
        versions = list(document.versions.prefetch_related("files").select_related("created_by"))
        return super().get_context_data(
            versions=versions,
            current=versions[0] if versions else None,
            file_form=kwargs.pop("file_form", None) or FileForm(),
            withdraw_form=kwargs.pop("withdraw_form", None) or WithdrawForm(),
            history=actions_for(document).order_by("-created_at", "-pk")[:100],
            **kwargs,
        )

    def form_valid(self, form):
        try:
            services.update_document(document=self.document, **form.metadata(), actor=self.request.user)
        except (LibraryError, ValidationError) as error:
            _show_error(form, error)
            return self.form_invalid(form)
        messages.success(self.request, _("Saved."))
        return self.redirect_to("document-edit", pk=self.document.pk)


# --- Versions and files ------------------------------------------------------------------------------------------


@method_decorator(never_cache, name="dispatch")
class VersionCreateView(DocumentMixin, FormView):
    template_name = "library/manage/version_form.html"
    form_class = VersionForm

    def get_initial(self):
        return {"version_date": timezone.localdate()}

    def get(self, request, *args, **kwargs):
        self.load_document()
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        self.load_document()
        return super().post(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            current=selectors.current_version(self.document),
            files_to_choose_again=bool(self.request.FILES),
            **kwargs,
        )

    def form_valid(self, form):
        data = form.cleaned_data
        try:
            services.add_version(
                document=self.document,
                label=data["label"],
                version_date=data["version_date"],
                change_note=data["change_note"],
                files=form.chosen_files(),
                actor=self.request.user,
            )
        except (LibraryError, ValidationError) as error:
            _show_error(form, error)
            return self.form_invalid(form)
        messages.success(self.request, _("Saved."))
        return self.redirect_to("document-edit", pk=self.document.pk)


@method_decorator(never_cache, name="dispatch")
class FileReplaceView(DocumentEditView):
    """A file for one language of the current version (added, or in place of the one it had). A refused file is
    shown on the document's page, with the reason."""

    def post(self, request, *args, **kwargs):
        document = self.load_document()
        file_form = FileForm(request.POST, request.FILES)
        current = selectors.current_version(document)
        if file_form.is_valid():
            if current is None:
                file_form.add_error(None, _("Add a version"))
            else:
                try:
                    services.add_file(
                        version=current,
                        language=file_form.cleaned_data["language"],
                        upload=file_form.cleaned_data["upload"],
                        actor=request.user,
                    )
                except (LibraryError, ValidationError) as error:
                    _show_error(file_form, error, field="upload")
                else:
                    messages.success(request, _("Saved."))
                    return self.redirect_to("document-edit", pk=document.pk)
        return self.render_to_response(
            self.get_context_data(
                form=self.get_form_class()(**self.get_unbound_kwargs()), file_form=file_form
            )
        )

    def get(self, request, *args, **kwargs):
        self.load_document()
        return self.redirect_to("document-edit", pk=self.document.pk)

    def get_unbound_kwargs(self):
        return {
            "congress": self.request.congress,
            "instance": copy(self.document),
            "prefix": self.get_prefix(),
        }


class FileDownloadView(DocumentMixin, View):
    """A file of one of the document's versions, for the editors (drafts and withdrawn documents included)."""

    def get(self, request, *args, **kwargs):
        document = self.load_document()
        file = DocumentFile.objects.filter(version__document=document, pk=kwargs["file_pk"]).first()
        if file is None:
            raise Http404("No such file")
        return private_file_response(
            file.file, download_name=file.original_name, content_type=file.content_type
        )


# --- Publishing, withdrawing, previewing -------------------------------------------------------------------------


class PublishView(DocumentMixin, View):
    def get(self, request, *args, **kwargs):
        self.load_document()
        return self.redirect_to("document-edit", pk=self.document.pk)

    def post(self, request, *args, **kwargs):
        document = self.load_document()
        try:
            services.publish_document(document=document, actor=request.user)
        except LibraryError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("The document is published."))
        return self.redirect_to("document-edit", pk=document.pk)


@method_decorator(never_cache, name="dispatch")
class WithdrawView(DocumentMixin, FormView):
    """Takes a published document off the public pages; the reason is required and shown to readers."""

    template_name = "library/manage/withdraw.html"
    form_class = WithdrawForm

    def get(self, request, *args, **kwargs):
        self.load_document()
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        self.load_document()
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        try:
            services.withdraw_document(
                document=self.document, reason=form.cleaned_data["reason"], actor=self.request.user
            )
        except LibraryError as error:
            _show_error(form, error)
            return self.form_invalid(form)
        messages.success(self.request, _("The document was withdrawn."))
        return self.redirect_to("document-edit", pk=self.document.pk)


@method_decorator(never_cache, name="dispatch")
class PreviewView(DocumentMixin, TemplateView):
    """The document's public page as readers would see it, marked as a preview at the top of its content.

    The public page's template knows nothing of previews: the mark is put in after the opening of its `<main>`."""

    def get(self, request, *args, **kwargs):
        document = self.load_document()
        # As readers would see it once published: every version; a withdrawn document shows none.
        versions = (
            []
            if document.status == DocumentStatus.WITHDRAWN
            else list(document.versions.prefetch_related("files"))
        )
        for version in versions:
            for document_file in version.files.all():
                document_file.type_name = public.file_type(document_file)
                document_file.is_unread = document_file.extraction_status in public.UNREAD_STATUSES
        context = self.get_context_data(
            is_preview=True,
            versions=versions,
            current=versions[0] if versions else None,
            event_url=public.event_url(document.related_event),
        )
        page = select_template(PREVIEW_TEMPLATES).render(context, request)
        banner = render_to_string("library/manage/_preview_banner.html", context, request)
        return HttpResponse(_with_banner(page, banner))


_MAIN_OPENING = re.compile(r"<main\b[^>]*>")
_BODY_OPENING = re.compile(r"<body\b[^>]*>")


def _with_banner(page: str, banner: str) -> str:
    found = _MAIN_OPENING.search(page) or _BODY_OPENING.search(page)
    at = found.end() if found else 0
    return page[:at] + banner + page[at:]
